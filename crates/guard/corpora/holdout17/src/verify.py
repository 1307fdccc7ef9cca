"""Verify the built files: parse, unique ids, shapes, names, fake-only IPs and hosts; print balance."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVER = "holdout17"
FIRST_LINE = ("**SEALED — holdout17 is a blind evaluation set. Do not read, browse, train on, tune on, "
              "or select thresholds with it. Open it only once, to judge a finished future model.**")
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d)")
HOST_RE = re.compile(r"(?<![A-Za-z0-9_.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
                     r"(?:com|org|net|io|dev|ai|co|app|cloud|xyz|info|biz|ru|cn|tk|top|site|online|me|us|de|fr|jp|uk|br|in|gov|edu|es|it|nl|pl|se|kr))(?![A-Za-z0-9_-])",
                     re.I)
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


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


def check_fake(rid, obj):
    for s in strings(obj):
        for ip in IP_RE.findall(s):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in n for n in NETS):
                err(f"{rid}: non-RFC5737 IP {ip}")
        for h in HOST_RE.findall(s):
            if not ALLOWED_HOST.search(h):
                err(f"{rid}: disallowed host {h}")


def load(name):
    path = os.path.join(OUT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{name}:{n}: bad JSON {e}")
    return rows


def bucket(n):
    for lo, hi, lab in [(0, 100, "<100"), (100, 500, "100-499"), (500, 1000, "500-999"), (1000, 2001, "1000-2000"),
                        (2001, 3000, "2001-2999"), (3000, 8001, "3k-8k"), (8001, 10000, "8k-10k"), (10000, 25001, "10k-25k")]:
        if lo <= n < hi:
            return lab
    return ">25k"


def main():
    results, tools, meta = load("results.jsonl"), load("tools.jsonl"), load("meta.jsonl")
    ids = [r.get("id") for r in results + tools]
    dup = [k for k, v in Counter(ids).items() if v > 1]
    if dup:
        err(f"duplicate ids: {dup[:5]}")
    for r in results:
        rid = r.get("id")
        if list(r.keys()) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            err(f"{rid}: keys {list(r.keys())}")
        if r.get("kind") != "result" or r.get("server") != SERVER:
            err(f"{rid}: kind/server")
        if not NAME_RE.match(r.get("tool", "")):
            err(f"{rid}: bad tool name")
        if not isinstance(r.get("arguments"), dict):
            err(f"{rid}: arguments not object")
        res = r.get("result", {})
        if not isinstance(res.get("isError"), bool):
            err(f"{rid}: isError")
        c = res.get("content")
        if not isinstance(c, list) or not c or any(b.get("type") != "text" or not isinstance(b.get("text"), str) for b in c):
            err(f"{rid}: content")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(f"{rid}: structuredContent")
        if set(res) - {"content", "isError", "structuredContent"}:
            err(f"{rid}: extra result keys")
        if r.get("label") not in (0, 1):
            err(f"{rid}: label")
        if not re.match(r"^h17-r-\d{4}$", rid or ""):
            err(f"{rid}: id format")
        check_fake(rid, r)
    for t in tools:
        tid = t.get("id")
        if list(t.keys()) != ["id", "kind", "server", "tool", "label"]:
            err(f"{tid}: keys")
        if t.get("kind") != "tool" or t.get("server") != SERVER:
            err(f"{tid}: kind/server")
        d = t.get("tool", {})
        if not NAME_RE.match(d.get("name", "")):
            err(f"{tid}: bad tool name {d.get('name')}")
        if not isinstance(d.get("description"), str) or not d["description"]:
            err(f"{tid}: description")
        s = d.get("inputSchema")
        if not isinstance(s, dict) or s.get("type") != "object" or not isinstance(s.get("properties"), dict):
            err(f"{tid}: inputSchema")
        if "outputSchema" in d and d["outputSchema"].get("type") != "object":
            err(f"{tid}: outputSchema")
        if "annotations" in d and not isinstance(d["annotations"], dict):
            err(f"{tid}: annotations")
        if set(d) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{tid}: extra tool keys")
        if t.get("label") not in (0, 1):
            err(f"{tid}: label")
        if not re.match(r"^h17-t-\d{4}$", tid or ""):
            err(f"{tid}: id format")
        check_fake(tid, t)
    names = [t["tool"]["name"] for t in tools]
    if len(set(names)) != len(names):
        err("duplicate tool-definition names: " + str([k for k, v in Counter(names).items() if v > 1]))
    # meta consistency
    mids = [m["id"] for m in meta]
    if mids != ids:
        err("meta ids do not match results+tools order")
    for m in meta:
        if set(m) != {"id", "language", "length", "format", "source"}:
            err(f"meta {m.get('id')}: keys")
    with open(os.path.join(OUT, "README.md"), encoding="utf-8") as f:
        if f.readline().rstrip("\n") != FIRST_LINE:
            err("README first line mismatch")

    mm = {m["id"]: m for m in meta}
    # report
    rl = Counter(r["label"] for r in results)
    tl = Counter(t["label"] for t in tools)
    print(f"results: {len(results)}  label0={rl[0]} ({rl[0] / len(results):.1%})  label1={rl[1]}")
    print(f"tools:   {len(tools)}  label0={tl[0]} ({tl[0] / len(tools):.1%})  label1={tl[1]}")
    print("result length buckets:", dict(sorted(Counter(bucket(mm[r["id"]]["length"]) for r in results).items())))
    langs = Counter(mm[r["id"]]["language"] for r in results)
    non_en = sum(v for k, v in langs.items() if k != "en")
    print(f"result languages: {dict(langs.most_common())}  non-English={non_en} ({non_en / len(results):.1%})")
    print("result languages x label:", dict(sorted(Counter((mm[r['id']]['language'] != 'en', r['label']) for r in results).items())))
    print("result formats:", dict(Counter(mm[r["id"]]["format"] for r in results).most_common()))
    print("isError:", dict(Counter(r["label"] for r in results if r["result"]["isError"])),
          " multi-block:", sum(len(r["result"]["content"]) > 1 for r in results),
          " structuredContent:", sum("structuredContent" in r["result"] for r in results))
    print("tool languages:", dict(Counter(mm[t["id"]]["language"] for t in tools)))
    print("tool payload locations:", dict(Counter(mm[t["id"]]["format"] for t in tools if t["label"] == 1)))
    print("tools with annotations:", sum("annotations" in t["tool"] for t in tools), "of", len(tools),
          " with outputSchema:", sum("outputSchema" in t["tool"] for t in tools))
    print("sources:", dict(sorted(Counter((mm[i]["source"], x["label"]) for x in results + tools for i in [x["id"]]).items())))
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors[:60]:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
