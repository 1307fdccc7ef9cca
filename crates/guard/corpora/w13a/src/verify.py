"""Check results.jsonl / tools.jsonl and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL = re.compile(r"(?:https?|ftp|wss?)://([^/\s\"'<>)\]\\:?#]+)", re.I)
MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
WWW = re.compile(r"\bwww\.([A-Za-z0-9.-]+)")
IP = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OKHOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, s):
    for rx in (URL, MAIL, WWW):
        for h in rx.findall(s):
            h = h.rstrip(".").lower()
            if rx is WWW:
                h = "www." + h
            if not OKHOST.search(h):
                err("%s: host %s" % (cid, h))
    for ip in IP.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            err("%s: ip %s" % (cid, ip))


def bucket(n):
    if n < 100: return "<100"
    if n <= 2000: return "100-2000"
    if n < 3000: return "2001-2999"
    if n <= 8000: return "3000-8000"
    if n < 10000: return "8001-9999"
    if n <= 25000: return "10000-25000"
    return ">25000"


def table(title, counter):
    print("\n" + title)
    keys = sorted({k for k, _ in counter})
    print("  %-22s %6s %6s %6s" % ("", "0", "1", "all"))
    for k in keys:
        a, b = counter[(k, 0)], counter[(k, 1)]
        print("  %-22s %6d %6d %6d" % (k, a, b, a + b))


def main():
    raw_r = open(os.path.join(OUT, "results.jsonl"), encoding="utf-8").read()
    raw_t = open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8").read()
    r2, t2, meta = build.collect()
    if build.lines(r2) != raw_r or build.lines(t2) != raw_t:
        err("files differ from a fresh build (not reproducible)")
    ids = set()
    rs = [json.loads(l) for l in raw_r.splitlines()]
    ts = [json.loads(l) for l in raw_t.splitlines()]
    lens = collections.Counter(); langs = collections.Counter(); fmts = collections.Counter()
    srcs = collections.Counter(); misc = collections.Counter(); fine = collections.Counter()
    for r in rs:
        cid = r.get("id")
        if cid in ids: err("dup id " + str(cid))
        ids.add(cid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}: err(cid + ": keys")
        if r["kind"] != "result" or r["server"] != build.SERVER: err(cid + ": kind/server")
        if not re.match(r"^[a-z][a-z0-9_]*$", r["tool"]): err(cid + ": tool name")
        if not isinstance(r["arguments"], dict): err(cid + ": args")
        if r["label"] not in (0, 1): err(cid + ": label")
        res = r["result"]
        if not set(res) <= {"content", "isError", "structuredContent"} or not isinstance(res.get("isError"), bool):
            err(cid + ": result keys")
        for b in res["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str): err(cid + ": block")
        check_text(cid, json.dumps(r, ensure_ascii=False))
        n = sum(len(b["text"]) for b in res["content"])
        m = meta[cid]
        lab = r["label"]
        lens[(bucket(n), lab)] += 1
        fine[("%04d-%04d" % (n // 200 * 200, n // 200 * 200 + 199) if n <= 2000 else bucket(n), lab)] += 1
        langs[(m["lang"], lab)] += 1
        fmts[(m["fmt"], lab)] += 1
        srcs[(m["src"], lab)] += 1
        if res["isError"]: misc[("isError", lab)] += 1
        if len(res["content"]) > 1: misc[("multi-block", lab)] += 1
        if "structuredContent" in res: misc[("structuredContent", lab)] += 1
    for t in ts:
        cid = t.get("id")
        if cid in ids: err("dup id " + str(cid))
        ids.add(cid)
        if set(t) != {"id", "kind", "server", "tool", "label"}: err(cid + ": keys")
        tool = t["tool"]
        if not NAME.match(tool.get("name", "")): err(cid + ": name regex")
        if not set(tool) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}: err(cid + ": tool keys")
        if tool["inputSchema"].get("type") != "object": err(cid + ": schema")
        check_text(cid, json.dumps(t, ensure_ascii=False))
        m = meta[cid]
        srcs[(m["src"], t["label"])] += 1
        misc[("tool annotations", t["label"])] += int("annotations" in tool)
        misc[("tool outputSchema", t["label"])] += int("outputSchema" in tool)
        misc[("tools total", t["label"])] += 1
    names = collections.Counter(t["tool"]["name"] for t in ts)
    for k, v in names.items():
        if v > 1: err("duplicate tool name " + k)
    print("results: %d (label0 %d / label1 %d)" % (len(rs), sum(r["label"] == 0 for r in rs), sum(r["label"] == 1 for r in rs)))
    print("tools:   %d (label0 %d / label1 %d)" % (len(ts), sum(t["label"] == 0 for t in ts), sum(t["label"] == 1 for t in ts)))
    table("results by length bucket", lens)
    table("results by 200-char bin", fine)
    table("results by language", langs)
    table("results by format", fmts)
    table("by source file", srcs)
    table("misc", misc)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
