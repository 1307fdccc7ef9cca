"""Collect hand-written tool definitions, shuffle with a fixed seed, assign ids, write jsonl files.

Byte-identical on rerun: fixed module order, fixed seed, sorted nothing else, ensure_ascii=False.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

ID = "t19a"
SEED = 1920
MODULES = ["tools_health", "tools_bank", "tools_freight", "tools_cloud",
           "tools_retail", "tools_energy", "tools_legal", "tools_security"]


def collect():
    cases = []
    for m in MODULES:
        mod = __import__(m)
        for c in mod.CASES:
            cases.append((m, c))
    return cases


def main():
    cases = collect()
    rng = random.Random(SEED)
    rng.shuffle(cases)
    out_dir = os.path.dirname(HERE)
    lines = []
    for i, (_m, c) in enumerate(cases, 1):
        rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": c["server"],
               "tool": c["tool"], "label": c["label"]}
        lines.append(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")))
    with open(os.path.join(out_dir, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(out_dir, "results.jsonl"), "w", encoding="utf-8") as f:
        pass
    print(f"wrote {len(lines)} tool definitions, 0 results")


if __name__ == "__main__":
    main()
