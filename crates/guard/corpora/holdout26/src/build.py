"""Collect the hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl.

Deterministic: rerunning produces byte-identical files.
"""
import glob
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import PAD  # noqa: E402

ID = "h26"
SEED = 260026


def load(path):
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def base_len(case):
    n = sum(len(b.replace(PAD, "")) for b in case["blocks"])
    if case["structured"] is not None:
        n += len(json.dumps(case["structured"], ensure_ascii=False))
    return n


def n_markers(case):
    return sum(b.count(PAD) for b in case["blocks"])


def realize(case, target, rng, under=True):
    """Replace PAD markers with rows until the total length reaches target."""
    m = n_markers(case)
    blocks = list(case["blocks"])
    if m == 0:
        return blocks
    need = max(0, target - base_len(case))
    share = need // m
    pieces = []
    i = 0
    for k in range(m):
        piece = []
        got = 0
        goal = share if k < m - 1 else need - share * (m - 1)
        misses = 0
        while got < goal and misses < 8:
            line = case["pad"](rng, i)
            i += 1
            if under and got + len(line) > goal and got > 0:
                misses += 1  # try a shorter row, then stop just under the target
                continue
            piece.append(line)
            got += len(line)
        pieces.append("".join(piece))
    # never end up shorter than 100 characters in total
    while base_len(case) + sum(len(p) for p in pieces) < 100:
        pieces[-1] += case["pad"](rng, i)
        i += 1
    out = []
    k = 0
    for b in blocks:
        parts = b.split(PAD)
        s = parts[0]
        for p in parts[1:]:
            s += pieces[k] + p
            k += 1
        out.append(s)
    return out


def main():
    results, tools = [], []
    for path in sorted(glob.glob(os.path.join(HERE, "results_*.py"))):
        mod = load(path)
        for idx, c in enumerate(mod.CASES):
            c = dict(c)
            c["server"] = mod.SERVER
            c["source"] = "src/" + os.path.basename(path)
            c["key"] = "%s|%d" % (c["source"], idx)
            if n_markers(c) and c["pad"] is None:
                raise SystemExit("case %s has PAD markers but no pad function" % c["key"])
            results.append(c)
    for path in sorted(glob.glob(os.path.join(HERE, "tools_*.py"))):
        mod = load(path)
        for idx, c in enumerate(mod.CASES):
            c = dict(c)
            c["server"] = mod.SERVER
            c["source"] = "src/" + os.path.basename(path)
            c["key"] = "%s|%d" % (c["source"], idx)
            tools.append(c)

    # --- length targets -------------------------------------------------
    targets = {}
    trng = random.Random(SEED)
    # Normal-size cases: aim for an even spread over 100-2000 chars, per label.
    # 19 bins of 100 chars; cases that cannot be padded fill their own bin first,
    # then padable cases (most constrained first) go to the bin with the largest
    # deficit that they can still reach.
    for label in (0, 1):
        normal = [c for c in results if c["label"] == label and c["size"] is None]
        bins = [(100 + 100 * k, 199 + 100 * k) for k in range(19)]
        bins[-1] = (1900, 2000)
        quota = len(normal) / float(len(bins))
        filled = [0] * len(bins)
        padable = []
        for c in normal:
            b = base_len(c)
            if n_markers(c) and b < 2000:
                padable.append(c)
            else:
                for k, (lo, hi) in enumerate(bins):
                    if lo <= b <= hi:
                        filled[k] += 1
        padable.sort(key=lambda c: (-base_len(c), c["key"]))
        for c in padable:
            b = base_len(c)
            cap = getattr(c["pad"], "cap", 2000)
            reach = [k for k, (lo, hi) in enumerate(bins) if hi >= b and lo <= max(cap, b)]
            k = max(reach, key=lambda k: (quota - filled[k], -k))
            filled[k] += 1
            lo, hi = bins[k]
            targets[c["key"]] = max(b, min(trng.randint(lo, hi), cap))
    for c in results:
        if c["size"] == "L":
            targets[c["key"]] = random.Random("L|" + c["key"]).randint(3000, 8000)
        elif c["size"] == "XL":
            targets[c["key"]] = random.Random("XL|" + c["key"]).randint(10000, 25000)

    rows = []
    for c in results:
        rng = random.Random("pad|" + c["key"])
        blocks = realize(c, targets.get(c["key"], 0), rng, under=c["size"] is None)
        res = {"content": [{"type": "text", "text": b} for b in blocks],
               "isError": bool(c["is_error"])}
        if c["structured"] is not None:
            res["structuredContent"] = c["structured"]
        length = sum(len(b) for b in blocks)
        if c["structured"] is not None:
            length += len(json.dumps(c["structured"], ensure_ascii=False))
        rows.append((c, {"kind": "result", "server": c["server"], "tool": c["tool"],
                         "arguments": c["arguments"], "result": res, "label": c["label"]},
                     length))

    random.Random(SEED + 1).shuffle(rows)
    trows = [(c, {"kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]})
             for c in tools]
    random.Random(SEED + 2).shuffle(trows)

    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for n, (c, row, _len) in enumerate(rows, 1):
            rid = "%s-r-%04d" % (ID, n)
            out = {"id": rid}
            out.update(row)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            meta.append({"id": rid, "language": c["language"], "length": length_of(row),
                         "format": c["format"], "source": c["source"]})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for n, (c, row) in enumerate(trows, 1):
            tid = "%s-t-%04d" % (ID, n)
            out = {"id": tid}
            out.update(row)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            meta.append({"id": tid, "language": c.get("language", "en"),
                         "length": len(json.dumps(row["tool"], ensure_ascii=False)),
                         "format": "tool-definition", "source": c["source"]})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools" % (len(rows), len(trows)))


def length_of(row):
    res = row["result"]
    n = sum(len(b["text"]) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


if __name__ == "__main__":
    main()
