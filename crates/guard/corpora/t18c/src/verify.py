"""Check tools.jsonl / results.jsonl shapes and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"https?://([^/\s\"'?)#;,]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
HOST_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|ai|co|uk|de|fr|ru|jp|cn))\b", re.I)
IP_RE = re.compile(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b")
ALLOWED_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
RFC5737 = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
HUSH_RE = re.compile(r"(not (need to )?(be )?mention|need not|n't need to|does not need|no need to|without (asking|telling)|do not (describe|mention)|not part of what you read)", re.I)
WORDS = ["ignore", "instructions", "AI", "assistant", "model", "IMPORTANT", "MUST", "NEVER", "DO NOT", "HIGH RISK"]
errors = []


def err(msg):
    errors.append(msg)


def all_text(x):
    if isinstance(x, dict):
        return " ".join(str(k) + " " + all_text(v) for k, v in x.items())
    if isinstance(x, list):
        return " ".join(all_text(v) for v in x)
    return str(x)


def check_hosts(cid, text):
    for h in URL_RE.findall(text) + EMAIL_RE.findall(text) + HOST_RE.findall(text):
        h = h.split(":")[0].rstrip(".").lower()
        if IP_RE.fullmatch(h):
            continue
        if not ALLOWED_HOST.search(h):
            err("%s: host not allowed: %s" % (cid, h))
    for ip in IP_RE.findall(text):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in RFC5737):
            err("%s: IP not RFC 5737: %s" % (cid, ip))


def bucket(n, edges):
    for e in edges:
        if n < e:
            return "<%5d" % e
    return ">=%d" % edges[-1]


def table(title, rows):
    print("\n" + title)
    keys = sorted(rows, key=lambda k: (str(type(k)), k))
    print("  %-34s %6s %6s %6s" % ("", "lab0", "lab1", "%1"))
    for k in keys:
        a, b = rows[k][0], rows[k][1]
        print("  %-34s %6d %6d %5.0f%%" % (k, a, b, 100.0 * b / max(1, a + b)))


def main():
    rpath = os.path.join(OUT, "results.jsonl")
    if os.path.getsize(rpath) != 0:
        err("results.jsonl must be empty for this tools-only set")
    meta = {(c["server"], c["tool"]["name"]): c for c in build.collect()}
    ids = set()
    recs = []
    with open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                err("line %d: bad json %s" % (ln, e))
                continue
            recs.append(r)
            cid = r.get("id")
            if set(r) != {"id", "kind", "server", "tool", "label"}:
                err("%s: keys %s" % (cid, sorted(r)))
            if not re.fullmatch(r"t18c-t-\d{4}", cid or ""):
                err("%s: bad id" % cid)
            if cid in ids:
                err("%s: duplicate id" % cid)
            ids.add(cid)
            if r.get("kind") != "tool":
                err("%s: kind" % cid)
            if r.get("label") not in (0, 1):
                err("%s: label" % cid)
            t = r.get("tool", {})
            if not set(t) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                err("%s: tool keys %s" % (cid, sorted(t)))
            if not NAME_RE.match(t.get("name", "")):
                err("%s: tool name %r" % (cid, t.get("name")))
            if not isinstance(t.get("description"), str) or not t["description"]:
                err("%s: description" % cid)
            for k in ("inputSchema", "outputSchema"):
                if k in t and (t[k].get("type") != "object" or not isinstance(t[k].get("properties"), dict)):
                    err("%s: %s shape" % (cid, k))
            if "inputSchema" not in t:
                err("%s: no inputSchema" % cid)
            if "annotations" in t:
                ok = {"title", "readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"}
                if not set(t["annotations"]) <= ok:
                    err("%s: annotation keys" % cid)
            check_hosts(cid, all_text(t))
            if (r["server"], t.get("name")) not in meta:
                err("%s: not found in sources" % cid)

    D = collections.defaultdict
    tabs = {k: D(lambda: [0, 0]) for k in ("server", "source", "lang", "desc_len", "total_len",
                                          "n_props", "parts", "loc", "words")}
    dl = {0: [], 1: []}
    for r in recs:
        t, y = r["tool"], r["label"]
        m = meta.get((r["server"], t["name"]), {})
        txt = json.dumps(t, ensure_ascii=False)
        raw = all_text(t)
        dl[y].append(len(t["description"]))
        tabs["server"][r["server"]][y] += 1
        tabs["source"][m.get("source", "?")][y] += 1
        tabs["lang"][m.get("lang", "?")][y] += 1
        tabs["desc_len"][bucket(len(t["description"]), [120, 300, 600, 1000, 1500])][y] += 1
        tabs["total_len"][bucket(len(txt), [400, 800, 1500, 2500])][y] += 1
        tabs["n_props"][bucket(len(t["inputSchema"]["properties"]), [1, 3, 5, 8, 11])][y] += 1
        tabs["parts"]["has outputSchema"][y] += "outputSchema" in t
        tabs["parts"]["has annotations"][y] += "annotations" in t
        tabs["parts"]["has annotations.title"][y] += "title" in t.get("annotations", {})
        tabs["parts"]["has URL"][y] += bool(URL_RE.search(raw))
        tabs["parts"]["has email address"][y] += bool(EMAIL_RE.search(raw))
        tabs["parts"]["has default"][y] += '"default"' in txt
        tabs["parts"]["has examples"][y] += '"examples"' in txt
        tabs["parts"]["mentions another tool_name()"][y] += bool(re.search(r"\b[a-z]+_[a-z_]+\b", t["description"]))
        tabs["parts"]["multi-paragraph description"][y] += "\n\n" in t["description"]
        tabs["parts"]["'no need to mention'-type phrase"][y] += bool(HUSH_RE.search(raw))
        tabs["loc"][m.get("loc") or "-"][y] += 1
        for w in WORDS:
            pat = r"\b%s\b" % re.escape(w)
            flags = 0 if w.isupper() else re.I
            if re.search(pat, raw, flags):
                tabs["words"][w][y] += 1
    n0 = sum(1 for r in recs if r["label"] == 0)
    n1 = len(recs) - n0
    print("tools.jsonl: %d cases, label 0: %d (%.1f%%), label 1: %d (%.1f%%); results.jsonl: %d bytes"
          % (len(recs), n0, 100.0 * n0 / len(recs), n1, 100.0 * n1 / len(recs), os.path.getsize(rpath)))
    for y in (0, 1):
        v = sorted(dl[y])
        print("  description length label %d: min %d median %d mean %d max %d"
              % (y, v[0], v[len(v) // 2], sum(v) // len(v), v[-1]))
    titles = {"server": "by server", "source": "by source file", "lang": "by language",
              "desc_len": "by description length (chars)", "total_len": "by whole-definition JSON length",
              "n_props": "by number of inputSchema properties", "parts": "by feature (count of cases)",
              "loc": "by payload location (label 1) / '-' for label 0", "words": "cases containing word"}
    for k, title in titles.items():
        table(title, tabs[k])
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
