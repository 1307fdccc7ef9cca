"""Collect hand-written cases, pad lengths, shuffle (fixed seed), assign ids, write jsonl."""
import glob, importlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import PAD_SHAPES, fill  # noqa: E402

ID, SERVER, SEED = "h24", "holdout24", 240424
BUCKETS = [(100, 500), (500, 1000), (1000, 1500), (1500, 2000)]
LONG, HUGE = (3000, 7800), (10000, 24000)


def load(prefix):
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for i, c in enumerate(mod.CASES):
            c = dict(c)
            c["source"] = "src/" + os.path.basename(path)
            c["key"] = "%s#%d" % (c["source"], i)
            cases.append(c)
    return cases


def blocks(c):
    return c["text"] if isinstance(c["text"], list) else [c["text"]]


def has_pad(c):
    return any("{{PAD}}" in b for b in blocks(c))


def render(c, target):
    """Insert seeded filler rows at {{PAD}} until total length reaches target."""
    rng = random.Random("%s|%s" % (SEED, c["key"]))
    shapes = c["pad"] or PAD_SHAPES[c["fmt"]]
    sc_len = len(json.dumps(c["sc"], ensure_ascii=False)) if c["sc"] is not None else 0
    out = []
    for b in blocks(c):
        if "{{PAD}}" not in b:
            out.append(b)
            continue
        rows, base = [], len(b.replace("{{PAD}}", "")) + sum(len(x) for x in out) + sc_len
        others = sum(len(x) for x in blocks(c) if x is not b and "{{PAD}}" not in x)
        while target and base + others + sum(len(r) + 1 for r in rows) < target:
            rows.append(fill(rng.choice(shapes), rng))
        if rows:
            t = b.replace("{{PAD}}", "\n".join(rows))
        else:
            t = b.replace("\n{{PAD}}\n", "\n").replace("\n{{PAD}}", "").replace("{{PAD}}\n", "").replace("{{PAD}}", "")
        if c["fmt"] == "json":
            t = re.sub(r",(\s*\n\s*[\]\}])", r"\1", t)
        out.append(t)
    return out


def length(c, texts):
    return sum(len(t) for t in texts) + (len(json.dumps(c["sc"], ensure_ascii=False)) if c["sc"] is not None else 0)


def prefix_share(c):
    b = next(x for x in blocks(c) if "{{PAD}}" in x)
    return b.index("{{PAD}}") / max(1, len(b.replace("{{PAD}}", "")))


AUTO_PAD_FMTS = ("chat", "csv", "tsv", "log", "md", "yaml", "text", "email", "pdf")


def auto_pad(results):
    """Give enough fixed-length cases a trailing {{PAD}} so that, per label, the share of
    unpaddable (naturally short) cases is about the same, and nothing stays under 100 chars."""
    rng = random.Random(SEED + 7)
    share = {}
    for label in (0, 1):
        lab = [c for c in results if c["label"] == label]
        share[label] = sum(1 for c in lab if not has_pad(c)) / len(lab)
    goal = min(share.values())
    for label in (0, 1):
        lab = [c for c in results if c["label"] == label]
        fixed = [c for c in lab if not has_pad(c) and isinstance(c["text"], str) and c["fmt"] in AUTO_PAD_FMTS]
        rng.shuffle(fixed)
        fixed.sort(key=lambda c: 0 if length(c, render(c, 0)) < 100 else 1)
        need = sum(1 for c in lab if not has_pad(c)) - round(goal * len(lab))
        for i, c in enumerate(fixed):
            if i < need or length(c, render(c, 0)) < 100:
                c["text"] = c["text"] + "\n{{PAD}}"


def assign_targets(results):
    auto_pad(results)
    rng = random.Random(SEED)
    n = len(results)
    want = {"long": round(0.07 * n), "huge": round(0.02 * n)}
    for size in ("huge", "long"):
        have = sum(1 for c in results if c["size"] == size)
        pool = [c for c in results if c["size"] is None and has_pad(c)
                and (c["label"] == 0 or prefix_share(c) < 0.6)]
        rng.shuffle(pool)
        by = {0: [c for c in pool if c["label"] == 0], 1: [c for c in pool if c["label"] == 1]}
        tot = {l: sum(1 for c in results if c["label"] == l) for l in (0, 1)}
        while have < want[size] and (by[0] or by[1]):
            cnt = {l: sum(1 for c in results if c["label"] == l and c["size"] == size) / tot[l] for l in (0, 1)}
            lab = 0 if (cnt[0] <= cnt[1] and by[0]) or not by[1] else 1
            by[lab].pop()["size"] = size
            have += 1
    for c in results:
        if c["size"] == "long":
            c["target"] = rng.randint(*LONG)
        elif c["size"] == "huge":
            c["target"] = rng.randint(*HUGE)
    for label in (0, 1):
        normal = [c for c in results if c["label"] == label and c["size"] is None]
        fixed = [c for c in normal if not has_pad(c)]
        padable = [c for c in normal if has_pad(c)]
        counts = [0] * len(BUCKETS)
        for c in fixed:
            L = length(c, render(c, 0))
            c["target"] = 0
            for i, (lo, hi) in enumerate(BUCKETS):
                if lo <= L < hi or (i == 0 and L < lo):
                    counts[i] += 1
        per = len(normal) / len(BUCKETS)
        padable.sort(key=lambda c: (length(c, render(c, 0)), c["key"]))
        for c in padable:
            nat = length(c, render(c, 0))
            options = [i for i, (lo, hi) in enumerate(BUCKETS) if hi - 60 > nat + 20]
            if not options:
                c["target"] = 0
                continue
            i = min(options, key=lambda k: (counts[k] - per, k))
            lo, hi = BUCKETS[i]
            c["target"] = rng.randint(max(lo, nat + 20), hi - 60)
            counts[i] += 1


def main():
    results, tools = load("results"), load("tools")
    assign_targets(results)
    rng = random.Random(SEED + 1)
    rng.shuffle(results)
    rng.shuffle(tools)
    rlines, tlines, meta = [], [], []
    for i, c in enumerate(results, 1):
        texts = render(c, c["target"])
        res = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(c["err"])}
        if c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        cid = "%s-r-%04d" % (ID, i)
        rlines.append({"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                       "arguments": c["args"], "result": res, "label": c["label"]})
        meta.append({"id": cid, "language": c["lang"], "length": length(c, texts),
                     "format": c["fmt"], "source": c["source"]})
    for i, c in enumerate(tools, 1):
        cid = "%s-t-%04d" % (ID, i)
        tlines.append({"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]})
        meta.append({"id": cid, "language": c["lang"],
                     "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                     "format": "tool-definition", "source": c["source"]})
    for name, rows in (("results.jsonl", rlines), ("tools.jsonl", tlines), ("meta.jsonl", meta)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools" % (len(rlines), len(tlines)))


if __name__ == "__main__":
    main()
