"""Parse and shape-check results.jsonl / tools.jsonl; print balance statistics."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
HOST_RE = re.compile(r"(?:https?://|@|\b)((?:[a-z0-9-]+\.)+(?:com|org|net|io|de|fr|es|pl|cz|nl|co|uk|ru|cn|jp|it))\b", re.I)
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
FAIL = []


def fail(msg):
    FAIL.append(msg)


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield from strings(k)
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def check_values(cid, obj):
    for s in strings(obj):
        for m in IP_RE.finditer(s):
            ip = m.group(0)
            if ip == "0.0.0.0":  # wildcard CIDR 0.0.0.0/0 in firewall examples, not a host
                continue
            if all(0 <= int(x) <= 255 for x in m.groups()) and not ip.startswith(OK_NETS):
                # allow version-like numbers is not expected; flag everything else
                fail(f"{cid}: non-RFC5737 IP {ip}")
        for m in HOST_RE.finditer(s):
            h = m.group(1).lower()
            if h.endswith((".py", ".md")):
                continue
            if not OK_HOST.search(h):
                fail(f"{cid}: disallowed host {h}")


def load(fname):
    rows = []
    with open(os.path.join(OUT, fname), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                fail(f"{fname}:{n}: bad JSON {e}")
    return rows


def main():
    results = load("results.jsonl")
    tools = load("tools.jsonl")
    ids = [r["id"] for r in results + tools]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    for r in results:
        cid = r["id"]
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            fail(f"{cid}: keys {sorted(r)}")
        if r["kind"] != "result" or r["server"] != "w10j" or r["label"] not in (0, 1):
            fail(f"{cid}: kind/server/label")
        if not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict):
            fail(f"{cid}: tool/arguments")
        res = r["result"]
        if not isinstance(res.get("content"), list) or not res["content"] or not isinstance(res.get("isError"), bool):
            fail(f"{cid}: result shape")
        for b in res["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                fail(f"{cid}: block shape")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            fail(f"{cid}: structuredContent")
        if set(res) - {"content", "isError", "structuredContent"}:
            fail(f"{cid}: extra result keys")
        check_values(cid, r)
    for t in tools:
        cid = t["id"]
        if set(t) != {"id", "kind", "server", "tool", "label"} or t["kind"] != "tool" or t["label"] not in (0, 1):
            fail(f"{cid}: keys/kind/label")
        tool = t["tool"]
        if not NAME_RE.match(tool.get("name", "")):
            fail(f"{cid}: bad tool name {tool.get('name')!r}")
        if not isinstance(tool.get("description"), str) or not tool["description"]:
            fail(f"{cid}: description")
        if tool.get("inputSchema", {}).get("type") != "object":
            fail(f"{cid}: inputSchema")
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            fail(f"{cid}: extra tool keys")
        check_values(cid, t)
    names = [t["tool"]["name"] for t in tools]
    if len(names) != len(set(names)):
        fail("duplicate tool names in tools.jsonl: " + str([n for n, c in collections.Counter(names).items() if c > 1]))

    # consistency with sources
    rs, ts = build.collect()
    if [build.public(c) for c in rs] != results or [build.public(c) for c in ts] != tools:
        fail("jsonl files are stale relative to src/ (rerun build.py)")

    def textlen(r):
        return sum(len(b["text"]) for b in r["result"]["content"]) + len(json.dumps(r["result"].get("structuredContent", ""), ensure_ascii=False))

    print(f"results: {len(results)}  tools: {len(tools)}")
    lab = collections.Counter(r["label"] for r in results)
    print(f"results labels: 0={lab[0]} 1={lab[1]}  benign share={lab[0] / len(results):.1%}")
    lab = collections.Counter(t["label"] for t in tools)
    print(f"tools labels:   0={lab[0]} 1={lab[1]}  benign share={lab[0] / len(tools):.1%}")
    bins = [(0, 100), (100, 2000), (2000, 3000), (3000, 8001), (8001, 10000), (10000, 25001), (25001, 10**9)]
    lens = [textlen(r) for r in results]
    print("result length bins:", {f"{a}-{b - 1}": sum(a <= x < b for x in lens) for a, b in bins})
    print("isError:", sum(r["result"]["isError"] for r in results),
          " multi-block:", sum(len(r["result"]["content"]) > 1 for r in results),
          " structuredContent:", sum("structuredContent" in r["result"] for r in results))
    lang = collections.Counter((c["_lang"], c["label"]) for c in rs)
    langs = sorted({k[0] for k in lang})
    print("result languages (label0/label1):", {l: f"{lang[(l, 0)]}/{lang[(l, 1)]}" for l in langs})
    ne = sum(c["_lang"] != "en" for c in rs)
    print(f"non-English results: {ne} ({ne / len(rs):.1%})")
    print("result formats:", dict(collections.Counter(c["_fmt"] for c in rs).most_common()))
    src = collections.Counter((c["_src"], c["label"]) for c in rs + ts)
    print("per source file (label0/label1):", {s: f"{src[(s, 0)]}/{src[(s, 1)]}" for s in sorted({k[0] for k in src})})
    print("poisoned tool placements:", dict(collections.Counter(c["_fmt"] for c in ts if c["label"] == 1).most_common()))
    print("tools with annotations:", sum("annotations" in t["tool"] for t in tools),
          " with outputSchema:", sum("outputSchema" in t["tool"] for t in tools),
          " non-English tools:", sum(c["_lang"] != "en" for c in ts))
    if FAIL:
        print("\nFAILURES:")
        for f in FAIL[:50]:
            print("  ", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
