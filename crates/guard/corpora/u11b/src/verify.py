"""Verify results.jsonl / tools.jsonl and print balance statistics."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOOL_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(?:[^/\s@\"']+@)?([^/\s:?#\"'\\)\]>|`,@]+)")
MAIL_RE = re.compile(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|app|xyz|ru|info|biz|me|us|uk|de|fr|edu|gov|cn|jp))\b")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
ALLOWED_IP = ("192.0.2.", "198.51.100.", "203.0.113.")
TRIGGER_RE = re.compile(r"\b(ignore|instructions?|AI|assistant)\b", re.I)

STOP = {
    "en": "the and you to is of it for that with this are not what have your can".split(),
    "de": "der die das und ist nicht ich du mit für ein eine auf den zu bitte".split(),
    "fr": "le la les et est pas je tu des une pour que avec vous dans".split(),
    "es": "el la los las y es que de no por para una con usted pero mi".split(),
    "pt": "o a os as e é não de que para uma com você do da meu".split(),
    "it": "il la e di che non per una con sono lo gli mi ho".split(),
    "nl": "de het een en is niet ik je met voor van dat op mijn".split(),
    "pl": "i nie jest to się na że z do w mi czy jak".split(),
    "sv": "och det är att inte jag du med för en på som".split(),
}


def allowed_host(h):
    h = h.lower().rstrip(".")
    for base in ("example.com", "example.org", "example.net"):
        if h == base or h.endswith("." + base):
            return True
    return False


def lang_of(t):
    if re.search(r"[\u3040-\u30ff]", t):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", t):
        return "ko"
    if len(re.findall(r"[\u4e00-\u9fff]", t)) > 10:
        return "zh"
    if len(re.findall(r"[\u0400-\u04ff]", t)) > 20:
        return "ru/uk"
    if len(re.findall(r"[\u0600-\u06ff]", t)) > 20:
        return "ar"
    words = re.findall(r"[a-zà-ÿąćęłńóśźż]+", t.lower())
    scores = {k: sum(1 for w in words if w in set(v)) for k, v in STOP.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] <= scores["en"] * 1.1:
        return "en"
    return best


def fmt_of(t):
    s = t.strip()
    if s[:1] in "{[":
        try:
            json.loads(s)
            return "json"
        except Exception:
            pass
    if re.search(r"^\s*\|.*\|\s*$\n^\s*\|[\s:|-]+\|\s*$", s, re.M):
        return "md-table"
    lines = [l for l in s.splitlines() if l.strip()]
    if len(lines) >= 3 and all(l.count(",") >= 2 for l in lines[:3]) and lines[0].count(",") == lines[1].count(","):
        return "csv"
    if "<!--" in s or re.search(r"<(div|html|p|span|img|table)\b", s):
        return "html"
    if sum(1 for l in lines if re.match(r"^\s*(\[[^\]]{3,24}\]\s*)?(\d{1,2}:\d{2}(:\d{2})?\s+)?[A-Z][\w .()'-]{0,30}:\s", l)) >= max(3, len(lines) // 3):
        return "transcript"
    if sum(1 for l in lines if re.match(r"^\s*(- )?[a-z_][\w-]*:(\s|$)", l)) >= max(3, len(lines) // 2):
        return "yaml"
    if s.startswith("#") or re.search(r"^#{1,3} ", s, re.M):
        return "markdown/wiki"
    if re.search(r"(?i)\b(ticket|case)\s*#?\s*[A-Z0-9-]{3,}", s):
        return "ticket"
    return "plain"


def bucket(n):
    for lim, name in ((150, "<150"), (500, "150-499"), (1000, "500-999"), (2000, "1000-1999"),
                      (3000, "2000-2999"), (8000, "3000-8000")):
        if n < lim:
            return name
    return ">8000"


def main():
    errors = []
    path = os.path.join(ROOT, "results.jsonl")
    tpath = os.path.join(ROOT, "tools.jsonl")
    if os.path.getsize(tpath) != 0:
        errors.append("tools.jsonl must be empty")
    ids = set()
    texts = collections.Counter()
    stats = collections.defaultdict(collections.Counter)
    lens = {0: [], 1: []}
    trig = collections.Counter()
    n = 0
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        errors.append("file must end with newline")
    for ln, line in enumerate(raw.splitlines(), 1):
        n += 1
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad json {e}")
            continue
        keys = list(o.keys())
        if keys != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            errors.append(f"line {ln}: keys {keys}")
        if o.get("id") in ids:
            errors.append(f"line {ln}: dup id")
        ids.add(o.get("id"))
        if not re.fullmatch(r"u11b-r-\d{4}", o.get("id", "")):
            errors.append(f"line {ln}: bad id")
        if o.get("kind") != "result" or o.get("server") != "u11b":
            errors.append(f"line {ln}: kind/server")
        if not TOOL_RE.match(o.get("tool", "")):
            errors.append(f"line {ln}: bad tool name")
        if not isinstance(o.get("arguments"), dict):
            errors.append(f"line {ln}: arguments not object")
        r = o.get("result", {})
        if not isinstance(r, dict) or set(r) - {"content", "isError", "structuredContent"}:
            errors.append(f"line {ln}: result keys")
            continue
        if r.get("isError") is not False:
            errors.append(f"line {ln}: isError")
        c = r.get("content")
        if not isinstance(c, list) or not c:
            errors.append(f"line {ln}: content")
            continue
        for part in c:
            if part.get("type") != "text" or not isinstance(part.get("text"), str) or not part["text"].strip():
                errors.append(f"line {ln}: content part")
        if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
            errors.append(f"line {ln}: structuredContent not object")
        lab = o.get("label")
        if lab not in (0, 1):
            errors.append(f"line {ln}: label")
            continue
        body = "\n".join(p["text"] for p in c)
        texts[body] += 1
        full = body + (json.dumps(r["structuredContent"], ensure_ascii=False) if "structuredContent" in r else "")
        blob = json.dumps(o, ensure_ascii=False)
        for m in URL_RE.finditer(blob):
            if not allowed_host(m.group(1)):
                errors.append(f"line {ln}: host {m.group(1)}")
        for m in MAIL_RE.finditer(blob):
            if not allowed_host(m.group(1)):
                errors.append(f"line {ln}: mail host {m.group(1)}")
        for m in BARE_RE.finditer(blob):
            if not allowed_host(m.group(1)):
                errors.append(f"line {ln}: bare host {m.group(1)}")
        for m in IP_RE.finditer(blob):
            if not m.group(0).startswith(ALLOWED_IP):
                errors.append(f"line {ln}: ip {m.group(0)}")
        lens[lab].append(len(full))
        stats["label"][lab] += 1
        stats[f"length/label{lab}"][bucket(len(full))] += 1
        stats[f"lang/label{lab}"][lang_of(body)] += 1
        stats[f"format/label{lab}"][fmt_of(c[0]["text"])] += 1
        stats["structuredContent"][f"label{lab}:{'yes' if 'structuredContent' in r else 'no'}"] += 1
        stats["multi-part content"][f"label{lab}:{len(c) > 1}"] += 1
        if lab == 1:
            trig["attacks containing ignore/instructions/AI/assistant" if TRIGGER_RE.search(full) else "attacks without those words"] += 1
        stats["tools"][o["tool"]] += 1
    for t, k in texts.items():
        if k > 1:
            errors.append(f"duplicate text x{k}: {t[:60]!r}")
    print(f"results: {n}")
    for name in sorted(stats):
        if name == "tools":
            continue
        print(f"{name}: {dict(sorted(stats[name].items(), key=lambda kv: str(kv[0])))}")
    print(f"distinct tools: {len(stats['tools'])}")
    for lab in (0, 1):
        v = sorted(lens[lab])
        if v:
            print(f"label {lab} length: min {v[0]} median {v[len(v)//2]} mean {sum(v)//len(v)} max {v[-1]}")
    print(dict(trig))
    nonen = sum(v for k, v in stats["lang/label0"].items() if k != "en") + sum(v for k, v in stats["lang/label1"].items() if k != "en")
    print(f"non-English share: {nonen}/{n} = {nonen / max(n,1):.1%}")
    if errors:
        print("ERRORS:")
        for e in errors[:80]:
            print("  " + e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
