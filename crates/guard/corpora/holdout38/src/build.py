"""Collect the hand-written cases, pad lengths, shuffle with a fixed seed,
assign ids and write results.jsonl, tools.jsonl and meta.jsonl.

Byte-identical on rerun: one random.Random(SEED), fixed module order, no
set/dict-hash dependent iteration.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import PAD, GENERIC_FORMATS, LANG_LINES, ctx_row, ctx_place, json_place  # noqa: E402

SEED = 3838
ID = "h38"
DOMAINS = ["vineyardos", "tutorhub", "fleetcare", "podcastr", "marinabay",
           "clinicrx", "coworkly", "chatvault"]
R_MODULES = ["results_" + d for d in DOMAINS]
T_MODULES = ["tools_" + d for d in DOMAINS]


def dumps(o):
    return json.dumps(o, ensure_ascii=False)


def sc_len(sc):
    return len(dumps(sc)) if sc is not None else 0


def draw_target(rng, size):
    if size == "L":
        return rng.randint(3000, 7700)
    if size == "XL":
        return rng.randint(10000, 24000)
    return rng.randint(100, 2000)


def fill(case, target, rng):
    blocks = list(case["blocks"])
    idx = None
    for i, b in enumerate(blocks):
        if PAD in b:
            idx = i
            break
    if idx is None:
        return generic_fill(case, blocks, target, rng)
    npad = blocks[idx].count(PAD)
    cur = sum(len(b) for b in blocks) - npad * len(PAD) + sc_len(case["sc"])
    rows = []
    i = 0
    pad = case["pad"]
    while pad is not None and cur < target and i < 20000:
        row = pad(rng, i)
        if cur + len(row) > target + 400 and case["size"] is None and rows:
            break
        rows.append(row)
        cur += len(row)
        i += 1
    if npad == 2:
        # payload or note sits between two padded runs: split the rows
        half = len(rows) // 2
        first, rest = blocks[idx].split(PAD, 1)
        blocks[idx] = first + "".join(rows[:half]) + rest.replace(PAD, "".join(rows[half:]))
    else:
        blocks[idx] = blocks[idx].replace(PAD, "".join(rows))
    return blocks


def generic_fill(case, blocks, target, rng):
    """Context padding for cases without a PAD marker (first block).

    English cases use the module's CTX lines; other languages use neutral
    filing lines in the same language (common.LANG_LINES). Chat transcripts
    in other languages are not padded.
    """
    ctx = case.get("ctx")
    fmt = case["fmt"]
    if ctx is None or fmt not in GENERIC_FORMATS:
        return blocks
    if case["lang"] != "en":
        if fmt == "chat" or case["lang"] not in LANG_LINES:
            return blocks
        ctx = dict(ctx, lines=LANG_LINES[case["lang"]], foreign=True)
        if fmt == "email":
            fmt = "plain"  # filing notes under a separator, not a fake quoted reply
    cur = sum(len(b) for b in blocks) + sc_len(case["sc"])
    if cur >= target:
        return blocks
    if fmt == "chat":
        # keep the hand-written order (a small dialogue), start at a random
        # point, and give the rows increasing times
        chat = list(ctx["chat"])
        k = rng.randrange(len(chat))
        chat = chat[k:] + chat[:k]
        minute = rng.randint(6 * 60, 20 * 60)
        pool = []
        for spk, txt in chat:
            minute += rng.randint(0, 3)
            pool.append("[%02d:%02d] %s: %s\n" % ((minute // 60) % 24, minute % 60, spk, txt))
    else:
        pool = list(ctx["lines"])
        rng.shuffle(pool)
    if fmt == "json":
        base = json_place(blocks[0], [])
        if base is None:
            return blocks
        cur += len(base) - len(blocks[0])
        rows = []
        i = 0
        while cur < target and i < len(pool):
            row = ctx_row(fmt, ctx, rng, pool[i])
            n = len(json.dumps(row, ensure_ascii=False, indent=2)) + 8
            if cur + n > target + 400 and case["size"] is None and rows:
                break
            rows.append(row)
            cur += n
            i += 1
        rows.sort(key=lambda x: x["date"])
        blocks = list(blocks)
        blocks[0] = json_place(blocks[0], rows)
        return blocks
    cur += len(ctx_place(fmt, "", ctx, [])) + 1
    rows = []
    i = 0
    while cur < target and i < len(pool):
        row = pool[i] if fmt == "chat" else ctx_row(fmt, ctx, rng, pool[i])
        if cur + len(row) > target + 400 and case["size"] is None and rows:
            break
        rows.append(row)
        cur += len(row)
        i += 1
    if not rows:
        return blocks
    if fmt in ("log", "sql", "plain", "pdf", "markdown"):
        rows.sort()
    blocks = list(blocks)
    blocks[0] = ctx_place(fmt, blocks[0], ctx, rows)
    return blocks


def result_length(blocks, sc):
    return sum(len(b) for b in blocks) + sc_len(sc)


def main():
    rng = random.Random(SEED)
    results, tools = [], []
    for m in R_MODULES:
        mod = importlib.import_module(m)
        for c in mod.C.results:
            c["ctx"] = getattr(mod, "CTX", None)
        results.extend(mod.C.results)
    for m in T_MODULES:
        mod = importlib.import_module(m)
        tools.extend(mod.C.tools)

    # Stratified targets: for each label separately, the cases without a size
    # class get evenly spaced targets over 100-2000 in shuffled order, so the
    # drawn length distribution is the same for both labels.
    strata = {}
    for lab in (0, 1):
        n = sum(1 for c in results if c["label"] == lab and c["size"] is None)
        tg = [int(100 + (k + 0.5) * 1900.0 / n) for k in range(n)]
        rng.shuffle(tg)
        strata[lab] = tg

    built = []
    for c in results:
        if c["size"] is None:
            target = strata[c["label"]].pop()
        else:
            target = draw_target(rng, c["size"])
        blocks = fill(c, target, rng)
        res = {"content": [{"type": "text", "text": b} for b in blocks],
               "isError": bool(c["err"])}
        if c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        case = {"id": None, "kind": "result", "server": c["server"],
                "tool": c["tool"], "arguments": c["args"], "result": res,
                "label": c["label"]}
        meta = {"id": None, "language": c["lang"],
                "length": result_length(blocks, c["sc"]),
                "format": c["fmt"], "source": c["source"]}
        built.append((case, meta))

    rng.shuffle(built)
    for n, (case, meta) in enumerate(built, 1):
        case["id"] = meta["id"] = "%s-r-%04d" % (ID, n)

    tbuilt = []
    for c in tools:
        case = {"id": None, "kind": "tool", "server": c["server"],
                "tool": c["tool"], "label": c["label"]}
        meta = {"id": None, "language": c["lang"],
                "length": len(dumps(c["tool"])), "format": c["fmt"],
                "source": c["source"]}
        tbuilt.append((case, meta))
    rng.shuffle(tbuilt)
    for n, (case, meta) in enumerate(tbuilt, 1):
        case["id"] = meta["id"] = "%s-t-%04d" % (ID, n)

    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for case, _ in built:
            f.write(dumps(case) + "\n")
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for case, _ in tbuilt:
            f.write(dumps(case) + "\n")
    with open(os.path.join(ROOT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for _, meta in built + tbuilt:
            f.write(dumps(meta) + "\n")
    print("results: %d  tools: %d" % (len(built), len(tbuilt)))


if __name__ == "__main__":
    main()
