"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write results.jsonl and tools.jsonl."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "w10f"
SERVER = "w10f"
SEED = 20261206
RESULT_MODULES = ["results_clinical", "results_legal", "results_public", "results_academic", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def _load(names):
    out = []
    for n in names:
        mod = __import__(n)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = n
            out.append(c)
    return out


def collect():
    """Return (results, tools): lists of (record_dict, meta_dict) in final order, ids assigned."""
    rng = random.Random(SEED)
    res = _load(RESULT_MODULES)
    tls = _load(TOOL_MODULES)
    rng.shuffle(res)
    rng.shuffle(tls)
    results, tools = [], []
    for i, c in enumerate(res, 1):
        rec = {"id": f"{ID}-r-{i:04d}", "kind": "result", "server": SERVER, "tool": c["tool"],
               "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
        results.append((rec, {"lang": c["_lang"], "fmt": c["_fmt"], "src": c["_src"]}))
    for i, c in enumerate(tls, 1):
        rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
        tools.append((rec, {"lang": c["_lang"], "fmt": c["_fmt"], "src": c["_src"]}))
    return results, tools


def render(pairs):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in pairs).encode("utf-8")


def main():
    results, tools = collect()
    with open(os.path.join(OUT, "results.jsonl"), "wb") as f:
        f.write(render(results))
    with open(os.path.join(OUT, "tools.jsonl"), "wb") as f:
        f.write(render(tools))
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
