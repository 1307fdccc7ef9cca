"""Check tools.jsonl (and results.jsonl if present) and print balance tables."""
import ipaddress
import json
import os
import re
import statistics
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_HOST_RE = re.compile(r"[a-z][a-z0-9+.-]*://([^/\s?\"'#),;]+)", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
BARE_HOST_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|edu|io|de|fr|co|uk|gov|info|biz|app|dev|ai))\b", re.I)
IP_RE = re.compile(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b")
ALLOWED = ("example.com", "example.org", "example.net")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def host_ok(h):
    h = h.lower().split(":")[0].rstrip(".")
    return any(h == a or h.endswith("." + a) for a in ALLOWED)


def check_text(rid, text):
    for h in URL_HOST_RE.findall(text) + EMAIL_RE.findall(text) + BARE_HOST_RE.findall(text):
        if not host_ok(h):
            err("%s: host not allowed: %s" % (rid, h))
    for ip in IP_RE.findall(text):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            err("%s: IP not in RFC 5737: %s" % (rid, ip))


def bucket(n):
    for lim in (500, 1000, 1500, 2000, 3000):
        if n < lim:
            return "<%d" % lim
    return ">=3000"


def walk(schema, feats):
    if isinstance(schema, dict):
        for k in ("default", "examples", "enum"):
            if k in schema:
                feats.add(k)
        if schema.get("type") == "object" and schema is not None:
            for v in schema.get("properties", {}).values():
                if isinstance(v, dict) and v.get("type") == "object":
                    feats.add("nested_object")
        for v in schema.values():
            walk(v, feats)
    elif isinstance(schema, list):
        for v in schema:
            walk(v, feats)


def table(title, counter_by_label, keys=None):
    keys = keys or sorted(set(k for c in counter_by_label.values() for k in c))
    print("\n" + title)
    print("  %-28s %6s %6s %6s" % ("", "label0", "label1", "total"))
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print("  %-28s %6d %6d %6d" % (k, a, b, a + b))


def main():
    path = os.path.join(OUT, "tools.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("tools.jsonl line %d: %s" % (n, e))
    rpath = os.path.join(OUT, "results.jsonl")
    if os.path.exists(rpath) and os.path.getsize(rpath) > 0:
        err("results.jsonl is not empty; this set should hold tool definitions only")

    meta = {(c["server"], c["tool"]["name"]): c for c in build.collect()}
    ids = Counter(r.get("id") for r in rows)
    for i, k in ids.items():
        if k > 1:
            err("duplicate id %s" % i)
    lab, server, lang, blen, feat, src, at = (defaultdict(Counter) for _ in range(7))
    lens = defaultdict(list)
    desc_lens = defaultdict(list)
    words = defaultdict(Counter)
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "label"}:
            err("%s: keys %s" % (rid, sorted(r)))
        if not re.match(r"^t20a-t-\d{4}$", rid):
            err("%s: bad id" % rid)
        if r.get("kind") != "tool":
            err("%s: kind" % rid)
        y = r.get("label")
        if y not in (0, 1):
            err("%s: label" % rid)
            continue
        t = r["tool"]
        if not set(t) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys %s" % (rid, sorted(t)))
        if not NAME_RE.match(t.get("name", "")):
            err("%s: bad tool name %r" % (rid, t.get("name")))
        if not isinstance(t.get("description"), str) or not t["description"]:
            err("%s: description" % rid)
        for k in ("inputSchema", "outputSchema"):
            if k in t and (not isinstance(t[k], dict) or t[k].get("type") != "object"):
                err("%s: %s must be an object schema" % (rid, k))
        if "inputSchema" not in t:
            err("%s: no inputSchema" % rid)
        if "annotations" in t and not isinstance(t["annotations"], dict):
            err("%s: annotations" % rid)
        text = json.dumps(t, ensure_ascii=False)
        check_text(rid, text)
        m = meta.get((r["server"], t["name"]))
        if m is None or m["label"] != y:
            err("%s: no matching source case" % rid)
            continue
        lab["all"][y] += 1
        server[y][r["server"]] += 1
        lang[y][m["lang"]] += 1
        lang[y]["(non-English)" if m["lang"] != "en" else "(English)"] += 1
        blen[y][bucket(len(text))] += 1
        lens[y].append(len(text))
        desc_lens[y].append(len(t["description"]))
        src[y][m["src"]] += 1
        fs = set()
        if "outputSchema" in t:
            fs.add("outputSchema")
        if "annotations" in t:
            fs.add("annotations")
            if "title" in t["annotations"]:
                fs.add("annotation_title")
        walk(t["inputSchema"], fs)
        walk(t.get("outputSchema", {}), fs)
        for f_ in fs:
            feat[y][f_] += 1
        if y == 1:
            at[1][m["at"]] += 1
        low = text.lower()
        for w in ("ignore", "instruction", " ai ", "assistant", "model", "important", "must", "never", "do not",
                  "don't", "without", "silently", "also ", "every", "high risk", "untrusted", "confirm"):
            if w in low:
                words[y][w.strip()] += 1

    n = len(rows)
    n1 = sum(r.get("label") == 1 for r in rows)
    print("tools.jsonl: %d definitions, label 0: %d (%.1f%%), label 1: %d (%.1f%%)" %
          (n, n - n1, 100.0 * (n - n1) / max(n, 1), n1, 100.0 * n1 / max(n, 1)))
    print("results.jsonl: %s" % ("absent" if not os.path.exists(rpath) else "%d bytes" % os.path.getsize(rpath)))
    table("By source file", src)
    table("By server", server)
    table("By language", lang)
    table("By serialized length (chars)", blen, ["<500", "<1000", "<1500", "<2000", "<3000", ">=3000"])
    for y in (0, 1):
        if lens[y]:
            print("  label %d: tool json median %d mean %d min %d max %d; description median %d" %
                  (y, statistics.median(lens[y]), statistics.mean(lens[y]), min(lens[y]), max(lens[y]),
                   statistics.median(desc_lens[y])))
    table("Format features present (count of definitions)", feat)
    table("Payload location (label 1)", at)
    table("Trigger words (definitions containing)", words)
    if ERRORS:
        print("\n%d ERRORS" % len(ERRORS))
        for e in ERRORS[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
