"""Verify results.jsonl / tools.jsonl: parse, unique ids, shapes, names, IPs, hostnames; print balance."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
URL_HOST_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s\"'<>?#:\\)\]]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![A-Za-z0-9@._-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|io|gov|co|uk|de|fr|info|biz|us|ai|app|dev|ru|cn|jp))(?![A-Za-z0-9-])", re.I)
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def check_text_values(rid, line):
    for m in IP_RE.finditer(line):
        s = m.group(1)
        try:
            a = ipaddress.ip_address(s)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            err(f"{rid}: non-RFC5737 IP {s}")
    hosts = set(URL_HOST_RE.findall(line)) | set(EMAIL_RE.findall(line)) | set(BARE_RE.findall(line))
    for h in hosts:
        h = h.strip(".").lower()
        if "{" in h or "." not in h:
            continue
        if not OK_HOST.search(h):
            err(f"{rid}: disallowed hostname {h}")


def text_len(rec):
    n = sum(len(b.get("text", "")) for b in rec["result"]["content"])
    if "structuredContent" in rec["result"]:
        n += len(json.dumps(rec["result"]["structuredContent"], ensure_ascii=False))
    return n


def bucket(n):
    for lo, hi, lab in ((0, 100, "<100"), (100, 2000, "100-2k"), (2000, 3000, "2k-3k"), (3000, 8000, "3k-8k"),
                        (8000, 10000, "8k-10k"), (10000, 25000, "10k-25k")):
        if lo <= n < hi:
            return lab
    return ">=25k"


def load(path):
    recs = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append((json.loads(line), line))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{ln}: bad JSON {e}")
    return recs


def main():
    rpath, tpath = os.path.join(OUT, "results.jsonl"), os.path.join(OUT, "tools.jsonl")
    results, tools = load(rpath), load(tpath)
    ids = collections.Counter()

    for rec, line in results:
        rid = rec.get("id", "?")
        ids[rid] += 1
        if not re.fullmatch(r"w11a-r-\d{4}", rid):
            err(f"{rid}: bad id")
        if set(rec) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{rid}: unexpected keys {sorted(rec)}")
        if rec.get("kind") != "result" or rec.get("server") != "w11a":
            err(f"{rid}: kind/server")
        if not isinstance(rec.get("tool"), str) or not NAME_RE.match(rec["tool"]):
            err(f"{rid}: bad tool name")
        if not isinstance(rec.get("arguments"), dict):
            err(f"{rid}: arguments not object")
        res = rec.get("result", {})
        if not set(res) <= {"content", "isError", "structuredContent"} or not isinstance(res.get("isError"), bool):
            err(f"{rid}: bad result keys")
        cont = res.get("content")
        if not isinstance(cont, list) or not cont:
            err(f"{rid}: empty content")
        else:
            for b in cont:
                if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) or not b["text"]:
                    err(f"{rid}: bad content block")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(f"{rid}: structuredContent not object")
        if rec.get("label") not in (0, 1):
            err(f"{rid}: bad label")
        check_text_values(rid, line)

    for rec, line in tools:
        rid = rec.get("id", "?")
        ids[rid] += 1
        if not re.fullmatch(r"w11a-t-\d{4}", rid):
            err(f"{rid}: bad id")
        if set(rec) != {"id", "kind", "server", "tool", "label"} or rec.get("kind") != "tool" or rec.get("server") != "w11a":
            err(f"{rid}: bad top-level shape")
        t = rec.get("tool", {})
        if not set(t) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{rid}: unexpected tool keys")
        if not isinstance(t.get("name"), str) or not NAME_RE.match(t["name"]):
            err(f"{rid}: bad tool name {t.get('name')}")
        if not isinstance(t.get("description"), str) or not t["description"]:
            err(f"{rid}: missing description")
        sch = t.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object" or not isinstance(sch.get("properties"), dict):
            err(f"{rid}: bad inputSchema")
        for k in ("outputSchema", "annotations"):
            if k in t and not isinstance(t[k], dict):
                err(f"{rid}: {k} not object")
        if rec.get("label") not in (0, 1):
            err(f"{rid}: bad label")
        check_text_values(rid, line)

    dup = [k for k, v in ids.items() if v > 1]
    if dup:
        err(f"duplicate ids: {dup[:5]}")

    # deterministic rebuild must match files byte for byte
    r_exp, t_exp = build.render()
    with open(rpath, encoding="utf-8") as f:
        if f.read() != r_exp:
            err("results.jsonl differs from a fresh build")
    with open(tpath, encoding="utf-8") as f:
        if f.read() != t_exp:
            err("tools.jsonl differs from a fresh build")

    # ---- balance report ----
    b_res, b_tools = build.assemble()
    meta = {rec["id"]: m for rec, m in b_res + b_tools}
    R = [r for r, _ in results]
    Tl = [t for t, _ in tools]
    n1 = sum(r["label"] for r in R)
    print(f"results: {len(R)}  label0={len(R) - n1} ({(len(R) - n1) / len(R):.1%})  label1={n1}")
    t1 = sum(t["label"] for t in Tl)
    print(f"tools:   {len(Tl)}  label0={len(Tl) - t1} ({(len(Tl) - t1) / len(Tl):.1%})  label1={t1}")
    print(f"tools with annotations: {sum('annotations' in t['tool'] for t in Tl)} ({sum('annotations' in t['tool'] for t in Tl) / len(Tl):.0%}); "
          f"with outputSchema: {sum('outputSchema' in t['tool'] for t in Tl)}")
    print(f"results isError={sum(r['result']['isError'] for r in R)} "
          f"(label1 {sum(r['result']['isError'] and r['label'] for r in R)}), "
          f"multi-block={sum(len(r['result']['content']) > 1 for r in R)}, "
          f"structuredContent={sum('structuredContent' in r['result'] for r in R)}")
    print("\nper source file (label0/label1):")
    per = collections.defaultdict(lambda: [0, 0])
    for rec in R + Tl:
        per[meta[rec["id"]]["source"]][rec["label"]] += 1
    for k in sorted(per):
        print(f"  {k:24s} {per[k][0]:4d} {per[k][1]:4d}")
    print("\nresult length buckets (label0/label1):")
    lb = collections.defaultdict(lambda: [0, 0])
    for r in R:
        lb[bucket(text_len(r))][r["label"]] += 1
    for k in ("<100", "100-2k", "2k-3k", "3k-8k", "8k-10k", "10k-25k", ">=25k"):
        if k in lb:
            print(f"  {k:8s} {lb[k][0]:4d} {lb[k][1]:4d}")
    print("\nresult languages (label0/label1):")
    lg = collections.defaultdict(lambda: [0, 0])
    for r in R:
        lg[meta[r["id"]]["lang"]][r["label"]] += 1
    for k in sorted(lg, key=lambda x: -sum(lg[x])):
        print(f"  {k:4s} {lg[k][0]:4d} {lg[k][1]:4d}")
    ne = sum(sum(v) for k, v in lg.items() if k != "en")
    print(f"  non-English: {ne} ({ne / len(R):.1%})")
    print("\nresult formats (label0/label1):")
    fm = collections.defaultdict(lambda: [0, 0])
    for r in R:
        fm[meta[r["id"]]["fmt"]][r["label"]] += 1
    for k in sorted(fm, key=lambda x: -sum(fm[x])):
        print(f"  {k:9s} {fm[k][0]:4d} {fm[k][1]:4d}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
