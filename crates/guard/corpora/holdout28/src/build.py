import importlib, json, os, random, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from common import PAD
import filler

ID = "h28"


def load(prefix):
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = os.path.basename(path)[:-3]
        m = importlib.import_module(mod)
        for i, c in enumerate(m.CASES):
            c = dict(c)
            c["src"] = f"src/{mod}.py"
            c["key"] = f"{mod}:{i:04d}"
            out.append(c)
    return out


def base_len(c):
    n = sum(len(b.replace(PAD, "")) for b in c["blocks"])
    if c["sc"] is not None:
        n += len(json.dumps(c["sc"], ensure_ascii=False))
    return n


def assign_targets(results):
    for label in (0, 1):
        grp = sorted([c for c in results if c["label"] == label], key=lambda c: c["key"])
        rng = random.Random(2800 + label)
        n = len(grp)
        nvl, nl = max(1, round(n * 0.02)), round(n * 0.07)
        cands = [c for c in grp if c["long"] and c["pad"]]
        rng.shuffle(cands)
        if len(cands) < nvl + nl:
            print(f"WARN label {label}: only {len(cands)} long candidates for {nvl + nl}", file=sys.stderr)
        for c in cands[:nvl]:
            c["target"] = rng.randint(10000, 24000)
        for c in cands[nvl:nvl + nl]:
            c["target"] = rng.randint(3000, 7800)
        rest = sorted([c for c in grp if "target" not in c], key=lambda c: (base_len(c), c["key"]))
        m = len(rest)
        slots = [int(100 + 1900 * (i + rng.random()) / m) for i in range(m)]
        fixed = [c for c in rest if not can_pad(c)]
        for c in fixed:  # a case that cannot grow takes the slot nearest its own length
            k = min(range(len(slots)), key=lambda i: abs(slots[i] - base_len(c)))
            slots.pop(k)
            c["target"] = base_len(c)
        padable = [c for c in rest if can_pad(c)]
        for c, slot in zip(padable, sorted(slots)):
            c["target"] = max(base_len(c), slot)


def can_pad(c):
    if c["pad"] and any(PAD in b for b in c["blocks"]):
        return True
    if c["err"] or c["lang"] != "en" or c["fmt"] not in filler.SHAPES:
        return False
    where = filler.SHAPES[c["fmt"]][0]
    return not where.startswith("before:") or any(where[7:] in b for b in c["blocks"])


def render_filler(c):
    """Lengthen a case without PAD markers with format-fitting context rows (both labels alike)."""
    rng = random.Random(c["key"])
    blocks = [b.replace(PAD, "") for b in c["blocks"]]
    if c["pad"] or not can_pad(c) or base_len(c) >= c["target"]:
        return blocks
    where, header, shape = filler.SHAPES[c["fmt"]]
    bi = max(range(len(blocks)), key=lambda i: len(blocks[i]))
    need = c["target"] - base_len(c) - len(header)
    lines = []
    while need > 0:
        ln = shape(rng) + "\n"
        lines.append(ln)
        need -= len(ln)
    body = "".join(lines)
    b = blocks[bi]
    if where == "after":
        b = b + header + body.rstrip("\n")
    elif where == "before":
        b = header + body + b
    else:
        anchor = where[7:]
        k = b.rfind(anchor)
        if anchor == "</body>":
            b = b[:k] + header + body + "</ul>" + b[k:]
        else:
            b = b[:k] + header + body + b[k:]
    blocks[bi] = b
    return blocks


def render(c):
    if not (c["pad"] and any(PAD in b for b in c["blocks"])):
        return render_filler(c)
    rng = random.Random(c["key"])
    blocks = list(c["blocks"])
    markers = [(bi, k) for bi, b in enumerate(blocks) for k in range(b.count(PAD))]
    fills = [[] for _ in markers]
    cur = base_len(c)
    j = 0
    if markers and c["pad"]:
        while cur < c["target"]:
            line = c["pad"](rng) + "\n"
            fills[j % len(markers)].append(line)
            cur += len(line)
            j += 1
    out, mi = [], 0
    for bi, b in enumerate(blocks):
        parts = b.split(PAD)
        s = parts[0]
        for p in parts[1:]:
            s += "".join(fills[mi]) + p
            mi += 1
        out.append(s)
    return out


def main():
    results = load("results")
    tools = load("tools")
    assign_targets(results)
    rr = []
    for c in results:
        texts = render(c)
        res = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(c["err"])}
        if c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        length = sum(len(t) for t in texts) + (len(json.dumps(c["sc"], ensure_ascii=False)) if c["sc"] is not None else 0)
        rr.append((c, {"kind": "result", "server": c["server"], "tool": c["tool"], "arguments": c["arguments"],
                       "result": res, "label": c["label"]}, length))
    random.Random(28028).shuffle(rr)
    tt = []
    for c in tools:
        tt.append((c, {"kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]},
                   len(json.dumps(c["tool"], ensure_ascii=False))))
    random.Random(28029).shuffle(tt)
    meta = []
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, (c, rec, length) in enumerate(rr, 1):
            rec = {"id": f"{ID}-r-{i:04d}", **rec}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta.append({"id": rec["id"], "language": c["lang"], "length": length, "format": c["fmt"], "source": c["src"]})
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, (c, rec, length) in enumerate(tt, 1):
            rec = {"id": f"{ID}-t-{i:04d}", **rec}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            meta.append({"id": rec["id"], "language": c["lang"], "length": length, "format": "tool_definition", "source": c["src"]})
    with open(os.path.join(ROOT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"wrote {len(rr)} results, {len(tt)} tools")


if __name__ == "__main__":
    main()
