"""Collect hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl.
Byte-identical on rerun: one seeded RNG, modules in sorted order, no hash() of strings."""
import copy
import glob
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from common import PAD, PADM  # noqa: E402

ID, SERVER = "u14b", "u14b"


def load():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "results_*.py"))):
        name = os.path.basename(path)[:-3]
        mod = importlib.import_module(name)
        ctx = getattr(mod, "CONTEXT", None)
        for i, c in enumerate(mod.CASES):
            c = dict(c)
            c["src"] = name
            c["idx"] = i
            c["ctx"] = ctx
            out.append(c)
    return out


def choose_target(c, base, rng):
    if c["long"]:
        return rng.randint(3000, 5600)
    if base >= 1950:
        return base
    return rng.randint(max(base, 110), 2000)


CTX_FORMATS = ("chat", "prose", "markdown")
CTX_PROB = 0.7


def add_context(c, rng):
    """A case without padding slots may get a context section fitting its container
    (module-level CONTEXT: a header and a hand-written line shape), appended after the text."""
    text = c["text"]
    ctx = c.get("ctx")
    if PAD in text or ctx is None or c["fmt"] not in CTX_FORMATS or len(text) < 250:
        return c
    if rng.random() >= CTX_PROB:
        return c
    c = dict(c)
    c["text"] = text.rstrip("\n") + "\n\n" + ctx["header"] + "\n" + PAD
    c["pad"] = ctx["line"]
    c["sep"] = ctx.get("sep", "\n")
    return c


def pad_text(c, rng):
    c = add_context(c, rng)
    text = c["text"]
    slots = text.count(PAD)
    if not slots or c["pad"] is None:
        return text
    base = len(text.replace(PAD, ""))
    target = choose_target(c, base, rng)
    fills = [[] for _ in range(slots)]
    total = base
    k = 0
    while total < target:
        line = c["pad"](rng)
        fills[k % slots].append(line)
        total += len(line) + len(c["sep"])
        k += 1
    parts = text.split(PAD)
    res = parts[0]
    for i in range(slots):
        chunk = c["sep"].join(fills[i])
        nxt = parts[i + 1]
        if not chunk and nxt.startswith("\n"):
            nxt = nxt[1:]
        res += chunk + nxt
    return res


def pad_json(c, rng):
    obj = copy.deepcopy(c["text"])
    lists = []

    def walk(o):
        if isinstance(o, list):
            if PADM in o:
                lists.append(o)
            for v in o:
                walk(v)
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)
    walk(obj)

    def dump(o):
        return json.dumps(o, ensure_ascii=False, indent=2)
    if not lists or c["pad"] is None:
        for l in lists:
            l.remove(PADM)
        return obj, dump(obj)
    slots = []
    for l in lists:
        i = l.index(PADM)
        l.pop(i)
        slots.append((l, i))
    base = len(dump(obj))
    target = choose_target(c, base, rng)
    k = 0
    while len(dump(obj)) < target:
        l, i = slots[k % len(slots)]
        l.insert(i, c["pad"](rng))
        slots[k % len(slots)] = (l, i + 1)
        k += 1
    return obj, dump(obj)


def realize(c, rng):
    if isinstance(c["text"], str):
        text = pad_text(c, rng)
        obj = None
    else:
        obj, text = pad_json(c, rng)
    content = [{"type": "text", "text": text}]
    for b in c["blocks"] or []:
        content.append({"type": "text", "text": b})
    result = {"content": content, "isError": bool(c["err"])}
    if c["sc"] == "same":
        result["structuredContent"] = obj
    elif c["sc"] is not None:
        result["structuredContent"] = c["sc"]
    return result


def main():
    rng = random.Random(14_2024)
    cases = load()
    rows = []
    for c in cases:
        rows.append((c, realize(c, rng)))
    random.Random(1414).shuffle(rows)
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f, \
            open(os.path.join(ROOT, "meta.jsonl"), "w", encoding="utf-8") as m:
        for n, (c, result) in enumerate(rows, 1):
            cid = f"{ID}-r-{n:04d}"
            rec = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["args"], "result": result, "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta = {"id": cid, "src": c["src"], "idx": c["idx"], "fmt": c["fmt"],
                    "lang": c["lang"], "long": c["long"]}
            m.write(json.dumps(meta, ensure_ascii=False) + "\n")
    open(os.path.join(ROOT, "tools.jsonl"), "w").close()
    print(f"wrote {len(rows)} results, 0 tools")


if __name__ == "__main__":
    main()
