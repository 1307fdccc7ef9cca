"""Collect the hand-written cases, pad them to target lengths, shuffle with a fixed
seed, assign ids and write results.jsonl (and an empty tools.jsonl).

Deterministic: rerunning gives byte-identical files.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import render, add_context  # noqa: E402

DIR = os.path.dirname(HERE)
ID = "u17a"
SERVER = "u17a"
MODULES = [
    "results_agent_builder",
    "results_automation",
    "results_marketplace",
    "results_snippets",
    "results_tickets",
    "results_evals",
    "results_classroom",
    "results_hackathon",
    "results_browser_tasks",
    "results_i18n",
]
MAX_ROWS = 400


def collect():
    cases = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for j, c in enumerate(mod.CASES):
            c = add_context(dict(c), getattr(mod, "CTX", {}))
            c["src"] = m
            c["key"] = "%s:%03d" % (m, j)
            # about a third of the JSON results come back compact (one line)
            if (c["data"] is not None or c["sc_mirror"]) and c["indent"] == 2 \
                    and random.Random("indent:" + c["key"]).random() < 0.33:
                c["indent"] = None
            cases.append(c)

    for c in cases:
        c["nat"] = render(c, [])[2]

    # targets: per label, uniform 100-2000 for normal cases (sorted pairing so that
    # padding only ever grows a case), uniform 3000-6000 for long ones.
    trng = random.Random("u17a-targets")
    for label in (0, 1):
        normal = sorted([c for c in cases if c["label"] == label and not c["long"]],
                        key=lambda c: (c["nat"], c["key"]))
        targets = sorted(trng.uniform(100, 2000) for _ in normal)
        for c, t in zip(normal, targets):
            c["target"] = max(int(t), c["nat"])
        for c in sorted([c for c in cases if c["label"] == label and c["long"]],
                        key=lambda c: c["key"]):
            c["target"] = max(int(trng.uniform(3000, 5700)), c["nat"])

    for c in cases:
        rows = []
        rng = random.Random("pad:" + c["key"])
        blocks, sc, n = render(c, rows)
        while c["fill"] is not None and n < c["target"] and len(rows) < MAX_ROWS:
            rows.append(c["fill"](rng, len(rows)))
            blocks, sc, n = render(c, rows)
        c["blocks"], c["sc_out"], c["length"], c["rows"] = blocks, sc, n, len(rows)

    random.Random("u17a-shuffle").shuffle(cases)
    for i, c in enumerate(cases, 1):
        c["id"] = "%s-r-%04d" % (ID, i)
    return cases


def record(c):
    result = {"content": [{"type": "text", "text": b} for b in c["blocks"]],
              "isError": bool(c["err"])}
    if c["sc_out"] is not None:
        result["structuredContent"] = c["sc_out"]
    return {"id": c["id"], "kind": "result", "server": SERVER, "tool": c["tool"],
            "arguments": c["args"], "result": result, "label": c["label"]}


def lines():
    return [json.dumps(record(c), ensure_ascii=False) + "\n" for c in collect()]


def main():
    out = lines()
    with open(os.path.join(DIR, "results.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(out)
    with open(os.path.join(DIR, "tools.jsonl"), "w", encoding="utf-8") as f:
        f.write("")
    print("wrote %d results, 0 tools" % len(out))


if __name__ == "__main__":
    main()
