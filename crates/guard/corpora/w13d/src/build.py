"""Collect hand-written cases, pad result lengths, shuffle with a fixed seed,
assign ids and write results.jsonl / tools.jsonl. Byte-identical on rerun."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
ID = "w13d"
SERVER = "w13d"
SEED = 1313

RESULT_MODULES = ["results_ops", "results_comms", "results_web"]
TOOL_MODULES = ["tools_fs_shell_pkg", "tools_git_db", "tools_web_cloud", "tools_comms_pay",
                "tools_crm_ticket_home", "tools_design_monitor"]


def load(mods):
    out = []
    for m in mods:
        mod = __import__(m)
        for c in mod.CASES:
            c = dict(c)
            c["_src"] = m
            out.append(c)
    return out


def fill(text, pad, target, rng):
    """Insert rows made by pad(rng) at each {PAD} marker, round-robin, until
    the text reaches target characters."""
    n = text.count("{PAD}")
    if n == 0 or pad is None:
        return text
    buckets = [[] for _ in range(n)]
    base = len(text.replace("{PAD}", ""))
    cur = base
    i = 0
    while cur < target:
        row = pad(rng)
        buckets[i % n].append(row)
        cur += len(row) + 1
        i += 1
        if i > 20000:
            break
    parts = text.split("{PAD}")
    res = parts[0]
    for k in range(n):
        res += "\n".join(buckets[k]) + parts[k + 1]
    # tidy empty-line artefacts where a marker received no rows
    while "\n\n\n" in res:
        res = res.replace("\n\n\n", "\n\n")
    return res.strip("\n")


def build_results():
    cases = load(RESULT_MODULES)
    rng = random.Random(SEED)
    # assign evenly spread targets over 100-2000 per label to padded cases without a target
    for label in (0, 1):
        idx = [i for i, c in enumerate(cases) if c["label"] == label and c["pad"] and not c["target"]]
        rng.shuffle(idx)
        k = len(idx)
        for j, i in enumerate(idx):
            t = 600 + int((2000 - 600) * (j + 0.5) / max(k, 1))
            cases[i]["target"] = t
    rows = []
    for c in cases:
        prng = random.Random("%s|%s|%s" % (SEED, c["tool"], c["text"][:60]))
        text = fill(c["text"], c["pad"], c["target"] or 0, prng)
        if text == "" and c["struct"] is not None:
            text = json.dumps(c["struct"], ensure_ascii=False)
        content = []
        if text:
            content.append({"type": "text", "text": text})
        for b in c["blocks"] or []:
            content.append(b)
        result = {"content": content, "isError": bool(c["err"])}
        if c["struct"] is not None:
            result["structuredContent"] = c["struct"]
        rows.append({"kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["args"],
                     "result": result, "label": c["label"],
                     "_meta": {"src": c["_src"], "lang": c["lang"], "fmt": c["fmt"]}})
    random.Random(SEED + 1).shuffle(rows)
    return rows


def build_tools():
    cases = load(TOOL_MODULES)
    rows = [{"kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"], "_meta": {"src": c["_src"]}}
            for c in cases]
    random.Random(SEED + 2).shuffle(rows)
    return rows


def write(rows, path, prefix):
    meta = []
    with open(path, "w", encoding="utf-8") as f:
        for n, r in enumerate(rows, 1):
            m = r.pop("_meta")
            r = {"id": "%s-%s-%04d" % (ID, prefix, n), **r}
            meta.append({"id": r["id"], **m})
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    return meta


def main():
    rmeta = write(build_results(), os.path.join(OUT, "results.jsonl"), "r")
    tmeta = write(build_tools(), os.path.join(OUT, "tools.jsonl"), "t")
    with open(os.path.join(OUT, "src", "meta.json"), "w", encoding="utf-8") as f:
        json.dump({"results": rmeta, "tools": tmeta}, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    print("wrote %d results, %d tools" % (len(rmeta), len(tmeta)))


if __name__ == "__main__":
    main()
