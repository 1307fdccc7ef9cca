"""Validate results.jsonl / tools.jsonl and print balance statistics."""
import collections
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build  # noqa: E402

NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in
                ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/\s:\"'<>)\]}|`?#\\]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
TLDS = ("com net org io ru cn xyz info biz co top app dev ai me us uk de fr jp kr br "
        "online site club live cloud ly gg tk su pw cc tv link click shop store "
        "local internal lan corp onion ws eu nl it es pl se ch at ca au in vn id tr").split()
HOST_RE = re.compile(r"(?<![A-Za-z0-9_@./-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:"
                     + "|".join(TLDS) + r"))(?![A-Za-z0-9-])", re.I)


def host_ok(h):
    h = h.lower().rstrip(".")
    if h.startswith("[") or not h:
        return True
    try:
        ip = ipaddress.ip_address(h)
        return any(ip in n for n in ALLOWED_NETS) or ip.version == 6
    except ValueError:
        pass
    if "." not in h:
        return True  # bare NetBIOS-style names
    for base in ("example.com", "example.org", "example.net"):
        if h == base or h.endswith("." + base):
            return True
    return False


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield str(k)
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def check_text(s, where, errs):
    for m in IP_RE.finditer(s):
        octs = [int(x) for x in m.groups()]
        if all(o <= 255 for o in octs):
            ip = ipaddress.ip_address(".".join(map(str, octs)))
            if not any(ip in n for n in ALLOWED_NETS):
                errs.append(f"{where}: non-RFC5737 IP {ip}")
    for m in URL_RE.finditer(s):
        if not host_ok(m.group(1).split("@")[-1]):
            errs.append(f"{where}: bad URL host {m.group(1)}")
    for m in EMAIL_RE.finditer(s):
        if not host_ok(m.group(1)):
            errs.append(f"{where}: bad email domain {m.group(1)}")
    for m in HOST_RE.finditer(s):
        if not host_ok(m.group(1)):
            errs.append(f"{where}: bad hostname {m.group(1)}")


def bucket(n):
    for lim, name in ((100, "<100"), (500, "100-499"), (1000, "500-999"), (2000, "1000-1999"),
                      (3000, "2000-2999"), (8000, "3000-7999"), (10000, "8000-9999"),
                      (25001, "10000-25000")):
        if n < lim:
            return name
    return ">25000"


def main():
    errs = []
    ids = set()
    recs_r, recs_t = [], []
    for fn, store in (("results.jsonl", recs_r), ("tools.jsonl", recs_t)):
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    rec = json.loads(line)
                except Exception as e:  # noqa: BLE001
                    errs.append(f"{fn}:{ln}: bad json {e}")
                    continue
                if rec.get("id") in ids:
                    errs.append(f"{fn}:{ln}: duplicate id {rec.get('id')}")
                ids.add(rec.get("id"))
                store.append(rec)
    # rebuild and compare (determinism + metadata)
    out_r, out_t = build.collect()
    if [build.dump(r) for r, _ in out_r] != [json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in recs_r]:
        errs.append("results.jsonl differs from a fresh build")
    if [build.dump(r) for r, _ in out_t] != [json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in recs_t]:
        errs.append("tools.jsonl differs from a fresh build")
    meta_r = {r["id"]: m for r, m in out_r}
    meta_t = {r["id"]: m for r, m in out_t}

    texts_seen = collections.Counter()
    for rec in recs_r:
        w = rec.get("id")
        if set(rec) != {"id", "kind", "server", "tool", "arguments", "result", "label"}:
            errs.append(f"{w}: keys {sorted(rec)}")
        if rec.get("kind") != "result" or rec.get("server") != build.SERVER:
            errs.append(f"{w}: kind/server")
        if not NAME_RE.match(rec.get("tool", "")):
            errs.append(f"{w}: tool name {rec.get('tool')}")
        if not isinstance(rec.get("arguments"), dict):
            errs.append(f"{w}: arguments not object")
        res = rec.get("result", {})
        if not set(res) <= {"content", "isError", "structuredContent"} or "content" not in res:
            errs.append(f"{w}: result keys {sorted(res)}")
        if not isinstance(res.get("isError"), bool):
            errs.append(f"{w}: isError")
        for b in res.get("content", []):
            if b.get("type") != "text" or not isinstance(b.get("text"), str) or not b["text"].strip():
                errs.append(f"{w}: bad block")
        if "structuredContent" in res and not isinstance(res["structuredContent"], dict):
            errs.append(f"{w}: structuredContent not object")
        if rec.get("label") not in (0, 1):
            errs.append(f"{w}: label")
        full = "\n".join(b.get("text", "") for b in res.get("content", []))
        texts_seen[full] += 1
        for s in walk_strings([rec.get("arguments"), res]):
            check_text(s, w, errs)
    for t, n in texts_seen.items():
        if n > 1:
            errs.append(f"duplicate result text x{n}: {t[:60]!r}")

    for rec in recs_t:
        w = rec.get("id")
        if set(rec) != {"id", "kind", "server", "tool", "label"}:
            errs.append(f"{w}: keys {sorted(rec)}")
        tool = rec.get("tool", {})
        if not NAME_RE.match(tool.get("name", "")):
            errs.append(f"{w}: tool name {tool.get('name')}")
        if not set(tool) <= {"name", "description", "inputSchema", "outputSchema", "annotations"}:
            errs.append(f"{w}: tool keys {sorted(tool)}")
        if not isinstance(tool.get("description"), str) or not tool["description"].strip():
            errs.append(f"{w}: description")
        sch = tool.get("inputSchema")
        if not isinstance(sch, dict) or sch.get("type") != "object":
            errs.append(f"{w}: inputSchema")
        if "outputSchema" in tool and tool["outputSchema"].get("type") != "object":
            errs.append(f"{w}: outputSchema")
        if rec.get("label") not in (0, 1):
            errs.append(f"{w}: label")
        for s in walk_strings(tool):
            check_text(s, w, errs)
    names = collections.Counter(r["tool"]["name"] for r in recs_t)
    for n, c in names.items():
        if c > 1:
            errs.append(f"duplicate tool definition name {n} x{c}")

    # ---- stats ----
    def pct(a, b):
        return f"{100.0 * a / b:.1f}%" if b else "-"
    lab = collections.Counter(r["label"] for r in recs_r)
    print(f"RESULTS: {len(recs_r)}  label0={lab[0]} ({pct(lab[0], len(recs_r))})  label1={lab[1]}")
    by_src = collections.defaultdict(collections.Counter)
    for r in recs_r:
        by_src[meta_r[r["id"]]["src"]][r["label"]] += 1
    for s in build.RESULT_MODULES:
        print(f"  {s:20s} 0={by_src[s][0]:3d} 1={by_src[s][1]:3d}")
    lens = collections.Counter()
    lens_l = collections.defaultdict(collections.Counter)
    order = ["<100", "100-499", "500-999", "1000-1999", "2000-2999", "3000-7999",
             "8000-9999", "10000-25000", ">25000"]
    for r in recs_r:
        n = sum(len(b["text"]) for b in r["result"]["content"])
        if "structuredContent" in r["result"]:
            n += len(json.dumps(r["result"]["structuredContent"], ensure_ascii=False))
        lens[bucket(n)] += 1
        lens_l[bucket(n)][r["label"]] += 1
    print("  length (text+structuredContent chars):")
    for b in order:
        if lens[b]:
            print(f"    {b:12s} {lens[b]:3d}  (0={lens_l[b][0]}, 1={lens_l[b][1]})")
    langs = collections.defaultdict(collections.Counter)
    for r in recs_r:
        langs[meta_r[r["id"]]["lang"]][r["label"]] += 1
    non_en = sum(sum(c.values()) for k, c in langs.items() if k != "en")
    print(f"  languages: non-English {non_en} ({pct(non_en, len(recs_r))})")
    for k in sorted(langs, key=lambda k: -sum(langs[k].values())):
        print(f"    {k:4s} 0={langs[k][0]:3d} 1={langs[k][1]:3d}")
    fmts = collections.defaultdict(collections.Counter)
    for r in recs_r:
        fmts[meta_r[r["id"]]["fmt"]][r["label"]] += 1
    print("  formats:")
    for k in sorted(fmts, key=lambda k: -sum(fmts[k].values())):
        print(f"    {k:9s} 0={fmts[k][0]:3d} 1={fmts[k][1]:3d}")
    feat = collections.defaultdict(collections.Counter)
    for r in recs_r:
        res = r["result"]
        if res["isError"]:
            feat["isError"][r["label"]] += 1
        if len(res["content"]) > 1:
            feat["multi-block"][r["label"]] += 1
        if "structuredContent" in res:
            feat["structuredContent"][r["label"]] += 1
    for k in ("isError", "multi-block", "structuredContent"):
        print(f"  {k:18s} {sum(feat[k].values()):3d} (0={feat[k][0]}, 1={feat[k][1]})")

    labt = collections.Counter(r["label"] for r in recs_t)
    print(f"TOOLS: {len(recs_t)}  label0={labt[0]} ({pct(labt[0], len(recs_t))})  label1={labt[1]}")
    by_src_t = collections.defaultdict(collections.Counter)
    for r in recs_t:
        by_src_t[meta_t[r["id"]]["src"]][r["label"]] += 1
    for s in build.TOOL_MODULES:
        print(f"  {s:20s} 0={by_src_t[s][0]:3d} 1={by_src_t[s][1]:3d}")
    ann = sum(1 for r in recs_t if "annotations" in r["tool"])
    outs = sum(1 for r in recs_t if "outputSchema" in r["tool"])
    dl = collections.Counter(bucket(len(r["tool"]["description"])) for r in recs_t)
    print(f"  with annotations {ann} ({pct(ann, len(recs_t))}), with outputSchema {outs}")
    print("  description length: " + ", ".join(f"{b}={dl[b]}" for b in order if dl[b]))

    if errs:
        print(f"\nFAILED with {len(errs)} problem(s):")
        for e in errs[:80]:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
