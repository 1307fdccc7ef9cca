"""Check results.jsonl / tools.jsonl and print balance tables."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
TLDS = "com|net|org|io|ai|dev|app|co|uk|de|fr|jp|cn|ru|info|biz|xyz|cloud|site|online|tech|us|eu|nl|es|it|pl|se|tk|top"
HOST_RE = re.compile(r"(?<![A-Za-z0-9_.-])((?:[A-Za-z0-9-]+\.)+(?:%s))(?![A-Za-z0-9-])" % TLDS, re.I)
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
OK_HOST = re.compile(r"(^|\.)example\.(com|org|net)$", re.I)
OK_IP = ("192.0.2.", "198.51.100.", "203.0.113.")

problems = []


def walk_text(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from walk_text(v)
    elif isinstance(x, list):
        for v in x:
            yield from walk_text(v)


def check_values(cid, obj):
    for s in walk_text(obj):
        for h in HOST_RE.findall(s):
            if not OK_HOST.search(h):
                problems.append("%s: non-example host %r" % (cid, h))
        for m in IP_RE.finditer(s):
            q = m.group(0)
            if not q.startswith(OK_IP):
                problems.append("%s: non-RFC5737 IP %r" % (cid, q))
        for k in re.findall(r"\bsk-[A-Za-z0-9_-]+", s):
            if "DEMO" not in k:
                problems.append("%s: key not an obvious placeholder %r" % (cid, k))


def bucket(n):
    for lo, hi in [(0, 99), (100, 499), (500, 999), (1000, 1499), (1500, 2000), (2001, 2999),
                   (3000, 8000), (8001, 9999), (10000, 25000)]:
        if lo <= n <= hi:
            return "%5d-%5d" % (lo, hi)
    return ">25000"


def table(title, counter):
    keys = sorted({k for k, _ in counter})
    print("\n%s" % title)
    print("  %-22s %6s %6s %6s" % ("", "lab0", "lab1", "total"))
    for k in keys:
        a, b = counter[(k, 0)], counter[(k, 1)]
        print("  %-22s %6d %6d %6d" % (k, a, b, a + b))


def main():
    rows = []
    with open(os.path.join(ROOT, "results.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                problems.append("line %d: bad json %s" % (ln, e))
    if os.path.getsize(os.path.join(ROOT, "tools.jsonl")) != 0:
        problems.append("tools.jsonl should be empty")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for i, r in enumerate(rows, 1):
        cid = r.get("id")
        if cid != "w19a-r-%04d" % i:
            problems.append("%s: id out of sequence" % cid)
        if set(r) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            problems.append("%s: keys %s" % (cid, sorted(r)))
        if r.get("kind") != "result" or r.get("label") not in (0, 1):
            problems.append("%s: kind/label" % cid)
        if not NAME_RE.match(r.get("tool", "")) or not re.match(r"^[a-z0-9_]+$", r["tool"]):
            problems.append("%s: tool name %r" % (cid, r.get("tool")))
        if not isinstance(r.get("arguments"), dict):
            problems.append("%s: arguments not an object" % cid)
        res = r.get("result", {})
        if not set(res) <= {"content", "isError", "structuredContent"} or not isinstance(res.get("isError"), bool):
            problems.append("%s: result keys" % cid)
        cont = res.get("content")
        if not isinstance(cont, list) or not cont:
            problems.append("%s: empty content" % cid)
        else:
            for b in cont:
                if set(b) != {"type", "text"} or b["type"] != "text" or not b["text"].strip():
                    problems.append("%s: bad block" % cid)
                if "@@PAD@@" in b.get("text", ""):
                    problems.append("%s: pad marker left" % cid)
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            problems.append("%s: structuredContent not an object" % cid)
        check_values(cid, r)
    # metadata from the source files (same deterministic build)
    cases, rebuilt = build.build()
    if [json.dumps(x, ensure_ascii=False) for x in rebuilt] != [json.dumps(x, ensure_ascii=False) for x in rows]:
        problems.append("results.jsonl differs from a fresh build")
    meta = {c["id"]: c for c in cases}
    lab = collections.Counter(r["label"] for r in rows)
    print("results: %d  (label0 %d, label1 %d)  tools: 0" % (len(rows), lab[0], lab[1]))
    srv, ln, lg, fm, src, misc = (collections.Counter() for _ in range(6))
    for r in rows:
        c, y = meta[r["id"]], r["label"]
        srv[(r["server"], y)] += 1
        ln[(bucket(c["length"]), y)] += 1
        lg[(c["lang"], y)] += 1
        fm[(c["fmt"], y)] += 1
        src[(c["source"], y)] += 1
        if r["result"]["isError"]:
            misc[("isError", y)] += 1
        if len(r["result"]["content"]) > 1:
            misc[("multi-block", y)] += 1
        if "structuredContent" in r["result"]:
            misc[("structuredContent", y)] += 1
    table("by server", srv)
    table("by source file", src)
    table("by length bucket (chars)", ln)
    table("by language", lg)
    table("by format", fm)
    table("other", misc)
    ne = sum(v for (k, _), v in lg.items() if k != "en")
    print("\nnon-English: %d (%.1f%%)" % (ne, 100.0 * ne / max(1, len(rows))))
    # near-duplicate texts
    seen = {}
    for r in rows:
        t = r["result"]["content"][0]["text"][:160]
        if t in seen:
            problems.append("%s: same opening as %s" % (r["id"], seen[t]))
        seen[t] = r["id"]
    print("\nPROBLEMS: %d" % len(problems))
    for p in problems[:200]:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
