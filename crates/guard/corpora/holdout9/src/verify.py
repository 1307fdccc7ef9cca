#!/usr/bin/env python3
"""Check results.jsonl / tools.jsonl and print balance statistics."""
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
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_HOST_RE = re.compile(r"(?:https?|ftp|ldap|wss?)://([A-Za-z0-9.-]+)|[A-Za-z0-9._%+-]@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
FAKE_HOST_RE = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
PASSIVE_BANNED = re.compile(r"\b(ai|assistants?|models?|ignor\w*|instructions?)\b", re.I)
errors = []


def err(msg):
    errors.append(msg)


def text_of_result(rec):
    r = rec["result"]
    t = "\n".join(b["text"] for b in r["content"])
    if "structuredContent" in r:
        t += "\n" + json.dumps(r["structuredContent"], ensure_ascii=False)
    return t


def text_of_tool(rec):
    return json.dumps(rec["tool"], ensure_ascii=False)


def check_ips(s, rid):
    for m in IP_RE.finditer(s):
        octets = [int(x) for x in m.groups()]
        if any(o > 255 for o in octets):
            err(f"{rid}: IP-like string out of range {m.group(0)}")
            continue
        ip = ipaddress.ip_address(m.group(0))
        if not any(ip in n for n in ALLOWED_NETS):
            err(f"{rid}: IP outside RFC 5737 ranges: {m.group(0)}")


def check_hosts(s, rid):
    for m in URL_HOST_RE.finditer(s):
        host = (m.group(1) or m.group(2) or "").rstrip(".").lower()
        if not host or IP_RE.fullmatch(host):
            continue
        if "." not in host or not re.search(r"[a-z]", host.rsplit(".", 1)[-1]):
            continue  # internal single-label names, or package@1.2.3 version strings
        if not FAKE_HOST_RE.search(host):
            err(f"{rid}: non-example host in URL/email: {host}")


def fmt_of(rec):
    """Rough surface-format heuristic (informational only)."""
    r = rec["result"]
    if "structuredContent" in r:
        return "structured"
    t = r["content"][0]["text"] if len(r["content"]) == 1 else "\n".join(b["text"] for b in r["content"])
    s = t.lstrip()
    lines = [l for l in t.splitlines() if l.strip()]
    if s[:1] in "{[":
        return "structured"
    if "diff --git" in t or re.search(r"^(<\w+|<!--)", s) or t.count("</") >= 2:
        return "structured"
    logish = sum(bool(re.match(r"^\s*(\[?\d{2,4}[-:/T]|\d{1,3}(\.\d{1,3}){3} |#\d+ |commit [0-9a-f]{7,}|\S+\s+\|)", l)) for l in lines)
    tabular = sum(("\t" in l) or (l.count(",") >= 2 and len(l) < 200) or (l.count("|") >= 2) for l in lines)
    yamlish = sum(bool(re.match(r"^\s*[\w.-]+:\s", l)) for l in lines)
    if lines and max(logish, tabular, yamlish) / len(lines) >= 0.5:
        return "structured"
    return "prose"


def bucket(n):
    for lim, name in ((100, "<100"), (2000, "100-2k"), (3000, "2k-3k"), (8000, "3k-8k"), (10000, "8k-10k"), (25000, "10k-25k")):
        if n < lim:
            return name
    return ">=25k"


def load(fname):
    recs = []
    with open(os.path.join(ROOT, fname), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{fname}:{ln}: does not parse: {e}")
    return recs


def main():
    results = load("results.jsonl")
    tools = load("tools.jsonl")
    exp_results, exp_tools = build.collect()
    if [r for r, _ in exp_results] != results or [t for t, _ in exp_tools] != tools:
        err("JSONL files differ from a fresh collect(); rerun build.py")
    meta = {r["id"]: m for r, m in exp_results + exp_tools}
    ids = [r["id"] for r in results + tools]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        err(f"duplicate ids: {dup}")

    for rec in results:
        rid = rec["id"]
        if list(rec.keys())[:3] != ["id", "kind", "server"] or rec["kind"] != "result" or rec["server"] != "holdout9":
            err(f"{rid}: bad header keys")
        if not NAME_RE.match(rec["tool"]):
            err(f"{rid}: bad tool name {rec['tool']}")
        if rec["label"] not in (0, 1):
            err(f"{rid}: bad label")
        r = rec["result"]
        if not isinstance(r.get("isError"), bool) or not r.get("content"):
            err(f"{rid}: bad result")
        for b in r["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip():
                err(f"{rid}: bad content block")
        if not isinstance(rec["arguments"], dict):
            err(f"{rid}: arguments not an object")
        if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
            err(f"{rid}: structuredContent must be an object")
        check_ips(text_of_result(rec) + json.dumps(rec["arguments"]), rid)
        check_hosts(text_of_result(rec) + json.dumps(rec["arguments"], ensure_ascii=False), rid)
    for rec in tools:
        rid = rec["id"]
        t = rec["tool"]
        if rec["kind"] != "tool" or rec["server"] != "holdout9" or rec["label"] not in (0, 1):
            err(f"{rid}: bad header")
        if not NAME_RE.match(t["name"]):
            err(f"{rid}: bad tool name {t['name']}")
        if t.get("inputSchema", {}).get("type") != "object":
            err(f"{rid}: inputSchema must be an object schema")
        if "outputSchema" in t and t["outputSchema"].get("type") != "object":
            err(f"{rid}: outputSchema must be an object schema")
        check_ips(text_of_tool(rec), rid)
        check_hosts(text_of_tool(rec), rid)
    tool_names = collections.Counter(t["tool"]["name"] for t in tools)
    for n, c in tool_names.items():
        if c > 1:
            err(f"tool name used by {c} tool cases: {n}")

    # passive-wording check
    passive = [(r, text_of_result(r)) for r in results if meta[r["id"]]["passive"]] + \
              [(t, text_of_tool(t)) for t in tools if meta[t["id"]]["passive"]]
    for rec, txt in passive:
        if rec["label"] != 1:
            err(f"{rec['id']}: passive flag on a benign case")
        m = PASSIVE_BANNED.search(txt)
        if m:
            err(f"{rec['id']}: passive attack uses banned word '{m.group(0)}'")

    # statistics
    def show(title, counter):
        print(f"  {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: str(kv[0]))))

    for kind, recs, tfun in (("RESULTS", results, text_of_result), ("TOOLS", tools, text_of_tool)):
        print(f"\n{kind}: {len(recs)}")
        lab = collections.Counter(r["label"] for r in recs)
        print(f"  labels: 0={lab[0]} ({lab[0] / len(recs):.0%}), 1={lab[1]} ({lab[1] / len(recs):.0%})")
        show("length buckets", collections.Counter(bucket(len(tfun(r))) for r in recs))
        for l in (0, 1):
            show(f"length buckets label={l}", collections.Counter(bucket(len(tfun(r))) for r in recs if r["label"] == l))
        show("language", collections.Counter(meta[r["id"]]["lang"] for r in recs))
        show("non-English by label", collections.Counter(r["label"] for r in recs if meta[r["id"]]["lang"] != "en"))
        show("domain", collections.Counter(meta[r["id"]]["domain"] for r in recs))
        for l in (0, 1):
            show(f"domain label={l}", collections.Counter(meta[r["id"]]["domain"] for r in recs if r["label"] == l))
        atk = [r for r in recs if r["label"] == 1]
        pas = sum(meta[r["id"]]["passive"] for r in atk)
        print(f"  passive-worded attacks: {pas}/{len(atk)}")
        if kind == "RESULTS":
            sc = collections.Counter(r["label"] for r in recs if "structuredContent" in r["result"])
            print(f"  with structuredContent: {sum(sc.values())} (label0={sc[0]}, label1={sc[1]})")
            mb = collections.Counter(r["label"] for r in recs if len(r["result"]["content"]) > 1)
            print(f"  multi-block content: {sum(mb.values())} (label0={mb[0]}, label1={mb[1]})")
            ie = collections.Counter(r["label"] for r in recs if r["result"]["isError"])
            print(f"  isError true: {sum(ie.values())} (label0={ie[0]}, label1={ie[1]})")
            fm = collections.Counter((fmt_of(r), r["label"]) for r in recs)
            print(f"  surface format (heuristic): structured={fm[('structured', 0)] + fm[('structured', 1)]} "
                  f"(label0={fm[('structured', 0)]}, label1={fm[('structured', 1)]}), prose={fm[('prose', 0)] + fm[('prose', 1)]} "
                  f"(label0={fm[('prose', 0)]}, label1={fm[('prose', 1)]})")
            print(f"  distinct tool names: {len(set(r['tool'] for r in recs))}")
        else:
            for key in ("annotations", "outputSchema"):
                c = collections.Counter(r["label"] for r in recs if key in r["tool"])
                print(f"  with {key}: {sum(c.values())} (label0={c[0]}/{lab[0]}, label1={c[1]}/{lab[1]})")
    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed.")


if __name__ == "__main__":
    main()
