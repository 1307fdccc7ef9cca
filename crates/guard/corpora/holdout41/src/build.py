"""Collect hand-written cases, pad lengths, shuffle (seed 4141), assign ids, write jsonl.
Byte-identical on rerun."""
import glob, importlib, json, os, random, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import PO, PC, PAD, fill, strip_marks

SEED, ID = 4141, "h41"
OUT = os.path.dirname(HERE)

def bucket(n):
    for lo, hi in [(0, 100), (100, 500), (500, 1000), (1000, 2000), (2000, 3000), (3000, 8000),
                   (8000, 10000), (10000, 25000)]:
        if n < hi:
            return "%d-%d" % (lo, hi)
    return "25000+"

# Context sections for cases written without {PAD}: appended after the hand-written text only
# when the planner asks for more length (same for both labels).
CTX = {
    "email": ("\n\n-----Original message-----\n", [
        "> §[Thanks, noted.|Will do, back on §d.|Can we talk §[Monday|Thursday] at §t?|I've attached the updated sheet.|Copying §N for info.|Sorry for the slow reply, busy week.|See the figures below.|Agreed with everything except point §n.]",
        "> §[From|Sent]: §N, §d §t",
        "> §[Ref|Our ref|Your ref] §k — §[no change|updated|superseded]"]),
    "chat": ("\n--- earlier in this export ---\n", [
        "[§t] §[visitor|user|guest]: §[hello|hi|are you open on §d?|thanks|how much is parking?|ok|is there wifi?]",
        "[§t] bot: §[Hello! How can I help?|We're open 09:00-17:00.|You're welcome.|Parking is free after 18:00.|I'll pass that on.]"]),
    "text": ("\n\nRelated records\n", [
        "§[Ref|See also|Linked record|Audit] §[#§k|§h] — §[updated §d by §N|created §d|viewed §d by §N|no changes since §d|attachment added §d]"]),
    "pdf_text": ("\n\n[page break]\nRevision history\n", [
        "Rev §n   §d   §N   §[minor wording|formatting|clause renumbered|contact details updated|schedule replaced|typo fixed]",
        "Page §n of §n — document ref §h — printed §d"]),
    "markdown": ("\n\n## Changelog\n", ["- §d §N: §[typo|added table row|updated figures|moved section|clarified wording|new link]"]),
    "yaml": ("\n# history\n", ["# §d §N §[edited|reviewed|exported] rev §n"]),
    "tsv": ("", ["§d\t§N\t§[checked|updated|exported]\t§n"]),
    "ical": None, "json": None, "html": None, "sql": None, "csv": None, "log": None, "diff": None,
}

def load(prefix):
    out = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        for c in mod.CASES:
            c["server"] = c.get("server") or mod.SERVER
            c["source"] = "src/" + os.path.basename(f)
            c.setdefault("pad_header", "")
            ctx = CTX.get(c.get("fmt"))
            if c["kind"] == "result" and PAD not in c["text"] and not c["err"] and ctx and len(c["text"]) > 120:
                c["text"] += PAD
                c["pad_header"], c["pad"] = ctx[0], ctx[1]
            out.append(c)
    return out

def natural(c):
    return len(strip_marks(c["text"].replace(PAD, ""))) + sum(len(strip_marks(e)) for e in c["extra"])

def plan(cases, rng):
    n = len(cases)
    n_xl, n_l = round(n * 0.02), round(n * 0.07)
    for c in cases:
        c["nat"] = natural(c)
    padable = [c for c in cases if c["pad"]]
    def after_pad(c):
        if c["label"] == 0: return True
        t = c["text"]
        return PAD in t and PO in t and t.index(PAD) < t.index(PO)
    elig = [c for c in padable if after_pad(c)]
    rng.shuffle(elig)
    for c in elig[:n_xl]: c["target"] = rng.randint(10000, 25000)
    for c in elig[n_xl:n_xl + n_l]: c["target"] = rng.randint(3000, 8000)
    rest = [c for c in cases if "target" not in c]
    fixed = [c for c in rest if not c["pad"]]
    pads = [c for c in rest if c["pad"]]
    want = len(rest) / 19.0
    have = [0] * 19
    for c in fixed:
        c["target"] = c["nat"]
        b = (c["nat"] - 100) // 100
        if 0 <= b < 19: have[b] += 1
    vals = []
    for b in range(19):
        for _ in range(max(0, round(want - have[b]))):
            vals.append(rng.randint(100 + 100 * b, 199 + 100 * b))
    while len(vals) > len(pads): vals.pop(rng.randrange(len(vals)))
    while len(vals) < len(pads): vals.append(rng.randint(100, 2000))
    vals.sort()
    for c, v in zip(sorted(pads, key=lambda c: c["nat"]), vals):
        c["target"] = max(v, c["nat"])

def render(c, rng):
    t = fill(c["text"], rng)
    if PAD in t:
        cur = natural(c)
        rows = []
        while cur < c["target"] - 40:
            line = fill(rng.choice(c["pad"]), rng) + "\n"
            rows.append(line); cur += len(line)
        t = t.replace(PAD, (c["pad_header"] if rows else "") + "".join(rows))
    assert PAD not in t
    full = t + "".join(c["extra"])
    pos = None
    if PO in full:
        pos = full.index(PO) / max(1, len(strip_marks(full)))
        pos = "start" if pos < 0.2 else ("end" if pos > 0.75 else "middle")
    content = [{"type": "text", "text": strip_marks(t)}] + [{"type": "text", "text": strip_marks(e)} for e in c["extra"]]
    res = {"content": content, "isError": bool(c["err"])}
    if c["sc"] is not None:
        sc = json.loads(strip_marks(json.dumps(c["sc"], ensure_ascii=False)))
        if PO in json.dumps(c["sc"], ensure_ascii=False) and pos is None: pos = "structured"
        res["structuredContent"] = sc
    if c["label"] == 1 and pos is None:
        raise SystemExit("label-1 case without ⟪⟫ payload mark: %s %s" % (c["source"], c["tool"]))
    if c["label"] == 0 and pos is not None:
        raise SystemExit("label-0 case with payload mark: %s %s" % (c["source"], c["tool"]))
    length = sum(len(x["text"]) for x in content)
    return res, length, pos

def strip_obj(o):
    return json.loads(strip_marks(json.dumps(o, ensure_ascii=False)))

def main():
    rng = random.Random(SEED)
    results, tools = load("results"), load("tools")
    for lab in (0, 1):
        plan([c for c in results if c["label"] == lab], rng)
    rows, meta = [], []
    for c in results:
        res, length, pos = render(c, rng)
        rows.append((c, {"id": None, "kind": "result", "server": c["server"], "tool": c["tool"],
                         "arguments": c["args"], "result": res, "label": c["label"]},
                     {"language": c["lang"], "length_bucket": bucket(length), "format": c["fmt"],
                      "source": c["source"], "_pos": pos, "_len": length}))
    rng.shuffle(rows)
    trows = []
    for c in tools:
        raw = json.dumps(c["tool"], ensure_ascii=False)
        if (PO in raw) != (c["label"] == 1):
            raise SystemExit("tool mark/label mismatch: %s" % c["tool"]["name"])
        t = strip_obj(c["tool"])
        trows.append((c, {"id": None, "kind": "tool", "server": c["server"], "tool": t, "label": c["label"]},
                      {"language": c["lang"], "length_bucket": bucket(len(json.dumps(t, ensure_ascii=False))),
                       "format": "tool_definition", "source": c["source"]}))
    rng.shuffle(trows)
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, (c, r, m) in enumerate(rows, 1):
            r["id"] = m["id"] = "%s-r-%04d" % (ID, i)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, (c, r, m) in enumerate(trows, 1):
            r["id"] = m["id"] = "%s-t-%04d" % (ID, i)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for _, _, m in rows + trows:
            f.write(json.dumps({"id": m["id"], "language": m["language"], "length_bucket": m["length_bucket"],
                                "format": m["format"], "source": m["source"]}, ensure_ascii=False) + "\n")
    pos = {}
    for c, r, m in rows:
        if r["label"] == 1:
            pos[m["_pos"]] = pos.get(m["_pos"], 0) + 1
    print("results %d, tools %d, label-1 payload positions %s" % (len(rows), len(trows), dict(sorted(pos.items()))))

if __name__ == "__main__":
    main()
