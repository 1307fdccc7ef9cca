"""Collect hand-written cases, fill marked blocks to target lengths, shuffle with a fixed seed,
assign ids, and write results.jsonl, tools.jsonl and meta.jsonl deterministically."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
ID, SERVER, SEED = "h20", "holdout20", 20261206
from common import FILL, GENERIC

RESULT_MODULES = ["results_citizen", "results_utilities", "results_telecom", "results_transport",
                  "results_emergency_procurement", "results_chatbot", "results_long"]
TOOL_MODULES = ["tools_benign", "tools_poisoned"]


def base_len(c):
    n = sum(len(b.replace(FILL, "")) for b in c["blocks"])
    if c["sc"] is not None:
        n += len(json.dumps(c["sc"], ensure_ascii=False))
    return n


def do_fill(c, target, rng):
    cur = base_len(c)
    lines = []
    guard = 0
    while guard < 2000:
        guard += 1
        ln = c["fill"](rng)
        if cur + len(ln) > target and (c.get("_head") or len(lines) >= 3):
            if lines or guard > 200:
                break
            continue
        lines.append(ln)
        cur += len(ln)
    if not lines and c.get("_head"):
        c["blocks"] = [b.replace(c["_head"], "") for b in c["blocks"]]
        return
    c["blocks"] = [b.replace(FILL, "".join(lines)) for b in c["blocks"]]


def main():
    results, tools = [], []
    for m in RESULT_MODULES:
        mod = __import__(m)
        for k, c in enumerate(mod.CASES):
            c["src"] = "src/%s.py" % m
            c["_seed"] = "%s:%d" % (m, k)
            results.append(c)
    for m in TOOL_MODULES:
        mod = __import__(m)
        for k, c in enumerate(mod.CASES):
            c["src"] = "src/%s.py" % m
            tools.append(c)

    # MCP servers commonly mirror a JSON text result in structuredContent.
    for c in results:
        if c["sc"] is None and c["fill"] is None and c["fmt"] == "json" and len(c["blocks"]) == 1 and not c["err"]:
            try:
                parsed = json.loads(c["blocks"][0])
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                c["sc"] = parsed

    for c in results:
        if c["fill"] is None and c["src"] != "src/results_long.py" and c["fmt"] in GENERIC:
            pos, head, fn = GENERIC[c["fmt"]]
            if pos == "append":
                c["blocks"][-1] = c["blocks"][-1] + head + FILL
            elif pos == "prepend":
                c["blocks"][0] = head + FILL + ("\n" if head else "") + c["blocks"][0]
            else:
                c["blocks"].append(head + FILL)
            c["fill"] = fn
            c["_head"] = head + FILL + ("\n" if head and pos == "prepend" else "")

    # Length targets: paddable short/medium cases get targets spread evenly over 100-2000,
    # separately per label so both labels share the same length distribution.
    trng = random.Random(SEED)
    for lab in (0, 1):
        pad = [c for c in results if c["fill"] is not None and c["label"] == lab and c["src"] != "src/results_long.py"]
        pad.sort(key=lambda c: (base_len(c), c["_seed"]))
        n = len(pad)
        targets = sorted(int(100 + 1900 * (k + trng.random()) / n) for k in range(n))
        for c, t in zip(pad, targets):
            c["_target"] = max(t, base_len(c))
    for c in results:
        if c["fill"] is not None:
            rng = random.Random(c["_seed"])
            tgt = c.get("_target")
            if tgt is None:
                tgt = c["long_target"]
            do_fill(c, tgt, rng)
        for b in c["blocks"]:
            assert FILL not in b

    rng = random.Random(SEED)
    rng.shuffle(results)
    rng.shuffle(tools)
    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for n, c in enumerate(results, 1):
            rid = "%s-r-%04d" % (ID, n)
            res = {"content": [{"type": "text", "text": b} for b in c["blocks"]], "isError": bool(c["err"])}
            if c["sc"] is not None:
                res["structuredContent"] = c["sc"]
            row = {"id": rid, "kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["args"],
                   "result": res, "label": c["label"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append({"id": rid, "language": c["lang"], "length": base_len(c), "format": c["fmt"], "source": c["src"]})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for n, c in enumerate(tools, 1):
            tid = "%s-t-%04d" % (ID, n)
            row = {"id": tid, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append({"id": tid, "language": c["lang"], "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                         "format": c["fmt"], "source": c["src"]})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools, %d meta lines" % (len(results), len(tools), len(meta)))


if __name__ == "__main__":
    main()
