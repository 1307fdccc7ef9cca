"""Parse and check results.jsonl / tools.jsonl; print balance tables."""
import json, os, re, sys, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID = "w20a"
errors = []
URL = re.compile(r"https?://([A-Za-z0-9.-]+)")
MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|co|dev|app|xyz|ru|cn|info|biz))\b", re.I)
IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OKIP = ("192.0.2.", "198.51.100.", "203.0.113.")
def host_ok(h):
    h = h.lower().rstrip(".")
    if h.startswith(OKIP): return True
    return h in ("example.com", "example.org", "example.net") or h.endswith((".example.com", ".example.org", ".example.net"))
def check_text(cid, s):
    for rx in (URL, MAIL, HOST):
        for m in rx.finditer(s):
            if not host_ok(m.group(1)):
                errors.append("%s: bad host %s" % (cid, m.group(1)))
    for m in IP.finditer(s):
        ip = m.group(0)
        if not ip.startswith(OKIP):
            errors.append("%s: bad ip %s" % (cid, ip))
rows = [json.loads(l) for l in open(os.path.join(OUT, "results.jsonl"), encoding="utf-8")]
tools = [json.loads(l) for l in open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8") if l.strip()]
meta = {m["id"]: m for m in (json.loads(l) for l in open(os.path.join(OUT, "results.meta.jsonl"), encoding="utf-8"))}
ids = set()
NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
for r in rows:
    cid = r.get("id")
    if cid in ids: errors.append("dup id %s" % cid)
    ids.add(cid)
    if not re.match(r"^%s-r-\d{4}$" % ID, cid or ""): errors.append("bad id %s" % cid)
    if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}: errors.append("%s keys" % cid)
    if r["kind"] != "result" or r["label"] not in (0, 1): errors.append("%s kind/label" % cid)
    if not NAME.match(r["tool"]): errors.append("%s tool name" % cid)
    if not isinstance(r["arguments"], dict): errors.append("%s args" % cid)
    res = r["result"]
    if not isinstance(res.get("isError"), bool) or not res.get("content"): errors.append("%s result shape" % cid)
    for b in res["content"]:
        if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]: errors.append("%s block" % cid)
    if "§P" in json.dumps(r, ensure_ascii=False): errors.append("%s leftover marker" % cid)
    if re.search(r"\{(n|k|id|d|t|ms|amt|name|w|ip|pct)\}", json.dumps(r, ensure_ascii=False)): errors.append("%s unfilled placeholder" % cid)
    check_text(cid, json.dumps(r, ensure_ascii=False))
    if cid not in meta: errors.append("%s no meta" % cid)
for t in tools:
    if not NAME.match(t["tool"]["name"]): errors.append("%s tool name" % t["id"])
def L(r): return sum(len(b["text"]) for b in r["result"]["content"])
def bucket(n):
    return "<100" if n < 100 else "100-2000" if n <= 2000 else "2001-2999" if n < 3000 else "3000-8000" if n <= 8000 else "8001-9999" if n < 10000 else "10000-25000" if n <= 25000 else ">25000"
def table(title, keyf):
    c = collections.Counter((keyf(r), r["label"]) for r in rows)
    keys = sorted({k for k, _ in c})
    print("\n%s\n%-16s %6s %6s %6s" % (title, "", "0", "1", "all"))
    for k in keys:
        print("%-16s %6d %6d %6d" % (k, c[(k, 0)], c[(k, 1)], c[(k, 0)] + c[(k, 1)]))
print("results: %d   tools: %d" % (len(rows), len(tools)))
table("label", lambda r: "total")
table("server", lambda r: r["server"])
table("length bucket", lambda r: bucket(L(r)))
table("language", lambda r: meta[r["id"]]["lang"])
table("format", lambda r: meta[r["id"]]["fmt"])
table("isError", lambda r: str(r["result"]["isError"]))
table("blocks", lambda r: "multi" if len(r["result"]["content"]) > 1 else "single")
table("structured", lambda r: "yes" if "structuredContent" in r["result"] else "no")
table("payload pos", lambda r: str(meta[r["id"]]["pos"]))
ne = sum(1 for r in rows if meta[r["id"]]["lang"] != "en")
print("\nnon-English share: %.1f%%" % (100.0 * ne / len(rows)))
for lab in (0, 1):
    ls = sorted(L(r) for r in rows if r["label"] == lab)
    print("label %d length: min %d median %d max %d" % (lab, ls[0], ls[len(ls) // 2], ls[-1]))
if errors:
    print("\nERRORS (%d):" % len(errors)); print("\n".join(errors[:80])); sys.exit(1)
print("\nOK")
