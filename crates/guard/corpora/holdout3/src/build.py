"""Assemble the hand-written cases: shuffle with random.Random(7), assign ids,
write results.jsonl and tools.jsonl. No content is generated here."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RESULT_FILES = [
    ("r_benign_structured_a", 0), ("r_benign_structured_b", 0), ("r_benign_prose", 0),
    ("r_attack_structured_a", 1), ("r_attack_structured_b", 1), ("r_attack_prose", 1),
]
TOOL_FILES = [("t_benign", 0), ("t_poison", 1)]


def load(files):
    cases = []
    for mod_name, expected in files:
        mod = __import__(mod_name)
        for c in mod.CASES:
            assert c["label"] == expected, (mod_name, c)
        print(f"{mod_name:24s} {len(mod.CASES):4d}  label={expected}")
        cases.extend(mod.CASES)
    return cases


def main():
    rng = random.Random(7)
    results = load(RESULT_FILES)
    tools = load(TOOL_FILES)
    rng.shuffle(results)
    rng.shuffle(tools)
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(results, 1):
            rec = {"id": f"h3-result-{i}", "kind": "result", "server": "holdout3",
                   "tool": c["tool"], "arguments": c["arguments"], "result": c["result"],
                   "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(tools, 1):
            rec = {"id": f"h3-tool-{i}", "kind": "tool", "server": "holdout3",
                   "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
