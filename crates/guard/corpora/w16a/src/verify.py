"""Check results.jsonl / tools.jsonl and print balance tables."""
import ipaddress
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True
SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
sys.path.insert(0, str(SRC))
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_HOST = re.compile(r"(?i)\b(?:https?|ftp|wss?)://([^/\s\"'<>)\]\\:?#`,;&]+)")
EMAIL_HOST = re.compile(r"(?i)[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
TLDS = "com|org|net|io|co|edu|gov|info|biz|app|dev|ai|uk|de|fr|es|it|nl|pl|ru|jp|cn|br|in|tr|se|ua|vn|kr|us|me|ly|xyz|ch|at|be|pt|eu"
BARE = re.compile(r"(?i)(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:" + TLDS + r"))\b(?![.\w-])")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED = re.compile(r"(?i)(^|\.)example\.(com|org|net)$")

errors = []


def err(msg):
    errors.append(msg)


def check_hosts(where, s):
    for rx in (URL_HOST, EMAIL_HOST, BARE):
        for m in rx.finditer(s):
            h = m.group(1).rstrip(".").lower()
            if re.fullmatch(r"[\d.]+", h):
                continue
            if not ALLOWED.search(h):
                err(f"{where}: host {h!r}")
    for m in IPV4.finditer(s):
        try:
            a = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            err(f"{where}: ip {m.group(1)}")


def all_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield str(k)
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000),
                   (2000, 3000), (3000, 8000), (8000, 10000), (10000, 25001)):
        if lo <= n < hi:
            return f"{lo}-{hi - 1 if hi == 25001 else hi}"
    return ">25000"


def table(title, rows_by_label):
    keys = sorted(set(rows_by_label[0]) | set(rows_by_label[1]), key=str)
    print(f"\n{title}")
    print(f"  {'':24s} {'label0':>7s} {'label1':>7s} {'total':>7s}")
    for k in keys:
        a, b = rows_by_label[0].get(k, 0), rows_by_label[1].get(k, 0)
        print(f"  {str(k):24s} {a:7d} {b:7d} {a + b:7d}")
    a, b = sum(rows_by_label[0].values()), sum(rows_by_label[1].values())
    print(f"  {'TOTAL':24s} {a:7d} {b:7d} {a + b:7d}")


def main():
    res = build.collect_results()
    tools = build.collect_tools()
    for fname, recs in (("results.jsonl", res), ("tools.jsonl", tools)):
        disk = (ROOT / fname).read_text(encoding="utf-8")
        if disk != build.dump(recs):
            err(f"{fname}: differs from a fresh build (not reproducible or stale)")
        ids = set()
        for ln, line in enumerate(disk.splitlines(), 1):
            try:
                o = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err(f"{fname}:{ln}: bad json {e}")
                continue
            if o.get("id") in ids:
                err(f"{fname}:{ln}: duplicate id")
            ids.add(o.get("id"))
            if o.get("label") not in (0, 1):
                err(f"{fname}:{ln}: label")
            if not isinstance(o.get("server"), str) or not o["server"]:
                err(f"{fname}:{ln}: server")
            if fname == "results.jsonl":
                if set(o) != {"id", "kind", "server", "tool", "arguments", "result", "label"} or o["kind"] != "result":
                    err(f"{fname}:{ln}: keys {sorted(o)}")
                if not NAME_RE.match(o["tool"]) or not re.fullmatch(r"[a-z0-9_]+", o["tool"]):
                    err(f"{fname}:{ln}: tool name {o['tool']}")
                if not isinstance(o["arguments"], dict):
                    err(f"{fname}:{ln}: arguments")
                r = o["result"]
                if not set(r) <= {"content", "isError", "structuredContent"} or not isinstance(r.get("isError"), bool):
                    err(f"{fname}:{ln}: result keys")
                if not r["content"] or any(b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip() for b in r["content"]):
                    err(f"{fname}:{ln}: content blocks")
                if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
                    err(f"{fname}:{ln}: structuredContent")
                for s in all_strings(o["result"]):
                    if "<<PAD" in s:
                        err(f"{fname}:{ln}: leftover pad marker")
            else:
                if set(o) != {"id", "kind", "server", "tool", "label"} or o["kind"] != "tool":
                    err(f"{fname}:{ln}: keys")
                t = o["tool"]
                if not NAME_RE.match(t.get("name", "")):
                    err(f"{fname}:{ln}: tool name {t.get('name')}")
                if not set(t) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                    err(f"{fname}:{ln}: tool keys {sorted(t)}")
                if t.get("inputSchema", {}).get("type") != "object":
                    err(f"{fname}:{ln}: inputSchema type")
            for s in all_strings(o):
                check_hosts(f"{fname}:{ln}", s)
    # JSON-format first blocks must parse
    for rec, meta in res:
        if meta["fmt"] == "json" and not meta["sc"]:
            ok = False
            for b in rec["result"]["content"]:
                try:
                    json.loads(b["text"])
                    ok = True
                except Exception:  # noqa: BLE001
                    pass
            if not ok:
                err(f"{rec['id']} ({meta['key']}): json case has no block that parses")
        if meta["size"] == "long" and not 3000 <= meta["length"] <= 8000:
            err(f"{rec['id']} ({meta['key']}): long case has length {meta['length']}")
        if meta["size"] == "huge" and not 10000 <= meta["length"] <= 25000:
            err(f"{rec['id']} ({meta['key']}): huge case has length {meta['length']}")
    names = Counter((r["server"], r["tool"]["name"]) for r, _ in tools)
    for k, v in names.items():
        if v > 1:
            err(f"tools: duplicate {k}")

    # ---- tables
    lab = lambda: {0: Counter(), 1: Counter()}  # noqa: E731
    n0 = sum(1 for r, _ in res if r["label"] == 0)
    print(f"results: {len(res)}  label0={n0} ({100 * n0 / len(res):.1f}%)  label1={len(res) - n0}")
    t0 = sum(1 for r, _ in tools if r["label"] == 0)
    print(f"tools:   {len(tools)}  label0={t0} ({100 * t0 / len(tools):.1f}%)  label1={len(tools) - t0}")
    tabs = defaultdict(lab)
    for rec, meta in res:
        L = rec["label"]
        tabs["results by source file"][L][meta["src"]] += 1
        tabs["results by server"][L][rec["server"]] += 1
        tabs["results by length bucket (chars)"][L][bucket(meta["length"])] += 1
        tabs["results by language"][L][meta["lang"]] += 1
        tabs["results by format"][L][meta["fmt"]] += 1
        tabs["results by size class"][L][meta["size"]] += 1
        tabs["results: isError / multi-block / structuredContent"][L]["isError"] += meta["err"]
        tabs["results: isError / multi-block / structuredContent"][L]["multi-block"] += meta["multi"]
        tabs["results: isError / multi-block / structuredContent"][L]["structuredContent"] += meta["sc"]
        tabs["results: non-English"][L]["non-en" if meta["lang"] != "en" else "en"] += 1
    for rec, meta in tools:
        L = rec["label"]
        tabs["tools by source file"][L][meta["src"]] += 1
        tabs["tools: annotations / outputSchema"][L]["annotations"] += meta["ann"]
        tabs["tools: annotations / outputSchema"][L]["outputSchema"] += meta["out"]
        tabs["tools: annotations / outputSchema"][L]["all"] += 1
    for title, t in tabs.items():
        table(title, t)
    # length spread inside 100-2000 per label
    print("\nnormal-size length quartiles per label")
    for L in (0, 1):
        ls = sorted(m["length"] for r, m in res if r["label"] == L and m["size"] == "normal")
        q = [ls[int(p * (len(ls) - 1))] for p in (0, .25, .5, .75, 1)]
        print(f"  label{L}: n={len(ls)} min/q1/med/q3/max = {q}")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
