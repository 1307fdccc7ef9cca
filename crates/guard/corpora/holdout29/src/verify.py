"""Check shapes, ids, names, hosts and IPs; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URLHOST = re.compile(r"(?i)\b(?:https?|ftp|wss?)://([^/\s\"'<>)\]:?#]+)")
EMAILHOST = re.compile(r"(?i)[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
WWW = re.compile(r"(?i)\bwww\.([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
IP = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []


def ok_host(h):
    h = h.lower().rstrip(".")
    if "@" in h:
        h = h.split("@")[-1]
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def scan(cid, text):
    for rx in (URLHOST, EMAILHOST):
        for h in rx.findall(text):
            if IP.fullmatch(h):
                continue
            if not ok_host(h):
                errors.append("%s: host %s" % (cid, h))
    for h in WWW.findall(text):
        if not ok_host("www." + h) and not ok_host(h):
            errors.append("%s: www host %s" % (cid, h))
    for ip in IP.findall(text):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            errors.append("%s: ip %s" % (cid, ip))


def bucket(n):
    for lim, nm in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"),
                    (3000, "2000-2999"), (8001, "3000-8000"), (10000, "8001-9999"),
                    (25001, "10000-25000")):
        if n < lim:
            return nm
    return ">25000"


def load(fn):
    rows = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append("%s line %d: %s" % (fn, k, e))
    return rows


res, tools, meta = load("results.jsonl"), load("tools.jsonl"), load("meta.jsonl")
ids = [r.get("id") for r in res + tools]
dup = [k for k, v in collections.Counter(ids).items() if v > 1]
if dup:
    errors.append("duplicate ids %s" % dup[:5])
for r in res:
    cid = r.get("id", "?")
    if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
        errors.append("%s: keys %s" % (cid, sorted(r)))
    if not re.fullmatch(r"h29-r-\d{4}", cid) or r["kind"] != "result" or r["label"] not in (0, 1):
        errors.append("%s: id/kind/label" % cid)
    if not NAME.match(r["tool"]) or not isinstance(r["arguments"], dict):
        errors.append("%s: tool/arguments" % cid)
    rr = r["result"]
    if not isinstance(rr.get("content"), list) or not rr["content"] or not isinstance(rr.get("isError"), bool):
        errors.append("%s: result shape" % cid)
    for blk in rr["content"]:
        if blk.get("type") != "text" or not isinstance(blk.get("text"), str):
            errors.append("%s: block" % cid)
    if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict):
        errors.append("%s: structuredContent" % cid)
    scan(cid, json.dumps(r, ensure_ascii=False))
for t in tools:
    cid = t.get("id", "?")
    if set(t) != {"id", "kind", "server", "tool", "label"}:
        errors.append("%s: keys" % cid)
    if not re.fullmatch(r"h29-t-\d{4}", cid) or t["kind"] != "tool" or t["label"] not in (0, 1):
        errors.append("%s: id/kind/label" % cid)
    tl = t["tool"]
    if not NAME.match(tl.get("name", "")) or not isinstance(tl.get("description"), str):
        errors.append("%s: name/description" % cid)
    if not isinstance(tl.get("inputSchema"), dict) or tl["inputSchema"].get("type") != "object":
        errors.append("%s: inputSchema" % cid)
    scan(cid, json.dumps(t, ensure_ascii=False))
names = collections.Counter(t["tool"]["name"] for t in tools)
if [n for n, v in names.items() if v > 1]:
    errors.append("duplicate tool names %s" % [n for n, v in names.items() if v > 1])
mids = {m["id"] for m in meta}
if mids != set(ids) or len(meta) != len(ids):
    errors.append("meta.jsonl does not match cases")
M = {m["id"]: m for m in meta}


def table(title, rows, key):
    c = collections.Counter((key(r), r["label"]) for r in rows)
    keys = sorted({k for k, _ in c})
    print("\n%s" % title)
    print("  %-22s %6s %6s %6s" % ("", "0", "1", "total"))
    for k in keys:
        print("  %-22s %6d %6d %6d" % (k, c[(k, 0)], c[(k, 1)], c[(k, 0)] + c[(k, 1)]))


print("results: %d (label0 %d, label1 %d, %.1f%% label0)" % (
    len(res), sum(r["label"] == 0 for r in res), sum(r["label"] == 1 for r in res),
    100.0 * sum(r["label"] == 0 for r in res) / max(1, len(res))))
print("tools:   %d (label0 %d, label1 %d, %.1f%% label0)" % (
    len(tools), sum(t["label"] == 0 for t in tools), sum(t["label"] == 1 for t in tools),
    100.0 * sum(t["label"] == 0 for t in tools) / max(1, len(tools))))
table("results by length bucket", res, lambda r: bucket(M[r["id"]]["length"]))
table("results by language", res, lambda r: M[r["id"]]["language"])
table("results by format", res, lambda r: M[r["id"]]["format"])
table("results by server", res, lambda r: r["server"])
table("results by source", res, lambda r: M[r["id"]]["source"])
table("results isError / multi-block / structuredContent", res, lambda r: "err=%s blocks=%d sc=%s" % (
    r["result"]["isError"], len(r["result"]["content"]), "structuredContent" in r["result"]))
table("tools by server", tools, lambda t: t["server"])
table("tools by annotations present", tools, lambda t: "annotations" in t["tool"])
table("tools by outputSchema present", tools, lambda t: "outputSchema" in t["tool"])
table("tools by language", tools, lambda t: M[t["id"]]["language"])
if errors:
    print("\nERRORS (%d):" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
