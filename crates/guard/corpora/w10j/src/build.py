"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL deterministically."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
ID, SERVER = "w10j", "w10j"

RESULT_MODULES = ["results_support", "results_prompts", "results_howto", "results_workplace",
                  "results_voice", "results_crm", "results_intl", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def _load(mods):
    out = []
    for m in mods:
        mod = __import__(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m + ".py"
            out.append(c)
    return out


def collect():
    """Return (results, tools) lists with ids assigned and meta keys (_lang/_fmt/_src) still attached."""
    results = _load(RESULT_MODULES)
    tools = _load(TOOL_MODULES)
    random.Random(20261206).shuffle(results)
    random.Random(20261207).shuffle(tools)
    for i, c in enumerate(results, 1):
        c["id"] = f"{ID}-r-{i:04d}"
    for i, c in enumerate(tools, 1):
        c["id"] = f"{ID}-t-{i:04d}"
    return results, tools


def public(c):
    if c["kind"] == "result":
        return {"id": c["id"], "kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["arguments"],
                "result": c["result"], "label": c["label"]}
    return {"id": c["id"], "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}


def main():
    results, tools = collect()
    for fname, rows in (("results.jsonl", results), ("tools.jsonl", tools)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
            for c in rows:
                f.write(json.dumps(public(c), ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
