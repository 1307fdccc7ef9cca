"""Validate results.jsonl / tools.jsonl and print balance statistics."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_HOST_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/\s@\"'<>]*@)?([A-Za-z0-9.-]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?![A-Za-z0-9-])")
BARE_RE = re.compile(r"(?<![A-Za-z0-9_./-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|dev|ai|gov|edu|info|biz|xyz|ru|cn|de|fr|jp|uk|us|co|top|site))(?![A-Za-z0-9-])")
OK_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$", re.I)

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


def check_values(cid, obj):
    for s in strings(obj):
        for m in IP_RE.finditer(s):
            octs = [int(x) for x in m.groups()]
            if any(o > 255 for o in octs):
                continue
            ip = ipaddress.ip_address(".".join(map(str, octs)))
            if not any(ip in n for n in ALLOWED_NETS):
                err(f"{cid}: non-RFC5737 IP {ip}")
        hosts = set(URL_HOST_RE.findall(s)) | set(EMAIL_RE.findall(s)) | set(BARE_RE.findall(s))
        for h in hosts:
            h = h.rstrip(".").lower()
            if not h or "." not in h:
                continue
            if IP_RE.fullmatch(h):
                continue
            if not OK_HOST.match(h):
                err(f"{cid}: disallowed host {h}")


def text_len(c):
    if c["kind"] == "result":
        n = sum(len(b.get("text", "")) for b in c["result"]["content"])
        if "structuredContent" in c["result"]:
            n += len(json.dumps(c["result"]["structuredContent"], ensure_ascii=False))
        return n
    return len(json.dumps(c["tool"], ensure_ascii=False))


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"),
                      (3000, "2000-2999"), (8000, "3000-7999"), (10000, "8000-9999"), (25000, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def main():
    seen = set()
    parsed = {}
    for fname, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    c = json.loads(line)
                except Exception as e:  # noqa: BLE001
                    err(f"{fname}:{ln} bad json {e}")
                    continue
                cid = c.get("id")
                if cid in seen:
                    err(f"duplicate id {cid}")
                seen.add(cid)
                if c.get("kind") != kind or c.get("server") != build.SERVER or c.get("label") not in (0, 1):
                    err(f"{cid}: bad kind/server/label")
                if kind == "result":
                    if set(c) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                        err(f"{cid}: bad keys {sorted(c)}")
                    if not NAME_RE.match(c["tool"]):
                        err(f"{cid}: bad tool name")
                    if not isinstance(c["arguments"], dict):
                        err(f"{cid}: arguments not object")
                    r = c["result"]
                    if not isinstance(r.get("isError"), bool) or not r.get("content"):
                        err(f"{cid}: bad result")
                    for b in r["content"]:
                        if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                            err(f"{cid}: bad block")
                    if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
                        err(f"{cid}: structuredContent not object")
                    if set(r) - {"content", "isError", "structuredContent"}:
                        err(f"{cid}: extra result keys")
                else:
                    t = c["tool"]
                    if not NAME_RE.match(t.get("name", "")):
                        err(f"{cid}: bad tool name {t.get('name')}")
                    if not isinstance(t.get("description"), str) or not t["description"]:
                        err(f"{cid}: missing description")
                    s = t.get("inputSchema")
                    if not isinstance(s, dict) or s.get("type") != "object":
                        err(f"{cid}: bad inputSchema")
                    if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                        err(f"{cid}: extra tool keys")
                check_values(cid, c)
                parsed[cid] = c

    # determinism / provenance cross-check against the sources
    results, tools = build.collect()
    for fname, cases in (("results.jsonl", results), ("tools.jsonl", tools)):
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            if f.read() != build.lines(cases):
                err(f"{fname} differs from a fresh build")
    names = Counter(c["tool"]["name"] for c in tools)
    for n, k in names.items():
        if k > 1:
            err(f"tool name used {k} times: {n}")

    def show(title, counter):
        print(f"  {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: str(kv[0]))))

    print(f"results: {len(results)}")
    lab = Counter(c["label"] for c in results)
    print(f"  label0={lab[0]} ({lab[0]/len(results):.1%}) label1={lab[1]}")
    show("by source", Counter(f"{c['_src']}:{c['label']}" for c in results))
    show("length", Counter(bucket(text_len(c)) for c in results))
    show("language", Counter(c["_lang"] for c in results))
    nonen = [c for c in results if c["_lang"] != "en"]
    print(f"  non-English: {len(nonen)} ({len(nonen)/len(results):.1%}), labels {dict(Counter(c['label'] for c in nonen))}")
    show("format", Counter(c["_fmt"] for c in results))
    print(f"  isError={sum(c['result']['isError'] for c in results)} "
          f"(label1={sum(c['result']['isError'] and c['label'] for c in results)}) "
          f"multi-block={sum(len(c['result']['content']) > 1 for c in results)} "
          f"structuredContent={sum('structuredContent' in c['result'] for c in results)}")
    print(f"tools: {len(tools)}")
    lab = Counter(c["label"] for c in tools)
    print(f"  label0={lab[0]} ({lab[0]/len(tools):.1%}) label1={lab[1]}")
    show("poison location", Counter(c["_where"] for c in tools if c["label"] == 1))
    print(f"  with annotations={sum('annotations' in c['tool'] for c in tools)} "
          f"({sum('annotations' in c['tool'] for c in tools)/len(tools):.0%}) "
          f"with outputSchema={sum('outputSchema' in c['tool'] for c in tools)}")
    show("length", Counter(bucket(text_len(c)) for c in tools))
    if errors:
        print(f"\nFAILED: {len(errors)} problems")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
