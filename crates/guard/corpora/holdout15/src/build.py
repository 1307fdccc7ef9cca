"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL deterministically."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
SERVER = "holdout15"
ID = "h15"

RESULT_MODULES = ["results_it", "results_legal", "results_hr", "results_finance", "results_sales", "results_eng",
                  "results_cs", "results_procurement", "results_mail", "results_calendar", "results_shopping",
                  "results_travel", "results_smarthome", "results_conversations", "results_structured", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def collect():
    import importlib
    results, tools = [], []
    for m in RESULT_MODULES:
        for c in importlib.import_module(m).CASES:
            results.append(dict(c, _src=m))
    for m in TOOL_MODULES:
        for c in importlib.import_module(m).CASES:
            tools.append(dict(c, _src=m))
    rng = random.Random(20261206)
    rng.shuffle(results)
    rng.shuffle(tools)
    out_r, out_t, meta = [], [], {}
    for i, c in enumerate(results, 1):
        cid = "%s-r-%04d" % (ID, i)
        out_r.append({"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["arguments"],
                      "result": c["result"], "label": c["label"]})
        meta[cid] = {k[1:]: v for k, v in c.items() if k.startswith("_")}
    for i, c in enumerate(tools, 1):
        cid = "%s-t-%04d" % (ID, i)
        out_t.append({"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]})
        meta[cid] = {k[1:]: v for k, v in c.items() if k.startswith("_")}
    return out_r, out_t, meta


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def main():
    r, t, _ = collect()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(r))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(t))
    print("wrote %d results, %d tools" % (len(r), len(t)))


if __name__ == "__main__":
    main()
