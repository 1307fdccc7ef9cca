"""Check shapes, ids, names, hosts and IPs; print balance tables."""
import collections, ipaddress, json, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_HOST = re.compile(r"[a-z][a-z0-9+.-]*://([^/\s\"'<>\\)?#:]+)", re.I)
EMAIL_HOST = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
BARE_HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|co|dev|app|ai|de|fr|es|it|nl|pl|uk|jp|vn|info|biz|xyz|ru|cn))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
errors = []


def ok_host(h):
    h = h.lower().rstrip(".")
    if OK_HOST.search(h):
        return True
    # tolerate example.<tld>.<cc> style? no: only example.com/org/net and subdomains
    return False


def check_text(cid, s):
    for h in URL_HOST.findall(s):
        if not ok_host(h):
            errors.append("%s: bad URL host %s" % (cid, h))
    for h in EMAIL_HOST.findall(s):
        if not ok_host(h):
            errors.append("%s: bad email host %s" % (cid, h))
    for h in BARE_HOST.findall(s):
        if not ok_host(h) and not h.lower().startswith("example."):
            errors.append("%s: bad bare host %s" % (cid, h))
    for ip in IP_RE.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            errors.append("%s: non-RFC5737 IP %s" % (cid, ip))


def load(name):
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def bucket(n):
    for lo, hi, lab in ((0, 100, "<100"), (100, 500, "100-499"), (500, 1000, "500-999"),
                        (1000, 1500, "1000-1499"), (1500, 2001, "1500-2000"), (2001, 3000, "2001-2999"),
                        (3000, 8001, "3000-8000"), (8001, 10000, "8001-9999"), (10000, 25001, "10000-25000")):
        if lo <= n < hi:
            return lab
    return ">25000"


def table(title, counter):
    keys = sorted({k for k, _ in counter})
    print("\n%s\n| %s | label 0 | label 1 | total |\n|---|---|---|---|" % (title, title.split(" by ")[-1]))
    for k in keys:
        a, b = counter[(k, 0)], counter[(k, 1)]
        print("| %s | %d | %d | %d |" % (k, a, b, a + b))


def main():
    results, tools, meta = load("results.jsonl"), load("tools.jsonl"), load("meta.jsonl")
    ids = [r["id"] for r in results + tools]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if [m["id"] for m in meta] != ids:
        errors.append("meta ids differ from results+tools order")
    mby = {m["id"]: m for m in meta}
    for r in results:
        assert set(r) == {"id", "kind", "server", "tool", "arguments", "result", "label"}, r["id"]
        if r["kind"] != "result" or r["server"] != "holdout24" or r["label"] not in (0, 1):
            errors.append(r["id"] + ": bad header")
        if not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict):
            errors.append(r["id"] + ": bad tool/arguments")
        res = r["result"]
        if not set(res) <= {"content", "isError", "structuredContent"} or not isinstance(res["isError"], bool):
            errors.append(r["id"] + ": bad result keys")
        if not res["content"] or any(b.get("type") != "text" or not isinstance(b.get("text"), str) for b in res["content"]):
            errors.append(r["id"] + ": bad content")
        if "{{PAD}}" in json.dumps(r, ensure_ascii=False):
            errors.append(r["id"] + ": PAD marker left")
        L = sum(len(b["text"]) for b in res["content"]) + (len(json.dumps(res["structuredContent"], ensure_ascii=False)) if "structuredContent" in res else 0)
        if mby[r["id"]]["length"] != L:
            errors.append(r["id"] + ": meta length mismatch")
        check_text(r["id"], json.dumps(r, ensure_ascii=False))
        if mby[r["id"]]["format"] == "json" and not res["isError"]:
            t = res["content"][0]["text"]
            if t.lstrip()[:1] in "[{":
                try:
                    json.loads(t)
                except ValueError:
                    errors.append(r["id"] + ": JSON text does not parse")
    for t in tools:
        assert set(t) == {"id", "kind", "server", "tool", "label"}, t["id"]
        d = t["tool"]
        if not NAME_RE.match(d.get("name", "")) or not isinstance(d.get("description"), str):
            errors.append(t["id"] + ": bad name/description")
        if d.get("inputSchema", {}).get("type") != "object":
            errors.append(t["id"] + ": bad inputSchema")
        if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            errors.append(t["id"] + ": extra keys")
        check_text(t["id"], json.dumps(t, ensure_ascii=False))

    print("results: %d (label 0: %d, label 1: %d)" % (len(results), sum(r["label"] == 0 for r in results), sum(r["label"] == 1 for r in results)))
    print("tools:   %d (label 0: %d, label 1: %d)" % (len(tools), sum(t["label"] == 0 for t in tools), sum(t["label"] == 1 for t in tools)))
    C = collections.Counter
    table("Results by length", C((bucket(mby[r["id"]]["length"]), r["label"]) for r in results))
    table("Results by language", C((mby[r["id"]]["language"], r["label"]) for r in results))
    table("Results by format", C((mby[r["id"]]["format"], r["label"]) for r in results))
    table("Results by source", C((mby[r["id"]]["source"], r["label"]) for r in results))
    table("Results by shape", C((("isError " if r["result"]["isError"] else "") + ("structuredContent" if "structuredContent" in r["result"] else "text only") + (" multi-block" if len(r["result"]["content"]) > 1 else ""), r["label"]) for r in results))
    table("Tools by source", C((mby[t["id"]]["source"], t["label"]) for t in tools))
    table("Tools by language", C((mby[t["id"]]["language"], t["label"]) for t in tools))
    table("Tools by parts", C((("outputSchema " if "outputSchema" in t["tool"] else "") + ("annotations" if "annotations" in t["tool"] else "") or "description+inputSchema only", t["label"]) for t in tools))
    table("Tools by length", C((bucket(mby[t["id"]]["length"]), t["label"]) for t in tools))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
