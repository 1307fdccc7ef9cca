"""Verify results.jsonl / tools.jsonl and print balance tables."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST_RE = re.compile(r"(?<![A-Za-z0-9_.-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|dev|app|xyz|info|biz|cloud|site|online|top|ru|cn|es|co|uk))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
errors = []


def err(msg):
    errors.append(msg)


def check_text(where, s):
    for h in HOST_RE.findall(s):
        hl = h.lower()
        if not any(hl == d or hl.endswith("." + d) for d in ("example.com", "example.org", "example.net")):
            err(f"{where}: non-example host {h}")
    for m in IP_RE.finditer(s):
        ip = m.group(0)
        if not ip.startswith(OK_NETS):
            err(f"{where}: non-RFC5737 IP {ip}")
    if "\u27e6" in s or "\u27e7" in s or "{PAD}" in s:
        err(f"{where}: leftover marker")


def load(fn):
    rows = []
    with open(os.path.join(OUT, fn), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{fn}:{i} bad json {e}")
    return rows


def table(title, counter_by_label, keys=None):
    keys = keys or sorted({k for c in counter_by_label.values() for k in c}, key=str)
    print(f"\n{title}")
    print(f"  {'':<24}{'label0':>8}{'label1':>8}{'total':>8}")
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print(f"  {str(k):<24}{a:>8}{b:>8}{a+b:>8}")


def main():
    res, tools = load("results.jsonl"), load("tools.jsonl")
    ids = [r.get("id") for r in res + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    for r in res:
        w = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{w}: keys {sorted(r)}")
        if r["kind"] != "result" or r["server"] != build.SERVER or r["label"] not in (0, 1):
            err(f"{w}: kind/server/label")
        if not re.fullmatch(r"[a-z0-9_]{1,64}", r["tool"]):
            err(f"{w}: tool name {r['tool']}")
        if not isinstance(r["arguments"], dict):
            err(f"{w}: arguments")
        rs = r["result"]
        if not isinstance(rs.get("isError"), bool) or not rs.get("content"):
            err(f"{w}: result shape")
        for b in rs["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str):
                err(f"{w}: block shape")
        if "structuredContent" in rs and not isinstance(rs["structuredContent"], dict):
            err(f"{w}: structuredContent")
        check_text(w, json.dumps(r, ensure_ascii=False))
    for t in tools:
        w = t.get("id")
        if set(t) != {"id", "kind", "server", "tool", "label"} or t["kind"] != "tool" or t["label"] not in (0, 1):
            err(f"{w}: tool keys")
        tl = t["tool"]
        if not NAME_RE.match(tl.get("name", "")):
            err(f"{w}: bad name")
        if not isinstance(tl.get("description"), str) or tl.get("inputSchema", {}).get("type") != "object":
            err(f"{w}: tool shape")
        extra = set(tl) - {"name", "description", "inputSchema", "outputSchema", "annotations"}
        if extra:
            err(f"{w}: extra keys {extra}")
        check_text(w, json.dumps(t, ensure_ascii=False))
    names = [t["tool"]["name"] for t in tools]
    if len(names) != len(set(names)):
        err("duplicate tool names: " + str([n for n, c in Counter(names).items() if c > 1]))

    # determinism: rebuild in memory and compare bytes
    rendered, tdefs = build.build()
    for fn, pairs in (("results.jsonl", rendered), ("tools.jsonl", tdefs)):
        with open(os.path.join(OUT, fn), encoding="utf-8") as f:
            if f.read() != build.dump(pairs):
                err(f"{fn}: not byte-identical to a fresh build")

    # tables
    lab = Counter(r["label"] for r in res)
    print(f"results: {len(res)}  label0={lab[0]} ({lab[0]/len(res):.0%})  label1={lab[1]}")
    tl = Counter(t["label"] for t in tools)
    print(f"tools:   {len(tools)}  label0={tl[0]} ({tl[0]/len(tools):.0%})  label1={tl[1]}")
    meta = {rec["id"]: m for rec, m in rendered}

    def bucket(n):
        for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000), (3000, 8000), (8000, 10000), (10000, 25000)):
            if lo <= n < hi:
                return f"{lo}-{hi}"
        return ">=25000"
    order = ["0-100", "100-500", "500-1000", "1000-1500", "1500-2000", "2000-3000", "3000-8000", "8000-10000", "10000-25000", ">=25000"]
    by = defaultdict(Counter)
    for r in res:
        by[r["label"]][bucket(len(r["result"]["content"][0]["text"]))] += 1
    table("length of first text block", by, order)
    for key, title in (("lang", "language"), ("fmt", "format"), ("src", "source file")):
        by = defaultdict(Counter)
        for r in res:
            by[r["label"]][meta[r["id"]][key]] += 1
        table(title, by)
    nonen = sum(1 for r in res if meta[r["id"]]["lang"] != "en")
    print(f"\nnon-English results: {nonen} ({nonen/len(res):.1%})")
    by = defaultdict(Counter)
    for r in res:
        rs = r["result"]
        by[r["label"]]["isError"] += rs["isError"]
        by[r["label"]]["structuredContent"] += "structuredContent" in rs
        by[r["label"]]["multi-block"] += len(rs["content"]) > 1
    table("result features", by, ["isError", "structuredContent", "multi-block"])
    pos = Counter()
    for r in res:
        if r["label"] == 1:
            p = meta[r["id"]]["pos"]
            pos["structuredContent only" if p == "sc" else "extra block" if p == "block" else
                "start (<20%)" if p < 0.2 else "middle (20-70%)" if p < 0.7 else "end (>=70%)"] += 1
    print("\nlabel-1 payload position:", dict(pos))
    tm = {rec["id"]: m for rec, m in tdefs}
    by = defaultdict(Counter)
    for t in tools:
        by[t["label"]]["annotations"] += "annotations" in t["tool"]
        by[t["label"]]["outputSchema"] += "outputSchema" in t["tool"]
        by[t["label"]]["src:" + tm[t["id"]]["src"]] += 1
    table("tools", by)

    if errors:
        print("\nERRORS:")
        for e in errors[:50]:
            print("  " + e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
