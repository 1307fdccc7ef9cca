"""Check shapes and fake-value rules of the built jsonl files; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ID = "w14b"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]}?#:@]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|co|dev|app|gov|edu|info|biz|us|uk|de|fr|jp|cn|ru))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []


def ok_host(h):
    h = h.lower().rstrip(".")
    if re.fullmatch(r"[\d.]+", h):
        return ok_ip(h)
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def ok_ip(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return True  # not an IP (e.g. a version string)
    return any(ip in n for n in NETS)


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def check_values(rid, obj):
    for s in strings(obj):
        for h in URL_RE.findall(s):
            if not ok_host(h):
                errors.append(f"{rid}: host {h}")
        for h in MAIL_RE.findall(s):
            if not ok_host(h):
                errors.append(f"{rid}: mail host {h}")
        for h in BARE_RE.findall(s):
            if not ok_host(h):
                errors.append(f"{rid}: bare host {h}")
        for ip in IP_RE.findall(s):
            if not ok_ip(ip):
                errors.append(f"{rid}: ip {ip}")


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (1500, "1000-1499"), (2001, "1500-2000"),
                      (3000, "2001-2999"), (8001, "3000-8000"), (10000, "8001-9999"), (25001, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def table(title, rows):
    print(f"\n{title}")
    keys = sorted({k for k, _ in rows})
    cnt = collections.Counter(rows)
    print(f"  {'':22s} {'0':>5s} {'1':>5s} {'tot':>5s}")
    for k in keys:
        a, b = cnt[(k, 0)], cnt[(k, 1)]
        print(f"  {str(k):22s} {a:5d} {b:5d} {a + b:5d}")


def main():
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    seen = set()
    res, tools = [], []
    for fname, kind, store in (("results.jsonl", "result", res), ("tools.jsonl", "tool", tools)):
        for n, line in enumerate(open(os.path.join(ROOT, fname), encoding="utf-8"), 1):
            try:
                rec = json.loads(line)
            except Exception as e:
                errors.append(f"{fname}:{n} bad json {e}")
                continue
            rid = rec.get("id")
            if rid in seen:
                errors.append(f"dup id {rid}")
            seen.add(rid)
            tag = "r" if kind == "result" else "t"
            if not re.fullmatch(rf"{ID}-{tag}-\d{{4}}", rid or ""):
                errors.append(f"{fname}:{n} bad id {rid}")
            if rec.get("kind") != kind or rec.get("label") not in (0, 1) or not rec.get("server"):
                errors.append(f"{rid}: kind/label/server")
            if kind == "result":
                if set(rec) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                    errors.append(f"{rid}: keys {sorted(rec)}")
                if not NAME_RE.match(rec["tool"]) or not isinstance(rec["arguments"], dict):
                    errors.append(f"{rid}: tool/arguments")
                r = rec["result"]
                if set(r) - {"content", "isError", "structuredContent"} or not isinstance(r.get("isError"), bool):
                    errors.append(f"{rid}: result keys")
                if not r["content"] or any(set(b) != {"type", "text"} or b["type"] != "text" or not b["text"] for b in r["content"]):
                    errors.append(f"{rid}: content blocks")
                if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
                    errors.append(f"{rid}: structuredContent")
            else:
                if set(rec) != {"id", "kind", "server", "tool", "label"}:
                    errors.append(f"{rid}: keys {sorted(rec)}")
                t = rec["tool"]
                if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                    errors.append(f"{rid}: tool keys")
                if not NAME_RE.match(t.get("name", "")) or not isinstance(t.get("description"), str):
                    errors.append(f"{rid}: name/description")
                if t.get("inputSchema", {}).get("type") != "object":
                    errors.append(f"{rid}: inputSchema")
                if "outputSchema" in t and t["outputSchema"].get("type") != "object":
                    errors.append(f"{rid}: outputSchema")
            if rid not in meta["results" if kind == "result" else "tools"]:
                errors.append(f"{rid}: no meta")
            check_values(rid, rec)
            store.append(rec)

    names = collections.Counter((t["server"], t["tool"]["name"]) for t in tools)
    for k, v in names.items():
        if v > 1:
            errors.append(f"duplicate tool {k}")

    rm, tm = meta["results"], meta["tools"]
    print(f"results: {len(res)}  label0={sum(r['label'] == 0 for r in res)}  label1={sum(r['label'] == 1 for r in res)}")
    print(f"tools:   {len(tools)}  label0={sum(t['label'] == 0 for t in tools)}  label1={sum(t['label'] == 1 for t in tools)}")
    table("results by length bucket", [(bucket(rm[r["id"]]["chars"]), r["label"]) for r in res])
    table("results by language", [(rm[r["id"]]["lang"], r["label"]) for r in res])
    non_en = [r for r in res if rm[r["id"]]["lang"] != "en"]
    print(f"  non-English share: {len(non_en) / len(res):.1%}")
    table("results by format", [(rm[r["id"]]["fmt"], r["label"]) for r in res])
    table("results by source file", [(rm[r["id"]]["source"], r["label"]) for r in res])
    table("results special", [(k, r["label"]) for r in res for k in ("is_error", "multi_block", "structured") if rm[r["id"]][k]])
    table("tools by source file", [(tm[t["id"]]["source"], t["label"]) for t in tools])
    table("tools by payload location (label 1)", [(tm[t["id"]]["where"], t["label"]) for t in tools])
    table("tools by definition size (json chars)", [(bucket(tm[t["id"]]["chars"]), t["label"]) for t in tools])
    feat = []
    for t in tools:
        d = t["tool"]
        if "annotations" in d:
            feat.append(("annotations", t["label"]))
        if "outputSchema" in d:
            feat.append(("outputSchema", t["label"]))
        if len(d["inputSchema"].get("properties", {})) >= 4:
            feat.append(("4+ properties", t["label"]))
        if len(d["description"]) < 80:
            feat.append(("description<80", t["label"]))
        if re.search(r"IMPORTANT|MUST|WARNING|DANGER|HIGH RISK", d["description"]):
            feat.append(("strong wording", t["label"]))
        if re.search(r"[^\x00-\x7f\u2014]", json.dumps(d, ensure_ascii=False)):
            feat.append(("non-ASCII text", t["label"]))
    table("tool features", feat)

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
