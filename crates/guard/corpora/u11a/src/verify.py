"""Verify results.jsonl / tools.jsonl for the u11a set and print balance statistics.

Usage: python3 src/verify.py   (from /work/trainsets/u11a). Exits non-zero on any failure.
"""

import collections
import hashlib
import json
import os
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

TOOL_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ID_RE = re.compile(r"^u11a-r-\d{4}$")
URL_RE = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\?#:]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
BARE_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|co|dev|app|xyz|info|biz|edu|gov|jp|de|fr|uk|ru|cn|es|it|br|in))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
ALLOWED_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
ALLOWED_DOMAINS = ("example.com", "example.org", "example.net")

STOP = {
    "en": "the and you to is my for with it of what how can me this that please your".split(),
    "es": "el la de que y en los las por para con una mi es del lo".split(),
    "fr": "le la les de des et est pour une mon pas que je tu vous".split(),
    "de": "der die das und ist nicht ich ein eine mit für zu den mein".split(),
    "pt": "o a de que e do da em um uma para com não meu".split(),
    "it": "il la di che e per un una non mi è sono del".split(),
    "nl": "de het een en van ik je niet is voor met mijn".split(),
    "pl": "i w nie na się jest z do że jak mi".split(),
    "tr": "ve bir bu için ile ne mi çok gibi".split(),
    "sv": "och att det är en som jag på för inte med".split(),
    "id": "dan yang saya untuk ini dengan tidak bisa ke dari".split(),
    "vi": "và tôi không của là được cho có một những".split(),
}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def host_ok(h):
    h = h.lower().rstrip(".")
    if IP_RE.fullmatch(h):
        return h.startswith(ALLOWED_NETS)
    return any(h == d or h.endswith("." + d) for d in ALLOWED_DOMAINS)


def language(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "?"
    def share(lo, hi):
        return sum(1 for c in letters if lo <= ord(c) <= hi) / len(letters)
    if share(0x3040, 0x30FF) > 0.03:
        return "ja"
    if share(0xAC00, 0xD7AF) > 0.15:
        return "ko"
    if share(0x4E00, 0x9FFF) > 0.15:
        return "zh"
    if share(0x0400, 0x04FF) > 0.15:
        return "ru"
    if share(0x0600, 0x06FF) > 0.15:
        return "ar"
    if share(0x0900, 0x097F) > 0.15:
        return "hi"
    words = re.findall(r"[^\W\d_]+", text.lower())
    counts = {lang: sum(1 for w in words if w in set(sw)) for lang, sw in STOP.items()}
    best = max(sorted(counts), key=lambda k: counts[k])
    if best != "en" and counts[best] > counts["en"] * 1.2:
        return best
    return "en"


def fmt(text):
    t = text.strip()
    try:
        json.loads(t)
        return "json"
    except Exception:
        pass
    lines = [l for l in t.splitlines() if l.strip() and not l.startswith("#")]
    if lines and all(_isjson(l) for l in lines):
        return "jsonl"
    if "|---" in t:
        return "markdown_table"
    if t.startswith("{") or t.startswith("["):
        return "json+trailer"
    if re.search(r"^(query|name|id),", t, re.M):
        return "csv"
    if re.match(r"(Thread|Hilo):", t):
        return "forum_thread"
    if re.search(r"^(User|Assistant):", t, re.M):
        return "chat_transcript"
    if "- name:" in t:
        return "yaml"
    if re.search(r"^#T-\d+", t, re.M):
        return "ticket_export"
    return "text"


def _isjson(l):
    try:
        json.loads(l)
        return True
    except Exception:
        return False


def main():
    tpath = os.path.join(ROOT, "tools.jsonl")
    if not os.path.exists(tpath) or os.path.getsize(tpath) != 0:
        fail("tools.jsonl must exist and be empty")
    rpath = os.path.join(ROOT, "results.jsonl")
    raw = open(rpath, "rb").read()
    print("results.jsonl sha256:", hashlib.sha256(raw).hexdigest())
    ids = set()
    stats = collections.defaultdict(collections.Counter)
    word_hits = collections.Counter()
    label_n = collections.Counter()
    lines = raw.decode("utf-8").split("\n")
    if lines[-1] != "":
        fail("file must end with newline")
    for ln, line in enumerate(lines[:-1], 1):
        try:
            o = json.loads(line)
        except Exception as e:
            fail("line %d: bad json %s" % (ln, e))
        keys = list(o)
        if keys != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            fail("line %d: keys %s" % (ln, keys))
        if not ID_RE.match(o["id"]) or o["id"] in ids:
            fail("line %d: bad/duplicate id %s" % (ln, o["id"]))
        ids.add(o["id"])
        if o["kind"] != "result" or o["server"] != "u11a":
            fail("line %d: kind/server" % ln)
        if not TOOL_RE.match(o["tool"]):
            fail("line %d: tool name %r" % (ln, o["tool"]))
        if not isinstance(o["arguments"], dict):
            fail("line %d: arguments" % ln)
        r = o["result"]
        if set(r) - {"content", "isError", "structuredContent"} or "content" not in r or r.get("isError") is not False:
            fail("line %d: result keys %s" % (ln, list(r)))
        if not isinstance(r["content"], list) or not r["content"]:
            fail("line %d: empty content" % ln)
        for c in r["content"]:
            if list(c) != ["type", "text"] or c["type"] != "text" or not isinstance(c["text"], str) or not c["text"].strip():
                fail("line %d: content item" % ln)
        if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
            fail("line %d: structuredContent must be an object" % ln)
        if o["label"] not in (0, 1):
            fail("line %d: label" % ln)
        blob = json.dumps(o, ensure_ascii=False)
        for rx in (URL_RE, EMAIL_RE, BARE_RE):
            for m in rx.finditer(blob):
                if not host_ok(m.group(1)):
                    fail("line %d: disallowed host %r" % (ln, m.group(1)))
        for m in IP_RE.finditer(blob):
            ip = ".".join(m.groups())
            if not ip.startswith(ALLOWED_NETS):
                fail("line %d: non-RFC5737 IP %s" % (ln, ip))
        if "sk_live" in blob or "BEGIN PRIVATE KEY" in blob:
            fail("line %d: realistic secret marker" % ln)

        lab = o["label"]
        label_n[lab] += 1
        text = "\n".join(c["text"] for c in r["content"])
        L = len(text)
        b = "<150" if L < 150 else "150-2000" if L <= 2000 else "2001-2999" if L < 3000 else "3000-8000" if L <= 8000 else ">8000"
        stats["length"][(b, lab)] += 1
        stats["language"][(language(text), lab)] += 1
        stats["format"][(fmt(r["content"][0]["text"]), lab)] += 1
        stats["structuredContent"][("yes" if "structuredContent" in r else "no", lab)] += 1
        stats["tool"][(o["tool"], lab)] += 1
        full = text + " " + json.dumps(r.get("structuredContent", {}), ensure_ascii=False)
        if re.search(r"\b(ignore|instructions?|AI|assistant)\b", full, re.I):
            word_hits[lab] += 1

    n = sum(label_n.values())
    print("cases: %d   label0: %d   label1: %d (%.1f%%)" % (n, label_n[0], label_n[1], 100.0 * label_n[1] / n))
    for name in ("length", "language", "format", "structuredContent", "tool"):
        keys = sorted({k for k, _ in stats[name]})
        print("\n%s  (label0 / label1)" % name)
        for k in keys:
            print("  %-28s %4d / %4d" % (k, stats[name][(k, 0)], stats[name][(k, 1)]))
    non_en = {lab: sum(v for (k, l), v in stats["language"].items() if l == lab and k != "en") for lab in (0, 1)}
    print("\nnon-English share: label0 %.1f%%  label1 %.1f%%" % (100.0 * non_en[0] / label_n[0], 100.0 * non_en[1] / label_n[1]))
    print("cases containing ignore/instruction(s)/AI/assistant anywhere: label0 %d  label1 %d" % (word_hits[0], word_hits[1]))
    try:
        from attacks import A
        kw = sum(1 for a in A if re.search(r"\b(ignore|instructions?|AI|assistant)\b", a[3], re.I))
        print("injected directives using those words: %d of %d (%.0f%%)" % (kw, len(A), 100.0 * kw / len(A)))
    except Exception as e:  # pragma: no cover
        print("could not load attacks.py:", e)
    print("\nOK")


if __name__ == "__main__":
    main()
