"""Verify results.jsonl / tools.jsonl shapes and print balance tables."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST_RE = re.compile(r"(?:https?://|@|\b)((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|edu|gov|info|biz|app|xyz|uk|de|fr))\b", re.I)
IP_RE = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
OK_IP = ("192.0.2.", "198.51.100.", "203.0.113.")
errors = []


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


def check_values(cid, obj):
    for s in all_strings(obj):
        for h in HOST_RE.findall(s):
            h = h.lower()
            if not re.search(r"(^|\.)example\.(com|org|net)$", h):
                errors.append(f"{cid}: non-example host {h}")
        for m in IP_RE.finditer(s):
            ip = m.group(0)
            if not ip.startswith(OK_IP):
                errors.append(f"{cid}: non-RFC5737 IP {ip}")


ids = set()
rows = []
with open(os.path.join(OUT, "results.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"results line {n}: {e}")
            continue
        cid = r.get("id")
        if cid in ids:
            errors.append(f"duplicate id {cid}")
        ids.add(cid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            errors.append(f"{cid}: keys {sorted(r)}")
        if r.get("kind") != "result" or r.get("server") != "u12b" or r.get("label") not in (0, 1):
            errors.append(f"{cid}: kind/server/label")
        if not NAME_RE.match(r.get("tool", "")):
            errors.append(f"{cid}: tool name")
        if not isinstance(r.get("arguments"), dict):
            errors.append(f"{cid}: arguments")
        res = r.get("result", {})
        c = res.get("content")
        if not isinstance(c, list) or not c or any(b.get("type") != "text" or not isinstance(b.get("text"), str) for b in c):
            errors.append(f"{cid}: content")
        if not isinstance(res.get("isError"), bool):
            errors.append(f"{cid}: isError")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            errors.append(f"{cid}: structuredContent")
        check_values(cid, r)
        rows.append(r)

with open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8") as f:
    tools = [json.loads(l) for l in f if l.strip()]
for t in tools:
    if not NAME_RE.match(t["tool"]["name"]):
        errors.append(f"{t['id']}: tool name")

meta = {m["id"]: m for m in json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))}


def length(r):
    res = r["result"]
    n = sum(len(b["text"]) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def bucket(n):
    for lo, hi in [(0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000), (3000, 8000), (8000, 10000), (10000, 25001)]:
        if lo <= n < hi:
            return f"{lo}-{hi - 1}"
    return ">25000"


def table(title, keyf):
    t = defaultdict(Counter)
    for r in rows:
        t[keyf(r)][r["label"]] += 1
    print(f"\n{title:<22}{'label0':>8}{'label1':>8}{'total':>8}")
    for k in sorted(t, key=lambda k: (str(k))):
        print(f"{str(k):<22}{t[k][0]:>8}{t[k][1]:>8}{t[k][0] + t[k][1]:>8}")


print(f"results: {len(rows)}  tools: {len(tools)}")
table("label", lambda r: "all")
table("length bucket", lambda r: bucket(length(r)))
table("language", lambda r: meta[r["id"]]["lang"])
table("format", lambda r: meta[r["id"]]["fmt"])
table("source file", lambda r: meta[r["id"]]["src"])
table("isError", lambda r: r["result"]["isError"])
table("structuredContent", lambda r: "structuredContent" in r["result"])
table("multi-block", lambda r: len(r["result"]["content"]) > 1)
prose = sum(meta[r["id"]]["fmt"] in ("text", "chat", "markdown", "email") for r in rows)
nonen = sum(meta[r["id"]]["lang"] != "en" for r in rows)
print(f"\nprose-like share: {prose / len(rows):.1%}   non-English share: {nonen / len(rows):.1%}")
if errors:
    print("\nERRORS:")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("\nOK")
