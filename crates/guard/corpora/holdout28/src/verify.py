import json, os, re, sys
from collections import Counter, defaultdict
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
DOM_RE = re.compile(r"(?<![\w.-])((?:[a-z0-9-]+\.)+(?:com|org|net|io|gov|edu|dev|ai|co|info|biz))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
OK_DOM = ("example.com", "example.org", "example.net")
OK_IP = ("192.0.2.", "198.51.100.", "203.0.113.")
errs = []


def check_text(cid, s):
    for m in DOM_RE.finditer(s):
        d = m.group(1).lower()
        if not any(d == o or d.endswith("." + o) for o in OK_DOM):
            errs.append(f"{cid}: non-example host {d}")
    for m in IP_RE.finditer(s):
        ip = m.group(0)
        if not ip.startswith(OK_IP):
            errs.append(f"{cid}: non-RFC5737 IP {ip}")


def bucket(n):
    for lo, hi in [(0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000), (3000, 8001), (8001, 10000), (10000, 10 ** 9)]:
        if lo <= n < hi:
            return f"{lo:>5}-{hi if hi < 10**9 else 'inf'}"


def table(title, rows):
    print(f"\n{title}")
    keys = sorted(rows)
    print(f"  {'':<22}{'label0':>8}{'label1':>8}{'total':>8}")
    for k in keys:
        a, b = rows[k][0], rows[k][1]
        print(f"  {str(k):<22}{a:>8}{b:>8}{a + b:>8}")


ids = set()
meta = {}
for line in open(os.path.join(ROOT, "meta.jsonl"), encoding="utf-8"):
    m = json.loads(line)
    assert set(m) == {"id", "language", "length", "format", "source"}, m
    meta[m["id"]] = m

res = [json.loads(l) for l in open(os.path.join(ROOT, "results.jsonl"), encoding="utf-8")]
tools = [json.loads(l) for l in open(os.path.join(ROOT, "tools.jsonl"), encoding="utf-8")]
for r in res:
    cid = r["id"]
    if cid in ids: errs.append(f"dup id {cid}")
    ids.add(cid)
    if list(r) != ["id", "kind", "server", "tool", "arguments", "result", "label"]: errs.append(f"{cid}: keys {list(r)}")
    if not re.match(r"^h28-r-\d{4}$", cid) or r["kind"] != "result": errs.append(f"{cid}: id/kind")
    if not NAME_RE.match(r["tool"]): errs.append(f"{cid}: tool name")
    if r["label"] not in (0, 1): errs.append(f"{cid}: label")
    if not isinstance(r["arguments"], dict): errs.append(f"{cid}: arguments")
    c = r["result"]
    if not set(c) <= {"content", "isError", "structuredContent"} or not isinstance(c["isError"], bool): errs.append(f"{cid}: result keys")
    if not c["content"] or any(b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"] for b in c["content"]): errs.append(f"{cid}: content")
    if "structuredContent" in c and not isinstance(c["structuredContent"], dict): errs.append(f"{cid}: sc")
    if "@@PAD@@" in json.dumps(r): errs.append(f"{cid}: pad marker left")
    check_text(cid, json.dumps(r, ensure_ascii=False))
    if cid not in meta: errs.append(f"{cid}: no meta")
for t in tools:
    cid = t["id"]
    if cid in ids: errs.append(f"dup id {cid}")
    ids.add(cid)
    if list(t) != ["id", "kind", "server", "tool", "label"]: errs.append(f"{cid}: keys")
    if not re.match(r"^h28-t-\d{4}$", cid) or t["kind"] != "tool": errs.append(f"{cid}: id/kind")
    d = t["tool"]
    if not NAME_RE.match(d["name"]): errs.append(f"{cid}: tool name {d['name']}")
    if not isinstance(d.get("description"), str) or d["inputSchema"].get("type") != "object": errs.append(f"{cid}: schema")
    if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}: errs.append(f"{cid}: tool keys")
    if t["label"] not in (0, 1): errs.append(f"{cid}: label")
    check_text(cid, json.dumps(t, ensure_ascii=False))
    if cid not in meta: errs.append(f"{cid}: no meta")
names = Counter((t["server"], t["tool"]["name"]) for t in tools)
for k, v in names.items():
    if v > 1: errs.append(f"duplicate tool name {k}")
if set(meta) != ids: errs.append("meta ids mismatch")

rl = Counter(r["label"] for r in res)
tl = Counter(t["label"] for t in tools)
print(f"results: {len(res)}  label0={rl[0]} ({rl[0]/len(res):.1%})  label1={rl[1]} ({rl[1]/len(res):.1%})")
print(f"tools:   {len(tools)}  label0={tl[0]} ({tl[0]/len(tools):.1%})  label1={tl[1]} ({tl[1]/len(tools):.1%})")
rows = defaultdict(lambda: [0, 0])
for r in res: rows[bucket(meta[r["id"]]["length"])][r["label"]] += 1
table("results by length bucket (chars)", rows)
rows = defaultdict(lambda: [0, 0])
for r in res: rows[meta[r["id"]]["language"]][r["label"]] += 1
table("results by language", rows)
ne = [sum(v) for k, v in rows.items() if k != "en"]
print(f"  non-English share: {sum(ne)/len(res):.1%}")
rows = defaultdict(lambda: [0, 0])
for r in res: rows[meta[r["id"]]["format"]][r["label"]] += 1
table("results by format", rows)
rows = defaultdict(lambda: [0, 0])
for r in res: rows[r["server"]][r["label"]] += 1
table("results by server", rows)
rows = defaultdict(lambda: [0, 0])
for r in res:
    c = r["result"]
    if c["isError"]: rows["isError"][r["label"]] += 1
    if len(c["content"]) > 1: rows["multi-block"][r["label"]] += 1
    if "structuredContent" in c: rows["structuredContent"][r["label"]] += 1
table("results: special shapes", rows)
rows = defaultdict(lambda: [0, 0])
for r in res: rows[meta[r["id"]]["source"]][r["label"]] += 1
table("results by source file", rows)
rows = defaultdict(lambda: [0, 0])
for t in tools: rows[meta[t["id"]]["source"]][t["label"]] += 1
table("tools by source file", rows)
rows = defaultdict(lambda: [0, 0])
for t in tools:
    d = t["tool"]
    rows["has annotations"][t["label"]] += "annotations" in d
    rows["has outputSchema"][t["label"]] += "outputSchema" in d
    rows["all"][t["label"]] += 1
table("tools: optional fields", rows)
rows = defaultdict(lambda: [0, 0])
for t in tools: rows[meta[t["id"]]["language"]][t["label"]] += 1
table("tools by language", rows)
if errs:
    print("\nERRORS:")
    for e in errs[:80]: print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
