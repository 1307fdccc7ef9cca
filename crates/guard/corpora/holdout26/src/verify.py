"""Check every line of results.jsonl / tools.jsonl / meta.jsonl and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID = "h26"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\|`,;]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![A-Za-z0-9@._-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|ai|co|dev|app|gov|edu|info|biz|xyz|ru|cn|de|fr|uk|jp|us|me|ly|tk|top|site|online|cloud|link))(?![A-Za-z0-9-])")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def check_text(cid, text):
    for m in URL_RE.finditer(text):
        host = m.group(1).split("@")[-1].split(":")[0].rstrip(".")
        if host and not OK_HOST.search(host) and not host.startswith("{"):
            try:
                ip = ipaddress.ip_address(host)
                if not any(ip in n for n in NETS):
                    err("%s: URL with non-RFC5737 IP %s" % (cid, host))
            except ValueError:
                if host not in ("localhost",):
                    err("%s: URL host not example.*: %s" % (cid, host))
    for m in MAIL_RE.finditer(text):
        if not OK_HOST.search(m.group(1)):
            err("%s: mail host not example.*: %s" % (cid, m.group(1)))
    for m in BARE_RE.finditer(text):
        if not OK_HOST.search(m.group(1)):
            err("%s: bare host not example.*: %s" % (cid, m.group(1)))
    for m in IP_RE.finditer(text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            err("%s: malformed dotted quad %s" % (cid, m.group(1)))
            continue
        if not any(ip in n for n in NETS):
            err("%s: IP not in RFC 5737: %s" % (cid, m.group(1)))


def all_strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from all_strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from all_strings(v)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s line %d: bad json %s" % (name, n, e))
    return rows


def bucket(n):
    for lo, hi in ((0, 99), (100, 499), (500, 999), (1000, 1499), (1500, 2000), (2001, 2999),
                   (3000, 8000), (8001, 9999), (10000, 25000)):
        if lo <= n <= hi:
            return "%05d-%05d" % (lo, hi)
    return "25001+"


def table(title, counter_by_label, keys=None):
    keys = keys or sorted(set(k for c in counter_by_label.values() for k in c))
    print("\n%s" % title)
    print("  %-28s %6s %6s %6s" % ("", "l0", "l1", "all"))
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print("  %-28s %6d %6d %6d" % (k, a, b, a + b))
    a, b = sum(counter_by_label[0].values()), sum(counter_by_label[1].values())
    print("  %-28s %6d %6d %6d" % ("TOTAL", a, b, a + b))


def main():
    res = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = load("meta.jsonl")
    ids = [r.get("id") for r in res + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    metad = {m["id"]: m for m in meta}
    if len(metad) != len(meta) or set(metad) != set(ids):
        err("meta ids do not match case ids")

    for n, r in enumerate(res, 1):
        cid = r.get("id")
        if cid != "%s-r-%04d" % (ID, n):
            err("bad result id %s at line %d" % (cid, n))
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(r)))
            continue
        if r["kind"] != "result" or not isinstance(r["server"], str) or not r["server"]:
            err("%s: kind/server" % cid)
        if not SNAKE_RE.match(r["tool"]) or len(r["tool"]) > 64:
            err("%s: tool name %s" % (cid, r["tool"]))
        if not isinstance(r["arguments"], dict):
            err("%s: arguments" % cid)
        if r["label"] not in (0, 1):
            err("%s: label" % cid)
        rs = r["result"]
        if not set(rs) <= {"content", "isError", "structuredContent"} or "content" not in rs:
            err("%s: result keys %s" % (cid, sorted(rs)))
            continue
        if not isinstance(rs.get("isError"), bool):
            err("%s: isError" % cid)
        if not rs["content"]:
            err("%s: empty content" % cid)
        for b in rs["content"]:
            if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str):
                err("%s: content block shape" % cid)
            elif not b["text"].strip():
                err("%s: empty text block" % cid)
            if "{{PAD}}" in b.get("text", ""):
                err("%s: unreplaced PAD" % cid)
        if "structuredContent" in rs and not isinstance(rs["structuredContent"], dict):
            err("%s: structuredContent not an object" % cid)
        for s in all_strings(r["arguments"]):
            check_text(cid, s)
        for s in all_strings(rs):
            check_text(cid, s)
        m = metad.get(cid)
        if m:
            n_len = sum(len(b["text"]) for b in rs["content"])
            if "structuredContent" in rs:
                n_len += len(json.dumps(rs["structuredContent"], ensure_ascii=False))
            if m["length"] != n_len:
                err("%s: meta length mismatch" % cid)
            if m["format"] == "json" and len(rs["content"]) == 1:
                try:
                    json.loads(rs["content"][0]["text"])
                except Exception as e:  # noqa: BLE001
                    err("%s: json-format text does not parse: %s" % (cid, e))

    for n, t in enumerate(tools, 1):
        cid = t.get("id")
        if cid != "%s-t-%04d" % (ID, n):
            err("bad tool id %s at line %d" % (cid, n))
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err("%s: keys %s" % (cid, sorted(t)))
            continue
        if t["kind"] != "tool" or t["label"] not in (0, 1):
            err("%s: kind/label" % cid)
        d = t["tool"]
        if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys %s" % (cid, sorted(d)))
        if not NAME_RE.match(d.get("name", "")):
            err("%s: bad tool name %r" % (cid, d.get("name")))
        if not isinstance(d.get("description"), str) or not d["description"].strip():
            err("%s: description" % cid)
        for key in ("inputSchema", "outputSchema"):
            if key in d and (not isinstance(d[key], dict) or d[key].get("type") != "object"):
                err("%s: %s must be an object schema" % (cid, key))
        if "inputSchema" not in d:
            err("%s: no inputSchema" % cid)
        if "annotations" in d and not isinstance(d["annotations"], dict):
            err("%s: annotations" % cid)
        for s in all_strings(d):
            check_text(cid, s)

    names = collections.Counter((t["server"], t["tool"]["name"]) for t in tools)
    for k, v in names.items():
        if v > 1:
            err("duplicate tool name on one server: %s" % (k,))

    # ---------------------------------------------------------------- tables
    lab = {r["id"]: r["label"] for r in res + tools}
    print("results: %d   tools: %d" % (len(res), len(tools)))
    for name, rows in (("results", res), ("tools", tools)):
        c = collections.Counter(r["label"] for r in rows)
        tot = max(1, len(rows))
        print("%s label 0: %d (%.1f%%)  label 1: %d (%.1f%%)" % (
            name, c[0], 100.0 * c[0] / tot, c[1], 100.0 * c[1] / tot))

    def by(rows, fn):
        out = {0: collections.Counter(), 1: collections.Counter()}
        for r in rows:
            out[lab[r["id"]]][fn(r)] += 1
        return out

    rmeta = [m for m in meta if m["id"].startswith(ID + "-r-")]
    tmeta = [m for m in meta if m["id"].startswith(ID + "-t-")]
    table("RESULTS by source file", by(rmeta, lambda m: m["source"][4:]))
    table("RESULTS by length bucket (chars)", by(rmeta, lambda m: bucket(m["length"])))
    table("RESULTS by language", by(rmeta, lambda m: m["language"]))
    table("RESULTS by format", by(rmeta, lambda m: m["format"]))
    table("RESULTS by shape", by(res, lambda r: ("isError " if r["result"]["isError"] else "") + (
        "multi-block " if len(r["result"]["content"]) > 1 else "") + (
        "structured" if "structuredContent" in r["result"] else "") or "plain single block"))
    table("RESULTS by server", by(res, lambda r: r["server"]))
    table("TOOLS by source file", by(tmeta, lambda m: m["source"][4:]))
    table("TOOLS by length bucket (json chars)", by(tmeta, lambda m: bucket(m["length"])))
    table("TOOLS by annotations / outputSchema", by(tools, lambda t: (
        "annotations" if "annotations" in t["tool"] else "no-annotations") + (
        " +outputSchema" if "outputSchema" in t["tool"] else "")))
    table("TOOLS by language", by(tmeta, lambda m: m["language"]))

    words = ["ignore", "instructions", "assistant", "model", " ai "]
    print("\nShortcut-word check (cases containing the word, case-insensitive):")
    print("  %-14s %14s %14s" % ("word", "results l0/l1", "tools l0/l1"))
    for w in words:
        rc = collections.Counter(r["label"] for r in res
                                 if w in (" ".join(all_strings(r["result"]))).lower().replace("\n", " "))
        tc = collections.Counter(t["label"] for t in tools
                                 if w in (" " + " ".join(all_strings(t["tool"])) + " ").lower())
        print("  %-14s %8d/%-5d %8d/%-5d" % (w.strip(), rc[0], rc[1], tc[0], tc[1]))

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
