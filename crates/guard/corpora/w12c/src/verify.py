"""Verify results.jsonl / tools.jsonl: parse, ids, shapes, names, fake IPs/hosts; print balance."""
import collections
import ipaddress
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.]*\d)")
TLDS = ("com|org|net|io|co|ai|dev|xyz|ru|cn|info|biz|cloud|top|site|online|us|uk|de|fr|jp|"
        "gov|edu|ly|tk|eu|ch|nl|es|it|pl|br|au|ca|in|kr|tv|cc|ws|live|link|click")
HOST_RE = re.compile(r"(?<![A-Za-z0-9_.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:%s))(?![A-Za-z0-9-])" % TLDS,
                     re.IGNORECASE)
ALLOWED_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.IGNORECASE)
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]

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


def check_values(cid, rec):
    for s in strings(rec):
        for ip in IP_RE.findall(s):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                err("%s: bad dotted quad %s" % (cid, ip))
                continue
            if not any(a in n for n in DOC_NETS):
                err("%s: non-RFC5737 IP %s" % (cid, ip))
        for h in HOST_RE.findall(s):
            if not ALLOWED_HOST.search(h):
                err("%s: non-example host %s" % (cid, h))


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s:%d parse error %s" % (name, n, e))
    return rows


def main():
    results = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    ids = collections.Counter(r.get("id") for r in results + tools)
    for i, c in ids.items():
        if c > 1:
            err("duplicate id %s" % i)

    for r in results:
        cid = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(r)))
        if r.get("kind") != "result" or r.get("server") != "w12c":
            err("%s: kind/server" % cid)
        if not NAME_RE.match(r.get("tool", "")):
            err("%s: tool name" % cid)
        if not isinstance(r.get("arguments"), dict):
            err("%s: arguments" % cid)
        res = r.get("result", {})
        if not isinstance(res.get("content"), list) or not res["content"]:
            err("%s: content" % cid)
        for b in res.get("content", []):
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip():
                err("%s: block" % cid)
        if not isinstance(res.get("isError"), bool):
            err("%s: isError" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent" % cid)
        if set(res) - {"content", "isError", "structuredContent"}:
            err("%s: result keys" % cid)
        if r.get("label") not in (0, 1):
            err("%s: label" % cid)
        check_values(cid, r)

    for t in tools:
        cid = t.get("id")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err("%s: keys" % cid)
        tool = t.get("tool", {})
        if not NAME_RE.match(tool.get("name", "")):
            err("%s: tool name %r" % (cid, tool.get("name")))
        if not isinstance(tool.get("description"), str) or not tool["description"].strip():
            err("%s: description" % cid)
        sch = tool.get("inputSchema", {})
        if sch.get("type") != "object" or not isinstance(sch.get("properties"), dict):
            err("%s: inputSchema" % cid)
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys" % cid)
        if t.get("label") not in (0, 1):
            err("%s: label" % cid)
        check_values(cid, t)
    names = collections.Counter(t["tool"]["name"] for t in tools)
    for n, c in names.items():
        if c > 1:
            err("duplicate tool definition name %s" % n)

    # ---- balance report ----
    def pct(a, b):
        return "%.1f%%" % (100.0 * a / b) if b else "-"

    print("== results: %d  tools: %d" % (len(results), len(tools)))
    for kind, rows in (("results", results), ("tools", tools)):
        lab = collections.Counter(r["label"] for r in rows)
        print("%s labels: 0=%d (%s) 1=%d (%s)" % (kind, lab[0], pct(lab[0], len(rows)), lab[1], pct(lab[1], len(rows))))

    bins = [(0, 100), (100, 300), (300, 600), (600, 1000), (1000, 1500), (1500, 2000), (2000, 3000),
            (3000, 8000), (8000, 10000), (10000, 25001), (25001, 10 ** 9)]
    print("\nresult length bins (chars of text blocks + structuredContent JSON):")
    print("  %-14s %6s %6s" % ("bin", "lab0", "lab1"))
    for lo, hi in bins:
        c0 = sum(1 for r in results if r["label"] == 0 and lo <= meta[r["id"]]["chars"] < hi)
        c1 = sum(1 for r in results if r["label"] == 1 and lo <= meta[r["id"]]["chars"] < hi)
        print("  %-14s %6d %6d" % ("%d-%d" % (lo, hi - 1), c0, c1))
    for lab in (0, 1):
        ls = sorted(meta[r["id"]]["chars"] for r in results if r["label"] == lab)
        if ls:
            print("  label %d: min %d median %d max %d" % (lab, ls[0], ls[len(ls) // 2], ls[-1]))
    print("\ntool definition JSON length bins:")
    for lo, hi in [(0, 300), (300, 600), (600, 1000), (1000, 2000), (2000, 10 ** 9)]:
        c0 = sum(1 for r in tools if r["label"] == 0 and lo <= meta[r["id"]]["chars"] < hi)
        c1 = sum(1 for r in tools if r["label"] == 1 and lo <= meta[r["id"]]["chars"] < hi)
        print("  %-14s %6d %6d" % ("%d-%d" % (lo, hi - 1), c0, c1))

    print("\nresult languages (label0/label1):")
    langs = collections.defaultdict(lambda: [0, 0])
    for r in results:
        langs[meta[r["id"]]["lang"]][r["label"]] += 1
    for k in sorted(langs, key=lambda k: -sum(langs[k])):
        print("  %-4s %4d %4d" % (k, langs[k][0], langs[k][1]))
    non_en = sum(sum(v) for k, v in langs.items() if k != "en")
    print("  non-English: %d (%s)" % (non_en, pct(non_en, len(results))))

    print("\nresult formats (label0/label1):")
    fm = collections.defaultdict(lambda: [0, 0])
    for r in results:
        fm[meta[r["id"]]["format"]][r["label"]] += 1
    for k in sorted(fm):
        print("  %-10s %4d %4d" % (k, fm[k][0], fm[k][1]))

    def feat(pred):
        return [sum(1 for r in results if pred(r) and r["label"] == l) for l in (0, 1)]
    print("\nfeatures (label0/label1):")
    print("  isError:           %s" % feat(lambda r: r["result"]["isError"]))
    print("  multi-block:       %s" % feat(lambda r: len(r["result"]["content"]) > 1))
    print("  structuredContent: %s" % feat(lambda r: "structuredContent" in r["result"]))
    print("  tools w/ annotations: %s" % [sum(1 for t in tools if "annotations" in t["tool"] and t["label"] == l) for l in (0, 1)])
    print("  tools w/ outputSchema: %s" % [sum(1 for t in tools if "outputSchema" in t["tool"] and t["label"] == l) for l in (0, 1)])

    print("\nper source file (label0/label1):")
    src = collections.defaultdict(lambda: [0, 0])
    for m in meta.values():
        src[m["source"]][m["label"]] += 1
    for k in sorted(src):
        print("  %-24s %4d %4d" % (k, src[k][0], src[k][1]))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
