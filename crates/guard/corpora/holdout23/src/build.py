"""Collect hand-written cases, pad lengths, shuffle (fixed seed), assign ids, write jsonl files.
Deterministic: byte-identical output on rerun."""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SERVER = "holdout23"
ID = "h23"
SEED = 2323
MARK = "{PAD}"


def load(pattern):
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for c in mod.CASES:
            c = dict(c)
            c["source"] = "src/" + os.path.basename(path)
            cases.append(c)
    return cases


def result_len(text, blocks, sc):
    n = len(text) + sum(len(b) for b in blocks)
    if sc is not None:
        n += len(json.dumps(sc, ensure_ascii=False))
    return n


def render(c, nrows_per_marker):
    parts = c["text"].split(MARK)
    out = parts[0]
    for i, p in enumerate(parts[1:]):
        out += "\n".join(nrows_per_marker[i]) + p
    return out


def pad_case(c, target, rng):
    nmark = c["text"].count(MARK)
    filled = [[] for _ in range(nmark)]
    base = render(c, filled)
    if nmark == 0 or not c["rows"]:
        return base
    cur = result_len(base, c["blocks"], c["sc"])
    i = 0
    while cur < target:
        # when several markers: weight the later ones less so payloads sit mid or near end
        m = i % nmark if nmark == 1 else (0 if rng.random() < 0.6 else rng.randrange(1, nmark))
        row = __import__("common").fill_row(rng.choice(c["rows"]), rng)
        filled[m].append(row)
        cur += len(row) + (1 if len(filled[m]) > 1 else 0)
        i += 1
    return render(c, filled)


def assign_targets(cases, rng):
    targets = {}
    natural = [result_len(render(c, [[] for _ in range(c["text"].count(MARK))]), c["blocks"], c["sc"]) for c in cases]
    for label in (0, 1):
        idx = [i for i, c in enumerate(cases) if c["label"] == label]
        padable = [i for i in idx if MARK in cases[i]["text"] and cases[i]["rows"]]
        big = [i for i in padable if cases[i]["big"]]
        rest = [i for i in padable if not cases[i]["big"]]
        rng.shuffle(big)
        n_huge = max(1, round(0.02 * len(idx)))
        n_long = max(1, round(0.07 * len(idx)))
        huge = big[:n_huge]
        long_ = big[n_huge:n_huge + n_long]
        if len(long_) < n_long:
            rng.shuffle(rest)
            need = n_long - len(long_)
            long_ += rest[:need]
            rest = rest[need:]
        rest += big[n_huge + n_long:]
        for i in huge:
            targets[i] = rng.randint(10000, 25000)
        for i in long_:
            targets[i] = rng.randint(3000, 8000)
        # even spread 100-2000: fill the emptiest length bucket, given cases that are not padded
        edges = [(100, 575), (575, 1050), (1050, 1525), (1525, 2000)]
        counts = [0, 0, 0, 0]
        for i in idx:
            if i in rest or i in huge or i in long_:
                continue
            n = natural[i]
            for b, (lo, hi) in enumerate(edges):
                if lo <= n < hi:
                    counts[b] += 1
        rest.sort()
        rng.shuffle(rest)
        for i in rest:
            ok = [b for b, (lo, hi) in enumerate(edges) if hi > natural[i] + 20]
            b = min(ok, key=lambda x: (counts[x], x))
            lo, hi = edges[b]
            targets[i] = rng.randint(max(lo, natural[i]), hi - 1)
            counts[b] += 1
    return targets


def main():
    import sys
    sys.path.insert(0, HERE)
    rng = random.Random(SEED)
    results = load("results_*.py")
    tools = load("tools_*.py")
    targets = assign_targets(results, rng)
    built_r = []
    for i, c in enumerate(results):
        text = pad_case(c, targets.get(i, 0), rng)
        assert MARK not in text
        content = [{"type": "text", "text": text}] + [{"type": "text", "text": b} for b in c["blocks"]]
        res = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        built_r.append(({"kind": "result", "server": SERVER, "tool": c["tool"],
                         "arguments": c["arguments"], "result": res, "label": c["label"]},
                        {"language": c["lang"], "length": result_len(text, c["blocks"], c["sc"]),
                         "format": c["fmt"], "source": c["source"]}))
    built_t = []
    for c in tools:
        built_t.append(({"kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]},
                        {"language": c["lang"],
                         "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                         "format": c["fmt"], "source": c["source"]}))
    rng.shuffle(built_r)
    rng.shuffle(built_t)
    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for n, (row, m) in enumerate(built_r, 1):
            rid = "%s-r-%04d" % (ID, n)
            row = {"id": rid, **row}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append({"id": rid, **m})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for n, (row, m) in enumerate(built_t, 1):
            tid = "%s-t-%04d" % (ID, n)
            row = {"id": tid, **row}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append({"id": tid, **m})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("results", len(built_r), "tools", len(built_t))


if __name__ == "__main__":
    main()
