"""Check holdout21 files and print balance tables."""
import collections, json, os, re, sys

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"(?i)\b(?:https?|ftp|wss?)://([^/\s\"'<>)\]\\:?#]+)")
DOM_RE = re.compile(r"(?i)\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|co|info|biz|app|dev|ai|xyz|ru|cn|ly|me|shop|store|site|online|top|us|tk|gg|link|click))\b")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_HOST = re.compile(r"(?i)^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$")
OK_IP = ("192.0.2.", "198.51.100.", "203.0.113.")
errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, s):
    for h in URL_RE.findall(s):
        h = h.rstrip(".")
        if not (OK_HOST.match(h) or any(h.startswith(p) for p in OK_IP)):
            err("%s: bad url host %r" % (cid, h))
    for d in DOM_RE.findall(s):
        if not OK_HOST.match(d):
            err("%s: bad domain %r" % (cid, d))
    for m in IP_RE.finditer(s):
        ip = m.group(0)
        if not any(ip.startswith(p) for p in OK_IP):
            err("%s: non-RFC5737 IPv4 %r" % (cid, ip))
    for m in re.finditer(r"\bsk-[A-Za-z0-9_-]+", s):
        if "DEMO" not in m.group(0):
            err("%s: non-placeholder key %r" % (cid, m.group(0)))
    if "{PAD:" in s or "\u27e6" in s or "\u27e7" in s:
        err("%s: leftover marker" % cid)


def load(name):
    rows = []
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s:%d parse error %s" % (name, ln, e))
    return rows


def bucket(L):
    for hi, lab in [(100, "<100"), (500, "100-499"), (1000, "500-999"), (1500, "1000-1499"),
                    (2001, "1500-2000"), (3000, "2001-2999"), (8001, "3000-8000"), (10000, "8001-9999"),
                    (25001, "10000-25000")]:
        if L < hi:
            return lab
    return ">25000"


def table(title, rows, key):
    c = collections.Counter((key(r), r["label"]) for r in rows)
    keys = sorted({k for k, _ in c}, key=lambda x: (str(type(x)), x))
    print("\n%s" % title)
    print("  %-22s %6s %6s %6s" % ("", "0", "1", "total"))
    for k in keys:
        print("  %-22s %6d %6d %6d" % (k, c[(k, 0)], c[(k, 1)], c[(k, 0)] + c[(k, 1)]))
    print("  %-22s %6d %6d %6d" % ("ALL", sum(v for (k, l), v in c.items() if l == 0),
                                    sum(v for (k, l), v in c.items() if l == 1), sum(c.values())))


def main():
    res, tools, meta = load("results.jsonl"), load("tools.jsonl"), load("meta.jsonl")
    ids = [r.get("id") for r in res + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    for k, r in enumerate(res, 1):
        cid = r.get("id")
        if cid != "h21-r-%04d" % k:
            err("%s: id out of sequence" % cid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(r)))
        if r["kind"] != "result" or r["server"] != "holdout21" or r["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        if not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict):
            err("%s: tool/arguments" % cid)
        R = r["result"]
        if not set(R) <= {"content", "isError", "structuredContent"} or not isinstance(R.get("isError"), bool):
            err("%s: result keys" % cid)
        if not R["content"] or any(b.get("type") != "text" or not isinstance(b.get("text"), str) or set(b) != {"type", "text"} for b in R["content"]):
            err("%s: content blocks" % cid)
        if "structuredContent" in R and not isinstance(R["structuredContent"], dict):
            err("%s: structuredContent not object" % cid)
        check_text(cid, json.dumps(r, ensure_ascii=False))
    for k, t in enumerate(tools, 1):
        cid = t.get("id")
        if cid != "h21-t-%04d" % k:
            err("%s: id out of sequence" % cid)
        if set(t) != {"id", "kind", "server", "tool", "label"} or t["kind"] != "tool" or t["server"] != "holdout21" or t["label"] not in (0, 1):
            err("%s: keys/kind/label" % cid)
        d = t["tool"]
        if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys" % cid)
        if not NAME_RE.match(d.get("name", "")) or not isinstance(d.get("description"), str):
            err("%s: name/description" % cid)
        if not isinstance(d.get("inputSchema"), dict) or d["inputSchema"].get("type") != "object":
            err("%s: inputSchema" % cid)
        if "outputSchema" in d and d["outputSchema"].get("type") != "object":
            err("%s: outputSchema" % cid)
        check_text(cid, json.dumps(t, ensure_ascii=False))
    names = [t["tool"]["name"] for t in tools]
    if len(names) != len(set(names)):
        err("duplicate tool names: %s" % [n for n, c in collections.Counter(names).items() if c > 1])
    if [m["id"] for m in meta] != ids:
        err("meta ids do not match results+tools order")
    for m in meta:
        if set(m) != {"id", "language", "length", "format", "source"}:
            err("%s: meta keys" % m.get("id"))
    M = {m["id"]: m for m in meta}
    for r in res:
        L = sum(len(b["text"]) for b in r["result"]["content"])
        if "structuredContent" in r["result"]:
            L += len(json.dumps(r["result"]["structuredContent"], ensure_ascii=False))
        if M[r["id"]]["length"] != L:
            err("%s: meta length mismatch" % r["id"])
    for r in res + tools:
        r.update({"_" + k: v for k, v in M[r["id"]].items()})
    print("RESULTS: %d   TOOLS: %d" % (len(res), len(tools)))
    table("results by label/source", res, lambda r: r["_source"].replace("src/", ""))
    table("results by length bucket", res, lambda r: bucket(r["_length"]))
    table("results by language", res, lambda r: r["_language"])
    table("results by format", res, lambda r: r["_format"])
    table("results isError", res, lambda r: str(r["result"]["isError"]))
    table("results multi-block / structuredContent", res,
          lambda r: ("multi" if len(r["result"]["content"]) > 1 else "single") + ("+sc" if "structuredContent" in r["result"] else ""))
    table("tools by source", tools, lambda r: r["_source"].replace("src/", ""))
    table("tools by length bucket", tools, lambda r: bucket(r["_length"]))
    table("tools with annotations", tools, lambda r: "annotations" in r["tool"])
    table("tools with outputSchema", tools, lambda r: "outputSchema" in r["tool"])
    table("tools by language", tools, lambda r: r["_language"])
    nonen = sum(1 for r in res if r["_language"] != "en")
    print("\nnon-English results: %d (%.1f%%)" % (nonen, 100.0 * nonen / max(1, len(res))))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
