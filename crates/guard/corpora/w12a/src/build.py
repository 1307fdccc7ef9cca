"""Collect hand-written cases, shuffle with a fixed seed, assign ids and write results.jsonl / tools.jsonl."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
ID = "w12a"
SERVER = "w12a"

RESULT_MODULES = ["results_matters", "results_contracts", "results_compliance", "results_govportals", "results_civic",
                  "results_legal_docs", "results_public_docs", "results_intl", "results_extended", "results_mixed", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def load(mods):
    out = []
    for m in mods:
        mod = __import__(m)
        for c in mod.CASES:
            out.append((m, c))
    return out


def main():
    results = load(RESULT_MODULES)
    tools = load(TOOL_MODULES)
    random.Random(20261206).shuffle(results)
    random.Random(61202026).shuffle(tools)

    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (_, c) in enumerate(results, 1):
            rec = {"id": f"{ID}-r-{i:04d}", "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (_, c) in enumerate(tools, 1):
            rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    by = {}
    for m, c in results + tools:
        by.setdefault(m, [0, 0])[c["label"]] += 1
    print(f"wrote {len(results)} results, {len(tools)} tools")
    for m in RESULT_MODULES + TOOL_MODULES:
        print(f"  {m:22s} label0={by[m][0]:3d} label1={by[m][1]:3d}")


if __name__ == "__main__":
    main()
