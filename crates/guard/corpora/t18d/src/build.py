"""Collect hand-written tool cases, shuffle with a fixed seed, assign ids, write jsonl."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

ID = "t18d"
SEED = 1831
MODULES = ["tools_health", "tools_bank", "tools_logistics", "tools_cloud",
           "tools_retail", "tools_energy", "tools_security", "tools_legal"]


def collect():
    import importlib
    cases = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for t in mod.TOOLS:
            cases.append((mod.SERVER, m, t))
    return cases


def main():
    cases = collect()
    seen = set()
    for server, _, t in cases:
        key = (server, t["tool"]["name"])
        if key in seen:
            raise SystemExit("duplicate tool name %r" % (key,))
        seen.add(key)
    rng = random.Random(SEED)
    order = list(range(len(cases)))
    rng.shuffle(order)
    lines = []
    for k, idx in enumerate(order, 1):
        server, _, t = cases[idx]
        rec = {"id": "%s-t-%04d" % (ID, k), "kind": "tool", "server": server,
               "tool": t["tool"], "label": t["_meta"]["label"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        pass
    print("wrote %d tool cases, 0 results" % len(lines))


if __name__ == "__main__":
    main()
