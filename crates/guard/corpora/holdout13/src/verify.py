"""Validate results.jsonl / tools.jsonl and print balance statistics."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
URL_RE = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://([^/\s\"'<>()\[\]{}|\\`,;]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
HOST_RE = re.compile(
    r"(?i)(?<![A-Za-z0-9_.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|io|dev|ai|co|app|xyz|info|biz|ru|cn|de|fr|uk|jp|cloud|top|site|online|ly|tv|gov|edu))(?![A-Za-z0-9-])")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def host_ok(h):
    h = h.lower().rstrip(".").split(":")[0].split("@")[-1]
    if IP_RE.fullmatch(h):
        return True  # checked by the IP rule
    if h in ("localhost",):
        return False
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def check_values(rid, blob):
    for ip in IP_RE.findall(blob):
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            err(f"{rid}: malformed IP-like token {ip}")
            continue
        if not any(a in n for n in ALLOWED_NETS):
            err(f"{rid}: IP outside RFC 5737: {ip}")
    for rx in (URL_RE, MAIL_RE, HOST_RE):
        for h in rx.findall(blob):
            if not host_ok(h):
                err(f"{rid}: disallowed host {h}")


def text_len_result(rec):
    r = rec["result"]
    n = sum(len(b["text"]) for b in r["content"])
    if "structuredContent" in r:
        n += len(json.dumps(r["structuredContent"], ensure_ascii=False))
    return n


def text_len_tool(rec):
    return len(json.dumps(rec["tool"], ensure_ascii=False))


def bucket(n):
    for lim, name in ((100, "<100"), (2000, "100-2k"), (3000, "2k-3k"), (8000, "3k-8k"),
                      (10000, "8k-10k"), (25000, "10k-25k")):
        if n < lim:
            return name
    return ">=25k"


def load(path, kind):
    recs, ids = [], set()
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        err(f"{path}: no trailing newline")
    for ln, line in enumerate(raw.splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{path}:{ln}: bad JSON {e}")
            continue
        rid = rec.get("id", f"line{ln}")
        if rid in ids:
            err(f"duplicate id {rid}")
        ids.add(rid)
        pref = "h13-r-" if kind == "result" else "h13-t-"
        if not re.fullmatch(re.escape(pref) + r"\d{4}", rid):
            err(f"{rid}: bad id")
        if rec.get("kind") != kind:
            err(f"{rid}: kind")
        if rec.get("server") != "holdout13":
            err(f"{rid}: server")
        if rec.get("label") not in (0, 1):
            err(f"{rid}: label")
        if kind == "result":
            exp = {"id", "kind", "server", "tool", "arguments", "result", "label"}
            if set(rec) != exp:
                err(f"{rid}: keys {sorted(rec)}")
            if not NAME_RE.match(rec.get("tool", "")):
                err(f"{rid}: tool name {rec.get('tool')}")
            if not isinstance(rec.get("arguments"), dict):
                err(f"{rid}: arguments not object")
            r = rec.get("result", {})
            if set(r) - {"content", "isError", "structuredContent"} or "content" not in r or "isError" not in r:
                err(f"{rid}: result keys {sorted(r)}")
            if not isinstance(r.get("isError"), bool):
                err(f"{rid}: isError not bool")
            c = r.get("content")
            if not isinstance(c, list) or not c:
                err(f"{rid}: empty content")
            else:
                for b in c:
                    if set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) or not b["text"].strip():
                        err(f"{rid}: bad block")
            if "structuredContent" in r and not isinstance(r["structuredContent"], dict):
                err(f"{rid}: structuredContent not object")
        else:
            if set(rec) != {"id", "kind", "server", "tool", "label"}:
                err(f"{rid}: keys {sorted(rec)}")
            t = rec.get("tool", {})
            if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
                err(f"{rid}: tool keys {sorted(t)}")
            if not NAME_RE.match(t.get("name", "")):
                err(f"{rid}: tool name {t.get('name')}")
            if not isinstance(t.get("description"), str) or not t["description"].strip():
                err(f"{rid}: description")
            s = t.get("inputSchema")
            if not isinstance(s, dict) or s.get("type") != "object":
                err(f"{rid}: inputSchema")
            if "outputSchema" in t and (not isinstance(t["outputSchema"], dict) or t["outputSchema"].get("type") != "object"):
                err(f"{rid}: outputSchema")
            if "annotations" in t and not isinstance(t["annotations"], dict):
                err(f"{rid}: annotations")
        check_values(rid, line)
        recs.append(rec)
    return recs, raw


def table(title, counter):
    print(f"  {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))))


def main():
    results, raw_r = load(os.path.join(OUT, "results.jsonl"), "result")
    tools, raw_t = load(os.path.join(OUT, "tools.jsonl"), "tool")
    r_lines, t_lines, r_meta, t_meta = build.collect()
    if raw_r != "\n".join(r_lines) + "\n" or raw_t != "\n".join(t_lines) + "\n":
        err("files differ from a fresh deterministic build (run build.py)")
    tool_names = [t["tool"]["name"] for t in tools]
    dup = [n for n, k in collections.Counter(tool_names).items() if k > 1]
    if dup:
        err(f"duplicate tool-definition names: {dup}")

    print("== results.jsonl ==")
    lab = collections.Counter(r["label"] for r in results)
    n = len(results)
    print(f"  total={n} label0={lab[0]} ({lab[0]/n:.1%}) label1={lab[1]} ({lab[1]/n:.1%})")
    by_src = collections.defaultdict(collections.Counter)
    for r, m in zip(results, r_meta):
        by_src[m["src"]][r["label"]] += 1
    for s in sorted(by_src):
        print(f"    {s:26s} total={sum(by_src[s].values()):3d} l0={by_src[s][0]:3d} l1={by_src[s][1]:3d}")
    table("length", collections.Counter(bucket(text_len_result(r)) for r in results))
    table("length label1", collections.Counter(bucket(text_len_result(r)) for r in results if r["label"] == 1))
    langs = collections.Counter(m["lang"] for m in r_meta)
    table("language", langs)
    ne = sum(v for k, v in langs.items() if k != "en")
    print(f"  non-English={ne} ({ne/n:.1%}); non-English label1={sum(1 for r, m in zip(results, r_meta) if m['lang'] != 'en' and r['label'] == 1)}")
    table("format", collections.Counter(m["fmt"] for m in r_meta))
    iserr = [r for r in results if r["result"]["isError"]]
    multi = [r for r in results if len(r["result"]["content"]) > 1]
    scs = [r for r in results if "structuredContent" in r["result"]]
    print(f"  isError={len(iserr)} (l1={sum(r['label'] for r in iserr)}) multi-block={len(multi)} (l1={sum(r['label'] for r in multi)}) structuredContent={len(scs)} (l1={sum(r['label'] for r in scs)})")

    print("== tools.jsonl ==")
    lab = collections.Counter(t["label"] for t in tools)
    n = len(tools)
    print(f"  total={n} label0={lab[0]} ({lab[0]/n:.1%}) label1={lab[1]} ({lab[1]/n:.1%})")
    by_src = collections.defaultdict(collections.Counter)
    for t, m in zip(tools, t_meta):
        by_src[m["src"]][t["label"]] += 1
    for s in sorted(by_src):
        print(f"    {s:26s} total={sum(by_src[s].values()):3d} l0={by_src[s][0]:3d} l1={by_src[s][1]:3d}")
    table("length", collections.Counter(bucket(text_len_tool(t)) for t in tools))
    table("language", collections.Counter(m["lang"] for m in t_meta))
    table("payload location (label1)", collections.Counter(m["fmt"] for t, m in zip(tools, t_meta) if t["label"] == 1))
    ann = sum(1 for t in tools if "annotations" in t["tool"])
    outs = sum(1 for t in tools if "outputSchema" in t["tool"])
    print(f"  with annotations={ann} ({ann/n:.1%}) with outputSchema={outs}")

    if ERRORS:
        print(f"\nFAILED with {len(ERRORS)} error(s):")
        for e in ERRORS[:200]:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
