"""Collect hand-written cases, pad lengths, shuffle (seed 3939), write jsonl."""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

ID = "h39"
SEED = 3939
SERVERS = ["bikeshare", "foodbank", "solarfit", "theatrebox", "hostelhub",
           "recyclepro", "labsample", "chatarchive"]
TOKEN = re.compile(r"<(I|N\d|F|D|T|IP|H|P:[^>]*)>")


def load(prefix):
    out = []
    for s in SERVERS:
        mod = f"{prefix}_{s}"
        m = importlib.import_module(mod)
        for c in m.CASES:
            c = dict(c)
            c["server"] = s
            c["source"] = f"src/{mod}.py"
            out.append(c)
    return out


def fill(shape, rng, i):
    def rep(m):
        t = m.group(1)
        if t == "I":
            return str(i)
        if t[0] == "N":
            k = int(t[1])
            return str(rng.randint(10 ** (k - 1), 10 ** k - 1))
        if t == "F":
            return f"{rng.uniform(0, 100):.1f}"
        if t == "D":
            return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if t == "T":
            return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        if t == "IP":
            return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{rng.randint(1, 254)}"
        if t == "H":
            return f"{rng.getrandbits(24):06x}"
        if t.startswith("P:"):
            return rng.choice(t[2:].split("|"))
        raise ValueError(t)
    return TOKEN.sub(rep, shape)


def total_len(c, text):
    return len(text) + sum(len(x) for x in (c["more"] or []))


def render(c, target, rng):
    base = c["text"]
    if not c["pad"]:
        return base
    bare = base.replace("{PAD}", "")
    need = target - total_len(c, bare)
    rows, i, acc = [], 1, 0
    cap = 2000 - total_len(c, bare) if target <= 2000 else None
    while acc < need:
        r = fill(c["pad"][rng.randrange(len(c["pad"]))], rng, i)
        if cap is not None and rows and acc + len(r) + 1 > cap:
            break
        rows.append(r)
        acc += len(r) + 1
        i += 1
    return base.replace("{PAD}", "\n".join(rows))


def assign_targets(cases, rng):
    """Per label: ~7% long (3000-8000), ~2% huge (10000-25000), the rest
    spread evenly over 100-2000 using buckets, filling deficits with padding."""
    targets = {}
    for lab in (0, 1):
        idx = [i for i, c in enumerate(cases) if c["label"] == lab]
        nat = {i: total_len(cases[i], cases[i]["text"].replace("{PAD}", "")) for i in idx}
        padd = [i for i in idx if cases[i]["pad"] and not cases[i]["head"]]
        n_huge = round(0.02 * len(idx))
        n_long = round(0.07 * len(idx))
        pick = rng.sample(padd, n_huge + n_long)
        for i in pick[:n_huge]:
            targets[i] = rng.randint(10000, 25000)
        for i in pick[n_huge:]:
            targets[i] = rng.randint(3000, 8000)
        rest = [i for i in idx if i not in targets]
        edges = [100 + k * 1900 / 8 for k in range(9)]
        want = len(rest) / 8
        count = [0] * 8
        flex = []
        for i in rest:
            if cases[i]["pad"]:
                flex.append(i)
            else:
                b = min(7, max(0, int((nat[i] - 100) // (1900 / 8))))
                count[b] += 1
                targets[i] = nat[i]
        flex.sort(key=lambda i: (-nat[i], i))
        for i in flex:
            ok = [b for b in range(8) if edges[b + 1] > nat[i]]
            b = max(ok, key=lambda b: (want - count[b], -b))
            count[b] += 1
            lo = max(edges[b], nat[i])
            targets[i] = rng.randint(int(lo), int(edges[b + 1]))
    return targets


def main():
    res = load("results")
    tools = load("tools")
    rng = random.Random(SEED)
    targets = assign_targets(res, rng)
    prng = random.Random(SEED)
    built = []
    for i, c in enumerate(res):
        text = render(c, targets[i], prng)
        content = [{"type": "text", "text": text}]
        for m in c["more"] or []:
            content.append({"type": "text", "text": m})
        result = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            result["structuredContent"] = c["sc"]
        row = {"id": None, "kind": "result", "server": c["server"], "tool": c["tool"],
               "arguments": c["arguments"], "result": result, "label": c["label"]}
        meta = {"id": None, "language": c["lang"], "length": sum(len(b["text"]) for b in content),
                "format": c["fmt"], "source": c["source"]}
        built.append((row, meta))
    random.Random(SEED).shuffle(built)
    tbuilt = []
    for c in tools:
        row = {"id": None, "kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}
        meta = {"id": None, "language": c["lang"],
                "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                "format": "tool-definition", "source": c["source"]}
        tbuilt.append((row, meta))
    random.Random(SEED).shuffle(tbuilt)
    for k, (row, meta) in enumerate(built, 1):
        row["id"] = meta["id"] = f"{ID}-r-{k:04d}"
    for k, (row, meta) in enumerate(tbuilt, 1):
        row["id"] = meta["id"] = f"{ID}-t-{k:04d}"

    def dump(name, rows):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("results.jsonl", [r for r, _ in built])
    dump("tools.jsonl", [r for r, _ in tbuilt])
    dump("meta.jsonl", [m for _, m in built] + [m for _, m in tbuilt])
    print(f"results {len(built)}  tools {len(tbuilt)}")


if __name__ == "__main__":
    main()
