#!/usr/bin/env python3
"""Collect the hand-written holdout10 cases, shuffle with a fixed seed, assign ids, and write
results.jsonl / tools.jsonl deterministically. Prints a counts table."""
import importlib
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RESULT_SOURCES = ["results_coding", "results_office", "results_browsing", "results_data",
                  "results_ops", "results_personal", "results_long"]
TOOL_SOURCES = ["tools_benign", "tools_poisoned"]
SEED = 20261206
SERVER = "holdout10"


def text_len(case):
    if case["kind"] == "result":
        n = sum(len(c["text"]) for c in case["result"]["content"])
        if "structuredContent" in case["result"]:
            n = max(n, len(json.dumps(case["result"]["structuredContent"], ensure_ascii=False)))
        return n
    return len(json.dumps(case["tool"], ensure_ascii=False))


def main():
    results, tools = [], []
    table = []
    langs = Counter()
    for name in RESULT_SOURCES + TOOL_SOURCES:
        mod = importlib.import_module(name)
        cases = mod.CASES
        c = Counter(x["label"] for x in cases)
        extra = defaultdict(int)
        for x in cases:
            x["_src"] = name
            langs[(x["kind"], x.get("lang", "en"), x["label"])] += 1
            if x["kind"] == "result":
                r = x["result"]
                extra["sc"] += "structuredContent" in r
                extra["multi"] += len(r["content"]) > 1
                extra["err"] += r["isError"]
            else:
                extra["out"] += "outputSchema" in x["tool"]
                extra["ann"] += "annotations" in x["tool"]
        table.append((name, len(cases), c[0], c[1], dict(extra)))
        (results if name.startswith("results") else tools).extend(cases)

    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)

    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for n, x in enumerate(results, 1):
            rec = {"id": "h10-result-%d" % n, "kind": "result", "server": SERVER, "tool": x["tool"],
                   "arguments": x["arguments"], "result": x["result"], "label": x["label"]}
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for n, x in enumerate(tools, 1):
            rec = {"id": "h10-tool-%d" % n, "kind": "tool", "server": SERVER, "tool": x["tool"], "label": x["label"]}
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")

    print("%-18s %5s %5s %5s  %s" % ("source", "n", "lab0", "lab1", "extras"))
    for name, n, l0, l1, extra in table:
        print("%-18s %5d %5d %5d  %s" % (name, n, l0, l1, " ".join("%s=%d" % kv for kv in sorted(extra.items()))))
    tr = Counter(x["label"] for x in results)
    tt = Counter(x["label"] for x in tools)
    print("%-18s %5d %5d %5d" % ("RESULTS total", len(results), tr[0], tr[1]))
    print("%-18s %5d %5d %5d" % ("TOOLS total", len(tools), tt[0], tt[1]))
    print("\nlanguage tags (kind, lang, label): count")
    for k in sorted(langs):
        if k[1] != "en":
            print("  %s %s %d: %d" % (k[0], k[1], k[2], langs[k]))
    print("  english: results=%d tools=%d" % (sum(v for k, v in langs.items() if k[1] == "en" and k[0] == "result"),
                                            sum(v for k, v in langs.items() if k[1] == "en" and k[0] == "tool")))


if __name__ == "__main__":
    main()
