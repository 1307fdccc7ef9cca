"""Collect hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl."""
import glob
import importlib
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from common import CTX, CTX_HEADERS, fill, render, tlen  # noqa: E402

ID = "w16b"
NB = 19  # 100-char buckets covering 100..2000


def _modules(prefix):
    names = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(HERE, prefix + "_*.py")))
    return [(n, importlib.import_module(n)) for n in names]


def collect():
    results, tools = [], []
    for name, mod in _modules("results"):
        for i, c in enumerate(mod.CASES):
            c = dict(c)
            c["src"] = name
            c["seed"] = zlib.crc32(f"{name}:{i}".encode())
            if (not any("{PAD}" in b for b in c["blocks"]) and c["pad"] is None and c["fmt"] in CTX
                    and not c["err"]):
                c["blocks"] = c["blocks"][:-1] + [c["blocks"][-1].rstrip("\n") + "{PAD}"]
                heads = CTX_HEADERS[c["fmt"]]
                c["pad"] = CTX[c["fmt"]].headed(heads[c["seed"] % len(heads)])
                c["ctx"] = True
            results.append(c)
    for name, mod in _modules("tools"):
        for i, c in enumerate(mod.CASES):
            c = dict(c)
            c["src"] = name
            tools.append(c)
    return results, tools


def _bucket(n):
    return min(max((n - 100) // 100, 0), NB - 1)


def case_len(res):
    """Length used for buckets: all text blocks plus serialized structuredContent."""
    n = sum(len(b["text"]) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def pad_results(results):
    rng = random.Random(1616)
    for c in results:
        c["extra"] = len(json.dumps(c["sc"], ensure_ascii=False)) if c["sc"] is not None else 0
        c["natural"] = tlen(render(c["blocks"], c["pad"], [])) + c["extra"]
    for c in results:
        if c["size"] in ("long", "huge"):
            lo, hi = (3000, 8000) if c["size"] == "long" else (10000, 25000)
            c["target"] = (rng.randint(lo + 200, hi - 600), hi)
    for label in (0, 1):
        cs = [c for c in results if c["size"] is None and c["label"] == label]
        counts = [0] * NB
        padded = []
        for c in cs:
            has = c["pad"] is not None and any("{PAD}" in b for b in c["blocks"])
            if has:
                padded.append(c)
            else:
                counts[_bucket(c["natural"])] += 1
                c["target"] = (0, None)
        padded.sort(key=lambda c: (-c["natural"], c["src"], c["seed"]))
        for c in padded:
            lo = _bucket(c["natural"]) if c["natural"] >= 100 else 0
            best = min(counts[lo:])
            options = [b for b in range(lo, NB) if counts[b] == best]
            b = rng.choice(options)
            counts[b] += 1
            low, high = 100 + 100 * b, 200 + 100 * b
            a = max(low + 5, c["natural"])
            c["target"] = (rng.randint(a, max(a, high - 5)), high)
    for c in results:
        tgt, hard = c["target"]
        hard = None if hard is None else hard - c["extra"]
        c["texts"] = fill(c["blocks"], c["pad"], random.Random(c["seed"]), tgt - c["extra"], hard)


def assemble():
    results, tools = collect()
    pad_results(results)
    rrng = random.Random(16016)
    order = list(range(len(results)))
    rrng.shuffle(order)
    out_r = []
    for k, i in enumerate(order, 1):
        c = results[i]
        res = {"content": [{"type": "text", "text": t} for t in c["texts"]], "isError": bool(c["err"])}
        if c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        rec = {"id": f"{ID}-r-{k:04d}", "kind": "result", "server": c["server"], "tool": c["tool"],
               "arguments": c["args"], "result": res, "label": c["label"]}
        meta = {k2: c[k2] for k2 in ("src", "lang", "fmt", "size", "at", "natural", "label")}
        meta["ctx"] = bool(c.get("ctx")) and any(t != b0.replace("{PAD}", "") for t, b0 in zip(c["texts"], c["blocks"]))
        meta["multi"] = len(c["texts"]) > 1
        out_r.append((rec, meta))
    trng = random.Random(16017)
    order = list(range(len(tools)))
    trng.shuffle(order)
    out_t = []
    for k, i in enumerate(order, 1):
        c = tools[i]
        rec = {"id": f"{ID}-t-{k:04d}", "kind": "tool", "server": c["server"], "tool": c["tool"],
               "label": c["label"]}
        out_t.append((rec, {"src": c["src"], "where": c["where"], "label": c["label"]}))
    return out_r, out_t


def dump(rec):
    return json.dumps(rec, ensure_ascii=False)


def main():
    out_r, out_t = assemble()
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in out_r:
            f.write(dump(rec) + "\n")
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in out_t:
            f.write(dump(rec) + "\n")
    print(f"wrote {len(out_r)} results, {len(out_t)} tools")


if __name__ == "__main__":
    main()
