"""Collect hand-written cases, pad to target lengths, shuffle with a fixed seed, write jsonl files."""
import glob, importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import expand, fill  # noqa: E402

ID = "w15b"
SEED = 15002


def load(prefix):
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        mods.append((name, importlib.import_module(name)))
    return mods


def render(c, target, rng):
    text = c["template"].replace("{X}", c["insert"])
    nmark = text.count("{PAD}")
    base = len(text.replace("{PAD}", ""))
    rows = []
    if nmark and c["pad_rows"] and target > base:
        cur = base
        while cur < target:
            r = fill(rng.choice(c["pad_rows"]), rng) + c["pad_sep"]
            rows.append(r)
            cur += len(r)
        if c["ctx_header"]:
            rows[0] = c["ctx_header"] + rows[0]
    if nmark:
        chunks = [[] for _ in range(nmark)]
        per = (len(rows) + nmark - 1) // nmark if rows else 0
        for i, r in enumerate(rows):
            chunks[min(i // per, nmark - 1)].append(r)
        parts = text.split("{PAD}")
        text = parts[0]
        for i in range(nmark):
            text += "".join(chunks[i]) + parts[i + 1]
    result = {"content": [], "isError": bool(c["err"])}
    if c["summary"] is not None:
        result["content"].append({"type": "text", "text": c["summary"]})
        result["structuredContent"] = json.loads(text)
        measured = len(text)
    else:
        result["content"].append({"type": "text", "text": text})
        if c["sc"]:
            result["structuredContent"] = json.loads(text)
        measured = len(text)
    for b in c["blocks"]:
        result["content"].append({"type": "text", "text": b.replace("{X}", c["insert"])})
        measured += len(result["content"][-1]["text"])
    return result, measured


def targets(cases, rng):
    """Assign a target length per case, separately per label."""
    out = {}
    for label in (0, 1):
        group = [c for c in cases if c["label"] == label]
        rng.shuffle(group)
        eligible = [c for c in group if c["pad_rows"] and "{PAD}" in c["template"] and not c["ctx_header"]]
        n_huge = round(len(group) * 0.02)
        n_long = round(len(group) * 0.07)
        huge = eligible[:n_huge]
        long_ = eligible[n_huge:n_huge + n_long]
        for c in huge:
            out[id(c)] = ("10k-25k", rng.randint(10000, 24000))
        for c in long_:
            out[id(c)] = ("3k-8k", rng.randint(3000, 7600))
        rest = [c for c in group if id(c) not in out]
        k = len(rest)
        for i, c in enumerate(rest):
            out[id(c)] = ("norm", int(100 + (1900 * (i + rng.random())) / max(k, 1)))
    return out


def main():
    rng = random.Random(SEED)
    cases = []
    for name, mod in load("results"):
        cases.extend(expand(mod.CARRIERS, mod.PADS, name, getattr(mod, "CTX", None)))
    tg = targets(cases, rng)
    rendered = []
    for c in cases:
        _, t = tg[id(c)]
        res, n = render(c, t, rng)
        rendered.append((c, res, n))
    rng.shuffle(rendered)
    meta = {}
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, (c, res, n) in enumerate(rendered, 1):
            cid = "%s-r-%04d" % (ID, i)
            rec = {"id": cid, "kind": "result", "server": c["server"], "tool": c["tool"],
                   "arguments": c["arguments"], "result": res, "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta[cid] = {"source": c["source"], "fmt": c["fmt"], "lang": c["lang"], "chars": n}
    tools = []
    for name, mod in load("tools"):
        for t in mod.TOOLS:
            tools.append((name, t))
    rng.shuffle(tools)
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, (name, t) in enumerate(tools, 1):
            cid = "%s-t-%04d" % (ID, i)
            rec = {"id": cid, "kind": "tool", "server": t["s"], "tool": t["tool"], "label": t["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta[cid] = {"source": name, "fmt": "tool", "lang": t.get("lang", "en"),
                         "chars": len(json.dumps(t["tool"], ensure_ascii=False))}
    with open(os.path.join(ROOT, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=0, sort_keys=True)
    print("wrote %d results, %d tools" % (len(rendered), len(tools)))


if __name__ == "__main__":
    main()
