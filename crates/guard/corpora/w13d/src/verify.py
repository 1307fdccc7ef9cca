"""Parse every line, check ids/shapes/tool names/hosts/IPs, print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ALLOWED = ("example.com", "example.org", "example.net")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_HOST = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>()?#:]+)")
EMAIL_DOM = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
BARE_DOM = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|co|ai|app|info|biz))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
errors = []


def host_ok(h):
    h = h.lower().rstrip(".")
    return any(h == a or h.endswith("." + a) for a in ALLOWED)


def check_text(cid, s):
    for h in URL_HOST.findall(s):
        if re.fullmatch(r"[\d.]+", h):
            continue
        if h in ("localhost",) or not host_ok(h):
            errors.append("%s: host %s" % (cid, h))
    for h in EMAIL_DOM.findall(s):
        if not host_ok(h):
            errors.append("%s: email domain %s" % (cid, h))
    for h in BARE_DOM.findall(s):
        if not host_ok(h):
            errors.append("%s: bare domain %s" % (cid, h))
    for ip in IP_RE.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            errors.append("%s: ip %s" % (cid, ip))


def bucket(n):
    for lo, hi, name in ((0, 100, "<100"), (100, 500, "100-499"), (500, 1000, "500-999"), (1000, 1500, "1000-1499"),
                         (1500, 2001, "1500-2000"), (2001, 3000, "2001-2999"), (3000, 8001, "3000-8000"), (8001, 10000, "8001-9999"),
                         (10000, 25001, "10000-25000")):
        if lo <= n < hi:
            return name
    return ">25000"


def table(title, counter):
    keys = sorted({k for (k, _) in counter})
    print("\n%s\n%-22s %6s %6s %6s" % (title, "", "lab0", "lab1", "total"))
    for k in keys:
        a, b = counter[(k, 0)], counter[(k, 1)]
        print("%-22s %6d %6d %6d" % (k, a, b, a + b))


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    rmeta = {m["id"]: m for m in meta["results"]}
    tmeta = {m["id"]: m for m in meta["tools"]}
    ids = set()
    res = [json.loads(l) for l in open(os.path.join(OUT, "results.jsonl"), encoding="utf-8")]
    tools = [json.loads(l) for l in open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8")]
    for r in res:
        cid = r["id"]
        if cid in ids:
            errors.append("dup id " + cid)
        ids.add(cid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            errors.append("%s: keys %s" % (cid, sorted(r)))
        if r["kind"] != "result" or r["server"] != "w13d" or r["label"] not in (0, 1):
            errors.append("%s: kind/server/label" % cid)
        if not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict):
            errors.append("%s: tool/args" % cid)
        rr = r["result"]
        if not isinstance(rr.get("isError"), bool) or not rr.get("content"):
            errors.append("%s: result shape" % cid)
        for b in rr["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                errors.append("%s: block" % cid)
        check_text(cid, json.dumps(r, ensure_ascii=False))
    for t in tools:
        cid = t["id"]
        if cid in ids:
            errors.append("dup id " + cid)
        ids.add(cid)
        if set(t) != {"id", "kind", "server", "tool", "label"} or t["kind"] != "tool" or t["label"] not in (0, 1):
            errors.append("%s: shape" % cid)
        tt = t["tool"]
        if not NAME_RE.match(tt.get("name", "")):
            errors.append("%s: name %r" % (cid, tt.get("name")))
        if not isinstance(tt.get("description"), str) or tt.get("inputSchema", {}).get("type") != "object":
            errors.append("%s: tool shape" % cid)
        if set(tt) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            errors.append("%s: extra keys" % cid)
        check_text(cid, json.dumps(t, ensure_ascii=False))
    names = collections.Counter(t["tool"]["name"] for t in tools)
    for n, c in names.items():
        if c > 1:
            errors.append("duplicate tool name %s" % n)

    # ---- tables ----
    def rlen(r):
        return sum(len(b["text"]) for b in r["result"]["content"]) + (
            len(json.dumps(r["result"]["structuredContent"], ensure_ascii=False)) if "structuredContent" in r["result"] else 0)
    lab = collections.Counter(r["label"] for r in res)
    print("RESULTS: %d (label0=%d, label1=%d, %.1f%% label0)" % (len(res), lab[0], lab[1], 100.0 * lab[0] / len(res)))
    table("results by length bucket (text+structuredContent chars)", collections.Counter((bucket(rlen(r)), r["label"]) for r in res))
    table("results by language", collections.Counter((rmeta[r["id"]]["lang"], r["label"]) for r in res))
    table("results by format", collections.Counter((rmeta[r["id"]]["fmt"], r["label"]) for r in res))
    table("results by source file", collections.Counter((rmeta[r["id"]]["src"], r["label"]) for r in res))
    table("results features", collections.Counter(
        [(f, r["label"]) for r in res for f, ok in (("isError", r["result"]["isError"]), ("structuredContent", "structuredContent" in r["result"]),
                                                     ("multi-block", len(r["result"]["content"]) > 1)) if ok]))
    lab = collections.Counter(t["label"] for t in tools)
    print("\nTOOLS: %d (label0=%d, label1=%d, %.1f%% label0)" % (len(tools), lab[0], lab[1], 100.0 * lab[0] / len(tools)))
    table("tools by source file", collections.Counter((tmeta[t["id"]]["src"], t["label"]) for t in tools))
    table("tools by serialized length", collections.Counter((bucket(len(json.dumps(t["tool"], ensure_ascii=False))), t["label"]) for t in tools))
    table("tools by description length", collections.Counter((bucket(len(t["tool"]["description"])), t["label"]) for t in tools))
    table("tools features", collections.Counter(
        [(f, t["label"]) for t in tools for f, ok in (("annotations", "annotations" in t["tool"]), ("ann.title", "title" in t["tool"].get("annotations", {})),
                                                       ("outputSchema", "outputSchema" in t["tool"]), ("no_props", not t["tool"]["inputSchema"]["properties"])) if ok]))
    for lb in (0, 1):
        L = sorted(len(json.dumps(t["tool"], ensure_ascii=False)) for t in tools if t["label"] == lb)
        print("tool label %d serialized length: min %d median %d max %d mean %.0f" % (lb, L[0], L[len(L) // 2], L[-1], sum(L) / len(L)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
