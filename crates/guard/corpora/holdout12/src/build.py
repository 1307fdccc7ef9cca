"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL deterministically."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RESULT_MODULES = [
    "results_support",
    "results_sales",
    "results_finance",
    "results_legal",
    "results_research",
    "results_health",
    "results_ecommerce",
    "results_agents",
    "results_devops",
    "results_i18n",
    "results_web",
    "results_long",
]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]
SEED_RESULTS = 20261206
SEED_TOOLS = 1206_2026


def case_len(c):
    if c["kind"] == "result":
        n = sum(len(b["text"]) for b in c["result"]["content"])
        if "structuredContent" in c["result"]:
            n += len(json.dumps(c["result"]["structuredContent"], ensure_ascii=False))
        return n
    t = c["tool"]
    return len(t["description"]) + len(json.dumps({k: v for k, v in t.items() if k not in ("name", "description")}, ensure_ascii=False))


def collect(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for i, c in enumerate(mod.CASES):
            c = dict(c)
            c["_src"] = m + ".py"
            c["_idx"] = i
            out.append(c)
    return out


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def main():
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    random.Random(SEED_RESULTS).shuffle(results)
    random.Random(SEED_TOOLS).shuffle(tools)
    meta = []
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, c in enumerate(results, 1):
            cid = "h12-r-%04d" % n
            line = {"id": cid, "kind": "result", "server": "holdout12", "tool": c["tool"],
                    "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(dump(line) + "\n")
            r = c["result"]
            meta.append({"id": cid, "source": c["_src"], "label": c["label"], "lang": c["_meta"]["lang"],
                         "fmt": c["_meta"]["fmt"], "chars": case_len(c), "blocks": len(r["content"]),
                         "isError": r["isError"], "structuredContent": "structuredContent" in r})
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, c in enumerate(tools, 1):
            cid = "h12-t-%04d" % n
            line = {"id": cid, "kind": "tool", "server": "holdout12", "tool": c["tool"], "label": c["label"]}
            f.write(dump(line) + "\n")
            meta.append({"id": cid, "source": c["_src"], "label": c["label"], "lang": c["_meta"]["lang"],
                         "fmt": "tool", "place": c["_meta"]["place"], "chars": case_len(c),
                         "annotations": "annotations" in c["tool"], "outputSchema": "outputSchema" in c["tool"]})
    with open(os.path.join(ROOT, "meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in meta:
            f.write(dump(m) + "\n")
    print("wrote %d results, %d tools" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
