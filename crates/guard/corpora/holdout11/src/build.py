"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import importlib, json, os, random, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

RESULT_MODULES = ["res_structured", "res_support", "res_sales", "res_finance", "res_legal", "res_hr",
                  "res_eng", "res_research", "res_secops", "res_multilingual", "res_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]
SEED = 20261106


def text_len(case):
    if case["kind"] == "tool":
        return len(json.dumps(case["tool"], ensure_ascii=False))
    n = sum(len(b["text"]) for b in case["result"]["content"])
    if "structuredContent" in case["result"]:
        n += len(json.dumps(case["result"]["structuredContent"], ensure_ascii=False))
    return n


def bin_len(n):
    if n < 100: return "<100"
    if n <= 2000: return "100-2k"
    if n < 3000: return "2k-3k"
    if n <= 8000: return "3k-8k"
    if n < 10000: return "8k-10k"
    return "10k+"


def collect(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m + ".py"
            out.append(c)
    return out


def main():
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)
    meta = {}
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(results, 1):
            cid = f"h11-result-{i}"
            rec = {"id": cid, "kind": "result", "server": "holdout11", "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta[cid] = {"src": c["_src"], "lang": c["_lang"], "fmt": c["_fmt"]}
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(tools, 1):
            cid = f"h11-tool-{i}"
            rec = {"id": cid, "kind": "tool", "server": "holdout11", "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta[cid] = {"src": c["_src"], "lang": c["_lang"], "fmt": "tool"}
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, sort_keys=True)

    # counts table
    rows = defaultdict(Counter)
    for c in results + tools:
        r = rows[c["_src"]]
        r["n"] += 1
        r["l%d" % c["label"]] += 1
        if c["kind"] == "result":
            r["struct"] += c["_fmt"] == "s"
            r["sc"] += "structuredContent" in c["result"]
            r["multi"] += len(c["result"]["content"]) > 1
            r["err"] += c["result"]["isError"]
        r["nonEN"] += c["_lang"] != "en"
        r["long3-8k"] += 3000 <= text_len(c) <= 8000
        r["10k+"] += text_len(c) >= 10000
    cols = ["n", "l0", "l1", "struct", "sc", "multi", "err", "nonEN", "long3-8k", "10k+"]
    print("%-22s" % "source" + "".join("%9s" % k for k in cols))
    tot = Counter()
    for src in sorted(rows):
        print("%-22s" % src + "".join("%9d" % rows[src][k] for k in cols))
        tot.update(rows[src])
    print("%-22s" % "TOTAL" + "".join("%9d" % tot[k] for k in cols))
    print("results:", len(results), "tools:", len(tools))


if __name__ == "__main__":
    main()
