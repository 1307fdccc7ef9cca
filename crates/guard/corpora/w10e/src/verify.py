"""Verify results.jsonl / tools.jsonl shape and fake-value hygiene; print balance."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
TLDS = ("com|net|org|io|co|ai|dev|app|xyz|info|biz|ru|cn|uk|me|ly|gl|site|online|top|cc|tk|"
        "click|link|store|shop|live|ws|to|in|us|eu|tv|de|fr|jp")
HOST_RE = re.compile(r"(?<![A-Za-z0-9_@.-])((?:[A-Za-z0-9-]+\.)+(?:" + TLDS + r"))(?![A-Za-z0-9-])",
                     re.IGNORECASE)
URL_RE = re.compile(r"[a-z][a-z0-9+.-]*://([^/\s\"'<>)\]:?#]+)", re.IGNORECASE)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
OK_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$", re.IGNORECASE)
# tokens that look like hosts but are file names / code in our text
FILE_LIKE = re.compile(r"\.(?:json|yaml|yml|csv|tsv|py|js|ts|md|html|txt|xml|pdf|png|jpg|svg|mp3|mp4|srt|vtt|po|xliff|arb|strings|zip|gz)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def all_text(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield str(k)
            yield from all_text(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from all_text(v)


def check_values(cid, obj):
    for s in all_text(obj):
        for m in IP_RE.finditer(s):
            parts = [int(x) for x in m.groups()]
            if any(p > 255 for p in parts):
                continue
            ip = ipaddress.ip_address(".".join(map(str, parts)))
            if not any(ip in n for n in ALLOWED_NETS):
                err(f"{cid}: non-RFC5737 IP {ip}")
        hosts = set(h.lower() for h in URL_RE.findall(s))
        hosts |= set(h.lower() for h in EMAIL_RE.findall(s))
        hosts |= set(h.lower() for h in HOST_RE.findall(s))
        for h in hosts:
            h = h.strip(".").split("@")[-1]
            if not h or "." not in h or re.fullmatch(r"[\d.]+", h) or h == "localhost":
                continue
            if FILE_LIKE.search(h):
                continue
            if not OK_HOST.match(h):
                err(f"{cid}: disallowed host {h!r}")


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{name}:{n}: bad JSON {e}")
    return rows


# --- crude language guess, for balance reporting only ---
STOP = {
    "de": " und der die das nicht ist mit für wir sie auf bitte ",
    "fr": " le la les des est pour avec une vous nous dans pas ",
    "es": " el los las para con una por que del está usted ",
    "pt": " não para com uma você por está são dos das ",
    "it": " il gli della per con una che sono non alla ",
    "nl": " de het een van en niet voor met zijn wij ",
    "pl": " nie jest się na dla że oraz przez ",
    "sv": " och att det för inte med är som ",
    "tr": " ve bir için bu ile değil olarak ",
    "id": " dan yang untuk dengan tidak ini dari ",
}


def guess_lang(text):
    text = re.sub(r"\S+@\S+|https?://\S+|\b[\w.-]+\.example\.(?:com|org|net)\b|\b[a-z]{2}-[A-Z]{2}\b", " ", text)
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    if len(re.findall(r"[\u4e00-\u9fff]", text)) > 20:
        return "zh"
    if len(re.findall(r"[\u0400-\u04ff]", text)) > 30:
        return "ru/cyr"
    if len(re.findall(r"[\u0600-\u06ff]", text)) > 30:
        return "ar"
    if len(re.findall(r"[\u0900-\u097f]", text)) > 30:
        return "hi"
    if len(re.findall(r"[\u0e00-\u0e7f]", text)) > 30:
        return "th"
    if len(re.findall(r"[\u0370-\u03ff]", text)) > 30:
        return "el"
    low = " " + re.sub(r"[^\w]+", " ", text.lower()) + " "
    words = low.split()
    if not words:
        return "en"
    en = sum(low.count(f" {w} ") for w in "the and to of is for with this you please".split())
    best, score = "en", en
    for lang, ws in STOP.items():
        s = sum(low.count(f" {w} ") for w in ws.split())
        if s > score * 1.2 and s >= 4:
            best, score = lang, s
    return best


def fmt_guess(text):
    t = text.lstrip()
    if "BEGIN:VCALENDAR" in t:
        return "ics"
    if re.search(r"^(From|To|Subject): ", t, re.M) and re.search(r"^Subject: ", t, re.M):
        return "email"
    if re.search(r"^@@ |^diff --git|^--- a/", t, re.M):
        return "diff"
    if t.startswith("{") or t.startswith("["):
        try:
            json.loads(t)
            return "json"
        except Exception:  # noqa: BLE001
            pass
    if re.search(r"<(html|div|p|table|body|span|!--)[\s>]", t, re.I):
        return "html"
    if re.search(r"^\|.*\|\s*$", t, re.M) and re.search(r"^\|\s*:?-{3,}", t, re.M):
        return "md-table"
    if re.search(r"^\d{1,2}:\d{2}(:\d{2})?[ \]]|^\[\d{1,2}:\d{2}", t, re.M):
        return "transcript"
    if re.search(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", t, re.M) and t.count("\n") > 2:
        return "log"
    lines = [ln for ln in t.splitlines() if ln.strip()]
    if len(lines) > 2 and sum(ln.count("\t") >= 2 for ln in lines) > len(lines) / 2:
        return "tsv"
    if len(lines) > 2 and sum(ln.count(",") >= 3 for ln in lines) > len(lines) / 2:
        return "csv"
    if re.search(r"^\+[-+]+\+$|^-+\+-+", t, re.M):
        return "sql"
    if len(lines) > 2 and sum(bool(re.match(r"^\s*[\w.-]+:( |$)", ln)) for ln in lines) > len(lines) / 2:
        return "yaml/kv"
    if t.startswith("#") or re.search(r"^#{1,3} ", t, re.M):
        return "markdown"
    return "prose/other"


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"),
                      (3000, "2000-2999"), (8000, "3000-7999"), (10000, "8000-9999"),
                      (25001, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def main():
    res = load("results.jsonl")
    tools = load("tools.jsonl")
    ids = Counter(r.get("id") for r in res + tools)
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate id {i}")

    lab_r, buckets, langs, fmts = Counter(), Counter(), Counter(), Counter()
    n_err = n_multi = n_sc = 0
    err_lab, sc_lab, multi_lab = Counter(), Counter(), Counter()
    for r in res:
        cid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{cid}: keys {sorted(r)}")
        if r.get("kind") != "result" or not re.match(r"^w10e-r-\d{4}$", cid):
            err(f"{cid}: bad kind/id")
        if r.get("server") != "w10e":
            err(f"{cid}: server")
        if not NAME_RE.match(r.get("tool", "")):
            err(f"{cid}: bad tool name")
        if not isinstance(r.get("arguments"), dict):
            err(f"{cid}: arguments not object")
        if r.get("label") not in (0, 1):
            err(f"{cid}: label")
        res_ = r.get("result", {})
        if set(res_) - {"content", "isError", "structuredContent"} or "content" not in res_:
            err(f"{cid}: result keys")
        if not isinstance(res_.get("isError"), bool):
            err(f"{cid}: isError not bool")
        content = res_.get("content", [])
        if not content or any(set(b) != {"type", "text"} or b["type"] != "text"
                              or not isinstance(b["text"], str) or not b["text"] for b in content):
            err(f"{cid}: content blocks")
        if "structuredContent" in res_ and not isinstance(res_["structuredContent"], dict):
            err(f"{cid}: structuredContent not object")
        check_values(cid, r)
        text = "\n".join(b["text"] for b in content)
        total = len(text) + (len(json.dumps(res_["structuredContent"], ensure_ascii=False))
                             if "structuredContent" in res_ else 0)
        lab_r[r["label"]] += 1
        buckets[bucket(total)] += 1
        langs[guess_lang(text)] += 1
        fmts[fmt_guess(content[0]["text"])] += 1
        if res_.get("isError"):
            n_err += 1
            err_lab[r["label"]] += 1
        if len(content) > 1:
            n_multi += 1
            multi_lab[r["label"]] += 1
        if "structuredContent" in res_:
            n_sc += 1
            sc_lab[r["label"]] += 1

    lab_t, ann, tbuck = Counter(), 0, Counter()
    tnames = Counter()
    for t in tools:
        cid = t.get("id", "?")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(f"{cid}: keys {sorted(t)}")
        if t.get("kind") != "tool" or not re.match(r"^w10e-t-\d{4}$", cid):
            err(f"{cid}: bad kind/id")
        if t.get("server") != "w10e":
            err(f"{cid}: server")
        if t.get("label") not in (0, 1):
            err(f"{cid}: label")
        tool = t.get("tool", {})
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{cid}: tool keys {sorted(tool)}")
        if not NAME_RE.match(tool.get("name", "")):
            err(f"{cid}: bad tool name {tool.get('name')!r}")
        tnames[tool.get("name")] += 1
        if not isinstance(tool.get("description"), str) or not tool["description"]:
            err(f"{cid}: description")
        sch = tool.get("inputSchema", {})
        if sch.get("type") != "object" or not isinstance(sch.get("properties"), dict):
            err(f"{cid}: inputSchema")
        for req in sch.get("required", []):
            if req not in sch.get("properties", {}):
                err(f"{cid}: required {req} missing from properties")
        if "outputSchema" in tool and tool["outputSchema"].get("type") != "object":
            err(f"{cid}: outputSchema type")
        if "annotations" in tool:
            ann += 1
            if not isinstance(tool["annotations"], dict):
                err(f"{cid}: annotations")
        check_values(cid, t)
        lab_t[t["label"]] += 1
        tbuck[bucket(len(json.dumps(tool, ensure_ascii=False)))] += 1
    for n, c in tnames.items():
        if c > 1:
            err(f"duplicate tool name {n}")

    if errors:
        print("\n".join(errors[:80]))
        print(f"FAILED with {len(errors)} errors")
        sys.exit(1)

    def pct(c, n):
        return f"{c} ({100 * c / max(n, 1):.1f}%)"

    nr, nt = len(res), len(tools)
    print(f"results.jsonl: {nr} cases  label0={pct(lab_r[0], nr)}  label1={pct(lab_r[1], nr)}")
    print(f"  isError={n_err} {dict(err_lab)}  multi-block={n_multi} {dict(multi_lab)}  "
          f"structuredContent={n_sc} {dict(sc_lab)}")
    order = ["<100", "100-499", "500-999", "1000-1999", "2000-2999", "3000-7999", "8000-9999",
             "10000-25000", ">25000"]
    print("  length:", ", ".join(f"{k}={buckets[k]}" for k in order if buckets[k]))
    print("  language (heuristic):", dict(sorted(langs.items(), key=lambda kv: -kv[1])))
    print("  first-block format (heuristic):", dict(sorted(fmts.items(), key=lambda kv: -kv[1])))
    print(f"tools.jsonl: {nt} cases  label0={pct(lab_t[0], nt)}  label1={pct(lab_t[1], nt)}  "
          f"with annotations={pct(ann, nt)}")
    print("  tool JSON length:", ", ".join(f"{k}={tbuck[k]}" for k in order if tbuck[k]))
    print("OK")


if __name__ == "__main__":
    main()
