"""Collect the hand-written cases, shuffle with a fixed seed, assign ids and
write results.jsonl, tools.jsonl and meta.jsonl deterministically."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import case_length  # noqa: E402

OUT = os.path.dirname(HERE)
ID = "h18"
SERVER = "holdout18"
SEED = 18061206

RESULT_MODULES = ["results_email", "results_calendar", "results_shopping", "results_finance",
                  "results_travel", "results_health", "results_smarthome", "results_messaging",
                  "results_media", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def collect(mods):
    cases = []
    for name in mods:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = "src/%s.py" % name
            cases.append(c)
    return cases


def main():
    rng = random.Random(SEED)
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    rng.shuffle(results)
    rng.shuffle(tools)
    meta = []
    lines = {"results.jsonl": [], "tools.jsonl": []}
    for prefix, cases, fname in (("r", results, "results.jsonl"), ("t", tools, "tools.jsonl")):
        for i, c in enumerate(cases, 1):
            cid = "%s-%s-%04d" % (ID, prefix, i)
            if c["kind"] == "result":
                obj = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                       "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            else:
                obj = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"],
                       "label": c["label"]}
            lines[fname].append(json.dumps(obj, ensure_ascii=False))
            meta.append({"id": cid, "kind": c["kind"], "language": c["_lang"],
                         "length": case_length(c), "format": c["_fmt"], "source": c["_src"]})
    for fname, ls in lines.items():
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(ls) + "\n")
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools, %d meta lines" % (len(results), len(tools), len(meta)))


if __name__ == "__main__":
    main()
