"""Verify results.jsonl and tools.jsonl: parsing, ids, shapes, names, IPs, hostnames; print balance reports."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s\"'<>)\]\\?#]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
TLDS = "com|org|net|io|gov|edu|co|uk|de|fr|ru|cn|jp|xyz|info|biz|app|dev|ai|us|eu|nl|es|pl|ro|tr|br|ly|cc|tv|online|site|top"
BARE_RE = re.compile(r"(?<![@/\w.-])((?:[A-Za-z0-9-]+\.)+(?:" + TLDS + r"))(?![\w-])", re.I)
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ALLOWED = ("example.com", "example.org", "example.net")
errors = []


def err(msg):
    errors.append(msg)


def host_ok(h):
    h = h.lower().split("@")[-1].split(":")[0].rstrip(".")
    if "." not in h:
        return True
    if IP_RE.fullmatch(h):
        return True  # checked by the IP rule
    return any(h == d or h.endswith("." + d) for d in ALLOWED)


def all_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)


def check_text(rid, o):
    for s in all_strings(o):
        for m in IP_RE.finditer(s):
            parts = [int(x) for x in m.groups()]
            if max(parts) > 255:
                continue
            ip = ipaddress.ip_address(".".join(map(str, parts)))
            if not any(ip in n for n in NETS):
                err(f"{rid}: non-RFC5737 IP {ip}")
        for rx in (URL_RE, EMAIL_RE, BARE_RE):
            for m in rx.finditer(s):
                if not host_ok(m.group(1)):
                    err(f"{rid}: hostname not allowed: {m.group(1)}")


SCRIPTS = [("ja", r"[\u3040-\u30ff]"), ("ko", r"[\uac00-\ud7af]"), ("zh", r"[\u4e00-\u9fff]"), ("ar", r"[\u0600-\u06ff]"),
           ("he", r"[\u0590-\u05ff]"), ("hi", r"[\u0900-\u097f]"), ("el", r"[\u0370-\u03ff]"), ("uk", r"[їєґі]"), ("ru", r"[\u0400-\u04ff]")]
WORDS = {
    "en": "the and for with are this that from will please have not you your our any all",
    "de": "der die das und nicht mit für ist von den bei zur auf eine sind werden oder",
    "fr": "les des pour une est dans vous sur avec pas qui aux été",
    "es": "los las para una por que sus este está como ante",
    "it": "della dei gli una che alla delle sono nel alle il di nei dati",
    "pt": "os das dos não uma para com pelo está são",
    "nl": "het een van voor niet met aan zijn wordt ook",
    "pl": "się nie jest oraz dla przez lub który od",
    "sv": "och att för som inte med är till",
    "da": "og er til af ikke med det dage",
    "no": "og ikke til med før kan",
    "fi": "ja on ei että kuin ovat",
    "cs": "je se na pro jako nebo",
    "tr": "ve bir bu için ile olarak",
    "ro": "și în pentru sau din",
    "hu": "és az hogy nem",
    "vi": "của và là được các cho",
    "id": "dan yang untuk dengan tidak atau silakan belum",
    "ca": "els amb del les ordinari vots",
}
WSETS = {k: set(v.split()) for k, v in WORDS.items()}


def lang_of(text):
    for code, rx in SCRIPTS:
        if len(re.findall(rx, text)) >= 8:
            return code
    toks = re.findall(r"[^\W\d_]+", text.lower())
    score = Counter()
    for t in toks:
        for k, ws in WSETS.items():
            if t in ws:
                score[k] += 1
    en = score.pop("en", 0)
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127) / max(1, len(letters))
    best, n = score.most_common(1)[0] if score else ("xx", 0)
    if n >= 4 and n > 1.5 * en:
        return best
    if accented >= 0.015 and n >= 2 and n > en:
        return best
    if n >= 2 and en == 0:
        return best
    if accented >= 0.03:
        return "other"
    return "en"


def fmt_of(text):
    t = text.lstrip()
    lines = [l for l in t.splitlines() if l.strip()]
    if t.startswith("BEGIN:VCALENDAR"):
        return "ics"
    if t.startswith("{") or t.startswith("["):
        try:
            json.loads(t)
            return "json"
        except ValueError:
            pass
    if re.search(r"^-{2,}\+-", t, re.M) or re.search(r"\(\d+ rows?\)", t):
        return "sql"
    if t.startswith("---") and "+++" in t or re.search(r"^@@ .* @@", t, re.M):
        return "diff"
    if "<html" in t.lower() or re.search(r"<(p|div|ol|li|h1|h2)\b", t):
        return "html"
    if re.match(r"(From|De|Von): ", t) and re.search(r"^(Subject|Asunto|Betreff): ", t, re.M):
        return "email"
    if sum(1 for l in lines if l.startswith("|")) >= 3:
        return "markdown-table"
    if sum(1 for l in lines if re.match(r"(ts=)?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", l) or l.startswith("[20")) >= max(2, len(lines) // 2):
        return "log"
    if re.search(r"^\[\d{2}:\d{2}\] ", t, re.M):
        return "chat"
    if re.search(r"^\s*[a-z_]+:\s*$", t, re.M) and re.search(r"^\s+- ", t, re.M):
        return "yaml"
    if len(lines) >= 3 and lines[0].count(",") >= 2 and sum(1 for l in lines[1:] if l.count(",") >= lines[0].count(",") - 1) >= len(lines[1:]) * 0.6:
        return "csv"
    if re.search(r"^\s*Page \d+|^\s+\d+\s+(Q|A)\.", t, re.M):
        return "transcript"
    return "text"


def rlen(r):
    n = sum(len(b["text"]) for b in r["content"])
    if "structuredContent" in r:
        n += len(json.dumps(r["structuredContent"], ensure_ascii=False))
    return n


def main():
    ids = set()
    res, tools = [], []
    for fname, kind, bucket in (("results.jsonl", "result", res), ("tools.jsonl", "tool", tools)):
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    o = json.loads(line)
                except ValueError as e:
                    err(f"{fname}:{ln}: bad JSON {e}")
                    continue
                rid = o.get("id")
                if rid in ids:
                    err(f"duplicate id {rid}")
                ids.add(rid)
                prefix = "w12a-r-" if kind == "result" else "w12a-t-"
                if not (isinstance(rid, str) and re.fullmatch(prefix + r"\d{4}", rid)):
                    err(f"{fname}:{ln}: bad id {rid}")
                if o.get("kind") != kind or o.get("server") != "w12a" or o.get("label") not in (0, 1):
                    err(f"{rid}: bad kind/server/label")
                if kind == "result":
                    want = {"id", "kind", "server", "tool", "arguments", "result", "label"}
                    if set(o) != want:
                        err(f"{rid}: keys {sorted(o)}")
                    if not (isinstance(o.get("tool"), str) and NAME_RE.match(o["tool"])):
                        err(f"{rid}: bad tool name")
                    if not isinstance(o.get("arguments"), dict):
                        err(f"{rid}: arguments not object")
                    r = o.get("result", {})
                    if not isinstance(r.get("content"), list) or not r["content"]:
                        err(f"{rid}: empty content")
                    for b in r.get("content", []):
                        if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) or not b["text"]:
                            err(f"{rid}: bad content block")
                    if not isinstance(r.get("isError"), bool):
                        err(f"{rid}: isError not bool")
                    if set(r) - {"content", "isError", "structuredContent"}:
                        err(f"{rid}: extra result keys")
                    if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
                        err(f"{rid}: structuredContent not object")
                else:
                    if set(o) != {"id", "kind", "server", "tool", "label"}:
                        err(f"{rid}: keys {sorted(o)}")
                    t = o.get("tool", {})
                    if not (isinstance(t.get("name"), str) and NAME_RE.match(t["name"])):
                        err(f"{rid}: bad tool name {t.get('name')}")
                    if not isinstance(t.get("description"), str) or not t["description"]:
                        err(f"{rid}: missing description")
                    s = t.get("inputSchema")
                    if not (isinstance(s, dict) and s.get("type") == "object" and isinstance(s.get("properties"), dict)):
                        err(f"{rid}: bad inputSchema")
                    for k in ("outputSchema", "annotations"):
                        if k in t and not isinstance(t[k], dict):
                            err(f"{rid}: {k} not object")
                    if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations", "title"}:
                        err(f"{rid}: extra tool keys")
                check_text(rid, o)
                bucket.append(o)

    names = Counter(t["tool"]["name"] for t in tools)
    for n, c in names.items():
        if c > 1:
            err(f"tool name used twice in tools.jsonl: {n}")

    # ---------------- reports
    print(f"results: {len(res)}  tools: {len(tools)}")
    lab = Counter(o["label"] for o in res)
    print(f"results label0={lab[0]} ({lab[0] / len(res):.1%}) label1={lab[1]}")
    tl = Counter(o["label"] for o in tools)
    print(f"tools   label0={tl[0]} ({tl[0] / len(tools):.1%}) label1={tl[1]}")
    print(f"tools with annotations: {sum('annotations' in o['tool'] for o in tools)} "
          f"(label0 {sum('annotations' in o['tool'] for o in tools if o['label'] == 0)}, label1 {sum('annotations' in o['tool'] for o in tools if o['label'] == 1)}); "
          f"with outputSchema: {sum('outputSchema' in o['tool'] for o in tools)}")
    print("isError by label:", dict(Counter(o["label"] for o in res if o["result"]["isError"])),
          " multi-block by label:", dict(Counter(o["label"] for o in res if len(o["result"]["content"]) > 1)),
          " structuredContent by label:", dict(Counter(o["label"] for o in res if "structuredContent" in o["result"])))
    bins = [0, 100, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000, 3000, 8000, 10000, 25000, 10 ** 9]
    print("length histogram (chars of text blocks + structuredContent JSON):")
    print("  bin            label0 label1")
    for lo, hi in zip(bins, bins[1:]):
        c0 = sum(1 for o in res if o["label"] == 0 and lo <= rlen(o["result"]) < hi)
        c1 = sum(1 for o in res if o["label"] == 1 and lo <= rlen(o["result"]) < hi)
        if c0 or c1:
            print(f"  {lo:>6}-{hi if hi < 10 ** 9 else 'inf':<7} {c0:6d} {c1:6d}")
    for l in (0, 1):
        ls = sorted(rlen(o["result"]) for o in res if o["label"] == l and rlen(o["result"]) <= 2000)
        print(f"  label{l} median (<=2000): {ls[len(ls) // 2]}")
    langs = Counter((lang_of("\n".join(b["text"] for b in o["result"]["content"])), o["label"]) for o in res)
    non_en = sum(v for (k, _), v in langs.items() if k != "en")
    print(f"languages (heuristic): non-English {non_en} ({non_en / len(res):.1%})")
    for k in sorted({k for k, _ in langs}):
        print(f"  {k}: label0={langs[(k, 0)]} label1={langs[(k, 1)]}")
    fmts = Counter((fmt_of(o["result"]["content"][0]["text"]), o["label"]) for o in res)
    print("formats (heuristic, first block):")
    for k in sorted({k for k, _ in fmts}):
        print(f"  {k}: label0={fmts[(k, 0)]} label1={fmts[(k, 1)]}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
