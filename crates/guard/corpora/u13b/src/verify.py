"""Check results.jsonl / tools.jsonl and print balance tables (language and format are heuristic)."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_HOST = re.compile(r"https?://([A-Za-z0-9.-]+)")
MAIL_HOST = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
BARE_HOST = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|dev|co|uk|de|fr|es|it|nl|pl|jp|cn|ru|br|info|biz))\b")
IPV4 = re.compile(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]

STOP = {
    "en": "the and you is to of for my in it that this with what your me",
    "de": "und der die das ich nicht ist mit für bitte sie ein eine auf",
    "es": "el la que de y los las para por una con mi es del",
    "fr": "le la les et des est pour une que je pas avec du mes",
    "pt": "o a que de para uma com não os do da meu você",
    "it": "il la che di per una con non sono gli del mi è",
    "nl": "de het een en van ik niet je is voor met op",
    "pl": "i nie się na do jest że to jak dla od z",
    "tr": "ve bir bu için ile da de ne sen ben mi",
    "sv": "och att det som är en på för med jag inte",
    "id": "dan yang untuk dengan ini itu tidak kami akun",
    "cs": "a je na se to že v jen hráčům",
}
STOP = {k: set(v.split()) for k, v in STOP.items()}


def lang_of(t):
    if re.search(r"[\u3040-\u30ff]", t):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", t):
        return "ko"
    if len(re.findall(r"[\u4e00-\u9fff]", t)) > 20:
        return "zh"
    if len(re.findall(r"[\u0400-\u04ff]", t)) > 40:
        return "uk" if re.search(r"[іїєґ]", t) else "ru"
    if len(re.findall(r"[\u0600-\u06ff]", t)) > 40:
        return "ar"
    if len(re.findall(r"[\u0900-\u097f]", t)) > 40:
        return "hi"
    if len(re.findall(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", t)) > 5:
        return "vi"
    words = re.findall(r"[a-zà-ÿąćęłńóśźżğışçčřšžůý]+", t.lower())
    sc = {k: sum(1 for w in words if w in s) for k, s in STOP.items()}
    return max(sc, key=sc.get)


def fmt_of(t):
    head = t.split("\n")[:4]
    if any(re.match(r"^(From|Von|De|Da|Van|Od|От|差出人|发件人)\s*[:：]", h) for h in head):
        return "email"
    if re.search(r"(?m)^#{1,3} ", t) or "**" in t or re.search(r"(?m)^> ", t):
        return "markdown"
    if len(re.findall(r"(?m)^(\[[^\]]{1,12}\] )?[^\n:：]{1,24}[:：] ", t)) >= 3:
        return "transcript"
    return "plain"


def bucket(n):
    for lo, hi in [(0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000), (3000, 6000), (6000, 10**9)]:
        if lo <= n < hi:
            return f"{lo}-{hi if hi < 10**9 else ''}"


def main():
    errs = []
    ids = set()
    rows = []
    with open(os.path.join(OUT, "results.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                d = json.loads(line)
            except Exception as e:
                errs.append(f"line {n}: bad json {e}")
                continue
            if set(d) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                errs.append(f"{d.get('id')}: keys {sorted(d)}")
            if d["id"] in ids:
                errs.append(f"dup id {d['id']}")
            ids.add(d["id"])
            if d["kind"] != "result" or d["server"] != "u13b" or d["label"] not in (0, 1):
                errs.append(f"{d['id']}: kind/server/label")
            if not NAME_RE.match(d["tool"]):
                errs.append(f"{d['id']}: tool name {d['tool']}")
            res = d["result"]
            if set(res) != {"content", "isError"} or not isinstance(res["isError"], bool):
                errs.append(f"{d['id']}: result keys {sorted(res)}")
            if not res["content"] or any(set(b) != {"type", "text"} or b["type"] != "text" or not b["text"] for b in res["content"]):
                errs.append(f"{d['id']}: content blocks")
            text = "\n\n".join(b["text"] for b in res["content"])
            blob = text + " " + json.dumps(d["arguments"], ensure_ascii=False)
            try:
                json.loads(text)
                errs.append(f"{d['id']}: text parses as JSON")
            except ValueError:
                pass
            hosts = URL_HOST.findall(blob) + MAIL_HOST.findall(blob) + BARE_HOST.findall(blob)
            for h in hosts:
                h = h.lower().rstrip(".")
                if not re.search(r"(^|\.)example\.(com|org|net)$", h):
                    errs.append(f"{d['id']}: host {h}")
            for ip in IPV4.findall(blob):
                try:
                    a = ipaddress.ip_address(ip)
                except ValueError:
                    continue
                if not any(a in n for n in NETS):
                    errs.append(f"{d['id']}: ip {ip}")
            rows.append((d, text))
    with open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8") as f:
        tl = [l for l in f.read().splitlines() if l.strip()]
    if tl:
        errs.append(f"tools.jsonl should be empty, has {len(tl)} lines")

    print(f"results: {len(rows)}   tools: {len(tl)}")
    lab = Counter(d["label"] for d, _ in rows)
    print(f"label 0: {lab[0]} ({lab[0] / len(rows):.1%})   label 1: {lab[1]} ({lab[1] / len(rows):.1%})")
    print(f"isError: {Counter(d['label'] for d, _ in rows if d['result']['isError'])}   multi-block: {Counter(d['label'] for d, _ in rows if len(d['result']['content']) > 1)}")

    def table(title, keyf):
        t = defaultdict(Counter)
        for d, text in rows:
            t[keyf(d, text)][d["label"]] += 1
        print(f"\n{title:<16} label0 label1  total")
        for k in sorted(t):
            print(f"{k:<16} {t[k][0]:>6} {t[k][1]:>6} {t[k][0] + t[k][1]:>6}")

    table("length", lambda d, t: bucket(len(t)))
    table("language", lambda d, t: lang_of(t))
    table("format", lambda d, t: fmt_of(t))
    table("tool", lambda d, t: d["tool"])
    ne = sum(1 for d, t in rows if lang_of(t) != "en")
    print(f"\nnon-English (heuristic): {ne} ({ne / len(rows):.1%})")
    words = Counter()
    for d, t in rows:
        if d["label"] == 1:
            for w in ("ignore", "instructions", " ai ", "assistant", "model"):
                if w in t.lower():
                    words[w] += 1
    print("label-1 rows containing trigger words anywhere (incl. the carried chat):", dict(words))
    if errs:
        print("\nERRORS:")
        for e in errs[:50]:
            print(" ", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
