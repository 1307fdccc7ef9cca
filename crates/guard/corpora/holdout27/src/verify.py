"""Verify the dataset files and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID = "h27"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST_RE = re.compile(r"(?<![\w.-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|info|biz|app|gov|edu|us|uk|de|fr|xyz|cloud|ru|cn|jp|me|ly|site|online|tech|top))(?![\w-])", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?!\.?\d)")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
KEY_RE = re.compile(r"\b(sk-[A-Za-z0-9_-]+|AKIA[A-Z0-9]{8,}|ghp_[A-Za-z0-9]+|xox[bp]-[A-Za-z0-9-]+)")
errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, s):
    for h in HOST_RE.findall(s):
        hl = h.lower()
        if not re.search(r"(^|\.)example\.(com|org|net)$", hl):
            err("%s: non-example host %r" % (cid, h))
    for ip in IP_RE.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            err("%s: bad ip-like %r" % (cid, ip))
            continue
        if not any(a in n for n in NETS):
            err("%s: non-RFC5737 ip %r" % (cid, ip))
    for k in KEY_RE.findall(s):
        if "DEMO" not in k:
            err("%s: key not an obvious placeholder %r" % (cid, k))


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def load(fn):
    rows = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("%s:%d unparseable: %s" % (fn, n, e))
    return rows


def bucket(n):
    for lo, hi, lab in ((0, 99, "<100"), (100, 499, "100-499"), (500, 999, "500-999"),
                        (1000, 1499, "1000-1499"), (1500, 2000, "1500-2000"),
                        (2001, 2999, "2001-2999"), (3000, 8000, "3000-8000"),
                        (8001, 9999, "8001-9999"), (10000, 25000, "10000-25000")):
        if lo <= n <= hi:
            return lab
    return ">25000"


def table(title, rows, key):
    c = collections.Counter((key(r), r["_label"]) for r in rows)
    keys = sorted({k for k, _ in c}, key=lambda x: (str(type(x)), x))
    print("\n%s" % title)
    print("  %-22s %6s %6s %6s" % ("", "l0", "l1", "total"))
    for k in keys:
        print("  %-22s %6d %6d %6d" % (k, c[(k, 0)], c[(k, 1)], c[(k, 0)] + c[(k, 1)]))


def main():
    res = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    ids = [r.get("id") for r in res + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if set(ids) != set(meta):
        err("meta ids do not match case ids")
    for r in res:
        cid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: result keys %s" % (cid, sorted(r)))
            continue
        if not re.match(r"^%s-r-\d{4}$" % ID, cid) or r["kind"] != "result":
            err("%s: bad id/kind" % cid)
        if r["label"] not in (0, 1) or not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict):
            err("%s: bad label/tool/arguments" % cid)
        rr = r["result"]
        if not isinstance(rr.get("content"), list) or not rr["content"] or not isinstance(rr.get("isError"), bool):
            err("%s: bad result shape" % cid)
            continue
        if set(rr) - {"content", "isError", "structuredContent"}:
            err("%s: extra result keys" % cid)
        if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict):
            err("%s: structuredContent not object" % cid)
        for b in rr["content"]:
            if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str):
                err("%s: bad content block" % cid)
        m = meta.get(cid, {})
        if m.get("format") == "json":
            try:
                json.loads(rr["content"][0]["text"])
            except Exception:
                err("%s: json-format text does not parse" % cid)
        for s in walk_strings([r["arguments"], rr]):
            check_text(cid, s)
    for t in tools:
        cid = t.get("id", "?")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err("%s: tool keys %s" % (cid, sorted(t)))
            continue
        if not re.match(r"^%s-t-\d{4}$" % ID, cid) or t["kind"] != "tool" or t["label"] not in (0, 1):
            err("%s: bad id/kind/label" % cid)
        d = t["tool"]
        if not NAME_RE.match(d.get("name", "")):
            err("%s: bad tool name %r" % (cid, d.get("name")))
        if not isinstance(d.get("description"), str) or d.get("inputSchema", {}).get("type") != "object":
            err("%s: bad description/inputSchema" % cid)
        if set(d) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: extra tool keys" % cid)
        for s in walk_strings(d):
            check_text(cid, s)
    names = collections.Counter(t["tool"]["name"] for t in tools)
    for n, k in names.items():
        if k > 1:
            print("note: tool name %s used %d times" % (n, k))

    for r in res:
        r["_label"] = r["label"]
        r["_m"] = meta[r["id"]]
    for t in tools:
        t["_label"] = t["label"]
        t["_m"] = meta[t["id"]]
    n0 = sum(r["label"] == 0 for r in res)
    print("results: %d  (label0 %d = %.1f%%, label1 %d)" % (len(res), n0, 100 * n0 / len(res), len(res) - n0))
    t0 = sum(t["label"] == 0 for t in tools)
    print("tools:   %d  (label0 %d = %.1f%%, label1 %d)" % (len(tools), t0, 100 * t0 / len(tools), len(tools) - t0))
    table("results by length bucket", res, lambda r: bucket(r["_m"]["length"]))
    table("results by language", res, lambda r: r["_m"]["language"])
    table("results by format", res, lambda r: r["_m"]["format"])
    table("results by source", res, lambda r: r["_m"]["source"])
    table("results by server", res, lambda r: r["server"])
    table("results isError", res, lambda r: str(r["result"]["isError"]))
    table("results with structuredContent", res, lambda r: str("structuredContent" in r["result"]))
    table("results multi-block", res, lambda r: str(len(r["result"]["content"]) > 1))
    nonen = [r for r in res if r["_m"]["language"] != "en"]
    print("\nnon-English results: %d (%.1f%%)" % (len(nonen), 100 * len(nonen) / len(res)))
    table("tools by source", tools, lambda t: t["_m"]["source"])
    table("tools with annotations", tools, lambda t: str("annotations" in t["tool"]))
    table("tools with outputSchema", tools, lambda t: str("outputSchema" in t["tool"]))
    table("tools by language", tools, lambda t: t["_m"]["language"])
    table("tools by length bucket", tools, lambda t: bucket(t["_m"]["length"]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
