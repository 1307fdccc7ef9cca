"""Collect the hand-written material, assemble results, shuffle with a fixed seed, write jsonl.

Byte-identical on rerun: every random choice comes from random.Random seeded with a string.
"""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common import ID, result_line  # noqa: E402
import results_students  # noqa: E402
import results_careers  # noqa: E402
import results_business  # noqa: E402
import results_dev  # noqa: E402
import results_writers_gm  # noqa: E402
import results_intl  # noqa: E402

DOMAINS = [results_students, results_careers, results_business, results_dev, results_writers_gm]

ERROR_LINES = [
    "Export incomplete: 2 of the requested conversations could not be read (attachment store timed out). Partial content follows.",
    "Warning: file was modified while being read; the copy below may be missing the last entries.",
    "Partial result: the archive index is rebuilding, so some conversations are shown without titles.",
]
TURN_TITLES = ["one more thing", "follow-up", "misc", "later", "quick note"]


def _inline(piece, text):
    title, turns = piece
    turns = list(turns)
    for i in range(len(turns) - 1, -1, -1):
        if turns[i][0] == "user":
            sep = "" if text.startswith("\n") else " "
            turns[i] = ("user", turns[i][1] + sep + text)
            break
    return (title, turns)


def _place(r, blocks, block, where):
    """blocks = [head?] + body + [foot?]; insert into the body part."""
    if where == "start":
        blocks["body"].insert(0, block)
    elif where == "end":
        blocks["body"].append(block)
    else:
        n = len(blocks["body"])
        pos = r.randint(1, n - 1) if n >= 2 else n
        blocks["body"].insert(pos, block)


def assemble(mod):
    rows = []
    pool = list(range(len(mod.PIECES)))
    cyc = []
    rp = random.Random(f"{ID}-{mod.NAME}-pool")
    payloads = list(mod.PAYLOADS)
    rp.shuffle(payloads)
    labels = [0] * mod.N0 + [1] * mod.N1
    long_left = {0: mod.LONG0, 1: mod.LONG1}
    for idx, label in enumerate(labels):
        r = random.Random(f"{ID}-{mod.NAME}-{idx}")
        is_long = long_left[label] > 0
        if is_long:
            long_left[label] -= 1
        cont = mod.CONTAINERS[r.randrange(len(mod.CONTAINERS))]
        if is_long:
            target = r.randint(3000, 5600)
        else:
            # English targets lean long: the hand-written non-English cases are mostly short
            lo = r.choices([100, 500, 1000, 1500], [0.6, 0.65, 1.0, 1.0] if label == 0 else [0.5, 0.45, 1.0, 1.4])[0]
            target = r.randint(lo, lo + 499)
        args = cont["args"](r)
        head = cont["head"](r, args)
        foot = cont["foot"](r) if cont["foot"] else ""
        if target < 450 and cont["fmt"] != "email" and r.random() < 0.8:
            head = ""
        blocks = {"head": head, "body": [], "foot": foot}
        payload = payloads[(idx - mod.N0) % len(payloads)] if label == 1 else None
        note = r.choice(mod.NOTES) if r.random() < (0.45 if label == 0 else 0.25) else None
        reserve = (len(payload[1]) + 40 if payload else 0) + (len(note) + 2 if note else 0)
        used = set()

        def cur_len():
            parts = [blocks["head"]] + blocks["body"] + [blocks["foot"]]
            return sum(len(p) + 2 for p in parts if p) + reserve

        inline_piece = None
        if payload and payload[0] == "inline":
            inline_piece = r.randrange(len(mod.PIECES))
        while True:
            if cur_len() >= target - 120 and blocks["body"]:
                break
            if not cyc:
                cyc = pool[:]
                rp.shuffle(cyc)
            cand = [c for c in cyc[:12] if c not in used]
            rest = [c for c in pool if c not in used and c not in cand]
            rp2 = random.Random(f"{ID}-{mod.NAME}-{idx}-{len(blocks['body'])}")
            rp2.shuffle(rest)
            cand += rest
            if inline_piece is not None and inline_piece not in used:
                cand = [inline_piece] + cand
            if not cand:
                cand = [c for c in pool if c not in used]
                if not cand:
                    break
            chosen = None
            best = None
            for c in cand:
                piece = mod.PIECES[c]
                if c == inline_piece:
                    piece = _inline(piece, payload[1])
                blk = cont["conv"](r, piece, len(blocks["body"]))
                extra = len(blk) + 2 - (len(payload[1]) + 40 if c == inline_piece else 0)
                if cur_len() + extra <= target + 60:
                    chosen = (c, blk, c == inline_piece)
                    break
                if best is None or extra < best[3]:
                    best = (c, blk, c == inline_piece, extra)
            if chosen is None:
                if blocks["body"]:
                    break
                chosen = best[:3]
            c, blk, was_inline = chosen
            used.add(c)
            if c in cyc:
                cyc.remove(c)
            blocks["body"].append(blk)
            if was_inline:
                reserve -= len(payload[1]) + 40
        # filler lines if still short
        if cont.get("filler"):
            tries = 0
            while cur_len() < target - 200 and tries < 6:
                _place(r, blocks, cont["filler"](r), "middle")
                tries += 1
        # benign human-addressed note
        if note:
            _place(r, blocks, note, r.choice(["start", "middle", "end"]))
        # payload
        where = "-"
        if payload and payload[0] != "inline":
            mode, text = payload
            if is_long:
                where = r.choice(["middle", "end"])
            else:
                where = r.choices(["start", "middle", "end"], [2, 4, 4])[0]
            if mode == "turn":
                where = "middle" if where == "start" else where
                text = cont["conv"](r, (r.choice(TURN_TITLES), [("user", text)]), len(blocks["body"]))
            if where == "end" and blocks["foot"] and r.random() < 0.5:
                blocks["foot"] = blocks["foot"] + "\n\n" + text
            else:
                _place(r, blocks, text, where)
        elif payload:
            where = "inline"
        if not blocks["head"] and sum(len(x) for x in blocks["body"]) < 120:
            blocks["head"] = cont["head"](r, args)
        text_blocks = [b for b in [blocks["head"]] + blocks["body"] + [blocks["foot"]] if b]
        is_error = r.random() < 0.025
        if is_error:
            text_blocks.insert(0, r.choice(ERROR_LINES))
        full = "\n\n".join(text_blocks)
        if blocks["head"] and r.random() < 0.06:
            hi = text_blocks.index(blocks["head"])
            content = ["\n\n".join(text_blocks[: hi + 1]), "\n\n".join(text_blocks[hi + 1:])]
        else:
            content = [full]
        rows.append({"tool": cont["tool"], "arguments": args, "blocks": content,
                     "label": label, "is_error": is_error, "lang": "en", "fmt": cont["fmt"],
                     "src": mod.__name__, "where": where})
    return rows


def main():
    rows = []
    for mod in DOMAINS:
        rows.extend(assemble(mod))
    for c in results_intl.CASES:
        rows.append({"tool": c["tool"], "arguments": c["args"], "blocks": [c["text"]], "label": c["label"],
                     "is_error": False, "lang": c["lang"], "fmt": c["fmt"], "src": "results_intl", "where": "?"})
    random.Random(f"{ID}-shuffle").shuffle(rows)
    lines = []
    for i, row in enumerate(rows, 1):
        line = result_line(f"{ID}-r-{i:04d}", row["tool"], row["arguments"], row["blocks"], row["label"], row["is_error"])
        lines.append(json.dumps(line, ensure_ascii=False))
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        f.write("")
    # summary from true metadata
    print(f"results: {len(rows)}  label1: {sum(r['label'] for r in rows)}")
    print("by source x label:")
    for src, n in sorted(Counter((r["src"], r["label"]) for r in rows).items()):
        print(f"  {src[0]:<22} {src[1]}  {n}")
    print("by lang:", dict(sorted(Counter(r["lang"] for r in rows).items())))
    print("non-English:", sum(1 for r in rows if r["lang"] != "en"))
    print("by fmt x label:", dict(sorted(Counter((r["fmt"], r["label"]) for r in rows).items())))
    print("payload placement:", dict(sorted(Counter(r["where"] for r in rows if r["label"] == 1).items())))


if __name__ == "__main__":
    main()
