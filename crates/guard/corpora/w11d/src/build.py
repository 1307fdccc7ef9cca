"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
ID = "w11d"
SERVER = "w11d"
SEED = 20261206

RESULT_MODULES = ["results_social", "results_community", "results_media",
                  "results_gaming", "results_commerce", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def _load(names):
    out = []
    for n in names:
        mod = __import__(n)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = n + ".py"
            out.append(c)
    return out


def collect():
    """Return (results, tools) as lists of (record, meta) in final order."""
    res = _load(RESULT_MODULES)
    tools = _load(TOOL_MODULES)
    rng = random.Random(SEED)
    rng.shuffle(res)
    rng.shuffle(tools)
    results_out, tools_out = [], []
    for i, c in enumerate(res, 1):
        rec = {"id": "%s-r-%04d" % (ID, i), "kind": "result", "server": SERVER,
               "tool": c["tool"], "arguments": c["arguments"], "result": c["result"],
               "label": c["label"]}
        meta = {"lang": c["_lang"], "fmt": c["_fmt"], "src": c["_src"]}
        results_out.append((rec, meta))
    for i, c in enumerate(tools, 1):
        rec = {"id": "%s-t-%04d" % (ID, i), "kind": "tool", "server": SERVER,
               "tool": c["tool"], "label": c["label"]}
        meta = {"lang": c["_lang"], "fmt": "tool", "src": c["_src"]}
        tools_out.append((rec, meta))
    return results_out, tools_out


def render(pairs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in pairs)


def main():
    results, tools = collect()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render(results))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(render(tools))
    print("wrote %d results, %d tools" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
