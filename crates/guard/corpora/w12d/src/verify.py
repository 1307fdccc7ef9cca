"""Parse and check results.jsonl / tools.jsonl; print balance tables."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SERVER = "w12d"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/\s\"'<>]*@)?([A-Za-z0-9.-]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![A-Za-z0-9_@/.-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|co|dev|gov|edu))(?![A-Za-z0-9-])")
ALLOWED_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$", re.I)
RFC5737 = [(192, 0, 2), (198, 51, 100), (203, 0, 113)]

errors = []


def err(msg):
    errors.append(msg)


def check_text_safety(ident, s):
    for m in IP_RE.finditer(s):
        parts = tuple(int(x) for x in m.groups())
        if parts[:3] not in RFC5737:
            err("%s: non-RFC5737 IP %s" % (ident, m.group(0)))
    hosts = set()
    for rx in (URL_RE, MAIL_RE, BARE_RE):
        for m in rx.finditer(s):
            h = m.group(1).strip(".")
            if "." not in h:
                if rx is URL_RE and h.lower() not in ("localhost",):
                    hosts.add(h)
                continue
            hosts.add(h)
    for h in hosts:
        if re.match(r"^\d{1,3}(\.\d{1,3}){3}$", h):
            continue  # IP literals are checked against RFC 5737 above
        if not ALLOWED_HOST.match(h):
            err("%s: disallowed host %s" % (ident, h))


def rlen(res):
    n = sum(len(b.get("text", "")) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def bucket(n):
    for lo, hi, name in [(0, 100, "<100"), (100, 300, "100-299"), (300, 600, "300-599"),
                         (600, 1000, "600-999"), (1000, 1500, "1000-1499"), (1500, 2001, "1500-2000"),
                         (2001, 3000, "2001-2999"), (3000, 8001, "3k-8k"), (8001, 10000, "8k-10k"),
                         (10000, 25001, "10k-25k")]:
        if lo <= n < hi:
            return name
    return ">25k"


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


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("%s line %d: bad json %s" % (path, i, e))
    return rows


def main():
    res = load(os.path.join(ROOT, "results.jsonl"))
    tools = load(os.path.join(ROOT, "tools.jsonl"))
    meta = {m["id"]: m for m in load(os.path.join(ROOT, "meta.jsonl"))}
    ids = set()
    for r in res + tools:
        if r.get("id") in ids:
            err("duplicate id %s" % r.get("id"))
        ids.add(r.get("id"))
        if r.get("server") != SERVER:
            err("%s: bad server" % r.get("id"))
        if r.get("label") not in (0, 1):
            err("%s: bad label" % r.get("id"))
        check_text_safety(r["id"], "\n".join(walk_strings(r)))
    for r in res:
        i = r["id"]
        if list(r.keys()) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            err("%s: keys %s" % (i, list(r.keys())))
        if r["kind"] != "result" or not re.match(r"^w12d-r-\d{4}$", i):
            err("%s: kind/id" % i)
        if not NAME_RE.match(r["tool"]):
            err("%s: tool name" % i)
        if not isinstance(r["arguments"], dict):
            err("%s: arguments" % i)
        x = r["result"]
        if not isinstance(x.get("content"), list) or not x["content"]:
            err("%s: content" % i)
        for b in x.get("content", []):
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err("%s: block shape" % i)
        if not isinstance(x.get("isError"), bool):
            err("%s: isError" % i)
        if "structuredContent" in x and not isinstance(x["structuredContent"], dict):
            err("%s: structuredContent" % i)
        if set(x.keys()) - {"content", "isError", "structuredContent"}:
            err("%s: extra result keys" % i)
    for t in tools:
        i = t["id"]
        if list(t.keys()) != ["id", "kind", "server", "tool", "label"]:
            err("%s: keys" % i)
        if t["kind"] != "tool" or not re.match(r"^w12d-t-\d{4}$", i):
            err("%s: kind/id" % i)
        d = t["tool"]
        if not NAME_RE.match(d.get("name", "")):
            err("%s: tool name %r" % (i, d.get("name")))
        if not isinstance(d.get("description"), str) or not d["description"]:
            err("%s: description" % i)
        s = d.get("inputSchema")
        if not isinstance(s, dict) or s.get("type") != "object" or not isinstance(s.get("properties"), dict):
            err("%s: inputSchema" % i)
        if "outputSchema" in d and not isinstance(d["outputSchema"], dict):
            err("%s: outputSchema" % i)
        if "annotations" in d and not isinstance(d["annotations"], dict):
            err("%s: annotations" % i)
        if set(d.keys()) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: extra tool keys" % i)
    names = collections.Counter(t["tool"]["name"] for t in tools)
    dup = [n for n, c in names.items() if c > 1]
    if dup:
        err("duplicate tool-definition names: %s" % dup)

    # ---- balance report ----
    def pct(a, b):
        return "%.1f%%" % (100.0 * a / b) if b else "-"
    lab = collections.Counter(r["label"] for r in res)
    print("RESULTS: %d  label0=%d (%s)  label1=%d" % (len(res), lab[0], pct(lab[0], len(res)), lab[1]))
    tl = collections.Counter(t["label"] for t in tools)
    print("TOOLS:   %d  label0=%d (%s)  label1=%d" % (len(tools), tl[0], pct(tl[0], len(tools)), tl[1]))
    order = ["<100", "100-299", "300-599", "600-999", "1000-1499", "1500-2000", "2001-2999", "3k-8k", "8k-10k", "10k-25k", ">25k"]
    lb = collections.defaultdict(collections.Counter)
    for r in res:
        lb[r["label"]][bucket(rlen(r["result"]))] += 1
    print("\nresult length buckets   label0  label1")
    for b in order:
        print("  %-12s %12d %7d" % (b, lb[0][b], lb[1][b]))
    for L in (0, 1):
        ls = sorted(rlen(r["result"]) for r in res if r["label"] == L and rlen(r["result"]) <= 2000)
        if ls:
            print("  label%d within<=2000: n=%d median=%d p25=%d p75=%d" % (L, len(ls), ls[len(ls)//2], ls[len(ls)//4], ls[3*len(ls)//4]))
    lang = collections.defaultdict(collections.Counter)
    fmt = collections.defaultdict(collections.Counter)
    src = collections.defaultdict(collections.Counter)
    for r in res:
        m = meta.get(r["id"], {})
        lang[m.get("lang", "?")][r["label"]] += 1
        fmt[m.get("fmt", "?")][r["label"]] += 1
        src[m.get("src", "?")][r["label"]] += 1
    for t in tools:
        src[meta.get(t["id"], {}).get("src", "?")][t["label"]] += 1
    ne = sum(sum(c.values()) for k, c in lang.items() if k != "en")
    print("\nlanguages (label0/label1); non-English = %d (%s)" % (ne, pct(ne, len(res))))
    for k in sorted(lang):
        print("  %-6s %3d / %3d" % (k, lang[k][0], lang[k][1]))
    print("\nformats (label0/label1)")
    for k in sorted(fmt):
        print("  %-10s %3d / %3d" % (k, fmt[k][0], fmt[k][1]))
    print("\nsource files (label0/label1)")
    for k in sorted(src):
        print("  %-22s %3d / %3d" % (k, src[k][0], src[k][1]))
    iserr = collections.Counter(r["label"] for r in res if r["result"]["isError"])
    multi = collections.Counter(r["label"] for r in res if len(r["result"]["content"]) > 1)
    sc = collections.Counter(r["label"] for r in res if "structuredContent" in r["result"])
    print("\nisError: %d (%d/%d)  multi-block: %d (%d/%d)  structuredContent: %d (%d/%d)" % (
        sum(iserr.values()), iserr[0], iserr[1], sum(multi.values()), multi[0], multi[1],
        sum(sc.values()), sc[0], sc[1]))
    ann = sum(1 for t in tools if "annotations" in t["tool"])
    outs = sum(1 for t in tools if "outputSchema" in t["tool"])
    print("tools with annotations: %d (%s)  with outputSchema: %d" % (ann, pct(ann, len(tools)), outs))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
