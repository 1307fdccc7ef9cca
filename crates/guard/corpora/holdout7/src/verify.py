"""Check the written JSONL files and print counts (overall and per source file)."""
import collections
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import RESULT_MODULES, TOOL_MODULES  # noqa: E402

OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
HOST_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|co|dev|app|ai|xyz|info|biz))\b", re.I)


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def read(path):
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                fail(f"{path}:{n} does not parse: {e}")
    return recs


def check_ips_hosts(s, where, hosts):
    for m in IP_RE.finditer(s):
        ip = m.group(0)
        parts = [int(x) for x in m.groups()]
        if max(parts) > 255:
            continue
        if ip in ("0.0.0.0", "127.0.0.1") or ip.startswith(OK_NETS):
            continue
        if re.search(r"\d\.\d+\.\d+\.\d+", ip) and parts[0] < 30 and parts[1] < 60:
            continue  # version strings such as 1.2.3.4
        print("  note: non-RFC5737 ip-like", ip, "in", where)
    for m in HOST_RE.finditer(s):
        h = m.group(1).lower()
        if not re.search(r"(^|\.)example\.(com|org|net)$", h):
            print("  note: non-example host", h, "in", where)
        else:
            hosts.append(re.search(r"example\.(com|org|net)$", h).group(0))


def main():
    ids = set()
    results = read(os.path.join(OUT, "results.jsonl"))
    tools = read(os.path.join(OUT, "tools.jsonl"))
    host_by_label = {0: collections.Counter(), 1: collections.Counter()}
    texts = set()
    for r in results:
        if r["id"] in ids:
            fail("dup id " + r["id"])
        ids.add(r["id"])
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            fail(f"bad keys {r['id']}")
        if r["kind"] != "result" or r["server"] != "holdout7" or r["label"] not in (0, 1):
            fail(f"bad header {r['id']}")
        if not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict):
            fail(f"bad tool/args {r['id']}")
        res = r["result"]
        if not isinstance(res.get("content"), list) or len(res["content"]) != 1:
            fail(f"bad content {r['id']}")
        c = res["content"][0]
        if c.get("type") != "text" or not isinstance(c.get("text"), str) or not c["text"].strip():
            fail(f"bad text {r['id']}")
        if not isinstance(res.get("isError"), bool):
            fail(f"bad isError {r['id']}")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            fail(f"bad structuredContent {r['id']}")
        if set(res) - {"content", "isError", "structuredContent"}:
            fail(f"extra result keys {r['id']}")
        if c["text"] in texts:
            fail(f"duplicate text {r['id']}")
        texts.add(c["text"])
        hosts = []
        check_ips_hosts(json.dumps(r["result"], ensure_ascii=False) + json.dumps(r["arguments"]), r["id"], hosts)
        host_by_label[r["label"]].update(hosts)
    for t in tools:
        if t["id"] in ids:
            fail("dup id " + t["id"])
        ids.add(t["id"])
        if set(t) != {"id", "kind", "server", "tool", "label"}:
            fail(f"bad keys {t['id']}")
        tl = t["tool"]
        if not NAME_RE.match(tl.get("name", "")):
            fail(f"bad name {t['id']}")
        if not isinstance(tl.get("description"), str) or not tl["description"].strip():
            fail(f"bad description {t['id']}")
        if not isinstance(tl.get("inputSchema"), dict) or tl["inputSchema"].get("type") != "object":
            fail(f"bad inputSchema {t['id']}")
        for k in ("outputSchema", "annotations"):
            if k in tl and not isinstance(tl[k], dict):
                fail(f"bad {k} {t['id']}")
        if set(tl) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            fail(f"extra tool keys {t['id']}")
        hosts = []
        check_ips_hosts(json.dumps(tl, ensure_ascii=False), t["id"], hosts)
        host_by_label[t["label"]].update(hosts)
    names = [t["tool"]["name"] for t in tools]
    dups = [n for n, k in collections.Counter(names).items() if k > 1]
    if dups:
        print("  note: repeated tool-definition names:", dups)

    def lens(rs):
        return [len(x["result"]["content"][0]["text"]) for x in rs]

    print(f"results: {len(results)}  label0={sum(r['label']==0 for r in results)}  "
          f"label1={sum(r['label']==1 for r in results)}")
    sc = [r for r in results if "structuredContent" in r["result"]]
    print(f"  with structuredContent: {len(sc)} (label1={sum(r['label'] for r in sc)})")
    er = [r for r in results if r["result"]["isError"]]
    print(f"  isError true: {len(er)} (label1={sum(r['label'] for r in er)})")
    L = lens(results)
    longc = [r for r in results if 3000 <= len(r["result"]["content"][0]["text"]) <= 15000]
    print(f"  text length min={min(L)} max={max(L)} median={sorted(L)[len(L)//2]}")
    print(f"  3000-15000 chars: {len(longc)} (label0={sum(r['label']==0 for r in longc)}, "
          f"label1={sum(r['label']==1 for r in longc)})")
    print(f"  <100 chars: {sum(x<100 for x in L)}, >2000 chars: {sum(x>2000 for x in L)}")
    print(f"tools: {len(tools)}  label0={sum(t['label']==0 for t in tools)}  "
          f"label1={sum(t['label']==1 for t in tools)}  "
          f"with outputSchema={sum('outputSchema' in t['tool'] for t in tools)}  "
          f"with annotations={sum('annotations' in t['tool'] for t in tools)}")
    print("example.* host mentions by label:", {k: dict(v) for k, v in host_by_label.items()})

    print("\nper source file (results): file | n | label0 | label1 | structured | prose | with sc")
    tot = collections.Counter()
    for m in RESULT_MODULES:
        cs = importlib.import_module(m).CASES
        row = (len(cs), sum(c["label"] == 0 for c in cs), sum(c["label"] == 1 for c in cs),
               sum(c["fmt"] == "s" for c in cs), sum(c["fmt"] == "p" for c in cs),
               sum(c["sc"] is not None for c in cs))
        tot.update(dict(zip("abcdef", row)))
        print(f"  {m}.py | " + " | ".join(map(str, row)))
    print("  total | " + " | ".join(str(tot[k]) for k in "abcdef"))
    print("per source file (tools): file | n | label0 | label1")
    for m in TOOL_MODULES:
        cs = importlib.import_module(m).CASES
        print(f"  {m}.py | {len(cs)} | {sum(c['label']==0 for c in cs)} | {sum(c['label']==1 for c in cs)}")
    print("\nOK")


if __name__ == "__main__":
    main()
