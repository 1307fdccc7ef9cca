"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

ID = "w10a"
SERVER = "w10a"
SEED = 20261206

RESULT_MODULES = [
    "results_code",
    "results_ci",
    "results_cloud",
    "results_data",
    "results_obs",
    "results_sec",
    "results_platform",
    "results_long",
]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def _load(name):
    mod = __import__(name)
    cases = list(mod.CASES)
    for c in cases:
        c["meta"]["src"] = name
    return cases


def collect():
    """Return (results, tools): lists of (record, meta) in final order."""
    results = []
    for m in RESULT_MODULES:
        results.extend(_load(m))
    tools = []
    for m in TOOL_MODULES:
        tools.extend(_load(m))
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)
    out_r, out_t = [], []
    for i, c in enumerate(results, 1):
        rec = {
            "id": f"{ID}-r-{i:04d}",
            "kind": "result",
            "server": SERVER,
            "tool": c["tool"],
            "arguments": c["arguments"],
            "result": c["result"],
            "label": c["label"],
        }
        out_r.append((rec, c["meta"]))
    for i, c in enumerate(tools, 1):
        rec = {
            "id": f"{ID}-t-{i:04d}",
            "kind": "tool",
            "server": SERVER,
            "tool": c["tool"],
            "label": c["label"],
        }
        out_t.append((rec, c["meta"]))
    return out_r, out_t


def render():
    r, t = collect()
    rs = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in r)
    ts = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in t)
    return rs, ts


def main():
    rs, ts = render()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(rs)
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(ts)
    print(f"wrote {rs.count(chr(10))} results, {ts.count(chr(10))} tools")


if __name__ == "__main__":
    main()
