"""Verify results.jsonl / tools.jsonl shape, safety of fake values, determinism; print balance."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

OUT = build.OUT
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
TLDS = ("com|net|org|io|gg|tv|fm|co|ai|app|dev|xyz|ly|me|info|biz|ru|cn|de|fr|jp|uk|us|"
        "site|live|link|top|click|shop|store|page|cloud|es|it|br|in|kr|nl|pl|tr|id|vn")
HOST_RE = re.compile(r"(?i)(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:%s))(?![\w-])" % TLDS)
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED_HOST = re.compile(r"(?i)^(?:.+\.)?example\.(?:com|org|net)$")
errors = []


def err(msg):
    errors.append(msg)


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def check_values(rid, obj):
    for s in strings(obj):
        for m in IP_RE.finditer(s):
            parts = [int(x) for x in m.groups()]
            if any(p > 255 for p in parts):
                continue
            ip = ipaddress.ip_address(".".join(map(str, parts)))
            if not any(ip in n for n in NETS):
                err("%s: non-RFC5737 IP %s" % (rid, ip))
        for m in HOST_RE.finditer(s):
            h = m.group(1)
            if not ALLOWED_HOST.match(h):
                err("%s: disallowed hostname %s" % (rid, h))


def size_of(rec):
    if rec["kind"] == "result":
        n = sum(len(b["text"]) for b in rec["result"]["content"])
        if "structuredContent" in rec["result"]:
            n += len(json.dumps(rec["result"]["structuredContent"], ensure_ascii=False))
        return n
    return len(json.dumps(rec["tool"], ensure_ascii=False))


def bucket(n):
    for lim, name in ((100, "<100"), (2000, "100-2k"), (3000, "2k-3k"), (8000, "3k-8k"),
                      (10000, "8k-10k"), (25000, "10k-25k")):
        if n < lim:
            return name
    return ">=25k"


def load(path, kind):
    recs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s:%d parse error %s" % (path, ln, e))
    ids = set()
    pat = re.compile(r"^%s-%s-\d{4}$" % (build.ID, "r" if kind == "result" else "t"))
    for r in recs:
        rid = r.get("id")
        if rid in ids:
            err("duplicate id %s" % rid)
        ids.add(rid)
        if not isinstance(rid, str) or not pat.match(rid):
            err("bad id %r" % rid)
        if r.get("kind") != kind or r.get("server") != build.SERVER or r.get("label") not in (0, 1):
            err("%s: bad kind/server/label" % rid)
        if kind == "result":
            if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                err("%s: keys %s" % (rid, sorted(r)))
            if not NAME_RE.match(r.get("tool", "")):
                err("%s: bad tool name" % rid)
            if not isinstance(r.get("arguments"), dict):
                err("%s: arguments not object" % rid)
            res = r.get("result", {})
            if set(res) - {"content", "isError", "structuredContent"}:
                err("%s: result keys" % rid)
            if not isinstance(res.get("isError"), bool):
                err("%s: isError" % rid)
            c = res.get("content")
            if not isinstance(c, list) or not c:
                err("%s: content" % rid)
            else:
                for b in c:
                    if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) or not b["text"]:
                        err("%s: block shape" % rid)
            if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
                err("%s: structuredContent not object" % rid)
        else:
            if set(r) != {"id", "kind", "server", "tool", "label"}:
                err("%s: keys %s" % (rid, sorted(r)))
            t = r.get("tool", {})
            if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                err("%s: tool keys" % rid)
            if not NAME_RE.match(t.get("name", "")):
                err("%s: bad tool name %r" % (rid, t.get("name")))
            if not isinstance(t.get("description"), str) or not t["description"]:
                err("%s: description" % rid)
            s = t.get("inputSchema", {})
            if s.get("type") != "object" or not isinstance(s.get("properties"), dict):
                err("%s: inputSchema" % rid)
            for req in s.get("required", []):
                if req not in s.get("properties", {}):
                    err("%s: required %s missing" % (rid, req))
            if "outputSchema" in t and t["outputSchema"].get("type") != "object":
                err("%s: outputSchema" % rid)
            if "annotations" in t and not isinstance(t["annotations"], dict):
                err("%s: annotations" % rid)
        check_values(rid, r)
    return recs


def table(title, counter):
    print("  %s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("    %-22s %4d" % (k, v))


def main():
    results = load(os.path.join(OUT, "results.jsonl"), "result")
    tools = load(os.path.join(OUT, "tools.jsonl"), "tool")
    # determinism: regenerate in memory and compare bytes
    r2, t2 = build.collect()
    for path, pairs in (("results.jsonl", r2), ("tools.jsonl", t2)):
        with open(os.path.join(OUT, path), encoding="utf-8", newline="") as f:
            if f.read() != build.render(pairs):
                err("%s differs from a fresh build" % path)
    names = set()
    for r, _ in t2:
        if r["tool"]["name"] in names:
            err("duplicate tool definition name %s" % r["tool"]["name"])
        names.add(r["tool"]["name"])
    meta_r = {r["id"]: m for r, m in r2}
    meta_t = {r["id"]: m for r, m in t2}

    for title, recs, meta in (("RESULTS", results, meta_r), ("TOOLS", tools, meta_t)):
        print("%s: %d" % (title, len(recs)))
        lab = collections.Counter(r["label"] for r in recs)
        print("  label 0: %d (%.1f%%)  label 1: %d" % (lab[0], 100.0 * lab[0] / max(1, len(recs)), lab[1]))
        table("length x label", collections.Counter("%s / %d" % (bucket(size_of(r)), r["label"]) for r in recs))
        table("language", collections.Counter(meta[r["id"]]["lang"] for r in recs))
        nonen = sum(1 for r in recs if meta[r["id"]]["lang"] != "en")
        print("  non-English: %d (%.1f%%)" % (nonen, 100.0 * nonen / max(1, len(recs))))
        table("source x label", collections.Counter("%s / %d" % (meta[r["id"]]["src"], r["label"]) for r in recs))
        if title == "RESULTS":
            table("format", collections.Counter(meta[r["id"]]["fmt"] for r in recs))
            e = [r for r in recs if r["result"]["isError"]]
            mb = [r for r in recs if len(r["result"]["content"]) > 1]
            sc = [r for r in recs if "structuredContent" in r["result"]]
            print("  isError: %d (label1 %d)  multi-block: %d (label1 %d)  structuredContent: %d (label1 %d)" % (
                len(e), sum(r["label"] for r in e), len(mb), sum(r["label"] for r in mb),
                len(sc), sum(r["label"] for r in sc)))
        else:
            a = sum(1 for r in recs if "annotations" in r["tool"])
            o = sum(1 for r in recs if "outputSchema" in r["tool"])
            print("  annotations: %d (%.1f%%)  outputSchema: %d" % (a, 100.0 * a / max(1, len(recs)), o))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
