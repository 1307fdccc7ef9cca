"""Parse every line, check ids/shapes/names/hosts/IPs, print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
HOST_RE = re.compile(r"(?i)\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
                     r"(?:com|org|net|io|ai|dev|co|app|xyz|info|biz|ly|gg|cloud|site|online|top|ru|cn|de|fr|uk|jp|us|tk|zip))\b")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED_HOST = re.compile(r"(?i)(^|\.)example\.(com|org|net)$")

errors = []


def err(msg):
    errors.append(msg)


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


def check_text(cid, o):
    for t in walk_strings(o):
        for m in IP_RE.finditer(t):
            ip = ".".join(m.groups())
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in n for n in ALLOWED_NETS):
                err(f"{cid}: non-RFC5737 IP {ip}")
        for m in HOST_RE.finditer(t):
            h = m.group(1)
            if not ALLOWED_HOST.search(h):
                err(f"{cid}: disallowed host {h}")


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{path}:{n}: bad json {e}")
    return rows


def bucket(n):
    if n < 100:
        return "<100"
    if n <= 2000:
        return "100-2k"
    if n < 3000:
        return "2k-3k"
    if n <= 8000:
        return "3k-8k"
    if n < 10000:
        return "8k-10k"
    if n <= 25000:
        return "10k-25k"
    return ">25k"


def main():
    results = load(os.path.join(OUT, "results.jsonl"))
    tools = load(os.path.join(OUT, "tools.jsonl"))
    meta = {m["id"]: m for m in load(os.path.join(OUT, "meta.jsonl"))}
    ids = [r.get("id") for r in results + tools]
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    if dup:
        err(f"duplicate ids {dup[:5]}")
    for r in results:
        cid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{cid}: keys {sorted(r)}")
        if r.get("kind") != "result" or r.get("server") != "w10i" or r.get("label") not in (0, 1):
            err(f"{cid}: kind/server/label")
        if not NAME_RE.match(r.get("tool", "")):
            err(f"{cid}: bad tool name")
        if not isinstance(r.get("arguments"), dict):
            err(f"{cid}: arguments not object")
        res = r.get("result", {})
        if not set(res) <= {"content", "isError", "structuredContent"} or "content" not in res:
            err(f"{cid}: result keys {sorted(res)}")
        if not isinstance(res.get("isError"), bool):
            err(f"{cid}: isError not bool")
        cont = res.get("content", [])
        if not cont or any(c.get("type") != "text" or not isinstance(c.get("text"), str) or not c["text"]
                           for c in cont):
            err(f"{cid}: bad content")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(f"{cid}: structuredContent not object")
        check_text(cid, r)
    for t in tools:
        cid = t.get("id", "?")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(f"{cid}: keys {sorted(t)}")
        tool = t.get("tool", {})
        if not NAME_RE.match(tool.get("name", "")):
            err(f"{cid}: bad tool name {tool.get('name')}")
        if not isinstance(tool.get("description"), str) or not tool["description"]:
            err(f"{cid}: no description")
        sch = tool.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object":
            err(f"{cid}: inputSchema")
        if not set(tool) <= {"name", "description", "inputSchema", "outputSchema", "annotations", "title"}:
            err(f"{cid}: tool keys {sorted(tool)}")
        if "outputSchema" in tool and tool["outputSchema"].get("type") != "object":
            err(f"{cid}: outputSchema type")
        if t.get("label") not in (0, 1):
            err(f"{cid}: label")
        check_text(cid, t)
    names = collections.Counter(t["tool"]["name"] for t in tools)
    dn = [k for k, v in names.items() if v > 1]
    if dn:
        print(f"note: {len(dn)} tool names reused across definition cases: {dn[:8]}")

    def show(title, rows, key):
        c = collections.Counter()
        for r in rows:
            c[(key(r), r["label"])] += 1
        keys = sorted({k for k, _ in c})
        print(f"\n== {title} ==")
        for k in keys:
            print(f"  {k:<32} label0={c[(k, 0)]:>4} label1={c[(k, 1)]:>4}")

    for name, rows in (("results", results), ("tools", tools)):
        n = len(rows)
        n1 = sum(r["label"] for r in rows)
        print(f"\n##### {name}: {n} cases, label0={n - n1} ({(n - n1) / max(n, 1):.1%}), label1={n1}")
        show(f"{name} by source file", rows, lambda r: meta[r["id"]]["src"])
        show(f"{name} by format", rows, lambda r: meta[r["id"]]["fmt"])
    show("results by language", results, lambda r: meta[r["id"]]["lang"])
    show("results by length (chars of all text blocks + structuredContent)", results,
         lambda r: bucket(sum(len(c["text"]) for c in r["result"]["content"]) +
                          len(json.dumps(r["result"].get("structuredContent", ""), ensure_ascii=False))))
    show("tools by length (json chars)", tools, lambda r: bucket(len(json.dumps(r["tool"], ensure_ascii=False))))
    ne = [r for r in results if meta[r["id"]]["lang"] != "en"]
    print(f"\nnon-English results: {len(ne)} ({len(ne) / len(results):.1%})")
    print(f"isError results: {sum(r['result']['isError'] for r in results)} "
          f"(label1={sum(r['result']['isError'] and r['label'] for r in results)})")
    print(f"multi-block results: {sum(len(r['result']['content']) > 1 for r in results)}")
    print(f"structuredContent results: {sum('structuredContent' in r['result'] for r in results)}")
    print(f"tools with annotations: {sum('annotations' in t['tool'] for t in tools)} / {len(tools)}")
    print(f"tools with outputSchema: {sum('outputSchema' in t['tool'] for t in tools)}")
    if errors:
        print(f"\nFAILED with {len(errors)} errors:")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
