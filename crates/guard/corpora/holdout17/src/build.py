"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write
results.jsonl, tools.jsonl, meta.jsonl and README.md deterministically."""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import results_code, results_obs, results_data, results_work, results_comms, results_long  # noqa: E402
import tools_benign, tools_poisoned  # noqa: E402
import readme  # noqa: E402

ID = "h17"
SERVER = "holdout17"
SEED = 20261206
RESULT_MODULES = [results_code, results_obs, results_data, results_work, results_comms, results_long]
TOOL_MODULES = [tools_benign, tools_poisoned]


def result_length(res):
    n = sum(len(b["text"]) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def collect(mods):
    out = []
    for m in mods:
        src = "src/" + m.__name__ + ".py"
        for c in m.CASES:
            c = dict(c)
            c["_src"] = src
            out.append(c)
    return out


def main():
    rng = random.Random(SEED)
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    rng.shuffle(results)
    rng.shuffle(tools)

    res_lines, tool_lines, meta = [], [], []
    for i, c in enumerate(results, 1):
        rid = f"{ID}-r-{i:04d}"
        rec = {"id": rid, "kind": "result", "server": SERVER, "tool": c["tool"],
               "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
        res_lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append({"id": rid, "language": c["_lang"], "length": result_length(c["result"]),
                     "format": c["_fmt"], "source": c["_src"]})
    for i, c in enumerate(tools, 1):
        tid = f"{ID}-t-{i:04d}"
        rec = {"id": tid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
        tool_lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append({"id": tid, "language": c["_lang"], "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                     "format": c["_fmt"], "source": c["_src"]})

    def write(name, lines):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")

    write("results.jsonl", res_lines)
    write("tools.jsonl", tool_lines)
    write("meta.jsonl", [json.dumps(m, ensure_ascii=False) for m in meta])

    # statistics for the README (no case text)
    stats = {"results": results, "tools": tools, "meta": meta}
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(stats, result_length))
    print(f"wrote {len(res_lines)} results, {len(tool_lines)} tools, {len(meta)} meta rows")


if __name__ == "__main__":
    main()
