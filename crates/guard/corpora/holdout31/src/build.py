"""Collect hand-written cases, pad lengths, shuffle (seed 3131), assign ids, write jsonl."""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from common import PAD, CONTEXT  # noqa: E402

ID = "h31"
SEED = 3131
DOMAINS = ["tablefront", "quarryops", "tutorline", "sunfield",
           "smilebook", "callsheet", "fixdesk", "chatcellar"]



def _field(body, rng, idx):
    kind, _, arg = body.partition(":")
    if kind == "i":  # row index, optionally plus an offset: <<i>> or <<i:400>>
        return str(idx + (int(arg) if arg else 0))
    if kind == "tc":  # subtitle timecode from base seconds + idx*step: <<tc:2470:3>>
        base, step = arg.split(":")
        sec = int(base) + idx * int(step)
        return f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d},{(idx * 137) % 1000:03d}"
    if kind == "n":
        a, b = arg.split(":")
        return str(rng.randint(int(a), int(b)))
    if kind == "z":  # zero-padded int  <<z:width:lo:hi>>
        w, a, b = arg.split(":")
        return str(rng.randint(int(a), int(b))).zfill(int(w))
    if kind == "f":
        a, b, d = arg.split(":")
        return f"{rng.uniform(float(a), float(b)):.{int(d)}f}"
    if kind == "p":
        return rng.choice(arg.split("|"))
    if kind == "d":
        return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "t":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    if kind == "ts":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "h":
        return "".join(rng.choice("0123456789abcdef") for _ in range(int(arg)))
    if kind == "ip":
        net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{rng.randint(1, 254)}"
    raise ValueError(body)


def fill(shape, rng, idx):
    """Fill <<...>> fields, innermost first (fields may nest inside <<p:...>>)."""
    s = shape
    while True:
        end = s.find(">>")
        if end < 0:
            return s
        start = s.rfind("<<", 0, end)
        if start < 0:
            raise ValueError("unbalanced field in row shape: " + shape)
        s = s[:start] + _field(s[start + 2:end], rng, idx) + s[end + 2:]


def case_len(blocks, sc):
    n = sum(len(x) for x in blocks)
    if sc is not None:
        n += len(json.dumps(sc, ensure_ascii=False))
    return n


def render(case, target, rng, cap):
    blocks = case["blocks"]
    if not any(PAD in x for x in blocks):
        return blocks
    base = [x.replace(PAD, "") for x in blocks]
    cur = case_len(base, case["sc"])
    wrap = case.get("wrap") or ("", case["sep"])
    rows = []
    k = 1
    shapes = case["rows"] or []
    if shapes and cur < target:
        cur += len(wrap[0]) + len(wrap[1])
    while shapes and cur < target:
        shape = shapes[(k - 1) % len(shapes)] if len(shapes) <= 2 else rng.choice(shapes)
        r = fill(shape, rng, k)
        if cur + len(r) + len(case["sep"]) > cap:
            break
        rows.append(r)
        cur += len(r) + len(case["sep"])
        k += 1
    ins = (wrap[0] + case["sep"].join(rows) + wrap[1]) if rows else ""
    return [x.replace(PAD, ins) for x in blocks]


def attach_context(case, rng):
    """Give a case without a hand-placed PAD a format-level context section."""
    if any(PAD in x for x in case["blocks"]) or case["err"] or case["sc"] is not None:
        return
    opts = CONTEXT.get(case["fmt"])
    if not opts:
        return
    mode, wrap, shapes = opts[rng.randrange(len(opts))]
    blocks = list(case["blocks"])
    if mode == "prepend":
        blocks[0] = PAD + blocks[0]
    elif mode.startswith("before:"):
        anchor = mode[len("before:"):]
        j = len(blocks) - 1
        if anchor not in blocks[j]:
            return
        pos = blocks[j].rindex(anchor)
        blocks[j] = blocks[j][:pos] + PAD + blocks[j][pos:]
    else:
        blocks[-1] = blocks[-1] + PAD
    case["blocks"] = blocks
    case["rows"] = shapes
    case["wrap"] = wrap
    case["sep"] = "\n"


def collect(prefix):
    out = []
    for d in DOMAINS:
        name = f"{prefix}_{d}"
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        mod = importlib.import_module(name)
        for c in mod.CASES:
            c = dict(c)
            c["server"] = mod.SERVER
            c["src"] = f"src/{name}.py"
            out.append(c)
    return out


def assign_targets(cases, rng):
    targets = {}
    for label in (0, 1):
        group = [k for k, c in enumerate(cases) if c["label"] == label]
        normal = [k for k in group if not cases[k]["size"]]
        for k in group:
            sz = cases[k]["size"]
            if sz == "long":
                targets[k] = rng.randint(3000, 7600)
            elif sz == "xl":
                targets[k] = rng.randint(10500, 23000)
        n = len(normal)
        grid = [100 + 1900 * (j + 0.5) / n for j in range(n)]
        padded = []
        for k in normal:
            c = cases[k]
            nat = case_len([x.replace(PAD, "") for x in c["blocks"]], c["sc"])
            if any(PAD in x for x in c["blocks"]) and c["rows"]:
                padded.append((nat, k))
            else:
                j = min(range(len(grid)), key=lambda q: abs(grid[q] - nat))
                grid.pop(j)
                targets[k] = nat
        padded.sort()
        grid.sort()
        for (nat, k), g in zip(padded, grid):
            targets[k] = max(nat, int(g))
    return targets


def build_results():
    cases = collect("results")
    rng = random.Random(SEED)
    for c in cases:
        attach_context(c, rng)
    targets = assign_targets(cases, rng)
    built = []
    for k, c in enumerate(cases):
        cap = {"long": 8000, "xl": 25000}.get(c["size"], 2000)
        blocks = render(c, targets[k], rng, cap)
        res = {"content": [{"type": "text", "text": t} for t in blocks],
               "isError": bool(c["err"])}
        if c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        rec = {"kind": "result", "server": c["server"], "tool": c["tool"],
               "arguments": c["arguments"], "result": res, "label": c["label"]}
        meta = {"language": c["lang"], "length": case_len(blocks, c["sc"]),
                "format": c["fmt"], "source": c["src"]}
        built.append((rec, meta))
    rng.shuffle(built)
    return built


def build_tools():
    cases = collect("tools")
    built = []
    for c in cases:
        rec = {"kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}
        meta = {"language": c["lang"],
                "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                "format": "tool_definition", "source": c["src"]}
        built.append((rec, meta))
    random.Random(SEED + 1).shuffle(built)
    return built


def main():
    results = build_results()
    tools = build_tools()
    lines, tlines, mlines = [], [], []
    for n, (rec, meta) in enumerate(results, 1):
        rid = f"{ID}-r-{n:04d}"
        lines.append(json.dumps({"id": rid, **rec}, ensure_ascii=False))
        mlines.append(json.dumps({"id": rid, **meta}, ensure_ascii=False))
    for n, (rec, meta) in enumerate(tools, 1):
        tid = f"{ID}-t-{n:04d}"
        tlines.append(json.dumps({"id": tid, **rec}, ensure_ascii=False))
        mlines.append(json.dumps({"id": tid, **meta}, ensure_ascii=False))
    for name, ls in (("results.jsonl", lines), ("tools.jsonl", tlines), ("meta.jsonl", mlines)):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(ls) + "\n")
    print(f"wrote {len(lines)} results, {len(tlines)} tools, {len(mlines)} meta lines")


if __name__ == "__main__":
    main()
