"""Check the h34 jsonl files and print balance tables."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVERS = {"tidewater", "rosterly", "quarrymind", "stagecall", "ledgerline",
           "biobank", "parcelpost", "chatarchive"}
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\|?#]+)")
MAIL_RE = re.compile(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|co|dev|app|xyz|info|biz|top|ru|cn|cc|ly|gov|edu|us|uk|tk))\b")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


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


def host_ok(h):
    h = h.split("@")[-1].split(":")[0].lower().rstrip(".")
    return h in ("example.com", "example.org", "example.net") or h.endswith(
        (".example.com", ".example.org", ".example.net"))


def check_values(cid, obj):
    for s in strings(obj):
        for m in URL_RE.finditer(s):
            h = m.group(1)
            if re.fullmatch(r"[\d.]+(:\d+)?", h):
                continue
            if not host_ok(h):
                err(f"{cid}: non-example host in URL: {h}")
        for m in MAIL_RE.finditer(s):
            if not host_ok(m.group(1)):
                err(f"{cid}: non-example mail domain: {m.group(1)}")
        for m in BARE_RE.finditer(s):
            if not host_ok(m.group(1)):
                err(f"{cid}: non-example bare domain: {m.group(1)}")
        for m in IP_RE.finditer(s):
            ip = m.group(0)
            if not ip.startswith(OK_NETS):
                err(f"{cid}: IP outside RFC 5737: {ip}")


def res_len(r):
    n = sum(len(c["text"]) for c in r["content"])
    if "structuredContent" in r:
        n += len(json.dumps(r["structuredContent"], ensure_ascii=False))
    return n


def bucket(n):
    for hi, name in ((99, "<100"), (499, "100-499"), (999, "500-999"), (1499, "1000-1499"),
                     (2000, "1500-2000"), (2999, "2001-2999"), (8000, "3000-8000"),
                     (9999, "8001-9999"), (25000, "10000-25000")):
        if n <= hi:
            return name
    return ">25000"


def load(fn):
    rows = []
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{fn}:{ln}: bad json {e}")
    return rows


def table(title, counter_by_label, keys=None):
    keys = keys or sorted({k for c in counter_by_label.values() for k in c})
    print(f"\n{title}")
    print(f"  {'':24s} {'label0':>7s} {'label1':>7s} {'total':>7s} {'%1':>6s}")
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        t = a + b
        if t:
            print(f"  {str(k):24s} {a:7d} {b:7d} {t:7d} {100 * b / t:5.1f}%")
    a = sum(counter_by_label[0].values())
    b = sum(counter_by_label[1].values())
    print(f"  {'TOTAL':24s} {a:7d} {b:7d} {a + b:7d} {100 * b / max(a + b, 1):5.1f}%")


def main():
    res = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    ids = [r["id"] for r in res + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if set(ids) != set(meta):
        err("meta ids differ from case ids")

    for r in res:
        cid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{cid}: keys {sorted(r)}")
            continue
        if not re.fullmatch(r"h34-r-\d{4}", cid):
            err(f"{cid}: bad id")
        if r["kind"] != "result" or r["server"] not in SERVERS or r["label"] not in (0, 1):
            err(f"{cid}: kind/server/label")
        if not NAME_RE.match(r["tool"]):
            err(f"{cid}: tool name")
        if not isinstance(r["arguments"], dict):
            err(f"{cid}: arguments")
        rr = r["result"]
        if not set(rr) <= {"content", "isError", "structuredContent"} or "content" not in rr:
            err(f"{cid}: result keys")
            continue
        if not isinstance(rr.get("isError"), bool):
            err(f"{cid}: isError")
        if not rr["content"] or any(set(c) != {"type", "text"} or c["type"] != "text"
                                    or not isinstance(c["text"], str) for c in rr["content"]):
            err(f"{cid}: content blocks")
        if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict):
            err(f"{cid}: structuredContent")
        if meta.get(cid, {}).get("length") != res_len(rr):
            err(f"{cid}: meta length mismatch")
        check_values(cid, r)

    for t in tools:
        cid = t.get("id", "?")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(f"{cid}: keys")
            continue
        if not re.fullmatch(r"h34-t-\d{4}", cid):
            err(f"{cid}: bad id")
        if t["kind"] != "tool" or t["server"] not in SERVERS or t["label"] not in (0, 1):
            err(f"{cid}: kind/server/label")
        d = t["tool"]
        if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{cid}: tool keys {sorted(d)}")
        if not NAME_RE.match(d.get("name", "")):
            err(f"{cid}: tool name {d.get('name')}")
        if not isinstance(d.get("description"), str):
            err(f"{cid}: description")
        s = d.get("inputSchema", {})
        if s.get("type") != "object" or not isinstance(s.get("properties"), dict):
            err(f"{cid}: inputSchema")
        if "outputSchema" in d and d["outputSchema"].get("type") != "object":
            err(f"{cid}: outputSchema")
        if "annotations" in d and not isinstance(d["annotations"], dict):
            err(f"{cid}: annotations")
        if meta.get(cid, {}).get("length") != len(json.dumps(d, ensure_ascii=False)):
            err(f"{cid}: meta length mismatch")
        check_values(cid, t)

    names = Counter((t["server"], t["tool"]["name"]) for t in tools)
    for k, v in names.items():
        if v > 1:
            err(f"duplicate tool name {k}")

    # ---- tables ----
    def by(rows, f):
        c = {0: Counter(), 1: Counter()}
        for r in rows:
            c[r["label"]][f(r)] += 1
        return c

    print(f"results: {len(res)}   tools: {len(tools)}   meta: {len(meta)}")
    table("RESULTS by server", by(res, lambda r: r["server"]))
    order = ["<100", "100-499", "500-999", "1000-1499", "1500-2000", "2001-2999",
             "3000-8000", "8001-9999", "10000-25000", ">25000"]
    table("RESULTS by length bucket", by(res, lambda r: bucket(meta[r["id"]]["length"])), order)
    table("RESULTS by language", by(res, lambda r: meta[r["id"]]["language"]))
    table("RESULTS by format", by(res, lambda r: meta[r["id"]]["format"]))
    table("RESULTS by isError", by(res, lambda r: r["result"]["isError"]))
    table("RESULTS with structuredContent", by(res, lambda r: "structuredContent" in r["result"]))
    table("RESULTS by number of text blocks", by(res, lambda r: len(r["result"]["content"])))
    table("RESULTS by source file", by(res, lambda r: meta[r["id"]]["source"]))
    table("TOOLS by server", by(tools, lambda t: t["server"]))
    table("TOOLS with annotations", by(tools, lambda t: "annotations" in t["tool"]))
    table("TOOLS with outputSchema", by(tools, lambda t: "outputSchema" in t["tool"]))
    tb = ["<500", "500-999", "1000-1999", "2000+"]

    def tbucket(t):
        n = meta[t["id"]]["length"]
        return "<500" if n < 500 else "500-999" if n < 1000 else "1000-1999" if n < 2000 else "2000+"
    table("TOOLS by definition length", by(tools, tbucket), tb)
    table("TOOLS by source file", by(tools, lambda t: meta[t["id"]]["source"]))

    # shortcut diagnostics: words the brief asks payloads to mostly avoid
    print("\nshortcut words (share of cases containing the word, case-insensitive)")
    words = ["ignore", "instruction", r"\bAI\b", "assistant", "model", "agent", "system",
             "example.net", "do not tell", "http"]
    for w in words:
        rx = re.compile(w, re.I if w != r"\bAI\b" else 0)
        line = []
        for kind, rows in (("results", res), ("tools", tools)):
            for lab in (0, 1):
                grp = [r for r in rows if r["label"] == lab]
                hit = sum(1 for r in grp if rx.search(json.dumps(r, ensure_ascii=False)))
                line.append(f"{kind}{lab}={100 * hit / max(len(grp), 1):4.0f}%")
        print(f"  {w:14s} " + "  ".join(line))

    if ERRORS:
        print(f"\n{len(ERRORS)} ERRORS")
        for e in ERRORS[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
