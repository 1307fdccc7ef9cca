"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write results.jsonl and tools.jsonl."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

ID = "w11e"
SERVER = "w11e"
SEED = 1106
RESULT_MODULES = ["results_agents", "results_rag", "results_workflow", "results_triage",
                  "results_travel", "results_listings", "results_mixed", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def _load(mods):
    out = []
    for name in mods:
        mod = __import__(name)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = name + ".py"
            out.append(c)
    return out


def collect():
    """Return (results, tools) as lists of (record, meta) in final order."""
    results = _load(RESULT_MODULES)
    tools = _load(TOOL_MODULES)
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)
    res_out, tool_out = [], []
    for i, c in enumerate(results, 1):
        rec = {"id": f"{ID}-r-{i:04d}", "kind": "result", "server": SERVER, "tool": c["tool"],
               "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
        res_out.append((rec, {"lang": c["_lang"], "fmt": c["_fmt"], "src": c["_src"]}))
    for i, c in enumerate(tools, 1):
        rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
        tool_out.append((rec, {"lang": c["_lang"], "where": c["_where"], "src": c["_src"]}))
    return res_out, tool_out


def serialize(pairs):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in pairs)


def main():
    res, tools = collect()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(serialize(res))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(serialize(tools))
    print(f"wrote {len(res)} results and {len(tools)} tools to {OUT}")


if __name__ == "__main__":
    main()
