"""Collect the hand-written h34 cases, pad lengths, shuffle, assign ids, write jsonl.

Byte-identical on rerun: every random choice comes from random.Random seeded
from SEED (string seeds are hashed with sha512, independent of PYTHONHASHSEED).
"""
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import can_pad, render  # noqa: E402

SEED = 3434
ID = "h34"
SERVERS = ["tidewater", "rosterly", "quarrymind", "stagecall", "ledgerline",
           "biobank", "parcelpost", "chatarchive"]


def load(prefix):
    cases = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith(".py"):
            mod = importlib.import_module(fn[:-3])
            for i, c in enumerate(mod.CASES):
                c = dict(c)
                c["src"] = "src/" + fn
                c["idx"] = i
                cases.append(c)
    return cases


def case_rng(c):
    return random.Random(f"{SEED}:{c['src']}:{c['idx']}")


def stratified(rng, n, lo, hi):
    return [lo + (j + rng.random()) * (hi - lo) / n for j in range(n)]


def assign_targets(results):
    rng = random.Random(f"{SEED}:targets")
    for c in results:
        c["natural"] = render(c, 0, case_rng(c))[1]
        c["target"] = c["natural"]
    for label in (0, 1):
        group = [c for c in results if c["label"] == label]
        longs = [c for c in group if c["long"]]
        for c in longs:
            if not can_pad(c):
                raise SystemExit(f"long case without padding: {c['src']} #{c['idx']}")
        rng.shuffle(longs)
        nv = int(0.02 * len(group) + 0.5)
        very, medium = longs[:nv], longs[nv:]
        for sub, lo, hi in ((very, 10000, 25000), (medium, 3000, 8000)):
            ts = stratified(rng, len(sub), lo, hi) if sub else []
            rng.shuffle(ts)
            for c, t in zip(sub, ts):
                c["target"] = max(int(t), c["natural"])
        normal = [c for c in group if not c["long"] and can_pad(c)]
        normal.sort(key=lambda c: (c["natural"], c["src"], c["idx"]))
        ts = sorted(stratified(rng, len(normal), 100, 2000))
        for c, t in zip(normal, ts):
            c["target"] = max(int(t), c["natural"])


def build_result(c):
    if c["target"] <= c["natural"] or not can_pad(c):
        return render(c, 0, case_rng(c))
    prev = render(c, 0, case_rng(c))
    k = 0
    while k < 3000:
        k += 1
        cur = render(c, k, case_rng(c))
        if cur[1] >= c["target"]:
            if abs(prev[1] - c["target"]) < abs(cur[1] - c["target"]):
                return prev
            return cur
        prev = cur
    return prev


def main():
    results = load("results_")
    tools = load("tools_")
    for c in results + tools:
        assert c["server"] in SERVERS, c["server"]
    assign_targets(results)

    rows = []
    for c in results:
        res, length = build_result(c)
        rows.append(({"kind": "result", "server": c["server"], "tool": c["tool"],
                      "arguments": c["arguments"], "result": res, "label": c["label"]},
                     {"language": c["lang"], "length": length, "format": c["fmt"],
                      "source": c["src"]}))
    trows = []
    for c in tools:
        length = len(json.dumps(c["tool"], ensure_ascii=False))
        trows.append(({"kind": "tool", "server": c["server"], "tool": c["tool"],
                       "label": c["label"]},
                      {"language": c["lang"], "length": length, "format": c["fmt"],
                       "source": c["src"]}))

    rng = random.Random(SEED)
    rng.shuffle(rows)
    rng.shuffle(trows)

    meta = []
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, (case, m) in enumerate(rows, 1):
            cid = f"{ID}-r-{n:04d}"
            f.write(json.dumps({"id": cid, **case}, ensure_ascii=False) + "\n")
            meta.append({"id": cid, **m})
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, (case, m) in enumerate(trows, 1):
            cid = f"{ID}-t-{n:04d}"
            f.write(json.dumps({"id": cid, **case}, ensure_ascii=False) + "\n")
            meta.append({"id": cid, **m})
    with open(os.path.join(ROOT, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} results, {len(trows)} tools, {len(meta)} meta lines")


if __name__ == "__main__":
    main()
