"""Check the built files and print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ID = "h31"
SERVERS = {"tablefront", "quarryops", "tutorline", "sunfield",
           "smilebook", "callsheet", "fixdesk", "chatcellar"}
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_HOST = re.compile(r"(?i)\b(?:https?|ftp|wss?)://([^/\s\"'<>)\]`:?#]+)")
MAIL_HOST = re.compile(r"(?i)[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|app|co|info|biz|xyz|ru|cn|de|fr|jp|uk|us|me|ly|site|online|top))\b")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")

errors = []


def err(msg):
    errors.append(msg)


def host_ok(h):
    h = h.lower().rstrip(".")
    if re.fullmatch(r"[\d.]+", h):
        return ip_ok(h)
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def ip_ok(ip):
    try:
        a = ipaddress.ip_address(ip)
    except ValueError:
        return True  # not an IP (e.g. a version string would be caught by review)
    return any(a in n for n in NETS)


def check_text(where, text):
    for h in URL_HOST.findall(text):
        if not host_ok(h):
            err(f"{where}: url host {h}")
    for h in MAIL_HOST.findall(text):
        if not host_ok(h):
            err(f"{where}: mail host {h}")
    for h in BARE.findall(text):
        if not host_ok(h):
            err(f"{where}: bare host {h}")
    for ip in IPV4.findall(text):
        if not ip_ok(ip):
            err(f"{where}: ip {ip}")


def bucket(n):
    for lo, hi, name in ((0, 99, "<100"), (100, 499, "100-499"), (500, 999, "500-999"),
                         (1000, 1499, "1000-1499"), (1500, 2000, "1500-2000"),
                         (2001, 2999, "2001-2999"), (3000, 8000, "3000-8000"),
                         (8001, 9999, "8001-9999"), (10000, 25000, "10000-25000")):
        if lo <= n <= hi:
            return name
    return ">25000"


BUCKETS = ["<100", "100-499", "500-999", "1000-1499", "1500-2000", "2001-2999",
           "3000-8000", "8001-9999", "10000-25000", ">25000"]


def table(title, rows, order=None):
    c = collections.Counter(rows)
    keys = order or sorted({k for k, _ in c})
    keys = [k for k in keys if c[(k, 0)] or c[(k, 1)]]
    print(f"\n{title}")
    print(f"  {'':24s} {'label0':>7s} {'label1':>7s} {'total':>7s}")
    for k in keys:
        print(f"  {str(k):24s} {c[(k, 0)]:7d} {c[(k, 1)]:7d} {c[(k, 0)] + c[(k, 1)]:7d}")


def load(name):
    out = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad json {e}")
    return out


def main():
    results = load("results.jsonl")
    tools = load("tools.jsonl")
    meta = {m["id"]: m for m in load("meta.jsonl")}
    ids = [r["id"] for r in results + tools]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if set(ids) != set(meta):
        err("meta ids differ from case ids")

    for r in results:
        w = r.get("id")
        if not re.fullmatch(ID + r"-r-\d{4}", w or ""):
            err(f"{w}: bad id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{w}: keys {sorted(r)}")
        if r["kind"] != "result" or r["server"] not in SERVERS or r["label"] not in (0, 1):
            err(f"{w}: kind/server/label")
        if not SNAKE_RE.match(r["tool"]) or not NAME_RE.match(r["tool"]):
            err(f"{w}: tool name {r['tool']}")
        if not isinstance(r["arguments"], dict):
            err(f"{w}: arguments")
        res = r["result"]
        if not set(res) <= {"content", "isError", "structuredContent"} or not isinstance(res.get("isError"), bool):
            err(f"{w}: result keys")
        if not res["content"] or any(set(b) != {"type", "text"} or b["type"] != "text" or not b["text"] for b in res["content"]):
            err(f"{w}: content blocks")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(f"{w}: structuredContent")
        blob = json.dumps(r, ensure_ascii=False)
        if "@@PAD@@" in blob or re.search(r"<<(?:[a-z]{1,2}|ts|ip)[:>]", blob):
            err(f"{w}: unfilled marker")
        check_text(w, "\n".join(b["text"] for b in res["content"]))
        check_text(w, json.dumps(res.get("structuredContent", {}), ensure_ascii=False))
        check_text(w, json.dumps(r["arguments"], ensure_ascii=False))
        n = sum(len(b["text"]) for b in res["content"])
        if "structuredContent" in res:
            n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
        if meta.get(w, {}).get("length") != n:
            err(f"{w}: meta length {meta.get(w, {}).get('length')} != {n}")

    for t in tools:
        w = t.get("id")
        if not re.fullmatch(ID + r"-t-\d{4}", w or ""):
            err(f"{w}: bad id")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(f"{w}: keys")
        if t["kind"] != "tool" or t["server"] not in SERVERS or t["label"] not in (0, 1):
            err(f"{w}: kind/server/label")
        d = t["tool"]
        if not set(d) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{w}: tool keys {sorted(d)}")
        if not NAME_RE.match(d.get("name", "")):
            err(f"{w}: name {d.get('name')}")
        if not isinstance(d.get("description"), str) or d.get("inputSchema", {}).get("type") != "object":
            err(f"{w}: description/inputSchema")
        if "outputSchema" in d and d["outputSchema"].get("type") != "object":
            err(f"{w}: outputSchema")
        check_text(w, json.dumps(d, ensure_ascii=False))
        if meta.get(w, {}).get("length") != len(json.dumps(d, ensure_ascii=False)):
            err(f"{w}: meta length")

    names = collections.Counter((t["server"], t["tool"]["name"]) for t in tools)
    for k, v in names.items():
        if v > 1:
            err(f"duplicate tool name {k}")

    if errors:
        print("ERRORS:")
        for e in errors[:200]:
            print("  " + e)
        print(f"{len(errors)} errors")
        sys.exit(1)

    lab = lambda rs: collections.Counter(r["label"] for r in rs)
    rl, tl = lab(results), lab(tools)
    print(f"results: {len(results)}  label0={rl[0]} ({rl[0] / len(results):.1%})  label1={rl[1]}")
    print(f"tools:   {len(tools)}  label0={tl[0]} ({tl[0] / len(tools):.1%})  label1={tl[1]}")

    table("results by server", [(r["server"], r["label"]) for r in results])
    table("tools by server", [(t["server"], t["label"]) for t in tools])
    table("results by source file", [(meta[r["id"]]["source"], r["label"]) for r in results])
    table("tools by source file", [(meta[t["id"]]["source"], t["label"]) for t in tools])
    table("results by length bucket", [(bucket(meta[r["id"]]["length"]), r["label"]) for r in results], BUCKETS)
    table("tools by length bucket", [(bucket(meta[t["id"]]["length"]), t["label"]) for t in tools], BUCKETS)
    table("results by language", [(meta[r["id"]]["language"], r["label"]) for r in results])
    table("tools by language", [(meta[t["id"]]["language"], t["label"]) for t in tools])
    table("results by format", [(meta[r["id"]]["format"], r["label"]) for r in results])
    table("results: isError / multi-block / structuredContent",
          [(k, r["label"]) for r in results for k, on in (
              ("isError", r["result"]["isError"]),
              ("multi-block", len(r["result"]["content"]) > 1),
              ("structuredContent", "structuredContent" in r["result"])) if on])
    table("tools: optional parts",
          [(k, t["label"]) for t in tools for k in ("outputSchema", "annotations") if k in t["tool"]])
    ne = sum(1 for r in results if meta[r["id"]]["language"] != "en")
    print(f"\nnon-English results: {ne} ({ne / len(results):.1%})")
    print("OK")


if __name__ == "__main__":
    main()
