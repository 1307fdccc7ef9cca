"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import csv
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RESULT_MODULES = ["r_devops", "r_security", "r_business", "r_web", "r_multilingual",
                  "r_data", "r_prose", "r_misc", "r_long", "r_long2", "r_long3", "r_long4", "r_extra"]
TOOL_MODULES = ["t_benign", "t_poisoned", "t_mixed"]
SEED = 20261206


def load(mods):
    cases = []
    for m in mods:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["src"] = m + ".py"
            cases.append(c)
    return cases


def main():
    rng = random.Random(SEED)
    results = load(RESULT_MODULES)
    tools = load(TOOL_MODULES)
    rng.shuffle(results)
    rng.shuffle(tools)
    manifest = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(results, 1):
            rid = "h4-result-%d" % i
            res = {"content": [{"type": "text", "text": c["text"]}], "isError": bool(c["err"])}
            if c["sc"] is not None:
                res["structuredContent"] = c["sc"]
            rec = {"id": rid, "kind": "result", "server": "holdout4", "tool": c["tool"],
                   "arguments": c["arguments"], "result": res, "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            manifest.append([rid, c["src"], c["fmt"], int(c["sc"] is not None), c["label"], len(c["text"])])
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(tools, 1):
            tid = "h4-tool-%d" % i
            tool = {"name": c["name"], "description": c["description"], "inputSchema": c["inputSchema"]}
            if c["out"] is not None:
                tool["outputSchema"] = c["out"]
            if c["ann"] is not None:
                tool["annotations"] = c["ann"]
            rec = {"id": tid, "kind": "tool", "server": "holdout4", "tool": tool, "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            manifest.append([tid, c["src"], "tool", 0, c["label"], len(json.dumps(tool, ensure_ascii=False))])
    with open(os.path.join(OUT, "manifest.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "source_file", "format", "has_structuredContent", "label", "chars"])
        w.writerows(manifest)
    print("wrote %d results, %d tools" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
