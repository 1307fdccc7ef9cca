#!/usr/bin/env python3
"""Checks results.jsonl and tools.jsonl: parse, unique ids, schema shape, tool-name pattern,
RFC 5737 IPs only, example.com/.org/.net hosts only; prints label/length/language/format balance."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
URL_RE = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/\s@'\"<>]*@)?([^/\s:'\"<>)\]}?#,;]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b")
BARE_RE = re.compile(r"(?<![A-Za-z0-9_/.@-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|app|xyz|info|biz|ru|cn|cloud|site|top|live|tk|de|fr|jp|co\.uk))\b", re.I)
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED = ("example.com", "example.org", "example.net")


def host_ok(h):
    h = h.lower().rstrip(".")
    if not re.search(r"[a-z0-9]", h):
        return True  # placeholder such as "..."
    if re.fullmatch(r"[\d.]+", h):
        try:
            return any(ipaddress.ip_address(h) in n for n in NETS)
        except ValueError:
            return False
    return any(h == a or h.endswith("." + a) for a in ALLOWED)


SCRIPTS = [("ja", r"[\u3040-\u30ff]"), ("ko", r"[\uac00-\ud7af]"), ("zh", r"[\u4e00-\u9fff]"), ("ru", r"[\u0400-\u04ff]"), ("ar", r"[\u0600-\u06ff]")]
STOP = {
    "es": ["el", "la", "los", "para", "que", "con", "una", "del", "por"],
    "fr": ["le", "les", "des", "pour", "une", "est", "vous", "avec", "dans"],
    "de": ["der", "die", "und", "nicht", "mit", "für", "ist", "bitte", "werden"],
    "pt": ["não", "com", "uma", "você", "das", "pelo", "está", "também", "muito"],
    "it": ["il", "per", "che", "non", "una", "della", "sono", "gli", "con"],
    "nl": ["het", "een", "niet", "voor", "met", "zijn", "van", "je", "wordt"],
    "pl": ["nie", "się", "jest", "na", "dla", "oraz", "należy", "przez", "lub"],
    "tr": ["bir", "ve", "için", "bu", "lütfen", "olarak", "ile", "değil", "gerekir"],
    "en": ["the", "and", "to", "of", "is", "for", "you", "with", "this"],
}


def lang_of(text):
    for code, pat in SCRIPTS:
        if len(re.findall(pat, text)) > 20 or (len(re.findall(pat, text)) > 5 and len(text) < 400):
            if code == "zh" and re.search(r"[\u3040-\u30ff]", text):
                return "ja"
            return code
    words = re.findall(r"[a-zà-ÿąćęłńóśźżçğıöşü]+", text.lower())
    scores = {k: sum(words.count(w) for w in v) for k, v in STOP.items()}
    best = max((k for k in scores if k != "en"), key=scores.get)
    if scores[best] >= 3 and scores[best] > 1.5 * scores["en"]:
        return best
    return "en"


def fmt_of(text):
    t = text.strip()
    try:
        json.loads(t)
        return "structured"
    except Exception:
        pass
    lines = [l for l in t.splitlines() if l.strip()]
    if t.startswith("<") or t.startswith("diff ") or t.startswith("---") or t.startswith("commit "):
        return "structured"
    if lines and all(l.strip().startswith("{") for l in lines[:3]):
        return "structured"
    if len(lines) >= 3:
        for d in (",", "\t", "|", ";"):
            cnt = [l.count(d) for l in lines[:6]]
            if min(cnt) >= 2 and max(cnt) - min(cnt) <= 2:
                return "structured"
        ts = sum(bool(re.match(r"^\[?\d{2,4}[-:/T ]", l) or re.match(r"^\S+ - - \[", l) or re.match(r"^\d+(\.\d+){3} ", l) or re.match(r"^[A-Z][a-z]{2} \d{2} ", l)) for l in lines)
        if ts >= len(lines) * 0.5:
            return "structured"
        kv = sum(bool(re.match(r"^\s*[\w.\"'-]+\s*:\s", l) or re.match(r"^\s*- ", l)) for l in lines)
        if t.startswith(("apiVersion:", "uid:", "replicaCount:", "- name:")) or kv >= len(lines) * 0.7:
            return "structured"
        if sum(l.count("  ") >= 3 for l in lines) >= len(lines) * 0.6:
            return "structured"
    return "prose"


def strings_in(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield str(k)
            yield from strings_in(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings_in(v)


def check_text(blob, where, errors):
    for m in IP_RE.finditer(blob):
        ip = ".".join(m.groups())
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            errors.append("%s: non-RFC5737 IP %s" % (where, ip))
    for rx in (URL_RE, EMAIL_RE, BARE_RE):
        for m in rx.finditer(blob):
            h = m.group(1)
            if not host_ok(h):
                errors.append("%s: disallowed host %r" % (where, h))


def bucket(n):
    # results: max(len(all text blocks), len(structuredContent JSON)); tools: len(tool JSON)
    for lim, name in ((100, "<100"), (2000, "100-2k"), (3000, "2k-3k"), (8000, "3k-8k"), (10000, "8k-10k"), (20000, "10k-20k")):
        if n < lim:
            return name
    return ">=20k"


def main():
    errors = []
    ids = set()
    stats = {}
    for fname, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        path = os.path.join(ROOT, fname)
        labels, lens, langs, fmts, extras = Counter(), Counter(), Counter(), Counter(), Counter()
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = "%s:%d" % (fname, ln)
                try:
                    rec = json.loads(line)
                except Exception as e:
                    errors.append("%s: bad JSON (%s)" % (where, e))
                    continue
                if rec.get("id") in ids:
                    errors.append("%s: duplicate id %s" % (where, rec.get("id")))
                ids.add(rec.get("id"))
                if rec.get("kind") != kind or rec.get("server") != "holdout10" or rec.get("label") not in (0, 1):
                    errors.append("%s: bad kind/server/label" % where)
                if kind == "result":
                    name = rec["tool"]
                    res = rec["result"]
                    if not isinstance(res.get("content"), list) or not res["content"] or not isinstance(res.get("isError"), bool):
                        errors.append("%s: bad result shape" % where)
                    if not all(c.get("type") == "text" and isinstance(c.get("text"), str) for c in res["content"]):
                        errors.append("%s: bad content block" % where)
                    if not isinstance(rec.get("arguments"), dict):
                        errors.append("%s: arguments not an object" % where)
                    text = "\n".join(c["text"] for c in res["content"])
                    n = len(text)
                    if "structuredContent" in res:
                        extras["structuredContent"] += 1
                        sc_text = "\n".join(strings_in(res["structuredContent"]))
                        n = max(n, len(json.dumps(res["structuredContent"], ensure_ascii=False)))
                    else:
                        sc_text = ""
                    extras["multi_block"] += len(res["content"]) > 1
                    extras["isError"] += res["isError"]
                    extras["isError_label%d" % rec["label"]] += res["isError"]
                    fmts[fmt_of(res["content"][0]["text"] if not sc_text or len(res["content"][0]["text"]) > 200 else json.dumps(res["structuredContent"]))] += 1
                    lang_text = text if len(text) > 150 or not sc_text else sc_text
                    check_text(text + "\n" + sc_text + "\n" + json.dumps(rec["arguments"], ensure_ascii=False), where, errors)
                else:
                    t = rec["tool"]
                    name = t.get("name", "")
                    if not isinstance(t.get("description"), str) or t.get("inputSchema", {}).get("type") != "object":
                        errors.append("%s: bad tool shape" % where)
                    extras["outputSchema"] += "outputSchema" in t
                    extras["annotations_label%d" % rec["label"]] += "annotations" in t
                    blob = "\n".join(strings_in(t))
                    n = len(json.dumps(t, ensure_ascii=False))
                    lang_text = t["description"] + " " + blob
                    check_text(blob, where, errors)
                if not NAME_RE.match(name):
                    errors.append("%s: tool name %r fails pattern" % (where, name))
                labels[rec["label"]] += 1
                lens[(bucket(n), rec["label"])] += 1
                langs[(lang_of(lang_text), rec["label"])] += 1
        stats[fname] = (labels, lens, langs, fmts, extras)

    for fname, (labels, lens, langs, fmts, extras) in stats.items():
        tot = sum(labels.values())
        print("== %s: %d records, label0=%d (%.0f%%) label1=%d" % (fname, tot, labels[0], 100.0 * labels[0] / tot, labels[1]))
        print("   length buckets (label0/label1):")
        for bk in ("<100", "100-2k", "2k-3k", "3k-8k", "8k-10k", "10k-20k", ">=20k"):
            if lens[(bk, 0)] or lens[(bk, 1)]:
                print("     %-8s %4d / %-4d" % (bk, lens[(bk, 0)], lens[(bk, 1)]))
        print("   languages (heuristic, label0/label1):", ", ".join("%s %d/%d" % (lg, langs[(lg, 0)], langs[(lg, 1)]) for lg in sorted({k[0] for k in langs})))
        if fmts:
            print("   first-block format (heuristic):", dict(fmts))
        print("   extras:", dict(sorted(extras.items())))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
