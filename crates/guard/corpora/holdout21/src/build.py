"""Collect hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl.
Byte-identical on rerun (all randomness from fixed string seeds)."""
import glob, importlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import PADS, NAMES, CITIES, ITEMS, DISHES, P0, P1  # noqa: E402

ID, SERVER = "h21", "holdout21"
SEED = "holdout21-v1"
PH = re.compile(r"\{(i|n[1-6]|p|d|dc|t|tc|name|city|item|dish|sku|unit|hex|pick:[^}]*)\}")
MARK = re.compile(r"\"\{PAD:([a-z_]+)\}\",?|\{PAD:([a-z_]+)\}")


def fill_shape(shape, rng, k):
    def rep(m):
        tok = m.group(1)
        if tok == "i":
            return str(k)
        if tok[0] == "n" and tok[1:].isdigit():
            w = int(tok[1:])
            return str(rng.randint(1 if w == 1 else 10 ** (w - 1), 10 ** w - 1))
        if tok == "p":
            return "%d.%02d" % (rng.randint(2, 480), rng.choice([0, 49, 95, 99, 50, 25]))
        if tok in ("d", "dc"):
            y, mo, da = 2025, rng.randint(1, 12), rng.randint(1, 28)
            return "%04d-%02d-%02d" % (y, mo, da) if tok == "d" else "%04d%02d%02d" % (y, mo, da)
        if tok in ("t", "tc"):
            h, mi = rng.randint(6, 23), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])
            return "%02d:%02d" % (h, mi) if tok == "t" else "%02d%02d" % (h, mi)
        if tok == "name":
            return rng.choice(NAMES)
        if tok == "city":
            return rng.choice(CITIES)
        if tok == "item":
            return rng.choice(ITEMS)
        if tok == "dish":
            return rng.choice(DISHES)
        if tok == "sku":
            return "%s-%04d" % (rng.choice(["HX", "KT", "LN", "BR", "QS", "TW"]), rng.randint(1, 9999))
        if tok == "unit":
            return "%d%s" % (rng.randint(1, 24), rng.choice("ABCDEF"))
        if tok == "hex":
            return "%08x" % rng.getrandbits(32)
        if tok.startswith("pick:"):
            return fill_shape(rng.choice(tok[5:].split("|")), rng, k)
        return m.group(0)
    return PH.sub(rep, shape)


def pad_text(text, target, rng, measure=len):
    """Insert rows at the first PAD marker until measure(text) >= target; remove other markers.
    measure gives the case length (all text blocks + serialized structuredContent) for a first block."""
    m = MARK.search(text)
    if not m:
        return MARK.sub("", text)
    json_mode = m.group(1) is not None
    key = m.group(1) or m.group(2)
    shapes = PADS[key]
    base = MARK.sub("", text)
    need = target - len(base)
    rows, size, k = [], 0, 1
    while size < need:
        row = fill_shape(rng.choice(shapes), rng, k)
        rows.append(row)
        size += len(row) + 2
        k += 1

    line_start = text.rfind("\n", 0, m.start()) + 1
    indent = text[line_start:m.start()] if not text[line_start:m.start()].strip() else ""

    def make(nrows):
        rs = rows[:nrows]
        if json_mode and not m.group(0).endswith(","):
            ins = (",\n" + indent).join(rs)
        elif json_mode:
            ins = "".join(r + ",\n" + indent for r in rs)
        else:
            ins = "\n".join(rs)
        return MARK.sub("", text[:m.start()] + ins + text[m.end():])
    lo, hi = 0, len(rows)
    while lo < hi:  # smallest row count reaching the target (measure grows with rows)
        mid = (lo + hi) // 2
        if measure(make(mid)) >= target:
            hi = mid
        else:
            lo = mid + 1
    return make(lo)


CTX_JSON = {"results_retail.py": ("recent_activity", "json_events"), "results_shopping.py": ("recent_activity", "json_events"),
            "results_chatbot_messages.py": ("session_events", "json_events"),
            "results_hospitality.py": ("related_bookings", "json_bookings"), "results_realestate.py": ("related_units", "json_units")}
CTX_PROSE = {"results_hospitality.py": "prose_hosp", "results_realestate.py": "prose_re"}
CTX_TEXT = {  # format -> (header, pad key); a context section that fits the format
    "pdf": ("\n\nSchedule:\n", "pdf_sched"), "chat": ("\n", "chat"), "email": ("\n\n-----Original message-----\n", "email_quote"),
    "markdown": ("\n\n## Change log\n", "md_generic"), "log": ("\n", "log"), "yaml": ("\nhistory_items:\n", "yaml_items"),
    "html": ("\n<table class=\"related\">\n", "html_rows"), "csv": ("\n", "orders_csv"), "tsv": ("\n", "orders_tsv"),
    "sql": ("\n", "sql_rows"), "diff": ("\n", "diff_ctx"), "ics": ("\n", "ics")}


def add_context(c):
    """For a case written without a PAD marker, attach a context section fitting its format
    (applied identically to both labels; never to isError results)."""
    t = c["blocks"][0]
    if MARK.search(t) or c["err"]:
        return
    c["orig_first"] = t
    src = os.path.basename(c["src"])
    if c["fmt"] == "json":
        try:
            o = json.loads(t)
        except ValueError:
            o = None
        if isinstance(o, dict):
            key, pad = CTX_JSON[src]
            o[key] = ["{PAD:%s}" % pad]
            c["blocks"][0] = json.dumps(o, ensure_ascii=False, indent=1)
            return
    if c["fmt"] in CTX_TEXT:
        head, pad = CTX_TEXT[c["fmt"]]
        tail = "\n</table>" if c["fmt"] == "html" else ""
        c["blocks"][0] = t + head + "{PAD:%s}" % pad + tail
        return
    pad = c["lang"] if c["lang"] in PADS else CTX_PROSE.get(src, "prose")
    c["blocks"][0] = t + "\n\n---\nRelated notes:\n{PAD:%s}" % pad


def strip(o):
    if isinstance(o, str):
        return o.replace(P0, "").replace(P1, "")
    if isinstance(o, list):
        return [strip(x) for x in o]
    if isinstance(o, dict):
        return {strip(k): strip(v) for k, v in o.items()}
    return o


def has_payload(o):
    return P0 in json.dumps(o, ensure_ascii=False)


def load(prefix):
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for idx, c in enumerate(mod.CASES):
            c = dict(c)
            c["src"] = "src/" + os.path.basename(path)
            c["idx"] = idx
            if c["label"] == 1 and not has_payload(c):
                raise SystemExit("label 1 without payload marker: %s #%d" % (c["src"], idx))
            if c["label"] == 0 and has_payload(c):
                raise SystemExit("label 0 with payload marker: %s #%d" % (c["src"], idx))
            if prefix == "results":
                c["blocks"] = list(c["blocks"])
                add_context(c)
            cases.append(c)
    return cases


def assign_targets(results):
    rng = random.Random(SEED + ":targets")
    for lab in (0, 1):
        grp = [c for c in results if c["label"] == lab]
        for c in grp:
            c["target"] = 0
        N = len(grp)
        padable = [c for c in grp if MARK.search(c["blocks"][0])]

        def long_ok(c):
            t = c["blocks"][0]
            if lab == 0:
                return True
            return P0 in t and MARK.search(t).start() < t.index(P0)
        cand = [c for c in padable if long_ok(c)]
        n_v, n_l = round(0.02 * N), round(0.07 * N)
        chosen = rng.sample(cand, n_v + n_l)
        for c in chosen[:n_v]:
            c["target"] = rng.randint(10000, 25000)
        for c in chosen[n_v:]:
            c["target"] = rng.randint(3000, 8000)
        rest = [c for c in padable if c not in chosen]
        rest.sort(key=lambda c: (len(c["blocks"][0]), c["src"], c["idx"]))
        m = len(rest)
        tg = sorted(100 + 1900 * (k + rng.random()) / m for k in range(m))
        for c, t in zip(rest, tg):
            c["target"] = int(t)


def main():
    results = load("results")
    tools = load("tools")
    assign_targets(results)
    r_rows, t_rows, meta = [], [], []
    for c in results:
        rng = random.Random("%s:pad:%s:%d" % (SEED, c["src"], c["idx"]))
        rest = [MARK.sub("", b) for b in c["blocks"][1:]]
        other = sum(len(strip(b)) for b in rest)
        if c["sc"] not in (None, "same"):
            other += len(json.dumps(strip(c["sc"]), ensure_ascii=False))

        def measure(t, c=c, other=other):
            t = strip(t)
            L = len(t) + other
            if c["sc"] == "same":
                L += len(json.dumps(json.loads(t), ensure_ascii=False))
            return L
        first = pad_text(c["blocks"][0], c["target"], rng, measure)
        if "orig_first" in c and first == MARK.sub("", c["blocks"][0]):
            first = c["orig_first"]  # no context rows needed: drop the empty context section
        blocks = [first] + rest
        blocks = strip(blocks)
        res = {"content": [{"type": "text", "text": t} for t in blocks], "isError": bool(c["err"])}
        if c["sc"] == "same":
            res["structuredContent"] = json.loads(blocks[0])
        elif c["sc"] is not None:
            res["structuredContent"] = strip(c["sc"])
        c["out"] = res
    for c in tools:
        c["out"] = strip(c["tool"])
    rs = random.Random(SEED + ":shuffle-results")
    ts = random.Random(SEED + ":shuffle-tools")
    rs.shuffle(results)
    ts.shuffle(tools)
    for k, c in enumerate(results, 1):
        rid = "%s-r-%04d" % (ID, k)
        r_rows.append({"id": rid, "kind": "result", "server": SERVER, "tool": c["tool"],
                       "arguments": c["args"], "result": c["out"], "label": c["label"]})
        L = sum(len(b["text"]) for b in c["out"]["content"])
        if "structuredContent" in c["out"]:
            L += len(json.dumps(c["out"]["structuredContent"], ensure_ascii=False))
        meta.append({"id": rid, "language": c["lang"], "length": L, "format": c["fmt"], "source": c["src"]})
    for k, c in enumerate(tools, 1):
        tid = "%s-t-%04d" % (ID, k)
        t_rows.append({"id": tid, "kind": "tool", "server": SERVER, "tool": c["out"], "label": c["label"]})
        meta.append({"id": tid, "language": c["lang"], "length": len(json.dumps(c["out"], ensure_ascii=False)),
                     "format": c["fmt"], "source": c["src"]})

    def write(name, rows):
        with open(os.path.join(DIR, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write("results.jsonl", r_rows)
    write("tools.jsonl", t_rows)
    write("meta.jsonl", meta)
    print("wrote %d results, %d tools" % (len(r_rows), len(t_rows)))


if __name__ == "__main__":
    main()
