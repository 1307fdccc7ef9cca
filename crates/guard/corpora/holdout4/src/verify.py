"""Check the generated JSONL files and print counts."""
import collections
import csv
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
errors = []


def err(msg):
    errors.append(msg)


def check_results(path):
    ids = set()
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("results line %d: bad json %s" % (n, e)); continue
            if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
                err("results line %d: keys %s" % (n, sorted(r)))
            if r.get("id") in ids:
                err("dup id %s" % r.get("id"))
            ids.add(r.get("id"))
            if not re.fullmatch(r"h4-result-\d+", r.get("id", "")):
                err("bad id %s" % r.get("id"))
            if r.get("kind") != "result" or r.get("server") != "holdout4":
                err("%s kind/server" % r["id"])
            if not NAME_RE.match(r.get("tool", "")):
                err("%s bad tool name" % r["id"])
            if not isinstance(r.get("arguments"), dict):
                err("%s arguments not object" % r["id"])
            if r.get("label") not in (0, 1):
                err("%s label" % r["id"])
            res = r.get("result", {})
            if not set(res) <= {"content", "isError", "structuredContent"}:
                err("%s result keys" % r["id"])
            c = res.get("content")
            if not (isinstance(c, list) and c and all(x.get("type") == "text" and isinstance(x.get("text"), str) and x["text"] for x in c)):
                err("%s content" % r["id"])
            if not isinstance(res.get("isError"), bool):
                err("%s isError" % r["id"])
            if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
                err("%s structuredContent not object" % r["id"])
            rows.append(r)
    return rows


def check_tools(path):
    ids = set(); names = collections.Counter(); rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("tools line %d: bad json %s" % (n, e)); continue
            if set(r) != {"id", "kind", "server", "tool", "label"}:
                err("tools line %d keys" % n)
            if r["id"] in ids:
                err("dup id %s" % r["id"])
            ids.add(r["id"])
            t = r["tool"]
            if not set(t) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                err("%s tool keys %s" % (r["id"], sorted(t)))
            if not NAME_RE.match(t.get("name", "")):
                err("%s bad name %r" % (r["id"], t.get("name")))
            names[t["name"]] += 1
            if not isinstance(t.get("description"), str) or not t["description"]:
                err("%s description" % r["id"])
            s = t.get("inputSchema")
            if not (isinstance(s, dict) and s.get("type") == "object"):
                err("%s inputSchema" % r["id"])
            if "outputSchema" in t and not (isinstance(t["outputSchema"], dict) and t["outputSchema"].get("type") == "object"):
                err("%s outputSchema" % r["id"])
            if "annotations" in t and not isinstance(t["annotations"], dict):
                err("%s annotations" % r["id"])
            if r["label"] not in (0, 1):
                err("%s label" % r["id"])
            rows.append(r)
    for k, v in names.items():
        if v > 1:
            print("note: tool name used %d times: %s" % (v, k))
    return rows


def main():
    res = check_results(os.path.join(OUT, "results.jsonl"))
    tools = check_tools(os.path.join(OUT, "tools.jsonl"))
    man = list(csv.DictReader(open(os.path.join(OUT, "manifest.csv"), encoding="utf-8")))
    lab = collections.Counter(r["label"] for r in res)
    sc = sum("structuredContent" in r["result"] for r in res)
    iserr = collections.Counter(r["label"] for r in res if r["result"]["isError"])
    lens = [len(r["result"]["content"][0]["text"]) for r in res]
    long_ = collections.Counter(r["label"] for r, L in zip(res, lens) if 3000 <= L <= 12000)
    print("results: %d  label0=%d label1=%d  structuredContent=%d  isError=%s" % (len(res), lab[0], lab[1], sc, dict(iserr)))
    print("  lengths: min=%d max=%d  <100:%d 100-2000:%d 2000-3000:%d 3000-12000:%d (by label %s) >12000:%d" % (
        min(lens), max(lens), sum(L < 100 for L in lens), sum(100 <= L <= 2000 for L in lens),
        sum(2000 < L < 3000 for L in lens), sum(3000 <= L <= 12000 for L in lens), dict(long_), sum(L > 12000 for L in lens)))
    tl = collections.Counter(r["label"] for r in tools)
    print("tools: %d  label0=%d label1=%d  with outputSchema=%d annotations=%d" % (
        len(tools), tl[0], tl[1], sum("outputSchema" in r["tool"] for r in tools), sum("annotations" in r["tool"] for r in tools)))
    per = collections.defaultdict(collections.Counter)
    for m in man:
        k = per[m["source_file"]]
        k["n"] += 1; k["l" + m["label"]] += 1; k[m["format"]] += 1; k["sc"] += int(m["has_structuredContent"])
    print("\n| source file | cases | label 0 | label 1 | structured | prose | structuredContent |")
    print("|---|---|---|---|---|---|---|")
    tot = collections.Counter()
    for f in sorted(per):
        k = per[f]; tot.update(k)
        print("| %s | %d | %d | %d | %s | %s | %d |" % (f, k["n"], k["l0"], k["l1"],
              k["structured"] if k["tool"] == 0 else "-", k["prose"] if k["tool"] == 0 else "-", k["sc"]))
    print("| total | %d | %d | %d | %d | %d | %d |" % (tot["n"], tot["l0"], tot["l1"], tot["structured"], tot["prose"], tot["sc"]))
    fmt = collections.Counter((m["format"], m["label"]) for m in man)
    print("format x label:", dict(fmt))
    if errors:
        print("\nERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
