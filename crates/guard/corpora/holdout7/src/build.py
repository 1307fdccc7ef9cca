"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import importlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import to_result_record, to_tool_record  # noqa: E402

RESULT_MODULES = ["r_records", "r_logs", "r_messaging", "r_web", "r_docs",
                  "r_tabular", "r_multilingual", "r_long_a", "r_long_b", "r_misc"]
TOOL_MODULES = ["t_benign", "t_poisoned"]
SEED = 20240707
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        out.extend(mod.CASES)
    return out


def main():
    rng = random.Random(SEED)
    results = [to_result_record(c) for c in load(RESULT_MODULES)]
    tools = [to_tool_record(c) for c in load(TOOL_MODULES)]
    rng.shuffle(results)
    rng.shuffle(tools)
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(results, 1):
            rec = {"id": f"h7-result-{i}"}
            rec.update(r)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, t in enumerate(tools, 1):
            rec = {"id": f"h7-tool-{i}"}
            rec.update(t)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
