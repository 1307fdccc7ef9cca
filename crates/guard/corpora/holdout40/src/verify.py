"""Check the built files: parse, ids, shapes, tool names, hosts/IPs; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVERS = {"cityparks", "opticshop", "cargorail", "bakerynet", "escaperoom", "hoaboard", "dronemap", "chatstash"}
NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_HOST = re.compile(r"https?://([A-Za-z0-9.-]+)")
MAIL_HOST = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|dev|app|ai|xyz|info|biz|gov|edu|co|us|uk|de|fr|jp|it))\b")
IP = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []


def ok_host(h):
    h = h.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def check_text(cid, s):
    for rx in (URL_HOST, MAIL_HOST, BARE):
        for h in rx.findall(s):
            if not ok_host(h):
                errors.append("%s: non-example host %r" % (cid, h))
    for ip in IP.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            errors.append("%s: non-RFC5737 IP %s" % (cid, ip))


def load(fn):
    rows = []
    with open(os.path.join(OUT, fn), encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append("%s:%d unparseable: %s" % (fn, k, e))
    return rows


def table(title, counter_by_label):
    keys = sorted(set(k for c in counter_by_label.values() for k in c))
    print("\n%s" % title)
    print("  %-14s %6s %6s %6s" % ("", "0", "1", "total"))
    for k in keys:
        z, o = counter_by_label[0][k], counter_by_label[1][k]
        print("  %-14s %6d %6d %6d" % (k, z, o, z + o))


def main():
    res, tools, meta = load("results.jsonl"), load("tools.jsonl"), load("meta.jsonl")
    ids = [r.get("id") for r in res + tools]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    metamap = {m["id"]: m for m in meta}
    if set(metamap) != set(ids):
        errors.append("meta ids do not match case ids")
    for k, r in enumerate(res, 1):
        cid = r.get("id")
        if cid != "h40-r-%04d" % k:
            errors.append("%s: bad id order" % cid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            errors.append("%s: keys %s" % (cid, sorted(r)))
        if r.get("kind") != "result" or r.get("server") not in SERVERS or r.get("label") not in (0, 1):
            errors.append("%s: kind/server/label" % cid)
        if not NAME.match(r.get("tool", "")) or not isinstance(r.get("arguments"), dict):
            errors.append("%s: tool/arguments" % cid)
        res_ = r.get("result", {})
        if set(res_) - {"content", "isError", "structuredContent"} or not isinstance(res_.get("isError"), bool):
            errors.append("%s: result keys" % cid)
        content = res_.get("content") or []
        if not content or any(set(b) != {"type", "text"} or b["type"] != "text" or not b["text"] for b in content):
            errors.append("%s: content blocks" % cid)
        if "structuredContent" in res_ and not isinstance(res_["structuredContent"], dict):
            errors.append("%s: structuredContent" % cid)
        if "{{PAD}}" in json.dumps(r, ensure_ascii=False) or "<<" in "".join(b["text"] for b in content if "<<" in b["text"] and ">>" in b["text"]):
            errors.append("%s: unfilled marker" % cid)
        check_text(cid, json.dumps(r, ensure_ascii=False))
    for k, t in enumerate(tools, 1):
        cid = t.get("id")
        if cid != "h40-t-%04d" % k:
            errors.append("%s: bad id order" % cid)
        if set(t) != {"id", "kind", "server", "tool", "label"} or t.get("kind") != "tool":
            errors.append("%s: keys" % cid)
        if t.get("server") not in SERVERS or t.get("label") not in (0, 1):
            errors.append("%s: server/label" % cid)
        tool = t.get("tool", {})
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            errors.append("%s: tool keys" % cid)
        if not NAME.match(tool.get("name", "")):
            errors.append("%s: tool name %r" % (cid, tool.get("name")))
        if not tool.get("description") or tool.get("inputSchema", {}).get("type") != "object":
            errors.append("%s: description/inputSchema" % cid)
        if "outputSchema" in tool and tool["outputSchema"].get("type") != "object":
            errors.append("%s: outputSchema" % cid)
        check_text(cid, json.dumps(t, ensure_ascii=False))
    # duplicate texts
    seen = collections.Counter(r["result"]["content"][0]["text"] for r in res)
    for txt, n in seen.items():
        if n > 1:
            errors.append("duplicate result text: %r" % txt[:60])

    for name, rows in (("RESULTS", res), ("TOOLS", tools)):
        print("\n==== %s: %d  (label 0: %d, label 1: %d)" % (name, len(rows), sum(r["label"] == 0 for r in rows), sum(r["label"] == 1 for r in rows)))
        for field in ("server", "language", "length", "format", "source"):
            c = {0: collections.Counter(), 1: collections.Counter()}
            for r in rows:
                v = r["server"] if field == "server" else metamap[r["id"]][field]
                c[r["label"]][v] += 1
            table("by %s" % field, c)
        if name == "RESULTS":
            c = {0: collections.Counter(), 1: collections.Counter()}
            for r in rows:
                c[r["label"]]["isError"] += r["result"]["isError"]
                c[r["label"]]["structured"] += "structuredContent" in r["result"]
                c[r["label"]]["multi-block"] += len(r["result"]["content"]) > 1
            table("features", c)
        else:
            c = {0: collections.Counter(), 1: collections.Counter()}
            for r in rows:
                for f in ("outputSchema", "annotations"):
                    c[r["label"]][f] += f in r["tool"]
            table("features", c)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:100]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no problems found")


if __name__ == "__main__":
    main()
