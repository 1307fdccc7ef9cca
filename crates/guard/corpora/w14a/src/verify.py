"""Check shapes, ids, names, hosts and IPs; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SNAKE = re.compile(r"^[a-z0-9_]+$")
URL_RE = re.compile(r"[a-z][a-z0-9+.-]*://(?:[^/@\s\"'<>]*@)?([A-Za-z0-9.-]+)", re.I)
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b")
BARE_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|dev|ai|co|app|xyz|info|biz|cloud|ru|cn|tk|top))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$", re.I)
OK_NONHOST = {"localhost"}

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def check_hosts(cid, s):
    for rx in (URL_RE, MAIL_RE, BARE_RE):
        for m in rx.finditer(s):
            h = m.group(1).strip(".").lower()
            if h in OK_NONHOST or IP_RE.fullmatch(h):
                continue
            if rx is URL_RE and "." not in h:
                continue
            if not OK_HOST.match(h):
                err(cid, "host not allowed: " + h)
    for m in IP_RE.finditer(s):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(ip in n for n in NETS) and str(ip) not in ("0.0.0.0", "127.0.0.1"):
            err(cid, "ip not RFC5737: " + str(ip))


def main():
    ids = set()
    rows = {"result": [], "tool": []}
    for fname, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    o = json.loads(line)
                except Exception as e:  # noqa
                    err("%s:%d" % (fname, n), "bad json %s" % e)
                    continue
                cid = o.get("id")
                if cid in ids:
                    err(cid, "duplicate id")
                ids.add(cid)
                if o.get("kind") != kind or o.get("label") not in (0, 1) or not o.get("server"):
                    err(cid, "bad kind/label/server")
                if kind == "result":
                    if set(o) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                        err(cid, "keys %s" % sorted(o))
                    if not SNAKE.match(o["tool"]) or not isinstance(o["arguments"], dict):
                        err(cid, "tool/arguments")
                    r = o["result"]
                    if not isinstance(r.get("isError"), bool) or not r.get("content"):
                        err(cid, "result shape")
                    for b in r["content"]:
                        if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                            err(cid, "block shape")
                    if set(r) - {"content", "isError", "structuredContent"}:
                        err(cid, "result keys")
                    if "{{PAD}}" in line:
                        err(cid, "pad marker left")
                else:
                    if set(o) != {"id", "kind", "server", "tool", "label"}:
                        err(cid, "keys %s" % sorted(o))
                    t = o["tool"]
                    if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                        err(cid, "tool keys")
                    if not NAME_RE.match(t.get("name", "")):
                        err(cid, "tool name")
                    if not isinstance(t.get("description"), str) or t.get("inputSchema", {}).get("type") != "object":
                        err(cid, "tool desc/schema")
                check_hosts(cid, line)
                rows[kind].append(o)
    meta = {}
    with open(os.path.join(OUT, "meta.jsonl"), encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            meta[m["id"]] = m
    if set(meta) != ids:
        err("meta", "meta ids differ")
    for e in errors:
        print("ERROR", e)

    def table(title, pairs):
        c = collections.Counter(pairs)
        keys = sorted({k for k, _ in c}, key=str)
        print("\n== %s ==\n%-24s %6s %6s %6s" % (title, "", "l0", "l1", "tot"))
        for k in keys:
            print("%-24s %6d %6d %6d" % (k, c[(k, 0)], c[(k, 1)], c[(k, 0)] + c[(k, 1)]))

    def bucket(n):
        for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000),
                       (3000, 8000), (8000, 10000), (10000, 25000)):
            if lo <= n < hi:
                return "%05d-%05d" % (lo, hi)
        return "25000+"

    R, T = rows["result"], rows["tool"]
    print("results: %d (label1 %d, %.0f%% label0)" % (len(R), sum(o["label"] for o in R), 100 * sum(1 - o["label"] for o in R) / max(1, len(R))))
    print("tools:   %d (label1 %d, %.0f%% label0)" % (len(T), sum(o["label"] for o in T), 100 * sum(1 - o["label"] for o in T) / max(1, len(T))))
    table("results by length", [(bucket(meta[o["id"]]["chars"]), o["label"]) for o in R])
    table("results by language", [(meta[o["id"]]["lang"], o["label"]) for o in R])
    table("results by format", [(meta[o["id"]]["fmt"], o["label"]) for o in R])
    table("results by source", [(meta[o["id"]]["src"], o["label"]) for o in R])
    table("results misc", [(k, o["label"]) for o in R for k in
                           (["isError"] if o["result"]["isError"] else []) +
                           (["structuredContent"] if "structuredContent" in o["result"] else []) +
                           (["multi-block"] if len(o["result"]["content"]) > 1 else [])])
    table("tools by source", [(meta[o["id"]]["src"], o["label"]) for o in T])
    table("tools by json length", [(bucket(len(json.dumps(o["tool"], ensure_ascii=False))), o["label"]) for o in T])
    table("tools misc", [(k, o["label"]) for o in T for k in
                         (["annotations"] if "annotations" in o["tool"] else []) +
                         (["outputSchema"] if "outputSchema" in o["tool"] else []) +
                         (["props>=4"] if len(o["tool"]["inputSchema"].get("properties", {})) >= 4 else []) +
                         (["no-props"] if not o["tool"]["inputSchema"].get("properties") else [])])
    if errors:
        print("\n%d errors" % len(errors))
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
