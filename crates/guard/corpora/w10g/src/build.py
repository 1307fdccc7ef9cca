"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write files."""

import hashlib
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "w10g"
SERVER = "w10g"
SEED = 20261206

RESULT_MODULES = [
    "results_fs", "results_shell", "results_browser", "results_git",
    "results_db", "results_memory", "results_fetch", "results_ocr_desktop",
    "results_catalog", "results_long",
]
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


def result_len(r):
    n = sum(len(b.get("text", "")) for b in r["content"])
    if "structuredContent" in r:
        n += len(json.dumps(r["structuredContent"], ensure_ascii=False))
    return n


def main():
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)
    meta = []
    res_lines, tool_lines = [], []
    for i, c in enumerate(results, 1):
        cid = f"{ID}-r-{i:04d}"
        rec = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
               "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
        res_lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append({"id": cid, "src": c["_src"], "label": c["label"],
                     "lang": c["_meta"]["lang"], "fmt": c["_meta"]["fmt"],
                     "chars": result_len(c["result"])})
    for i, c in enumerate(tools, 1):
        cid = f"{ID}-t-{i:04d}"
        rec = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"],
               "label": c["label"]}
        tool_lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append({"id": cid, "src": c["_src"], "label": c["label"],
                     "lang": c["_meta"]["lang"], "fmt": c["_meta"]["fmt"],
                     "chars": len(json.dumps(c["tool"], ensure_ascii=False))})
    files = {
        "results.jsonl": "\n".join(res_lines) + "\n",
        "tools.jsonl": "\n".join(tool_lines) + "\n",
        "meta.jsonl": "\n".join(json.dumps(m, ensure_ascii=False) for m in meta) + "\n",
    }
    for name, data in files.items():
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        print(f"wrote {name}: {data.count(chr(10))} lines, sha256 "
              f"{hashlib.sha256(data.encode('utf-8')).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
