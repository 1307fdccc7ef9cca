"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write jsonl files."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "w10i"
SERVER = "w10i"
RESULT_MODULES = ["results_pm", "results_crm_helpdesk", "results_payments_messaging",
                  "results_calendar_storage", "results_devops_analytics", "results_geo_lang",
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


def dump(o):
    return json.dumps(o, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


def main():
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    random.Random(20261206).shuffle(results)
    random.Random(6122026).shuffle(tools)
    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, c in enumerate(results, 1):
            cid = f"{ID}-r-{n:04d}"
            rec = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(dump(rec) + "\n")
            meta.append({"id": cid, "src": c["_src"], "lang": c["_lang"], "fmt": c["_fmt"]})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, c in enumerate(tools, 1):
            cid = f"{ID}-t-{n:04d}"
            rec = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(dump(rec) + "\n")
            meta.append({"id": cid, "src": c["_src"], "lang": c["_lang"], "fmt": c["_fmt"]})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta:
            f.write(dump(m) + "\n")
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
