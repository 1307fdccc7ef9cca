"""Collect hand-written cases, pad lengths, shuffle (fixed seed), assign ids, write jsonl.
Byte-identical on rerun."""
import importlib.util, json, os, random, sys
from common import PAD, ROWS, CONTEXT, CONTEXT_NEUTRAL, fill, fill_obj

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
ID, SERVER, SEED = "h22", "holdout22", 22022


def load(prefix):
    out = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith(".py"):
            spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(HERE, fn))
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            for c in mod.CASES:
                c = dict(c)
                c["source"] = "src/" + fn
                out.append(c)
    return out


def pad_place(c):
    if isinstance(c["text"], str) and PAD in c["text"]:
        return "text"
    if isinstance(c["text"], dict) and ROWS in json.dumps(c["text"]):
        return "tobj"
    if c["struct"] is not None and ROWS in json.dumps(c["struct"]):
        return "struct"
    return None


def subst(obj, rows):
    if isinstance(obj, dict):
        return {k: subst(v, rows) for k, v in obj.items()}
    if isinstance(obj, list):
        return [subst(v, rows) for v in obj]
    if obj == ROWS:
        return rows
    return obj


def render(c, k, rng):
    """Render case c with k generated rows. Returns (blocks, struct)."""
    place = pad_place(c)
    rows = []
    for n in range(k):
        tpl = c["rows"][n % len(c["rows"])] if place == "text" else c["rows"][rng.randrange(len(c["rows"]))]
        rows.append(fill(tpl, rng, n + 1) if place == "text" else fill_obj(tpl, rng, n + 1))
    if place == "text" and k and len(c["rows"]) > 1:
        pass
    t = c["text"]
    if isinstance(t, str):
        if place == "text":
            t = t.replace(PAD + "\n", "\n".join(rows) + "\n") if rows else t.replace(PAD + "\n", "")
            t = t.replace(PAD, "\n".join(rows))
        text = t
    else:
        text = json.dumps(subst(t, rows) if place == "tobj" else t, ensure_ascii=False, indent=2)
    st = c["struct"]
    if st is not None:
        st = subst(st, rows if place == "struct" else [])
    return [text] + list(c["extra"]), st


def length(blocks, st):
    n = sum(len(b) for b in blocks)
    if st is not None:
        n += len(json.dumps(st, ensure_ascii=False))
    return n


def build_result(c, target, seed):
    place = pad_place(c)
    k = 0
    while True:
        rng = random.Random(seed)
        blocks, st = render(c, k, rng)
        if place is None or length(blocks, st) >= target or k > 2000:
            return blocks, st
        # jump ahead roughly
        cur = length(blocks, st)
        k += 1 if k < 3 else max(1, int((target - cur) / max(1, cur / k) * 0.8))


def autopad(c):
    """Give a case without a padding point a context section fitting its format (same for both labels)."""
    if pad_place(c) or c["err"] or not isinstance(c["text"], str):
        return c
    table = CONTEXT if c["lang"] == "en" else CONTEXT_NEUTRAL
    if c["fmt"] not in table:
        return c
    rows = table[c["fmt"]]
    t = c["text"].rstrip("\n")
    head = [r for r in rows if "<<" not in r]   # fixed heading lines
    body = [r for r in rows if "<<" in r]
    c = dict(c, rows=body, pos="s", auto=True)
    if c["fmt"] == "ical" and "END:VCALENDAR" in t:
        c["text"] = t.replace("END:VCALENDAR", PAD + "\nEND:VCALENDAR") + "\n"
    elif c["fmt"] == "html" and "</body>" in t:
        c["text"] = t.replace("</body>", PAD + "\n</body>") + "\n"
    else:
        c["text"] = t + "\n" + "\n".join(head) + "\n" + PAD + "\n"
    return c


def main():
    res, tools = load("results_"), load("tools_")
    res = [autopad(c) for c in res]
    # Context sections were auto-added to more label-0 cases (they have more cases without a
    # hand-placed padding point). Add the same static context sections to label-1 cases so the
    # share of cases carrying one is about equal per label.
    crng = random.Random(SEED + 3)
    share0 = sum(1 for c in res if c["label"] == 0 and c.get("auto")) / max(1, sum(c["label"] == 0 for c in res))
    have1 = sum(1 for c in res if c["label"] == 1 and c.get("auto"))
    need = round(share0 * sum(c["label"] == 1 for c in res)) - have1
    cand = [i for i, c in enumerate(res) if c["label"] == 1 and not c.get("auto") and not c["err"]
            and isinstance(c["text"], str) and c["fmt"] in ("text", "pdf_text", "email", "markdown", "chat", "yaml")]
    for i in sorted(crng.sample(cand, max(0, min(need, len(cand))))):
        c = res[i]
        table = CONTEXT if c["lang"] == "en" else CONTEXT_NEUTRAL
        if c["fmt"] not in table:
            continue
        rows = table[c["fmt"]]
        head = [r for r in rows if "<<" not in r]
        body = [r for r in rows if "<<" in r]
        extra = [fill(body[k % len(body)], crng, k + 1) for k in range(crng.randint(2, 5))]
        res[i] = dict(c, text=c["text"].rstrip("\n") + "\n" + "\n".join(head + extra) + "\n", auto=True)
    rng = random.Random(SEED)
    # ---- length targets, per label ----
    targets = {}
    for lab in (0, 1):
        idx = [i for i, c in enumerate(res) if c["label"] == lab]
        padded = [i for i in idx if pad_place(res[i])]
        elig = [i for i in padded if not res[i].get("auto") and (lab == 0 or res[i]["pos"] != "s")]
        n_huge, n_long = round(0.02 * len(idx)), round(0.07 * len(idx))
        pick = rng.sample(elig, n_huge + n_long)
        for i in pick[:n_huge]:
            targets[i] = rng.randint(10000, 25000)
        for i in pick[n_huge:]:
            targets[i] = rng.randint(3000, 8000)
        rest = [i for i in padded if i not in targets]
        base = {i: length(*render(res[i], 0, random.Random(0))) for i in rest}
        # quantile grid for all short cases of this label; unpadded cases take the grid point
        # nearest their natural length, padded cases get the remaining points
        fixed = [length(*render(res[i], 0, random.Random(0))) for i in idx if not pad_place(res[i])]
        m = len(rest) + len(fixed)
        grid = [100 + (j + rng.random()) * 1900 / m for j in range(m)]
        for L in sorted(fixed):
            if grid:
                grid.remove(min(grid, key=lambda g: abs(g - L)))
        rest.sort(key=lambda i: base[i] + rng.randint(0, 300))
        for i, t in zip(rest, sorted(grid)):
            targets[i] = int(t)
    # ---- render ----
    rendered = []
    for i, c in enumerate(res):
        blocks, st = build_result(c, targets.get(i, 0), SEED * 1000 + i)
        result = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(c["err"])}
        if st is not None:
            result["structuredContent"] = st
        rec = {"id": None, "kind": "result", "server": SERVER, "tool": c["tool"],
               "arguments": c["args"], "result": result, "label": c["label"]}
        meta = {"id": None, "language": c["lang"], "length": length(blocks, st),
                "format": c["fmt"], "source": c["source"]}
        rendered.append((rec, meta))
    trend = []
    for c in tools:
        rec = {"id": None, "kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}
        meta = {"id": None, "language": c["lang"],
                "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                "format": c["fmt"], "source": c["source"]}
        trend.append((rec, meta))
    random.Random(SEED + 1).shuffle(rendered)
    random.Random(SEED + 2).shuffle(trend)
    metas = []
    with open(os.path.join(DIR, "results.jsonl"), "w", encoding="utf-8") as f:
        for j, (rec, meta) in enumerate(rendered, 1):
            rec["id"] = meta["id"] = f"{ID}-r-{j:04d}"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            metas.append(meta)
    with open(os.path.join(DIR, "tools.jsonl"), "w", encoding="utf-8") as f:
        for j, (rec, meta) in enumerate(trend, 1):
            rec["id"] = meta["id"] = f"{ID}-t-{j:04d}"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            metas.append(meta)
    with open(os.path.join(DIR, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in metas:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"results={len(rendered)} tools={len(trend)}")


if __name__ == "__main__":
    main()
