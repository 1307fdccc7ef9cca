"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import importlib
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import SERVER  # noqa: E402

ID = "w10e"
SEED = 20261206

RESULT_MODULES = ["results_cms", "results_social", "results_ads", "results_commerce",
                  "results_media", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def collect(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m
            out.append(c)
    return out


def main():
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)

    stats = Counter()
    langs = Counter()
    lines_r, lines_t = [], []
    for i, c in enumerate(results, 1):
        stats[(c["_src"], c["label"])] += 1
        langs[c["_lang"]] += 1
        rec = {"id": f"{ID}-r-{i:04d}", "kind": "result", "server": SERVER,
               "tool": c["tool"], "arguments": c["arguments"], "result": c["result"],
               "label": c["label"]}
        lines_r.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    for i, c in enumerate(tools, 1):
        stats[(c["_src"], c["label"])] += 1
        rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": SERVER,
               "tool": c["tool"], "label": c["label"]}
        lines_t.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))

    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines_r) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines_t) + "\n")

    print(f"results: {len(lines_r)}  tools: {len(lines_t)}")
    for src in RESULT_MODULES + TOOL_MODULES:
        print(f"  {src:18s} label0={stats[(src, 0)]:4d} label1={stats[(src, 1)]:4d}")
    print("  source-tagged result languages:", dict(sorted(langs.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
