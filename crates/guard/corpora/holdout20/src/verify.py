"""Verify results.jsonl / tools.jsonl / meta.jsonl and print balance tables."""
import collections, ipaddress, json, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_RE = re.compile(r"(?:https?|ftp|wss?)://([A-Za-z0-9.-]+)", re.I)
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![A-Za-z0-9@./-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|co|ru|cn|xyz|info|biz|app|dev|gov|top|me|ly|sh|site|online|uk|de|fr))\b", re.I)
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
errors = []


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


def check_text(cid, obj):
    for t in strings(obj):
        for m in IP_RE.finditer(t):
            parts = [int(p) for p in m.groups()]
            if max(parts) > 255:
                continue
            ip = ipaddress.ip_address(m.group(0))
            if not any(ip in n for n in NETS):
                errors.append("%s: non-RFC5737 IP %s" % (cid, ip))
        hosts = [h.rstrip(".") for h in URL_RE.findall(t) + MAIL_RE.findall(t) + BARE_RE.findall(t)]
        for h in hosts:
            if IP_RE.fullmatch(h) or h.lower() == "localhost":
                continue
            if not OK_HOST.search(h):
                errors.append("%s: host not example.*: %s" % (cid, h))


def load(name):
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f]


def bucket(n):
    for lim, lab in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (1500, "1000-1499"), (2001, "1500-2000"),
                     (3000, "2001-2999"), (8001, "3000-8000"), (10000, "8001-9999"), (25001, "10000-25000")):
        if n < lim:
            return lab
    return ">25000"


def main():
    res, tools, meta = load("results.jsonl"), load("tools.jsonl"), load("meta.jsonl")
    ids = [r["id"] for r in res + tools]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    mids = [m["id"] for m in meta]
    if mids != ids:
        errors.append("meta ids do not match case ids")
    for m in meta:
        if set(m) != {"id", "language", "length", "format", "source"}:
            errors.append("%s: bad meta keys" % m["id"])
    for r in res:
        cid = r["id"]
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"} or r["kind"] != "result":
            errors.append("%s: bad keys" % cid)
        if not NAME_RE.match(r["tool"]):
            errors.append("%s: bad tool name" % cid)
        if r["label"] not in (0, 1) or not isinstance(r["arguments"], dict):
            errors.append("%s: bad label/args" % cid)
        rr = r["result"]
        if not isinstance(rr.get("content"), list) or not rr["content"] or not isinstance(rr.get("isError"), bool):
            errors.append("%s: bad result" % cid)
        for b in rr["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                errors.append("%s: bad block" % cid)
        if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict):
            errors.append("%s: structuredContent not object" % cid)
        check_text(cid, r)
    for t in tools:
        cid = t["id"]
        if set(t) != {"id", "kind", "server", "tool", "label"} or t["kind"] != "tool":
            errors.append("%s: bad keys" % cid)
        d = t["tool"]
        if not NAME_RE.match(d.get("name", "")):
            errors.append("%s: bad tool name" % cid)
        if not isinstance(d.get("description"), str) or d.get("inputSchema", {}).get("type") != "object":
            errors.append("%s: bad tool shape" % cid)
        check_text(cid, t)
    mm = {m["id"]: m for m in meta}
    print("== results: %d  tools: %d" % (len(res), len(tools)))
    for name, rows in (("results", res), ("tools", tools)):
        c = collections.Counter(r["label"] for r in rows)
        print("%s labels: %s  (label0 %.1f%%)" % (name, dict(sorted(c.items())), 100.0 * c[0] / len(rows)))
    print("results isError: %s" % collections.Counter((r["result"]["isError"], r["label"]) for r in res if r["result"]["isError"]))
    print("results multi-block: %d  structuredContent: %d" % (sum(len(r["result"]["content"]) > 1 for r in res),
                                                              sum("structuredContent" in r["result"] for r in res)))
    print("tools with annotations: %d" % sum("annotations" in t["tool"] for t in tools))
    print("-- length buckets (results) label0 / label1")
    order = ["<100", "100-499", "500-999", "1000-1499", "1500-2000", "2001-2999", "3000-8000", "8001-9999", "10000-25000", ">25000"]
    lb = collections.Counter((bucket(mm[r["id"]]["length"]), r["label"]) for r in res)
    for k in order:
        if lb[(k, 0)] or lb[(k, 1)]:
            print("  %-12s %4d %4d" % (k, lb[(k, 0)], lb[(k, 1)]))
    for lab in (0, 1):
        ls = sorted(mm[r["id"]]["length"] for r in res if r["label"] == lab and mm[r["id"]]["length"] <= 2000)
        if ls:
            q = [ls[int(len(ls) * p)] for p in (0.1, 0.25, 0.5, 0.75, 0.9)]
            print("  label%d <=2000 quantiles p10/p25/p50/p75/p90: %s" % (lab, q))
    print("-- language (results): non-en %d (%.1f%%)" % (
        sum(mm[r["id"]]["language"] != "en" for r in res), 100.0 * sum(mm[r["id"]]["language"] != "en" for r in res) / len(res)))
    lc = collections.Counter((mm[r["id"]]["language"], r["label"]) for r in res)
    langs = sorted({k[0] for k in lc})
    print("  " + ", ".join("%s:%d/%d" % (l, lc[(l, 0)], lc[(l, 1)]) for l in langs))
    print("-- format (results) label0/label1")
    fc = collections.Counter((mm[r["id"]]["format"], r["label"]) for r in res)
    print("  " + ", ".join("%s:%d/%d" % (f, fc[(f, 0)], fc[(f, 1)]) for f in sorted({k[0] for k in fc})))
    print("-- source file x label")
    sc = collections.Counter((mm[x["id"]]["source"], x["label"]) for x in res + tools)
    for s_ in sorted({k[0] for k in sc}):
        print("  %-40s %4d %4d" % (s_, sc[(s_, 0)], sc[(s_, 1)]))
    if errors:
        print("\n".join(errors[:50]))
        print("FAILED: %d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
