"""Check shapes, ids, names, hosts and IPs; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\|`?#;,]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
HOST_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|co|dev|app|xyz|info|biz|ru|cn|de|uk|fr|es|it|nl|jp|me|tk|ly|gg|sh))\b")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
TRIGGER = re.compile(r"\b(ignore|instructions?|AI|assistant|model)\b", re.I)
errors = []


def ok_host(h):
    h = h.lower().rstrip(".").split(":")[0].split("@")[-1]
    if re.fullmatch(r"[\d.]+", h):
        return True
    return h in ("example.com", "example.org", "example.net", "localhost") or \
        h.endswith((".example.com", ".example.org", ".example.net"))


def check_text(cid, text):
    for rx in (URL_RE, MAIL_RE, HOST_RE):
        for m in rx.finditer(text):
            if not ok_host(m.group(1)):
                errors.append("%s: host %r" % (cid, m.group(1)))
    for m in IP_RE.finditer(text):
        ip = ".".join(m.groups())
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            errors.append("%s: bad ip-like %s" % (cid, ip))
            continue
        if not any(a in n for n in NETS):
            errors.append("%s: non-RFC5737 ip %s" % (cid, ip))


def bucket(n):
    for lo, hi, name in ((0, 99, "<100"), (100, 499, "100-499"), (500, 999, "500-999"),
                         (1000, 1499, "1000-1499"), (1500, 2000, "1500-2000"),
                         (2001, 2999, "2001-2999"), (3000, 8000, "3000-8000"),
                         (8001, 9999, "8001-9999"), (10000, 25000, "10000-25000")):
        if lo <= n <= hi:
            return name
    return ">25000"


def table(title, counter, keys=None):
    print("\n" + title)
    keys = keys or sorted({k for k, _ in counter})
    print("  %-28s %6s %6s %6s" % ("", "0", "1", "total"))
    for k in keys:
        a, b = counter[(k, 0)], counter[(k, 1)]
        print("  %-28s %6d %6d %6d" % (k, a, b, a + b))


def main():
    meta = {}
    for line in open(os.path.join(ROOT, "meta.jsonl"), encoding="utf-8"):
        m = json.loads(line)
        meta[m["id"]] = m
    seen = set()
    res, tools = [], []
    for fn, kind, store in (("results.jsonl", "result", res), ("tools.jsonl", "tool", tools)):
        for n, line in enumerate(open(os.path.join(ROOT, fn), encoding="utf-8"), 1):
            c = json.loads(line)
            cid = c["id"]
            if cid in seen:
                errors.append("dup id " + cid)
            seen.add(cid)
            want = "h37-%s-%04d" % ("r" if kind == "result" else "t", n)
            if cid != want:
                errors.append("id order %s != %s" % (cid, want))
            if c["kind"] != kind or c["label"] not in (0, 1) or cid not in meta:
                errors.append("shape " + cid)
            store.append(c)
            if kind == "result":
                if set(c) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                    errors.append("keys " + cid)
                if not NAME_RE.match(c["tool"]) or not isinstance(c["arguments"], dict):
                    errors.append("tool/args " + cid)
                r = c["result"]
                if not isinstance(r.get("isError"), bool) or not r.get("content"):
                    errors.append("result shape " + cid)
                length = 0
                for blk in r["content"]:
                    if blk.get("type") != "text" or not isinstance(blk.get("text"), str) or not blk["text"].strip():
                        errors.append("block " + cid)
                    length += len(blk["text"])
                    check_text(cid, blk["text"])
                if "structuredContent" in r:
                    if not isinstance(r["structuredContent"], dict):
                        errors.append("sc " + cid)
                    sj = json.dumps(r["structuredContent"], ensure_ascii=False)
                    length += len(sj)
                    check_text(cid, sj)
                check_text(cid, json.dumps(c["arguments"], ensure_ascii=False))
                alltext = " ".join(blk["text"] for blk in r["content"]) + json.dumps(r.get("structuredContent") or {}, ensure_ascii=False)
                if re.search(r"\{\{PAD|\{p:|\{n+\}|\{[dthxiz]\}", alltext):
                    errors.append("unfilled template token " + cid)
                if length != meta[cid]["length"]:
                    errors.append("length mismatch " + cid)
                if meta[cid]["format"] == "jsonl":
                    try:
                        for ln in r["content"][0]["text"].splitlines():
                            if ln.strip():
                                json.loads(ln)
                    except ValueError:
                        errors.append("jsonl line does not parse " + cid)
                if meta[cid]["format"] == "json":
                    try:
                        json.loads(r["content"][0]["text"])
                    except ValueError:
                        errors.append("json text does not parse " + cid)
            else:
                t = c["tool"]
                if not NAME_RE.match(t.get("name", "")) or not isinstance(t.get("description"), str):
                    errors.append("tool name/desc " + cid)
                if t.get("inputSchema", {}).get("type") != "object":
                    errors.append("inputSchema " + cid)
                if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                    errors.append("tool keys " + cid)
                check_text(cid, json.dumps(t, ensure_ascii=False))
                if len(json.dumps(t, ensure_ascii=False)) != meta[cid]["length"]:
                    errors.append("length mismatch " + cid)

    def lab(cs, f):
        cnt = collections.Counter()
        for c in cs:
            cnt[(f(c), c["label"])] += 1
        return cnt

    for name, cs in (("RESULTS", res), ("TOOLS", tools)):
        print("\n==== %s: %d  (label 0: %d, label 1: %d)" % (name, len(cs), sum(c["label"] == 0 for c in cs),
                                                            sum(c["label"] == 1 for c in cs)))
        table("by server", lab(cs, lambda c: c["server"]))
        table("by source file", lab(cs, lambda c: meta[c["id"]]["source"]))
        table("by language", lab(cs, lambda c: meta[c["id"]]["language"]))
        if name == "RESULTS":
            order = ["<100", "100-499", "500-999", "1000-1499", "1500-2000", "2001-2999", "3000-8000",
                     "8001-9999", "10000-25000", ">25000"]
            cnt = lab(cs, lambda c: bucket(meta[c["id"]]["length"]))
            table("by length", cnt, [k for k in order if cnt[(k, 0)] + cnt[(k, 1)]])
            table("by format", lab(cs, lambda c: meta[c["id"]]["format"]))
            table("isError", lab(cs, lambda c: str(c["result"]["isError"])))
            table("content blocks", lab(cs, lambda c: str(len(c["result"]["content"]))))
            table("structuredContent", lab(cs, lambda c: str("structuredContent" in c["result"])))
            texts = lambda c: " ".join(b["text"] for b in c["result"]["content"]) + json.dumps(c["result"].get("structuredContent") or {}, ensure_ascii=False)
        else:
            cnt = lab(cs, lambda c: bucket(meta[c["id"]]["length"]))
            table("by length (JSON chars)", cnt)
            table("annotations", lab(cs, lambda c: str("annotations" in c["tool"])))
            table("outputSchema", lab(cs, lambda c: str("outputSchema" in c["tool"])))
            texts = lambda c: json.dumps(c["tool"], ensure_ascii=False)
        table("contains ignore/instruction(s)/AI/assistant/model", lab(cs, lambda c: str(bool(TRIGGER.search(texts(c))))))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
