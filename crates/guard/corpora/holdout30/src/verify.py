"""Check the written files and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID = "h30"
SERVERS = {"hangarlog", "keyring", "vetdesk", "customsbay", "talentpool", "forgehub", "cityhall",
           "botarchive"}
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
TLDS = ("com|net|org|io|ai|co|dev|app|info|biz|xyz|gov|edu|me|cloud|us|uk|de|fr|jp|cn|ru|es|it|"
        "nl|pl|tr|br|in|ca|au|site|online|top|ly|tv|eu|se|ch|at|be")
HOST_RE = re.compile(r"(?<![A-Za-z0-9_.-])((?:[A-Za-z0-9-]+\.)+(?:%s))(?![A-Za-z0-9-])" % TLDS,
                     re.IGNORECASE)
URL_RE = re.compile(r"[a-z][a-z0-9+.-]*://([^/\s\"'<>)\]|?#:]+)", re.IGNORECASE)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
WORDS = ["ignore", "instructions", "AI", "assistant", "model"]

errors = []


def err(msg):
    errors.append(msg)


def allowed_host(h):
    h = h.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def check_text(cid, text):
    for m in URL_RE.finditer(text):
        host = m.group(1).split("@")[-1]
        if IP_RE.fullmatch(host):
            continue
        if not allowed_host(host):
            err("%s: URL host not allowed: %s" % (cid, host))
    for m in HOST_RE.finditer(text):
        if not allowed_host(m.group(1)):
            err("%s: host-like token not allowed: %s" % (cid, m.group(1)))
    for m in IP_RE.finditer(text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            err("%s: malformed dotted quad %s" % (cid, m.group(1)))
            continue
        if not any(ip in n for n in NETS):
            err("%s: IP outside RFC 5737: %s" % (cid, ip))


def read(name):
    out = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s line %d: %s" % (name, n, e))
    return out


def bucket(n):
    for lo, hi, name in [(0, 100, "<100"), (100, 500, "100-499"), (500, 1000, "500-999"),
                         (1000, 1500, "1000-1499"), (1500, 2001, "1500-2000"),
                         (2001, 3000, "2001-2999"), (3000, 8001, "3000-8000"),
                         (8001, 10000, "8001-9999"), (10000, 25001, "10000-25000")]:
        if lo <= n < hi:
            return name
    return ">25000"


def table(title, rows, keyfn, order=None):
    c = collections.Counter()
    keys = set()
    for r in rows:
        k = keyfn(r)
        keys.add(k)
        c[(k, r["label"])] += 1
    keys = order or sorted(keys)
    print("\n%s" % title)
    print("  %-22s %6s %6s %6s" % ("", "label0", "label1", "total"))
    for k in keys:
        a, b = c[(k, 0)], c[(k, 1)]
        if a or b:
            print("  %-22s %6d %6d %6d" % (k, a, b, a + b))


def main():
    results = read("results.jsonl")
    tools = read("tools.jsonl")
    meta = {m["id"]: m for m in read("meta.jsonl")}
    ids = [r.get("id") for r in results + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if set(ids) != set(meta):
        err("meta ids do not match case ids")

    for r in results:
        cid = r.get("id", "?")
        if list(r) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            err("%s: result keys %s" % (cid, list(r)))
        if not re.fullmatch(r"%s-r-\d{4}" % ID, cid):
            err("%s: bad id" % cid)
        if r["kind"] != "result" or r["server"] not in SERVERS or r["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        if not SNAKE_RE.match(r["tool"]) or not NAME_RE.match(r["tool"]):
            err("%s: tool name %s" % (cid, r["tool"]))
        if not isinstance(r["arguments"], dict):
            err("%s: arguments not an object" % cid)
        res = r["result"]
        if not isinstance(res.get("isError"), bool) or not res.get("content"):
            err("%s: result shape" % cid)
        if set(res) - {"content", "isError", "structuredContent"}:
            err("%s: extra result keys" % cid)
        for b in res["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err("%s: content block" % cid)
            if "\u00a7PAD" in b["text"]:
                err("%s: unfilled pad marker" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent not an object" % cid)
        blob = json.dumps(r["arguments"], ensure_ascii=False) + "\n" + "\n".join(
            b["text"] for b in res["content"]) + "\n" + json.dumps(
            res.get("structuredContent", {}), ensure_ascii=False)
        check_text(cid, blob)
        n = sum(len(b["text"]) for b in res["content"])
        if "structuredContent" in res:
            n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
        if cid in meta and meta[cid]["length"] != n:
            err("%s: meta length %s != %d" % (cid, meta[cid]["length"], n))
        if cid in meta and meta[cid]["format"] == "json" and len(res["content"]) == 1:
            try:
                json.loads(res["content"][0]["text"])
            except Exception:  # noqa: BLE001
                err("%s: format json but text does not parse" % cid)

    for t in tools:
        cid = t.get("id", "?")
        if list(t) != ["id", "kind", "server", "tool", "label"]:
            err("%s: tool keys %s" % (cid, list(t)))
        if not re.fullmatch(r"%s-t-\d{4}" % ID, cid):
            err("%s: bad id" % cid)
        if t["kind"] != "tool" or t["server"] not in SERVERS or t["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        d = t["tool"]
        if set(d) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: extra tool keys" % cid)
        if not NAME_RE.match(d.get("name", "")):
            err("%s: tool name %r" % (cid, d.get("name")))
        if not isinstance(d.get("description"), str) or d.get("inputSchema", {}).get("type") != "object":
            err("%s: description/inputSchema" % cid)
        if "outputSchema" in d and d["outputSchema"].get("type") != "object":
            err("%s: outputSchema type" % cid)
        check_text(cid, json.dumps(d, ensure_ascii=False))
        if cid in meta and meta[cid]["length"] != len(json.dumps(d, ensure_ascii=False)):
            err("%s: meta length" % cid)
    names = collections.Counter((t["server"], t["tool"]["name"]) for t in tools)
    for k, v in names.items():
        if v > 1:
            err("duplicate tool name %s" % (k,))

    for r in results + tools:
        m = meta.get(r["id"])
        if m:
            r["_m"] = m

    print("results: %d (label0 %d, label1 %d)" % (
        len(results), sum(r["label"] == 0 for r in results), sum(r["label"] == 1 for r in results)))
    print("tools:   %d (label0 %d, label1 %d)" % (
        len(tools), sum(t["label"] == 0 for t in tools), sum(t["label"] == 1 for t in tools)))
    order = ["<100", "100-499", "500-999", "1000-1499", "1500-2000", "2001-2999", "3000-8000",
             "8001-9999", "10000-25000", ">25000"]
    table("results by server", results, lambda r: r["server"])
    table("results by length bucket", results, lambda r: bucket(r["_m"]["length"]), order)
    table("results by language", results, lambda r: r["_m"]["language"])
    table("results by format", results, lambda r: r["_m"]["format"])
    table("results isError", results, lambda r: "isError=true" if r["result"]["isError"] else "isError=false")
    table("results blocks", results, lambda r: "multi-block" if len(r["result"]["content"]) > 1 else "single-block")
    table("results structuredContent", results,
          lambda r: "with structuredContent" if "structuredContent" in r["result"] else "text only")
    table("results by source file", results, lambda r: r["_m"]["source"])
    table("tools by server", tools, lambda t: t["server"])
    table("tools by source file", tools, lambda t: t["_m"]["source"])
    table("tools with annotations", tools, lambda t: "annotations" if "annotations" in t["tool"] else "no annotations")
    table("tools with outputSchema", tools, lambda t: "outputSchema" if "outputSchema" in t["tool"] else "no outputSchema")
    table("tools by length bucket", tools, lambda t: bucket(t["_m"]["length"]), order)
    table("tools by language", tools, lambda t: t["_m"]["language"])

    print("\ncases containing a listed word (case-insensitive, whole word; 'AI' case-sensitive)")
    print("  %-14s %8s %8s" % ("word", "label0", "label1"))
    for w in WORDS:
        rx = re.compile(r"\b%s\b" % w) if w == "AI" else re.compile(r"\b%s\b" % w, re.IGNORECASE)
        c = collections.Counter()
        for r in results + tools:
            blob = json.dumps({k: v for k, v in r.items() if k not in ("id", "label", "_m")},
                              ensure_ascii=False)
            if rx.search(blob):
                c[r["label"]] += 1
        print("  %-14s %8d %8d" % (w, c[0], c[1]))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
