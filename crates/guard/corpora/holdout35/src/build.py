"""Collect hand-written cases, pad lengths, shuffle (seed 3535), assign ids, write jsonl."""
import importlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import PAD, PAD2  # noqa: E402

SEED = 3535
ID = "h35"
DOMAINS = ["gridwatch", "kennelcare", "fleetyard", "campusnet",
           "harborfish", "artvault", "civicvote", "chatstore"]

TOK = re.compile(r"%(DT|D|T|N\d|F|M|K|H\d|P:[^%]*)%")


def fill(tpl, rng):
    def rep(m):
        k = m.group(1)
        if k == "DT":
            return "2025-%02d-%02dT%02d:%02d:00Z" % (rng.randint(1, 12), rng.randint(1, 28),
                                                    rng.randint(0, 23), rng.choice([0, 15, 30, 45]))
        if k == "D":
            return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if k == "T":
            return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        if k[0] == "N":
            n = int(k[1:])
            lo = 10 ** (n - 1) if n > 1 else 0
            return str(rng.randint(lo, 10 ** n - 1))
        if k == "F":
            return "%.2f" % rng.uniform(0, 9.99)
        if k == "M":
            return "%.2f" % rng.uniform(1, 999.99)
        if k == "K":
            return "%.1f" % rng.uniform(10, 9999.9)
        if k[0] == "H":
            n = int(k[1:])
            return "".join(rng.choice("0123456789abcdef") for _ in range(n))
        if k.startswith("P:"):
            return rng.choice(k[2:].split("|"))
        raise ValueError(k)
    return TOK.sub(rep, tpl)


def make_pad(templates, need, rng):
    out, total = [], 0
    while total < need:
        s = fill(rng.choice(templates), rng)
        out.append(s)
        total += len(s)
    return "".join(out)


def sc_len(sc):
    return len(json.dumps(sc, ensure_ascii=False)) if sc is not None else 0


def base_len(c):
    return sum(len(b.replace(PAD, "").replace(PAD2, "")) for b in c["blocks"]) + sc_len(c["sc"])


def apply_pad(c, target, rng):
    need = target - base_len(c)
    has1 = any(PAD in b for b in c["blocks"])
    has2 = any(PAD2 in b for b in c["blocks"])
    p1 = p2 = ""
    if need > 0 and c["pad"] and (has1 or has2):
        if has1 and has2:
            p1 = make_pad(c["pad"], int(need * 0.6), rng)
            p2 = make_pad(c["pad"], need - len(p1), rng)
        elif has1:
            p1 = make_pad(c["pad"], need, rng)
        else:
            p2 = make_pad(c["pad"], need, rng)
    c["blocks"] = [b.replace(PAD, p1).replace(PAD2, p2) for b in c["blocks"]]


def collect():
    results, tools = [], []
    for d in DOMAINS:
        for kind, bucket in (("results", results), ("tools", tools)):
            name = "%s_%s" % (kind, d)
            mod = importlib.import_module(name)
            for i, c in enumerate(mod.CASES):
                c = dict(c)
                c["server"] = mod.SERVER
                c["src"] = "src/%s.py" % name
                c["idx"] = i
                bucket.append(c)
    return results, tools


def assign_lengths(results, rng):
    for label in (0, 1):
        cases = [c for c in results if c["label"] == label]
        n = len(cases)
        n_huge = round(0.02 * n)
        n_mid = round(0.07 * n)
        flagged = [c for c in cases if c["long"]]
        rng.shuffle(flagged)
        huge, mid = flagged[:n_huge], flagged[n_huge:n_huge + n_mid]
        chosen = set(id(c) for c in huge + mid)
        for c in huge:
            apply_pad(c, rng.randint(10000, 25000), rng)
        for c in mid:
            apply_pad(c, rng.randint(3000, 8000), rng)
        rest = [c for c in cases if id(c) not in chosen]
        rest.sort(key=lambda c: (base_len(c), c["src"], c["idx"]))
        m = len(rest)
        targets = sorted(int(100 + (k + rng.random()) * 1850 / m) for k in range(m))
        for c, t in zip(rest, targets):
            apply_pad(c, t, rng)


def result_record(c, rid):
    r = {"content": [{"type": "text", "text": b} for b in c["blocks"]], "isError": c["err"]}
    if c["sc"] is not None:
        r["structuredContent"] = c["sc"]
    return {"id": rid, "kind": "result", "server": c["server"], "tool": c["tool"],
            "arguments": c["arguments"], "result": r, "label": c["label"]}


def tool_record(c, tid):
    return {"id": tid, "kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}


def main():
    rng = random.Random(SEED)
    results, tools = collect()
    assign_lengths(results, rng)
    rng.shuffle(results)
    rng.shuffle(tools)
    meta = []
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for k, c in enumerate(results, 1):
            rid = "%s-r-%04d" % (ID, k)
            f.write(json.dumps(result_record(c, rid), ensure_ascii=False) + "\n")
            length = sum(len(b) for b in c["blocks"]) + sc_len(c["sc"])
            meta.append({"id": rid, "language": c["lang"], "length": length,
                         "format": c["fmt"], "source": c["src"]})
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for k, c in enumerate(tools, 1):
            tid = "%s-t-%04d" % (ID, k)
            f.write(json.dumps(tool_record(c, tid), ensure_ascii=False) + "\n")
            meta.append({"id": tid, "language": c["lang"],
                         "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                         "format": "tool", "source": c["src"]})
    with open(os.path.join(ROOT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("results: %d  tools: %d" % (len(results), len(tools)))


if __name__ == "__main__":
    main()
