"""Parse and sanity-check results.jsonl / tools.jsonl; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
HOST_RE = re.compile(r"(?<![A-Za-z0-9_-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|ai|dev|xyz|ru|cn|info|biz|cloud|tk|top|ly|gg|co|uk|de|fr|us|site|online|zip|click|link))(?![A-Za-z0-9-])", re.I)
OK_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)

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
                continue
            if not any(a in n for n in OK_NETS):
                err("%s: non-RFC5737 IP %s" % (cid, ip))
        for h in HOST_RE.findall(s):
            if not OK_HOST.search(h):
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


def bucket(n):
    for lim, lab in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"),
                     (3000, "2000-2999"), (8001, "3000-8000"), (10000, "8001-9999"), (25001, "10000-25000")):
        if n < lim:
            return lab
    return ">25000"


def main():
    res = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    ids = collections.Counter(r.get("id") for r in res + tools)
    for k, v in ids.items():
        if v > 1:
            err("duplicate id %s" % k)
    for r in res:
        cid = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: bad keys %s" % (cid, sorted(r)))
        if r.get("kind") != "result" or r.get("server") != "w10h" or not re.match(r"^w10h-r-\d{4}$", cid or ""):
            err("%s: bad kind/server/id" % cid)
        if not NAME_RE.match(r.get("tool", "")):
            err("%s: bad tool name" % cid)
        if not isinstance(r.get("arguments"), dict):
            err("%s: arguments not object" % cid)
        rr = r.get("result", {})
        if not isinstance(rr.get("content"), list) or not rr["content"]:
            err("%s: empty content" % cid)
        for b in rr.get("content", []):
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err("%s: bad block" % cid)
        if not isinstance(rr.get("isError"), bool):
            err("%s: isError not bool" % cid)
        if set(rr) - {"content", "isError", "structuredContent"}:
            err("%s: extra result keys" % cid)
        if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict):
            err("%s: structuredContent not object" % cid)
        if r.get("label") not in (0, 1):
            err("%s: bad label" % cid)
        check_values(cid, r)
        if cid not in meta:
            err("%s: no meta" % cid)
    tool_names = collections.Counter()
    for t in tools:
        cid = t.get("id")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err("%s: bad keys" % cid)
        if t.get("kind") != "tool" or t.get("server") != "w10h" or not re.match(r"^w10h-t-\d{4}$", cid or ""):
            err("%s: bad kind/server/id" % cid)
        tl = t.get("tool", {})
        if set(tl) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: extra tool keys" % cid)
        if not NAME_RE.match(tl.get("name", "")):
            err("%s: bad tool name" % cid)
        tool_names[tl.get("name")] += 1
        if not isinstance(tl.get("description"), str) or not tl["description"]:
            err("%s: no description" % cid)
        sch = tl.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object":
            err("%s: bad inputSchema" % cid)
        if t.get("label") not in (0, 1):
            err("%s: bad label" % cid)
        check_values(cid, t)
        if cid not in meta:
            err("%s: no meta" % cid)
    for k, v in tool_names.items():
        if v > 1:
            err("duplicate tool definition name %s" % k)

    def text_len(r):
        return sum(len(b["text"]) for b in r["result"]["content"]) + (
            len(json.dumps(r["result"]["structuredContent"], ensure_ascii=False)) if "structuredContent" in r["result"] else 0)

    print("== results: %d" % len(res))
    lab = collections.Counter(r["label"] for r in res)
    print("labels:", dict(sorted(lab.items())), "label0 share %.1f%%" % (100.0 * lab[0] / max(1, len(res))))
    print("isError:", dict(collections.Counter((r["result"]["isError"], r["label"]) for r in res if r["result"]["isError"])))
    print("multi-block:", sum(1 for r in res if len(r["result"]["content"]) > 1),
          " structuredContent:", sum(1 for r in res if "structuredContent" in r["result"]))
    print("length buckets (label0/label1):")
    lb = collections.defaultdict(lambda: [0, 0])
    for r in res:
        lb[bucket(text_len(r))][r["label"]] += 1
    for k in ("<100", "100-499", "500-999", "1000-1999", "2000-2999", "3000-8000", "8001-9999", "10000-25000", ">25000"):
        if k in lb:
            print("  %-12s %4d %4d" % (k, lb[k][0], lb[k][1]))
    print("language (label0/label1):")
    lg = collections.defaultdict(lambda: [0, 0])
    for r in res:
        lg[meta[r["id"]]["lang"]][r["label"]] += 1
    nonen = sum(sum(v) for k, v in lg.items() if k != "en")
    for k in sorted(lg):
        print("  %-4s %4d %4d" % (k, lg[k][0], lg[k][1]))
    print("  non-English share: %.1f%%" % (100.0 * nonen / max(1, len(res))))
    print("format (label0/label1):")
    fm = collections.defaultdict(lambda: [0, 0])
    for r in res:
        fm[meta[r["id"]]["fmt"]][r["label"]] += 1
    for k in sorted(fm):
        print("  %-10s %4d %4d" % (k, fm[k][0], fm[k][1]))
    print("per source (label0/label1):")
    ps = collections.defaultdict(lambda: [0, 0])
    for r in res + tools:
        ps[meta[r["id"]]["src"]][r["label"]] += 1
    for k in sorted(ps):
        print("  %-26s %4d %4d" % (k, ps[k][0], ps[k][1]))
    print("== tools: %d" % len(tools))
    tl = collections.Counter(t["label"] for t in tools)
    print("labels:", dict(sorted(tl.items())), "label0 share %.1f%%" % (100.0 * tl[0] / max(1, len(tools))))
    print("with annotations: %d (%.0f%%)" % (sum(1 for t in tools if "annotations" in t["tool"]),
          100.0 * sum(1 for t in tools if "annotations" in t["tool"]) / max(1, len(tools))))
    print("with outputSchema: %d" % sum(1 for t in tools if "outputSchema" in t["tool"]))
    print("poisoned placement:", dict(collections.Counter(meta[t["id"]]["fmt"] for t in tools if t["label"] == 1)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
