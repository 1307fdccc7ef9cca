"""Collect the hand-written tool cases, shuffle with a fixed seed, assign ids, write the jsonl files.

Tool definitions are not padded: each description was written at its final length by hand
(one line to several paragraphs). Re-running produces byte-identical output.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "t18b"
SEED = 1820
SOURCES = [
    "tools_logistics",
    "tools_insurance",
    "tools_hr",
    "tools_storefront",
    "tools_crm",
    "tools_observability",
    "tools_travel",
    "tools_legal",
]


def collect():
    cases = []
    for name in SOURCES:
        mod = importlib.import_module(name)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = name + ".py"
            cases.append(c)
    rng = random.Random(SEED)
    rng.shuffle(cases)
    for i, c in enumerate(cases, 1):
        c["_id"] = "%s-t-%04d" % (ID, i)
    return cases


def public_row(c):
    return {"id": c["_id"], "kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}


def main():
    cases = collect()
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(public_row(c), ensure_ascii=False) + "\n")
    # This set is tools-only: results.jsonl is intentionally empty (zero bytes).
    with open(os.path.join(ROOT, "results.jsonl"), "wb"):
        pass
    n1 = sum(c["label"] for c in cases)
    print("wrote %d tool cases (label0=%d, label1=%d) and an empty results.jsonl" % (len(cases), len(cases) - n1, n1))


if __name__ == "__main__":
    main()
