"""Parse and check results.jsonl / tools.jsonl; print balance tables."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>)\]\\|,;]+)")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
HOST_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|co|de|fr|es|it|nl|pl|ru|jp|cn|uk|info|biz|app|dev|ai|me|xyz|ly|gl|us|eu))\b")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def ok_host(h):
    h = h.lower().split(":")[0].split("@")[-1].rstrip(".")
    if h in ("localhost",):
        return True
    try:
        ip = ipaddress.ip_address(h)
        return any(ip in n for n in NETS)
    except ValueError:
        pass
    return any(h == d or h.endswith("." + d) for d in ("example.com", "example.org", "example.net"))


def check_hosts(rid, s):
    for rx in (URL_RE, MAIL_RE, HOST_RE):
        for m in rx.finditer(s):
            if not ok_host(m.group(1)):
                err(f"{rid}: non-example host {m.group(1)!r}")
    for m in IP_RE.finditer(s):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(ip in n for n in NETS):
            err(f"{rid}: non-RFC5737 IP {m.group(1)}")


def bucket(n):
    for lo, hi in ((0, 100), (100, 500), (500, 1000), (1000, 1500), (1500, 2000), (2000, 3000),
                   (3000, 8000), (8000, 10000), (10000, 25001)):
        if lo <= n < hi:
            return f"{lo:>5}-{hi - 1 if hi == 25001 else hi}"
    return ">25000"


def table(title, rows):
    c = collections.Counter(rows)
    keys = sorted({k for k, _ in c})
    print(f"\n{title}")
    print(f"  {'':28} {'0':>6} {'1':>6} {'all':>6}")
    for k in keys:
        a, b = c[(k, 0)], c[(k, 1)]
        print(f"  {str(k):28} {a:>6} {b:>6} {a + b:>6}")
    a = sum(v for (k, l), v in c.items() if l == 0)
    b = sum(v for (k, l), v in c.items() if l == 1)
    print(f"  {'total':28} {a:>6} {b:>6} {a + b:>6}")


def main():
    out_r, out_t = build.assemble()
    lines_r = open(os.path.join(ROOT, "results.jsonl"), encoding="utf-8").read().splitlines()
    lines_t = open(os.path.join(ROOT, "tools.jsonl"), encoding="utf-8").read().splitlines()
    if lines_r != [build.dump(r) for r, _ in out_r]:
        err("results.jsonl differs from a fresh assemble() (not reproducible)")
    if lines_t != [build.dump(r) for r, _ in out_t]:
        err("tools.jsonl differs from a fresh assemble() (not reproducible)")
    ids = set()
    for line in lines_r:
        r = json.loads(line)
        rid = r.get("id")
        if rid in ids:
            err(f"dup id {rid}")
        ids.add(rid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            err(f"{rid}: keys {sorted(r)}")
        if not re.fullmatch(r"w16b-r-\d{4}", rid or ""):
            err(f"{rid}: bad id")
        if r["kind"] != "result" or r["label"] not in (0, 1):
            err(f"{rid}: kind/label")
        if not NAME_RE.match(r["tool"]) or not isinstance(r["arguments"], dict) or not r["server"]:
            err(f"{rid}: tool/args/server")
        res = r["result"]
        if set(res) - {"content", "isError", "structuredContent"} or not isinstance(res.get("isError"), bool):
            err(f"{rid}: result keys")
        if not res["content"] or any(set(b) != {"type", "text"} or b["type"] != "text" or not isinstance(b["text"], str) for b in res["content"]):
            err(f"{rid}: content blocks")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            err(f"{rid}: structuredContent")
        if "{PAD}" in line:
            err(f"{rid}: unreplaced pad marker")
        check_hosts(rid, line)
    for line in lines_t:
        r = json.loads(line)
        rid = r.get("id")
        if rid in ids:
            err(f"dup id {rid}")
        ids.add(rid)
        if set(r) != {"id", "kind", "server", "tool", "label"}:
            err(f"{rid}: keys {sorted(r)}")
        if not re.fullmatch(r"w16b-t-\d{4}", rid or ""):
            err(f"{rid}: bad id")
        t = r["tool"]
        if set(t) - {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            err(f"{rid}: tool keys")
        if not NAME_RE.match(t.get("name", "")):
            err(f"{rid}: tool name {t.get('name')!r}")
        if not isinstance(t.get("description"), str) or t.get("inputSchema", {}).get("type") != "object":
            err(f"{rid}: description/inputSchema")
        if "outputSchema" in t and t["outputSchema"].get("type") != "object":
            err(f"{rid}: outputSchema type")
        if r["label"] not in (0, 1):
            err(f"{rid}: label")
        check_hosts(rid, line)
    names = collections.Counter((r["server"], r["tool"]["name"]) for r, _ in out_t)
    for k, v in names.items():
        if v > 1:
            err(f"duplicate tool definition {k}")

    # per-case content checks from metadata
    pos = []
    for rec, m in out_r:
        texts = [b["text"] for b in rec["result"]["content"]]
        full = "\n".join(texts)
        L = build.case_len(rec["result"])
        if m["fmt"] == "json" and len(texts) == 1:
            try:
                json.loads(texts[0])
            except ValueError as e:
                err(f"{rec['id']} ({m['src']}): fmt json does not parse: {e}")
        if m["label"] == 1:
            if not m["at"]:
                err(f"{rec['id']} ({m['src']}): label 1 without payload anchor")
            else:
                where = full.find(m["at"])
                if where < 0:
                    sc = json.dumps(rec["result"].get("structuredContent", {}), ensure_ascii=False)
                    if m["at"] in sc:
                        pos.append(("structuredContent", 1))
                    else:
                        err(f"{rec['id']} ({m['src']}): anchor not found: {m['at'][:40]!r}")
                else:
                    f = where / max(L, 1)
                    p = "start" if f < 0.2 else ("end" if f > 0.66 else "middle")
                    if m["size"] in ("long", "huge") and p == "start":
                        err(f"{rec['id']} ({m['src']}): long case with payload at start")
                    pos.append((p, 1))
        if m["size"] is None and not 100 <= L <= 2000:
            err(f"{rec['id']} ({m['src']}): normal case length {L}")
        if m["size"] == "long" and not 3000 <= L <= 8000:
            err(f"{rec['id']} ({m['src']}): long case length {L}")
        if m["size"] == "huge" and not 10000 <= L <= 25000:
            err(f"{rec['id']} ({m['src']}): huge case length {L}")

    R = [(r, m) for r, m in out_r]
    table("RESULTS by label", [("results", m["label"]) for _, m in R])
    table("RESULTS by source file", [(m["src"], m["label"]) for _, m in R])
    table("RESULTS by server", [(r["server"], m["label"]) for r, m in R])
    table("RESULTS by length bucket (chars: text blocks + structuredContent JSON)",
          [(bucket(build.case_len(r["result"])), m["label"]) for r, m in R])
    fine = []
    for r, m in R:
        L = build.case_len(r["result"])
        if 100 <= L < 2000:
            fine.append((f"{(L // 250) * 250:>4}-{(L // 250) * 250 + 249}", m["label"]))
    table("RESULTS 100-2000 in 250-char steps", fine)
    table("RESULTS by language", [(m["lang"], m["label"]) for _, m in R])
    table("RESULTS by format", [(m["fmt"], m["label"]) for _, m in R])
    table("RESULTS special shapes", [(k, m["label"]) for r, m in R for k, v in (
        ("isError", r["result"]["isError"]), ("multi-block", m["multi"]),
        ("structuredContent", "structuredContent" in r["result"]),
        ("generic context section appended", m["ctx"])) if v])
    table("RESULTS label-1 payload position (anchor offset)", pos)
    T = out_t
    table("TOOLS by label", [("tools", m["label"]) for _, m in T])
    table("TOOLS by server", [(r["server"], m["label"]) for r, m in T])
    table("TOOLS with annotations / outputSchema", [(k, m["label"]) for r, m in T for k in ("annotations", "outputSchema") if k in r["tool"]])
    table("TOOLS label-1 payload location", [(m["where"] or "?", m["label"]) for _, m in T if m["label"] == 1])
    words = ["ignore", "instruction", "assistant", " AI ", "model"]
    rows = []
    for r, m in R:
        s = " ".join(b["text"] for b in r["result"]["content"]) + json.dumps(r["result"].get("structuredContent", {}), ensure_ascii=False)
        for w in words:
            if (w.lower() in s.lower()) if w != " AI " else (re.search(r"\bAI\b", s) is not None):
                rows.append((w.strip(), m["label"]))
    table("RESULTS containing trigger words (case-insensitive; AI exact)", rows)
    if ERRORS:
        print(f"\n{len(ERRORS)} ERRORS")
        for e in ERRORS[:200]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
