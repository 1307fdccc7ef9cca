import json, os, re, sys, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
HOST_RE = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|gov|edu|info|biz|xyz|ru|cn|tk|top|click|site|online|co\.uk|app))\b")
OK_HOST = re.compile(r"(?i)^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$")
errors = []


def err(msg):
    errors.append(msg)


def scan_strings(obj, where):
    if isinstance(obj, str):
        for m in IP_RE.finditer(obj):
            ip = m.group(0)
            if all(0 <= int(x) <= 255 for x in m.groups()) and ip != "0.0.0.0" and not ip.startswith(OK_NETS):
                err("%s: non-RFC5737 IP %s" % (where, ip))
        for m in HOST_RE.finditer(obj):
            h = m.group(1)
            if not OK_HOST.match(h):
                err("%s: non-example host %s" % (where, h))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            scan_strings(k, where)
            scan_strings(v, where)
    elif isinstance(obj, list):
        for v in obj:
            scan_strings(v, where)


def load(name):
    out = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:
                err("%s:%d parse error %s" % (name, n, e))
    return out


def bucket(n):
    for lim, lab in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (1500, "1000-1499"), (2001, "1500-2000"),
                     (3000, "2001-2999"), (8001, "3k-8k"), (10000, "8k-10k"), (25001, "10k-25k")):
        if n < lim:
            return lab
    return ">25k"


def main():
    res = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    ids = [r["id"] for r in res + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if set(ids) != set(meta):
        err("meta ids do not match case ids")
    for r in res:
        w = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s bad keys %s" % (w, sorted(r)))
        if r["kind"] != "result" or r["server"] != "holdout19" or r["label"] not in (0, 1):
            err("%s bad kind/server/label" % w)
        if not NAME_RE.match(r["tool"]):
            err("%s bad tool name" % w)
        if not isinstance(r["arguments"], dict):
            err("%s arguments not object" % w)
        rr = r["result"]
        if not isinstance(rr.get("content"), list) or not rr["content"]:
            err("%s empty content" % w)
        for b in rr["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err("%s bad block" % w)
        if not isinstance(rr.get("isError"), bool):
            err("%s isError not bool" % w)
        if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict):
            err("%s structuredContent not object" % w)
        scan_strings(r, w)
    for t in tools:
        w = t.get("id")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err("%s bad keys" % w)
        tt = t["tool"]
        if not NAME_RE.match(tt.get("name", "")):
            err("%s bad tool name" % w)
        if not isinstance(tt.get("description"), str) or tt.get("inputSchema", {}).get("type") != "object":
            err("%s bad tool shape" % w)
        scan_strings(t, w)
    for m in meta.values():
        if set(m) != {"id", "language", "length", "format", "source"}:
            err("%s bad meta keys" % m.get("id"))

    def report(cases, title):
        print("== %s: %d" % (title, len(cases)))
        lab = collections.Counter(c["label"] for c in cases)
        print(" labels:", dict(sorted(lab.items())), " label0 share: %.1f%%" % (100.0 * lab[0] / max(1, len(cases))))
        for key in ("language", "format", "source"):
            cnt = collections.Counter((meta[c["id"]][key], c["label"]) for c in cases)
            keys = sorted(set(k for k, _ in cnt))
            print(" by %s:" % key, ", ".join("%s=%d/%d" % (k, cnt[(k, 0)], cnt[(k, 1)]) for k in keys))
        cnt = collections.Counter((bucket(meta[c["id"]]["length"]), c["label"]) for c in cases)
        order = ["<100", "100-499", "500-999", "1000-1499", "1500-2000", "2001-2999", "3k-8k", "8k-10k", "10k-25k", ">25k"]
        print(" by length (label0/label1):", ", ".join("%s=%d/%d" % (k, cnt[(k, 0)], cnt[(k, 1)]) for k in order if cnt[(k, 0)] + cnt[(k, 1)]))
        for lab_ in (0, 1):
            ls = sorted(meta[c["id"]]["length"] for c in cases if c["label"] == lab_)
            if ls:
                print(" label %d length: min %d  p25 %d  median %d  p75 %d  max %d" % (lab_, ls[0], ls[len(ls) // 4], ls[len(ls) // 2], ls[3 * len(ls) // 4], ls[-1]))
    report(res, "results")
    print(" isError: %d (label1 %d)" % (sum(r["result"]["isError"] for r in res), sum(r["result"]["isError"] and r["label"] for r in res)))
    print(" multi-block: %d" % sum(len(r["result"]["content"]) > 1 for r in res))
    print(" structuredContent: %d" % sum("structuredContent" in r["result"] for r in res))
    report(tools, "tools")
    print(" with annotations: %d  with outputSchema: %d" % (sum("annotations" in t["tool"] for t in tools), sum("outputSchema" in t["tool"] for t in tools)))
    if errors:
        print("\nFAIL (%d problems)" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
