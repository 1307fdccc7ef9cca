"""Verify results.jsonl / tools.jsonl: parse, unique ids, shapes, names, fake IPs/hosts, determinism; print balance."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
TLDS = "com|org|net|io|ai|dev|co|app|xyz|info|biz|us|uk|de|fr|es|it|ru|cn|jp|ly|gg|cc|tk|top|site|online|cloud|me|pt|pl|nl|br"
HOST_RE = re.compile(r"(?<![A-Za-z0-9-])((?:[A-Za-z0-9-]+\.)+(?:" + TLDS + r"))(?![A-Za-z0-9-])", re.I)
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def text_len(rec):
    if rec["kind"] == "result":
        n = sum(len(b["text"]) for b in rec["result"]["content"])
        if "structuredContent" in rec["result"]:
            n += len(json.dumps(rec["result"]["structuredContent"], ensure_ascii=False))
        return n
    return len(json.dumps(rec["tool"], ensure_ascii=False))


def check_values(rec, line):
    for m in IP_RE.finditer(line):
        try:
            ip = ipaddress.ip_address(".".join(m.groups()))
        except ValueError:
            continue
        if not any(ip in n for n in ALLOWED_NETS):
            err(f"{rec['id']}: non-RFC5737 IP {ip}")
    for m in HOST_RE.finditer(line):
        host = m.group(1)
        if not OK_HOST.search(host):
            err(f"{rec['id']}: disallowed hostname {host}")


def check_result(rec):
    keys = list(rec.keys())
    if keys != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
        err(f"{rec['id']}: bad keys {keys}")
    if not NAME_RE.match(rec["tool"]):
        err(f"{rec['id']}: bad tool name {rec['tool']}")
    if not isinstance(rec["arguments"], dict):
        err(f"{rec['id']}: arguments not object")
    r = rec["result"]
    if not isinstance(r.get("content"), list) or not r["content"]:
        err(f"{rec['id']}: empty content")
    for b in r.get("content", []):
        if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip():
            err(f"{rec['id']}: bad content block")
    if not isinstance(r.get("isError"), bool):
        err(f"{rec['id']}: isError not bool")
    if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
        err(f"{rec['id']}: structuredContent not object")
    extra = set(r) - {"content", "isError", "structuredContent"}
    if extra:
        err(f"{rec['id']}: extra result keys {extra}")


def check_tool(rec):
    keys = list(rec.keys())
    if keys != ["id", "kind", "server", "tool", "label"]:
        err(f"{rec['id']}: bad keys {keys}")
    t = rec["tool"]
    if not NAME_RE.match(t.get("name", "")):
        err(f"{rec['id']}: bad tool name {t.get('name')}")
    if not isinstance(t.get("description"), str) or not t["description"]:
        err(f"{rec['id']}: missing description")
    s = t.get("inputSchema")
    if not isinstance(s, dict) or s.get("type") != "object" or not isinstance(s.get("properties"), dict):
        err(f"{rec['id']}: bad inputSchema")
    for req in s.get("required", []):
        if req not in s["properties"]:
            err(f"{rec['id']}: required '{req}' not in properties")
    if "outputSchema" in t and t["outputSchema"].get("type") != "object":
        err(f"{rec['id']}: outputSchema must be object")
    extra = set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}
    if extra:
        err(f"{rec['id']}: extra tool keys {extra}")


def bucket(n):
    for lim, lab in [(100, "<100"), (2000, "100-2k"), (3000, "2k-3k"), (8000, "3k-8k"), (10000, "8k-10k"), (25000, "10k-25k")]:
        if n < lim:
            return lab
    return ">=25k"


def load(path, kind, check):
    recs, ids = [], set()
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{path}:{ln}: {e}")
                continue
            if rec.get("id") in ids:
                err(f"duplicate id {rec.get('id')}")
            ids.add(rec.get("id"))
            if rec.get("kind") != kind or rec.get("server") != build.SERVER or rec.get("label") not in (0, 1):
                err(f"{rec.get('id')}: bad kind/server/label")
            if not str(rec.get("id", "")).startswith(f"{build.ID}-{kind[0]}-"):
                err(f"{rec.get('id')}: bad id prefix")
            check(rec)
            check_values(rec, line)
            recs.append(rec)
    return recs


def pct(a, b):
    return f"{a} ({100.0 * a / b:.1f}%)" if b else "0"


def main():
    rp, tp = os.path.join(OUT, "results.jsonl"), os.path.join(OUT, "tools.jsonl")
    res = load(rp, "result", check_result)
    tools = load(tp, "tool", check_tool)
    rmeta, tmeta = build.collect()
    with open(rp, encoding="utf-8") as f:
        if f.read() != build.serialize(rmeta):
            err("results.jsonl differs from a fresh build (not deterministic or stale)")
    with open(tp, encoding="utf-8") as f:
        if f.read() != build.serialize(tmeta):
            err("tools.jsonl differs from a fresh build (not deterministic or stale)")
    meta_r = {rec["id"]: m for rec, m in rmeta}
    meta_t = {rec["id"]: m for rec, m in tmeta}

    print(f"== results: {len(res)}")
    lab = collections.Counter(r["label"] for r in res)
    print("label:", {k: pct(v, len(res)) for k, v in sorted(lab.items())})
    print("length:", dict(sorted(collections.Counter(bucket(text_len(r)) for r in res).items())))
    langs = collections.Counter(meta_r[r["id"]]["lang"] for r in res)
    nonen = sum(v for k, v in langs.items() if k != "en")
    print("language:", dict(langs.most_common()), "| non-English:", pct(nonen, len(res)))
    print("non-English by label:", dict(collections.Counter(r["label"] for r in res if meta_r[r["id"]]["lang"] != "en")))
    print("format:", dict(collections.Counter(meta_r[r["id"]]["fmt"] for r in res).most_common()))
    iserr = [r for r in res if r["result"]["isError"]]
    print("isError:", len(iserr), "by label", dict(collections.Counter(r["label"] for r in iserr)))
    mb = [r for r in res if len(r["result"]["content"]) > 1]
    print("multi-block:", len(mb), "by label", dict(collections.Counter(r["label"] for r in mb)))
    sc = [r for r in res if "structuredContent" in r["result"]]
    print("structuredContent:", len(sc), "by label", dict(collections.Counter(r["label"] for r in sc)))
    print("per source file:")
    per = collections.defaultdict(collections.Counter)
    for r in res:
        per[meta_r[r["id"]]["src"]][r["label"]] += 1
    for k in sorted(per):
        print(f"  {k:<22} label0={per[k][0]:>3} label1={per[k][1]:>3}")
    print("length by label (min/median/max):")
    for l in (0, 1):
        ls = sorted(text_len(r) for r in res if r["label"] == l)
        print(f"  label {l}: {ls[0]} / {ls[len(ls) // 2]} / {ls[-1]}")

    print(f"== tools: {len(tools)}")
    lab = collections.Counter(t["label"] for t in tools)
    print("label:", {k: pct(v, len(tools)) for k, v in sorted(lab.items())})
    ann = [t for t in tools if "annotations" in t["tool"]]
    print("annotations:", pct(len(ann), len(tools)), "by label", dict(collections.Counter(t["label"] for t in ann)))
    print("outputSchema:", sum(1 for t in tools if "outputSchema" in t["tool"]))
    print("poison placement:", dict(collections.Counter(meta_t[t["id"]]["where"] for t in tools if t["label"] == 1).most_common()))
    print("language:", dict(collections.Counter(meta_t[t["id"]]["lang"] for t in tools)))
    print("length:", dict(sorted(collections.Counter(bucket(text_len(t)) for t in tools).items())))
    per = collections.defaultdict(collections.Counter)
    for t in tools:
        per[meta_t[t["id"]]["src"]][t["label"]] += 1
    for k in sorted(per):
        print(f"  {k:<22} label0={per[k][0]:>3} label1={per[k][1]:>3}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:60]:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
