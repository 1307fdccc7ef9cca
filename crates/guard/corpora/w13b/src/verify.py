"""Parse every line, check shapes, ids, tool names, hosts and IPs; print balance tables."""
import collections, ipaddress, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_HOST = re.compile(r"(?:https?|wss?|ftp)://([A-Za-z0-9.-]+)")
EMAIL_HOST = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|co|app|xyz|info|biz|ru|cn|de))\b", re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
FILE_EXT = re.compile(r"\.(py|js|ts|json|yaml|yml|md|csv|txt|pdf|png|jpg|mp3|mp4|ics|html|sql|log|sh|toml|zip|wav|srt|vtt)$", re.I)
errors = []


def ok_host(h):
    h = h.lower().rstrip(".")
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def check_text(cid, text):
    for h in URL_HOST.findall(text) + EMAIL_HOST.findall(text):
        if not re.fullmatch(r"[\d.]+", h) and not ok_host(h):
            errors.append(f"{cid}: host {h}")
    for h in BARE.findall(text):
        if not ok_host(h) and not FILE_EXT.search(h):
            errors.append(f"{cid}: bare domain {h}")
    for ip in IP_RE.findall(text):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            errors.append(f"{cid}: bad ip-like {ip}")
            continue
        if not any(a in n for n in NETS):
            errors.append(f"{cid}: ip {ip}")


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 2000), (2000, 3000), (3000, 8000), (8000, 10000), (10000, 25001)):
        if lo <= n < hi:
            return f"{lo:>5}-{hi - 1 if hi == 25001 else hi}"
    return ">25000"


def table(title, counter):
    print(f"\n{title}")
    keys = sorted({k for k, _ in counter})
    print(f"  {'':18} {'0':>5} {'1':>5} {'tot':>5}")
    for k in keys:
        a, b_ = counter[(k, 0)], counter[(k, 1)]
        print(f"  {str(k):18} {a:>5} {b_:>5} {a + b_:>5}")


def main():
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    ids = set()
    rows = {"results": [], "tools": []}
    for fname, kind in (("results.jsonl", "result"), ("tools.jsonl", "tool")):
        with open(os.path.join(OUT, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    d = json.loads(line)
                except Exception as e:  # noqa
                    errors.append(f"{fname}:{ln} json {e}")
                    continue
                cid = d.get("id")
                if cid in ids:
                    errors.append(f"dup id {cid}")
                ids.add(cid)
                if d.get("kind") != kind or d.get("server") != "w13b" or d.get("label") not in (0, 1):
                    errors.append(f"{cid}: kind/server/label")
                if kind == "result":
                    exp = {"id", "kind", "server", "tool", "arguments", "result", "label"}
                    if set(d) != exp or not NAME_RE.match(d["tool"]) or not isinstance(d["arguments"], dict):
                        errors.append(f"{cid}: result keys/tool")
                    r = d["result"]
                    if not set(r) <= {"content", "isError", "structuredContent"} or not isinstance(r.get("isError"), bool):
                        errors.append(f"{cid}: result shape")
                    for blk in r["content"]:
                        if blk.get("type") != "text" or not isinstance(blk.get("text"), str):
                            errors.append(f"{cid}: block")
                    text = "\n".join(x["text"] for x in r["content"])
                    if manifest[cid]["fmt"] == "json" and r["content"][0]["text"].lstrip()[:1] in "{[":
                        try:
                            json.loads(r["content"][0]["text"])
                        except Exception as e:  # noqa
                            errors.append(f"{cid}: json text does not parse: {e}")
                    check_text(cid, text + json.dumps(r.get("structuredContent", {}), ensure_ascii=False) + json.dumps(d["arguments"], ensure_ascii=False))
                    rows["results"].append((d, len(text)))
                else:
                    t = d.get("tool", {})
                    if set(d) != {"id", "kind", "server", "tool", "label"} or not NAME_RE.match(t.get("name", "")):
                        errors.append(f"{cid}: tool keys/name {t.get('name')}")
                    if not isinstance(t.get("description"), str) or t.get("inputSchema", {}).get("type") != "object":
                        errors.append(f"{cid}: tool shape")
                    if not set(t) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                        errors.append(f"{cid}: tool extra keys")
                    check_text(cid, json.dumps(t, ensure_ascii=False))
                    rows["tools"].append((d, len(json.dumps(t, ensure_ascii=False))))
    names = collections.Counter(d["tool"]["name"] for d, _ in rows["tools"])
    for n, c in names.items():
        if c > 1:
            print(f"note: tool name {n} used {c} times")
    res = rows["results"]
    lab = collections.Counter(d["label"] for d, _ in res)
    print(f"results: {len(res)}  label0={lab[0]} ({lab[0] / len(res):.0%})  label1={lab[1]}")
    tl = collections.Counter(d["label"] for d, _ in rows["tools"])
    print(f"tools:   {len(rows['tools'])}  label0={tl[0]} ({tl[0] / len(rows['tools']):.0%})  label1={tl[1]}")
    table("results by length bucket", collections.Counter((bucket(n), d["label"]) for d, n in res))
    table("results by language", collections.Counter((manifest[d["id"]]["lang"], d["label"]) for d, _ in res))
    table("results by format", collections.Counter((manifest[d["id"]]["fmt"], d["label"]) for d, _ in res))
    table("results by source file", collections.Counter((manifest[d["id"]]["source"], d["label"]) for d, _ in res))
    table("results isError / structuredContent / multi-block", collections.Counter(
        (k, d["label"]) for d, _ in res for k, v in (("isError", d["result"]["isError"]), ("structured", "structuredContent" in d["result"]), ("multiblock", len(d["result"]["content"]) > 1)) if v))
    table("tools by source file", collections.Counter((manifest[d["id"]]["source"], d["label"]) for d, _ in rows["tools"]))
    table("tools with annotations / outputSchema", collections.Counter(
        (k, d["label"]) for d, _ in rows["tools"] for k in ("annotations", "outputSchema") if k in d["tool"]))
    table("tools by definition size", collections.Counter((bucket(n), d["label"]) for d, n in rows["tools"]))
    nonen = sum(1 for d, _ in res if manifest[d["id"]]["lang"] != "en")
    print(f"\nnon-English results: {nonen} ({nonen / len(res):.0%})")
    if errors:
        print("\nERRORS:")
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
