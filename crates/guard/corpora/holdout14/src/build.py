"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL deterministically."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "h14"
SERVER = "holdout14"
SEED = 20261206
RESULT_MODULES = ["results_accounting", "results_scheduling", "results_pos", "results_property",
                  "results_logistics", "results_fieldservice", "results_nonprofit", "results_hospitality",
                  "results_gov", "results_devtools", "results_office", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def collect():
    """Return (results, tools): lists of (record, meta) in output order."""
    res = []
    for m in RESULT_MODULES:
        for c in importlib.import_module(m).CASES:
            meta = {"src": m, "lang": c["_lang"], "fmt": c["_fmt"]}
            rec = {"kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["arguments"],
                   "result": c["result"], "label": c["label"]}
            res.append((rec, meta))
    tools = []
    for m in TOOL_MODULES:
        for c in importlib.import_module(m).TOOLS:
            meta = {"src": m, "lang": c["_lang"], "where": c["_where"]}
            rec = {"kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            tools.append((rec, meta))
    rng = random.Random(SEED)
    rng.shuffle(res)
    rng.shuffle(tools)
    out_r, out_t = [], []
    for i, (rec, meta) in enumerate(res, 1):
        out_r.append(({"id": f"{ID}-r-{i:04d}", **rec}, meta))
    for i, (rec, meta) in enumerate(tools, 1):
        out_t.append(({"id": f"{ID}-t-{i:04d}", **rec}, meta))
    return out_r, out_t


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r, _ in rows)


def main():
    r, t = collect()
    for name, rows in (("results.jsonl", r), ("tools.jsonl", t)):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(dumps(rows))
    print(f"wrote {len(r)} results, {len(t)} tools")


if __name__ == "__main__":
    main()
