"""Check shapes, ids, hosts and IPs; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\|`,;]+)")
MAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
BARE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|co|dev|app|ai|info|biz|xyz|ru|cn|tk|top|site|online|me|us|uk|ly))\b")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
SERVERS = {"bikeshare", "foodbank", "solarfit", "theatrebox", "hostelhub",
           "recyclepro", "labsample", "chatarchive"}
errors = []


def ok_host(h):
    h = h.lower().split(":")[0].split("@")[-1].rstrip(".")
    if IPV4.fullmatch(h):
        return ok_ip(h)
    if h in ("localhost",):
        return True
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def ok_ip(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return any(a in n for n in NETS)


def scan(cid, s):
    for m in URL.finditer(s):
        if not ok_host(m.group(1)):
            errors.append(f"{cid}: bad url host {m.group(1)}")
    for m in MAIL.finditer(s):
        if not ok_host(m.group(1)):
            errors.append(f"{cid}: bad mail host {m.group(1)}")
    for m in BARE.finditer(s):
        if not ok_host(m.group(1)):
            errors.append(f"{cid}: bad bare host {m.group(1)}")
    for m in IPV4.finditer(s):
        if not ok_ip(m.group(1)):
            errors.append(f"{cid}: bad ip {m.group(1)}")


def read(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def bucket(n):
    for lim, lab in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (1500, "1000-1499"),
                     (2001, "1500-2000"), (3000, "2001-2999"), (8001, "3000-8000"),
                     (10000, "8001-9999"), (25001, "10000-25000")):
        if n < lim:
            return lab
    return ">25000"


def table(title, rows, key):
    c = collections.Counter()
    for r in rows:
        c[(key(r), r["label"])] += 1
    keys = sorted({k for k, _ in c}, key=str)
    print(f"\n{title}")
    print(f"  {'':24s} {'0':>5s} {'1':>5s} {'all':>5s}")
    for k in keys:
        print(f"  {str(k):24s} {c[(k, 0)]:5d} {c[(k, 1)]:5d} {c[(k, 0)] + c[(k, 1)]:5d}")


def main():
    res, tools, meta = read("results.jsonl"), read("tools.jsonl"), read("meta.jsonl")
    ids = [r["id"] for r in res + tools]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    mids = {m["id"]: m for m in meta}
    if set(mids) != set(ids) or len(meta) != len(ids):
        errors.append("meta ids do not match cases")
    for r in res:
        cid = r["id"]
        if list(r) != ["id", "kind", "server", "tool", "arguments", "result", "label"]:
            errors.append(f"{cid}: keys {list(r)}")
        if not re.fullmatch(r"h39-r-\d{4}", cid) or r["kind"] != "result":
            errors.append(f"{cid}: id/kind")
        if r["server"] not in SERVERS or r["label"] not in (0, 1):
            errors.append(f"{cid}: server/label")
        if not NAME.match(r["tool"]) or not isinstance(r["arguments"], dict):
            errors.append(f"{cid}: tool/arguments")
        res_ = r["result"]
        if not isinstance(res_.get("isError"), bool) or not res_.get("content"):
            errors.append(f"{cid}: result shape")
        for b in res_["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                errors.append(f"{cid}: block")
        if "structuredContent" in res_ and not isinstance(res_["structuredContent"], dict):
            errors.append(f"{cid}: structuredContent")
        m = mids.get(cid, {})
        if m.get("length") != sum(len(b["text"]) for b in res_["content"]):
            errors.append(f"{cid}: meta length")
        if m.get("format") == "json":
            try:
                json.loads(res_["content"][0]["text"])
            except ValueError as e:
                errors.append(f"{cid}: json text does not parse: {e}")
        scan(cid, json.dumps(r, ensure_ascii=False))
    for t in tools:
        cid = t["id"]
        if list(t) != ["id", "kind", "server", "tool", "label"] or t["kind"] != "tool":
            errors.append(f"{cid}: keys")
        if not re.fullmatch(r"h39-t-\d{4}", cid) or t["server"] not in SERVERS or t["label"] not in (0, 1):
            errors.append(f"{cid}: id/server/label")
        tool = t["tool"]
        if not NAME.match(tool.get("name", "")):
            errors.append(f"{cid}: tool name {tool.get('name')}")
        if not isinstance(tool.get("description"), str) or tool.get("inputSchema", {}).get("type") != "object":
            errors.append(f"{cid}: tool shape")
        for k in tool:
            if k not in ("name", "description", "inputSchema", "outputSchema", "annotations"):
                errors.append(f"{cid}: tool key {k}")
        scan(cid, json.dumps(t, ensure_ascii=False))
    names = collections.Counter((t["server"], t["tool"]["name"]) for t in tools)
    for k, v in names.items():
        if v > 1:
            errors.append(f"duplicate tool name {k}")

    for r in res + tools:
        m = mids[r["id"]]
        r["_lang"], r["_len"], r["_fmt"], r["_src"] = m["language"], m["length"], m["format"], m["source"]
    n0 = sum(r["label"] == 0 for r in res)
    t0 = sum(t["label"] == 0 for t in tools)
    print(f"results {len(res)}: label0 {n0} ({n0 / len(res):.0%}), label1 {len(res) - n0}")
    print(f"tools   {len(tools)}: label0 {t0} ({t0 / len(tools):.0%}), label1 {len(tools) - t0}")
    table("results by server", res, lambda r: r["server"])
    table("tools by server", tools, lambda r: r["server"])
    table("results by source", res, lambda r: r["_src"])
    table("tools by source", tools, lambda r: r["_src"])
    table("results by length", res, lambda r: bucket(r["_len"]))
    table("results by language", res, lambda r: r["_lang"])
    table("results by format", res, lambda r: r["_fmt"])
    table("results isError", res, lambda r: r["result"]["isError"])
    table("results blocks>1 / structuredContent", res,
          lambda r: f"blocks={len(r['result']['content'])} sc={'structuredContent' in r['result']}")
    table("tools with annotations / outputSchema", tools,
          lambda t: f"ann={'annotations' in t['tool']} out={'outputSchema' in t['tool']}")
    table("tools by language", tools, lambda r: r["_lang"])
    nonen = sum(r["_lang"] != "en" for r in res)
    print(f"\nnon-English results: {nonen} ({nonen / len(res):.0%})")
    if errors:
        print(f"\n{len(errors)} PROBLEMS")
        for e in errors[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: no problems")


if __name__ == "__main__":
    main()
