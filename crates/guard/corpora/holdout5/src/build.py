"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL.

Prints per-source statistics (for the README); writes no label manifest.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RESULT_MODULES = [
    "res_struct_benign_a", "res_struct_benign_b",
    "res_struct_attack_a", "res_struct_attack_b",
    "res_prose_benign_a", "res_prose_benign_b",
    "res_prose_attack_a", "res_prose_attack_b",
    "res_long_benign", "res_long_attack",
    "res_extra",
]
TOOL_MODULES = ["tools_benign_a", "tools_benign_b", "tools_poisoned_a", "tools_poisoned_b"]
SEED = 20261206


def load(mods):
    out = []
    for m in mods:
        for c in importlib.import_module(m).CASES:
            out.append((m, c))
    return out


def stats_results(items):
    rows = {}
    for m, c in items:
        r = rows.setdefault(m, {"n": 0, "l0": 0, "l1": 0, "s": 0, "p": 0, "sc": 0, "long": 0})
        r["n"] += 1
        r["l%d" % c["label"]] += 1
        r[c["_form"]] += 1
        if "structuredContent" in c["result"]:
            r["sc"] += 1
        if len(c["result"]["content"][0]["text"]) >= 3000:
            r["long"] += 1
    return rows


def main():
    res = load(RESULT_MODULES)
    tools = load(TOOL_MODULES)
    print("RESULTS per source: n label0 label1 structured prose with_sc long(>=3000)")
    tot = {"n": 0, "l0": 0, "l1": 0, "s": 0, "p": 0, "sc": 0, "long": 0}
    for m, r in stats_results(res).items():
        print(f"  {m:24s} {r['n']:4d} {r['l0']:4d} {r['l1']:4d} {r['s']:4d} {r['p']:4d} {r['sc']:4d} {r['long']:4d}")
        for k in tot:
            tot[k] += r[k]
    print(f"  {'TOTAL':24s} {tot['n']:4d} {tot['l0']:4d} {tot['l1']:4d} {tot['s']:4d} {tot['p']:4d} {tot['sc']:4d} {tot['long']:4d}")
    print("TOOLS per source: n label0 label1")
    for m in TOOL_MODULES:
        cs = [c for mm, c in tools if mm == m]
        print(f"  {m:24s} {len(cs):4d} {sum(1 for c in cs if c['label']==0):4d} {sum(1 for c in cs if c['label']==1):4d}")

    rng = random.Random(SEED)
    rcases = [c for _, c in res]
    tcases = [c for _, c in tools]
    rng.shuffle(rcases)
    rng.shuffle(tcases)
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(rcases, 1):
            c = dict(c)
            c.pop("_form", None)
            rec = {"id": f"h5-result-{i}"}
            rec.update(c)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(tcases, 1):
            rec = {"id": f"h5-tool-{i}"}
            rec.update(c)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rcases)} results, {len(tcases)} tools")


if __name__ == "__main__":
    main()
