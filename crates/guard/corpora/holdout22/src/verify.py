"""Parse every line, check shapes, ids, tool names, hosts and IPs; print balance tables."""
import collections, ipaddress, json, os, re, sys

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST = re.compile(r"(?:https?://|@|\bwww\.)([A-Za-z0-9.-]+\.[A-Za-z]{2,})", re.I)
BARE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|co|dev|app|biz|info|xyz|ru|cn|de|uk|fr|jp|ly|me|sh|gg|tk|site|online|top))\b", re.I)
IP = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []


def err(i, msg):
    errors.append(f"{i}: {msg}")


def ok_host(h):
    h = h.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def scan(i, s):
    for m in HOST.finditer(s):
        if not ok_host(m.group(1)):
            err(i, f"host {m.group(1)}")
    for m in BARE.finditer(s):
        if not ok_host(m.group(1)):
            err(i, f"bare host {m.group(1)}")
    for m in IP.finditer(s):
        try:
            a = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            err(i, f"ip {m.group(1)}")


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000),
                   (3000, 8000), (8000, 10000), (10000, 25001)):
        if lo <= n < hi:
            return f"{lo}-{hi - 1}"
    return ">25000"


def table(title, rows, key):
    c = collections.Counter((key(r), r["label"]) for r in rows)
    keys = sorted({k for k, _ in c})
    print(f"\n{title}\n{'':24s} {'0':>5s} {'1':>5s} {'all':>5s}")
    for k in keys:
        print(f"{str(k):24s} {c[(k, 0)]:5d} {c[(k, 1)]:5d} {c[(k, 0)] + c[(k, 1)]:5d}")


def main():
    res = [json.loads(l) for l in open(os.path.join(DIR, "results.jsonl"), encoding="utf-8")]
    tools = [json.loads(l) for l in open(os.path.join(DIR, "tools.jsonl"), encoding="utf-8")]
    meta = [json.loads(l) for l in open(os.path.join(DIR, "meta.jsonl"), encoding="utf-8")]
    ids = [r["id"] for r in res + tools]
    if len(set(ids)) != len(ids):
        err("-", "duplicate ids")
    if [m["id"] for m in meta] != ids:
        err("-", "meta order/ids mismatch")
    for j, r in enumerate(res, 1):
        i = r["id"]
        if i != f"h22-r-{j:04d}": err(i, "id seq")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}: err(i, "keys")
        if r["kind"] != "result" or r["server"] != "holdout22" or r["label"] not in (0, 1): err(i, "fields")
        if not NAME.match(r["tool"]): err(i, "tool name")
        if not isinstance(r["arguments"], dict): err(i, "arguments")
        rr = r["result"]
        if not set(rr) <= {"content", "isError", "structuredContent"} or not isinstance(rr["isError"], bool): err(i, "result keys")
        if not rr["content"] or any(b.get("type") != "text" or not isinstance(b.get("text"), str) for b in rr["content"]): err(i, "content")
        if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict): err(i, "structuredContent")
        if "@@PAD@@" in json.dumps(r) or "@@ROWS@@" in json.dumps(r) or "<<" in json.dumps(r, ensure_ascii=False) and re.search(r"<<[a-zA-Z]:?[^>]*>>", json.dumps(r)): err(i, "unfilled marker")
        scan(i, json.dumps(r, ensure_ascii=False))
    for j, t in enumerate(tools, 1):
        i = t["id"]
        if i != f"h22-t-{j:04d}": err(i, "id seq")
        if set(t) != {"id", "kind", "server", "tool", "label"}: err(i, "keys")
        d = t["tool"]
        if not NAME.match(d.get("name", "")): err(i, "tool name")
        if not isinstance(d.get("description"), str): err(i, "description")
        if d.get("inputSchema", {}).get("type") != "object": err(i, "inputSchema")
        if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}: err(i, "tool keys")
        scan(i, json.dumps(t, ensure_ascii=False))
    names = collections.Counter(t["tool"]["name"] for t in tools)
    for n, k in names.items():
        if k > 1: err("-", f"duplicate tool name {n}")
    mi = {m["id"]: m for m in meta}
    R = [dict(r, **{k: mi[r["id"]][k] for k in ("language", "length", "format", "source")}) for r in res]
    TT = [dict(t, **{k: mi[t["id"]][k] for k in ("language", "length", "format", "source")}) for t in tools]
    for r in R:
        rr = r["result"]
        n = sum(len(b["text"]) for b in rr["content"]) + (len(json.dumps(rr["structuredContent"], ensure_ascii=False)) if "structuredContent" in rr else 0)
        if n != r["length"]: err(r["id"], "meta length")
    print(f"results: {len(R)}  label0={sum(r['label'] == 0 for r in R)} label1={sum(r['label'] == 1 for r in R)}")
    print(f"tools:   {len(TT)}  label0={sum(t['label'] == 0 for t in TT)} label1={sum(t['label'] == 1 for t in TT)}")
    ne = [r for r in R if r["language"] != "en"]
    print(f"non-English results: {len(ne)} ({100 * len(ne) / len(R):.1f}%)")
    print(f"isError results: {sum(r['result']['isError'] for r in R)} (label1: {sum(r['result']['isError'] and r['label'] for r in R)})")
    print(f"multi-block results: {sum(len(r['result']['content']) > 1 for r in R)}")
    print(f"structuredContent results: {sum('structuredContent' in r['result'] for r in R)}")
    print(f"tools with annotations: label0={sum('annotations' in t['tool'] for t in TT if t['label'] == 0)} label1={sum('annotations' in t['tool'] for t in TT if t['label'] == 1)}")
    print(f"tools with outputSchema: label0={sum('outputSchema' in t['tool'] for t in TT if t['label'] == 0)} label1={sum('outputSchema' in t['tool'] for t in TT if t['label'] == 1)}")
    table("RESULTS by source", R, lambda r: r["source"][4:])
    table("RESULTS by length", R, lambda r: bucket(r["length"]))
    table("RESULTS by language", R, lambda r: r["language"])
    table("RESULTS by format", R, lambda r: r["format"])
    table("TOOLS by source", TT, lambda r: r["source"][4:])
    table("TOOLS by length", TT, lambda r: bucket(r["length"]))
    table("TOOLS by language", TT, lambda r: r["language"])
    if errors:
        print("\nERRORS:")
        for e in errors[:80]:
            print(" ", e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
