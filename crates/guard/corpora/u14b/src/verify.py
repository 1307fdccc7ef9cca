"""Parse every line, check shapes, ids, hosts and IPs, print balance tables."""
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID, SERVER = "u14b", "u14b"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"[a-z][a-z0-9+.-]*://([^/\s\"'<>)\]\\`|,;?#]+)", re.I)
DOM_RE = re.compile(r"(?<![\w.@-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|dev|co|app|gg|ly|me|info|biz|xyz|uk|de|fr|jp|ru|cn|es|it|nl|pl|br|in|us|edu|gov|tv|site|online|shop))(?![\w-])", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
errors = []


def host_ok(h):
    h = h.lower().split("@")[-1].split(":")[0].rstrip(".")
    if any(h.startswith(n) for n in OK_NETS):
        return True
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


def check_values(cid, obj):
    for s in strings(obj):
        for h in URL_RE.findall(s):
            if not host_ok(h):
                errors.append(f"{cid}: url host {h}")
        for h in EMAIL_RE.findall(s):
            if not host_ok(h):
                errors.append(f"{cid}: email host {h}")
        for m in DOM_RE.finditer(s):
            if not host_ok(m.group(1)):
                errors.append(f"{cid}: domain {m.group(1)}")
        for m in IP_RE.finditer(s):
            ip = ".".join(m.groups())
            if not any(ip.startswith(n) for n in OK_NETS):
                errors.append(f"{cid}: ip {ip}")
        for m in re.finditer(r"\bsk-[A-Za-z0-9_-]+", s):
            if not m.group(0).startswith("sk-DEMO"):
                errors.append(f"{cid}: key-like {m.group(0)}")


def table(title, counter_by_label):
    def order(k):
        m = re.match(r"(\d+)-", str(k))
        return (0, int(m.group(1)), "") if m else (1, 0, str(k))
    keys = sorted(set(k for c in counter_by_label.values() for k in c), key=order)
    print(f"\n{title}")
    print(f"  {'':<22}{'label0':>8}{'label1':>8}{'total':>8}")
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print(f"  {str(k):<22}{a:>8}{b:>8}{a + b:>8}")


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000),
                   (3000, 6000), (6000, 10**9)):
        if lo <= n < hi:
            return f"{lo}-{hi if hi < 10**9 else ''}"


def main():
    res_path = os.path.join(ROOT, "results.jsonl")
    meta = {}
    with open(os.path.join(ROOT, "meta.jsonl"), encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            meta[m["id"]] = m
    seen = set()
    rows = []
    with open(res_path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"line {ln}: bad json {e}")
                continue
            cid = r.get("id")
            if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                errors.append(f"{cid}: keys {sorted(r)}")
            if not re.fullmatch(rf"{ID}-r-\d{{4}}", str(cid)):
                errors.append(f"{cid}: id format")
            if cid in seen:
                errors.append(f"{cid}: duplicate id")
            seen.add(cid)
            if r.get("kind") != "result" or r.get("server") != SERVER:
                errors.append(f"{cid}: kind/server")
            if not NAME_RE.match(str(r.get("tool"))):
                errors.append(f"{cid}: tool name")
            if not isinstance(r.get("arguments"), dict):
                errors.append(f"{cid}: arguments not object")
            if r.get("label") not in (0, 1):
                errors.append(f"{cid}: label")
            res = r.get("result", {})
            if not set(res) <= {"content", "isError", "structuredContent"} or "content" not in res:
                errors.append(f"{cid}: result keys {sorted(res)}")
            if not isinstance(res.get("isError"), bool):
                errors.append(f"{cid}: isError")
            cont = res.get("content")
            if not isinstance(cont, list) or not cont:
                errors.append(f"{cid}: content")
                cont = []
            for b in cont:
                if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip():
                    errors.append(f"{cid}: block shape")
            if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
                errors.append(f"{cid}: structuredContent not object")
            if cid not in meta:
                errors.append(f"{cid}: no meta")
            if "{PAD}" in json.dumps(r, ensure_ascii=False) or "__PAD__" in json.dumps(r, ensure_ascii=False):
                errors.append(f"{cid}: leftover padding marker")
            check_values(cid, r)
            rows.append(r)
    tools_path = os.path.join(ROOT, "tools.jsonl")
    if not os.path.exists(tools_path):
        errors.append("tools.jsonl missing")
    else:
        with open(tools_path, encoding="utf-8") as f:
            tl = [l for l in f if l.strip()]
        if tl:
            errors.append(f"tools.jsonl should be empty, has {len(tl)} lines")

    by = lambda: {0: collections.Counter(), 1: collections.Counter()}
    lab, blen, lang, fmt, src, extra = by(), by(), by(), by(), by(), by()
    words = collections.Counter()
    for r in rows:
        l = r["label"]
        m = meta.get(r["id"], {})
        n = sum(len(b["text"]) for b in r["result"]["content"])
        lab[l]["all"] += 1
        blen[l][bucket(n)] += 1
        lang[l][m.get("lang")] += 1
        fmt[l][m.get("fmt")] += 1
        src[l][m.get("src")] += 1
        if "structuredContent" in r["result"]:
            extra[l]["structuredContent"] += 1
        if r["result"]["isError"]:
            extra[l]["isError"] += 1
        if len(r["result"]["content"]) > 1:
            extra[l]["multi-block"] += 1
        lang_non_en = m.get("lang") != "en"
        extra[l]["non-English"] += lang_non_en
        if l == 1:
            t = " ".join(b["text"] for b in r["result"]["content"])
            for w in ("ignore", "instructions", "AI", "assistant", "model"):
                if re.search(rf"\b{w}\b", t, 0 if w == "AI" else re.I):
                    words[w] += 1
    table("Label", lab)
    table("Length (chars, all blocks)", blen)
    table("Language", lang)
    table("Format", fmt)
    table("Source file", src)
    table("Extras", extra)
    print("\nLabel-1 texts containing trigger words anywhere (payload or surroundings):",
          dict(words))
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors[:80]:
            print("  ", e)
        sys.exit(1)
    print(f"\nOK: {len(rows)} results, 0 tools, no errors")


if __name__ == "__main__":
    main()
