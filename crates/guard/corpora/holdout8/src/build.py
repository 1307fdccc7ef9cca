"""Collect the hand-written cases, shuffle with a fixed seed, assign ids and
write results.jsonl and tools.jsonl deterministically.

Usage: python3 src/build.py   (from /work/holdout8)
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RESULT_MODULES = [
    "results_benign_structured_a",
    "results_benign_structured_b",
    "results_benign_prose",
    "results_long_benign",
    "results_attack_structured_a",
    "results_attack_structured_b",
    "results_attack_prose",
    "results_long_attack",
    "results_mixed_blocks",
]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]
SERVER = "holdout8"
SEED = 8080


def collect(mods, kind):
    out, table = [], []
    for m in mods:
        cases = importlib.import_module(m).CASES
        for c in cases:
            assert c["kind"] == kind, (m, c)
            out.append(c)
        n1 = sum(c["label"] for c in cases)
        table.append((m, len(cases), len(cases) - n1, n1))
    return out, table


def main():
    results, rt = collect(RESULT_MODULES, "result")
    tools, tt = collect(TOOL_MODULES, "tool")
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)

    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(results, 1):
            rec = {"id": f"h8-result-{i}", "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(tools, 1):
            rec = {"id": f"h8-tool-{i}", "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    print(f"{'source file':36} {'total':>6} {'label0':>7} {'label1':>7}")
    for m, n, n0, n1 in rt + tt:
        print(f"{m + '.py':36} {n:>6} {n0:>7} {n1:>7}")
    for name, rows in (("results.jsonl", rt), ("tools.jsonl", tt)):
        n = sum(r[1] for r in rows); n0 = sum(r[2] for r in rows); n1 = sum(r[3] for r in rows)
        print(f"{'= ' + name:36} {n:>6} {n0:>7} {n1:>7}")


if __name__ == "__main__":
    main()
