"""Check tools.jsonl / results.jsonl and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

ID = "t18d"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>?#)]+)", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
DOMAIN_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|app|info|biz|xyz|ru|cn|de|uk))\b", re.I)
IP_RE = re.compile(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?:/\d+)?\b")
NETS = [ipaddress.ip_network(x) for x in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
STRONG_RE = re.compile(r"\b(MUST|NEVER|IMPORTANT|DO NOT|HIGH RISK|CRITICAL|IRREVERSIBLE)\b")
TRIGGER_RE = re.compile(r"\b(ignore|instructions?|AI|assistant|model)\b", re.I)
TOOL_KEYS = {"name", "title", "description", "inputSchema", "outputSchema", "annotations"}
ANN_KEYS = {"title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"}

problems = []


def prob(msg):
    problems.append(msg)


def ok_host(h):
    h = h.lower().rstrip(".").split(":")[0]
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def walk_strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield str(k)
            yield from walk_strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from walk_strings(v)


def count_props(schema):
    c = 0
    if isinstance(schema, dict):
        for k, v in schema.get("properties", {}).items():
            c += 1 + count_props(v)
        if "items" in schema:
            c += count_props(schema["items"])
    return c


def has_key(x, key):
    if isinstance(x, dict):
        return key in x or any(has_key(v, key) for v in x.values())
    if isinstance(x, list):
        return any(has_key(v, key) for v in x)
    return False


def check_schema(s, where):
    if not isinstance(s, dict) or s.get("type") != "object":
        prob("%s: schema must be an object schema" % where)


def main():
    res_path = os.path.join(OUT, "results.jsonl")
    if not os.path.exists(res_path) or os.path.getsize(res_path) != 0:
        prob("results.jsonl must exist and be empty")
    meta = {}
    for server, mod, t in build.collect():
        meta[(server, t["tool"]["name"])] = dict(t["_meta"], module=mod)
    rows = []
    ids = set()
    with open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as ex:
                prob("line %d: bad json %s" % (ln, ex))
                continue
            rows.append(r)
            rid = r.get("id", "")
            if not re.fullmatch(ID + r"-t-\d{4}", rid):
                prob("line %d: bad id %r" % (ln, rid))
            if rid in ids:
                prob("duplicate id " + rid)
            ids.add(rid)
            if set(r) != {"id", "kind", "server", "tool", "label"}:
                prob("%s: keys %s" % (rid, sorted(r)))
            if r.get("kind") != "tool":
                prob(rid + ": kind")
            if r.get("label") not in (0, 1):
                prob(rid + ": label")
            t = r.get("tool", {})
            if not set(t) <= TOOL_KEYS:
                prob("%s: tool keys %s" % (rid, sorted(t)))
            if not NAME_RE.match(t.get("name", "")):
                prob("%s: bad tool name %r" % (rid, t.get("name")))
            if not isinstance(t.get("description"), str) or not t["description"].strip():
                prob(rid + ": description")
            check_schema(t.get("inputSchema"), rid + " inputSchema")
            if "outputSchema" in t:
                check_schema(t["outputSchema"], rid + " outputSchema")
            if "annotations" in t:
                if not set(t["annotations"]) <= ANN_KEYS:
                    prob(rid + ": annotation keys")
            m = meta.get((r.get("server"), t.get("name")))
            if m is None:
                prob(rid + ": no source meta")
            elif m["label"] != r.get("label"):
                prob(rid + ": label mismatch with source")
            elif m["label"] == 1 and not m["where"]:
                prob(rid + ": label 1 without payload location")
            text = "\n".join(walk_strings(t))
            for h in URL_RE.findall(text):
                if not ok_host(h):
                    prob("%s: host %s" % (rid, h))
            for h in EMAIL_RE.findall(text):
                if not ok_host(h):
                    prob("%s: email host %s" % (rid, h))
            for h in DOMAIN_RE.findall(text):
                if not ok_host(h):
                    prob("%s: domain %s" % (rid, h))
            for ip in IP_RE.findall(text):
                try:
                    addr = ipaddress.ip_address(ip)
                except ValueError:
                    continue
                if not any(addr in nt for nt in NETS):
                    prob("%s: ip %s" % (rid, ip))
    if len(rows) != len(meta):
        prob("row count %d != source count %d" % (len(rows), len(meta)))

    # ---- tables ----
    def table(title, keyf, rowsub=rows, order=None):
        c = collections.Counter()
        keys = set()
        for r in rowsub:
            k = keyf(r)
            keys.add(k)
            c[(k, r["label"])] += 1
        print("\n## " + title)
        print("%-28s %6s %6s %6s" % ("", "l0", "l1", "l1%"))
        for k in (order if order else sorted(keys, key=str)):
            a, b_ = c[(k, 0)], c[(k, 1)]
            print("%-28s %6d %6d %5.0f%%" % (k, a, b_, 100.0 * b_ / max(1, a + b_)))

    def m_of(r):
        return meta[(r["server"], r["tool"]["name"])]

    lab = collections.Counter(r["label"] for r in rows)
    print("cases: %d  label0: %d  label1: %d (%.1f%% label 1)" % (len(rows), lab[0], lab[1], 100.0 * lab[1] / max(1, len(rows))))
    table("server x label", lambda r: r["server"])
    table("language x label", lambda r: m_of(r)["lang"])

    def lb(r):
        L = len(json.dumps(r["tool"], ensure_ascii=False))
        for lim in (400, 700, 1000, 1400, 2000):
            if L < lim:
                return "<%d" % lim
        return ">=2000"
    table("serialized tool length x label", lb, order=["<400", "<700", "<1000", "<1400", "<2000", ">=2000"])
    table("payload location (label 1)", lambda r: m_of(r)["where"] or "-", [r for r in rows if r["label"] == 1])

    def feats(r):
        t = r["tool"]
        text = "\n".join(walk_strings(t))
        return {
            "url": bool(URL_RE.search(text)),
            "email": bool(EMAIL_RE.search(text)),
            "annotations": "annotations" in t,
            "ann_title": "title" in t.get("annotations", {}),
            "readOnlyHint": t.get("annotations", {}).get("readOnlyHint") is True,
            "destructiveHint": t.get("annotations", {}).get("destructiveHint") is True,
            "outputSchema": "outputSchema" in t,
            "examples": has_key(t, "examples"),
            "default": has_key(t, "default"),
            "enum": has_key(t, "enum"),
            "nested_object": count_props(t["inputSchema"]) > len(t["inputSchema"].get("properties", {})),
            "multi_paragraph": "\n" in t["description"],
            "strong_words": bool(STRONG_RE.search(text)),
            "trigger_words": bool(TRIGGER_RE.search(text)),
            "no_input_props": not t["inputSchema"].get("properties"),
        }

    print("\n## surface features: % of cases with feature, per label")
    print("%-18s %7s %7s" % ("feature", "l0", "l1"))
    F = [(r["label"], feats(r)) for r in rows]
    for k in F[0][1]:
        v = []
        for L in (0, 1):
            sub = [f[k] for l_, f in F if l_ == L]
            v.append(100.0 * sum(sub) / max(1, len(sub)))
        print("%-18s %6.0f%% %6.0f%%" % (k, v[0], v[1]))

    print("\n## means per label")
    for L in (0, 1):
        sub = [r for r in rows if r["label"] == L]
        ln = [len(json.dumps(r["tool"], ensure_ascii=False)) for r in sub]
        dl = [len(r["tool"]["description"]) for r in sub]
        pc = [count_props(r["tool"]["inputSchema"]) + count_props(r["tool"].get("outputSchema", {})) for r in sub]
        par = [r["tool"]["description"].count("\n\n") + 1 for r in sub]
        print("label %d: tool json len %.0f (min %d max %d), description len %.0f, schema props %.1f, paragraphs %.2f"
              % (L, sum(ln) / len(ln), min(ln), max(ln), sum(dl) / len(dl), sum(pc) / len(pc), sum(par) / len(par)))

    print()
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" - " + p)
        sys.exit(1)
    print("OK: no problems")


if __name__ == "__main__":
    main()
