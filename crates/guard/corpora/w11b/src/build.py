"""Collect hand-written cases, shuffle with a fixed seed, assign ids, write JSONL."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import results_clinic  # noqa: E402
import results_pharmacy  # noqa: E402
import results_billing  # noqa: E402
import results_insurance  # noqa: E402
import results_trials_wellness  # noqa: E402
import results_hospital  # noqa: E402
import results_long  # noqa: E402
import tools_benign  # noqa: E402
import tools_poisoned  # noqa: E402

ID = "w11b"
SERVER = "w11b"
SEED_R = 1206_2026
SEED_T = 2026_1206
RESULT_MODULES = [results_clinic, results_pharmacy, results_billing, results_insurance,
                  results_trials_wellness, results_hospital, results_long]
TOOL_MODULES = [tools_benign, tools_poisoned]


def collect():
    """Return (results, tools): lists of (record, meta) in final order."""
    rs = []
    for m in RESULT_MODULES:
        for c in m.CASES:
            rs.append((m.__name__, c))
    random.Random(SEED_R).shuffle(rs)
    results = []
    for i, (src, c) in enumerate(rs, 1):
        rec = {"id": f"{ID}-r-{i:04d}", "kind": "result", "server": SERVER,
               "tool": c["tool"], "arguments": c["arguments"], "result": c["result"],
               "label": c["label"]}
        results.append((rec, {"src": src, "lang": c["lang"], "fmt": c["fmt"]}))
    ts = []
    for m in TOOL_MODULES:
        for c in m.CASES:
            ts.append((m.__name__, c))
    random.Random(SEED_T).shuffle(ts)
    tools = []
    for i, (src, c) in enumerate(ts, 1):
        rec = {"id": f"{ID}-t-{i:04d}", "kind": "tool", "server": SERVER,
               "tool": c["tool"], "label": c["label"]}
        tools.append((rec, {"src": src, "where": c["where"]}))
    return results, tools


def render():
    results, tools = collect()
    r = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in results)
    t = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in tools)
    return r, t


def main():
    r, t = render()
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(r)
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(t)
    print(f"wrote {r.count(chr(10))} results, {t.count(chr(10))} tools")


if __name__ == "__main__":
    main()
