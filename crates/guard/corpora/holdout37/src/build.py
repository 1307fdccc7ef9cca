"""Collect hand-written cases, pad lengths, shuffle (seed 3737), assign ids, write jsonl."""
import importlib
import json
import os
import random
import re
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
sys.dont_write_bytecode = True
SEED = 3737
ID = "h37"

TOK = re.compile(r"\{(i|n|z|nn|nnn|nnnn|d|t|x|h|p:[^{}]*)\}")


def fill(tpl, rng, idx):
    def sub(m):
        k = m.group(1)
        if k == "i":
            return str(idx)
        if k == "n":
            return str(rng.randint(1, 99))
        if k == "z":
            return str(rng.randint(0, 9))
        if k == "nn":
            return str(rng.randint(10, 99))
        if k == "nnn":
            return str(rng.randint(100, 999))
        if k == "nnnn":
            return str(rng.randint(1000, 9999))
        if k == "d":
            return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if k == "t":
            return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
        if k == "x":
            return "%.2f" % rng.uniform(0, 100)
        if k == "h":
            return "".join(rng.choice("0123456789abcdef") for _ in range(6))
        return rng.choice(k[2:].split("|"))
    out = tpl
    for _ in range(4):
        new = TOK.sub(sub, out)
        if new == out:
            break
        out = new
    return out


def load(prefix):
    mods = sorted(f[:-3] for f in os.listdir(SRC) if f.startswith(prefix) and f.endswith(".py"))
    out = []
    for m in mods:
        out.extend(importlib.import_module(m).CASES)
    return out


def measure(blocks, sc):
    n = sum(len(x) for x in blocks)
    if sc is not None:
        n += len(json.dumps(sc, ensure_ascii=False))
    return n


def strip_markers(blocks):
    return [x.replace("{{PAD}}", "").replace("{{PAD2}}", "") for x in blocks]


def pad_case(c, target, rng, mode):
    blocks = c["blocks"]
    base = measure(strip_markers(blocks), c["sc"])
    if c["pad"] is not None:
        base += len(c["pad"].get("head", "")) + len(c["pad"].get("tail", ""))
    if c["pad"] is None or target is None or base >= target:
        c["blocks"] = strip_markers(blocks)
        return
    tpls = c["pad"]["rows"]
    sep = c["pad"].get("sep", "\n")
    two = any("{{PAD2}}" in x for x in blocks)
    rows1, rows2 = [], []
    cur = base
    k = 0
    while True:
        row = fill(tpls[rng.randrange(len(tpls))], rng, k + 1) + sep
        if mode == "le" and cur + len(row) > target and cur >= 100:
            break
        if mode == "ge" and cur >= target:
            break
        (rows2 if two and k % 3 == 2 else rows1).append(row)
        cur += len(row)
        k += 1
    p1, p2 = "".join(rows1), "".join(rows2)
    if p1:
        p1 = c["pad"].get("head", "") + p1 + c["pad"].get("tail", "")
    c["blocks"] = [x.replace("{{PAD}}", p1).replace("{{PAD2}}", p2) for x in blocks]


def assign_and_pad(results, rng):
    for label in (0, 1):
        group = [c for c in results if c["label"] == label]
        normal = [c for c in group if c["size"] is None and c["pad"] is not None]
        n = len(normal)
        targets = sorted(100 + 1900 * (k + rng.random()) / n for k in range(n))
        order = sorted(range(n), key=lambda j: (measure(strip_markers(normal[j]["blocks"]), normal[j]["sc"]), j))
        for t, j in zip(targets, order):
            pad_case(normal[j], int(t), rng, "le")
        for c in group:
            if c["size"] == "m":
                pad_case(c, rng.randint(3100, 7700), rng, "ge")
            elif c["size"] == "xl":
                pad_case(c, rng.randint(10300, 24000), rng, "ge")
            elif c["pad"] is None:
                c["blocks"] = strip_markers(c["blocks"])


def main():
    rng = random.Random(SEED)
    results = load("results_")
    tools = load("tools_")
    assign_and_pad(results, rng)
    rng.shuffle(results)
    rng.shuffle(tools)
    meta = []
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for k, c in enumerate(results, 1):
            cid = "%s-r-%04d" % (ID, k)
            res = {"content": [{"type": "text", "text": x} for x in c["blocks"]], "isError": bool(c["err"])}
            if c["sc"] is not None:
                res["structuredContent"] = c["sc"]
            row = {"id": cid, "kind": "result", "server": c["server"], "tool": c["tool"],
                   "arguments": c["arguments"], "result": res, "label": c["label"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append({"id": cid, "language": c["lang"], "length": measure(c["blocks"], c["sc"]),
                         "format": c["fmt"], "source": c["source"]})
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for k, c in enumerate(tools, 1):
            cid = "%s-t-%04d" % (ID, k)
            row = {"id": cid, "kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append({"id": cid, "language": c["lang"],
                         "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                         "format": c["fmt"], "source": c["source"]})
    with open(os.path.join(ROOT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
