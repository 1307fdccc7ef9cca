"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "h13"
SERVER = "holdout13"
SEED = 13_2026_12_06
RESULT_MODULES = [
    "results_coding", "results_ops", "results_office", "results_support",
    "results_sales", "results_finance", "results_legal", "results_health",
    "results_research", "results_personal", "results_browsing",
    "results_data", "results_multiagent", "results_hr_edu",
    "results_commerce", "results_voices", "results_long",
]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def _load(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m + ".py"
            out.append(c)
    return out


def collect():
    results = _load(RESULT_MODULES)
    tools = _load(TOOL_MODULES)
    random.Random(SEED).shuffle(results)
    random.Random(SEED + 1).shuffle(tools)
    r_lines, t_lines, r_meta, t_meta = [], [], [], []
    for i, c in enumerate(results, 1):
        rec = {"id": f"{ID}-r-{i:04d}", "kind": "result", "server": SERVER,
               "tool": c["tool"], "arguments": c["arguments"],
               "result": c["result"], "label": c["label"]}
        r_lines.append(json.dumps(rec, ensure_ascii=False))
        r_meta.append({"id": rec["id"], "lang": c["_lang"], "fmt": c["_fmt"], "src": c["_src"]})
    for i, c in enumerate(tools, 1):
        rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": SERVER,
               "tool": c["tool"], "label": c["label"]}
        t_lines.append(json.dumps(rec, ensure_ascii=False))
        t_meta.append({"id": rec["id"], "lang": c["_lang"], "fmt": c["_fmt"], "src": c["_src"]})
    return r_lines, t_lines, r_meta, t_meta


def main():
    r_lines, t_lines, _, _ = collect()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(r_lines) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(t_lines) + "\n")
    print(f"wrote {len(r_lines)} results, {len(t_lines)} tools")


if __name__ == "__main__":
    main()
