"""Parse and shape-check results.jsonl / tools.jsonl / meta.jsonl, check fake-only
hosts and IPs, and print label / length / language / format balance."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\,;?#]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|co|app|dev|info|biz|xyz|me|ly|tv|us|uk|de|fr|es|it|nl|pl|ru|cn|jp|kr|br|gov))(?![\w-])", re.I)
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def check_text(cid, obj):
    for s in strings(obj):
        for m in IP_RE.finditer(s):
            parts = [int(x) for x in m.groups()]
            if all(p <= 255 for p in parts):
                ip = ipaddress.ip_address(".".join(map(str, parts)))
                if not any(ip in n for n in NETS):
                    err(cid, "non-RFC5737 IP %s" % ip)
        hosts = [h for h in URL_RE.findall(s)] + MAIL_RE.findall(s) + BARE_RE.findall(s)
        for h in hosts:
            h = h.split(":")[0].strip(".").lower()
            if not h or re.fullmatch(r"[\d.]+", h) or h in ("localhost",):
                continue
            if "{" in h or "<" in h:
                continue
            if not OK_HOST.search(h):
                err(cid, "non-example host %r" % h)


def length(obj):
    if obj["kind"] == "result":
        n = sum(len(b["text"]) for b in obj["result"]["content"])
        if "structuredContent" in obj["result"]:
            n += len(json.dumps(obj["result"]["structuredContent"], ensure_ascii=False))
        return n
    return len(json.dumps(obj["tool"], ensure_ascii=False))


def load(fname):
    rows = []
    with open(os.path.join(OUT, fname), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errors.append("%s line %d: bad JSON %s" % (fname, i, e))
    return rows


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000),
                   (3000, 8000), (8000, 10000), (10000, 25000)):
        if lo <= n < hi:
            return "%5d-%-5d" % (lo, hi)
    return "  25000+   "


def main():
    results, tools, meta = load("results.jsonl"), load("tools.jsonl"), load("meta.jsonl")
    ids = [r.get("id") for r in results + tools]
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    if dup:
        errors.append("duplicate ids: %s" % dup[:5])
    for r in results:
        cid = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(cid, "bad keys %s" % sorted(r))
        if r.get("kind") != "result" or r.get("server") != "holdout18" or r.get("label") not in (0, 1):
            err(cid, "bad kind/server/label")
        if not NAME_RE.match(r.get("tool", "")):
            err(cid, "bad tool name")
        if not isinstance(r.get("arguments"), dict):
            err(cid, "arguments not object")
        res = r.get("result", {})
        if not isinstance(res.get("content"), list) or not res["content"]:
            err(cid, "no content")
        for b in res.get("content", []):
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err(cid, "bad content block")
        if not isinstance(res.get("isError"), bool):
            err(cid, "isError not bool")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(cid, "structuredContent not object")
        check_text(cid, r)
    for t in tools:
        cid = t.get("id")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(cid, "bad keys")
        if t.get("kind") != "tool" or t.get("server") != "holdout18" or t.get("label") not in (0, 1):
            err(cid, "bad kind/server/label")
        tool = t.get("tool", {})
        if not NAME_RE.match(tool.get("name", "")):
            err(cid, "bad tool name %r" % tool.get("name"))
        if not isinstance(tool.get("description"), str) or not tool["description"]:
            err(cid, "no description")
        sch = tool.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object":
            err(cid, "bad inputSchema")
        if "outputSchema" in tool and tool["outputSchema"].get("type") != "object":
            err(cid, "bad outputSchema")
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations", "title"}:
            err(cid, "unexpected tool keys")
        check_text(cid, t)
    names = [t["tool"]["name"] for t in tools]
    dn = [k for k, v in collections.Counter(names).items() if v > 1]
    if dn:
        errors.append("duplicate tool names: %s" % dn)
    # meta consistency
    by_id = {x["id"]: x for x in results + tools}
    if len(meta) != len(by_id):
        errors.append("meta count mismatch")
    for m in meta:
        if set(m) != {"id", "kind", "language", "length", "format", "source"}:
            err(m.get("id"), "bad meta keys")
        o = by_id.get(m["id"])
        if o is None:
            err(m["id"], "meta id unknown")
        elif length(o) != m["length"]:
            err(m["id"], "meta length mismatch")
    metad = {m["id"]: m for m in meta}

    # ---- report
    def pct(a, b):
        return "%.1f%%" % (100.0 * a / b) if b else "-"
    print("RESULTS: %d  (label0 %d = %s, label1 %d)" % (len(results), sum(r["label"] == 0 for r in results),
          pct(sum(r["label"] == 0 for r in results), len(results)), sum(r["label"] == 1 for r in results)))
    print("TOOLS:   %d  (label0 %d = %s, label1 %d)" % (len(tools), sum(t["label"] == 0 for t in tools),
          pct(sum(t["label"] == 0 for t in tools), len(tools)), sum(t["label"] == 1 for t in tools)))
    print("results isError=%d multi-block=%d structuredContent=%d" % (
        sum(r["result"]["isError"] for r in results),
        sum(len(r["result"]["content"]) > 1 for r in results),
        sum("structuredContent" in r["result"] for r in results)))
    for lab in (0, 1):
        print("  isError label%d: %d" % (lab, sum(r["result"]["isError"] and r["label"] == lab for r in results)))
    print("tools with annotations: %d (%s)" % (sum("annotations" in t["tool"] for t in tools),
          pct(sum("annotations" in t["tool"] for t in tools), len(tools))))
    print("\nresult length buckets      label0  label1")
    bk = collections.Counter((bucket(metad[r["id"]]["length"]), r["label"]) for r in results)
    for b in sorted({k[0] for k in bk}, key=lambda s: int(s.split("-")[0].strip() or 0)):
        print("  %s          %5d   %5d" % (b, bk[(b, 0)], bk[(b, 1)]))
    for lab in (0, 1):
        ls = sorted(metad[r["id"]]["length"] for r in results if r["label"] == lab)
        if ls:
            print("  label%d length median %d, mean %d, 100-2000 share %s" % (
                lab, ls[len(ls) // 2], sum(ls) // len(ls), pct(sum(100 <= x <= 2000 for x in ls), len(ls))))
    print("\nresult languages (label0/label1):")
    lc = collections.Counter((metad[r["id"]]["language"], r["label"]) for r in results)
    langs = sorted({k[0] for k in lc})
    print("  " + ", ".join("%s %d/%d" % (l, lc[(l, 0)], lc[(l, 1)]) for l in langs))
    ne = sum(metad[r["id"]]["language"] != "en" for r in results)
    print("  non-English results: %d (%s)" % (ne, pct(ne, len(results))))
    print("\nresult formats:")
    fc = collections.Counter(metad[r["id"]]["format"] for r in results)
    print("  " + ", ".join("%s %d" % kv for kv in sorted(fc.items())))
    print("\nper source file (label0/label1):")
    sc = collections.Counter((metad[x["id"]]["source"], x["label"]) for x in results + tools)
    for s in sorted({k[0] for k in sc}):
        print("  %-26s %4d / %4d" % (s, sc[(s, 0)], sc[(s, 1)]))
    tl = sorted(metad[t["id"]]["length"] for t in tools)
    if tl:
        print("\ntool definition length: min %d, median %d, max %d" % (tl[0], tl[len(tl) // 2], tl[-1]))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
