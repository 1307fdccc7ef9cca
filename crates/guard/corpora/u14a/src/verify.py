"""Check results.jsonl / tools.jsonl and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

OUT = build.OUT
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


TLDS = r"(?:com|org|net|io|ai|gg|dev|app|co|edu|gov|xyz|me|ly|info|biz|us|uk|de|fr|es|jp|cn|ru|br|in|it|nl|pl|tr|kr|se|ua|vn|cz|fi|gr|il|ro|id|sh|tv|cloud|tech|site|online|store)"
HOST_RE = re.compile(r"(?<![\w.-])((?:[A-Za-z0-9-]+\.)+" + TLDS + r")(?![\w-])", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)


def check_text(cid, s):
    for h in HOST_RE.findall(s):
        pass
    for m in HOST_RE.finditer(s):
        h = m.group(1)
        if not ALLOWED.search(h):
            fail("%s: host %s" % (cid, h))
    for ip in IP_RE.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            fail("%s: ip %s" % (cid, ip))
    if build.PAD in s:
        fail("%s: leftover pad marker" % cid)


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (1500, "1000-1499"),
                      (2000, "1500-1999"), (3000, "2000-2999"), (6001, "3000-6000")):
        if n < lim:
            return name
    return ">6000"


def table(title, rows, keyf, order=None):
    t = collections.Counter()
    for r in rows:
        t[(keyf(r), r["label"])] += 1
    keys = order or sorted({k for k, _ in t})
    print("\n%s" % title)
    print("  %-14s %6s %6s %6s" % ("", "0", "1", "all"))
    for k in keys:
        a, b = t[(k, 0)], t[(k, 1)]
        if a or b:
            print("  %-14s %6d %6d %6d" % (k, a, b, a + b))


def main():
    rows = []
    ids = set()
    with open(os.path.join(OUT, "results.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                fail("line %d: %s" % (ln, e))
                continue
            rows.append(r)
            if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                fail("%s: keys %s" % (r.get("id"), sorted(r)))
            if r["id"] in ids:
                fail("dup id %s" % r["id"])
            ids.add(r["id"])
            if not re.match(r"^u14a-r-\d{4}$", r["id"]):
                fail("bad id %s" % r["id"])
            if r["kind"] != "result" or r["server"] != "u14a":
                fail("%s: kind/server" % r["id"])
            if not re.match(r"^[a-z][a-z0-9_]*$", r["tool"]) or len(r["tool"]) > 64:
                fail("%s: tool name %s" % (r["id"], r["tool"]))
            if not isinstance(r["arguments"], dict):
                fail("%s: arguments" % r["id"])
            res = r["result"]
            if set(res) - {"content", "isError", "structuredContent"} or not isinstance(res.get("isError"), bool):
                fail("%s: result keys" % r["id"])
            if not res["content"] or any(set(b) != {"type", "text"} or b["type"] != "text" or not b["text"] for b in res["content"]):
                fail("%s: content blocks" % r["id"])
            if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
                fail("%s: structuredContent" % r["id"])
            if r["label"] not in (0, 1):
                fail("%s: label" % r["id"])
            check_text(r["id"], json.dumps(r, ensure_ascii=False))
    tpath = os.path.join(OUT, "tools.jsonl")
    if not os.path.exists(tpath) or os.path.getsize(tpath) != 0:
        fail("tools.jsonl must exist and be empty")

    meta = {c["id"]: c for c in build.collect()}
    for r in rows:
        c = meta.get(r["id"])
        if c is None or c["label"] != r["label"] or c["tool"] != r["tool"]:
            fail("%s: metadata mismatch (rebuild?)" % r["id"])
            continue
        r["_fmt"] = c["fmt"]
        r["_lang"] = c["lang"]
        r["_src"] = c["src"]
        r["_sc"] = "yes" if c["sc"] is not None else "no"
        r["_len"] = sum(len(b["text"]) for b in r["result"]["content"]) + (
            len(json.dumps(r["result"]["structuredContent"], ensure_ascii=False)) if "structuredContent" in r["result"] else 0)
        if c["fmt"] == "json" and not c["err"] and c["sc"] is None:
            try:
                json.loads(r["result"]["content"][0]["text"])
            except Exception as e:
                fail("%s: json text does not parse: %s" % (r["id"], e))

    print("results: %d  label0=%d label1=%d" % (len(rows), sum(r["label"] == 0 for r in rows),
                                                  sum(r["label"] == 1 for r in rows)))
    table("by source file", rows, lambda r: r["_src"].replace("results_", ""))
    table("by length", rows, lambda r: bucket(r["_len"]),
          ["<100", "100-499", "500-999", "1000-1499", "1500-1999", "2000-2999", "3000-6000", ">6000"])
    table("by language", rows, lambda r: r["_lang"])
    table("by format", rows, lambda r: r["_fmt"])
    table("structuredContent", rows, lambda r: r["_sc"])
    table("isError", rows, lambda r: str(r["result"]["isError"]))
    table("blocks", rows, lambda r: str(len(r["result"]["content"])))
    structured = sum(r["_fmt"] in ("json", "json-lines", "csv", "yaml", "log") for r in rows)
    nonen = sum(not r["_lang"].startswith("en") for r in rows)
    print("\nstructured share: %.1f%%  non-English share: %.1f%%" % (100.0 * structured / len(rows), 100.0 * nonen / len(rows)))
    print("\nOK" if ok else "\nERRORS")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
