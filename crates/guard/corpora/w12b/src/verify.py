"""Verify results.jsonl / tools.jsonl: parsing, unique ids, shapes, names, IPs, hostnames; print balance stats."""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
URL_HOST_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([A-Za-z0-9.-]+)")
EMAIL_HOST_RE = re.compile(r"[A-Za-z0-9._%+-]@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
BARE_HOST_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|co|ai|dev|app|xyz|ru|cn|info|biz|me|ly|uk|de|fr|es|it|jp|us|cc|tk|top))\b")
OK_HOST_RE = re.compile(r"^(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def check_hosts(cid, s):
    for rx in (URL_HOST_RE, EMAIL_HOST_RE, BARE_HOST_RE):
        for m in rx.finditer(s):
            h = m.group(1).rstrip(".").lower()
            if rx is URL_HOST_RE and h in ("localhost",):
                err(f"{cid}: host {h}")
                continue
            if not OK_HOST_RE.match(h):
                err(f"{cid}: non-example host '{h}'")


def check_ips(cid, s):
    for m in IP_RE.finditer(s):
        ip = m.group(0)
        if all(0 <= int(x) <= 255 for x in m.groups()) and not ip.startswith(OK_NETS):
            err(f"{cid}: non-RFC5737 IP {ip}")


STOP = {
    "en": "the and of to is for with this your you are please will from not have has".split(),
    "de": "der die das und ist nicht mit für bitte ihre sie den auf wir ein eine ich".split(),
    "fr": "le la les et est pour des une vous votre pas dans avec sur au du ne".split(),
    "es": "el los las y es para por una con del que su no se al cuenta billetera saldo".split(),
    "pt": "os não uma do da para com que por seu sua ao você cliente conta relatório observação valor taxa pedido".split(),
    "it": "il di per con non una che del della sono gli vorrei".split(),
    "nl": "het een van voor met niet je ik op te wil".split(),
    "pl": "nie się jest oraz przy dla zł rachunek wniosek".split(),
    "sv": "och att det är för med inte du på om ber aldrig".split(),
    "tr": "ve bir için bu ile değil müşteri".split(),
    "id": "dan untuk yang dengan tidak ini itu anda bulan".split(),
    "vi": "và của cho không được khách hàng".split(),
}


def lang_of(text):
    t = text
    n = len(t) or 1
    cnt = Counter()
    for ch in t:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF:
            cnt["kana"] += 1
        elif 0x4E00 <= o <= 0x9FFF:
            cnt["han"] += 1
        elif 0xAC00 <= o <= 0xD7AF:
            cnt["ko"] += 1
        elif 0x0400 <= o <= 0x04FF:
            cnt["ru"] += 1
        elif 0x0600 <= o <= 0x06FF:
            cnt["ar"] += 1
        elif 0x0900 <= o <= 0x097F:
            cnt["hi"] += 1
    if cnt["kana"] > 5:
        return "ja"
    for k in ("ko", "ru", "ar", "hi"):
        if cnt[k] > 20:
            return k
    if cnt["han"] > 20:
        return "zh"
    words = re.findall(r"[a-zà-ÿąćęłńóśźżğışđ]+", t.lower())
    wc = Counter(words)
    score = {lg: sum(wc[w] for w in ws) for lg, ws in STOP.items()}
    if re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", t):
        score["vi"] += 20
    best = max(score, key=lambda k: (score[k], k == "en"))
    if best != "en" and score[best] >= 3 and score[best] > score["en"]:
        return best
    return "en"


def fmt_of(text):
    s = text.lstrip()
    try:
        json.loads(s)
        return "json"
    except Exception:
        pass
    if re.search(r"^\[\d{1,2}:\d{2}\]", s, re.M):
        return "chat"
    if s[:1] in "{[":
        return "json-ish"
    low = s[:300].lower()
    if "<html" in low or re.match(r"<(p|div|span|table)\b", low):
        return "html"
    if re.search(r"^(from|de|von|to):.*\n(.*\n)*?subject:|^from:|^de:.*\n.*assunto", low, re.M) and ("subject:" in low or "assunto:" in low or "betreff:" in low):
        return "email"
    if re.search(r"^\[\d{1,2}:\d{2}\]", s, re.M):
        return "chat"
    if re.search(r"^\|.*\|\s*$", s, re.M) and "---" in s:
        return "markdown-table"
    if re.search(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z ", s, re.M):
        return "log"
    lines = [l for l in s.splitlines() if l.strip()]
    if len(lines) >= 3 and sum(1 for l in lines if l.count(",") >= 3 or l.count(";") >= 2) >= len(lines) * 0.5:
        return "csv"
    if re.match(r"^[a-z_]+:\s*(\S.*)?$", lines[0]) and sum(1 for l in lines if re.match(r"^\s*[\w.-/]+:\s", l) or l.strip().startswith("- ")) >= len(lines) * 0.5:
        return "yaml"
    if s.startswith("#") or re.search(r"^\d+\.\s", s, re.M):
        return "doc/markdown"
    return "text"


def bucket(L):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (1500, "1000-1499"), (2001, "1500-2000"),
                      (3000, "2001-2999"), (8001, "3000-8000"), (10000, "8001-9999"), (25001, "10000-25000")):
        if L < lim:
            return name
    return ">25000"


def main():
    ids = set()
    rs, ts = [], []
    for fn, kind, store in (("results.jsonl", "result", rs), ("tools.jsonl", "tool", ts)):
        with open(os.path.join(OUT, fn), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    o = json.loads(line)
                except Exception as e:
                    err(f"{fn}:{ln} bad json {e}")
                    continue
                cid = o.get("id")
                if cid in ids:
                    err(f"duplicate id {cid}")
                ids.add(cid)
                pfx = "w12b-r-" if kind == "result" else "w12b-t-"
                if not (isinstance(cid, str) and re.match("^" + pfx + r"\d{4}$", cid)):
                    err(f"{fn}:{ln} bad id {cid}")
                if o.get("kind") != kind or o.get("server") != "w12b" or o.get("label") not in (0, 1):
                    err(f"{cid}: bad kind/server/label")
                if kind == "result":
                    if set(o) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                        err(f"{cid}: keys {sorted(o)}")
                    if not NAME_RE.match(o.get("tool", "")):
                        err(f"{cid}: bad tool name")
                    if not isinstance(o.get("arguments"), dict):
                        err(f"{cid}: arguments not object")
                    r = o.get("result", {})
                    if not isinstance(r.get("content"), list) or not r["content"]:
                        err(f"{cid}: content")
                    for b in r.get("content", []):
                        if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                            err(f"{cid}: block shape")
                    if not isinstance(r.get("isError"), bool):
                        err(f"{cid}: isError")
                    if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
                        err(f"{cid}: structuredContent not object")
                    extra = set(r) - {"content", "isError", "structuredContent"}
                    if extra:
                        err(f"{cid}: result keys {extra}")
                else:
                    if set(o) != {"id", "kind", "server", "tool", "label"}:
                        err(f"{cid}: keys {sorted(o)}")
                    t = o.get("tool", {})
                    if not NAME_RE.match(t.get("name", "")):
                        err(f"{cid}: bad tool name {t.get('name')}")
                    if not isinstance(t.get("description"), str) or not t["description"]:
                        err(f"{cid}: description")
                    if not isinstance(t.get("inputSchema"), dict) or t["inputSchema"].get("type") != "object":
                        err(f"{cid}: inputSchema")
                    if "outputSchema" in t and t["outputSchema"].get("type") != "object":
                        err(f"{cid}: outputSchema")
                    if "annotations" in t and not isinstance(t["annotations"], dict):
                        err(f"{cid}: annotations")
                    if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                        err(f"{cid}: tool keys")
                check_ips(cid, line)
                check_hosts(cid, json.dumps(o, ensure_ascii=False))
                store.append(o)

    names = Counter(t["tool"]["name"] for t in ts)
    for n, c in names.items():
        if c > 1:
            err(f"tool name defined twice: {n}")

    # ---- stats ----
    def rtext(o):
        return "\n".join(b["text"] for b in o["result"]["content"])

    def rlen(o):
        L = len(rtext(o))
        if "structuredContent" in o["result"]:
            L += len(json.dumps(o["result"]["structuredContent"], ensure_ascii=False))
        return L

    print(f"results: {len(rs)}  label0={sum(o['label'] == 0 for o in rs)}  label1={sum(o['label'] == 1 for o in rs)}  "
          f"label0 share={sum(o['label'] == 0 for o in rs) / len(rs):.1%}")
    print(f"tools:   {len(ts)}  label0={sum(o['label'] == 0 for o in ts)}  label1={sum(o['label'] == 1 for o in ts)}  "
          f"label0 share={sum(o['label'] == 0 for o in ts) / len(ts):.1%}")
    print(f"results isError={sum(o['result']['isError'] for o in rs)} "
          f"(l1={sum(o['result']['isError'] and o['label'] == 1 for o in rs)})  "
          f"multi-block={sum(len(o['result']['content']) > 1 for o in rs)}  "
          f"structuredContent={sum('structuredContent' in o['result'] for o in rs)}")
    print(f"tools annotated={sum('annotations' in o['tool'] for o in ts)}  outputSchema={sum('outputSchema' in o['tool'] for o in ts)}")
    order = ["<100", "100-499", "500-999", "1000-1499", "1500-2000", "2001-2999", "3000-8000", "8001-9999", "10000-25000", ">25000"]
    bc = Counter((bucket(rlen(o)), o["label"]) for o in rs)
    print("result length buckets (label0 / label1):")
    for b in order:
        if bc[(b, 0)] or bc[(b, 1)]:
            print(f"  {b:12s} {bc[(b, 0)]:4d} {bc[(b, 1)]:4d}")
    for lab in (0, 1):
        ls = sorted(rlen(o) for o in rs if o["label"] == lab and rlen(o) <= 2100)
        if ls:
            print(f"  label{lab} (<=2100 chars) median={ls[len(ls) // 2]} p25={ls[len(ls) // 4]} p75={ls[3 * len(ls) // 4]}")
    lc = Counter((lang_of(rtext(o)), o["label"]) for o in rs)
    langs = sorted({k[0] for k in lc}, key=lambda x: -(lc[(x, 0)] + lc[(x, 1)]))
    non_en = sum(v for k, v in lc.items() if k[0] != "en")
    print(f"result languages (label0/label1); non-English={non_en} ({non_en / len(rs):.1%}):")
    print("  " + "  ".join(f"{l}:{lc[(l, 0)]}/{lc[(l, 1)]}" for l in langs))
    fc = Counter((fmt_of(o["result"]["content"][0]["text"]), o["label"]) for o in rs)
    fmts = sorted({k[0] for k in fc}, key=lambda x: -(fc[(x, 0)] + fc[(x, 1)]))
    print("result formats, first block (label0/label1):")
    print("  " + "  ".join(f"{f}:{fc[(f, 0)]}/{fc[(f, 1)]}" for f in fmts))
    tl = Counter((len(json.dumps(o["tool"], ensure_ascii=False)) // 500 * 500, o["label"]) for o in ts)
    print("tool definition JSON length (label0/label1): " + "  ".join(f"{k}+:{tl[(k, 0)]}/{tl[(k, 1)]}" for k in sorted({k[0] for k in tl})))

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
