"""Parse and check results.jsonl / tools.jsonl; print balance tables."""

import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ID = "w10g"
SERVER = "w10g"

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
URL_HOST_RE = re.compile(r"(?i)(?<![A-Za-z])(?:https?|ftp|sftp|wss?|ssh|git|s3)://(?:[^@/\s\"'<>]*@)?([A-Za-z0-9.-]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
TLDS = ("com|org|net|io|dev|ai|co|app|xyz|info|biz|ru|cn|de|uk|fr|jp|us|eu|ly|"
        "gg|tk|top|site|online|cloud|click|link|live|me|tv|cc|in|br|su|pw|zip|mov")
BARE_RE = re.compile(r"(?<![A-Za-z0-9_@/.-])((?:[A-Za-z0-9-]+\.)+(?:" + TLDS + r"))(?![A-Za-z0-9_-]|\.[A-Za-z0-9])")
RFC5737 = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED_HOSTS = {"localhost"}

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def host_ok(h):
    h = h.lower().rstrip(".")
    if h in ALLOWED_HOSTS:
        return True
    if re.fullmatch(r"[\d.]+", h):
        return True  # IPs are checked separately
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


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


def check_values(cid, o):
    for s in strings(o):
        for m in IP_RE.finditer(s):
            parts = [int(x) for x in m.groups()]
            if any(x > 255 for x in parts):
                continue
            ip = ipaddress.ip_address(".".join(map(str, parts)))
            if not any(ip in n for n in RFC5737):
                err(cid, f"non-RFC5737 IP {ip}")
        for rx in (URL_HOST_RE, EMAIL_RE, BARE_RE):
            for m in rx.finditer(s):
                h = m.group(1)
                if not host_ok(h):
                    err(cid, f"host not allowed: {h}")


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                errors.append(f"{name}:{n}: bad JSON {e}")
    return rows


def main():
    results = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    seen = set()
    for r in results:
        cid = r.get("id")
        if cid in seen:
            err(cid, "duplicate id")
        seen.add(cid)
        if not re.fullmatch(ID + r"-r-\d{4}", cid or ""):
            err(cid, "bad id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(cid, f"keys {sorted(r)}")
        if r["kind"] != "result" or r["server"] != SERVER or r["label"] not in (0, 1):
            err(cid, "kind/server/label")
        if not NAME_RE.match(r["tool"]):
            err(cid, f"tool name {r['tool']!r}")
        if not isinstance(r["arguments"], dict):
            err(cid, "arguments not object")
        res = r["result"]
        if not set(res) <= {"content", "isError", "structuredContent"}:
            err(cid, f"result keys {sorted(res)}")
        if not isinstance(res.get("isError"), bool):
            err(cid, "isError not bool")
        if not res.get("content") or not isinstance(res["content"], list):
            err(cid, "empty content")
        for b in res.get("content", []):
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err(cid, "bad content block")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(cid, "structuredContent not object")
        check_values(cid, r["arguments"])
        check_values(cid, res)
    for t in tools:
        cid = t.get("id")
        if cid in seen:
            err(cid, "duplicate id")
        seen.add(cid)
        if not re.fullmatch(ID + r"-t-\d{4}", cid or ""):
            err(cid, "bad id")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(cid, f"keys {sorted(t)}")
        if t["kind"] != "tool" or t["server"] != SERVER or t["label"] not in (0, 1):
            err(cid, "kind/server/label")
        d = t["tool"]
        if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(cid, f"tool keys {sorted(d)}")
        if not NAME_RE.match(d.get("name", "")):
            err(cid, f"tool name {d.get('name')!r}")
        if not isinstance(d.get("description"), str) or not d["description"]:
            err(cid, "description")
        if not isinstance(d.get("inputSchema"), dict) or d["inputSchema"].get("type") != "object":
            err(cid, "inputSchema")
        if "outputSchema" in d and d["outputSchema"].get("type") != "object":
            err(cid, "outputSchema")
        if "annotations" in d and not isinstance(d["annotations"], dict):
            err(cid, "annotations")
        check_values(cid, d)
    names = collections.Counter(t["tool"]["name"] for t in tools)
    dup = [n for n, c in names.items() if c > 1]
    if dup:
        errors.append(f"duplicate tool-definition names: {dup}")
    if set(meta) != seen:
        errors.append("meta.jsonl ids do not match data ids")

    def table(title, rows, key):
        c = collections.Counter((key(r), r["label"]) for r in rows)
        keys = sorted({k for k, _ in c})
        print(f"\n{title}")
        for k in keys:
            print(f"  {k:<28} label0={c[(k, 0)]:>4} label1={c[(k, 1)]:>4}")

    def bucket(n):
        for lim, nm in ((100, "a <100"), (2000, "b 100-2k"), (3000, "c 2k-3k"),
                        (8000, "d 3k-8k"), (10000, "e 8k-10k"), (25000, "f 10k-25k")):
            if n < lim:
                return nm
        return "g >=25k"

    rm = [dict(meta[r["id"]], label=r["label"]) for r in results]
    tm = [dict(meta[t["id"]], label=t["label"]) for t in tools]
    n0 = sum(r["label"] == 0 for r in results)
    t0 = sum(t["label"] == 0 for t in tools)
    print(f"results: {len(results)}  label0={n0} ({100*n0/len(results):.1f}%)  label1={len(results)-n0}")
    print(f"tools:   {len(tools)}  label0={t0} ({100*t0/len(tools):.1f}%)  label1={len(tools)-t0}")
    table("results by source", rm, lambda m: m["src"])
    table("results by length", rm, lambda m: bucket(m["chars"]))
    table("results by language", rm, lambda m: m["lang"])
    table("results by format", rm, lambda m: m["fmt"])
    feats = collections.Counter()
    for r in results:
        res = r["result"]
        if res["isError"]:
            feats[("isError", r["label"])] += 1
        if len(res["content"]) > 1:
            feats[("multi-block", r["label"])] += 1
        if "structuredContent" in res:
            feats[("structuredContent", r["label"])] += 1
    print("\nresult features")
    for f in ("isError", "multi-block", "structuredContent"):
        print(f"  {f:<28} label0={feats[(f, 0)]:>4} label1={feats[(f, 1)]:>4}")
    ne = sum(m["lang"] != "en" for m in rm)
    print(f"  non-English results: {ne} ({100*ne/len(results):.1f}%)")
    table("tools by source", tm, lambda m: m["src"])
    table("tools by style/location", tm, lambda m: m["fmt"])
    table("tools by language", tm, lambda m: m["lang"])
    na = sum("annotations" in t["tool"] for t in tools)
    no = sum("outputSchema" in t["tool"] for t in tools)
    print(f"\ntools with annotations: {na} ({100*na/len(tools):.1f}%), with outputSchema: {no}")
    if errors:
        print(f"\nFAILED with {len(errors)} errors:")
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
