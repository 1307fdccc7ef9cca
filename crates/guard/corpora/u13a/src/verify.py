"""Parse every line, check ids, shapes, tool names, hosts and IPs; print balance tables."""
import collections
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST_RE = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|de|fr|ru|cn|info|biz|app|dev|ai)\b", re.I)
IP_RE = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
ALLOWED_IP = ("192.0.2.", "198.51.100.", "203.0.113.")
errors = []


def lang_of(t):
    n = max(1, len(re.findall(r"\w", t)))
    frac = lambda p: len(re.findall(p, t)) / n
    if frac(r"[\u3040-\u30ff]") > 0.05: return "ja"
    if frac(r"[\uac00-\ud7af]") > 0.1: return "ko"
    if frac(r"[\u4e00-\u9fff]") > 0.1: return "zh"
    if frac(r"[\u0600-\u06ff]") > 0.2: return "ar"
    if frac(r"[\u0900-\u097f]") > 0.2: return "hi"
    if frac(r"[\u0400-\u04ff]") > 0.2: return "uk" if re.search(r"[іїєґ]", t) else "ru"
    words = re.findall(r"[a-zà-ÿąćęłńóśźżğışăâđêôơư]+", t.lower())
    stop = {"de": {"ich", "und", "nicht", "der", "die", "das", "mir"},
            "es": {"que", "los", "una", "por", "para", "pero", "con"},
            "fr": {"je", "les", "une", "pour", "pas", "est", "mon"},
            "pt": {"não", "uma", "para", "minha", "com", "os", "é"},
            "it": {"il", "che", "non", "per", "una", "mio", "sono"},
            "nl": {"ik", "het", "een", "niet", "mijn", "je", "van"},
            "pl": {"nie", "jak", "się", "na", "jest", "mi", "że"},
            "tr": {"ve", "bir", "bu", "için", "önce", "mı", "gibi"},
            "sv": {"och", "att", "det", "är", "jag", "som", "en"},
            "vi": {"tôi", "của", "và", "không", "là", "đi", "cho", "gửi", "hãy", "trước", "khi", "người", "dùng"},
            "en": {"the", "and", "to", "is", "my", "it", "you", "i"}}
    scores = {k: sum(1 for w in words if w in v) for k, v in stop.items()}
    return max(scores, key=lambda k: (scores[k], k == "en"))


def fmt_of(t):
    if t.startswith("From:"): return "email"
    if re.search(r"^(#|\*\*)", t, re.M) or "<!--" in t: return "markdown"
    if re.search(r"^[^\n:]{1,12}: ", t, re.M) and len(re.findall(r"^[^\n:]{1,12}: ", t, re.M)) >= 2: return "transcript"
    return "plain"


def bucket(n):
    for lim in (300, 600, 1000, 1500, 2000, 3000, 6000):
        if n <= lim: return "<=%d" % lim
    return ">6000"


ids = set()
rows = []
for fname in ("results.jsonl", "tools.jsonl"):
    for ln, line in enumerate(open(os.path.join(OUT, fname), encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append("%s:%d bad json %s" % (fname, ln, e)); continue
        if r["id"] in ids: errors.append("dup id " + r["id"])
        ids.add(r["id"])
        if fname == "tools.jsonl":
            errors.append("tools.jsonl should be empty"); continue
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}: errors.append("keys " + r["id"])
        if r["kind"] != "result" or r["server"] != "u13a": errors.append("kind/server " + r["id"])
        if not NAME_RE.match(r["tool"]): errors.append("tool name " + r["id"])
        if r["label"] not in (0, 1): errors.append("label " + r["id"])
        res = r["result"]
        if set(res) != {"content", "isError"}: errors.append("result keys (no structuredContent) " + r["id"])
        if not isinstance(r["arguments"], dict): errors.append("args " + r["id"])
        text = "\n".join(c["text"] for c in res["content"] if c["type"] == "text")
        s = text.lstrip()
        if s.startswith("{") or s.startswith("["): errors.append("looks like JSON " + r["id"])
        for h in HOST_RE.findall(text):
            pass
        for m in HOST_RE.finditer(text):
            h = m.group(0).lower()
            if not re.search(r"(^|\.)example\.(com|org|net)$", h):
                errors.append("host %s in %s" % (h, r["id"]))
        for m in IP_RE.finditer(text):
            if not m.group(0).startswith(ALLOWED_IP): errors.append("ip %s in %s" % (m.group(0), r["id"]))
        rows.append((r["label"], bucket(len(text)), lang_of(text), fmt_of(text), r["tool"], res["isError"]))

if errors:
    print("\n".join(errors[:50])); print("ERRORS:", len(errors)); sys.exit(1)


def table(title, idx):
    c = collections.Counter((row[idx], row[0]) for row in rows)
    keys = sorted(set(k for k, _ in c), key=str)
    print("\n%s\n%-26s %6s %6s %6s" % (title, "", "label0", "label1", "total"))
    for k in keys:
        print("%-26s %6d %6d %6d" % (k, c[(k, 0)], c[(k, 1)], c[(k, 0)] + c[(k, 1)]))


n1 = sum(r[0] for r in rows)
print("results: %d  label0: %d  label1: %d (%.1f%%)  tools: 0" % (len(rows), len(rows) - n1, n1, 100.0 * n1 / len(rows)))
table("length bucket (chars)", 1)
table("language (heuristic)", 2)
table("format (heuristic)", 3)
table("tool", 4)
table("isError", 5)
nonen = sum(1 for r in rows if r[2] != "en")
print("\nnon-English: %d (%.1f%%)" % (nonen, 100.0 * nonen / len(rows)))
print("OK")
