"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "w10d"
SERVER = "w10d"
SEED = 20261206

RESULT_MODULES = [
    "results_soc", "results_email", "results_vuln", "results_helpdesk",
    "results_identity", "results_network", "results_intl", "results_long",
]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def collect():
    results = []
    for m in RESULT_MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            results.append((m, c))
    tools = []
    for m in TOOL_MODULES:
        mod = importlib.import_module(m)
        for c in mod.TOOLS:
            tools.append((m, c))
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)
    out_r, out_t = [], []
    for i, (m, c) in enumerate(results, 1):
        rec = {"id": f"{ID}-r-{i:04d}", "kind": "result", "server": SERVER,
               "tool": c["tool"], "arguments": c["arguments"],
               "result": c["result"], "label": c["label"]}
        meta = {"src": m, "lang": c["_lang"], "fmt": c["_fmt"]}
        out_r.append((rec, meta))
    for i, (m, c) in enumerate(tools, 1):
        rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": SERVER,
               "tool": c["tool"], "label": c["label"]}
        out_t.append((rec, {"src": m}))
    return out_r, out_t


def dump(rec):
    return json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))


def main():
    out_r, out_t = collect()
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in out_r:
            f.write(dump(rec) + "\n")
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in out_t:
            f.write(dump(rec) + "\n")
    print(f"wrote {len(out_r)} results, {len(out_t)} tools")


if __name__ == "__main__":
    main()
