"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write results.jsonl and tools.jsonl."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import common  # noqa: E402
import results_lms, results_portals, results_admissions, results_district  # noqa: E402,E401
import results_integrity, results_library, results_mooc, results_campus, results_long  # noqa: E402,E401
import tools_benign, tools_poisoned  # noqa: E402,E401

ID = "w11a"
SEED = 20261206
RESULT_MODULES = [results_lms, results_portals, results_admissions, results_district, results_integrity,
                  results_library, results_mooc, results_campus, results_long]
TOOL_MODULES = [tools_benign, tools_poisoned]


def _collect(mods):
    out = []
    for m in mods:
        src = os.path.basename(m.__file__)
        for c in m.CASES:
            meta = {"source": src, "lang": c["_lang"], "fmt": c["_fmt"]}
            out.append((c, meta))
    return out


def assemble():
    """Return (results, tools): lists of (record, meta) in final order with ids assigned."""
    res = _collect(RESULT_MODULES)
    tls = _collect(TOOL_MODULES)
    random.Random(SEED).shuffle(res)
    random.Random(SEED + 1).shuffle(tls)
    results, tools = [], []
    for i, (c, meta) in enumerate(res, 1):
        rec = {"id": f"{ID}-r-{i:04d}", "kind": "result", "server": common.SERVER, "tool": c["tool"],
               "arguments": c["arguments"], "result": c["result"], "label": c["label"]}
        results.append((rec, meta))
    for i, (c, meta) in enumerate(tls, 1):
        rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": common.SERVER, "tool": c["tool"], "label": c["label"]}
        tools.append((rec, meta))
    return results, tools


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, sort_keys=False)


def render():
    results, tools = assemble()
    r = "".join(dumps(rec) + "\n" for rec, _ in results)
    t = "".join(dumps(rec) + "\n" for rec, _ in tools)
    return r, t


def main():
    r, t = render()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(r)
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(t)
    print(f"wrote {r.count(chr(10))} results and {t.count(chr(10))} tools to {OUT}")


if __name__ == "__main__":
    main()
