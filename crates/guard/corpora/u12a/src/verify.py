"""Parse every line, check ids, shapes, tool-name regex, hosts and IPs; print balance tables."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|app|xyz|info|biz|me|us|ru|cn|de|uk|gg|ly))\b", re.I)
IP_RE = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
OK_IP = ("192.0.2.", "198.51.100.", "203.0.113.")
errors = []


def err(m):
    errors.append(m)


def all_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)


def check_text(cid, s):
    for h in HOST_RE.findall(s):
        h = h.lower()
        if not re.search(r"(^|\.)example\.(com|org|net)$", h):
            err(f"{cid}: non-example host {h}")
    for m in IP_RE.finditer(s):
        if not m.group(0).startswith(OK_IP):
            err(f"{cid}: non-RFC5737 IP {m.group(0)}")


def bucket(n):
    for lo, hi in ((0, 99), (100, 500), (501, 1000), (1001, 1500), (1501, 2000), (2001, 2999), (3000, 8000), (8001, 9999)):
        if lo <= n <= hi:
            return f"{lo}-{hi}"
    return "10000+"


def table(title, counter_by_label):
    keys = sorted({k for c in counter_by_label.values() for k in c})
    print(f"\n{title}\n{'':<16}{'label0':>8}{'label1':>8}{'total':>8}")
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print(f"{str(k):<16}{a:>8}{b:>8}{a + b:>8}")


def main():
    rows = []
    with open(os.path.join(OUT, "results.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"line {ln}: {e}")
    tools = open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8").read()
    if tools.strip():
        for line in tools.splitlines():
            t = json.loads(line)
            if not NAME_RE.match(t["tool"]["name"]):
                err(f"{t['id']}: bad tool name")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for r in rows:
        cid = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{cid}: keys {sorted(r)}")
        if not re.match(r"^u12a-r-\d{4}$", cid or ""):
            err(f"{cid}: bad id")
        if r["kind"] != "result" or r["server"] != "u12a" or r["label"] not in (0, 1):
            err(f"{cid}: kind/server/label")
        if not NAME_RE.match(r["tool"]):
            err(f"{cid}: tool name")
        if not isinstance(r["arguments"], dict):
            err(f"{cid}: arguments")
        res = r["result"]
        if not set(res) <= {"content", "isError", "structuredContent"} or not isinstance(res.get("isError"), bool):
            err(f"{cid}: result keys")
        for c in res["content"]:
            if c.get("type") != "text" or not isinstance(c.get("text"), str) or not c["text"]:
                err(f"{cid}: content block")
        for s in all_strings(r):
            check_text(cid, s)
    # determinism + metadata
    gen = build.generate()
    if [json.dumps(c, ensure_ascii=False) for c, _ in gen] != [json.dumps(r, ensure_ascii=False) for r in rows]:
        err("results.jsonl differs from a fresh generate() (not deterministic or stale)")
    meta = {c["id"]: m for c, m in gen}
    lab = collections.Counter(r["label"] for r in rows)
    print(f"results: {len(rows)}  label0={lab[0]} ({lab[0] / len(rows):.1%})  label1={lab[1]} ({lab[1] / len(rows):.1%})")
    print(f"tools: {len(tools.splitlines())}")
    for title, key in (("length bucket", lambda m: bucket(m["len"])), ("language", lambda m: m["lang"]),
                       ("format", lambda m: m["fmt"]), ("source file", lambda m: m["src"]),
                       ("app", lambda m: m["app"]), ("payload position", lambda m: m["pos"] or "-"),
                       ("payload language", lambda m: m["payload_lang"] or "-")):
        cb = {0: collections.Counter(), 1: collections.Counter()}
        for r in rows:
            cb[r["label"]][key(meta[r["id"]])] += 1
        table(title, cb)
    prose = sum(1 for r in rows if meta[r["id"]]["fmt"] in build.common.PROSE_FORMATS)
    nonen = sum(1 for r in rows if meta[r["id"]]["lang"] != "en")
    special = collections.Counter()
    for r in rows:
        res = r["result"]
        if res["isError"]:
            special[("isError", r["label"])] += 1
        if len(res["content"]) > 1:
            special[("multi-block", r["label"])] += 1
        if "structuredContent" in res:
            special[("structuredContent", r["label"])] += 1
    print(f"\nprose/chat formats: {prose} ({prose / len(rows):.1%}); non-English: {nonen} ({nonen / len(rows):.1%})")
    print("special:", dict(sorted(special.items())))
    words = {0: collections.Counter(), 1: collections.Counter()}
    for r in rows:
        t = json.dumps(r["result"], ensure_ascii=False).lower()
        for w in ("ignore", "instructions", " ai ", "assistant", "model"):
            if w in t:
                words[r["label"]][w.strip()] += 1
    print("rows containing trigger words anywhere (label0 / label1):",
          {w: (words[0][w], words[1][w]) for w in ("ignore", "instructions", "ai", "assistant", "model")})
    if errors:
        print("\nERRORS:")
        for e in errors[:50]:
            print(" ", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
