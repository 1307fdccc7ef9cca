"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL deterministically."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
ID = "w12b"
SEED = 20261206

RESULT_MODULES = ["results_accounts", "results_kyc", "results_lending", "results_brokerage",
                  "results_crypto", "results_payables", "results_chat", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def load(mods):
    cases, per = [], {}
    for m in mods:
        mod = __import__(m)
        cs = mod.CASES
        per[m] = (len(cs), sum(1 for c in cs if c["label"] == 0), sum(1 for c in cs if c["label"] == 1))
        cases.extend(cs)
    return cases, per


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    results, rper = load(RESULT_MODULES)
    tools, tper = load(TOOL_MODULES)
    rnd = random.Random(SEED)
    rnd.shuffle(results)
    rnd.shuffle(tools)
    rrows = []
    for i, c in enumerate(results, 1):
        rrows.append({"id": f"{ID}-r-{i:04d}", "kind": "result", "server": c["server"], "tool": c["tool"],
                      "arguments": c["arguments"], "result": c["result"], "label": c["label"]})
    trows = []
    for i, c in enumerate(tools, 1):
        trows.append({"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": c["server"], "tool": c["tool"],
                      "label": c["label"]})
    write(os.path.join(OUT, "results.jsonl"), rrows)
    write(os.path.join(OUT, "tools.jsonl"), trows)
    print("per source file (total, label0, label1):")
    for k, v in list(rper.items()) + list(tper.items()):
        print(f"  {k:20s} {v[0]:4d} {v[1]:4d} {v[2]:4d}")
    print(f"wrote {len(rrows)} results, {len(trows)} tools")


if __name__ == "__main__":
    main()
