"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "w11c"
SERVER = "w11c"
SEED = 20261206
RESULT_MODULES = ["results_erp", "results_warehouse", "results_fleet_iot",
                  "results_maintenance", "results_construction", "results_quality",
                  "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def _load(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m
            out.append(c)
    return out


def collect():
    results = _load(RESULT_MODULES)
    tools = _load(TOOL_MODULES)
    random.Random(SEED).shuffle(results)
    random.Random(SEED + 1).shuffle(tools)
    for i, c in enumerate(results, 1):
        c["_id"] = "%s-r-%04d" % (ID, i)
    for i, c in enumerate(tools, 1):
        c["_id"] = "%s-t-%04d" % (ID, i)
    return results, tools


def public_result(c):
    return {"id": c["_id"], "kind": "result", "server": SERVER, "tool": c["tool"],
            "arguments": c["arguments"], "result": c["result"], "label": c["label"]}


def public_tool(c):
    return {"id": c["_id"], "kind": "tool", "server": SERVER, "tool": c["tool"],
            "label": c["label"]}


def render():
    results, tools = collect()
    r = "".join(json.dumps(public_result(c), ensure_ascii=False) + "\n" for c in results)
    t = "".join(json.dumps(public_tool(c), ensure_ascii=False) + "\n" for c in tools)
    return r, t


def main():
    r, t = render()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(r)
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(t)
    print("wrote %d results, %d tools" % (r.count("\n"), t.count("\n")))


if __name__ == "__main__":
    main()
