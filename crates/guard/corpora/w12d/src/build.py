"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL deterministically."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "w12d"
SERVER = "w12d"
SEED = 20261206

RESULT_MODULES = [
    "results_notebooks", "results_experiments", "results_hub", "results_labeling",
    "results_data", "results_papers", "results_cluster", "results_forums",
    "results_llmeval", "results_long",
]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def main():
    results = []
    for m in RESULT_MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m
            results.append(c)
    tools = []
    for m in TOOL_MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m
            tools.append(c)

    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)

    out_r, out_t, meta = [], [], []
    for i, c in enumerate(results, 1):
        rid = "%s-r-%04d" % (ID, i)
        out_r.append({"id": rid, "kind": "result", "server": SERVER, "tool": c["tool"],
                      "arguments": c["arguments"], "result": c["result"], "label": c["label"]})
        meta.append({"id": rid, "src": c["_src"], "lang": c["_lang"], "fmt": c["_fmt"]})
    for i, c in enumerate(tools, 1):
        tid = "%s-t-%04d" % (ID, i)
        out_t.append({"id": tid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]})
        meta.append({"id": tid, "src": c["_src"], "lang": "en", "fmt": "tool"})

    dump(out_r, os.path.join(ROOT, "results.jsonl"))
    dump(out_t, os.path.join(ROOT, "tools.jsonl"))
    dump(meta, os.path.join(ROOT, "meta.jsonl"))
    print("wrote %d results, %d tools" % (len(out_r), len(out_t)))


if __name__ == "__main__":
    main()
