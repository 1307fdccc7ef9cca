"""Collect hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl.

Deterministic: every random choice comes from random.Random seeded with SEED or with a
crc32 of the case's source position, so a rerun writes byte-identical files.
"""
import glob
import importlib
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import PAD, PAD2  # noqa: E402

OUT = os.path.dirname(HERE)
ID = "h30"
SEED = 3030
# most results spread evenly over 100-2000 characters, per label
EDGES = [100, 340, 575, 815, 1050, 1290, 1525, 1765, 2000]
SIZE_RANGE = {"L": (3000, 8000), "XL": (10000, 25000)}


def load(prefix):
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        modname = os.path.basename(path)[:-3]
        mod = importlib.import_module(modname)
        for k, c in enumerate(mod.CASES):
            c = dict(c)
            c["server"] = mod.SERVER
            c["source"] = "src/%s.py" % modname
            c["key"] = "%s:%d" % (modname, k)
            cases.append(c)
    return cases


class Padder:
    def __init__(self, case):
        self.c = case
        self.rng = random.Random(zlib.crc32(case["key"].encode()))
        self.rows = []

    def _rows(self, n):
        while len(self.rows) < n:
            self.rows.append(self.c["pad"](self.rng, len(self.rows)))
        return self.rows[:n]

    def min_rows(self):
        if self.c["pad"] is None:
            return 0
        return 2 if PAD2 in self.c["text"] else 1

    def render(self, n):
        c = self.c
        text = c["text"]
        if c["pad"] is not None:
            rows = self._rows(n)
            if PAD2 in text:
                text = text.replace(PAD, c["sep"].join(rows[0::2]))
                text = text.replace(PAD2, c["sep"].join(rows[1::2]))
            else:
                text = text.replace(PAD, c["sep"].join(rows))
        blocks = [text] + c["extra"]
        sc = c["sc"]
        if sc == "PARSE":
            sc = json.loads(text)
        return blocks, sc


def measure(blocks, sc):
    n = sum(len(b) for b in blocks)
    if sc is not None:
        n += len(json.dumps(sc, ensure_ascii=False))
    return n


def assign_targets(cases):
    """Give each padded case a target length so each label spreads evenly over 100-2000."""
    rng = random.Random(SEED)
    for c in cases:
        p = Padder(c)
        c["_padder"] = p
        c["_base"] = measure(*p.render(p.min_rows()))
        c["_target"] = None
    for label in (0, 1):
        group = [c for c in cases if c["label"] == label]
        for c in group:
            if c["size"] in SIZE_RANGE:
                lo, hi = SIZE_RANGE[c["size"]]
                c["_target"] = rng.randint(max(lo + 200, c["_base"]), hi - 600)
        normal = [c for c in group if c["size"] is None]
        nbins = len(EDGES) - 1
        quota = len(normal) / nbins
        counts = [0] * nbins

        def bin_of(n):
            for b in range(nbins):
                if n < EDGES[b + 1]:
                    return b
            return nbins - 1

        for c in normal:
            if c["pad"] is None:
                counts[bin_of(c["_base"])] += 1
        padded = sorted([c for c in normal if c["pad"] is not None],
                        key=lambda c: (-c["_base"], c["key"]))
        for c in padded:
            ok = [b for b in range(nbins) if EDGES[b + 1] > c["_base"] + 40]
            if not ok:
                ok = [nbins - 1]
            best = max(quota - counts[b] for b in ok)
            choice = rng.choice([b for b in ok if quota - counts[b] == best])
            counts[choice] += 1
            lo, hi = EDGES[choice], EDGES[choice + 1]
            c["_target"] = rng.randint(max(lo, c["_base"]) + 1, hi - 1) if max(lo, c["_base"]) + 1 < hi - 1 else hi

    for c in cases:
        p = c["_padder"]
        n = p.min_rows()
        if c["_target"] is not None and c["size"] in SIZE_RANGE:
            while measure(*p.render(n)) < c["_target"]:
                n += 1
        elif c["_target"] is not None:
            while measure(*p.render(n + 1)) <= c["_target"]:
                n += 1
        c["_blocks"], c["_sc"] = p.render(n)
        c["_len"] = measure(c["_blocks"], c["_sc"])


def result_record(c, cid):
    res = {"content": [{"type": "text", "text": b} for b in c["_blocks"]], "isError": bool(c["err"])}
    if c["_sc"] is not None:
        res["structuredContent"] = c["_sc"]
    return {"id": cid, "kind": "result", "server": c["server"], "tool": c["tool"],
            "arguments": c["arguments"], "result": res, "label": c["label"]}


def tool_record(c, cid):
    return {"id": cid, "kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}


def dump(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    results = load("results")
    tools = load("tools")
    assign_targets(results)
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)
    rrecs, trecs, meta = [], [], []
    for i, c in enumerate(results, 1):
        cid = "%s-r-%04d" % (ID, i)
        rrecs.append(result_record(c, cid))
        meta.append({"id": cid, "language": c["lang"], "length": c["_len"], "format": c["fmt"],
                     "source": c["source"]})
    for i, c in enumerate(tools, 1):
        cid = "%s-t-%04d" % (ID, i)
        trecs.append(tool_record(c, cid))
        meta.append({"id": cid, "language": c["lang"],
                     "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                     "format": "tool_definition", "source": c["source"]})
    dump(os.path.join(OUT, "results.jsonl"), rrecs)
    dump(os.path.join(OUT, "tools.jsonl"), trecs)
    dump(os.path.join(OUT, "meta.jsonl"), meta)
    print("wrote %d results, %d tools, %d meta lines" % (len(rrecs), len(trecs), len(meta)))


if __name__ == "__main__":
    main()
