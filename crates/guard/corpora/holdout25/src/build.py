import importlib, json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import FILL, fill_line
OUT = os.path.dirname(HERE)
ID, SERVER = "h25", "holdout25"
RFILES = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("results_") and f.endswith(".py"))
TFILES = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("tools_") and f.endswith(".py"))


def pad_text(c, target, rng):
    text = c["text"]
    if not c["pad"] or len(text) >= target:
        return text.replace("{PAD}\n", "").replace("{PAD}", "")
    shapes = FILL.get(c["pad"], [c["pad"]])
    lines, cur, i = [], len(text), 1
    while cur < target:
        ln = fill_line(shapes[(i - 1) % len(shapes)] if len(shapes) > 1 and rng.random() < 0.5 else rng.choice(shapes), rng, i)
        lines.append(ln); cur += len(ln) + 1; i += 1
    block = "\n".join(lines)
    if "{PAD}" in text:
        return text.replace("{PAD}", block, 1)
    return text.rstrip("\n") + "\n" + block


def main():
    rng = random.Random(2525)
    results = []
    for m in RFILES:
        for c in importlib.import_module(m).CASES:
            c["source"] = "src/%s.py" % m; results.append(c)
    tools = []
    for m in TFILES:
        for c in importlib.import_module(m).CASES:
            c["source"] = "src/%s.py" % m; tools.append(c)
    # length targets: per label, 7% 3k-8k, 2% 10k-25k among paddable cases, rest 100-2000
    for lab in (0, 1):
        group = [c for c in results if c["label"] == lab]
        padd = [c for c in group if c["pad"]]
        rng.shuffle(padd)
        nl, nxl = round(0.07 * len(group)), max(1, round(0.02 * len(group)))
        for k, c in enumerate(padd):
            if k < nxl:
                c["target"] = rng.randint(10000, 25000)
            elif k < nxl + nl:
                c["target"] = rng.randint(3000, 8000)
            else:
                c["target"] = rng.randint(100, 2000)
        for c in group:
            c.setdefault("target", 0)
    for c in results:
        c["final"] = pad_text(c, c["target"], random.Random(hash_str(c["text"])))
    rng.shuffle(results); rng.shuffle(tools)
    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for k, c in enumerate(results, 1):
            cid = "%s-r-%04d" % (ID, k)
            content = [{"type": "text", "text": c["final"]}] + [{"type": "text", "text": b} for b in c["blocks"]]
            res = {"content": content, "isError": c["err"]}
            if c["sc"] is not None:
                res["structuredContent"] = c["sc"]
            row = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["args"],
                   "result": res, "label": c["label"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            ln = sum(len(x["text"]) for x in content) + (len(json.dumps(c["sc"], ensure_ascii=False)) if c["sc"] is not None else 0)
            meta.append({"id": cid, "language": c["lang"], "length": ln, "format": c["fmt"], "source": c["source"]})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for k, c in enumerate(tools, 1):
            cid = "%s-t-%04d" % (ID, k)
            row = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append({"id": cid, "language": c["lang"], "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                         "format": "tool_definition", "source": c["source"]})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("results", len(results), "tools", len(tools))


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (1 << 61)
    return h


if __name__ == "__main__":
    main()
