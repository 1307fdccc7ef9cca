"""Parse and check results.jsonl / tools.jsonl; print balance report."""
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
from common import result_len  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
URL_HOST_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/\s\"'<>]*@)?([^/\s:\"'<>)\]?#]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
BARE_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|co|dev|app|xyz|ru|cn|de|uk|info|biz|me|us|fr|es|jp|top|site|online|tk|gg|ly))\b")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
OK_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$", re.I)

errors = []


def err(msg):
    errors.append(msg)


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def check_text(cid, o):
    for s in strings(o):
        for m in IP_RE.finditer(s):
            parts = [int(x) for x in m.groups()]
            if max(parts) > 255:
                continue
            ip = ipaddress.ip_address(m.group(0))
            if not any(ip in n for n in NETS):
                err(f"{cid}: non-RFC5737 IP {m.group(0)}")
        hosts = set(URL_HOST_RE.findall(s)) | set(EMAIL_RE.findall(s)) | set(BARE_RE.findall(s))
        for h in hosts:
            h = h.strip(".").lower()
            if IP_RE.fullmatch(h) or h in ("localhost",):
                continue
            if "." not in h:
                continue
            if not OK_HOST.match(h):
                err(f"{cid}: bad host {h}")


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{path}:{n}: {e}")
    return rows


def bucket(n):
    for lo, hi in ((0, 100), (100, 300), (300, 600), (600, 1000), (1000, 1500),
                   (1500, 2000), (2000, 3000), (3000, 8000), (8000, 10000), (10000, 25001)):
        if lo <= n < hi:
            return f"{lo}-{hi - 1 if hi != 25001 else 25000}"
    return ">25000"


def main():
    res = load(os.path.join(OUT, "results.jsonl"))
    tls = load(os.path.join(OUT, "tools.jsonl"))
    ids = [r.get("id") for r in res + tls]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    for r in res:
        cid = r.get("id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{cid}: keys {sorted(r)}")
        if r["kind"] != "result" or r["server"] != build.SERVER or r["label"] not in (0, 1):
            err(f"{cid}: kind/server/label")
        if not NAME_RE.match(r["tool"]):
            err(f"{cid}: tool name {r['tool']}")
        if not isinstance(r["arguments"], dict):
            err(f"{cid}: arguments not object")
        rs = r["result"]
        if not isinstance(rs.get("content"), list) or not rs["content"]:
            err(f"{cid}: content")
        for b in rs["content"]:
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"]:
                err(f"{cid}: block shape")
        if not isinstance(rs.get("isError"), bool):
            err(f"{cid}: isError")
        if "structuredContent" in rs and not isinstance(rs["structuredContent"], dict):
            err(f"{cid}: structuredContent not object")
        if set(rs) - {"content", "isError", "structuredContent"}:
            err(f"{cid}: extra result keys")
        check_text(cid, r)
    for t in tls:
        cid = t.get("id")
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            err(f"{cid}: keys {sorted(t)}")
        if t["kind"] != "tool" or t["server"] != build.SERVER or t["label"] not in (0, 1):
            err(f"{cid}: kind/server/label")
        tool = t["tool"]
        if not NAME_RE.match(tool.get("name", "")):
            err(f"{cid}: tool name {tool.get('name')}")
        if not isinstance(tool.get("description"), str) or not tool["description"]:
            err(f"{cid}: description")
        sch = tool.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object":
            err(f"{cid}: inputSchema")
        if set(tool) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{cid}: extra tool keys")
        check_text(cid, t)
    names = collections.Counter(t["tool"]["name"] for t in tls)
    for n, c in names.items():
        if c > 1:
            err(f"duplicate tool name {n}")

    # cross-check with build metadata
    results, tools = build.collect()
    pub_r = [json.loads(json.dumps(build.public(c), ensure_ascii=False)) for c in results]
    pub_t = [json.loads(json.dumps(build.public(c), ensure_ascii=False)) for c in tools]
    if pub_r != res or pub_t != tls:
        err("JSONL files differ from build.collect(); rerun build.py")

    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print(f"{len(errors)} errors")
        sys.exit(1)

    L = collections.Counter(r["label"] for r in res)
    print(f"results: {len(res)}  label0={L[0]} ({L[0] / len(res):.1%})  label1={L[1]}")
    LT = collections.Counter(t["label"] for t in tls)
    print(f"tools:   {len(tls)}  label0={LT[0]} ({LT[0] / len(tls):.1%})  label1={LT[1]}")
    print("\nresults per source file (label0/label1):")
    src = collections.defaultdict(collections.Counter)
    for c in results + tools:
        src[c["_src"]][c["label"]] += 1
    for k in sorted(src):
        print(f"  {k:22s} {src[k][0]:4d} / {src[k][1]:4d}")
    print("\nresult length buckets (label0 / label1):")
    bk = collections.defaultdict(collections.Counter)
    order = []
    for c in results:
        b = bucket(result_len(c))
        bk[b][c["label"]] += 1
    keyf = lambda s: int(s.split("-")[0].strip(">"))  # noqa: E731
    for b in sorted(bk, key=keyf):
        print(f"  {b:>12s} {bk[b][0]:4d} / {bk[b][1]:4d}")
    for lab in (0, 1):
        ls = sorted(result_len(c) for c in results if c["label"] == lab and result_len(c) <= 2000)
        if ls:
            q = [ls[int(len(ls) * p)] for p in (0.1, 0.25, 0.5, 0.75, 0.9)]
            print(f"  label{lab} (<=2000) n={len(ls)} p10/25/50/75/90 = {q}")
    print("\nlanguages (label0 / label1):")
    lg = collections.defaultdict(collections.Counter)
    for c in results:
        lg[c["_lang"]][c["label"]] += 1
    nonen = sum(sum(v.values()) for k, v in lg.items() if k != "en")
    for k in sorted(lg, key=lambda k: -sum(lg[k].values())):
        print(f"  {k:4s} {lg[k][0]:4d} / {lg[k][1]:4d}")
    print(f"  non-English share: {nonen / len(res):.1%}")
    print("\nformats (label0 / label1):")
    fm = collections.defaultdict(collections.Counter)
    for c in results:
        fm[c["_fmt"]][c["label"]] += 1
    for k in sorted(fm, key=lambda k: -sum(fm[k].values())):
        print(f"  {k:10s} {fm[k][0]:4d} / {fm[k][1]:4d}")
    iserr = collections.Counter(r["label"] for r in res if r["result"]["isError"])
    multi = collections.Counter(r["label"] for r in res if len(r["result"]["content"]) > 1)
    scc = collections.Counter(r["label"] for r in res if "structuredContent" in r["result"])
    print(f"\nisError: {sum(iserr.values())} (0:{iserr[0]} 1:{iserr[1]})  multi-block: {sum(multi.values())} "
          f"(0:{multi[0]} 1:{multi[1]})  structuredContent: {sum(scc.values())} (0:{scc[0]} 1:{scc[1]})")
    ann = collections.Counter(t["label"] for t in tls if "annotations" in t["tool"])
    outs = sum(1 for t in tls if "outputSchema" in t["tool"])
    print(f"tools with annotations: {sum(ann.values())} ({sum(ann.values()) / len(tls):.0%}; 0:{ann[0]} 1:{ann[1]})  with outputSchema: {outs}")
    print("\nOK")


if __name__ == "__main__":
    main()
