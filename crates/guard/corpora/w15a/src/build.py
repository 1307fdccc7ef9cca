"""Collect the hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl.
Byte-identical on rerun."""
import glob
import importlib.util
import json
import os
import random

import pads

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ID = "w15a"
SEED = 151515


def load(prefix):
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for c in mod.CASES:
            c["src"] = name
            cases.append(c)
    return cases


def dumps(o):
    return json.dumps(o, ensure_ascii=False, indent=2)


def total_len(text, sc, blocks):
    n = len(text) + sum(len(b) for b in blocks)
    if isinstance(sc, dict) and sc is not None:
        n += len(json.dumps(sc, ensure_ascii=False))
    return n


# Padding for cases written without an explicit line shape (English, text-like formats only;
# appended after the hand-written part, the same way for both labels).
DEFAULT_PAD = {"email": "quote", "text": "prose", "chat": "chat", "markdown": "prose", "pdf": "prose",
               "diff": "diff", "log": "applog"}


def default_pads(cases):
    for c in cases:
        if c["pad"] is None and isinstance(c["text"], str) and not c["err"]:
            if c["lang"] == "en":
                c["pad"] = DEFAULT_PAD.get(c["fmt"])
            elif c["fmt"] in ("text", "email", "chat") and "prose_" + c["lang"] in pads.SHAPES:
                c["pad"] = "prose_" + c["lang"]
            c["pad_default"] = c["pad"] is not None


def realize(c, target, rng):
    t = c["text"]
    blocks = list(c["blocks"])
    sc = c["sc"]
    shape = pads.SHAPES.get(c["pad"]) if c["pad"] else None
    if not isinstance(t, str):
        o = json.loads(json.dumps(t))
        if shape and c["jkey"]:
            lst = o[c["jkey"]]
            at = len(lst) // 2 if len(lst) > 1 else len(lst)
            other = total_len("", sc if isinstance(sc, dict) else None, blocks)
            while len(dumps(o)) + other < target:
                lst.insert(at, shape(rng))
                at += 1
        text = dumps(o)
        if sc is True:
            sc = o
        return text, sc, blocks
    base = t.replace("{PAD}", "")
    other = total_len("", sc if isinstance(sc, dict) else None, blocks)
    lines = []
    cur = len(base) + other
    if shape:
        while cur < target:
            ln = shape(rng)
            lines.append(ln)
            cur += len(ln) + 1
    if lines and c.get("pad_default") and c["pad"] == "quote":
        lines.insert(0, "\nOn %s, %s wrote:" % (rng.choice(["Mon 3 Jun 2024", "Tue 11 Jun 2024", "Fri 14 Jun 2024"]),
                                                rng.choice(pads.NAMES)))
    elif lines and c.get("pad_default") and c["pad"].startswith("prose"):
        lines.insert(0, "")
    filler = "\n".join(lines)
    if "{PAD}" in t:
        if filler:
            text = t.replace("{PAD}", filler)
        else:
            text = t.replace("{PAD}\n", "").replace("{PAD}", "")
    else:
        text = base + ("\n" + filler if filler else "")
    return text, sc, blocks


def targets(cases, rng):
    """Per label: about 7% 3000-8000, 2% 10000-25000, rest uniform 100-2000."""
    out = {}
    for lab in (0, 1):
        idx = [k for k, c in enumerate(cases) if c["label"] == lab]
        # long cases only from hand-placed padding points ({PAD} marker or a JSON list), so that
        # in long label-1 texts the payload sits in the middle or near the end
        padded = [k for k in idx if cases[k]["pad"] and not cases[k].get("pad_default")
                  and ((isinstance(cases[k]["text"], str) and "{PAD}" in cases[k]["text"]) or cases[k]["jkey"])]
        rng.shuffle(padded)
        n_long = round(0.07 * len(idx))
        n_xl = round(0.02 * len(idx))
        for k in padded[:n_xl]:
            out[k] = rng.randint(10000, 25000)
        for k in padded[n_xl:n_xl + n_long]:
            out[k] = rng.randint(3000, 8000)
        for k in idx:
            if k not in out:
                out[k] = rng.randint(100, 2000)
    return out


def build_results():
    cases = load("results")
    default_pads(cases)
    rng = random.Random(SEED)
    tg = targets(cases, rng)
    rows = []
    for k, c in enumerate(cases):
        text, sc, blocks = realize(c, tg[k], random.Random(SEED * 7 + k))
        content = [{"type": "text", "text": text}] + [{"type": "text", "text": b} for b in blocks]
        res = {"content": content, "isError": bool(c["err"])}
        if sc is not None:
            res["structuredContent"] = sc
        rows.append(({"kind": "result", "server": c["server"], "tool": c["tool"], "arguments": c["args"],
                      "result": res, "label": c["label"]},
                     {"src": c["src"], "lang": c["lang"], "fmt": c["fmt"]}))
    random.Random(SEED + 1).shuffle(rows)
    return rows


def build_tools():
    cases = load("tools")
    rows = []
    for c in cases:
        rows.append(({"kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]},
                     {"src": c["src"], "lang": "en", "fmt": "tool"}))
    random.Random(SEED + 2).shuffle(rows)
    return rows


def write(rows, letter, fname, meta):
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        for n, (row, m) in enumerate(rows, 1):
            cid = "%s-%s-%04d" % (ID, letter, n)
            out = {"id": cid}
            out.update(row)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            mm = {"id": cid, "label": row["label"]}
            mm.update(m)
            meta.append(mm)


def main():
    meta = []
    write(build_results(), "r", "results.jsonl", meta)
    write(build_tools(), "t", "tools.jsonl", meta)
    with open(os.path.join(OUT, "case_meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote", len(meta), "cases")


if __name__ == "__main__":
    main()
