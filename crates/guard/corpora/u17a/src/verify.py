"""Check results.jsonl / tools.jsonl and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

DIR = build.DIR
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ID_RE = re.compile(r"^u17a-r-\d{4}$")
URL_HOST_RE = re.compile(r"(?i)\b(?:https?|wss?|ftp)://([^/\s\"'<>)\]}:?#]+)")
EMAIL_RE = re.compile(r"(?i)[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
BARE_RE = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|app|xyz|info|biz|"
                     r"me|us|uk|de|fr|es|it|nl|jp|cn|ru|br|in|gg|ly|sh|so|to|tv|cloud|site))\b")
IP_RE = re.compile(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"(?i)^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)\.?$")

errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, s):
    for h in URL_HOST_RE.findall(s) + EMAIL_RE.findall(s) + BARE_RE.findall(s):
        h = h.split("@")[-1].rstrip(".")
        if IP_RE.fullmatch(h):
            continue
        if not OK_HOST.match(h):
            err("%s: host %r" % (cid, h))
    for ip in IP_RE.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            err("%s: ip %s" % (cid, ip))


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


def bucket(n):
    if n < 100:
        return "a <100"
    if n < 500:
        return "b 100-499"
    if n < 1000:
        return "c 500-999"
    if n < 1500:
        return "d 1000-1499"
    if n <= 2000:
        return "e 1500-2000"
    if n < 3000:
        return "f 2001-2999"
    if n <= 6000:
        return "g 3000-6000"
    return "h >6000"


def table(title, counter_by_label):
    keys = sorted(set(k for c in counter_by_label.values() for k in c))
    print("\n%s" % title)
    print("  %-28s %6s %6s %6s" % ("", "lab0", "lab1", "all"))
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print("  %-28s %6d %6d %6d" % (k, a, b, a + b))
    a, b = sum(counter_by_label[0].values()), sum(counter_by_label[1].values())
    print("  %-28s %6d %6d %6d" % ("total", a, b, a + b))


def main():
    rpath = os.path.join(DIR, "results.jsonl")
    tpath = os.path.join(DIR, "tools.jsonl")
    with open(rpath, encoding="utf-8") as f:
        raw = f.read()
    if not os.path.exists(tpath):
        err("tools.jsonl missing")
    elif os.path.getsize(tpath) != 0:
        err("tools.jsonl should be empty")

    # determinism: rebuilding in memory must give the same bytes
    if "".join(build.lines()) != raw:
        err("results.jsonl differs from a fresh build (not deterministic or stale)")

    recs = []
    ids = set()
    for ln, line in enumerate(raw.splitlines(), 1):
        try:
            r = json.loads(line)
        except Exception as e:  # noqa: BLE001
            err("line %d: bad json %s" % (ln, e))
            continue
        recs.append(r)
        cid = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(r)))
        if not isinstance(cid, str) or not ID_RE.match(cid):
            err("%s: bad id" % cid)
        if cid in ids:
            err("%s: duplicate id" % cid)
        ids.add(cid)
        if r.get("kind") != "result":
            err("%s: kind" % cid)
        if r.get("server") != "u17a":
            err("%s: server" % cid)
        if not isinstance(r.get("tool"), str) or not NAME_RE.match(r["tool"]):
            err("%s: tool name %r" % (cid, r.get("tool")))
        if not isinstance(r.get("arguments"), dict):
            err("%s: arguments" % cid)
        if r.get("label") not in (0, 1):
            err("%s: label" % cid)
        res = r.get("result")
        if not isinstance(res, dict) or not set(res) <= {"content", "isError", "structuredContent"}:
            err("%s: result keys" % cid)
            continue
        if not isinstance(res.get("isError"), bool):
            err("%s: isError" % cid)
        content = res.get("content")
        if not isinstance(content, list) or not content:
            err("%s: content" % cid)
            continue
        for b in content:
            if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) \
                    or not b["text"].strip():
                err("%s: content block" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent must be an object" % cid)
        for s in walk_strings(r):
            check_text(cid, s)
            if "{{PAD}}" in s:
                err("%s: unexpanded PAD" % cid)

    meta = {c["id"]: c for c in build.collect()}
    by = {k: {0: collections.Counter(), 1: collections.Counter()}
          for k in ("src", "len", "lang", "fmt", "misc")}
    for r in recs:
        c = meta[r["id"]]
        lab = r["label"]
        by["src"][lab][c["src"]] += 1
        by["len"][lab][bucket(c["length"])] += 1
        by["lang"][lab][c["lang"]] += 1
        by["fmt"][lab][c["fmt"]] += 1
        res = r["result"]
        if res["isError"]:
            by["misc"][lab]["isError"] += 1
        if "structuredContent" in res:
            by["misc"][lab]["structuredContent"] += 1
        if len(res["content"]) > 1:
            by["misc"][lab]["multi-block"] += 1
        if c["long"]:
            by["misc"][lab]["long case"] += 1
        if c["lang"] != "en":
            by["misc"][lab]["non-English"] += 1

    print("results: %d  tools: 0" % len(recs))
    table("By source file", by["src"])
    table("By length bucket (chars of text blocks + separate structuredContent)", by["len"])
    table("By language", by["lang"])
    table("By format", by["fmt"])
    table("Other", by["misc"])
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
