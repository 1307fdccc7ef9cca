"""Collect the hand-written tool definitions, shuffle with a fixed seed, assign ids, write jsonl.

Tools-only set: results.jsonl is written empty (zero bytes). No length padding is applied to tool
definitions; their lengths are as written. Output is byte-identical on rerun.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tools_energy, tools_vet, tools_airline, tools_realestate  # noqa: E402
import tools_pharmacy, tools_telecom, tools_game, tools_translation  # noqa: E402

ID = "t18c"
SEED = 1821
OUT = os.path.dirname(HERE)
MODULES = [tools_energy, tools_vet, tools_airline, tools_realestate,
           tools_pharmacy, tools_telecom, tools_game, tools_translation]


def collect():
    cases = []
    for m in MODULES:
        for c in m.TOOLS:
            cases.append(dict(c, server=m.SERVER, source=m.__name__ + ".py"))
    return cases


def main():
    cases = collect()
    seen = set()
    for c in cases:
        key = (c["server"], c["tool"]["name"])
        if key in seen:
            raise SystemExit("duplicate tool name %r" % (key,))
        seen.add(key)
    rng = random.Random(SEED)
    rng.shuffle(cases)
    lines = []
    for i, c in enumerate(cases, 1):
        rec = {"id": "%s-t-%04d" % (ID, i), "kind": "tool", "server": c["server"],
               "tool": c["tool"], "label": c["label"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        f.write("")
    n1 = sum(c["label"] for c in cases)
    print("tools: %d (label 0: %d, label 1: %d); results: 0" % (len(cases), len(cases) - n1, n1))


if __name__ == "__main__":
    main()
