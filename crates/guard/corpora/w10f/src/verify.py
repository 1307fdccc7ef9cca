"""Verify results.jsonl / tools.jsonl: parse, ids, shapes, names, IPs, hostnames; print balance tables."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s\"'<>)\]\\?#:]+)")
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
BARE_RE = re.compile(r"(?<![\w@.-])((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|ai|co|uk|de|fr|es|it|nl|jp|cn|info|biz|us|ca|au|app|dev|ly|gl|int|mil))(?![\w-])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []


def err(msg):
    errors.append(msg)


def host_ok(h):
    h = h.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def check_values(rid, rec):
    for s in strings(rec):
        for ip in IP_RE.findall(s):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in n for n in NETS):
                err(f"{rid}: non-RFC5737 IP {ip}")
        for rx in (URL_RE, EMAIL_RE, BARE_RE):
            for h in rx.findall(s):
                if not host_ok(h):
                    err(f"{rid}: disallowed host {h}")


def text_len(rec):
    n = sum(len(b["text"]) for b in rec["result"]["content"])
    if "structuredContent" in rec["result"]:
        n += len(json.dumps(rec["result"]["structuredContent"], ensure_ascii=False))
    return n


def bucket(n):
    for lim, lab in ((100, "<100"), (500, "100-499"), (2000, "500-1999"), (3000, "2000-2999"), (8001, "3000-8000"), (10000, "8001-9999"), (25001, "10000-25000")):
        if n < lim:
            return lab
    return ">25000"


def main():
    ids = set()
    recs = {}
    for fname, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        raw = open(os.path.join(OUT, fname), "rb").read()
        if not raw.endswith(b"\n"):
            err(f"{fname}: missing final newline")
        for ln, line in enumerate(raw.decode("utf-8").splitlines(), 1):
            try:
                rec = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err(f"{fname}:{ln}: bad JSON {e}")
                continue
            rid = rec.get("id")
            if rid in ids:
                err(f"duplicate id {rid}")
            ids.add(rid)
            pfx = "r" if kind == "result" else "t"
            if not re.fullmatch(rf"{build.ID}-{pfx}-\d{{4}}", str(rid)):
                err(f"{fname}:{ln}: bad id {rid}")
            if rec.get("kind") != kind or rec.get("server") != build.SERVER or rec.get("label") not in (0, 1):
                err(f"{rid}: bad kind/server/label")
            if kind == "result":
                if set(rec) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                    err(f"{rid}: keys {sorted(rec)}")
                if not NAME_RE.match(rec.get("tool", "")):
                    err(f"{rid}: bad tool name")
                if not isinstance(rec.get("arguments"), dict):
                    err(f"{rid}: arguments not object")
                r = rec.get("result", {})
                if set(r) - {"content", "isError", "structuredContent"} or not isinstance(r.get("isError"), bool):
                    err(f"{rid}: bad result keys")
                c = r.get("content")
                if not isinstance(c, list) or not c or any(set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) or not b["text"] for b in c):
                    err(f"{rid}: bad content")
                if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
                    err(f"{rid}: structuredContent not object")
            else:
                if set(rec) != {"id", "kind", "server", "tool", "label"}:
                    err(f"{rid}: keys {sorted(rec)}")
                t = rec.get("tool", {})
                if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                    err(f"{rid}: extra tool keys")
                if not NAME_RE.match(t.get("name", "")):
                    err(f"{rid}: bad tool name {t.get('name')}")
                if not isinstance(t.get("description"), str) or not t["description"]:
                    err(f"{rid}: description")
                s = t.get("inputSchema")
                if not isinstance(s, dict) or s.get("type") != "object" or not isinstance(s.get("properties"), dict):
                    err(f"{rid}: inputSchema")
                for k in ("outputSchema", "annotations"):
                    if k in t and not isinstance(t[k], dict):
                        err(f"{rid}: {k}")
            check_values(rid, rec)
            recs[rid] = rec
    tool_names = Counter(r["tool"]["name"] for r in recs.values() if r["kind"] == "tool")
    for n, k in tool_names.items():
        if k > 1:
            err(f"tool name defined twice: {n}")

    # determinism: rebuild in memory and compare bytes
    res_pairs, tool_pairs = build.collect()
    for fname, pairs in (("results.jsonl", res_pairs), ("tools.jsonl", tool_pairs)):
        if open(os.path.join(OUT, fname), "rb").read() != build.render(pairs):
            err(f"{fname}: differs from a fresh in-memory build")
    meta = {rec["id"]: m for rec, m in res_pairs + tool_pairs}

    R = [r for r in recs.values() if r["kind"] == "result"]
    TL = [r for r in recs.values() if r["kind"] == "tool"]
    lab = Counter(r["label"] for r in R)
    print(f"results: {len(R)}  label0={lab[0]} ({lab[0] / len(R):.1%})  label1={lab[1]}")
    lab = Counter(r["label"] for r in TL)
    print(f"tools:   {len(TL)}  label0={lab[0]} ({lab[0] / len(TL):.1%})  label1={lab[1]}")
    print("\nresults per source file (label0/label1):")
    for s, c in sorted(Counter((meta[r["id"]]["src"], r["label"]) for r in R).items()):
        print(f"  {s[0]:<20} label{s[1]} {c}")
    print("tools per source file:", dict(Counter(meta[r["id"]]["src"] for r in TL)))
    print("\nresult length buckets (text + structuredContent chars):")
    for b, c in sorted(Counter(bucket(text_len(r)) for r in R).items(), key=lambda x: ["<100", "100-499", "500-1999", "2000-2999", "3000-8000", "8001-9999", "10000-25000", ">25000"].index(x[0])):
        l1 = sum(1 for r in R if bucket(text_len(r)) == b and r["label"] == 1)
        print(f"  {b:<12} {c:>4}  (label1 {l1})")
    langs = Counter(meta[r["id"]]["lang"] for r in R)
    ne = sum(v for k, v in langs.items() if k != "en")
    print(f"\nresult languages: non-English {ne} ({ne / len(R):.1%}):", dict(sorted(langs.items(), key=lambda x: -x[1])))
    print("non-English by label:", dict(Counter(r["label"] for r in R if meta[r["id"]]["lang"] != "en")))
    print("tool languages:", dict(Counter(meta[r["id"]]["lang"] for r in TL)))
    print("\nresult formats:", dict(sorted(Counter(meta[r["id"]]["fmt"] for r in R).items(), key=lambda x: -x[1])))
    iserr = Counter(r["label"] for r in R if r["result"]["isError"])
    multi = Counter(r["label"] for r in R if len(r["result"]["content"]) > 1)
    sc = Counter(r["label"] for r in R if "structuredContent" in r["result"])
    print(f"isError: {sum(iserr.values())} {dict(iserr)}   multi-block: {sum(multi.values())} {dict(multi)}   structuredContent: {sum(sc.values())} {dict(sc)}")
    print("\ntool poison placement:", dict(Counter(meta[r["id"]]["fmt"] for r in TL if r["label"] == 1)))
    ann = sum(1 for r in TL if "annotations" in r["tool"])
    print(f"tools with annotations: {ann} ({ann / len(TL):.1%}); with outputSchema: {sum(1 for r in TL if 'outputSchema' in r['tool'])}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
