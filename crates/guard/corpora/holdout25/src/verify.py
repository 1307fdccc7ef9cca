import json, os, re, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URLH = re.compile(r"(?:https?|ftp|wss?)://([A-Za-z0-9.-]+)")
MAILH = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
IP = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
OKIP = ("192.0.2.", "198.51.100.", "203.0.113.")


def host_ok(h):
    h = h.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net")) or h == "localhost"


def check_text(s, cid, errs):
    for h in URLH.findall(s) + MAILH.findall(s):
        if not host_ok(h) and not IP.fullmatch(h):
            errs.append("%s bad host %s" % (cid, h))
    for m in IP.finditer(s):
        ip = m.group(0)
        if not ip.startswith(OKIP) and not ip.startswith("127.0.0.") and not ip.startswith("0.0.0"):
            if all(int(x) <= 255 for x in m.groups()):
                errs.append("%s bad ip %s" % (cid, ip))


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"), (3000, "2000-2999"),
                      (8001, "3000-8000"), (10000, "8001-9999"), (25001, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def table(title, rows, key):
    c = collections.Counter((key(m), m["label"]) for m in rows)
    keys = sorted({k for k, _ in c})
    print("\n%s\n| %s | label 0 | label 1 |\n|---|---|---|" % (title, title))
    for k in keys:
        print("| %s | %d | %d |" % (k, c[(k, 0)], c[(k, 1)]))


def main():
    errs, ids = [], set()
    meta = {m["id"]: m for m in map(json.loads, open(os.path.join(OUT, "meta.jsonl"), encoding="utf-8"))}
    rows = []
    for fn, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        for line in open(os.path.join(OUT, fn), encoding="utf-8"):
            o = json.loads(line)
            cid = o["id"]
            if cid in ids: errs.append("dup " + cid)
            ids.add(cid)
            if o["kind"] != kind or o["server"] != "holdout25" or o["label"] not in (0, 1): errs.append("shape " + cid)
            if kind == "result":
                if set(o) != {"id", "kind", "server", "tool", "arguments", "result", "label"}: errs.append("keys " + cid)
                if not NAME.match(o["tool"]): errs.append("toolname " + cid)
                res = o["result"]
                if not isinstance(res["isError"], bool) or not res["content"]: errs.append("res " + cid)
                for b in res["content"]:
                    if b.get("type") != "text" or not isinstance(b.get("text"), str): errs.append("block " + cid)
            else:
                tl = o["tool"]
                if not NAME.match(tl["name"]): errs.append("name " + cid)
                if not isinstance(tl.get("description"), str) or tl["inputSchema"].get("type") != "object": errs.append("tshape " + cid)
            check_text(json.dumps(o, ensure_ascii=False), cid, errs)
            m = dict(meta[cid]); m["label"] = o["label"]; m["kind"] = kind; rows.append(m)
    if len(meta) != len(ids): errs.append("meta count mismatch")
    for e in errs: print("ERROR", e)
    res = [m for m in rows if m["kind"] == "result"]; tls = [m for m in rows if m["kind"] == "tool"]
    for name, grp in (("results", res), ("tools", tls)):
        c = collections.Counter(m["label"] for m in grp)
        print("%s: %d (label 0: %d, label 1: %d)" % (name, len(grp), c[0], c[1]))
    table("source (results)", res, lambda m: m["source"])
    table("source (tools)", tls, lambda m: m["source"])
    table("length (results)", res, lambda m: bucket(m["length"]))
    table("length (tools)", tls, lambda m: bucket(m["length"]))
    table("language (results)", res, lambda m: m["language"])
    table("language (tools)", tls, lambda m: m["language"])
    table("format (results)", res, lambda m: m["format"])
    print("\nOK" if not errs else "\nFAILED %d" % len(errs))


if __name__ == "__main__":
    main()
