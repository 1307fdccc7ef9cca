"""Parse and check results.jsonl / tools.jsonl; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
HOST_RE = re.compile(r"(?i)\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|dev|co|ai|app|xyz|ru|cn|de|fr|uk|jp|info|biz|me|us|eu|no|se|nl|es|it|pl|br|in|tr|kr|ly|gg|to|cc|tv))\b")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED_HOST = re.compile(r"(?i)(^|\.)example\.(com|org|net)$")
errors = []


def err(msg):
    errors.append(msg)


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def check_values(cid, obj):
    for s in strings(obj):
        for ip in IP_RE.findall(s):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                err("%s: bad dotted quad %s" % (cid, ip)); continue
            if not any(a in n for n in ALLOWED_NETS):
                err("%s: non-RFC5737 IP %s" % (cid, ip))
        for h in HOST_RE.findall(s):
            if not ALLOWED_HOST.search(h):
                err("%s: disallowed hostname %s" % (cid, h))


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s:%d: %s" % (path, n, e))
    return rows


def size(row):
    if row["kind"] == "result":
        n = sum(len(b["text"]) for b in row["result"]["content"])
        if "structuredContent" in row["result"]:
            n += len(json.dumps(row["result"]["structuredContent"], ensure_ascii=False))
        return n
    return len(json.dumps(row["tool"], ensure_ascii=False))


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (2000, "500-1999"), (3000, "2000-2999"), (8000, "3k-8k"), (10000, "8k-10k"), (25000, "10k-25k")):
        if n < lim:
            return name
    return ">=25k"


def table(title, counter_by_label):
    print("\n" + title)
    keys = sorted(set(k for c in counter_by_label.values() for k in c))
    print("  %-18s %6s %6s %6s" % ("", "label0", "label1", "total"))
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print("  %-18s %6d %6d %6d" % (k, a, b, a + b))


def main():
    res = load(os.path.join(OUT, "results.jsonl"))
    tools = load(os.path.join(OUT, "tools.jsonl"))
    # determinism: rebuild in memory and compare bytes
    r2, t2, meta = build.collect()
    for fn, rows in (("results.jsonl", r2), ("tools.jsonl", t2)):
        with open(os.path.join(OUT, fn), encoding="utf-8") as f:
            if f.read() != build.dumps(rows):
                err("%s differs from a fresh build" % fn)
    ids = [r.get("id") for r in res + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    for r in res:
        cid = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(r)))
        if r["kind"] != "result" or r["server"] != build.SERVER or r["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        if not NAME_RE.match(r["tool"]):
            err("%s: tool name" % cid)
        if not isinstance(r["arguments"], dict):
            err("%s: arguments" % cid)
        rs = r["result"]
        if not isinstance(rs.get("content"), list) or not rs["content"] or not isinstance(rs.get("isError"), bool):
            err("%s: result shape" % cid)
        for b in rs["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err("%s: content block" % cid)
        if "structuredContent" in rs and not isinstance(rs["structuredContent"], dict):
            err("%s: structuredContent" % cid)
        if set(rs) - {"content", "isError", "structuredContent"}:
            err("%s: result keys" % cid)
        check_values(cid, r)
    for t in tools:
        cid = t.get("id")
        if set(t) != {"id", "kind", "server", "tool", "label"} or t["kind"] != "tool" or t["label"] not in (0, 1):
            err("%s: tool case shape" % cid)
        tl = t["tool"]
        if not NAME_RE.match(tl.get("name", "")):
            err("%s: tool name" % cid)
        if not isinstance(tl.get("description"), str) or not tl["description"]:
            err("%s: description" % cid)
        if not isinstance(tl.get("inputSchema"), dict) or tl["inputSchema"].get("type") != "object":
            err("%s: inputSchema" % cid)
        if set(tl) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys" % cid)
        check_values(cid, t)
    names = [t["tool"]["name"] for t in tools]
    if len(names) != len(set(names)):
        err("duplicate tool definition names: %s" % [n for n, c in collections.Counter(names).items() if c > 1])

    # balance
    def by_label(rows, f):
        d = {0: collections.Counter(), 1: collections.Counter()}
        for r in rows:
            d[r["label"]][f(r)] += 1
        return d
    nr, nt = len(res), len(tools)
    r0 = sum(r["label"] == 0 for r in res); t0 = sum(t["label"] == 0 for t in tools)
    print("results: %d (label0 %d = %.1f%%, label1 %d)" % (nr, r0, 100.0 * r0 / nr, nr - r0))
    print("tools:   %d (label0 %d = %.1f%%, label1 %d)" % (nt, t0, 100.0 * t0 / nt, nt - t0))
    table("results by source file", by_label(res, lambda r: meta[r["id"]]["src"]))
    table("results by length (text + structuredContent chars)", by_label(res, lambda r: bucket(size(r))))
    table("results by language", by_label(res, lambda r: meta[r["id"]]["lang"]))
    table("results by format", by_label(res, lambda r: meta[r["id"]]["fmt"]))
    table("results by shape", by_label(res, lambda r: ("isError " if r["result"]["isError"] else "") + ("multi " if len(r["result"]["content"]) > 1 else "") + ("sc" if "structuredContent" in r["result"] else "") or "plain"))
    ne = sum(meta[r["id"]]["lang"] != "en" for r in res)
    print("\nnon-English results: %d (%.1f%%); isError: %d; multi-block: %d; structuredContent: %d" % (
        ne, 100.0 * ne / nr, sum(r["result"]["isError"] for r in res), sum(len(r["result"]["content"]) > 1 for r in res),
        sum("structuredContent" in r["result"] for r in res)))
    table("tools by source file", by_label(tools, lambda t: meta[t["id"]]["src"]))
    table("tools by poison location", by_label(tools, lambda t: meta[t["id"]]["where"]))
    table("tools by language", by_label(tools, lambda t: meta[t["id"]]["lang"]))
    table("tools by length", by_label(tools, lambda t: bucket(size(t))))
    print("\ntools with annotations: %d (%.1f%%); with outputSchema: %d" % (
        sum("annotations" in t["tool"] for t in tools), 100.0 * sum("annotations" in t["tool"] for t in tools) / nt,
        sum("outputSchema" in t["tool"] for t in tools)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
