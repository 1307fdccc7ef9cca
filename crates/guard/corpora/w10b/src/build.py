"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
ID = "w10b"
SERVER = "w10b"
RESULT_MODULES = ["results_email", "results_calendar", "results_messaging", "results_travel",
                  "results_shopping", "results_banking", "results_health", "results_smarthome",
                  "results_news", "results_recipes", "results_social", "results_school",
                  "results_realestate", "results_forums", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def collect(mods):
    out = []
    for m in mods:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            out.append((m, c))
    return out


def clen(c):
    if c["kind"] == "result":
        n = sum(len(b["text"]) for b in c["result"]["content"])
        if "structuredContent" in c["result"]:
            n += len(json.dumps(c["result"]["structuredContent"], ensure_ascii=False))
        return n
    return len(json.dumps(c["tool"], ensure_ascii=False))


def main():
    results = collect(RESULT_MODULES)
    tools = collect(TOOL_MODULES)
    random.Random(20261206).shuffle(results)
    random.Random(61220).shuffle(tools)
    manifest = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (src, c) in enumerate(results, 1):
            cid = f"{ID}-r-{i:04d}"
            rec = {"id": cid, "kind": "result", "server": SERVER, "tool": c["tool"],
                   "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            manifest.append({"id": cid, "source": src, "label": c["label"], "chars": clen(c), **c["meta"]})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (src, c) in enumerate(tools, 1):
            cid = f"{ID}-t-{i:04d}"
            rec = {"id": cid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            manifest.append({"id": cid, "source": src, "label": c["label"], "chars": clen(c), **c["meta"]})
    with open(os.path.join(OUT, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(results)} results, {len(tools)} tools")


if __name__ == "__main__":
    main()
