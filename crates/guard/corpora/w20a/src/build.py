"""Collect hand-written cases, pad lengths, shuffle (seed 2020), assign ids, write jsonl."""
import importlib, json, os, random, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import MARK, padding

SEED = 2020
ID = "w20a"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def targets(n, rng):
    n_vlong = round(n * 0.02)
    n_long = round(n * 0.07)
    n_norm = n - n_vlong - n_long
    t = [int(100 + (1900 * (i + rng.random())) / n_norm) for i in range(n_norm)]
    t += [rng.randint(3000, 8000) for _ in range(n_long)]
    t += [rng.randint(10000, 25000) for _ in range(n_vlong)]
    return sorted(t)

def base_len(c):
    return len(c["text"].replace(MARK + "\n", "").replace(MARK, "")) + sum(len(b) for b in c["blocks"])

def main():
    rng = random.Random(SEED)
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "results_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for i, c in enumerate(mod.CASES):
            c = dict(c)
            c["server"], c["vocab"], c["pads"] = mod.SERVER, mod.VOCAB, getattr(mod, "PADS", {})
            c["src"] = os.path.basename(path)
            cases.append(c)
    for label in (0, 1):
        group = sorted([c for c in cases if c["label"] == label], key=lambda c: (base_len(c), c["src"], c["tool"], c["text"]))
        ts = targets(len(group), rng)
        for c, t in zip(group, ts):
            c["target"] = max(t, base_len(c))
        if label == 1:  # long texts: payload must not sit at the very start
            longs = [c for c in group if c["target"] >= 3000 and c["pos"] == "start"]
            shorts = [c for c in group if c["target"] < 2000 and c["pos"] != "start" and c["target"] > 1200]
            for a, b in zip(longs, shorts[::-1]):
                a["target"], b["target"] = max(b["target"], base_len(a)), max(a["target"], base_len(b))
    prng = random.Random(SEED + 1)
    for c in sorted(cases, key=lambda c: (c["src"], c["tool"], c["text"])):
        need = c["target"] - base_len(c)
        pad = padding(c, need, prng, c["vocab"], c["pads"])
        if c["fmt"] == "json" and MARK not in c["text"]:
            c["final"] = c["text"]
            if not c["err"] and need > 0:
                obj = json.loads(c["text"])
                rows = [json.loads(l.strip().rstrip(",")) for l in pad.split("\n")] if pad else []
                obj["related"] = rows
                c["final"] = json.dumps(obj, ensure_ascii=False, indent=1)
                while rows and len(c["final"]) > c["target"] + 80:
                    rows.pop()
                    c["final"] = json.dumps(obj, ensure_ascii=False, indent=1)
            continue
        if MARK in c["text"]:
            if pad:
                c["final"] = c["text"].replace(MARK, pad, 1)
            else:
                c["final"] = c["text"].replace(MARK + "\n", "", 1).replace(MARK, "", 1)
        else:
            c["final"] = c["text"] + ("\n" + pad if pad else "")
    srng = random.Random(SEED)
    cases.sort(key=lambda c: (c["src"], c["tool"], c["text"]))
    srng.shuffle(cases)
    rows, meta = [], []
    for i, c in enumerate(cases, 1):
        cid = "%s-r-%04d" % (ID, i)
        content = [{"type": "text", "text": c["final"]}] + [{"type": "text", "text": b} for b in c["blocks"]]
        res = {"content": content, "isError": bool(c["err"])}
        if c["struct"] is not None:
            res["structuredContent"] = c["struct"]
        rows.append({"id": cid, "kind": "result", "server": c["server"], "tool": c["tool"],
                     "arguments": c["args"], "result": res, "label": c["label"]})
        meta.append({"id": cid, "src": c["src"], "fmt": c["fmt"], "lang": c["lang"], "pos": c["pos"]})
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    open(os.path.join(OUT, "tools.jsonl"), "w").close()
    with open(os.path.join(OUT, "results.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results" % len(rows))

if __name__ == "__main__":
    main()
