"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write
results.jsonl, tools.jsonl and manifest.jsonl deterministically."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "w10c"
SERVER = "w10c"
SEED = 20261206

RESULT_MODULES = ["results_wiki", "results_chat", "results_data", "results_rag", "results_web",
                  "results_crm", "results_i18n", "results_agents", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def collect(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m + ".py"
            out.append(c)
    return out


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def main():
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)

    manifest = []
    res_lines = []
    for i, c in enumerate(results, 1):
        cid = f"{ID}-r-{i:04d}"
        rec = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
               "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
        res_lines.append(dump(rec))
        manifest.append({"id": cid, "source": c["_src"], "label": c["label"], **c["_meta"]})
    tool_lines = []
    for i, c in enumerate(tools, 1):
        cid = f"{ID}-t-{i:04d}"
        rec = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
        tool_lines.append(dump(rec))
        manifest.append({"id": cid, "source": c["_src"], "label": c["label"], **c["_meta"]})

    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(res_lines) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(tool_lines) + "\n")
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(dump(m) for m in manifest) + "\n")
    print(f"wrote {len(res_lines)} results, {len(tool_lines)} tools")


if __name__ == "__main__":
    main()
