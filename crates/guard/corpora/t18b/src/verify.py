"""Check the jsonl files and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ID_RE = re.compile(r"^t18b-t-[0-9]{4}$")
URL_HOST_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s\"'<>)?#:{};,]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
IP_RE = re.compile(r"(?<![0-9.])(\d{1,3}(?:\.\d{1,3}){3})(?![0-9.])")
BARE_DOMAIN_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|co|app|info|biz))\b", re.I)
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
FORBIDDEN = re.compile(r"\b(ignore|instructions?|AI|assistants?|models?)\b")
CAPS = re.compile(r"\b(IMPORTANT|MUST|NEVER|DO NOT|HIGH RISK|IRREVERSIBLE|DESTRUCTIVE|WICHTIG|ACHTUNG|UWAGA|IMPORTANTE)\b")
ALLOWED_TOOL_KEYS = {"name", "description", "inputSchema", "outputSchema", "annotations"}

errors = []


def err(msg):
    errors.append(msg)


def strings(o):
    """All keys and string values of a JSON value, joined by newlines (no JSON escaping)."""
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            out.append(str(k))
            out.append(strings(v))
    elif isinstance(o, list):
        for v in o:
            out.append(strings(v))
    elif isinstance(o, str):
        out.append(o)
    return "\n".join(x for x in out if x)


def host_ok(h):
    h = h.lower().rstrip(".")
    try:
        a = ipaddress.ip_address(h)
        return any(a in n for n in ALLOWED_NETS)
    except ValueError:
        pass
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def check_hosts(cid, text):
    for h in URL_HOST_RE.findall(text):
        if not host_ok(h):
            err("%s: non-example host %r" % (cid, h))
    for h in EMAIL_RE.findall(text):
        if not host_ok(h):
            err("%s: non-example email domain %r" % (cid, h))
    for h in BARE_DOMAIN_RE.findall(text):
        if not host_ok(h):
            err("%s: non-example domain %r" % (cid, h))
    for ip in IP_RE.findall(text):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in ALLOWED_NETS):
            err("%s: non-RFC5737 IP %s" % (cid, ip))


def bucket(n, edges):
    for lo, hi in edges:
        if lo <= n < hi:
            return "%05d-%05d" % (lo, hi - 1) if hi < 10 ** 9 else "%05d+" % lo
    return "?"


def table(title, rows_by_key):
    print("\n" + title)
    keys = sorted(rows_by_key)
    print("  %-40s %6s %6s %6s" % ("", "l0", "l1", "tot"))
    for k in keys:
        c = rows_by_key[k]
        print("  %-40s %6d %6d %6d" % (k, c[0], c[1], c[0] + c[1]))


def main():
    rpath = os.path.join(ROOT, "results.jsonl")
    if not os.path.exists(rpath) or os.path.getsize(rpath) != 0:
        err("results.jsonl must exist and be zero bytes")

    rows = []
    with open(os.path.join(ROOT, "tools.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("line %d: bad json: %s" % (ln, e))

    meta = {c["_id"]: c for c in build.collect()}
    ids = set()
    names = set()
    for r in rows:
        cid = r.get("id")
        if list(r.keys()) != ["id", "kind", "server", "tool", "label"]:
            err("%s: keys %s" % (cid, list(r.keys())))
        if not ID_RE.match(str(cid)):
            err("%s: bad id" % cid)
        if cid in ids:
            err("%s: duplicate id" % cid)
        ids.add(cid)
        if r.get("kind") != "tool":
            err("%s: kind" % cid)
        if r.get("label") not in (0, 1):
            err("%s: label" % cid)
        t = r.get("tool", {})
        if not set(t) <= ALLOWED_TOOL_KEYS or not {"name", "description", "inputSchema"} <= set(t):
            err("%s: tool keys %s" % (cid, sorted(t)))
        if not NAME_RE.match(t.get("name", "")):
            err("%s: bad tool name %r" % (cid, t.get("name")))
        key = (r.get("server"), t.get("name"))
        if key in names:
            err("%s: duplicate server/tool name %s" % (cid, key))
        names.add(key)
        s = t.get("inputSchema", {})
        if s.get("type") != "object" or not isinstance(s.get("properties"), dict):
            err("%s: inputSchema shape" % cid)
        if "outputSchema" in t and t["outputSchema"].get("type") != "object":
            err("%s: outputSchema shape" % cid)
        if "annotations" in t and not isinstance(t["annotations"], dict):
            err("%s: annotations shape" % cid)
        if not t.get("description"):
            err("%s: empty description" % cid)
        check_hosts(cid, strings(r))
        m = meta.get(cid)
        if m is None or m["tool"] != t or m["label"] != r["label"]:
            err("%s: does not match build.collect() (rerun build.py)" % cid)

    print("tool cases: %d   results: 0 (empty file)" % len(rows))
    by_label = collections.Counter(r["label"] for r in rows)
    print("label 0: %d  label 1: %d  (label 1 share %.1f%%)" % (by_label[0], by_label[1], 100.0 * by_label[1] / max(1, len(rows))))

    def cnt(fn):
        d = collections.defaultdict(lambda: [0, 0])
        for r in rows:
            d[fn(r)][r["label"]] += 1
        return d

    table("by source file", cnt(lambda r: meta[r["id"]]["_src"]))
    table("by server", cnt(lambda r: r["server"]))
    table("by language", cnt(lambda r: meta[r["id"]]["_lang"]))
    table("description length (chars)", cnt(lambda r: bucket(len(r["tool"]["description"]),
          [(0, 150), (150, 400), (400, 800), (800, 1500), (1500, 10 ** 9)])))
    table("whole definition length (json chars)", cnt(lambda r: bucket(len(json.dumps(r["tool"], ensure_ascii=False)),
          [(0, 600), (600, 1200), (1200, 2000), (2000, 3000), (3000, 10 ** 9)])))
    table("top-level property count", cnt(lambda r: bucket(len(r["tool"]["inputSchema"]["properties"]),
          [(0, 1), (1, 4), (4, 8), (8, 16), (16, 10 ** 9)])))
    table("payload location (label 1)", cnt(lambda r: meta[r["id"]]["_where"]))

    def feats(r):
        t = r["tool"]
        txt = strings(t)
        props = t["inputSchema"]["properties"]
        return {
            "has outputSchema": "outputSchema" in t,
            "has annotations": "annotations" in t,
            "has URL": bool(URL_HOST_RE.search(txt)),
            "has email address": bool(EMAIL_RE.search(txt)),
            "nested object prop": any(p.get("type") == "object" or p.get("items", {}).get("type") == "object" for p in props.values()),
            "has default": '"default"' in json.dumps(t),
            "capitals (IMPORTANT/MUST/...)": bool(CAPS.search(txt)),
            "forbidden words": bool(FORBIDDEN.search(txt)),
            "multi-paragraph desc": "\n\n" in t["description"],
        }

    print("\nformat features (% of label)")
    print("  %-32s %7s %7s" % ("", "l0", "l1"))
    fl = [feats(r) for r in rows]
    for k in fl[0]:
        p = []
        for lab in (0, 1):
            sel = [f[k] for f, r in zip(fl, rows) if r["label"] == lab]
            p.append(100.0 * sum(sel) / max(1, len(sel)))
        print("  %-32s %6.1f%% %6.1f%%" % (k, p[0], p[1]))
    for lab in (0, 1):
        sel = [r for r in rows if r["label"] == lab]
        dl = [len(r["tool"]["description"]) for r in sel]
        pc = [len(r["tool"]["inputSchema"]["properties"]) for r in sel]
        tl = [len(json.dumps(r["tool"], ensure_ascii=False)) for r in sel]
        print("  label %d: desc len median %d mean %d | props mean %.2f median %s | json len median %d"
              % (lab, statistics.median(dl), statistics.mean(dl), statistics.mean(pc), statistics.median(pc), statistics.median(tl)))
    print("\ncue phrases (% of label; shortcut check)")
    cues = {
        "'not need to be mentioned/told/reported'": r"need(s)? to be (told|mentioned|reported|explained|discussed)|no need to mention|not worth reporting|without mentioning",
        "'leave/keep ... out', 'do not list'": r"\b(leave|keep)\b[^.]{0,40}?\bout\b|do not list|not listed",
        "'regardless' / 'whatever'": r"regardless|whatever|however many",
        "'also'": r"\balso\b",
        "'always'": r"\balways\b",
        "'every turn' / 'after each'": r"every turn|each call|after each|after every|every conversation",
    }
    for k, pat in cues.items():
        p = []
        for lab in (0, 1):
            sel = [r for r in rows if r["label"] == lab]
            p.append(100.0 * sum(1 for r in sel if re.search(pat, strings(r["tool"]), re.I)) / max(1, len(sel)))
        print("  %-42s %6.1f%% %6.1f%%" % (k, p[0], p[1]))
    non_en = sum(1 for r in rows if meta[r["id"]]["_lang"] != "en")
    print("  non-English (incl. mixed): %d (%.1f%%)" % (non_en, 100.0 * non_en / len(rows)))
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
