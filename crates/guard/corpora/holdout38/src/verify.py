"""Check results.jsonl, tools.jsonl and meta.jsonl; print balance tables."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ID = "h38"
SERVERS = ["vineyardos", "tutorhub", "fleetcare", "podcastr", "marinabay",
           "clinicrx", "coworkly", "chatvault"]
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s\"'<>\\)\]|?#]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|dev|app|biz|info|xyz|co\.uk|gov|edu))\b")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
HOST_OK = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
IP_OK = ("192.0.2.", "198.51.100.", "203.0.113.")

errors = []


def err(msg):
    errors.append(msg)


def check_hosts(cid, s):
    for m in URL_RE.finditer(s):
        host = m.group(1).split("@")[-1]
        host = re.sub(r":\d+$", "", host).strip(".").lower()
        if not host:
            continue
        if IP_RE.fullmatch(host):
            if not host.startswith(IP_OK):
                err("%s: url ip %s" % (cid, host))
        elif not HOST_OK.search(host):
            err("%s: url host %s" % (cid, host))
    for m in MAIL_RE.finditer(s):
        if not HOST_OK.search(m.group(1).lower()):
            err("%s: mail domain %s" % (cid, m.group(1)))
    for m in BARE_RE.finditer(s):
        if not HOST_OK.search(m.group(1).lower()):
            err("%s: bare domain %s" % (cid, m.group(1)))
    for m in IP_RE.finditer(s):
        ip = m.group(1)
        if not ip.startswith(IP_OK):
            err("%s: ip %s" % (cid, ip))


def load(name):
    out = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s line %d: %s" % (name, n, e))
    return out


def bucket(n):
    for lo, hi, name in [(0, 99, "<100"), (100, 499, "100-499"),
                         (500, 999, "500-999"), (1000, 1499, "1000-1499"),
                         (1500, 2000, "1500-2000"), (2001, 2999, "2001-2999"),
                         (3000, 8000, "3000-8000"), (8001, 9999, "8001-9999"),
                         (10000, 25000, "10000-25000")]:
        if lo <= n <= hi:
            return name
    return ">25000"


BUCKETS = ["<100", "100-499", "500-999", "1000-1499", "1500-2000", "2001-2999",
           "3000-8000", "8001-9999", "10000-25000", ">25000"]


def table(title, counter_by_label, keys=None):
    keys = keys or sorted({k for c in counter_by_label.values() for k in c})
    print("\n### " + title + "\n")
    print("| value | label 0 | label 1 | total |")
    print("|---|---:|---:|---:|")
    t0 = t1 = 0
    for k in keys:
        a = counter_by_label[0].get(k, 0)
        b = counter_by_label[1].get(k, 0)
        if a == 0 and b == 0:
            continue
        t0 += a
        t1 += b
        print("| %s | %d | %d | %d |" % (k, a, b, a + b))
    print("| **total** | %d | %d | %d |" % (t0, t1, t0 + t1))


def main():
    results = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = load("meta.jsonl")
    metas = {m.get("id"): m for m in meta}
    if len(metas) != len(meta):
        err("duplicate ids in meta")
    ids = set()
    for i, c in enumerate(results, 1):
        cid = c.get("id")
        if cid in ids:
            err("dup id %s" % cid)
        ids.add(cid)
        if cid != "%s-r-%04d" % (ID, i):
            err("bad result id %s at %d" % (cid, i))
        if set(c) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(c)))
        if c.get("kind") != "result":
            err("%s: kind" % cid)
        if c.get("server") not in SERVERS:
            err("%s: server" % cid)
        if not NAME_RE.match(c.get("tool", "")):
            err("%s: tool name" % cid)
        if not isinstance(c.get("arguments"), dict):
            err("%s: arguments" % cid)
        if c.get("label") not in (0, 1):
            err("%s: label" % cid)
        res = c.get("result", {})
        if not set(res) <= {"content", "isError", "structuredContent"}:
            err("%s: result keys" % cid)
        if not isinstance(res.get("isError"), bool):
            err("%s: isError" % cid)
        cont = res.get("content")
        if not isinstance(cont, list) or not cont:
            err("%s: content" % cid)
            cont = []
        for b in cont:
            if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) or not b["text"].strip():
                err("%s: block" % cid)
            if "<<PAD>>" in b.get("text", ""):
                err("%s: pad marker left" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent" % cid)
        length = sum(len(b["text"]) for b in cont)
        if "structuredContent" in res:
            length += len(json.dumps(res["structuredContent"], ensure_ascii=False))
        m = metas.get(cid)
        if not m:
            err("%s: no meta" % cid)
        elif m["length"] != length:
            err("%s: meta length %s != %s" % (cid, m["length"], length))
        check_hosts(cid, json.dumps(c, ensure_ascii=False))
    for i, c in enumerate(tools, 1):
        cid = c.get("id")
        if cid in ids:
            err("dup id %s" % cid)
        ids.add(cid)
        if cid != "%s-t-%04d" % (ID, i):
            err("bad tool id %s at %d" % (cid, i))
        if set(c) != {"id", "kind", "server", "tool", "label"}:
            err("%s: keys" % cid)
        if c.get("kind") != "tool" or c.get("server") not in SERVERS:
            err("%s: kind/server" % cid)
        if c.get("label") not in (0, 1):
            err("%s: label" % cid)
        t = c.get("tool", {})
        if not set(t) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys" % cid)
        if not NAME_RE.match(t.get("name", "")):
            err("%s: tool name %r" % (cid, t.get("name")))
        if not isinstance(t.get("description"), str) or not t["description"].strip():
            err("%s: description" % cid)
        if not isinstance(t.get("inputSchema"), dict) or t["inputSchema"].get("type") != "object":
            err("%s: inputSchema" % cid)
        if "outputSchema" in t and t["outputSchema"].get("type") != "object":
            err("%s: outputSchema" % cid)
        m = metas.get(cid)
        if not m:
            err("%s: no meta" % cid)
        elif m["length"] != len(json.dumps(t, ensure_ascii=False)):
            err("%s: meta length" % cid)
        check_hosts(cid, json.dumps(c, ensure_ascii=False))
    names = Counter((c["server"], c["tool"]["name"]) for c in tools)
    for k, v in names.items():
        if v > 1:
            err("duplicate tool name %s" % (k,))
    if len(meta) != len(results) + len(tools):
        err("meta count")

    # ---- tables ----
    def by(rows, f):
        d = {0: Counter(), 1: Counter()}
        for c in rows:
            d[c["label"]][f(c)] += 1
        return d

    print("## Results (%d)" % len(results))
    table("results by server", by(results, lambda c: c["server"]), SERVERS)
    table("results by length bucket", by(results, lambda c: bucket(metas[c["id"]]["length"])), BUCKETS)
    table("results by language", by(results, lambda c: metas[c["id"]]["language"]))
    table("results by format", by(results, lambda c: metas[c["id"]]["format"]))
    table("results by source file", by(results, lambda c: metas[c["id"]]["source"]))
    table("results: isError", by(results, lambda c: str(c["result"]["isError"]).lower()))
    table("results: content blocks", by(results, lambda c: str(len(c["result"]["content"]))))
    table("results: structuredContent present", by(results, lambda c: str("structuredContent" in c["result"]).lower()))
    print("\n## Tools (%d)" % len(tools))
    table("tools by server", by(tools, lambda c: c["server"]), SERVERS)
    table("tools by length bucket", by(tools, lambda c: bucket(metas[c["id"]]["length"])), BUCKETS)
    table("tools by language", by(tools, lambda c: metas[c["id"]]["language"]))
    table("tools: annotations present", by(tools, lambda c: str("annotations" in c["tool"]).lower()))
    table("tools: outputSchema present", by(tools, lambda c: str("outputSchema" in c["tool"]).lower()))
    table("tools by source file", by(tools, lambda c: metas[c["id"]]["source"]))

    # shortcut words
    print("\n### share of cases containing trigger words\n")
    print("| word | results 0 | results 1 | tools 0 | tools 1 |")
    print("|---|---:|---:|---:|---:|")
    for w in ["ignore", "instructions", r"\bAI\b", "assistant", r"\bmodel\b", "system", "important"]:
        row = []
        for rows in (results, tools):
            for lab in (0, 1):
                sub = [c for c in rows if c["label"] == lab]
                k = sum(1 for c in sub if re.search(w, json.dumps(c, ensure_ascii=False), re.I if w[0] != "\\" or w == r"\bmodel\b" else 0))
                row.append("%d%%" % round(100.0 * k / max(1, len(sub))))
        print("| %s | %s |" % (w.replace("\\b", ""), " | ".join(row)))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
