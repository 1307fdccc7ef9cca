"""Check results.jsonl / tools.jsonl and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT_DIR = os.path.dirname(HERE)

from common import TOOL_NAME_RE  # noqa: E402
import build  # noqa: E402

TLDS = {"com", "org", "net", "io", "co", "uk", "de", "fr", "app", "dev", "ai",
        "info", "biz", "ru", "cn", "jp", "es", "it", "nl", "pl", "edu", "gov",
        "me", "ly", "xyz", "site", "online", "ch", "at", "eu"}
DOMAIN_RE = re.compile(r"(?<![\w.-])((?:[a-z0-9-]+\.)+([a-z]{2,}))(?![\w-])", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED = ("example.com", "example.org", "example.net")
WATCH = re.compile(r"\b(?:(?i:ignor\w*|instructions?|assistants?|models?)|AI)\b")

errors = []


def err(msg):
    errors.append(msg)


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


def check_hosts(cid, obj):
    for s in strings(obj):
        for m in DOMAIN_RE.finditer(s):
            dom, tld = m.group(1).lower(), m.group(2).lower()
            if tld not in TLDS:
                continue
            if not (dom in ALLOWED or dom.endswith(tuple("." + a for a in ALLOWED))):
                err("%s: non-example host %s" % (cid, dom))
        for m in IP_RE.finditer(s):
            try:
                ip = ipaddress.ip_address(m.group(1))
            except ValueError:
                continue
            if not any(ip in n for n in NETS):
                err("%s: non-RFC5737 IP %s" % (cid, ip))


def bucket(n):
    for lim, name in ((15, "<15"), (100, "15-99"), (200, "100-199"), (400, "200-399"),
                      (1000, "400-999"), (1500, "1000-1499"), (3000, "1500-2999")):
        if n < lim:
            return name
    return ">=3000"


BUCKETS = ["<15", "15-99", "100-199", "200-399", "400-999", "1000-1499", "1500-2999", ">=3000"]


def table(title, counter, keys=None):
    keys = keys or sorted({k for (k, _) in counter})
    print("\n%s" % title)
    print("  %-22s %6s %6s %6s" % ("", "label0", "label1", "total"))
    for k in keys:
        a, b = counter[(k, 0)], counter[(k, 1)]
        if a or b:
            print("  %-22s %6d %6d %6d" % (k, a, b, a + b))


def main():
    res_path = os.path.join(OUT_DIR, "results.jsonl")
    tools_path = os.path.join(OUT_DIR, "tools.jsonl")
    with open(res_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    with open(tools_path, encoding="utf-8") as f:
        tool_lines = [l for l in f.read().split("\n") if l.strip()]
    for i, l in enumerate(tool_lines):  # empty by design, but check shape if present
        t = json.loads(l)
        if t.get("kind") != "tool" or not TOOL_NAME_RE.match(t["tool"]["name"]):
            err("tools line %d bad" % (i + 1))

    rows = {r["id"]: r for r in build.collect()}
    ids = set()
    lab = collections.Counter()
    by = {k: collections.Counter() for k in ("bucket", "lang", "fmt", "server", "source", "words")}
    for n, l in enumerate(lines, 1):
        try:
            c = json.loads(l)
        except Exception as e:  # noqa: BLE001
            err("line %d: bad json %s" % (n, e))
            continue
        cid = c.get("id")
        if cid in ids:
            err("duplicate id %s" % cid)
        ids.add(cid)
        if set(c) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(c)))
        if c.get("kind") != "result":
            err("%s: kind" % cid)
        if not TOOL_NAME_RE.match(c.get("tool", "")):
            err("%s: tool name" % cid)
        if not isinstance(c.get("arguments"), dict):
            err("%s: arguments" % cid)
        if c.get("label") not in (0, 1):
            err("%s: label" % cid)
        res = c.get("result", {})
        if not isinstance(res.get("isError"), bool):
            err("%s: isError" % cid)
        extra = set(res) - {"content", "isError", "structuredContent"}
        if extra:
            err("%s: result keys %s" % (cid, extra))
        content = res.get("content")
        if not isinstance(content, list) or not content:
            err("%s: content" % cid)
            continue
        for b in content:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or set(b) != {"type", "text"}:
                err("%s: block shape" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent" % cid)
        check_hosts(cid, c)
        src = rows.get(cid)
        if src is None or src["line"] != l:
            err("%s: differs from build.collect()" % cid)
            continue
        y = c["label"]
        lab[y] += 1
        total = "\n".join(b["text"] for b in content)
        by["bucket"][(bucket(len(total)), y)] += 1
        by["lang"][("en" if src["lang"] == "en" else ("mixed" if "+" in src["lang"] else src["lang"]), y)] += 1
        by["fmt"][(src["fmt"], y)] += 1
        by["server"][(c["server"], y)] += 1
        by["source"][(src["source"], y)] += 1
        by["words"][("has watch word" if WATCH.search(total) else "none", y)] += 1
    if len(rows) != len(lines):
        err("collect() has %d rows, file has %d" % (len(rows), len(lines)))

    tot = lab[0] + lab[1]
    print("results: %d  label0 %d (%.1f%%)  label1 %d (%.1f%%)   tools: %d"
          % (tot, lab[0], 100.0 * lab[0] / max(tot, 1), lab[1], 100.0 * lab[1] / max(tot, 1), len(tool_lines)))
    non_en = sum(v for (k, y), v in by["lang"].items() if k != "en")
    print("non-English (incl. mixed): %d (%.1f%%)" % (non_en, 100.0 * non_en / max(tot, 1)))
    table("by source file", by["source"])
    table("by server", by["server"])
    table("by length bucket (chars of all text blocks)", by["bucket"], BUCKETS)
    table("by language", by["lang"])
    table("by format", by["fmt"])
    table("ignore/instructions/AI/assistant/model present", by["words"])
    if errors:
        print("\nFAILED: %d problems" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
