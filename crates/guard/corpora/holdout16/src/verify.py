"""Verify results.jsonl / tools.jsonl shape and print balance statistics."""
import collections
import ipaddress
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
TLDS = "com|net|org|io|ai|dev|co|app|xyz|info|biz|ru|cn|ly|gg|tk|cc|top|site|online|cloud|me"  # no "sh": clashes with script names
HOST_RE = re.compile(r"(?i)(?<![A-Za-z0-9_.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:%s))(?![A-Za-z0-9-])" % TLDS)
URL_RE = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://([^/\s\"'<>)\]?#`]+)")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_SUFFIX = ("example.com", "example.org", "example.net")

errors = []


def err(msg):
    errors.append(msg)


def host_ok(h):
    h = h.lower().rstrip(".")
    if "@" in h:
        h = h.split("@", 1)[1]
    return any(h == s or h.endswith("." + s) for s in OK_SUFFIX)


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def check_values(cid, obj):
    for s in strings(obj):
        for m in IP_RE.finditer(s):
            parts = [int(x) for x in m.groups()]
            if any(p > 255 for p in parts):
                continue
            ip = ipaddress.ip_address(".".join(map(str, parts)))
            if not any(ip in n for n in NETS):
                err("%s: non-RFC5737 IP %s" % (cid, ip))
        for m in HOST_RE.finditer(s):
            if not host_ok(m.group(1)):
                err("%s: bad host %s" % (cid, m.group(1)))
        for m in URL_RE.finditer(s):
            h = m.group(1).split("@")[-1].split(":")[0]
            if IP_RE.fullmatch(h):
                continue
            if not host_ok(h):
                err("%s: bad URL host %s" % (cid, h))


def load(name):
    path = os.path.join(ROOT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s:%d unparseable: %s" % (name, n, e))
    return rows


def bucket(n):
    for lim, lab in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"),
                     (3000, "2000-2999"), (8001, "3000-8000"), (10000, "8001-9999"), (25001, "10000-25000")):
        if n < lim:
            return lab
    return ">25000"


def main():
    results = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    ids = [r.get("id") for r in results + tools]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        err("duplicate ids: %s" % dup[:5])
    for r in results:
        cid = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(r)))
        if not re.fullmatch(r"h16-r-\d{4}", cid or ""):
            err("%s: bad id" % cid)
        if r.get("kind") != "result" or r.get("server") != "holdout16":
            err("%s: kind/server" % cid)
        if not NAME_RE.match(r.get("tool", "")):
            err("%s: tool name" % cid)
        if not isinstance(r.get("arguments"), dict):
            err("%s: arguments" % cid)
        res = r.get("result", {})
        if set(res) - {"content", "isError", "structuredContent"}:
            err("%s: result keys" % cid)
        if not isinstance(res.get("isError"), bool):
            err("%s: isError" % cid)
        c = res.get("content")
        if not c or not all(b.get("type") == "text" and isinstance(b.get("text"), str) and b["text"] for b in c):
            err("%s: content" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent" % cid)
        if r.get("label") not in (0, 1):
            err("%s: label" % cid)
        check_values(cid, r)
    for t in tools:
        cid = t.get("id")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err("%s: keys" % cid)
        if not re.fullmatch(r"h16-t-\d{4}", cid or ""):
            err("%s: bad id" % cid)
        tool = t.get("tool", {})
        if not NAME_RE.match(tool.get("name", "")):
            err("%s: tool name %r" % (cid, tool.get("name")))
        if not isinstance(tool.get("description"), str) or not tool["description"]:
            err("%s: description" % cid)
        s = tool.get("inputSchema", {})
        if s.get("type") != "object" or not isinstance(s.get("properties"), dict):
            err("%s: inputSchema" % cid)
        for k in s.get("required", []):
            if k not in s.get("properties", {}):
                err("%s: required %s missing" % (cid, k))
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys" % cid)
        if t.get("label") not in (0, 1):
            err("%s: label" % cid)
        check_values(cid, t)
    names = collections.Counter(t["tool"]["name"] for t in tools)
    dn = [n for n, c in names.items() if c > 1]
    if dn:
        err("duplicate tool names: %s" % dn)

    def rlen(r):
        n = sum(len(b["text"]) for b in r["result"]["content"])
        if "structuredContent" in r["result"]:
            n += len(json.dumps(r["result"]["structuredContent"], ensure_ascii=False))
        return n

    def show(title, counter):
        print("  %s: %s" % (title, ", ".join("%s=%d" % kv for kv in sorted(counter.items(), key=lambda kv: str(kv[0])))))

    print("RESULTS: %d" % len(results))
    lab = collections.Counter(r["label"] for r in results)
    print("  label 0=%d (%.1f%%), label 1=%d" % (lab[0], 100.0 * lab[0] / max(1, len(results)), lab[1]))
    show("length", collections.Counter(bucket(rlen(r)) for r in results))
    show("length label1", collections.Counter(bucket(rlen(r)) for r in results if r["label"] == 1))
    langs = collections.Counter(meta[r["id"]]["lang"] for r in results)
    show("lang", langs)
    ne = sum(v for k, v in langs.items() if k != "en")
    print("  non-English: %d (%.1f%%)" % (ne, 100.0 * ne / max(1, len(results))))
    show("non-English by label", collections.Counter(r["label"] for r in results if meta[r["id"]]["lang"] != "en"))
    show("format", collections.Counter(meta[r["id"]]["format"] for r in results))
    show("source", collections.Counter((meta[r["id"]]["source"], r["label"]) for r in results))
    print("  isError=%d (label1=%d), multi-block=%d (label1=%d), structuredContent=%d (label1=%d)" % (
        sum(r["result"]["isError"] for r in results),
        sum(r["result"]["isError"] and r["label"] for r in results),
        sum(len(r["result"]["content"]) > 1 for r in results),
        sum(len(r["result"]["content"]) > 1 and r["label"] for r in results),
        sum("structuredContent" in r["result"] for r in results),
        sum("structuredContent" in r["result"] and r["label"] for r in results)))
    print("TOOLS: %d" % len(tools))
    lab = collections.Counter(t["label"] for t in tools)
    print("  label 0=%d (%.1f%%), label 1=%d" % (lab[0], 100.0 * lab[0] / max(1, len(tools)), lab[1]))
    print("  annotations: %d (%.1f%%), outputSchema: %d" % (
        sum("annotations" in t["tool"] for t in tools),
        100.0 * sum("annotations" in t["tool"] for t in tools) / max(1, len(tools)),
        sum("outputSchema" in t["tool"] for t in tools)))
    show("payload location (label1)", collections.Counter(meta[t["id"]]["payload_location"] for t in tools if t["label"] == 1))
    show("tool lang", collections.Counter(meta[t["id"]]["lang"] for t in tools))
    show("tool length", collections.Counter(bucket(len(json.dumps(t["tool"], ensure_ascii=False))) for t in tools))
    if errors:
        print("\nFAILED: %d problems" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
