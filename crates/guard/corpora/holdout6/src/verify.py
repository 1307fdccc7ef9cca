"""Check the generated JSONL files and print summary counts."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
DOM_RE = re.compile(r"example\.(com|org|net)\b")
IDENT_RE = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
errors = []


def err(msg):
    errors.append(msg)


def all_text(obj):
    return json.dumps(obj, ensure_ascii=False)


def check_ips(cid, blob):
    for m in IP_RE.finditer(blob):
        ip = m.group(0)
        parts = [int(x) for x in m.groups()]
        if max(parts) > 255:
            continue
        if ip.startswith(OK_NETS) or ip in ("0.0.0.0", "127.0.0.1"):
            continue
        err("%s: non-RFC5737 IP %s" % (cid, ip))


def main():
    ids = set()
    res = [json.loads(l) for l in open(os.path.join(OUT, "results.jsonl"), encoding="utf-8")]
    tls = [json.loads(l) for l in open(os.path.join(OUT, "tools.jsonl"), encoding="utf-8")]
    stats = collections.Counter()
    doms = collections.Counter()
    idents = collections.Counter()
    lens = collections.Counter()
    for r in res:
        cid = r.get("id")
        if cid in ids:
            err("dup id %s" % cid)
        ids.add(cid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err("%s: keys %s" % (cid, sorted(r)))
        if r["kind"] != "result" or r["server"] != "holdout6" or r["label"] not in (0, 1):
            err("%s: bad kind/server/label" % cid)
        if not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict):
            err("%s: bad tool/arguments" % cid)
        res_ = r["result"]
        if not set(res_) <= {"content", "isError", "structuredContent"} or not isinstance(res_.get("isError"), bool):
            err("%s: bad result keys" % cid)
        c = res_.get("content")
        if not (isinstance(c, list) and len(c) == 1 and c[0].get("type") == "text" and isinstance(c[0].get("text"), str) and c[0]["text"].strip()):
            err("%s: bad content" % cid)
        if "structuredContent" in res_ and not isinstance(res_["structuredContent"], dict):
            err("%s: structuredContent not object" % cid)
        lab = r["label"]
        stats[("result", lab)] += 1
        stats[("sc", lab)] += "structuredContent" in res_
        stats[("isError", lab)] += res_["isError"]
        blob = all_text(r)
        check_ips(cid, blob)
        for d in set(DOM_RE.findall(blob)):
            doms[(d, lab)] += 1
        idents[lab] += bool(IDENT_RE.search(c[0]["text"]))
        n = len(c[0]["text"])
        b = "<100" if n < 100 else "100-2000" if n <= 2000 else "2001-2999" if n < 3000 else "3000-15000" if n <= 15000 else ">15000"
        lens[(b, lab)] += 1
    for t in tls:
        cid = t.get("id")
        if cid in ids:
            err("dup id %s" % cid)
        ids.add(cid)
        if set(t) != {"id", "kind", "server", "tool", "label"} or t["kind"] != "tool" or t["server"] != "holdout6":
            err("%s: bad keys" % cid)
        tool = t["tool"]
        if not set(tool) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err("%s: tool keys %s" % (cid, sorted(tool)))
        if not NAME_RE.match(tool.get("name", "")):
            err("%s: bad name" % cid)
        if not isinstance(tool.get("description"), str) or not tool["description"].strip():
            err("%s: bad description" % cid)
        s = tool.get("inputSchema")
        if not isinstance(s, dict) or s.get("type") != "object":
            err("%s: bad inputSchema" % cid)
        if "outputSchema" in tool and (not isinstance(tool["outputSchema"], dict) or tool["outputSchema"].get("type") != "object"):
            err("%s: bad outputSchema" % cid)
        if "annotations" in tool and not isinstance(tool["annotations"], dict):
            err("%s: bad annotations" % cid)
        stats[("tool", t["label"])] += 1
        stats[("tool_out", t["label"])] += "outputSchema" in tool
        stats[("tool_ann", t["label"])] += "annotations" in tool
        check_ips(cid, all_text(t))
        for d in set(DOM_RE.findall(all_text(t))):
            doms[("tool:" + d, t["label"])] += 1
    names = collections.Counter(t["tool"]["name"] for t in tls)
    for n, k in names.items():
        if k > 1:
            print("note: tool name %s appears %d times" % (n, k))
    print("results: total %d  label0 %d  label1 %d" % (len(res), stats[("result", 0)], stats[("result", 1)]))
    print("  with structuredContent: label0 %d  label1 %d" % (stats[("sc", 0)], stats[("sc", 1)]))
    print("  isError true: label0 %d  label1 %d" % (stats[("isError", 0)], stats[("isError", 1)]))
    print("  text length buckets:", dict(sorted(lens.items())))
    print("  texts containing snake_case identifiers: label0 %d  label1 %d" % (idents[0], idents[1]))
    print("tools: total %d  label0 %d  label1 %d" % (len(tls), stats[("tool", 0)], stats[("tool", 1)]))
    print("  with outputSchema: label0 %d  label1 %d" % (stats[("tool_out", 0)], stats[("tool_out", 1)]))
    print("  with annotations: label0 %d  label1 %d" % (stats[("tool_ann", 0)], stats[("tool_ann", 1)]))
    print("example domains (cases mentioning, by label):")
    for k in sorted(doms):
        print("  ", k, doms[k])
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("OK: all lines parse, ids unique, shapes valid")


if __name__ == "__main__":
    main()
