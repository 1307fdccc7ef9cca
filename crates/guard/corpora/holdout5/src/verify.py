"""Validate results.jsonl and tools.jsonl and print counts."""
import collections
import ipaddress
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
DOM_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|de|fr|es|jp|br|nl|dk|se|no|it|pl|gov))\b", re.I)
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "127.0.0.0/8", "0.0.0.0/32")]
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON {e}")
    return rows


def all_text(o):
    return json.dumps(o, ensure_ascii=False)


def check_net(rid, blob, label, domstats):
    for ip in IP_RE.findall(blob):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            continue
        if not any(a in n for n in ALLOWED_NETS):
            err(f"{rid}: non-documentation IP {ip}")
    for d in set(x.lower() for x in DOM_RE.findall(blob)):
        if re.search(r"(^|\.)example\.(com|org|net)$", d):
            domstats[label][re.search(r"example\.(com|org|net)$", d).group(0)] += 1
        elif d in ("schema.org",) or re.match(r"^[a-z_]+\.(py|md|json|yml|yaml)$", d):
            continue
        else:
            domstats[label]["OTHER:" + d] += 1


def main():
    res = load("results.jsonl")
    tools = load("tools.jsonl")
    ids = collections.Counter(r.get("id") for r in res + tools)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    domstats = {0: collections.Counter(), 1: collections.Counter()}
    texts = collections.Counter()
    lab = collections.Counter(); sc = collections.Counter(); long_ = collections.Counter(); iserr = collections.Counter()
    lens = []
    for r in res:
        rid = r.get("id", "?")
        if not re.match(r"^h5-result-\d+$", rid): err(f"{rid}: bad id")
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}: err(f"{rid}: keys {sorted(r)}")
        if r.get("kind") != "result" or r.get("server") != "holdout5": err(f"{rid}: kind/server")
        if not isinstance(r.get("tool"), str) or not NAME_RE.match(r["tool"]): err(f"{rid}: tool name")
        if not isinstance(r.get("arguments"), dict): err(f"{rid}: arguments")
        if r.get("label") not in (0, 1): err(f"{rid}: label")
        res_ = r.get("result", {})
        if set(res_) - {"content", "isError", "structuredContent"}: err(f"{rid}: result keys")
        if not isinstance(res_.get("isError"), bool): err(f"{rid}: isError")
        cont = res_.get("content")
        if not (isinstance(cont, list) and cont and all(c.get("type") == "text" and isinstance(c.get("text"), str) and c["text"].strip() for c in cont)):
            err(f"{rid}: content")
            continue
        if "structuredContent" in res_:
            if not isinstance(res_["structuredContent"], dict): err(f"{rid}: structuredContent not object")
            sc[r["label"]] += 1
        t = cont[0]["text"]
        texts[t] += 1
        lens.append(len(t))
        lab[r["label"]] += 1
        if res_["isError"]: iserr[r["label"]] += 1
        if 3000 <= len(t) <= 15000: long_[r["label"]] += 1
        if len(t) > 15000: err(f"{rid}: text longer than 15000")
        check_net(rid, all_text(r), r["label"], domstats)
    for t, c in texts.items():
        if c > 1: err(f"duplicate result text: {t[:60]!r}")
    tlab = collections.Counter(); tnames = collections.Counter(); tout = collections.Counter(); tann = collections.Counter()
    for r in tools:
        rid = r.get("id", "?")
        if not re.match(r"^h5-tool-\d+$", rid): err(f"{rid}: bad id")
        if set(r) != {"id", "kind", "server", "tool", "label"}: err(f"{rid}: keys {sorted(r)}")
        if r.get("kind") != "tool" or r.get("server") != "holdout5": err(f"{rid}: kind/server")
        if r.get("label") not in (0, 1): err(f"{rid}: label")
        t = r.get("tool", {})
        if set(t) - {"name", "title", "description", "inputSchema", "outputSchema", "annotations"}: err(f"{rid}: tool keys")
        if not NAME_RE.match(t.get("name", "")): err(f"{rid}: bad tool name {t.get('name')}")
        if not isinstance(t.get("description"), str) or not t["description"].strip(): err(f"{rid}: description")
        s = t.get("inputSchema")
        if not (isinstance(s, dict) and s.get("type") == "object"): err(f"{rid}: inputSchema")
        if "outputSchema" in t:
            if not (isinstance(t["outputSchema"], dict) and t["outputSchema"].get("type") == "object"): err(f"{rid}: outputSchema")
            tout[r["label"]] += 1
        if "annotations" in t:
            if not isinstance(t["annotations"], dict): err(f"{rid}: annotations")
            tann[r["label"]] += 1
        tnames[t.get("name")] += 1
        tlab[r["label"]] += 1
        check_net(rid, all_text(r), r["label"], domstats)
    for n, c in tnames.items():
        if c > 1: err(f"duplicate tool name {n}")
    print(f"results: {len(res)}  label0={lab[0]} label1={lab[1]}  with structuredContent: 0={sc[0]} 1={sc[1]}  isError: 0={iserr[0]} 1={iserr[1]}")
    print(f"  text length 3000-15000: 0={long_[0]} 1={long_[1]}  min={min(lens)} median={sorted(lens)[len(lens)//2]} max={max(lens)}")
    print(f"  under 100 chars: {sum(1 for x in lens if x < 100)}")
    print(f"tools: {len(tools)}  label0={tlab[0]} label1={tlab[1]}  outputSchema: 0={tout[0]} 1={tout[1]}  annotations: 0={tann[0]} 1={tann[1]}")
    for l in (0, 1):
        base = {k: v for k, v in domstats[l].items() if not k.startswith("OTHER:")}
        other = {k: v for k, v in domstats[l].items() if k.startswith("OTHER:")}
        print(f"  domains label{l}: {base}")
        if other: print(f"  non-example domains label{l}: {other}")
    if errors:
        print(f"{len(errors)} ERRORS:")
        for e in errors: print("  ", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
