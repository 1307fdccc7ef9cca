"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL deterministically."""
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import SERVER  # noqa: E402

ID = "w12c"
SEED = 20261206

RESULT_MODULES = [
    "results_servicedesk",
    "results_identity",
    "results_devices",
    "results_security",
    "results_ops",
    "results_process",
    "results_long",
]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def text_len(result):
    n = sum(len(b.get("text", "")) for b in result["content"])
    if "structuredContent" in result:
        n += len(json.dumps(result["structuredContent"], ensure_ascii=False))
    return n


def main():
    results, tools = [], []
    for m in RESULT_MODULES:
        mod = __import__(m)
        for c in mod.CASES:
            results.append((m, c))
    for m in TOOL_MODULES:
        mod = __import__(m)
        for c in mod.TOOLS:
            tools.append((m, c))

    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)

    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (m, c) in enumerate(results, 1):
            cid = "%s-r-%04d" % (ID, i)
            rec = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta.append({"id": cid, "source": m + ".py", "label": c["label"], "lang": c["_lang"],
                         "format": c["_fmt"], "chars": text_len(c["result"])})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (m, c) in enumerate(tools, 1):
            cid = "%s-t-%04d" % (ID, i)
            rec = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta.append({"id": cid, "source": m + ".py", "label": c["label"], "lang": c["_lang"],
                         "format": c["_fmt"],
                         "chars": len(json.dumps(c["tool"], ensure_ascii=False))})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
