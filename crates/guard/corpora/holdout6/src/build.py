"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import materialize  # noqa: E402

RESULT_MODULES = ["res_struct_benign", "res_struct_attack", "res_prose_benign",
                  "res_prose_attack", "res_structured_content", "res_multilingual",
                  "res_long_benign", "res_long_attack", "res_misc"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]
SEED = 60606


def main():
    results, tools, rows = [], [], []
    for name in RESULT_MODULES + TOOL_MODULES:
        mod = importlib.import_module(name)
        cases = mod.CASES
        st = {"src": name + ".py", "n": len(cases), "l0": 0, "l1": 0, "s": 0, "p": 0,
              "sc": 0, "long": 0}
        for c in cases:
            st["l%d" % c["label"]] += 1
            if c["kind"] == "result":
                st[c["form"]] += 1
                st["sc"] += c["sc"] is not None
                st["long"] += len(c["text"]) >= 3000
                results.append(c)
            else:
                tools.append(c)
        rows.append(st)
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)
    out = os.path.dirname(HERE)
    with open(os.path.join(out, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(results, 1):
            f.write(json.dumps(materialize(c, "h6-result-%d" % i), ensure_ascii=False) + "\n")
    with open(os.path.join(out, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(tools, 1):
            f.write(json.dumps(materialize(c, "h6-tool-%d" % i), ensure_ascii=False) + "\n")
    print("| source file | cases | label 0 | label 1 | structured | prose | with structuredContent | >=3000 chars |")
    print("|---|---|---|---|---|---|---|---|")
    for st in rows:
        if st["s"] + st["p"]:
            print("| %(src)s | %(n)d | %(l0)d | %(l1)d | %(s)d | %(p)d | %(sc)d | %(long)d |" % st)
        else:
            print("| %(src)s | %(n)d | %(l0)d | %(l1)d | - | - | - | - |" % st)
    print("results: %d  tools: %d" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
