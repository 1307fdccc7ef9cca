"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write deterministically."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "w10h"
SERVER = "w10h"
RESULT_MODULES = ["results_erp", "results_hr", "results_procurement", "results_banking",
                  "results_facilities", "results_ops", "results_multilingual", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def load(mods, attr):
    out = []
    for m in mods:
        mod = __import__(m)
        for c in getattr(mod, attr):
            c = dict(c)
            c["_src"] = m + ".py"
            out.append(c)
    return out


def main():
    results = load(RESULT_MODULES, "CASES")
    tools = load(TOOL_MODULES, "TOOLS")
    rng = random.Random(20261206)
    rng.shuffle(results)
    rng.shuffle(tools)
    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, c in enumerate(results, 1):
            cid = "%s-r-%04d" % (ID, i)
            rec = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
            meta.append({"id": cid, "src": c["_src"], "lang": c["_lang"], "fmt": c["_fmt"]})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, c in enumerate(tools, 1):
            cid = "%s-t-%04d" % (ID, i)
            rec = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta.append({"id": cid, "src": c["_src"], "lang": c["_lang"], "fmt": c["_fmt"]})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
