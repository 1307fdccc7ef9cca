"""Check tools.jsonl / results.jsonl and print balance tables.

python3 src/verify.py      (exit code 1 on any failure)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402  (for language / payload-location metadata and a rebuild check)

ID = build.ID
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ANN_KEYS = {"title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"}
TOOL_KEYS = {"name", "description", "inputSchema", "outputSchema", "annotations"}
URL_RE = re.compile(r"(?:https?|ftp|sftp|ssh|wss?)://([^/\s\"'`)<>\]|]+)", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})", re.I)
DOMAIN_RE = re.compile(
    r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|co|app|gov|edu|info|biz|cloud|us|uk|de|fr|nl|es|it|pl|jp|cn|kr|pt|se|tr|ru))\b\.?",
    re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
RFC5737 = ("192.0.2.", "198.51.100.", "203.0.113.")

errors = []


def err(msg):
    errors.append(msg)


def host_ok(h):
    h = h.lower().rstrip(".;,:!?").split(":")[0].split("@")[-1]
    if not re.search(r"[a-z]", h):
        return True  # placeholder such as "http://..."
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def check_text(where, s):
    for rx in (URL_RE, EMAIL_RE, DOMAIN_RE):
        for m in rx.finditer(s):
            if not host_ok(m.group(1)):
                err("%s: non-example host %r" % (where, m.group(1)))
    for m in IP_RE.finditer(s):
        if not m.group(1).startswith(RFC5737):
            err("%s: non-RFC5737 IP %s" % (where, m.group(1)))


def walk_schema(s, where, depth=0):
    """Yield every (sub)schema dict."""
    if not isinstance(s, dict):
        err("%s: schema is not an object" % where)
        return
    yield s, depth
    for k, v in (s.get("properties") or {}).items():
        yield from walk_schema(v, where + "." + k, depth + 1)
    if isinstance(s.get("items"), dict):
        yield from walk_schema(s["items"], where + "[]", depth + 1)
    if isinstance(s.get("additionalProperties"), dict):
        yield from walk_schema(s["additionalProperties"], where + "{}", depth + 1)


def check_object_schema(s, where):
    if not isinstance(s, dict) or s.get("type") != "object":
        err("%s: must be a JSON-schema object with type object" % where)
        return
    props = s.get("properties", {})
    if not isinstance(props, dict):
        err("%s: properties must be a dict" % where)
        return
    for r in s.get("required", []):
        if r not in props:
            err("%s: required %r not in properties" % (where, r))


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d blank line" % (path, n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d %s" % (path, n, e))
    return rows


def bucket(n, edges):
    for lo, hi in zip(edges, edges[1:]):
        if lo <= n < hi:
            return "%d-%d" % (lo, hi - 1)
    return "%d+" % edges[-1]


def table(title, counter_by_label, keys=None):
    keys = keys or sorted(set(k for c in counter_by_label.values() for k in c))
    print("\n" + title)
    w = max([len(str(k)) for k in keys] + [8])
    print("  %-*s %7s %7s %7s" % (w, "", "label0", "label1", "total"))
    for k in keys:
        a, b = counter_by_label[0][k], counter_by_label[1][k]
        print("  %-*s %7d %7d %7d" % (w, k, a, b, a + b))
    a, b = sum(counter_by_label[0].values()), sum(counter_by_label[1].values())
    print("  %-*s %7d %7d %7d" % (w, "(sum)", a, b, a + b))


def main():
    res_path = os.path.join(ROOT, "results.jsonl")
    tools_path = os.path.join(ROOT, "tools.jsonl")
    if not os.path.exists(res_path):
        err("results.jsonl missing")
    elif os.path.getsize(res_path) != 0:
        err("results.jsonl should be empty (tools-only set), has %d bytes" % os.path.getsize(res_path))
    rows = load(tools_path)

    # rebuild in memory: must match the file byte for byte (determinism) and gives metadata
    built_rows, cases, padded = build.build()
    with open(tools_path, encoding="utf-8") as f:
        file_text = f.read()
    rebuilt = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in built_rows)
    if rebuilt != file_text:
        err("tools.jsonl differs from a fresh in-memory build (not deterministic or stale)")
    meta = {(c["server"], c["tool"]["name"]): c for c in cases}

    ids, names = set(), set()
    for r in rows:
        rid = r.get("id", "?")
        if set(r) != {"id", "kind", "server", "tool", "label"}:
            err("%s: keys %s" % (rid, sorted(r)))
        if not re.fullmatch(r"%s-t-\d{4}" % ID, str(rid)):
            err("%s: bad id" % rid)
        if rid in ids:
            err("%s: duplicate id" % rid)
        ids.add(rid)
        if r.get("kind") != "tool":
            err("%s: kind" % rid)
        if r.get("label") not in (0, 1):
            err("%s: label" % rid)
        t = r.get("tool", {})
        if not set(t) <= TOOL_KEYS or not {"name", "description", "inputSchema"} <= set(t):
            err("%s: tool keys %s" % (rid, sorted(t)))
        name = t.get("name", "")
        if not NAME_RE.match(name):
            err("%s: tool name %r" % (rid, name))
        if (r["server"], name) in names:
            err("%s: duplicate tool name %s/%s" % (rid, r["server"], name))
        names.add((r["server"], name))
        if not isinstance(t.get("description"), str) or not t["description"].strip():
            err("%s: empty description" % rid)
        check_object_schema(t.get("inputSchema"), rid + ".inputSchema")
        nprops = len(t.get("inputSchema", {}).get("properties", {}))
        if nprops > 15:
            err("%s: %d properties (max 15)" % (rid, nprops))
        for sub, _ in walk_schema(t.get("inputSchema", {}), rid + ".in"):
            if sub.get("type") == "object":
                check_object_schema(sub, rid + ".in(sub)")
        if "outputSchema" in t:
            check_object_schema(t["outputSchema"], rid + ".outputSchema")
        ann = t.get("annotations")
        if ann is not None:
            if not set(ann) <= ANN_KEYS:
                err("%s: annotation keys %s" % (rid, sorted(ann)))
            for k, v in ann.items():
                if k != "title" and not isinstance(v, bool):
                    err("%s: annotation %s not bool" % (rid, k))
        for s in strings(r):
            check_text(rid, s)
        if (r["server"], name) not in meta:
            err("%s: no source metadata" % rid)

    # ------------------------------------------------------------- tables
    L = lambda: {0: collections.Counter(), 1: collections.Counter()}
    by_server, by_dlen, by_tlen, by_lang, by_fmt, by_props, by_src = L(), L(), L(), L(), L(), L(), L()
    where_c = collections.Counter()
    nonen = {0: 0, 1: 0}
    words = L()
    DL = [0, 100, 300, 600, 1000, 2000]
    TL = [0, 300, 600, 1000, 2000, 4000]
    WORDS = {
        "ignore": re.compile(r"\bignor", re.I),
        "instruction(s)": re.compile(r"\binstruction", re.I),
        "AI (word)": re.compile(r"\bAI\b"),
        "assistant": re.compile(r"\bassistant", re.I),
        "model": re.compile(r"\bmodel", re.I),
        "IMPORTANT/MUST/NEVER": re.compile(r"\b(IMPORTANT|MUST|NEVER)\b"),
        "HIGH RISK": re.compile(r"HIGH RISK|HOHES RISIKO", re.I),
        "always": re.compile(r"\balways\b", re.I),
        "names another tool": None,
        "example.* URL/email": re.compile(r"(https?://|@)[\w.-]*example\.(com|org|net)", re.I),
        "'do not tell/mention'-like": re.compile(
            r"(not (need to )?be (told|mentioned|reminded)|do not (tell|mention|list|show)|no need to (ask|tell|mention)"
            r"|leave (it|that|this|them) out|out of the (reply|summary|answer|explanation)|not worth mentioning)", re.I),
    }
    tool_names = collections.defaultdict(set)
    for r in rows:
        tool_names[r["server"]].add(r["tool"]["name"])
    for r in rows:
        t, lab = r["tool"], r["label"]
        m = meta[(r["server"], t["name"])]
        by_server[lab][r["server"]] += 1
        by_src[lab][m["source"]] += 1
        by_dlen[lab][bucket(len(t["description"]), DL)] += 1
        by_tlen[lab][bucket(len(json.dumps(t, ensure_ascii=False)), TL)] += 1
        lang = m["lang"]
        by_lang[lab]["en" if lang == "en" else ("mixed (" + lang + ")" if "+" in lang else lang)] += 1
        nonen[lab] += lang != "en"
        inp = t["inputSchema"]
        n = len(inp["properties"])
        by_props[lab][bucket(n, [0, 1, 4, 8, 12])] += 1
        subs = list(walk_schema(inp, "x"))
        feats = {
            "has outputSchema": "outputSchema" in t,
            "has annotations": "annotations" in t,
            "annotation title": "title" in t.get("annotations", {}),
            "nested object/array-of-object": any(d > 0 and s.get("type") == "object" for s, d in subs),
            "has enum": any("enum" in s for s, _ in subs),
            "has default": any("default" in s for s, _ in subs),
            "has examples": any("examples" in s for s, _ in subs),
            "zero properties": n == 0,
            "padded with server notes": (r["server"], t["name"]) in padded,
        }
        for k, v in feats.items():
            by_fmt[lab][k] += bool(v)
        if lab == 1:
            for w in m["where"]:
                where_c[w] += 1
            if "desc-end" in m["where"] and (r["server"], t["name"]) in padded:
                where_c["(desc-end moved to middle by padding)"] += 1
        text = "\n".join(strings(t))
        for k, rx in WORDS.items():
            if rx is None:
                others = tool_names[r["server"]] - {t["name"]}
                hit = any(re.search(r"\b%s\b" % re.escape(o), text) for o in others)
            else:
                hit = bool(rx.search(text))
            words[lab][k] += hit

    print("tools.jsonl rows: %d   results.jsonl bytes: %d" % (len(rows), os.path.getsize(res_path)))
    table("By server", by_server)
    table("By source file", by_src)
    table("Description length (chars)", by_dlen, [bucket(x, DL) for x in DL])
    table("Whole definition length (JSON chars)", by_tlen, [bucket(x, TL) for x in TL])
    table("Language", by_lang)
    print("  non-English or mixed: label0 %d (%.1f%%), label1 %d (%.1f%%), total %d (%.1f%%)" % (
        nonen[0], 100.0 * nonen[0] / max(1, sum(by_lang[0].values())),
        nonen[1], 100.0 * nonen[1] / max(1, sum(by_lang[1].values())),
        nonen[0] + nonen[1], 100.0 * (nonen[0] + nonen[1]) / max(1, len(rows))))
    table("Input properties", by_props, [bucket(x, [0, 1, 4, 8, 12]) for x in [0, 1, 4, 8, 12]])
    table("Format features (count of tools having it)", by_fmt, list(by_fmt[0].keys()))
    table("Word / cue presence (count of tools, any field)", words, list(WORDS.keys()))
    print("\nPayload location (label 1; a tool may count in two places)")
    for k, v in sorted(where_c.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-40s %4d" % (k, v))

    if errors:
        print("\nFAIL: %d problem(s)" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
