"""Parse every line, check ids/shapes/names/hosts/IPs, print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST_RE = re.compile(r"(?i)(?:https?://|@|www\.)([a-z0-9][a-z0-9.-]*\.[a-z]{2,})")
BARE_RE = re.compile(r"(?i)\b([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|de|fr|jp|cn|info|biz|app|dev))\b")
IP_RE = re.compile(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"(?i)(^|\.)example\.(com|org|net)$")
errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, s):
    for h in HOST_RE.findall(s) + BARE_RE.findall(s):
        h = h.rstrip(".").lower()
        if not OK_HOST.search(h):
            err("%s: non-example host %r" % (cid, h))
    for ip in IP_RE.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            err("%s: bad ip-like %s" % (cid, ip))
            continue
        if not any(a in n for n in NETS):
            err("%s: non-RFC5737 IP %s" % (cid, ip))


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000), (3000, 8000), (8000, 10000), (10000, 25001)):
        if lo <= n < hi:
            return "%05d-%05d" % (lo, hi)
    return "25001+"


def table(title, rows):
    print("\n" + title)
    keys = sorted(rows)
    print("  %-28s %6s %6s %6s" % ("", "0", "1", "total"))
    for k in keys:
        c = rows[k]
        print("  %-28s %6d %6d %6d" % (k, c[0], c[1], c[0] + c[1]))


def main():
    ids = set()
    recs = {}
    for fname, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                except Exception as e:
                    err("%s:%d json %s" % (fname, ln, e))
                    continue
                cid = r.get("id")
                if cid in ids:
                    err("dup id %s" % cid)
                ids.add(cid)
                pref = "h23-r-" if kind == "result" else "h23-t-"
                if not re.match("^" + pref + r"\d{4}$", cid or ""):
                    err("bad id %s" % cid)
                if r.get("kind") != kind or r.get("server") != "holdout23" or r.get("label") not in (0, 1):
                    err("%s: kind/server/label" % cid)
                if kind == "result":
                    if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                        err("%s: keys %s" % (cid, sorted(r)))
                    if not NAME_RE.match(r["tool"]):
                        err("%s: tool name" % cid)
                    if not isinstance(r["arguments"], dict):
                        err("%s: arguments" % cid)
                    res = r["result"]
                    if not isinstance(res.get("content"), list) or not res["content"] or not isinstance(res.get("isError"), bool):
                        err("%s: result shape" % cid)
                    for b in res["content"]:
                        if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                            err("%s: block" % cid)
                    if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
                        err("%s: structuredContent" % cid)
                    if set(res) - {"content", "isError", "structuredContent"}:
                        err("%s: extra result keys" % cid)
                else:
                    t = r["tool"]
                    if set(r) != {"id", "kind", "server", "tool", "label"}:
                        err("%s: keys" % cid)
                    if not NAME_RE.match(t.get("name", "")):
                        err("%s: tool name %r" % (cid, t.get("name")))
                    if not isinstance(t.get("description"), str) or t.get("inputSchema", {}).get("type") != "object":
                        err("%s: tool shape" % cid)
                    if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                        err("%s: extra tool keys" % cid)
                check_text(cid, json.dumps(r, ensure_ascii=False))
                recs[cid] = r
    meta = {}
    with open(os.path.join(OUT, "meta.jsonl"), encoding="utf-8") as f:
        order = []
        for line in f:
            m = json.loads(line)
            if set(m) != {"id", "language", "length", "format", "source"}:
                err("meta keys %s" % m)
            meta[m["id"]] = m
            order.append(m["id"])
    rid = [i for i in recs if i.startswith("h23-r-")]
    tid = [i for i in recs if i.startswith("h23-t-")]
    if order != rid + tid:
        err("meta order/ids mismatch")
    for i in rid:
        res = recs[i]["result"]
        n = sum(len(b["text"]) for b in res["content"])
        if "structuredContent" in res:
            n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
        if n != meta[i]["length"]:
            err("%s: meta length %d != %d" % (i, meta[i]["length"], n))
    for i in tid:
        if len(json.dumps(recs[i]["tool"], ensure_ascii=False)) != meta[i]["length"]:
            err("%s: meta length" % i)

    for group, idl in (("RESULTS", rid), ("TOOLS", tid)):
        lab = collections.Counter(recs[i]["label"] for i in idl)
        print("\n==== %s: %d  (label0=%d %.1f%%, label1=%d)" % (group, len(idl), lab[0], 100.0 * lab[0] / max(1, len(idl)), lab[1]))
        for key, fn in (("source", lambda i: meta[i]["source"]), ("length bucket", lambda i: bucket(meta[i]["length"])),
                        ("language", lambda i: meta[i]["language"]), ("format", lambda i: meta[i]["format"])):
            rows = collections.defaultdict(lambda: [0, 0])
            for i in idl:
                rows[fn(i)][recs[i]["label"]] += 1
            table("%s by %s" % (group, key), rows)
        if group == "RESULTS":
            rows = collections.defaultdict(lambda: [0, 0])
            for i in idl:
                res = recs[i]["result"]
                rows["isError" if res["isError"] else "ok"][recs[i]["label"]] += 1
                if len(res["content"]) > 1:
                    rows["multi-block"][recs[i]["label"]] += 1
                if "structuredContent" in res:
                    rows["structuredContent"][recs[i]["label"]] += 1
                if meta[i]["language"] != "en":
                    rows["non-English"][recs[i]["label"]] += 1
            table("RESULTS extras", rows)
        else:
            rows = collections.defaultdict(lambda: [0, 0])
            for i in idl:
                t = recs[i]["tool"]
                rows["has annotations" if "annotations" in t else "no annotations"][recs[i]["label"]] += 1
                if "outputSchema" in t:
                    rows["has outputSchema"][recs[i]["label"]] += 1
            table("TOOLS extras", rows)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
