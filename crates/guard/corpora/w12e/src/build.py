"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

ID = "w12e"
SERVER = "w12e"
RESULT_MODULES = ["results_crm", "results_outreach", "results_marketing", "results_people",
                  "results_recruiting", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]
SEED = 20261206


def collect():
    import importlib
    results, tools = [], []
    for m in RESULT_MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m
            results.append(c)
    for m in TOOL_MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m
            tools.append(c)
    r = random.Random(SEED)
    r.shuffle(results)
    r.shuffle(tools)
    for i, c in enumerate(results, 1):
        c["id"] = f"{ID}-r-{i:04d}"
    for i, c in enumerate(tools, 1):
        c["id"] = f"{ID}-t-{i:04d}"
    return results, tools


def public(c):
    if c["kind"] == "result":
        return {"id": c["id"], "kind": "result", "server": SERVER, "tool": c["tool"],
                "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
    return {"id": c["id"], "kind": "tool", "server": SERVER, "tool": c["tool"],
            "label": c["label"]}


def write(path, cases):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(public(c), ensure_ascii=False) + "\n")


def main():
    results, tools = collect()
    write(os.path.join(OUT, "results.jsonl"), results)
    write(os.path.join(OUT, "tools.jsonl"), tools)
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
