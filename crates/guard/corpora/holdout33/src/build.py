"""Collect the hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write files.

Byte-identical on rerun: one random.Random(3333) consumed in a fixed order.
"""
import importlib
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

SEED = 3333
ID = "h33"
SERVERS = ["railyard", "docketdesk", "fieldgrain", "mixroom",
           "schoolbell", "claimline", "hangarops", "chatkeep"]

NAMES = ["A. Brennan", "K. Osei", "M. Harlow", "T. Lindqvist", "R. Oduya", "J. Petrakis",
         "S. Marwick", "L. Achebe", "D. Kirwan", "P. Lesniak", "H. Tanabe", "E. Vasquez",
         "N. Ferreira", "G. Albrecht", "C. Moreau", "Y. Haddad", "B. Okafor", "F. Rinaldi",
         "V. Sokolova", "W. Dunmore", "I. Kowalczyk", "O. Demir", "Z. Nakamura", "Q. Tran"]

PH = re.compile(r"\{(i|n|n2|n4|day|mm|d|dd|t|ts|hex|amt|pct|name|pick|r)(?::([^{}]*))?\}")


DT_RE = re.compile(r"(20\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?")


def start_clock(text, rng):
    """Padding rows carry a running clock so that timestamps and dates advance row by row.
    It starts near the first date written in the case (before it if the pad marker comes first)."""
    m = DT_RE.search(text)
    if not m:
        return datetime(2025, rng.randint(1, 9), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    hh, mi = int(m.group(4) or 8), int(m.group(5) or 0)
    try:
        base = datetime(y, mo, d, hh, mi)
    except ValueError:
        base = datetime(2025, 3, 1, 8, 0)
    if text.find("{PAD}") < m.start():
        return base - timedelta(hours=6)
    return base + timedelta(minutes=1)


def fill(tpl, rng, i, clock):
    def tick(**kw):
        clock[0] = clock[0] + timedelta(**kw)
        return clock[0]

    def rep(m):
        k, arg = m.group(1), m.group(2)
        if k == "i":
            return str(i)
        if k == "n":
            return str(rng.randint(1, 999))
        if k == "n2":
            return "%02d" % rng.randint(1, 99)
        if k == "mm":
            return "%02d" % rng.randint(0, 59)
        if k == "day":
            return "%02d" % rng.randint(1, 28)
        if k == "n4":
            return str(rng.randint(1000, 9999))
        if k == "d":
            return tick(hours=rng.randint(0, 40)).strftime("%Y-%m-%d")
        if k == "dd":
            return tick(hours=rng.randint(0, 40)).strftime("%d.%m.%Y")
        if k == "t":
            return tick(minutes=rng.randint(1, 15)).strftime("%H:%M")
        if k == "ts":
            return tick(seconds=rng.randint(5, 120)).strftime("%Y-%m-%dT%H:%M:%SZ")
        if k == "hex":
            return "%08x" % rng.getrandbits(32)
        if k == "amt":
            return "%.2f" % (rng.randint(1000, 999999) / 100)
        if k == "pct":
            return "%.1f" % (rng.randint(0, 1000) / 10)
        if k == "name":
            return rng.choice(NAMES)
        if k == "pick":
            return rng.choice(arg.split("|"))
        if k == "r":
            m2 = re.fullmatch(r"(-?\d+)-(-?\d+)", arg)
            return str(rng.randint(int(m2.group(1)), int(m2.group(2))))
        raise KeyError(k)
    # inner placeholders first: a {pick:...} whose options hold other placeholders is
    # resolved on a later pass, once its inner placeholders have been filled.
    while True:
        out = PH.sub(rep, tpl)
        if out == tpl:
            return out
        tpl = out


def sc_json(sc):
    return json.dumps(sc, ensure_ascii=False)


def strip_markers(text):
    t = text + "\n"
    t = t.replace("{PAD}\n", "").replace("{PAD2}\n", "")
    return t[:-1] if t.endswith("\n") else t


def case_len(text, extra, sc):
    n = len(text) + sum(len(e) for e in extra)
    if sc is not None:
        n += len(sc_json(sc))
    return n


def base_len(c):
    return case_len(strip_markers(c["text"]), c["extra"], c["sc"])


def render(c, target, rng):
    text = c["text"]
    need = target - base_len(c)
    lines = []
    used = 0
    start = rng.randint(2, 400)
    clock = [start_clock(text, rng)]
    if c["pad"] and need > 0:
        k = 0
        while True:
            line = fill(rng.choice(c["pad"]), rng, start + k, clock) + "\n"
            if used + len(line) > need and base_len(c) + used >= 100:
                break
            lines.append(line)
            used += len(line)
            k += 1
    t = text + "\n"
    if "{PAD2}" in t:
        half = len(lines) // 2
        t = t.replace("{PAD}\n", "".join(lines[:half])).replace("{PAD2}\n", "".join(lines[half:]))
    else:
        t = t.replace("{PAD}\n", "".join(lines))
    return t[:-1] if t.endswith("\n") else t


def load():
    results, tools = [], []
    for srv in SERVERS:
        for kind in ("results", "tools"):
            mod = "%s_%s" % (kind, srv)
            m = importlib.import_module(mod)
            assert m.SERVER == srv, mod
            for c in m.CASES:
                c = dict(c)
                c["server"] = srv
                c["source"] = "src/%s.py" % mod
                if kind == "results":
                    assert c["kind"] == "result", mod
                    results.append(c)
                else:
                    assert c["kind"] == "tool", mod
                    tools.append(c)
    return results, tools


def main():
    rng = random.Random(SEED)
    results, tools = load()

    # length targets: even spread 100-2000 per label for ordinary cases
    for label in (0, 1):
        # all ordinary cases of the label share one even grid of target lengths; a case without
        # pad shapes keeps its written length and uses up the grid slot nearest to it, and the
        # padded cases (sorted by written length) take the remaining slots in order.
        grp = [c for c in results if c["label"] == label and c["size"] is None]
        n = len(grp)
        slots = sorted(int(100 + 1900 * (k + rng.random()) / n) for k in range(n))
        fixed = sorted((c for c in grp if not c["pad"]), key=base_len)
        padded = sorted((c for c in grp if c["pad"]), key=base_len)
        for c in fixed:
            j = min(range(len(slots)), key=lambda i: (abs(slots[i] - base_len(c)), i))
            del slots[j]
            c["target"] = base_len(c)
        for c, t in zip(padded, slots):
            c["target"] = max(t, base_len(c))
    for c in results:
        if c["size"] == "long":
            c["target"] = rng.randint(3250, 7950)
        elif c["size"] == "huge":
            c["target"] = rng.randint(10300, 24800)
        elif "target" not in c:
            c["target"] = base_len(c)

    out_results = []
    for c in results:
        text = render(c, c["target"], rng)
        assert "{PAD" not in text, c["source"]
        content = [{"type": "text", "text": text}] + [{"type": "text", "text": e} for e in c["extra"]]
        res = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        length = case_len(text, c["extra"], c["sc"])
        if c["size"] == "long":
            assert 3000 <= length <= 8000, (c["source"], c["tool"], length)
        if c["size"] == "huge":
            assert 10000 <= length <= 25000, (c["source"], c["tool"], length)
        out_results.append((c, res, length))

    rng.shuffle(out_results)
    tools_sorted = list(tools)
    rng.shuffle(tools_sorted)

    res_lines, tool_lines, meta_lines = [], [], []
    for k, (c, res, length) in enumerate(out_results, 1):
        cid = "%s-r-%04d" % (ID, k)
        obj = {"id": cid, "kind": "result", "server": c["server"], "tool": c["tool"],
               "arguments": c["arguments"], "result": res, "label": c["label"]}
        res_lines.append(json.dumps(obj, ensure_ascii=False))
        meta_lines.append(json.dumps({"id": cid, "language": c["lang"], "length": length,
                                      "format": c["fmt"], "source": c["source"]}, ensure_ascii=False))
    for k, c in enumerate(tools_sorted, 1):
        cid = "%s-t-%04d" % (ID, k)
        obj = {"id": cid, "kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}
        tool_lines.append(json.dumps(obj, ensure_ascii=False))
        meta_lines.append(json.dumps({"id": cid, "language": c["lang"],
                                      "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                                      "format": "tool", "source": c["source"]}, ensure_ascii=False))

    for name, lines in (("results.jsonl", res_lines), ("tools.jsonl", tool_lines),
                        ("meta.jsonl", meta_lines)):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")

    import readme
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme.card(ROOT))
    print("wrote %d results, %d tools" % (len(res_lines), len(tool_lines)))


if __name__ == "__main__":
    main()
