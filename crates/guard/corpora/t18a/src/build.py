"""Collect the hand-written tool definitions, pad some descriptions, shuffle, write jsonl.

Deterministic: fixed seed, fixed module order, stable JSON serialisation.
Run from anywhere: python3 src/build.py
"""
import copy
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

ID = "t18a"
SEED = 1819
PAD_RATE = 0.30          # share of English tools (per label) that get server notes appended
MODULES = [
    "tools_forgehub", "tools_clinicsched", "tools_paylane", "tools_hearthhub",
    "tools_pressroom", "tools_skyconsole", "tools_benchlims", "tools_classroom",
]


def collect():
    """Return the raw cases in source order, each with its server and source module."""
    cases = []
    for modname in MODULES:
        mod = importlib.import_module(modname)
        seen = set()
        for c in mod.TOOLS:
            name = c["tool"]["name"]
            assert name not in seen, (modname, name)
            seen.add(name)
            c = copy.deepcopy(c)
            c["server"] = mod.SERVER
            c["source"] = modname + ".py"
            c["pad_notes"] = list(mod.PAD_NOTES)
            cases.append(c)
    return cases


def pad(cases, rng):
    """Append 1-3 hand-written server notes to a seeded share of English tools.

    The share is drawn separately for each label so both labels are padded alike.
    Returns the set of (server, name) keys that were padded.
    """
    padded = set()
    for label in (0, 1):
        pool = [c for c in cases if c["label"] == label and c["lang"].startswith("en")]
        k = round(len(pool) * PAD_RATE)
        for c in rng.sample(pool, k):
            notes = rng.sample(c["pad_notes"], rng.randint(1, 5))
            c["tool"]["description"] = c["tool"]["description"].rstrip() + "\n\n" + "\n".join(
                "Note: " + n for n in notes)
            padded.add((c["server"], c["tool"]["name"]))
    return padded


def build():
    rng = random.Random(SEED)
    cases = collect()
    padded = pad(cases, rng)
    rng.shuffle(cases)
    rows = []
    for i, c in enumerate(cases, 1):
        rows.append({
            "id": "%s-t-%04d" % (ID, i),
            "kind": "tool",
            "server": c["server"],
            "tool": c["tool"],
            "label": c["label"],
        })
    return rows, cases, padded


def main():
    rows, cases, padded = build()
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # This set is tools only: results.jsonl is deliberately empty (zero bytes).
    open(os.path.join(ROOT, "results.jsonl"), "w").close()
    n1 = sum(r["label"] for r in rows)
    print("tools.jsonl: %d rows (label 0: %d, label 1: %d); padded: %d; results.jsonl: 0 rows"
          % (len(rows), len(rows) - n1, n1, len(padded)))


if __name__ == "__main__":
    main()
