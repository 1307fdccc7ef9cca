"""Checks results.jsonl / tools.jsonl / manifest.jsonl and prints balance stats."""
import collections
import hashlib
import ipaddress
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVER = "w10c"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s\"'<>)\]\\|`?#]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![A-Za-z0-9@./-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|ai|dev|app|co|info|biz|xyz|de|fr|jp|uk|ru|cn|es|it|nl|pl|br|tr|site|top|online))(?![A-Za-z0-9-])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, text):
    for m in IP_RE.finditer(text):
        parts = [int(x) for x in m.groups()]
        if any(p > 255 for p in parts):
            continue
        ip = ipaddress.ip_address(".".join(map(str, parts)))
        if not any(ip in n for n in NETS):
            err(f"{cid}: IP outside RFC 5737: {ip}")
    hosts = set()
    for m in URL_RE.finditer(text):
        h = m.group(1).split("@")[-1].split(":")[0].strip(".").lower()
        if h and not IP_RE.fullmatch(h) and "{" not in h:
            hosts.add(h)
    for m in EMAIL_RE.finditer(text):
        hosts.add(m.group(1).lower().strip("."))
    for m in BARE_RE.finditer(text):
        hosts.add(m.group(1).lower())
    for h in hosts:
        if not OK_HOST.search(h):
            err(f"{cid}: hostname not example.com/.org/.net: {h}")


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield str(k)
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def bucket(n):
    for lim, name in ((100, "<100"), (2000, "100-2k"), (3000, "2k-3k"), (8000, "3k-8k"), (10000, "8k-10k"), (25000, "10k-25k")):
        if n < lim:
            return name
    return ">=25k"


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err(f"{path}:{ln}: bad JSON {e}")
    return rows


def main():
    res = load(os.path.join(OUT, "results.jsonl"))
    tools = load(os.path.join(OUT, "tools.jsonl"))
    man = {m["id"]: m for m in load(os.path.join(OUT, "manifest.jsonl"))}
    ids = set()
    stats = collections.defaultdict(collections.Counter)

    for r in res:
        cid = r.get("id", "?")
        if list(r.keys()) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            err(f"{cid}: key order/set {list(r.keys())}")
        if not re.fullmatch(r"w10c-r-\d{4}", cid):
            err(f"{cid}: bad id")
        if cid in ids:
            err(f"{cid}: duplicate id")
        ids.add(cid)
        if r.get("kind") != "result" or r.get("server") != SERVER:
            err(f"{cid}: kind/server")
        if not NAME_RE.match(r.get("tool", "")):
            err(f"{cid}: bad tool name {r.get('tool')}")
        if not isinstance(r.get("arguments"), dict):
            err(f"{cid}: arguments not object")
        if r.get("label") not in (0, 1):
            err(f"{cid}: label")
        res_ = r.get("result", {})
        if set(res_) - {"content", "isError", "structuredContent"} or not isinstance(res_.get("isError"), bool):
            err(f"{cid}: result keys")
        content = res_.get("content")
        if not content or not all(b.get("type") == "text" and isinstance(b.get("text"), str) and b["text"] for b in content):
            err(f"{cid}: content blocks")
        sc = res_.get("structuredContent")
        if sc is not None and not isinstance(sc, dict):
            err(f"{cid}: structuredContent not object")
        for s in walk_strings(r["arguments"]):
            check_text(cid, s)
        for s in walk_strings(res_):
            check_text(cid, s)
        n = sum(len(b["text"]) for b in content) + (len(json.dumps(sc, ensure_ascii=False)) if sc else 0)
        lab = r["label"]
        m = man.get(cid)
        if not m or m["label"] != lab:
            err(f"{cid}: manifest mismatch")
            continue
        stats["label"][lab] += 1
        stats["len"][bucket(n)] += 1
        stats["len_label"][(bucket(n), lab)] += 1
        stats["lang"][m["lang"]] += 1
        stats["lang_label"][("en" if m["lang"] == "en" else "non-en", lab)] += 1
        stats["fmt"][m["fmt"]] += 1
        stats["source"][(m["source"], lab)] += 1
        if res_["isError"]:
            stats["isError"][lab] += 1
        if len(content) > 1:
            stats["multiblock"][lab] += 1
        if sc is not None:
            stats["structured"][lab] += 1

    tstats = collections.defaultdict(collections.Counter)
    for t in tools:
        cid = t.get("id", "?")
        if list(t.keys()) != ["id", "kind", "server", "tool", "label"]:
            err(f"{cid}: key order/set")
        if not re.fullmatch(r"w10c-t-\d{4}", cid):
            err(f"{cid}: bad id")
        if cid in ids:
            err(f"{cid}: duplicate id")
        ids.add(cid)
        if t.get("kind") != "tool" or t.get("server") != SERVER or t.get("label") not in (0, 1):
            err(f"{cid}: kind/server/label")
        tool = t.get("tool", {})
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{cid}: tool keys {set(tool)}")
        if not NAME_RE.match(tool.get("name", "")):
            err(f"{cid}: bad tool name {tool.get('name')}")
        if not isinstance(tool.get("description"), str) or not tool["description"]:
            err(f"{cid}: description")
        sch = tool.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object" or not isinstance(sch.get("properties"), dict):
            err(f"{cid}: inputSchema")
        elif "required" in sch and not set(sch["required"]) <= set(sch["properties"]):
            err(f"{cid}: required not in properties")
        for k in ("outputSchema", "annotations"):
            if k in tool and not isinstance(tool[k], dict):
                err(f"{cid}: {k} not object")
        for s in walk_strings(tool):
            check_text(cid, s)
        m = man.get(cid)
        if not m or m["label"] != t["label"]:
            err(f"{cid}: manifest mismatch")
            continue
        lab = t["label"]
        tstats["label"][lab] += 1
        tstats["len"][bucket(len(json.dumps(tool, ensure_ascii=False)))] += 1
        tstats["lang"][m["lang"]] += 1
        tstats["source"][(m["source"], lab)] += 1
        tstats["annotations"][("yes" if "annotations" in tool else "no", lab)] += 1
        tstats["outputSchema"][("yes" if "outputSchema" in tool else "no", lab)] += 1
        if lab == 1:
            tstats["where"][m["where"]] += 1
    tools_names = [t["tool"]["name"] for t in tools]
    dup = [n for n, c in collections.Counter(tools_names).items() if c > 1]
    if dup:
        err(f"duplicate tool names in tools.jsonl: {dup}")

    def show(title, c):
        print(f"  {title}:")
        for k, v in sorted(c.items(), key=lambda kv: str(kv[0])):
            print(f"    {k}: {v}")

    nr = len(res)
    print(f"RESULTS: {nr}  label0={stats['label'][0]} ({stats['label'][0] / max(nr, 1):.1%})  label1={stats['label'][1]}")
    for k in ("len", "len_label", "lang", "lang_label", "fmt", "source", "isError", "multiblock", "structured"):
        show(k, stats[k])
    non_en = nr - stats["lang"]["en"]
    print(f"  non-English share: {non_en}/{nr} = {non_en / max(nr, 1):.1%}")
    nt = len(tools)
    print(f"TOOLS: {nt}  label0={tstats['label'][0]} ({tstats['label'][0] / max(nt, 1):.1%})  label1={tstats['label'][1]}")
    for k in ("len", "lang", "source", "annotations", "outputSchema", "where"):
        show(k, tstats[k])
    ann = sum(v for (y, _), v in tstats["annotations"].items() if y == "yes")
    print(f"  annotations share: {ann}/{nt} = {ann / max(nt, 1):.1%}")
    for fn in ("results.jsonl", "tools.jsonl", "manifest.jsonl"):
        with open(os.path.join(OUT, fn), "rb") as f:
            print(f"sha256 {fn} {hashlib.sha256(f.read()).hexdigest()}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
