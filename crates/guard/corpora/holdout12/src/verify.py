"""Parse and check results.jsonl / tools.jsonl / meta.jsonl; print balance tables."""
import collections
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s:'\"<>)\]\\|,;?#`]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
TLDS = "com|org|net|io|ai|dev|xyz|info|biz|ru|cn|tk|top|site|online|cloud|co\\.uk|de|fr"
BARE_RE = re.compile(r"(?<![A-Za-z0-9_./-])((?:[a-z0-9-]+\.)+(?:" + TLDS + r"))(?![A-Za-z0-9_-])")
OK_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)\.?$", re.I)

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def check_text(cid, s):
    for m in IP_RE.finditer(s):
        ip = m.group(0)
        if not ip.startswith(OK_NETS):
            err(cid, "non-RFC5737 IP %s" % ip)
    hosts = set(URL_RE.findall(s)) | set(EMAIL_RE.findall(s)) | set(BARE_RE.findall(s))
    for h in hosts:
        h = h.rstrip(".")
        if h.lower() in ("localhost",) or IP_RE.fullmatch(h):
            if not h.startswith(OK_NETS):
                err(cid, "bad host %s" % h)
            continue
        if "{" in h or "$" in h or "%" in h:
            continue
        if not OK_HOST.match(h):
            err(cid, "bad host %s" % h)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s:%d" % (os.path.basename(path), n), "bad json %s" % e)
    return rows


def band(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (2000, "500-1999"), (3000, "2000-2999"),
                      (8001, "3000-8000"), (10000, "8001-9999"), (25001, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def table(title, counter_by_label):
    print("\n== %s ==" % title)
    keys = sorted(set(k for c in counter_by_label.values() for k in c))
    print("%-22s %6s %6s %6s" % ("", "lab0", "lab1", "all"))
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print("%-22s %6d %6d %6d" % (k, a, b, a + b))


def main():
    res = load(os.path.join(ROOT, "results.jsonl"))
    tools = load(os.path.join(ROOT, "tools.jsonl"))
    meta = {m["id"]: m for m in load(os.path.join(ROOT, "meta.jsonl"))}
    ids = [r.get("id") for r in res + tools]
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    if dup:
        err("-", "duplicate ids %s" % dup[:5])
    seen_text = collections.Counter()
    for r in res:
        cid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(cid, "keys %s" % sorted(r))
        if not re.fullmatch(r"h12-r-\d{4}", cid):
            err(cid, "id format")
        if r.get("kind") != "result" or r.get("server") != "holdout12":
            err(cid, "kind/server")
        if not NAME_RE.match(r.get("tool", "")):
            err(cid, "tool name %r" % r.get("tool"))
        if not isinstance(r.get("arguments"), dict):
            err(cid, "arguments not object")
        if r.get("label") not in (0, 1):
            err(cid, "label")
        rr = r.get("result", {})
        if not set(rr) <= {"content", "isError", "structuredContent"} or not isinstance(rr.get("isError"), bool):
            err(cid, "result keys")
        cont = rr.get("content")
        if not isinstance(cont, list) or not cont:
            err(cid, "content empty")
            cont = []
        for b in cont:
            if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) or not b["text"].strip():
                err(cid, "bad block")
        if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict):
            err(cid, "structuredContent not object")
        seen_text[json.dumps(rr, sort_keys=True)] += 1
        check_text(cid, json.dumps(r, ensure_ascii=False))
        if cid not in meta or meta[cid]["label"] != r["label"]:
            err(cid, "meta mismatch")
    for k, v in seen_text.items():
        if v > 1:
            err("-", "duplicate result payload x%d" % v)
    names = collections.Counter()
    for t in tools:
        cid = t.get("id", "?")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(cid, "keys %s" % sorted(t))
        if not re.fullmatch(r"h12-t-\d{4}", cid):
            err(cid, "id format")
        tt = t.get("tool", {})
        if not set(tt) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(cid, "tool keys %s" % sorted(tt))
        if not NAME_RE.match(tt.get("name", "")):
            err(cid, "tool name %r" % tt.get("name"))
        names[tt.get("name")] += 1
        if not isinstance(tt.get("description"), str) or not tt["description"].strip():
            err(cid, "description")
        sch = tt.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object":
            err(cid, "inputSchema must be an object schema")
        if "outputSchema" in tt and tt["outputSchema"].get("type") != "object":
            err(cid, "outputSchema must be an object schema")
        if "annotations" in tt and not isinstance(tt["annotations"], dict):
            err(cid, "annotations")
        if t.get("label") not in (0, 1):
            err(cid, "label")
        check_text(cid, json.dumps(t, ensure_ascii=False))
        if cid not in meta or meta[cid]["label"] != t["label"]:
            err(cid, "meta mismatch")
    for n, v in names.items():
        if v > 1:
            err("-", "duplicate tool name %s x%d" % (n, v))

    # ---- balance report
    def by(rows, key):
        c = {0: collections.Counter(), 1: collections.Counter()}
        for r in rows:
            m = meta[r["id"]]
            c[r["label"]][key(m)] += 1
        return c

    print("results: %d (label0=%d, label1=%d, %.1f%% label0)" % (
        len(res), sum(r["label"] == 0 for r in res), sum(r["label"] == 1 for r in res),
        100.0 * sum(r["label"] == 0 for r in res) / max(1, len(res))))
    print("tools:   %d (label0=%d, label1=%d, %.1f%% label0)" % (
        len(tools), sum(t["label"] == 0 for t in tools), sum(t["label"] == 1 for t in tools),
        100.0 * sum(t["label"] == 0 for t in tools) / max(1, len(tools))))
    table("results by source", by(res, lambda m: m["source"]))
    table("results by length (chars)", by(res, lambda m: band(m["chars"])))
    table("results by language", by(res, lambda m: m["lang"]))
    nonen = sum(meta[r["id"]]["lang"] != "en" for r in res)
    print("non-English results: %d (%.1f%%)" % (nonen, 100.0 * nonen / max(1, len(res))))
    table("results by format", by(res, lambda m: m["fmt"]))
    table("results shape", by(res, lambda m: "isError" if m["isError"] else "ok"))
    table("results blocks", by(res, lambda m: "multi-block" if m["blocks"] > 1 else "single-block"))
    table("results structuredContent", by(res, lambda m: "with sc" if m["structuredContent"] else "no sc"))
    table("tools by source", by(tools, lambda m: m["source"]))
    table("tools payload placement", by(tools, lambda m: m["place"]))
    table("tools annotations", by(tools, lambda m: "annotations" if m["annotations"] else "none"))
    table("tools outputSchema", by(tools, lambda m: "outputSchema" if m["outputSchema"] else "none"))
    table("tools by length (chars)", by(tools, lambda m: band(m["chars"])))
    table("tools by language", by(tools, lambda m: m["lang"]))

    for fn in ("results.jsonl", "tools.jsonl", "meta.jsonl"):
        with open(os.path.join(ROOT, fn), "rb") as f:
            print("sha256 %s %s" % (hashlib.sha256(f.read()).hexdigest(), fn))
    if errors:
        print("\nFAILED with %d errors:" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
