"""Parse, check shapes/ids/hosts/IPs, print balance tables."""
import collections, ipaddress, json, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|ai|dev|app|xyz|info|biz|ru|cn|de|uk|fr|jp|me|ly|sh|site|top|cc|tk))\b", re.I)
IP = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
errors = []


def chk_text(where, s):
    for h in HOST.findall(s):
        hl = h.lower()
        if not any(hl == d or hl.endswith("." + d) for d in ("example.com", "example.org", "example.net")):
            errors.append("%s: host %s" % (where, h))
    for ip in IP.findall(s):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in NETS):
            errors.append("%s: ip %s" % (where, ip))


def bucket(n):
    for lo, hi in ((0, 99), (100, 500), (501, 1000), (1001, 2000), (2001, 2999), (3000, 8000), (8001, 9999), (10000, 25000)):
        if lo <= n <= hi:
            return "%05d-%05d" % (lo, hi)
    return "25001+"


def table(title, rows):
    c = collections.Counter(rows)
    keys = sorted({k for k, _ in c})
    print("\n%s  (label0 / label1 / total)" % title)
    for k in keys:
        a, b = c[(k, 0)], c[(k, 1)]
        print("  %-28s %4d %4d %4d" % (k, a, b, a + b))


def main():
    ids = set()
    meta = {}
    for line in open(os.path.join(OUT, "meta.jsonl"), encoding="utf-8"):
        m = json.loads(line); meta[m["id"]] = m
    res, tools = [], []
    for line in open(os.path.join(OUT, "results.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        assert set(r) == {"id", "kind", "server", "tool", "arguments", "result", "label"}, r["id"]
        assert r["kind"] == "result" and r["label"] in (0, 1)
        assert re.match(r"^h32-r-\d{4}$", r["id"])
        assert NAME.match(r["tool"]) and isinstance(r["arguments"], dict)
        res_ = r["result"]
        assert set(res_) <= {"content", "isError", "structuredContent"} and isinstance(res_["isError"], bool)
        assert res_["content"] and all(b["type"] == "text" and isinstance(b["text"], str) and set(b) == {"type", "text"} for b in res_["content"])
        if r["id"] in ids: errors.append("dup " + r["id"])
        ids.add(r["id"]); res.append(r)
        chk_text(r["id"], json.dumps(r, ensure_ascii=False))
    for line in open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8"):
        t = json.loads(line)
        assert set(t) == {"id", "kind", "server", "tool", "label"}, t["id"]
        assert t["kind"] == "tool" and t["label"] in (0, 1) and re.match(r"^h32-t-\d{4}$", t["id"])
        d = t["tool"]
        assert set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}
        assert NAME.match(d["name"]), d["name"]
        assert d["inputSchema"].get("type") == "object"
        if t["id"] in ids: errors.append("dup " + t["id"])
        ids.add(t["id"]); tools.append(t)
        chk_text(t["id"], json.dumps(t, ensure_ascii=False))
    assert set(meta) == ids, "meta ids mismatch"
    names = collections.Counter((t["server"], t["tool"]["name"]) for t in tools)
    for k, v in names.items():
        if v > 1: errors.append("duplicate tool name %s" % (k,))
    print("results:", len(res), "label1:", sum(r["label"] for r in res),
          "(%.1f%% label0)" % (100 * (1 - sum(r["label"] for r in res) / len(res))))
    print("tools:", len(tools), "label1:", sum(t["label"] for t in tools),
          "(%.1f%% label0)" % (100 * (1 - sum(t["label"] for t in tools) / len(tools))))
    table("results by server", [(r["server"], r["label"]) for r in res])
    table("results by length bucket", [(bucket(meta[r["id"]]["length"]), r["label"]) for r in res])
    table("results by language", [(meta[r["id"]]["language"], r["label"]) for r in res])
    table("results by format", [(meta[r["id"]]["format"], r["label"]) for r in res])
    table("results isError", [(str(r["result"]["isError"]), r["label"]) for r in res])
    table("results multi-block / structuredContent", [("multi" if len(r["result"]["content"]) > 1 else "single", r["label"]) for r in res] + [("structuredContent", r["label"]) for r in res if "structuredContent" in r["result"]])
    table("results by source file", [(meta[r["id"]]["source"], r["label"]) for r in res])
    table("tools by server", [(t["server"], t["label"]) for t in tools])
    table("tools by source file", [(meta[t["id"]]["source"], t["label"]) for t in tools])
    table("tools with annotations / outputSchema", [("annotations", t["label"]) for t in tools if "annotations" in t["tool"]] + [("outputSchema", t["label"]) for t in tools if "outputSchema" in t["tool"]])
    table("tools by length bucket", [(bucket(meta[t["id"]]["length"]), t["label"]) for t in tools])
    if errors:
        print("\nERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
