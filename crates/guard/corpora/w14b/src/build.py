"""Collect hand-written cases, pad result lengths with seeded rows, shuffle, assign ids, write jsonl."""
import glob
import json
import os
import random
import sys
import importlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import PAD  # noqa: E402
from padding import CONTEXT, json_item, html_row  # noqa: E402

ID = "w14b"
SEED = 141402


def load(prefix, attr):
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = os.path.basename(path)[:-3]
        m = importlib.import_module(mod)
        for i, c in enumerate(getattr(m, attr)):
            c = dict(c)
            c["_src"] = mod
            c["_idx"] = i
            out.append(c)
    return out


def fill(text, pad, rng, target):
    """Insert rows from pad(rng) at PAD markers until the text reaches target length."""
    n_markers = text.count(PAD)
    if n_markers == 0:
        return text
    base = len(text) - n_markers * len(PAD)
    rows = [[] for _ in range(n_markers)]
    cur = base
    k = 0
    while True:
        need_min = any(len(r) < 2 for r in rows)
        if cur >= target and not need_min:
            break
        line = pad(rng)
        rows[k % n_markers].append(line)
        cur += len(line) + 1
        k += 1
    parts = text.split(PAD)
    res = parts[0]
    for j in range(n_markers):
        res += "\n".join(rows[j]) + parts[j + 1]
    return res


def size_of(c, text):
    n = len(text) + sum(len(b) for b in c["_blocks"])
    if c["_sc"] is not None:
        n += len(json.dumps(c["_sc"], ensure_ascii=False))
    return n


def paddable(c):
    if c["_pad"] is not None:
        return True
    if c["_err"]:
        return False
    if c["_fmt"] in CONTEXT:
        return True
    if c["_fmt"] == "html":
        return "</body>" in c["_text"]
    if c["_fmt"] == "json":
        return c["_sc"] is not None or c["_text"].lstrip().startswith("{")
    return False


def grow_json(c, text, rng, target):
    """Add a label-neutral 'revision_history' list to the JSON object (text, else structuredContent)."""
    sc = c["_sc"]
    if text.lstrip().startswith("{"):
        obj = json.loads(text)
        hist = []
        obj["revision_history"] = hist
        while len(json.dumps(obj, ensure_ascii=False)) + size_of(c, "") < target:
            hist.append(json_item(rng))
        return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) if hist else text), sc
    sc = json.loads(json.dumps(sc))
    hist = []
    sc["revision_history"] = hist
    while len(text) + len(json.dumps(sc, ensure_ascii=False)) + sum(len(b) for b in c["_blocks"]) < target:
        hist.append(json_item(rng))
    if not hist:
        del sc["revision_history"]
    return text, sc


def grow_html(text, rng, target):
    rows = []
    cur = len(text)
    while cur < target:
        line = html_row(rng)
        rows.append(line)
        cur += len(line)
    i = text.rindex("</body>")
    return text[:i] + "".join(rows) + text[i:]


def add_context(text, fmt, rng, target):
    head, row, where = CONTEXT[fmt]
    rows = []
    cur = len(text) + len(head)
    while cur < target:
        line = row(rng)
        if rows and target <= 2000 and cur + len(line) + 1 > 2000:
            break
        rows.append(line)
        cur += len(line) + 1
    if not rows:
        return text
    block = "\n".join(rows)
    if where == "before":
        return block + "\n" + text
    return text.rstrip("\n") + head + block + "\n"


def build_results(cases):
    rng = random.Random(SEED)
    targets = {}
    for label in (0, 1):
        group = [c for c in cases if c["label"] == label]
        longable = [c for c in group if c["_pad"] is not None and c["_long"]]
        rng.shuffle(longable)
        n_vlong = max(1, round(0.02 * len(group)))
        n_long = max(1, round(0.07 * len(group)))
        for c in longable[:n_vlong]:
            targets[(c["_src"], c["_idx"])] = rng.randint(10000, 25000)
        for c in longable[n_vlong:n_vlong + n_long]:
            targets[(c["_src"], c["_idx"])] = rng.randint(3000, 7800)
        # The rest get targets drawn uniformly over 100-2000. Cases that cannot be lengthened take the
        # draw closest to their natural length; the remaining draws go, rank-matched, to paddable cases.
        rest = [c for c in group if (c["_src"], c["_idx"]) not in targets]
        nat = {(c["_src"], c["_idx"]): size_of(c, c["_text"].replace(PAD, "")) for c in rest}
        draws = [int(100 + (i + rng.random()) * 1900 / len(rest)) for i in range(len(rest))]  # stratified
        fixed = sorted((c for c in rest if not paddable(c)), key=lambda c: nat[(c["_src"], c["_idx"])])
        for c in fixed:
            n = nat[(c["_src"], c["_idx"])]
            j = min(range(len(draws)), key=lambda k: abs(draws[k] - n))
            draws.pop(j)
            targets[(c["_src"], c["_idx"])] = n
        flex = sorted((c for c in rest if paddable(c)), key=lambda c: (nat[(c["_src"], c["_idx"])], c["_src"], c["_idx"]))
        for c, t in zip(flex, draws):
            targets[(c["_src"], c["_idx"])] = t

    out = []
    for c in cases:
        key = (c["_src"], c["_idx"])
        text = c["_text"]
        sc = c["_sc"]
        crng = random.Random(f"{SEED}-{c['_src']}-{c['_idx']}")
        extra = size_of(c, text.replace(PAD, "")) - len(text.replace(PAD, ""))
        if c["_pad"] is not None:
            text = fill(text, c["_pad"], crng, targets[key] - extra)
        elif paddable(c) and c["_fmt"] == "json":
            text, sc = grow_json(c, text, crng, targets[key])
        elif paddable(c) and c["_fmt"] == "html":
            text = grow_html(text, crng, targets[key] - extra)
        elif paddable(c):
            text = add_context(text, c["_fmt"], crng, targets[key] - extra)
        assert PAD not in text
        content = [{"type": "text", "text": text}] + [{"type": "text", "text": b} for b in c["_blocks"]]
        result = {"content": content, "isError": bool(c["_err"])}
        if sc is not None:
            result["structuredContent"] = sc
        rec = {"kind": "result", "server": c["server"], "tool": c["tool"], "arguments": c["arguments"],
               "result": result, "label": c["label"]}
        meta = {"source": c["_src"], "fmt": c["_fmt"], "lang": c["_lang"], "chars": size_of(dict(c, _sc=sc), text),
                "multi_block": bool(c["_blocks"]), "structured": c["_sc"] is not None, "is_error": bool(c["_err"])}
        out.append((rec, meta))
    return out


def build_tools(cases):
    out = []
    for c in cases:
        rec = {"kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}
        meta = {"source": c["_src"], "where": c["_where"] if c["label"] == 1 else "-",
                "chars": len(json.dumps(c["tool"], ensure_ascii=False))}
        out.append((rec, meta))
    return out


def finish(pairs, tag):
    rng = random.Random(f"{SEED}-shuffle-{tag}")
    pairs = sorted(pairs, key=lambda p: (p[1]["source"], json.dumps(p[0], sort_keys=True, ensure_ascii=False)))
    rng.shuffle(pairs)
    lines, meta = [], {}
    for i, (rec, m) in enumerate(pairs, 1):
        rid = f"{ID}-{tag}-{i:04d}"
        lines.append(json.dumps(dict({"id": rid}, **rec), ensure_ascii=False))
        meta[rid] = m
    return lines, meta


def main():
    res_lines, res_meta = finish(build_results(load("results", "CASES")), "r")
    tool_lines, tool_meta = finish(build_tools(load("tools", "TOOLS")), "t")
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(res_lines) + "\n")
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(tool_lines) + "\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump({"results": res_meta, "tools": tool_meta}, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(res_lines)} results, {len(tool_lines)} tools")


if __name__ == "__main__":
    main()
