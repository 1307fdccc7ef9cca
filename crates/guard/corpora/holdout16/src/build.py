"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "h16"
SERVER = "holdout16"
RESULT_MODULES = ["results_mail", "results_calendar", "results_docs", "results_billing",
                  "results_portals", "results_research", "results_dev", "results_intl",
                  "results_long"]
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


def main():
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    random.Random(16016).shuffle(results)
    random.Random(16017).shuffle(tools)
    meta = []
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, c in enumerate(results, 1):
            rid = "%s-r-%04d" % (ID, i)
            rec = {"id": rid, "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
            meta.append({"id": rid, "source": c["_src"], "lang": c["_lang"], "format": c["_fmt"]})
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, c in enumerate(tools, 1):
            tid = "%s-t-%04d" % (ID, i)
            rec = {"id": tid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta.append({"id": tid, "source": c["_src"], "lang": c["_lang"], "payload_location": c["_fmt"]})
    with open(os.path.join(ROOT, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
