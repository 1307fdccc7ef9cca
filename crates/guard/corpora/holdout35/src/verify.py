"""Parse and check results.jsonl / tools.jsonl / meta.jsonl and print balance tables."""
import ipaddress
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID = "h35"
SERVERS = {"gridwatch", "kennelcare", "fleetyard", "campusnet", "harborfish", "artvault", "civicvote", "chatstore"}
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"https?://([^/\s\"'<>)\]\\?#]+)", re.I)
MAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
BARE_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|de|fr|ru|info|biz|xyz|app|dev|ai|cn|jp|es|it|nl|pl|gov|edu|us|eu))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
TOKEN_LEFT = re.compile(r"%(DT|D|T|N\d|F|M|K|H\d|P:)[^%\s]{0,40}%|\u00a7PAD2?\u00a7")

errors = []


def err(msg):
    errors.append(msg)


def host_ok(h):
    h = h.lower().rstrip(".").split(":")[0]
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def check_text(cid, text):
    for h in URL_RE.findall(text):
        if not host_ok(h) and not re.fullmatch(r"[\d.]+", h.split(":")[0]):
            err("%s: non-example URL host %r" % (cid, h))
    for h in MAIL_RE.findall(text):
        if not host_ok(h):
            err("%s: non-example email domain %r" % (cid, h))
    for h in BARE_RE.findall(text):
        if not host_ok(h):
            err("%s: non-example domain %r" % (cid, h))
    for ip in IP_RE.findall(text):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            err("%s: bad dotted number %r" % (cid, ip))
            continue
        if not any(a in n for n in NETS):
            err("%s: non-RFC5737 IP %r" % (cid, ip))
    if TOKEN_LEFT.search(text):
        err("%s: unfilled pad token %r" % (cid, TOKEN_LEFT.search(text).group(0)))


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s line %d: %s" % (name, n, e))
    return rows


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000),
                   (3000, 8000), (8000, 10000), (10000, 25001)):
        if lo <= n < hi:
            return "%05d-%05d" % (lo, hi)
    return "25001+"


def table(title, counter_by_label, keys=None):
    keys = keys or sorted(set(k for c in counter_by_label.values() for k in c))
    print("\n== %s ==" % title)
    print("%-22s %6s %6s %6s" % ("", "0", "1", "total"))
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print("%-22s %6d %6d %6d" % (k, a, b, a + b))


def main():
    results = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    ids = Counter()
    for r in results:
        cid = r.get("id", "?")
        ids[cid] += 1
        if list(r.keys()) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            err("%s: result keys %s" % (cid, list(r.keys())))
        if not re.fullmatch(ID + r"-r-\d{4}", cid):
            err("%s: bad id" % cid)
        if r["kind"] != "result" or r["server"] not in SERVERS or r["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        if not NAME_RE.match(r["tool"]) or r["tool"] != r["tool"].lower():
            err("%s: tool name not snake_case" % cid)
        if not isinstance(r["arguments"], dict):
            err("%s: arguments" % cid)
        res = r["result"]
        if not isinstance(res.get("content"), list) or not res["content"] or not isinstance(res.get("isError"), bool):
            err("%s: result shape" % cid)
        for blk in res["content"]:
            if blk.get("type") != "text" or not isinstance(blk.get("text"), str) or not blk["text"]:
                err("%s: block shape" % cid)
        if set(res) - {"content", "isError", "structuredContent"}:
            err("%s: extra result keys" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err("%s: structuredContent not object" % cid)
        check_text(cid, json.dumps(r, ensure_ascii=False))
        m = meta.get(cid)
        if not m:
            err("%s: no meta" % cid)
        else:
            L = sum(len(b["text"]) for b in res["content"]) + (len(json.dumps(res["structuredContent"], ensure_ascii=False)) if "structuredContent" in res else 0)
            if L != m["length"]:
                err("%s: meta length %d != %d" % (cid, m["length"], L))
    for t in tools:
        cid = t.get("id", "?")
        ids[cid] += 1
        if list(t.keys()) != ["id", "kind", "server", "tool", "label"]:
            err("%s: tool keys %s" % (cid, list(t.keys())))
        if not re.fullmatch(ID + r"-t-\d{4}", cid):
            err("%s: bad id" % cid)
        if t["kind"] != "tool" or t["server"] not in SERVERS or t["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        d = t["tool"]
        if not NAME_RE.match(d.get("name", "")):
            err("%s: tool name %r fails regex" % (cid, d.get("name")))
        if not isinstance(d.get("description"), str) or not d["description"]:
            err("%s: description" % cid)
        if not isinstance(d.get("inputSchema"), dict) or d["inputSchema"].get("type") != "object":
            err("%s: inputSchema" % cid)
        if set(d) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: extra tool keys" % cid)
        check_text(cid, json.dumps(t, ensure_ascii=False))
        m = meta.get(cid)
        if not m or m["length"] != len(json.dumps(d, ensure_ascii=False)):
            err("%s: meta missing or wrong length" % cid)
    for k, v in ids.items():
        if v > 1:
            err("duplicate id %s" % k)
    if set(meta) != set(ids):
        err("meta ids differ from case ids")

    # tables
    lab = {r["id"]: r["label"] for r in results + tools}
    print("results: %d (label1=%d, %.1f%% label0)" % (len(results), sum(r["label"] for r in results),
                                                      100 * sum(1 - r["label"] for r in results) / max(1, len(results))))
    print("tools:   %d (label1=%d, %.1f%% label0)" % (len(tools), sum(t["label"] for t in tools),
                                                      100 * sum(1 - t["label"] for t in tools) / max(1, len(tools))))
    for kind, rows in (("results", results), ("tools", tools)):
        by = {"server": defaultdict(Counter), "bucket": defaultdict(Counter), "lang": defaultdict(Counter),
              "format": defaultdict(Counter), "source": defaultdict(Counter)}
        for r in rows:
            m = meta[r["id"]]
            by["server"][r["label"]][r["server"]] += 1
            by["bucket"][r["label"]][bucket(m["length"])] += 1
            by["lang"][r["label"]][m["language"]] += 1
            by["format"][r["label"]][m["format"]] += 1
            by["source"][r["label"]][m["source"]] += 1
        for k in ("server", "source", "bucket", "lang", "format"):
            table("%s by %s" % (kind, k), by[k])
    extra = Counter()
    for r in results:
        res = r["result"]
        if res["isError"]:
            extra["isError L%d" % r["label"]] += 1
        if len(res["content"]) > 1:
            extra["multi-block L%d" % r["label"]] += 1
        if "structuredContent" in res:
            extra["structuredContent L%d" % r["label"]] += 1
    for t in tools:
        d = t["tool"]
        extra["tools with annotations L%d" % t["label"]] += "annotations" in d
        extra["tools with outputSchema L%d" % t["label"]] += "outputSchema" in d
    print("\n== extras ==")
    for k in sorted(extra):
        print("%-30s %d" % (k, extra[k]))
    non_en = sum(1 for r in results if meta[r["id"]]["language"] != "en")
    print("non-English results: %d (%.1f%%)" % (non_en, 100 * non_en / max(1, len(results))))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
