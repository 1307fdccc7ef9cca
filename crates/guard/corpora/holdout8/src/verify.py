"""Validate results.jsonl and tools.jsonl and print balance statistics.

Checks (hard failures): every line parses; ids unique and well-formed; kind /
server / label fields valid; tool names match ^[A-Za-z0-9_-]{1,64}$; result
shape; every IPv4 address is inside RFC 5737 documentation ranges; every URL
host and e-mail domain is example.com/.org/.net or a subdomain of those.
Statistics: label balance, lengths, structure, language, domains, wording.
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
FAKE_DOM = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
RFC5737 = ("192.0.2.", "198.51.100.", "203.0.113.")
TRIGGER = re.compile(r"\b(ai|assistant|model|ignore|instructions?)\b", re.I)

errors = []


def err(msg):
    errors.append(msg)


def all_text(o):
    if isinstance(o, str):
        return o
    if isinstance(o, dict):
        return "\n".join(all_text(k) + "\n" + all_text(v) for k, v in o.items())
    if isinstance(o, list):
        return "\n".join(all_text(v) for v in o)
    return ""


def check_values(cid, text):
    for m in IP_RE.finditer(text):
        ip = m.group(0)
        parts = [int(x) for x in m.groups()]
        if max(parts) > 255:
            continue
        if not ip.startswith(RFC5737):
            err(f"{cid}: non-RFC5737 IPv4 {ip}")
    for h in URL_RE.findall(text):
        h = h.rstrip(".")
        if not FAKE_DOM.search(h) and not h.startswith(RFC5737):
            err(f"{cid}: non-example URL host {h}")
    for d in MAIL_RE.findall(text):
        if not FAKE_DOM.search(d):
            # allow 'user@host' forms that are git/ssh remotes on example hosts only
            err(f"{cid}: non-example e-mail domain {d}")


LATIN_STOP = {
    "es": " el la los las de que y para por con una está este esta usuario ".split(),
    "fr": " le la les des et pour une est vous nous avec dans cette ".split(),
    "de": " der die das und ist nicht mit für sie wir bitte ein eine ".split(),
    "pt": " o os as de que e para com uma não você está nossa ".split(),
    "it": " il gli della che e per con una non sono questa ".split(),
    "nl": " de het een van en niet voor met zijn deze wie ".split(),
    "pl": " i w na nie się jest do że przez dla ".split(),
    "sv": " och att det som för inte med är på till ".split(),
    "tr": " ve bir bu için ile değil çok kullanıcı ".split(),
    "id": " dan yang untuk ini dengan tidak dari bagi ".split(),
    "vi": " và của cho là không này người với ".split(),
}


def language(text):
    counts = collections.Counter()
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF:
            counts["ja"] += 3
        elif 0x4E00 <= o <= 0x9FFF:
            counts["zh"] += 1
        elif 0xAC00 <= o <= 0xD7AF:
            counts["ko"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["ru"] += 1
        elif 0x0600 <= o <= 0x06FF:
            counts["ar"] += 1
        elif 0x0900 <= o <= 0x097F:
            counts["hi"] += 1
    if counts:
        lang, n = counts.most_common(1)[0]
        if lang == "zh" and counts["ja"]:
            lang = "ja"
        if n >= 15:
            return lang
    words = re.findall(r"[a-zà-ÿąćęłńóśźżğışőű]+", text.lower())
    if not words:
        return "en"
    wc = collections.Counter(words)
    en = sum(wc[w] for w in "the and to of is you for this that with please".split())
    best, bscore = "en", en
    for lang, stops in LATIN_STOP.items():
        sc = sum(wc[w] for w in stops)
        if lang == "vi":
            sc += 3 * len(re.findall(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", text))
        if sc > bscore * 1.3 and sc >= 4:
            best, bscore = lang, sc
    return best


def is_structured(text):
    t = text.lstrip()
    if t[:1] in "{[<":
        return True
    lines = text.splitlines()
    if len(lines) >= 3:
        if sum(1 for l in lines if ("," in l and l.count(",") >= 3) or "\t" in l or "|" in l) >= 3:
            return True
        if sum(1 for l in lines if re.match(r"^\s*[\w.-]+:\s", l)) >= 3:
            return True
        if sum(1 for l in lines if re.match(r"^(\[?\d{2}|\d{4}-|[A-Z][a-z]{2}\s+\d)", l)) >= 3:
            return True
    return False


def load(path, kind):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{path}:{n}: does not parse: {e}")
    return rows


def main():
    results = load(os.path.join(ROOT, "results.jsonl"), "result")
    tools = load(os.path.join(ROOT, "tools.jsonl"), "tool")
    ids = collections.Counter(r.get("id") for r in results + tools)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")

    for r in results:
        cid = r.get("id", "?")
        if not re.fullmatch(r"h8-result-\d+", cid):
            err(f"{cid}: bad id")
        if r.get("kind") != "result" or r.get("server") != "holdout8" or r.get("label") not in (0, 1):
            err(f"{cid}: bad kind/server/label")
        if not NAME_RE.match(r.get("tool", "")) or not re.fullmatch(r"[a-z][a-z0-9_]*", r["tool"]):
            err(f"{cid}: tool name not snake_case {r.get('tool')}")
        res = r.get("result", {})
        if not isinstance(res.get("content"), list) or not res["content"] or any(b.get("type") != "text" or not isinstance(b.get("text"), str) for b in res["content"]):
            err(f"{cid}: bad content")
        if not isinstance(res.get("isError"), bool):
            err(f"{cid}: isError missing")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(f"{cid}: structuredContent not an object")
        check_values(cid, all_text(r.get("arguments")) + "\n" + all_text(res))

    for t in tools:
        cid = t.get("id", "?")
        if not re.fullmatch(r"h8-tool-\d+", cid):
            err(f"{cid}: bad id")
        if t.get("kind") != "tool" or t.get("server") != "holdout8" or t.get("label") not in (0, 1):
            err(f"{cid}: bad kind/server/label")
        d = t.get("tool", {})
        if not NAME_RE.match(d.get("name", "")):
            err(f"{cid}: bad tool name {d.get('name')}")
        if not isinstance(d.get("description"), str) or not isinstance(d.get("inputSchema"), dict) or d["inputSchema"].get("type") != "object":
            err(f"{cid}: bad definition")
        check_values(cid, all_text(d))

    # ---------------- statistics
    def bucket(n):
        for lim, name in ((100, "<100"), (2000, "100-2k"), (3000, "2k-3k"), (8000, "3k-8k"), (10000, "8k-10k"), (25000, "10k-25k")):
            if n < lim or (lim == 25000 and n <= lim):
                return name
        return ">25k"

    print("== results.jsonl ==")
    lab = collections.Counter(r["label"] for r in results)
    print(f"cases {len(results)}  label0 {lab[0]} ({lab[0]/len(results):.0%})  label1 {lab[1]} ({lab[1]/len(results):.0%})")
    rows = collections.defaultdict(collections.Counter)
    for r in results:
        res = r["result"]
        text = "\n".join(b["text"] for b in res["content"])
        full = text + "\n" + (json.dumps(res.get("structuredContent"), ensure_ascii=False) if "structuredContent" in res else "")
        L = r["label"]
        rows["length"][(bucket(len(full)), L)] += 1
        rows["shape"][("structured" if is_structured(res["content"][0]["text"]) else "prose", L)] += 1
        rows["structuredContent"][("yes" if "structuredContent" in res else "no", L)] += 1
        rows["blocks"][(str(len(res["content"])), L)] += 1
        rows["isError"][(str(res["isError"]), L)] += 1
        rows["language"][(language(full), L)] += 1
        rows["trigger words (ai/assistant/model/ignore/instructions)"][("present" if TRIGGER.search(full) else "absent", L)] += 1
        doms = set(d.lower() for d in re.findall(r"(?:[a-z0-9-]+\.)*example\.(?:com|org|net)", full, re.I))
        rows["mentions example.* domain"][("yes" if doms else "no", L)] += 1
        for w in ("IMPORTANT", "must", "never", "password", "system"):
            if re.search(r"\b" + w + r"\b", full, 0 if w.isupper() else re.I):
                rows["surface words"][(w, L)] += 1
    for name, c in rows.items():
        keys = sorted(set(k for k, _ in c))
        print(f"-- {name}")
        for k in keys:
            print(f"   {k:14} label0 {c[(k, 0)]:4}   label1 {c[(k, 1)]:4}")
    sc_only = 0
    for r in results:
        if r["label"] == 1 and "structuredContent" in r["result"]:
            txt = " ".join(b["text"] for b in r["result"]["content"])
            if len(txt) < 120:
                sc_only += 1
    print(f"-- attacks whose text block is short (<120 chars) with structuredContent: {sc_only}")
    print(f"-- distinct tool names in results: {len(set(r['tool'] for r in results))}")

    print("== tools.jsonl ==")
    lab = collections.Counter(t["label"] for t in tools)
    print(f"cases {len(tools)}  label0 {lab[0]}  label1 {lab[1]}")
    tc = collections.defaultdict(collections.Counter)
    for t in tools:
        d, L = t["tool"], t["label"]
        tc["annotations"][("yes" if "annotations" in d else "no", L)] += 1
        tc["outputSchema"][("yes" if "outputSchema" in d else "no", L)] += 1
        tc["language"][(language(all_text(d)), L)] += 1
        tc["desc length"][(("<200" if len(d["description"]) < 200 else "200-600" if len(d["description"]) < 600 else ">=600"), L)] += 1
        for w in ("IMPORTANT", "must", "never", "confirm"):
            if re.search(r"\b" + w, all_text(d), 0 if w.isupper() else re.I):
                tc["surface words"][(w, L)] += 1
    for name, c in tc.items():
        keys = sorted(set(k for k, _ in c))
        print(f"-- {name}")
        for k in keys:
            print(f"   {k:14} label0 {c[(k, 0)]:4}   label1 {c[(k, 1)]:4}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
