import json, os, random, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import rlen, tlen

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ID, SERVER = "h19", "holdout19"
RESULT_MODS = sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("results_") and f.endswith(".py"))
TOOL_MODS = ["tools_benign", "tools_poisoned"]


def collect(mods, attr):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for c in getattr(mod, attr):
            c = dict(c)
            c["_src"] = "src/%s.py" % m
            out.append(c)
    return out


def main():
    results = collect(RESULT_MODS, "RESULTS")
    tools = collect(TOOL_MODS, "TOOLS")
    rng = random.Random(190019)
    rng.shuffle(results)
    rng.shuffle(tools)
    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(results, 1):
            cid = "%s-r-%04d" % (ID, i)
            rec = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
            meta.append({"id": cid, "language": c["_lang"], "length": rlen(c), "format": c["_fmt"], "source": c["_src"]})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(tools, 1):
            cid = "%s-t-%04d" % (ID, i)
            rec = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta.append({"id": cid, "language": c["_lang"], "length": tlen(c), "format": c["_fmt"], "source": c["_src"]})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools, %d meta lines" % (len(results), len(tools), len(meta)))


if __name__ == "__main__":
    main()
