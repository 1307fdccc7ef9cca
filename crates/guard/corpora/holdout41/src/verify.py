"""Parse and check results.jsonl / tools.jsonl / meta.jsonl; print balance tables."""
import collections, ipaddress, json, os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
TLD = r"(?:com|org|net|io|ai|dev|co|uk|de|fr|jp|cn|ru|info|biz|app|xyz|us|eu|gov|edu|me|ly|sh)"
HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+" + TLD + r")\b", re.I)
IP = re.compile(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []
def err(m): errors.append(m)

def check_text(cid, s):
    for h in HOST.findall(s):
        h = h.lower()
        if not re.search(r"(^|\.)example\.(com|org|net)$", h):
            err("%s: non-example host %s" % (cid, h))
    for ip in IP.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            err("%s: bad ip-like %s" % (cid, ip)); continue
        if not any(a in n for n in NETS):
            err("%s: non-RFC5737 IP %s" % (cid, ip))
    if "\u27ea" in s or "\u27eb" in s or "{PAD}" in s or re.search(r"§[nkfdthN\[]", s):
        err("%s: leftover build marker" % cid)

def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try: rows.append(json.loads(line))
            except Exception as e: err("%s:%d parse %s" % (name, i, e))
    return rows

res, tools, meta = load("results.jsonl"), load("tools.jsonl"), load("meta.jsonl")
ids = [r["id"] for r in res + tools]
if len(ids) != len(set(ids)): err("duplicate ids")
for r in res:
    if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}: err(r["id"] + ": keys")
    if r["kind"] != "result" or r["label"] not in (0, 1) or not NAME.match(r["tool"]): err(r["id"] + ": kind/label/tool")
    c = r["result"].get("content")
    if not c or any(b.get("type") != "text" or not isinstance(b.get("text"), str) for b in c): err(r["id"] + ": content")
    if not isinstance(r["result"].get("isError"), bool): err(r["id"] + ": isError")
    check_text(r["id"], json.dumps(r, ensure_ascii=False))
for t in tools:
    if set(t) != {"id", "kind", "server", "tool", "label"}: err(t["id"] + ": keys")
    d = t["tool"]
    if not NAME.match(d.get("name", "")): err(t["id"] + ": tool name")
    if not isinstance(d.get("description"), str) or d.get("inputSchema", {}).get("type") != "object": err(t["id"] + ": tool shape")
    if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}: err(t["id"] + ": tool keys")
    check_text(t["id"], json.dumps(t, ensure_ascii=False))
mids = {m["id"]: m for m in meta}
if set(mids) != set(ids): err("meta ids differ from case ids")

def table(title, rows, key):
    cnt = collections.Counter((key(r), r["label"]) for r in rows)
    keys = sorted({k for k, _ in cnt})
    print("\n### %s\n\n| %s | label 0 | label 1 | total |\n|---|---|---|---|" % (title, title.split(" by ")[-1]))
    for k in keys:
        print("| %s | %d | %d | %d |" % (k, cnt[(k, 0)], cnt[(k, 1)], cnt[(k, 0)] + cnt[(k, 1)]))

lab = lambda rows: collections.Counter(r["label"] for r in rows)
print("results: %d (label 0: %d, label 1: %d)" % (len(res), lab(res)[0], lab(res)[1]))
print("tools:   %d (label 0: %d, label 1: %d)" % (len(tools), lab(tools)[0], lab(tools)[1]))
M = lambda f: (lambda r: mids[r["id"]][f])
ORDER = ["0-100", "100-500", "500-1000", "1000-2000", "2000-3000", "3000-8000", "8000-10000", "10000-25000", "25000+"]
table("Results by source file", res, M("source"))
table("Results by server", res, lambda r: r["server"])
table("Results by length bucket", res, lambda r: "%d:%s" % (ORDER.index(mids[r["id"]]["length_bucket"]), mids[r["id"]]["length_bucket"]))
table("Results by language", res, M("language"))
table("Results by format", res, M("format"))
table("Results by isError", res, lambda r: str(r["result"]["isError"]))
table("Results by content blocks", res, lambda r: str(len(r["result"]["content"])))
table("Results by structuredContent present", res, lambda r: str("structuredContent" in r["result"]))
table("Tools by source file", tools, M("source"))
table("Tools by server", tools, lambda r: r["server"])
table("Tools by annotations present", tools, lambda r: str("annotations" in r["tool"]))
table("Tools by outputSchema present", tools, lambda r: str("outputSchema" in r["tool"]))
table("Tools by language", tools, M("language"))
if errors:
    print("\nERRORS (%d):" % len(errors)); [print(" ", e) for e in errors[:60]]; sys.exit(1)
print("\nOK: all checks passed")
