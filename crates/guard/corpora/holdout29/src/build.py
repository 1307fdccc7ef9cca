"""Collect hand-written cases, pad lengths, shuffle (fixed seed), assign ids, write jsonl."""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ID = "h29"
SEED = 2929


def load(pattern):
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        name = os.path.basename(path)
        spec = importlib.util.spec_from_file_location(name[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for c in mod.CASES:
            c = dict(c)
            c["server"] = c.get("server") or mod.SERVER
            c["source"] = "src/" + name
            ctx = getattr(mod, "CTX", {})
            if (c.get("kind") == "result" and "{PAD}" not in c["text"] and not c["err"]
                    and c["sc"] is None and c["fmt"] in ctx):
                wrap, spec = ctx[c["fmt"]]
                c["pad"] = spec
                c["orig"] = c["text"]
                if wrap.startswith("{PAD}"):
                    c["text"] = wrap + c["text"]
                else:
                    c["text"] = c["text"] + wrap
            out.append(c)
    return out


def core_len(c):
    return len(c["text"].replace("{PAD}", "")) + sum(len(e) for e in c["extra"])


def make_targets(n, rng):
    n2 = round(n * 0.02)
    n7 = round(n * 0.07)
    m = n - n2 - n7
    uni = [int(100 + (k + rng.random()) * 1900 / m) for k in range(m)]
    l1 = [rng.randint(3000, 8000) for _ in range(n7)]
    l2 = [rng.randint(10000, 25000) for _ in range(n2)]
    return uni, l1 + l2


def fill(c, target, rng):
    text = c["text"]
    k = text.count("{PAD}")
    if k == 0:
        return text
    need = max(0, target - core_len(c))
    if need < 40 and "orig" in c:
        return c["orig"]
    per = need // k
    pad = c["pad"]
    parts = text.split("{PAD}")
    out = parts[0]
    for j in range(1, len(parts)):
        chunk = []
        size = 0
        while size < per:
            line = rng.choice(pad["shapes"])(rng) + pad["joiner"]
            chunk.append(line)
            size += len(line)
        out += "".join(chunk) + parts[j]
    return out


def assign(cases, rng):
    for lab in (0, 1):
        grp = [c for c in cases if c["label"] == lab]
        uni, longs = make_targets(len(grp), rng)
        padded = [c for c in grp if "{PAD}" in c["text"]]
        eligible = [c for c in padded if lab == 0 or c["pos"] != "start"]
        rng.shuffle(eligible)
        chosen = eligible[:len(longs)]
        for c, t in zip(chosen, sorted(longs)):
            c["target"] = t
        rest = [c for c in grp if "target" not in c]
        fixed = [c for c in rest if "{PAD}" not in c["text"]]
        flex = sorted([c for c in rest if "{PAD}" in c["text"]], key=core_len)
        for c in fixed:
            c["target"] = core_len(c)
        # fill the 100-char bins of 100..2000 that fixed-length cases leave short
        nb = 19
        want = len(rest) / nb
        have = [0] * nb
        for c in fixed:
            k = (c["target"] - 100) // 100
            if 0 <= k < nb:
                have[k] += 1
        deficit = [max(0.0, want - h) for h in have]
        tot = sum(deficit) or 1.0
        quota = [d * len(flex) / tot for d in deficit]
        counts = [int(q) for q in quota]
        order = sorted(range(nb), key=lambda k: quota[k] - counts[k], reverse=True)
        for k in order[:len(flex) - sum(counts)]:
            counts[k] += 1
        targets = sorted(100 + 100 * k + rng.randint(0, 99) for k in range(nb) for _ in range(counts[k]))
        for c, t in zip(flex, targets):
            c["target"] = max(t, core_len(c))


def main():
    rng = random.Random(SEED)
    res = load("results_*.py")
    tools = load("tools_*.py")
    assign(res, rng)
    rows, meta = [], []
    for c in res:
        c["final"] = fill(c, c["target"], rng)
    rng.shuffle(res)
    rng.shuffle(tools)
    for n, c in enumerate(res, 1):
        cid = "%s-r-%04d" % (ID, n)
        content = [{"type": "text", "text": c["final"]}]
        content += [{"type": "text", "text": e} for e in c["extra"]]
        result = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            result["structuredContent"] = c["sc"]
        rows.append({"id": cid, "kind": "result", "server": c["server"],
                     "tool": c["tool"], "arguments": c["arguments"],
                     "result": result, "label": c["label"]})
        length = sum(len(b["text"]) for b in content)
        if c["sc"] is not None:
            length += len(json.dumps(c["sc"], ensure_ascii=False))
        meta.append({"id": cid, "language": c["lang"], "length": length,
                     "format": c["fmt"], "source": c["source"]})
    trows = []
    for n, c in enumerate(tools, 1):
        cid = "%s-t-%04d" % (ID, n)
        trows.append({"id": cid, "kind": "tool", "server": c["server"],
                      "tool": c["tool"], "label": c["label"]})
        meta.append({"id": cid, "language": c["lang"],
                     "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                     "format": "tool_definition", "source": c["source"]})
    for fn, data in (("results.jsonl", rows), ("tools.jsonl", trows), ("meta.jsonl", meta)):
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8") as f:
            for r in data:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d results, %d tools, %d meta rows" % (len(rows), len(trows), len(meta)))


if __name__ == "__main__":
    main()
