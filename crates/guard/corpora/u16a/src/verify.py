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
from common import STRUCTURED  # noqa: E402

OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ID_RE = re.compile(r"^u16a-r-\d{4}$")
HOST_RE = re.compile(
    r"(?<![\w.@-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|dev|co|info|biz))(?![\w-])",
    re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in
        ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED = ("example.com", "example.org", "example.net")
KEY_RE = re.compile(r"\b(sk|pk|ghp|xox[bp]|AKIA)[-_][A-Za-z0-9_-]+")

errors = []


def err(msg):
    errors.append(msg)


def strings(obj):
    """All string values (and keys) inside a parsed record."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)
    elif isinstance(obj, str):
        yield obj


def host_ok(h):
    h = h.lower().rstrip(".")
    return any(h == a or h.endswith("." + a) for a in ALLOWED)


def check_text(rid, s):
    for h in HOST_RE.findall(s):
        if not host_ok(h):
            err("%s: non-example host %r" % (rid, h))
    for h in EMAIL_RE.findall(s):
        if not host_ok(h):
            err("%s: non-example email host %r" % (rid, h))
    for ip in IP_RE.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            err("%s: non-RFC5737 IP %s" % (rid, ip))
    for m in KEY_RE.finditer(s):
        if "DEMO" not in m.group(0).upper() and "EXAMPLE" not in m.group(0).upper():
            err("%s: key-like token not a placeholder: %s" % (rid, m.group(0)))


def bucket(n):
    for lo, hi in ((0, 99), (100, 499), (500, 999), (1000, 1499), (1500, 2000),
                   (2001, 2999), (3000, 6000), (6001, 8000), (8001, 10 ** 9)):
        if lo <= n <= hi:
            return "%d-%s" % (lo, hi if hi < 10 ** 9 else "")
    return "?"


def table(title, counter_by_label, keys=None):
    keys = keys or sorted(set(k for c in counter_by_label.values() for k in c))
    print("\n%s" % title)
    print("  %-22s %6s %6s %6s" % ("", "lab0", "lab1", "all"))
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print("  %-22s %6d %6d %6d" % (k, a, b, a + b))
    a, b = sum(counter_by_label[0].values()), sum(counter_by_label[1].values())
    print("  %-22s %6d %6d %6d" % ("total", a, b, a + b))


def main():
    path = os.path.join(OUT, "results.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "", "file must end with newline"
    lines = lines[:-1]
    tools_path = os.path.join(OUT, "tools.jsonl")
    if not os.path.exists(tools_path):
        err("tools.jsonl missing")
    elif os.path.getsize(tools_path) != 0:
        err("tools.jsonl must be empty")

    rebuilt = build.build_all()
    if len(rebuilt) != len(lines):
        err("rebuild count differs: %d vs %d" % (len(rebuilt), len(lines)))
    ids = set()
    recs = []
    for i, line in enumerate(lines):
        try:
            rec = json.loads(line)
        except Exception as e:  # noqa: BLE001
            err("line %d: bad json %s" % (i + 1, e))
            continue
        recs.append(rec)
        if i < len(rebuilt) and json.dumps(rebuilt[i][0], ensure_ascii=False) != line:
            err("line %d differs from a fresh build" % (i + 1))
        keys = set(rec)
        if keys != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("line %d: keys %s" % (i + 1, sorted(keys)))
        rid = rec.get("id")
        if not ID_RE.match(str(rid)) or rid in ids:
            err("line %d: bad or duplicate id %r" % (i + 1, rid))
        ids.add(rid)
        if rec.get("kind") != "result" or rec.get("server") != "u16a":
            err("%s: kind/server" % rid)
        if not NAME_RE.match(str(rec.get("tool"))):
            err("%s: tool name %r" % (rid, rec.get("tool")))
        if not isinstance(rec.get("arguments"), dict):
            err("%s: arguments not an object" % rid)
        if rec.get("label") not in (0, 1):
            err("%s: label" % rid)
        res = rec.get("result", {})
        if set(res) - {"content", "isError", "structuredContent"}:
            err("%s: result keys %s" % (rid, sorted(res)))
        if not isinstance(res.get("isError"), bool):
            err("%s: isError" % rid)
        content = res.get("content")
        if not isinstance(content, list) or not content:
            err("%s: content" % rid)
            continue
        for b in content:
            if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str):
                err("%s: content block shape" % rid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent must be an object" % rid)
        for sval in strings(rec):
            check_text(rid, sval)

    # tables
    by_lab = {0: collections.Counter(), 1: collections.Counter()}
    lens = {0: collections.Counter(), 1: collections.Counter()}
    langs = {0: collections.Counter(), 1: collections.Counter()}
    fmts = {0: collections.Counter(), 1: collections.Counter()}
    srcs = {0: collections.Counter(), 1: collections.Counter()}
    misc = {0: collections.Counter(), 1: collections.Counter()}
    for rec, (_, meta) in zip(recs, rebuilt):
        lab = rec["label"]
        res = rec["result"]
        n = sum(len(b["text"]) for b in res["content"])
        by_lab[lab]["all"] += 1
        lens[lab][bucket(n)] += 1
        langs[lab][meta["lang"]] += 1
        fmts[lab][meta["fmt"]] += 1
        srcs[lab][meta["src"]] += 1
        if meta["fmt"] in STRUCTURED:
            misc[lab]["structured fmt"] += 1
        if meta["lang"] != "en":
            misc[lab]["non-English"] += 1
        if "structuredContent" in res:
            misc[lab]["structuredContent"] += 1
        if meta["sc_only"]:
            misc[lab]["payload only in sC"] += 1
        if res["isError"]:
            misc[lab]["isError"] += 1
        if len(res["content"]) > 1:
            misc[lab]["multi-block"] += 1
        if meta["long"]:
            misc[lab]["long (3k-6k)"] += 1
        if lab == 1 and not meta["sc_only"]:
            text = "\n".join(b["text"] for b in res["content"])
            pos = text.find(meta["mark"])
            if pos < 0:
                err("%s: payload mark missing" % rec["id"])
            else:
                r = pos / max(1, len(text))
                misc[lab]["payload " + ("start" if r < 0.2 else "middle" if r < 0.65 else "end")] += 1
        low = json.dumps(res, ensure_ascii=False).lower()
        for w in ("ignore", "instructions", " ai ", "assistant"):
            if w in low:
                misc[lab]["word %r" % w.strip()] += 1

    n0, n1 = by_lab[0]["all"], by_lab[1]["all"]
    print("results: %d  (label 0: %d = %.1f%%, label 1: %d = %.1f%%)" % (
        n0 + n1, n0, 100.0 * n0 / max(1, n0 + n1), n1, 100.0 * n1 / max(1, n0 + n1)))
    print("tools: 0 (tools.jsonl empty by the u16a brief)")
    table("by source file", srcs)
    table("by length (chars of text blocks)", lens,
          [bucket(x) for x in (0, 100, 500, 1000, 1500, 2500, 3000, 7000, 9000)])
    table("by language", langs)
    table("by format", fmts)
    table("other", misc)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
