"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
ID = "w10k"
SERVER = "w10k"

RESULT_MODULES = [
    "results_web", "results_search", "results_social", "results_dev",
    "results_papers", "results_browse", "results_intl", "results_research", "results_long",
]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


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
    random.Random(20261206).shuffle(results)
    random.Random(6122026).shuffle(tools)
    for i, c in enumerate(results, 1):
        c["id"] = f"{ID}-r-{i:04d}"
    for i, c in enumerate(tools, 1):
        c["id"] = f"{ID}-t-{i:04d}"
    return results, tools


def public(c):
    if c["kind"] == "result":
        return {"id": c["id"], "kind": "result", "server": SERVER, "tool": c["tool"],
                "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
    return {"id": c["id"], "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}


def lines(cases):
    return "".join(json.dumps(public(c), ensure_ascii=False) + "\n" for c in cases)


def main():
    results, tools = collect()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(lines(results))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(lines(tools))
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
