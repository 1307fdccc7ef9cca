"""Verify results.jsonl / tools.jsonl: parse, ids, shapes, fake hosts/IPs, balance report."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/\s\"'<>]*@)?([^/\s\"'<>)\]:?#|\\,;]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![A-Za-z0-9@/.-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|co|dev|app|info|biz|health|gov|edu|us|uk|de|fr|es|it|nl|jp|cn|ru|xyz|cloud|site|online|top|care|clinic|insurance|me|ly|sh))(?![A-Za-z0-9-])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, s):
    for m in IP_RE.finditer(s):
        parts = [int(x) for x in m.groups()]
        if any(p > 255 for p in parts):
            continue
        ip = ipaddress.ip_address(".".join(map(str, parts)))
        if not any(ip in n for n in NETS):
            err(f"{cid}: non-RFC5737 IP {ip}")
    hosts = set()
    for rx in (URL_RE, MAIL_RE, BARE_RE):
        for m in rx.finditer(s):
            h = m.group(1).rstrip(".").lower()
            if IP_RE.fullmatch(h) or h in ("localhost",) or "{" in h or "<" in h:
                continue
            hosts.add(h)
    for h in hosts:
        if not OK_HOST.match(h):
            err(f"{cid}: bad host {h}")


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def load(path):
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{path}:{n}: bad JSON {e}")
    return recs


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"),
                      (3000, "2000-2999"), (8000, "3000-7999"), (10000, "8000-9999"),
                      (25001, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def main():
    r_path = os.path.join(ROOT, "results.jsonl")
    t_path = os.path.join(ROOT, "tools.jsonl")
    results = load(r_path)
    tools = load(t_path)
    # determinism: files must equal a fresh in-memory render
    r_txt, t_txt = build.render()
    with open(r_path, encoding="utf-8") as f:
        if f.read() != r_txt:
            err("results.jsonl differs from a fresh build")
    with open(t_path, encoding="utf-8") as f:
        if f.read() != t_txt:
            err("tools.jsonl differs from a fresh build")
    r_meta, t_meta = build.collect()
    ids = set()
    for rec in results + tools:
        if rec.get("id") in ids:
            err(f"duplicate id {rec.get('id')}")
        ids.add(rec.get("id"))
        if rec.get("server") != build.SERVER:
            err(f"{rec.get('id')}: server")
        if rec.get("label") not in (0, 1):
            err(f"{rec.get('id')}: label")
        for s in walk_strings(rec):
            check_text(rec.get("id"), s)
    for rec in results:
        cid = rec["id"]
        if not re.fullmatch(rf"{build.ID}-r-\d{{4}}", cid) or rec.get("kind") != "result":
            err(f"{cid}: id/kind")
        if set(rec) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{cid}: keys {sorted(rec)}")
        if not isinstance(rec.get("tool"), str) or not NAME_RE.match(rec["tool"]):
            err(f"{cid}: tool name")
        if not isinstance(rec.get("arguments"), dict):
            err(f"{cid}: arguments")
        res = rec.get("result", {})
        if set(res) - {"content", "isError", "structuredContent"}:
            err(f"{cid}: result keys")
        if not isinstance(res.get("isError"), bool):
            err(f"{cid}: isError")
        c = res.get("content")
        if not isinstance(c, list) or not c:
            err(f"{cid}: content")
        else:
            for b in c:
                if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                    err(f"{cid}: block")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(f"{cid}: structuredContent")
    for rec in tools:
        cid = rec["id"]
        if not re.fullmatch(rf"{build.ID}-t-\d{{4}}", cid) or rec.get("kind") != "tool":
            err(f"{cid}: id/kind")
        if set(rec) != {"id", "kind", "server", "tool", "label"}:
            err(f"{cid}: keys")
        t = rec.get("tool", {})
        if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{cid}: tool keys")
        if not isinstance(t.get("name"), str) or not NAME_RE.match(t["name"]):
            err(f"{cid}: tool name {t.get('name')}")
        if not isinstance(t.get("description"), str) or not t["description"]:
            err(f"{cid}: description")
        sch = t.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object":
            err(f"{cid}: inputSchema")
        for k in ("outputSchema", "annotations"):
            if k in t and not isinstance(t[k], dict):
                err(f"{cid}: {k}")
    names = collections.Counter(r["tool"]["name"] for r in tools)
    dup = [n for n, k in names.items() if k > 1]
    if dup:
        err(f"duplicate tool definition names: {dup}")

    # ---- report ----
    def pct(a, b):
        return f"{100.0 * a / b:.1f}%" if b else "n/a"
    print(f"results: {len(results)}  tools: {len(tools)}")
    rl = collections.Counter(r["label"] for r in results)
    tl = collections.Counter(r["label"] for r in tools)
    print(f"results label0={rl[0]} ({pct(rl[0], len(results))}) label1={rl[1]}")
    print(f"tools   label0={tl[0]} ({pct(tl[0], len(tools))}) label1={tl[1]}")
    print("\nresults per source file (label0/label1):")
    per = collections.defaultdict(collections.Counter)
    for rec, meta in r_meta:
        per[meta["src"]][rec["label"]] += 1
    for rec, meta in t_meta:
        per[meta["src"]][rec["label"]] += 1
    for k in sorted(per):
        print(f"  {k:28s} {per[k][0]:4d} / {per[k][1]:4d}")
    print("\nresult text length (sum of blocks + structuredContent JSON):")
    lb = collections.defaultdict(collections.Counter)
    for rec in results:
        n = sum(len(b["text"]) for b in rec["result"]["content"])
        if "structuredContent" in rec["result"]:
            n += len(json.dumps(rec["result"]["structuredContent"], ensure_ascii=False))
        lb[bucket(n)][rec["label"]] += 1
    order = ["<100", "100-499", "500-999", "1000-1999", "2000-2999", "3000-7999", "8000-9999",
             "10000-25000", ">25000"]
    for k in order:
        if k in lb:
            print(f"  {k:12s} {lb[k][0]:4d} / {lb[k][1]:4d}")
    print("\nresult languages (label0/label1):")
    lang = collections.defaultdict(collections.Counter)
    for rec, meta in r_meta:
        lang[meta["lang"]][rec["label"]] += 1
    non_en = sum(sum(v.values()) for k, v in lang.items() if k != "en")
    for k in sorted(lang, key=lambda x: -sum(lang[x].values())):
        print(f"  {k:4s} {lang[k][0]:4d} / {lang[k][1]:4d}")
    print(f"  non-English share: {pct(non_en, len(results))}")
    print("\nresult formats (label0/label1):")
    fm = collections.defaultdict(collections.Counter)
    for rec, meta in r_meta:
        fm[meta["fmt"]][rec["label"]] += 1
    for k in sorted(fm, key=lambda x: -sum(fm[x].values())):
        print(f"  {k:10s} {fm[k][0]:4d} / {fm[k][1]:4d}")
    def cnt(pred):
        c = collections.Counter(r["label"] for r in results if pred(r))
        return f"{c[0] + c[1]} (label0={c[0]}, label1={c[1]})"
    print("\nisError:", cnt(lambda r: r["result"]["isError"]))
    print("multi-block:", cnt(lambda r: len(r["result"]["content"]) > 1))
    print("structuredContent:", cnt(lambda r: "structuredContent" in r["result"]))
    print("\ntools with annotations:",
          sum(1 for r in tools if "annotations" in r["tool"]),
          "with outputSchema:", sum(1 for r in tools if "outputSchema" in r["tool"]))
    wh = collections.Counter(meta["where"] for rec, meta in t_meta if rec["label"] == 1)
    print("poisoned tool payload locations:", dict(sorted(wh.items())))
    if errors:
        print(f"\nFAILED with {len(errors)} errors:")
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
