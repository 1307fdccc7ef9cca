"""Check every line of results.jsonl / tools.jsonl and print balance tables."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_HOST = re.compile(r"(?i)\b(?:https?|ftp|wss?)://([^/\s\"'<>)\]`]+)")
MAIL_HOST = re.compile(r"(?i)[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
BARE = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|co|dev|app|ru|cn|xyz|info|biz|me|ly|gl|us|uk|de|ai|site|top))\b")
IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_HOST = re.compile(r"(?i)^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def check_text(cid, text):
    for rx in (URL_HOST, MAIL_HOST):
        for h in rx.findall(text):
            h = h.split(":")[0].split("@")[-1].rstrip(".")
            if IP.fullmatch(h):
                continue
            if not OK_HOST.match(h):
                err(cid, "host " + h)
    for h in BARE.findall(text):
        if not OK_HOST.match(h):
            err(cid, "bare host " + h)
    for m in IP.finditer(text):
        ip = m.group(0)
        if not ip.startswith(OK_NETS):
            err(cid, "ip " + ip)


def bucket(n):
    for lo, hi, name in ((0, 99, "<100"), (100, 500, "100-500"), (501, 1000, "501-1000"), (1001, 2000, "1001-2000"),
                         (2001, 2999, "2001-2999"), (3000, 8000, "3000-8000"), (8001, 9999, "8001-9999"),
                         (10000, 25000, "10000-25000")):
        if lo <= n <= hi:
            return name
    return ">25000"


def table(title, counter):
    print("\n" + title)
    keys = sorted({k for k, _ in counter})
    print("  %-16s %6s %6s %6s" % ("", "0", "1", "all"))
    for k in keys:
        a, b = counter[(k, 0)], counter[(k, 1)]
        print("  %-16s %6d %6d %6d" % (k, a, b, a + b))


def main():
    meta = {}
    with open(os.path.join(OUT, "case_meta.jsonl"), encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            meta[m["id"]] = m
    ids = set()
    res_rows, tool_rows = [], []
    for fname, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line)
                except Exception as e:
                    err("%s:%d" % (fname, ln), "bad json %s" % e)
                    continue
                cid = r.get("id")
                if cid in ids:
                    err(cid, "duplicate id")
                ids.add(cid)
                if r.get("kind") != kind or r.get("label") not in (0, 1) or not isinstance(r.get("server"), str):
                    err(cid, "bad kind/label/server")
                if kind == "result":
                    need = {"id", "kind", "server", "tool", "arguments", "result", "label"}
                    if set(r) != need:
                        err(cid, "keys %s" % sorted(r))
                    if not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict):
                        err(cid, "tool/arguments")
                    res = r["result"]
                    if not isinstance(res.get("content"), list) or not res["content"] or not isinstance(res.get("isError"), bool):
                        err(cid, "result shape")
                    for b in res["content"]:
                        if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip():
                            err(cid, "content block")
                    if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
                        err(cid, "structuredContent")
                    if set(res) - {"content", "isError", "structuredContent"}:
                        err(cid, "extra result keys")
                    blob = json.dumps(r, ensure_ascii=False)
                    res_rows.append(r)
                else:
                    t = r.get("tool", {})
                    if set(r) != {"id", "kind", "server", "tool", "label"}:
                        err(cid, "keys")
                    if not NAME_RE.match(t.get("name", "")) or not isinstance(t.get("description"), str):
                        err(cid, "tool name/description")
                    if not isinstance(t.get("inputSchema"), dict) or t["inputSchema"].get("type") != "object":
                        err(cid, "inputSchema")
                    if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations", "title"}:
                        err(cid, "extra tool keys")
                    blob = json.dumps(r, ensure_ascii=False)
                    tool_rows.append(r)
                check_text(cid, blob.replace("\\n", "\n").replace("\\\"", "\""))
                if cid not in meta:
                    err(cid, "no meta")
    lab = collections.Counter()
    for rows, name in ((res_rows, "results"), (tool_rows, "tools")):
        c = collections.Counter(r["label"] for r in rows)
        print("%s: %d  (label0 %d = %.0f%%, label1 %d)" % (name, len(rows), c[0], 100.0 * c[0] / max(1, len(rows)), c[1]))
    lb, lg, fm, src, er, sc, mb = (collections.Counter() for _ in range(7))
    for r in res_rows:
        m = meta[r["id"]]
        n = sum(len(b["text"]) for b in r["result"]["content"])
        lb[(bucket(n), r["label"])] += 1
        lg[(m["lang"], r["label"])] += 1
        fm[(m["fmt"], r["label"])] += 1
        src[(m["src"], r["label"])] += 1
        er[("isError", r["label"])] += r["result"]["isError"]
        sc[("structured", r["label"])] += "structuredContent" in r["result"]
        mb[("multiblock", r["label"])] += len(r["result"]["content"]) > 1
    for r in tool_rows:
        src[(meta[r["id"]]["src"], r["label"])] += 1
        lb[("tool:annotated", r["label"])] += "annotations" in r["tool"]
        lb[("tool:outSchema", r["label"])] += "outputSchema" in r["tool"]
    table("results by length (chars of content text) / tool flags", lb)
    table("results by language", lg)
    nonen = sum(v for (k, _), v in lg.items() if k != "en")
    print("  non-English share: %.1f%%" % (100.0 * nonen / max(1, len(res_rows))))
    table("results by format", fm)
    table("by source file", src)
    table("other", er + sc + mb)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no errors")


if __name__ == "__main__":
    main()
