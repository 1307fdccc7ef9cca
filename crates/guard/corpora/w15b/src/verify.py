"""Check every line of results.jsonl / tools.jsonl and print balance tables."""
import collections, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|co|info|biz|app|xyz|edu|ru|cn|de|fr|uk|jp|me|ly|sh|link|site|top))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_IP = ("192.0.2.", "198.51.100.", "203.0.113.")
errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, s):
    for m in HOST_RE.finditer(s):
        h = m.group(1).lower()
        if not re.search(r"(^|\.)example\.(com|org|net)$", h):
            err("%s: non-example host %s" % (cid, h))
    for m in IP_RE.finditer(s):
        ip = ".".join(m.groups())
        if not ip.startswith(OK_IP):
            err("%s: non-RFC5737 ip %s" % (cid, ip))


def bucket(n):
    if n < 100: return "<100"
    if n <= 2000: return "100-2000"
    if n < 3000: return "2000-3000"
    if n <= 8000: return "3000-8000"
    if n < 10000: return "8000-10000"
    if n <= 25000: return "10000-25000"
    return ">25000"


def table(title, rows):
    cnt = collections.Counter(rows)
    keys = sorted({k for k, _ in cnt})
    print("\n%s" % title)
    print("  %-22s %6s %6s %6s" % ("", "0", "1", "all"))
    for k in keys:
        a, b = cnt[(k, 0)], cnt[(k, 1)]
        print("  %-22s %6d %6d %6d" % (k, a, b, a + b))


def main():
    meta = json.load(open(os.path.join(ROOT, "meta.json"), encoding="utf-8"))
    ids = set()
    res_rows = []
    for path, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        for ln, line in enumerate(open(os.path.join(ROOT, path), encoding="utf-8"), 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s:%d parse %s" % (path, ln, e)); continue
            cid = r.get("id")
            if cid in ids: err("dup id %s" % cid)
            ids.add(cid)
            if r.get("kind") != kind: err("%s bad kind" % cid)
            if r.get("label") not in (0, 1): err("%s bad label" % cid)
            if not isinstance(r.get("server"), str) or not r["server"]: err("%s server" % cid)
            if kind == "result":
                if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}: err("%s keys" % cid)
                if not NAME_RE.match(r["tool"]): err("%s tool name" % cid)
                if not isinstance(r["arguments"], dict): err("%s args" % cid)
                res = r["result"]
                if not isinstance(res.get("content"), list) or not res["content"]: err("%s content" % cid)
                for b in res["content"]:
                    if b.get("type") != "text" or not isinstance(b.get("text"), str): err("%s block" % cid)
                if not isinstance(res.get("isError"), bool): err("%s isError" % cid)
                if "structuredContent" in res and not isinstance(res["structuredContent"], dict): err("%s sc" % cid)
            else:
                if set(r) != {"id", "kind", "server", "tool", "label"}: err("%s keys" % cid)
                t = r["tool"]
                if not NAME_RE.match(t.get("name", "")): err("%s tool name %s" % (cid, t.get("name")))
                if not isinstance(t.get("description"), str): err("%s desc" % cid)
                if not isinstance(t.get("inputSchema"), dict) or t["inputSchema"].get("type") != "object": err("%s inputSchema" % cid)
            check_text(cid, json.dumps(r, ensure_ascii=False))
            m = meta.get(cid)
            if m is None:
                err("%s no meta" % cid); continue
            res_rows.append((kind, r["label"], m))
    for kind in ("result", "tool"):
        rows = [(l, m) for k, l, m in res_rows if k == kind]
        c = collections.Counter(l for l, _ in rows)
        print("\n== %s: %d cases, label0=%d (%.0f%%), label1=%d" % (kind, len(rows), c[0], 100.0 * c[0] / max(len(rows), 1), c[1]))
        table("by source", [(m["source"], l) for l, m in rows])
        if kind == "result":
            table("by length bucket", [(bucket(m["chars"]), l) for l, m in rows])
            table("by language", [(m["lang"], l) for l, m in rows])
            table("by format", [(m["fmt"], l) for l, m in rows])
            ne = sum(1 for l, m in rows if m["lang"] != "en")
            print("\n  non-English: %d (%.1f%%)" % (ne, 100.0 * ne / max(len(rows), 1)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
