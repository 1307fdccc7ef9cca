"""Parse every line, check ids, shapes, tool-name regex, fake hosts / RFC 5737 IPs and
placeholder secrets; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ID = "h36"
SERVERS = ["tollgate", "pressroom", "brewline", "skylift", "pharmabay", "lawnpro", "printshop",
           "chatbinder"]
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
ALLOWED_NETS = [ipaddress.ip_network(x) for x in
                ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\|`]+)")
EMAIL_RE = re.compile(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE_RE = re.compile(r"(?<![\w@.-])((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|co|ai|dev|app|info|biz|"
                     r"us|uk|de|fr|es|it|nl|ru|cn|jp|xyz|me|ly|sh|tk))(?![\w-])", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.]*\d)")
SK_RE = re.compile(r"\bsk-[A-Za-z0-9_-]+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}\b")

errors = []


def err(msg):
    errors.append(msg)


def host_ok(h):
    h = h.split("@")[-1].split(":")[0].strip(".").lower()
    if not h:
        return True
    if re.fullmatch(r"[\d.]+", h):
        return ip_ok(h)
    if h in ("localhost",):
        return True
    return bool(re.fullmatch(r"(?:[a-z0-9-]+\.)*example\.(?:com|org|net)", h))


def ip_ok(ip):
    try:
        a = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return any(a in net for net in ALLOWED_NETS)


def scan_text(cid, t):
    for m in URL_RE.finditer(t):
        if not host_ok(m.group(1)):
            err("%s: host not allowed in URL: %s" % (cid, m.group(0)[:80]))
    for m in EMAIL_RE.finditer(t):
        if not host_ok(m.group(1)):
            err("%s: email domain not allowed: %s" % (cid, m.group(0)))
    for m in BARE_RE.finditer(t):
        if not host_ok(m.group(1)):
            err("%s: bare host not allowed: %s" % (cid, m.group(1)))
    for m in IP_RE.finditer(t):
        if not ip_ok(m.group(1)):
            err("%s: IP not in RFC 5737: %s" % (cid, m.group(1)))
    for m in SK_RE.finditer(t):
        if not m.group(0).startswith("sk-DEMO"):
            err("%s: non-placeholder key: %s" % (cid, m.group(0)))
    for m in IBAN_RE.finditer(t):
        if not m.group(0).startswith("XX00 DEMO"):
            err("%s: IBAN-like value not placeholder: %s" % (cid, m.group(0)))


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d: bad JSON %s" % (name, ln, e))
    return rows


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000),
                   (3000, 8000), (8000, 10000), (10000, 25001)):
        if lo <= n < hi:
            return "%05d-%05d" % (lo, hi - 1 if hi != 25001 else 25000)
    return "25001+"


def table(title, counter_by_label, keys=None, note=None):
    keys = keys or sorted(set(k for c in counter_by_label.values() for k in c))
    print("\n### %s" % title)
    if note:
        print("(%s)\n" % note)
    print("| key | label 0 | label 1 | total |")
    print("|---|---:|---:|---:|")
    t0 = t1 = 0
    for k in keys:
        a, b_ = counter_by_label[0][k], counter_by_label[1][k]
        t0 += a
        t1 += b_
        print("| %s | %d | %d | %d |" % (k, a, b_, a + b_))
    print("| **total** | %d | %d | %d |" % (t0, t1, t0 + t1))


def main():
    res = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = load("meta.jsonl")
    ids = set()
    meta_by_id = {m["id"]: m for m in meta}
    if len(meta_by_id) != len(meta) or len(meta) != len(res) + len(tools):
        err("meta.jsonl count/ids mismatch")

    for k, r in enumerate(res, 1):
        cid = r.get("id")
        if cid != "%s-r-%04d" % (ID, k):
            err("unexpected result id %s at line %d" % (cid, k))
        if cid in ids:
            err("duplicate id %s" % cid)
        ids.add(cid)
        if list(r.keys()) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            err("%s: keys %s" % (cid, list(r.keys())))
        if r["kind"] != "result" or r["server"] not in SERVERS or r["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        if not SNAKE_RE.match(r["tool"]) or not NAME_RE.match(r["tool"]):
            err("%s: tool name %s" % (cid, r["tool"]))
        if not isinstance(r["arguments"], dict):
            err("%s: arguments not object" % cid)
        rr = r["result"]
        if set(rr.keys()) - {"content", "isError", "structuredContent"} or \
                not isinstance(rr.get("isError"), bool):
            err("%s: result keys" % cid)
        if not rr["content"] or any(set(b.keys()) != {"type", "text"} or b["type"] != "text" or
                                    not isinstance(b["text"], str) for b in rr["content"]):
            err("%s: content blocks" % cid)
        if "structuredContent" in rr and not isinstance(rr["structuredContent"], dict):
            err("%s: structuredContent not object" % cid)
        length = sum(len(b["text"]) for b in rr["content"])
        if "structuredContent" in rr:
            length += len(json.dumps(rr["structuredContent"], ensure_ascii=False))
        m = meta_by_id.get(cid)
        if not m or m["length"] != length:
            err("%s: meta length mismatch" % cid)
        for t in strings(r["arguments"]):
            scan_text(cid, t)
        for b in rr["content"]:
            scan_text(cid, b["text"])
            if "{{PAD}}" in b["text"] or "§" in b["text"]:
                err("%s: unrendered marker" % cid)
        if "structuredContent" in rr:
            for t in strings(rr["structuredContent"]):
                scan_text(cid, t)

    for k, t in enumerate(tools, 1):
        cid = t.get("id")
        if cid != "%s-t-%04d" % (ID, k):
            err("unexpected tool id %s at line %d" % (cid, k))
        if cid in ids:
            err("duplicate id %s" % cid)
        ids.add(cid)
        if list(t.keys()) != ["id", "kind", "server", "tool", "label"]:
            err("%s: keys %s" % (cid, list(t.keys())))
        if t["kind"] != "tool" or t["server"] not in SERVERS or t["label"] not in (0, 1):
            err("%s: kind/server/label" % cid)
        d = t["tool"]
        if not set(d.keys()) <= {"name", "description", "inputSchema", "outputSchema",
                                 "annotations"} or not {"name", "description",
                                                        "inputSchema"} <= set(d.keys()):
            err("%s: tool keys %s" % (cid, list(d.keys())))
        if not NAME_RE.match(d["name"]):
            err("%s: bad tool name %s" % (cid, d["name"]))
        if d["inputSchema"].get("type") != "object":
            err("%s: inputSchema type" % cid)
        if "outputSchema" in d and d["outputSchema"].get("type") != "object":
            err("%s: outputSchema type" % cid)
        m = meta_by_id.get(cid)
        if not m or m["length"] != len(json.dumps(d, ensure_ascii=False)):
            err("%s: meta length mismatch" % cid)
        for s_ in strings(d):
            scan_text(cid, s_)

    names = collections.Counter((t["server"], t["tool"]["name"]) for t in tools)
    for k, v in names.items():
        if v > 1:
            err("duplicate tool definition name %s" % (k,))

    # ---------------- tables ----------------
    C = lambda: {0: collections.Counter(), 1: collections.Counter()}  # noqa: E731
    print("## Balance tables (holdout36)")
    print("\n### Overall")
    print("| kind | label 0 | label 1 | total | share label 0 |")
    print("|---|---:|---:|---:|---:|")
    for name, rows in (("results", res), ("tools", tools)):
        a = sum(1 for r in rows if r["label"] == 0)
        b_ = len(rows) - a
        print("| %s | %d | %d | %d | %.1f%% |" % (name, a, b_, len(rows), 100.0 * a / max(1, len(rows))))

    for title, rows in (("Results by server", res), ("Tools by server", tools)):
        c = C()
        for r in rows:
            c[r["label"]][r["server"]] += 1
        table(title, c, SERVERS)

    c = C()
    for r in res:
        c[r["label"]][bucket(meta_by_id[r["id"]]["length"])] += 1
    table("Results by length (characters)", c)

    c = C()
    for r in res:
        c[r["label"]][meta_by_id[r["id"]]["language"]] += 1
    table("Results by language", c)

    c = C()
    for r in res:
        c[r["label"]][meta_by_id[r["id"]]["format"]] += 1
    table("Results by format", c)

    c = C()
    for r in res:
        rr = r["result"]
        if rr["isError"]:
            c[r["label"]]["isError: true"] += 1
        if len(rr["content"]) > 1:
            c[r["label"]]["multi-block"] += 1
        if "structuredContent" in rr:
            c[r["label"]]["structuredContent"] += 1
    table("Results: special shapes", c, ["isError: true", "multi-block", "structuredContent"],
          note="each row counts results with that feature; rows overlap")

    c = C()
    for t in tools:
        d = t["tool"]
        if "annotations" in d:
            c[t["label"]]["has annotations"] += 1
        if "outputSchema" in d:
            c[t["label"]]["has outputSchema"] += 1
    table("Tools: special shapes", c, ["has annotations", "has outputSchema"],
          note="each row counts definitions with that feature; rows overlap")

    c = C()
    for t in tools:
        c[t["label"]][meta_by_id[t["id"]]["language"]] += 1
    table("Tools by language", c)

    c = C()
    for t in tools:
        c[t["label"]][bucket(meta_by_id[t["id"]]["length"])] += 1
    table("Tools by definition length (JSON characters)", c)

    c = C()
    for r in res + tools:
        c[r["label"]][meta_by_id[r["id"]]["source"]] += 1
    table("Cases by source file", c)

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nverify: OK (%d results, %d tools)" % (len(res), len(tools)))


if __name__ == "__main__":
    main()
