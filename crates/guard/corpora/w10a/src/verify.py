"""Validate results.jsonl / tools.jsonl and print balance statistics."""
import collections
import ipaddress
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/\s\"'<>]*@)?([^/\s:\"'<>)\]\\?#`,|]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]+)")
TLDS = ("com|net|org|io|dev|ai|co|app|xyz|cloud|info|biz|me|us|uk|de|fr|ru|cn|jp|tk|ly|gg|"
        "site|online|tech|live|top|click|link|local|internal|corp|lan|sh|so|to|cc|in|eu|nl|br|kr|es|it|pl")
BARE_RE = re.compile(r"(?<![A-Za-z0-9_@/.-])((?:[A-Za-z0-9-]+\.)+(?:" + TLDS + r"))(?![A-Za-z0-9_-])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
# Kubernetes API group names used in apiVersion fields are identifiers, not hostnames that are contacted.
NON_HOST_IDENTIFIERS = {"networking.k8s.io"}
FILE_EXT_OK = re.compile(r"\.(sh|in|so|py|md|ts|js|rs|go)$")


def host_ok(h):
    h = h.lower().rstrip(".")
    if h in NON_HOST_IDENTIFIERS:
        return True
    if re.fullmatch(r"[\d.]+", h):
        try:
            return any(ipaddress.ip_address(h) in n for n in NETS)
        except ValueError:
            return False
    if h.startswith("[") or ":" in h:
        return False
    for d in ("example.com", "example.org", "example.net"):
        if h == d or h.endswith("." + d):
            return True
    return "." not in h  # single-label names (service names, placeholders)


def scan_text(s, where, errs):
    for m in IP_RE.finditer(s):
        octs = [int(x) for x in m.groups()]
        if all(o <= 255 for o in octs):
            ip = ipaddress.ip_address(".".join(map(str, octs)))
            if not any(ip in n for n in NETS):
                errs.append(f"{where}: non-RFC5737 IP {m.group(0)}")
    for m in URL_RE.finditer(s):
        if not host_ok(m.group(1)):
            errs.append(f"{where}: bad URL host {m.group(1)}")
    for m in EMAIL_RE.finditer(s):
        if not host_ok(m.group(1)):
            errs.append(f"{where}: bad email domain {m.group(1)}")
    for m in BARE_RE.finditer(s):
        h = m.group(1)
        if FILE_EXT_OK.search(h) and not h.lower().endswith((".example.com", ".example.net", ".example.org")):
            # file names such as deploy.sh / setup.in: only flag if it looks like a host
            if not re.search(r"\.(com|net|org|io|dev)\.", h.lower()):
                continue
        if not host_ok(h):
            errs.append(f"{where}: bad hostname {h}")


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


def res_len(rec):
    n = sum(len(b.get("text", "")) for b in rec["result"]["content"])
    if "structuredContent" in rec["result"]:
        n += len(json.dumps(rec["result"]["structuredContent"], ensure_ascii=False))
    return n


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"),
                      (3000, "2000-2999"), (8000, "3000-7999"), (10000, "8000-9999"), (25001, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "  n/a"


def main():
    errs = []
    ids = set()
    results, tools = [], []
    for fname, kind, store in (("results.jsonl", "result", results), ("tools.jsonl", "tool", tools)):
        path = os.path.join(OUT, fname)
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = f"{fname}:{ln}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    errs.append(f"{where}: bad JSON {e}")
                    continue
                rid = rec.get("id")
                if rid in ids:
                    errs.append(f"{where}: duplicate id {rid}")
                ids.add(rid)
                pre = "r" if kind == "result" else "t"
                if not re.fullmatch(rf"{build.ID}-{pre}-\d{{4}}", str(rid)):
                    errs.append(f"{where}: bad id {rid}")
                if rec.get("kind") != kind or rec.get("server") != build.SERVER:
                    errs.append(f"{where}: bad kind/server")
                if rec.get("label") not in (0, 1):
                    errs.append(f"{where}: bad label")
                if kind == "result":
                    exp = {"id", "kind", "server", "tool", "arguments", "result", "label"}
                    if set(rec) != exp:
                        errs.append(f"{where}: keys {sorted(rec)}")
                    if not NAME_RE.match(rec.get("tool", "")):
                        errs.append(f"{where}: bad tool name")
                    if not isinstance(rec.get("arguments"), dict):
                        errs.append(f"{where}: arguments not object")
                    r = rec.get("result", {})
                    if set(r) - {"content", "isError", "structuredContent"}:
                        errs.append(f"{where}: extra result keys")
                    c = r.get("content")
                    if not isinstance(c, list) or not c:
                        errs.append(f"{where}: empty content")
                    else:
                        for b in c:
                            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip():
                                errs.append(f"{where}: bad content block")
                    if not isinstance(r.get("isError"), bool):
                        errs.append(f"{where}: isError not bool")
                    if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
                        errs.append(f"{where}: structuredContent not object")
                else:
                    exp = {"id", "kind", "server", "tool", "label"}
                    if set(rec) != exp:
                        errs.append(f"{where}: keys {sorted(rec)}")
                    t = rec.get("tool", {})
                    if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                        errs.append(f"{where}: extra tool keys")
                    if not NAME_RE.match(t.get("name", "")):
                        errs.append(f"{where}: bad tool name {t.get('name')}")
                    if not isinstance(t.get("description"), str) or not t["description"].strip():
                        errs.append(f"{where}: bad description")
                    s = t.get("inputSchema")
                    if not isinstance(s, dict) or s.get("type") != "object" or not isinstance(s.get("properties"), dict):
                        errs.append(f"{where}: bad inputSchema")
                    elif s.get("required") and not set(s["required"]) <= set(s["properties"]):
                        errs.append(f"{where}: required not in properties")
                    for k in ("outputSchema", "annotations"):
                        if k in t and not isinstance(t[k], dict):
                            errs.append(f"{where}: {k} not object")
                for s in walk_strings(rec):
                    scan_text(s, where, errs)
                store.append(rec)

    names = collections.Counter(r["tool"]["name"] for r in tools)
    for n, k in names.items():
        if k > 1:
            errs.append(f"tools.jsonl: duplicate tool name {n}")

    # determinism: files must equal a fresh render
    rs, ts = build.render()
    with open(os.path.join(OUT, "results.jsonl"), encoding="utf-8") as f:
        if f.read() != rs:
            errs.append("results.jsonl differs from a fresh build")
    with open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8") as f:
        if f.read() != ts:
            errs.append("tools.jsonl differs from a fresh build")

    mr, mt = build.collect()
    meta_r = {rec["id"]: m for rec, m in mr}
    meta_t = {rec["id"]: m for rec, m in mt}

    # ---- stats
    print("== results:", len(results))
    lab = collections.Counter(r["label"] for r in results)
    print(f"  label 0: {lab[0]} ({pct(lab[0], len(results))})   label 1: {lab[1]} ({pct(lab[1], len(results))})")
    print("  per source file (label0/label1):")
    src = collections.defaultdict(collections.Counter)
    for r in results:
        src[meta_r[r["id"]]["src"]][r["label"]] += 1
    for k in sorted(src):
        print(f"    {k:18s} {src[k][0]:4d} / {src[k][1]:4d}")
    print("  length buckets (chars of text + structuredContent):")
    lb = collections.defaultdict(collections.Counter)
    for r in results:
        lb[bucket(res_len(r))][r["label"]] += 1
    order = ["<100", "100-499", "500-999", "1000-1999", "2000-2999", "3000-7999", "8000-9999", "10000-25000", ">25000"]
    for k in order:
        if k in lb:
            print(f"    {k:12s} {lb[k][0]:4d} / {lb[k][1]:4d}")
    print("  languages (label0/label1):")
    lg = collections.defaultdict(collections.Counter)
    for r in results:
        lg[meta_r[r["id"]]["lang"]][r["label"]] += 1
    non_en = sum(sum(v.values()) for k, v in lg.items() if k != "en")
    for k in sorted(lg, key=lambda x: -sum(lg[x].values())):
        print(f"    {k:6s} {lg[k][0]:4d} / {lg[k][1]:4d}")
    print(f"  non-English: {non_en} ({pct(non_en, len(results))})")
    print("  formats (label0/label1):")
    fm = collections.defaultdict(collections.Counter)
    for r in results:
        fm[meta_r[r["id"]]["fmt"]][r["label"]] += 1
    for k in sorted(fm, key=lambda x: -sum(fm[x].values())):
        print(f"    {k:10s} {fm[k][0]:4d} / {fm[k][1]:4d}")
    def cnt(pred):
        c = collections.Counter(r["label"] for r in results if pred(r))
        return f"{c[0] + c[1]} (label0 {c[0]}, label1 {c[1]})"
    print("  isError:", cnt(lambda r: r["result"]["isError"]))
    print("  multi-block:", cnt(lambda r: len(r["result"]["content"]) > 1))
    print("  structuredContent:", cnt(lambda r: "structuredContent" in r["result"]))
    print("  distinct tool names:", len({r["tool"] for r in results}))

    print("== tools:", len(tools))
    lab = collections.Counter(r["label"] for r in tools)
    print(f"  label 0: {lab[0]} ({pct(lab[0], len(tools))})   label 1: {lab[1]} ({pct(lab[1], len(tools))})")
    ann = collections.Counter(r["label"] for r in tools if "annotations" in r["tool"])
    print(f"  with annotations: {ann[0] + ann[1]} ({pct(ann[0] + ann[1], len(tools))}; label0 {ann[0]}, label1 {ann[1]})")
    osc = collections.Counter(r["label"] for r in tools if "outputSchema" in r["tool"])
    print(f"  with outputSchema: {osc[0] + osc[1]} (label0 {osc[0]}, label1 {osc[1]})")
    loc = collections.Counter(meta_t[r["id"]]["loc"] for r in tools if r["label"] == 1)
    print("  poisoned locations:", dict(sorted(loc.items())))
    tl = collections.Counter(meta_t[r["id"]]["lang"] for r in tools)
    print("  languages:", dict(sorted(tl.items())))
    tlen = collections.Counter(bucket(len(json.dumps(r["tool"], ensure_ascii=False))) for r in tools)
    print("  definition length buckets:", {k: tlen[k] for k in order if k in tlen})

    if errs:
        print(f"\nFAILED: {len(errs)} problem(s)")
        for e in errs[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
