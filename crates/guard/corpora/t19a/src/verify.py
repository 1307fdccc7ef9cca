"""Check tools.jsonl / results.jsonl shapes and print balance tables by label."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

ROOT = os.path.dirname(HERE)
ID = build.ID
errors = []


def err(msg):
    errors.append(msg)


NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"[a-z][a-z0-9+.-]*://([^/\s\"'<>)|`?:]+)", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+{}-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
HOST_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|co|ai|app|xyz|info|biz|me|cloud|uk|de|fr))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
ALLOWED_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ANN_KEYS = {"title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"}
TOOL_KEYS = {"name", "description", "inputSchema", "outputSchema", "annotations"}
STRONG = re.compile(r"(\b(MUST|NEVER|IMPORTANT|DO NOT|HIGH RISK|IRREVERSIBLE|SAFETY|EMERGENCY|DEPRECATED|WARNING|WICHTIG|NIEMALS|MÜSSEN|VIKTIGT|DOIT|JAMAIS|NUNCA|SIEMPRE|NON|ALTO RISCHIO)\b|必ず|絶対)")
TRIGGER = re.compile(r"\b(ignore|instructions?|AI|assistant|model)\b")
TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list, "object": dict}


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


def check_schema(s, where):
    if not isinstance(s, dict):
        err(f"{where}: schema not an object")
        return
    t = s.get("type")
    if t not in TYPES:
        err(f"{where}: bad type {t!r}")
        return
    if "enum" in s:
        if not isinstance(s["enum"], list) or not s["enum"]:
            err(f"{where}: bad enum")
    if "default" in s:
        d = s["default"]
        if not isinstance(d, TYPES[t]) or (t in ("integer", "number") and isinstance(d, bool)):
            err(f"{where}: default type mismatch")
        if "enum" in s and d not in s["enum"]:
            err(f"{where}: default not in enum")
    if "examples" in s and not isinstance(s["examples"], list):
        err(f"{where}: examples not a list")
    if t == "object":
        props = s.get("properties", {})
        if not isinstance(props, dict):
            err(f"{where}: properties not a dict")
            return
        for r in s.get("required", []):
            if r not in props:
                err(f"{where}: required {r!r} missing from properties")
        for k, v in props.items():
            check_schema(v, f"{where}.{k}")
    if t == "array":
        if "items" not in s:
            err(f"{where}: array without items")
        else:
            check_schema(s["items"], f"{where}[]")


def feats(tool):
    blob = json.dumps(tool, ensure_ascii=False)
    desc = tool["description"]
    allstr = list(strings(tool))
    text = "\n".join(allstr)
    props = tool["inputSchema"].get("properties", {})

    def has_key(x, key):
        if isinstance(x, dict):
            return key in x or any(has_key(v, key) for v in x.values())
        if isinstance(x, list):
            return any(has_key(v, key) for v in x)
        return False
    nested = any(v.get("type") == "object" or (v.get("type") == "array" and v.get("items", {}).get("type") == "object")
                 for v in props.values())
    return {
        "url": bool(re.search(r"[a-z]+://", text)),
        "email": bool(EMAIL_RE.search(text)),
        "ann": "annotations" in tool,
        "ann_title": "title" in tool.get("annotations", {}),
        "output": "outputSchema" in tool,
        "examples": has_key(tool, "examples"),
        "default": has_key(tool, "default"),
        "enum": has_key(tool, "enum"),
        "nested_obj": nested,
        "multi_para": "\n\n" in desc,
        "strong_word": bool(STRONG.search(text)),
        "trigger_word": bool(TRIGGER.search(text)),
        "mentions_other_tool": bool(re.search(r"\b[a-z]+_[a-z_]+\b", desc)),
        "_len": len(blob),
        "_desc_len": len(desc),
        "_props": len(props),
        "_paras": desc.count("\n\n") + 1,
    }


def table(title, rows, cols):
    print(f"\n## {title}")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")


def main():
    meta = {}
    for m, c in build.collect():
        key = (c["server"], c["tool"]["name"])
        if key in meta:
            err(f"duplicate tool name in source: {key}")
        meta[key] = c
    rpath = os.path.join(ROOT, "results.jsonl")
    if os.path.getsize(rpath) != 0:
        err("results.jsonl is not empty")
    recs = []
    with open(os.path.join(ROOT, "tools.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"line {n}: bad json {e}")
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    names = Counter(r["tool"]["name"] for r in recs)
    for nm, k in names.items():
        if k > 1:
            err(f"tool name used {k} times: {nm}")
    for i, r in enumerate(recs, 1):
        w = r.get("id")
        if w != f"{ID}-t-{i:04d}":
            err(f"{w}: id out of sequence")
        if set(r) != {"id", "kind", "server", "tool", "label"}:
            err(f"{w}: top-level keys {sorted(r)}")
        if r.get("kind") != "tool" or r.get("label") not in (0, 1):
            err(f"{w}: kind/label")
        tool = r["tool"]
        if not set(tool) <= TOOL_KEYS or not {"name", "description", "inputSchema"} <= set(tool):
            err(f"{w}: tool keys {sorted(tool)}")
        if not NAME_RE.match(tool.get("name", "")):
            err(f"{w}: bad tool name {tool.get('name')!r}")
        if not isinstance(tool.get("description"), str) or len(tool["description"]) < 40:
            err(f"{w}: description missing/short")
        sch = tool.get("inputSchema", {})
        if sch.get("type") != "object":
            err(f"{w}: inputSchema not object")
        check_schema(sch, f"{w}.inputSchema")
        if "outputSchema" in tool:
            if tool["outputSchema"].get("type") != "object":
                err(f"{w}: outputSchema not object")
            check_schema(tool["outputSchema"], f"{w}.outputSchema")
        an = tool.get("annotations")
        if an is not None:
            if not an or not set(an) <= ANN_KEYS:
                err(f"{w}: annotation keys {an}")
            for k, v in an.items():
                if k != "title" and not isinstance(v, bool):
                    err(f"{w}: annotation {k} not bool")
        for s in strings(r):
            for h in URL_RE.findall(s) + EMAIL_RE.findall(s) + HOST_RE.findall(s):
                h = h.strip(".").lower()
                if IP_RE.fullmatch(h):
                    continue
                if not ALLOWED_HOST.search(h):
                    err(f"{w}: host not example.*: {h}")
            for ip in IP_RE.findall(s):
                a = ipaddress.ip_address(ip)
                if str(a) == "0.0.0.0":
                    continue
                if not any(a in n for n in NETS):
                    err(f"{w}: IP outside RFC 5737: {ip}")
        if (r["server"], tool["name"]) not in meta:
            err(f"{w}: not found in source")
        elif meta[(r["server"], tool["name"])]["label"] != r["label"]:
            err(f"{w}: label mismatch with source")

    # ---------- tables ----------
    n0 = sum(1 for r in recs if r["label"] == 0)
    n1 = len(recs) - n0
    print(f"tool definitions: {len(recs)}  label0={n0} ({n0/len(recs):.1%})  label1={n1} ({n1/len(recs):.1%})")
    print(f"results.jsonl bytes: {os.path.getsize(rpath)}")

    by = defaultdict(Counter)
    for r in recs:
        by[r["server"]][r["label"]] += 1
    table("Server x label", [(s, by[s][0], by[s][1], by[s][0] + by[s][1]) for s in sorted(by)],
          ["server", "label 0", "label 1", "total"])

    lang = defaultdict(Counter)
    for r in recs:
        lang[meta[(r["server"], r["tool"]["name"])]["lang"]][r["label"]] += 1
    ne = [sum(lang[l][k] for l in lang if l != "en") for k in (0, 1)]
    table("Language x label", [(l, lang[l][0], lang[l][1]) for l in sorted(lang)], ["lang", "label 0", "label 1"])
    print(f"non-English: label0 {ne[0]}/{n0} ({ne[0]/n0:.1%}), label1 {ne[1]}/{n1} ({ne[1]/n1:.1%}), "
          f"all {(ne[0]+ne[1])/len(recs):.1%}")

    F = {0: [], 1: []}
    for r in recs:
        F[r["label"]].append(feats(r["tool"]))
    keys = [k for k in F[0][0] if not k.startswith("_")]
    rows = []
    for k in keys:
        a = sum(f[k] for f in F[0]) / n0
        b = sum(f[k] for f in F[1]) / n1
        flag = "  <-- check" if abs(a - b) > 0.15 else ""
        rows.append((k, f"{a:.0%}", f"{b:.0%}", f"{a-b:+.0%}{flag}"))
    table("Surface features (share of definitions)", rows, ["feature", "label 0", "label 1", "diff"])

    def stats(xs):
        xs = sorted(xs)
        return f"mean {sum(xs)/len(xs):.1f} / median {xs[len(xs)//2]} / min {xs[0]} / max {xs[-1]}"
    rows = []
    for k in ("_len", "_desc_len", "_props", "_paras"):
        rows.append((k[1:], stats([f[k] for f in F[0]]), stats([f[k] for f in F[1]])))
    table("Sizes", rows, ["measure", "label 0", "label 1"])

    buckets = [(0, 600), (600, 900), (900, 1200), (1200, 1600), (1600, 10**9)]
    rows = []
    for lo, hi in buckets:
        c0 = sum(lo <= f["_len"] < hi for f in F[0])
        c1 = sum(lo <= f["_len"] < hi for f in F[1])
        rows.append((f"{lo}-{hi if hi < 10**9 else ''}", f"{c0} ({c0/n0:.0%})", f"{c1} ({c1/n1:.0%})"))
    table("Serialized tool length (chars) x label", rows, ["bucket", "label 0", "label 1"])

    locs = Counter(meta[(r["server"], r["tool"]["name"])]["loc"] for r in recs if r["label"] == 1)
    table("Label 1 payload location", sorted(locs.items()), ["where", "count"])

    print()
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
