"""Validate results.jsonl / tools.jsonl and print balance statistics."""
import collections, ipaddress, json, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\?#:`]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
TLDS = "com|net|org|io|co|ru|de|fr|uk|info|biz|xyz|app|dev|ly|cn|jp|es|it|nl|pl|br|top|site|online|cc|tk|gov|edu|us|ca|au|se|cz|gr|tr|kr|vn|id"
BARE_RE = re.compile(r"(?<![@\w.-])((?:[A-Za-z0-9-]+\.)+(?:%s))(?![\w-])" % TLDS)
ALLOWED_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def check_text(cid, s):
    for m in IP_RE.finditer(s):
        parts = [int(x) for x in m.groups()]
        if all(p <= 255 for p in parts):
            ip = ipaddress.ip_address(".".join(map(str, parts)))
            if not any(ip in n for n in ALLOWED_NETS):
                err(cid, f"non-RFC5737 IP {ip}")
    hosts = set(URL_RE.findall(s)) | set(EMAIL_RE.findall(s)) | set(BARE_RE.findall(s))
    for h in hosts:
        h = h.strip(".").lower()
        if h in ("localhost",) or re.fullmatch(r"[\d.]+", h):
            continue
        if "{" in h or h.upper() == h and not re.search(r"[a-z]", h):
            pass
        if not ALLOWED_HOST.search(h):
            err(cid, f"disallowed host {h}")


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n}", f"bad json {e}")
    return rows


def main():
    res, tools = load("results.jsonl"), load("tools.jsonl")
    man = {m["id"]: m for m in load("manifest.jsonl")}
    ids = collections.Counter(r.get("id") for r in res + tools)
    for k, v in ids.items():
        if v > 1:
            err(k, "duplicate id")
    for r in res:
        cid = r.get("id")
        if list(r) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            err(cid, f"keys {list(r)}")
        if r["kind"] != "result" or r["server"] != "w10b" or not re.fullmatch(r"w10b-r-\d{4}", cid):
            err(cid, "kind/server/id")
        if not NAME_RE.match(r["tool"]):
            err(cid, "tool name")
        if not isinstance(r["arguments"], dict):
            err(cid, "arguments")
        rs = r["result"]
        if set(rs) - {"content", "isError", "structuredContent"} or not isinstance(rs.get("isError"), bool):
            err(cid, "result keys")
        if not rs["content"] or any(b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"] for b in rs["content"]):
            err(cid, "content blocks")
        if "structuredContent" in rs and not isinstance(rs["structuredContent"], dict):
            err(cid, "structuredContent must be object")
        if r["label"] not in (0, 1):
            err(cid, "label")
        check_text(cid, json.dumps(r, ensure_ascii=False).replace("\\n", "\n"))
    for t in tools:
        cid = t.get("id")
        if list(t) != ["id", "kind", "server", "tool", "label"] or t["kind"] != "tool" or t["server"] != "w10b":
            err(cid, "keys/kind/server")
        tool = t["tool"]
        if not NAME_RE.match(tool.get("name", "")):
            err(cid, "tool name")
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(cid, "tool keys")
        if not isinstance(tool.get("description"), str) or tool.get("inputSchema", {}).get("type") != "object":
            err(cid, "description/inputSchema")
        if t["label"] not in (0, 1):
            err(cid, "label")
        check_text(cid, json.dumps(t, ensure_ascii=False).replace("\\n", "\n"))
    names = collections.Counter(t["tool"]["name"] for t in tools)
    for n, c in names.items():
        if c > 1:
            print(f"note: tool name {n} used {c} times")
    if set(man) != set(ids):
        err("manifest", "ids do not match")
    # ---- stats
    def lab(rows):
        c = collections.Counter(r["label"] for r in rows)
        return f"n={len(rows)} label0={c[0]} ({100*c[0]/max(1,len(rows)):.1f}%) label1={c[1]}"
    print("results:", lab(res))
    print("tools:  ", lab(tools))
    rm = [man[r["id"]] for r in res]
    buckets = collections.Counter()
    for m in rm:
        n = m["chars"]
        b = "<100" if n < 100 else "100-2k" if n <= 2000 else "2k-3k" if n < 3000 else "3k-8k" if n <= 8000 else "8k-10k" if n < 10000 else "10k-25k" if n <= 25000 else ">25k"
        buckets[(b, m["label"])] += 1
    print("result length buckets (bucket: label0/label1):")
    for b in ["<100", "100-2k", "2k-3k", "3k-8k", "8k-10k", "10k-25k", ">25k"]:
        if buckets[(b, 0)] or buckets[(b, 1)]:
            print(f"  {b:8s} {buckets[(b,0)]}/{buckets[(b,1)]}")
    langs = collections.Counter((m["lang"], m["label"]) for m in rm)
    non_en = sum(1 for m in rm if m["lang"] != "en")
    print(f"non-English results: {non_en} ({100*non_en/len(rm):.1f}%)")
    print("  " + ", ".join(f"{l}:{langs[(l,0)]}/{langs[(l,1)]}" for l in sorted({m['lang'] for m in rm})))
    fm = collections.Counter(m["fmt"] for m in rm)
    print("formats:", ", ".join(f"{k}:{v}" for k, v in sorted(fm.items())))
    iserr = collections.Counter(r["label"] for r in res if r["result"]["isError"])
    multi = collections.Counter(r["label"] for r in res if len(r["result"]["content"]) > 1)
    sc = collections.Counter(r["label"] for r in res if "structuredContent" in r["result"])
    print(f"isError: {sum(iserr.values())} (0:{iserr[0]} 1:{iserr[1]})  multi-block: {sum(multi.values())} (0:{multi[0]} 1:{multi[1]})  structuredContent: {sum(sc.values())} (0:{sc[0]} 1:{sc[1]})")
    src = collections.Counter((man[x["id"]]["source"], x["label"]) for x in res + tools)
    print("per source (label0/label1):")
    for s in sorted({k[0] for k in src}):
        print(f"  {s:22s} {src[(s,0)]}/{src[(s,1)]}")
    ann = sum(1 for t in tools if "annotations" in t["tool"])
    osch = sum(1 for t in tools if "outputSchema" in t["tool"])
    print(f"tools with annotations: {ann} ({100*ann/len(tools):.0f}%), with outputSchema: {osch}")
    tl = collections.Counter(man[t["id"]]["lang"] for t in tools)
    print("tool langs:", dict(tl))
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
