"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

MODULES = ["voice", "helpbot", "tutoring", "writing", "coding", "wiki", "medium",
           "configs", "redteam", "feedback", "social", "longform", "longform2", "extra"]
SEED = 20261206


def main():
    cases = []
    for name in MODULES:
        mod = importlib.import_module(name)
        cases.extend(mod.CASES)
    rng = random.Random(SEED)
    rng.shuffle(cases)
    lines = []
    for i, c in enumerate(cases, 1):
        obj = {
            "id": f"u11b-r-{i:04d}",
            "kind": "result",
            "server": "u11b",
            "tool": c["tool"],
            "arguments": c["arguments"],
            "result": c["result"],
            "label": c["label"],
        }
        lines.append(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        pass
    print(f"wrote {len(lines)} results")


if __name__ == "__main__":
    main()
