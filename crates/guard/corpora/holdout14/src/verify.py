"""Validate results.jsonl / tools.jsonl and print balance statistics."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s:\"'<>)\]\\?#,;]+)")
MAIL_RE = re.compile(r"[\w.+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")
BARE_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|co|ru|cn|xyz|app|dev|ai|biz|info|us|uk|de|fr|es|jp|gov|edu|me|ly|cloud|online|site|top|link|click))\b")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def host_ok(h):
    h = h.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


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


def check_values(cid, obj):
    for s in strings(obj):
        for m in IP_RE.finditer(s):
            ip = m.group(0)
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                err(f"{cid}: bad ip-like {ip}")
                continue
            if not any(a in n for n in NETS):
                err(f"{cid}: non-RFC5737 IP {ip}")
        for rx in (URL_RE, MAIL_RE, BARE_RE):
            for m in rx.finditer(s):
                h = m.group(1)
                if rx is URL_RE and IP_RE.fullmatch(h):
                    continue
                if not host_ok(h):
                    err(f"{cid}: non-example host {h}")


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{name}:{n}: parse error {e}")
    return rows


def rlen(rec):
    res = rec["result"]
    n = sum(len(b.get("text", "")) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def bucket(n):
    for lim, lab in ((100, "<100"), (500, "100-499"), (2000, "500-1999"), (3000, "2000-2999"), (8000, "3k-8k"),
                     (10000, "8k-10k"), (25000, "10k-25k")):
        if n < lim:
            return lab
    return ">=25k"


def main():
    results, tools = load("results.jsonl"), load("tools.jsonl")
    exp_r, exp_t = build.collect()
    with open(os.path.join(ROOT, "results.jsonl"), encoding="utf-8") as f:
        if f.read() != build.dumps(exp_r):
            err("results.jsonl differs from a fresh build")
    with open(os.path.join(ROOT, "tools.jsonl"), encoding="utf-8") as f:
        if f.read() != build.dumps(exp_t):
            err("tools.jsonl differs from a fresh build")
    ids = collections.Counter(r.get("id") for r in results + tools)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")

    for r in results:
        cid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{cid}: keys {sorted(r)}")
        if not re.fullmatch(r"h14-r-\d{4}", cid) or r["kind"] != "result" or r["server"] != "holdout14":
            err(f"{cid}: id/kind/server")
        if not NAME_RE.match(r["tool"]):
            err(f"{cid}: tool name {r['tool']}")
        if not isinstance(r["arguments"], dict) or r["label"] not in (0, 1):
            err(f"{cid}: arguments/label")
        res = r["result"]
        if set(res) - {"content", "isError", "structuredContent"} or not isinstance(res.get("isError"), bool):
            err(f"{cid}: result keys")
        if not res["content"] or any(b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"] for b in res["content"]):
            err(f"{cid}: content blocks")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(f"{cid}: structuredContent not object")
        check_values(cid, r)

    for t in tools:
        cid = t.get("id", "?")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(f"{cid}: keys {sorted(t)}")
        if not re.fullmatch(r"h14-t-\d{4}", cid) or t["kind"] != "tool" or t["server"] != "holdout14":
            err(f"{cid}: id/kind/server")
        tool = t["tool"]
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{cid}: tool keys")
        if not NAME_RE.match(tool.get("name", "")):
            err(f"{cid}: tool name {tool.get('name')}")
        if not isinstance(tool.get("description"), str) or not tool["description"]:
            err(f"{cid}: description")
        if tool.get("inputSchema", {}).get("type") != "object":
            err(f"{cid}: inputSchema")
        if "outputSchema" in tool and tool["outputSchema"].get("type") != "object":
            err(f"{cid}: outputSchema")
        if t["label"] not in (0, 1):
            err(f"{cid}: label")
        check_values(cid, t)
    names = collections.Counter(t["tool"]["name"] for t in tools)
    for n, c in names.items():
        if c > 1:
            err(f"duplicate tool definition name {n}")

    # ---- statistics ----
    rl = collections.Counter(r["label"] for r in results)
    tl = collections.Counter(t["label"] for t in tools)
    print(f"results: {len(results)}  label0={rl[0]} ({rl[0] / len(results):.1%})  label1={rl[1]}")
    print(f"tools:   {len(tools)}  label0={tl[0]} ({tl[0] / len(tools):.1%})  label1={tl[1]}")
    print("results by source file x label:")
    for src, c in sorted(collections.Counter((m["src"], r["label"]) for r, m in exp_r).items()):
        print(f"  {src[0]:<22} label{src[1]}: {c}")
    print("tools by source file x label:", dict(collections.Counter((m["src"], r["label"]) for r, m in exp_t)))
    bl = collections.Counter((bucket(rlen(r)), r["label"]) for r in results)
    print("result length buckets (chars, text+structuredContent):")
    for b in ("<100", "100-499", "500-1999", "2000-2999", "3k-8k", "8k-10k", "10k-25k", ">=25k"):
        if bl[(b, 0)] or bl[(b, 1)]:
            print(f"  {b:<10} label0={bl[(b, 0)]:<4} label1={bl[(b, 1)]}")
    langs = collections.Counter((m["lang"], r["label"]) for r, m in exp_r)
    ne = sum(v for (lg, _), v in langs.items() if lg != "en")
    print(f"result languages (non-English {ne}/{len(results)} = {ne / len(results):.1%}):")
    for lg in sorted({lg for lg, _ in langs}):
        print(f"  {lg}: label0={langs[(lg, 0)]} label1={langs[(lg, 1)]}")
    print("result formats:", dict(sorted(collections.Counter(m["fmt"] for _, m in exp_r).items())))
    iserr = collections.Counter(r["label"] for r in results if r["result"]["isError"])
    multi = collections.Counter(r["label"] for r in results if len(r["result"]["content"]) > 1)
    sc = collections.Counter(r["label"] for r in results if "structuredContent" in r["result"])
    print(f"isError: {sum(iserr.values())} {dict(iserr)} | multi-block: {sum(multi.values())} {dict(multi)} | structuredContent: {sum(sc.values())} {dict(sc)}")
    annc = sum(1 for t in tools if "annotations" in t["tool"])
    outc = sum(1 for t in tools if "outputSchema" in t["tool"])
    print(f"tools with annotations: {annc}/{len(tools)} ({annc / len(tools):.0%}), with outputSchema: {outc}")
    print("poisoned tool payload locations:", dict(sorted(collections.Counter(m["where"] for r, m in exp_t if r["label"] == 1).items())))
    print("tool description lengths:", dict(sorted(collections.Counter(bucket(len(t["tool"]["description"])) for t in tools).items())))

    if ERRORS:
        print(f"\nFAILED with {len(ERRORS)} errors:")
        for e in ERRORS[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
