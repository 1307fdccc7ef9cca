"""Collect the hand-written cases, expand pasted material, add the occasional
metadata line / structuredContent, shuffle with a fixed seed, assign ids and
write results.jsonl (and an empty tools.jsonl). Byte-identical on rerun."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pads  # noqa: E402
from common import result_line, fill_structured  # noqa: E402

ID = "p18a"
SEED = 1818
OUT_DIR = os.path.dirname(HERE)
MODULES = [
    "results_prompts",
    "results_history",
    "results_feedback",
    "results_support",
    "results_classroom",
    "results_writing",
    "results_modqueue",
    "results_curation",
]
META_RATE = 0.20        # share of cases that get a one-line metadata header
META_BLOCK_RATE = 0.30  # of those, share where the header is its own block
STRUCT_RATE = 0.07      # share that also carry structuredContent


def collect():
    rng = random.Random(SEED)
    rows = []
    for modname in MODULES:
        mod = importlib.import_module(modname)
        for c in mod.CASES:
            text = pads.expand(c["text"], rng)
            args = c["args"] if c["args"] is not None else mod.args_for(c["tool"], rng, c["q"])
            meta = c["meta"]
            roll_meta, roll_block, roll_struct = rng.random(), rng.random(), rng.random()
            if meta is None and not c["no_meta"] and roll_meta < META_RATE:
                meta = mod.meta(rng)
            fmt = []
            if meta:
                if roll_block < META_BLOCK_RATE:
                    blocks = [meta, text]
                    fmt.append("meta-block")
                else:
                    blocks = [meta + "\n" + text]
                    fmt.append("meta-line")
            else:
                blocks = [text]
            if c["blocks"]:
                blocks += [pads.expand(b, rng) for b in c["blocks"]]
                fmt.append("multi-block")
            structured = None
            if c["structured"] is not None:
                structured = fill_structured(c["structured"], text)
                fmt.append("structured")
            elif not c["error"] and roll_struct < STRUCT_RATE:
                structured = dict(args)
                structured["text"] = text
                fmt.append("structured")
            if c["error"]:
                fmt.append("error")
            rows.append({
                "server": mod.SERVER, "tool": c["tool"], "args": args,
                "blocks": blocks, "error": c["error"], "label": c["label"],
                "structured": structured, "lang": c["lang"],
                "fmt": "+".join(fmt) or "bare", "source": modname,
            })
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "%s-r-%04d" % (ID, i)
        r["line"] = json.dumps(
            result_line(r["id"], r["server"], r["tool"], r["args"], r["blocks"],
                        r["error"], r["label"], r["structured"]),
            ensure_ascii=False)
    return rows


def main():
    rows = collect()
    with open(os.path.join(OUT_DIR, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(r["line"] + "\n")
    with open(os.path.join(OUT_DIR, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        pass
    n1 = sum(r["label"] for r in rows)
    print("wrote %d results (%d label 1, %d label 0), 0 tools" % (len(rows), n1, len(rows) - n1))


if __name__ == "__main__":
    main()
