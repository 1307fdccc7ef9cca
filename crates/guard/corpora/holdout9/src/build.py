#!/usr/bin/env python3
"""Collect the hand-written holdout9 cases, shuffle with a fixed seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RESULT_MODULES = ["results_coding", "results_office", "results_browsing", "results_data",
                  "results_ops", "results_i18n", "results_long_a", "results_long_b", "results_long_c", "results_long_d", "results_extra"]
TOOL_MODULES = ["tools_benign_a", "tools_benign_b", "tools_poisoned_a", "tools_poisoned_b"]
SEED = 20260309


def _load(mods):
    out = []
    for name in mods:
        mod = __import__(name)
        for case in mod.CASES:
            case = dict(case)
            meta = case.pop("_meta")
            meta = dict(meta, source=name + ".py")
            out.append((case, meta))
    return out


def collect():
    """Return (results, tools): lists of (record, meta) in final, id-assigned order."""
    final = []
    for kind, mods, prefix in (("result", RESULT_MODULES, "h9-result-"), ("tool", TOOL_MODULES, "h9-tool-")):
        items = _load(mods)
        random.Random(SEED if kind == "result" else SEED + 1).shuffle(items)
        recs = []
        for i, (case, meta) in enumerate(items, 1):
            rec = {"id": prefix + str(i)}
            rec.update(case)
            recs.append((rec, meta))
        final.append(recs)
    return final[0], final[1]


def main():
    results, tools = collect()
    for fname, items in (("results.jsonl", results), ("tools.jsonl", tools)):
        with open(os.path.join(ROOT, fname), "w", encoding="utf-8", newline="\n") as f:
            for rec, _ in items:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # counts table
    rows = {}
    for items in (results, tools):
        for rec, meta in items:
            r = rows.setdefault(meta["source"], [rec["kind"], 0, 0])
            r[1 + rec["label"]] += 1
    print(f"{'source file':28} {'kind':7} {'label0':>7} {'label1':>7} {'total':>6}")
    tot = {"result": [0, 0], "tool": [0, 0]}
    order = [m + ".py" for m in RESULT_MODULES + TOOL_MODULES]
    for src in order:
        kind, a, b = rows[src]
        print(f"{src:28} {kind:7} {a:>7} {b:>7} {a + b:>6}")
        tot[kind][0] += a
        tot[kind][1] += b
    for kind, (a, b) in tot.items():
        print(f"{'TOTAL ' + kind:28} {'':7} {a:>7} {b:>7} {a + b:>6}")


if __name__ == "__main__":
    main()
