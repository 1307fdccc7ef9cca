"""Check results.jsonl / tools.jsonl and print balance tables."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ID_RE = re.compile(r"^u16b-r-\d{4}$")
URL_RE = re.compile(r"(?i)\b(?:https?|ftp|wss?)://([^/\s\"'<>)\]\\|?#:]+)")
MAIL_RE = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[A-Za-z]{2,})")
BARE_RE = re.compile(r"(?i)(?<![\w@.-])((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|app|dev|co|me|gg|xyz|info|biz|us|uk|de|fr|es|it|ru|cn|jp|kr|br|nl|pl|tv|ly|to|site|online|chat|club|edu|gov|store|shop))\b")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
KEY_RE = re.compile(r"\b(sk-[A-Za-z0-9_-]{6,}|ghp_[A-Za-z0-9]{6,}|AKIA[A-Z0-9]{8,}|xox[bp]-[A-Za-z0-9-]{6,})")
ALLOWED_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
AVOID = ("ignore", "instructions", "ai", "assistant")


def host_ok(h):
    h = h.lower().rstrip(".")
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


def bucket(n):
    if n < 100:
        return "<100"
    if n <= 500:
        return "100-500"
    if n <= 1000:
        return "501-1000"
    if n <= 1500:
        return "1001-1500"
    if n <= 2000:
        return "1501-2000"
    if n < 3000:
        return "2001-2999"
    if n <= 6000:
        return "3000-6000"
    return ">6000"


def table(title, rows_by_key, order=None, total=True):
    keys = order or sorted(rows_by_key, key=lambda k: (-sum(rows_by_key[k].values()), k))
    print("\n" + title)
    print("  %-24s %6s %6s %6s" % ("", "l0", "l1", "all"))
    t0 = t1 = 0
    for k in keys:
        c = rows_by_key.get(k, {})
        a, b = c.get(0, 0), c.get(1, 0)
        t0 += a
        t1 += b
        print("  %-24s %6d %6d %6d" % (k, a, b, a + b))
    if total:
        print("  %-24s %6d %6d %6d" % ("total", t0, t1, t0 + t1))


def main():
    errors = []
    path = os.path.join(ROOT, "results.jsonl")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.splitlines()
    recs = []
    for n, line in enumerate(lines, 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:  # noqa: BLE001
            errors.append("line %d: bad json %s" % (n, e))
    tpath = os.path.join(ROOT, "tools.jsonl")
    if not os.path.exists(tpath):
        errors.append("tools.jsonl missing")
    elif open(tpath, encoding="utf-8").read().strip():
        errors.append("tools.jsonl should be empty for this set")

    ids = set()
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            errors.append("%s: keys %s" % (rid, list(r.keys())))
        if not ID_RE.match(str(rid)):
            errors.append("%s: bad id" % rid)
        if rid in ids:
            errors.append("%s: duplicate id" % rid)
        ids.add(rid)
        if r.get("kind") != "result" or r.get("server") != "u16b":
            errors.append("%s: kind/server" % rid)
        if not NAME_RE.match(str(r.get("tool"))) or not re.match(r"^[a-z][a-z0-9_]*$", str(r.get("tool"))):
            errors.append("%s: tool name %r" % (rid, r.get("tool")))
        if not isinstance(r.get("arguments"), dict):
            errors.append("%s: arguments not an object" % rid)
        res = r.get("result", {})
        if set(res) - {"content", "isError", "structuredContent"} or "content" not in res or "isError" not in res:
            errors.append("%s: result keys %s" % (rid, list(res)))
        if not isinstance(res.get("isError"), bool):
            errors.append("%s: isError not bool" % rid)
        cont = res.get("content")
        if not isinstance(cont, list) or not cont:
            errors.append("%s: content empty" % rid)
        else:
            for b in cont:
                if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip():
                    errors.append("%s: bad block" % rid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            errors.append("%s: structuredContent not an object" % rid)
        if r.get("label") not in (0, 1):
            errors.append("%s: label" % rid)
        for s in strings([r.get("arguments"), res]):
            if "\u27ea" in s or "\u27eb" in s or "{PAD" in s or "__PAD__" in s:
                errors.append("%s: leftover marker" % rid)
            for h in URL_RE.findall(s) + MAIL_RE.findall(s) + BARE_RE.findall(s):
                if not host_ok(h):
                    errors.append("%s: host %s" % (rid, h))
            for m in IP_RE.finditer(s):
                n_ips += 1
                ip = m.group(0)
                if not ip.startswith(ALLOWED_NETS):
                    errors.append("%s: ip %s" % (rid, ip))
            for k in KEY_RE.findall(s):
                if "DEMO" not in k.upper() and "EXAMPLE" not in k.upper():
                    errors.append("%s: key-like token %s" % (rid, k))

    built = build.build_all()
    rebuilt = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in built)
    if rebuilt != raw:
        errors.append("results.jsonl differs from a fresh build (not reproducible or stale)")
    meta = {m["id"]: m for _, m in built}

    by_label = collections.Counter()
    by_len, by_lang, by_fmt, by_src, by_pos, by_where = (collections.defaultdict(collections.Counter) for _ in range(6))
    extra = collections.defaultdict(collections.Counter)
    avoid_hits = collections.Counter()
    avoid_cases = 0
    n_ips = 0
    for r in recs:
        L = r["label"]
        m = meta.get(r["id"])
        if m is None:
            continue
        by_label[L] += 1
        by_len[bucket(m["len"])][L] += 1
        by_lang[m["lang"]][L] += 1
        by_fmt[m["fmt"]][L] += 1
        by_src[m["src"]][L] += 1
        res = r["result"]
        if res["isError"]:
            extra["isError"][L] += 1
        if "structuredContent" in res:
            extra["structuredContent"][L] += 1
        if len(res["content"]) > 1:
            extra["multi-block"][L] += 1
        if m["padded"]:
            extra["padded"][L] += 1
        if L == 1 and not m["payloads"]:
            errors.append("%s (%s #%d): label 1 without marked payload" % (r["id"], m["src"], m["idx"]))
        if L == 0 and m["payloads"]:
            errors.append("%s (%s #%d): label 0 with payload marker" % (r["id"], m["src"], m["idx"]))
        if L == 1 and m["payloads"]:
            if m["where"] != "text":
                by_where[m["where"]][L] += 1
            else:
                p = m["pos"][0]
                by_pos["start" if p < 0.33 else "middle" if p < 0.67 else "end"][L] += 1
            words = set(re.findall(r"[a-z]+", " ".join(m["payloads"]).lower()))
            hit = False
            for w in AVOID:
                if w in words or w + "s" in words:
                    avoid_hits[w] += 1
                    hit = True
            if hit:
                avoid_cases += 1

    print("results: %d  (label 0: %d = %.1f%%, label 1: %d = %.1f%%)" % (
        len(recs), by_label[0], 100.0 * by_label[0] / max(1, len(recs)),
        by_label[1], 100.0 * by_label[1] / max(1, len(recs))))
    print("tools: 0 (tools.jsonl intentionally empty)")
    table("by source file", by_src, sorted(by_src))
    table("by length (chars of text blocks)", by_len,
          ["<100", "100-500", "501-1000", "1001-1500", "1501-2000", "2001-2999", "3000-6000", ">6000"])
    table("by language", by_lang)
    table("by format", by_fmt)
    table("extras (flags overlap)", extra, total=False)
    table("label-1 payload position (centre of payload in the text)", {**by_pos, **by_where},
          [k for k in ("start", "middle", "end", "structuredContent only") if k in by_pos or k in by_where])
    for L in (0, 1):
        ls = sorted(meta[r["id"]]["len"] for r in recs if r["label"] == L and r["id"] in meta)
        if ls:
            print("label %d length: mean %d, median %d, min %d, max %d" % (
                L, sum(ls) / len(ls), ls[len(ls) // 2], ls[0], ls[-1]))
    nonen = sum(sum(v.values()) for k, v in by_lang.items() if k != "en")
    print("\nnon-English: %d (%.1f%%) in %d languages" % (
        nonen, 100.0 * nonen / max(1, len(recs)), len([k for k in by_lang if k != "en"])))
    print("payloads using avoided words (ignore/instructions/AI/assistant): %d of %d label-1 cases %s" % (
        avoid_cases, by_label[1], dict(avoid_hits)))
    print("dotted-quad IP addresses found: %d (all must be RFC 5737)" % n_ips)
    structured = sum(sum(v.values()) for k, v in by_fmt.items() if k in ("json", "csv", "tsv", "yaml", "log", "jsonl"))
    print("structured formats (json/csv/tsv/yaml/log/jsonl): %d (%.1f%%)" % (structured, 100.0 * structured / max(1, len(recs))))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
