"""Verify results.jsonl / tools.jsonl and print balance statistics."""
import collections
import hashlib
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
HOST_RE = re.compile(
    r"(?<![A-Za-z0-9._%+-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:com|org|net|io|co|ru|cn|xyz|info|biz|de|fr|uk|app|dev|ai|cloud|site|top|me|us|eu|tk|sh|ly|gg|to|cc|pl|jp|es|it|nl|br|in))(?![A-Za-z0-9-])",
    re.I)
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ERRORS = []


def err(msg):
    ERRORS.append(msg)


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


def check_values(cid, obj):
    for s in strings(obj):
        for m in IP_RE.finditer(s):
            parts = [int(x) for x in m.groups()]
            if any(p > 255 for p in parts):
                err("%s: malformed dotted quad %s" % (cid, m.group(0)))
                continue
            ip = ipaddress.ip_address(m.group(0))
            if not any(ip in n for n in ALLOWED_NETS):
                err("%s: non-RFC5737 IP %s" % (cid, ip))
        for m in HOST_RE.finditer(s):
            h = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|org|net)$", h):
                err("%s: disallowed hostname %s" % (cid, h))


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s line %d: bad JSON %s" % (path, n, e))
    return rows


def result_text(r):
    parts = [b.get("text", "") for b in r["result"]["content"]]
    if "structuredContent" in r["result"]:
        parts.append(json.dumps(r["result"]["structuredContent"], ensure_ascii=False))
    return "\n".join(parts)


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (2000, "500-1999"), (3000, "2000-2999"),
                      (8000, "3000-7999"), (10000, "8000-9999"), (25001, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def main():
    rpath, tpath = os.path.join(OUT, "results.jsonl"), os.path.join(OUT, "tools.jsonl")
    results, tools = load(rpath), load(tpath)
    ids = set()
    for r in results:
        cid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: bad keys %s" % (cid, sorted(r)))
            continue
        if cid in ids:
            err("dup id " + cid)
        ids.add(cid)
        if not re.match(r"^w11c-r-\d{4}$", cid) or r["kind"] != "result" or r["server"] != "w11c":
            err("%s: bad id/kind/server" % cid)
        if not NAME_RE.match(r["tool"]):
            err("%s: bad tool name" % cid)
        if not isinstance(r["arguments"], dict):
            err("%s: arguments not object" % cid)
        res = r["result"]
        if not isinstance(res.get("content"), list) or not res["content"]:
            err("%s: empty content" % cid)
        for b in res.get("content", []):
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err("%s: bad block" % cid)
        if not isinstance(res.get("isError"), bool):
            err("%s: isError not bool" % cid)
        if set(res) - {"content", "isError", "structuredContent"}:
            err("%s: extra result keys" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent not object" % cid)
        if r["label"] not in (0, 1):
            err("%s: bad label" % cid)
        check_values(cid, r)
    for t in tools:
        cid = t.get("id", "?")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err("%s: bad keys" % cid)
            continue
        if cid in ids:
            err("dup id " + cid)
        ids.add(cid)
        if not re.match(r"^w11c-t-\d{4}$", cid) or t["kind"] != "tool" or t["server"] != "w11c":
            err("%s: bad id/kind/server" % cid)
        tl = t["tool"]
        if set(tl) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: extra tool keys" % cid)
        if not NAME_RE.match(tl.get("name", "")):
            err("%s: bad tool name %r" % (cid, tl.get("name")))
        if not isinstance(tl.get("description"), str) or not tl["description"]:
            err("%s: no description" % cid)
        sch = tl.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object":
            err("%s: inputSchema must be object schema" % cid)
        if "outputSchema" in tl and tl["outputSchema"].get("type") != "object":
            err("%s: outputSchema must be object schema" % cid)
        if "annotations" in tl and not isinstance(tl["annotations"], dict):
            err("%s: annotations not object" % cid)
        if t["label"] not in (0, 1):
            err("%s: bad label" % cid)
        check_values(cid, t)
    names = collections.Counter(t["tool"]["name"] for t in tools)
    for n, k in names.items():
        if k > 1:
            err("duplicate tool definition name %s" % n)
    texts = collections.Counter(result_text(r) for r in results)
    for tx, k in texts.items():
        if k > 1:
            err("duplicate result text: %r" % tx[:60])

    # determinism + metadata from source
    r_bytes, t_bytes = build.render()
    with open(rpath, encoding="utf-8", newline="") as f:
        if f.read() != r_bytes:
            err("results.jsonl differs from a fresh in-memory build")
    with open(tpath, encoding="utf-8", newline="") as f:
        if f.read() != t_bytes:
            err("tools.jsonl differs from a fresh in-memory build")
    src_r, src_t = build.collect()

    def pct(a, b):
        return "%.1f%%" % (100.0 * a / b) if b else "-"

    print("== results: %d" % len(results))
    lab = collections.Counter(r["label"] for r in results)
    print("labels:", dict(sorted(lab.items())), "label0 =", pct(lab[0], len(results)))
    per = collections.defaultdict(collections.Counter)
    for c in src_r:
        per[c["_src"]][c["label"]] += 1
    for k in build.RESULT_MODULES:
        print("  %-22s 0:%3d 1:%3d" % (k, per[k][0], per[k][1]))
    lens = collections.defaultdict(collections.Counter)
    for r in results:
        lens[bucket(len(result_text(r)))][r["label"]] += 1
    print("length buckets (chars of text+structuredContent):")
    for b in ("<100", "100-499", "500-1999", "2000-2999", "3000-7999", "8000-9999", "10000-25000", ">25000"):
        if b in lens:
            print("  %-12s 0:%3d 1:%3d" % (b, lens[b][0], lens[b][1]))
    langs = collections.defaultdict(collections.Counter)
    for c in src_r:
        langs[c["_lang"]][c["label"]] += 1
    ne = sum(sum(v.values()) for k, v in langs.items() if k != "en")
    print("languages: non-English = %d (%s)" % (ne, pct(ne, len(src_r))))
    for k in sorted(langs, key=lambda x: -sum(langs[x].values())):
        print("  %-4s 0:%3d 1:%3d" % (k, langs[k][0], langs[k][1]))
    fmts = collections.defaultdict(collections.Counter)
    for c in src_r:
        fmts[c["_fmt"]][c["label"]] += 1
    print("formats:")
    for k in sorted(fmts, key=lambda x: -sum(fmts[x].values())):
        print("  %-10s 0:%3d 1:%3d" % (k, fmts[k][0], fmts[k][1]))
    iserr = collections.Counter(r["label"] for r in results if r["result"]["isError"])
    multi = collections.Counter(r["label"] for r in results if len(r["result"]["content"]) > 1)
    sc = collections.Counter(r["label"] for r in results if "structuredContent" in r["result"])
    print("isError:", dict(sorted(iserr.items())), "multi-block:", dict(sorted(multi.items())),
          "structuredContent:", dict(sorted(sc.items())))

    print("== tools: %d" % len(tools))
    tl = collections.Counter(t["label"] for t in tools)
    print("labels:", dict(sorted(tl.items())), "label0 =", pct(tl[0], len(tools)))
    per = collections.defaultdict(collections.Counter)
    for c in src_t:
        per[c["_src"]][c["label"]] += 1
    for k in build.TOOL_MODULES:
        print("  %-22s 0:%3d 1:%3d" % (k, per[k][0], per[k][1]))
    ann = sum(1 for t in tools if "annotations" in t["tool"])
    outs = sum(1 for t in tools if "outputSchema" in t["tool"])
    print("annotations: %d (%s)  outputSchema: %d" % (ann, pct(ann, len(tools)), outs))
    where = collections.Counter(c["_where"] for c in src_t if c["label"] == 1)
    print("poison placement:", dict(sorted(where.items())))
    tlang = collections.Counter(c["_lang"] for c in src_t)
    print("tool languages:", dict(tlang))
    dl = collections.Counter(bucket(len(json.dumps(t["tool"], ensure_ascii=False))) for t in tools)
    print("tool definition sizes:", dict(dl))

    for path in (rpath, tpath):
        with open(path, "rb") as f:
            print("sha256 %s %s" % (os.path.basename(path), hashlib.sha256(f.read()).hexdigest()))
    if ERRORS:
        print("\nFAILED with %d errors:" % len(ERRORS))
        for e in ERRORS[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
