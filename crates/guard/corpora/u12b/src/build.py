"""Collect hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl."""
import json, os, random, re, sys, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from common import PAD, filler_lines, json_filler  # noqa: E402

MODULES = ["results_support", "results_social", "results_voice", "results_companion",
           "results_course", "results_access", "results_lang", "results_intl", "results_support2", "results_mixed", "results_more"]
ID, SERVER = "u12b", "u12b"
OUT = os.path.dirname(HERE)


def target_len(rng):
    r = rng.random()
    if r < 0.02:
        return rng.randint(10000, 25000)
    if r < 0.09:
        return rng.randint(3000, 8000)
    return rng.randint(100, 2000)


def pad_text(rng, c, target):
    text = c["text"]
    if PAD not in text:
        if c["pad"] and "\n" in text:
            first, rest = text.split("\n", 1)
            text = first + "\n" + PAD + "\n" + rest
        else:
            return text
    base = len(text) - len(PAD)
    if not c["pad"] or base >= target:
        return text.replace(PAD + "\n", "").replace("\n" + PAD, "").replace(PAD, "")
    gen = filler_lines(rng, c["pad"], c["who"])
    parts, size = [], base
    while size < target:
        line = next(gen)
        parts.append(line)
        size += len(line) + 1
    return text.replace(PAD, "\n".join(parts))


def pad_obj(rng, obj, target):
    s = json.dumps(obj, ensure_ascii=False)
    def walk(o, fill):
        if isinstance(o, dict):
            return {k: walk(v, fill) for k, v in o.items()}
        if isinstance(o, list):
            out = []
            for v in o:
                if v == "__PAD__":
                    out.extend(fill)
                else:
                    out.append(walk(v, fill))
            return out
        return o
    fill = []
    size = len(s)
    while size < target:
        items = json_filler(rng)
        fill.extend(items)
        size += sum(len(json.dumps(i, ensure_ascii=False)) + 2 for i in items)
    return walk(obj, fill)


SPEAKER_RE = re.compile(r"^([A-Za-z@*\[][\w .@\-()*\]]{0,34}):\s?(.*)$")


def restructure(rng, text, fmt):
    """Render a padded chat transcript as JSON, CSV or a log (same for both labels)."""
    lines = [l for l in text.split("\n") if l.strip()]
    if len(lines) < 3:
        return None
    if SPEAKER_RE.match(lines[0]):
        header, body = "chat export", lines
    else:
        header, body = lines[0], lines[1:]
    parsed = [SPEAKER_RE.match(l) for l in body]
    if sum(1 for m in parsed if m) < 0.6 * len(body):
        return None
    msgs = []
    for l, m in zip(body, parsed):
        msgs.append({"from": m.group(1).strip("*[] "), "text": m.group(2)} if m else {"from": "note", "text": l})
    if fmt == "json":
        obj = {"export": header, "turn_count": len(msgs), "turns": msgs}
        out = json.dumps(obj, ensure_ascii=False, indent=1)
        return out if len(out) < 20000 else json.dumps(obj, ensure_ascii=False)
    if fmt == "csv":
        out = ["turn,speaker,text"]
        for i, m in enumerate(msgs, 1):
            out.append(f'{i},{m["from"]},"' + m["text"].replace('"', '""') + '"')
        return "# " + header + "\n" + "\n".join(out)
    if fmt == "log":
        h, mi, out = rng.randint(8, 20), rng.randint(0, 50), []
        for m in msgs:
            mi += rng.randint(0, 2)
            out.append(f"2024-06-{rng.randint(10, 28)}T{h:02d}:{mi % 60:02d}:{rng.randint(0, 59):02d}Z speaker={m['from'].replace(' ', '_')} msg=" + json.dumps(m["text"], ensure_ascii=False))
        return "# " + header + "\n" + "\n".join(out)
    return None


def main():
    cases = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            c = dict(c)
            c["src"] = m
            if c["pad"] == "chat" and c["who"][1] in ("Character", "Companion"):
                c["pad"] = "companion"
            elif c["pad"] == "chat" and c["who"][1] == "Helper":
                c["pad"] = "assist"
            cases.append(c)
    rng = random.Random(12012)
    rows = []
    for c in cases:
        t = target_len(rng)
        if c["obj"] is not None:
            obj = pad_obj(rng, c["obj"], t)
            text = json.dumps(obj, ensure_ascii=False, indent=1) if c["text"] is None else c["text"]
            sc = obj if c["sc"] is True else c["sc"]
        else:
            text = pad_text(rng, c, t)
            sc = c["sc"]
            if c["fmt"] == "chat" and rng.random() < 0.40:
                newfmt = rng.choice(["json", "json", "csv", "log"])
                alt = restructure(rng, text, newfmt)
                if alt is not None:
                    text, c["fmt"] = alt, newfmt
                    if newfmt == "json" and sc is None and rng.random() < 0.5 and len(alt) < 12000:
                        sc = json.loads(alt)
        content = [{"type": "text", "text": text}] + [{"type": "text", "text": b} for b in c["blocks"]]
        res = {"content": content, "isError": bool(c["err"])}
        if sc is not None:
            res["structuredContent"] = sc
        rows.append(({"kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["args"],
                      "result": res, "label": c["label"]},
                     {"src": c["src"], "fmt": c["fmt"], "lang": c["lang"]}))
    random.Random(1212).shuffle(rows)
    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, (r, m) in enumerate(rows, 1):
            r = {"id": f"{ID}-r-{i:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            meta.append({"id": r["id"], **m})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        pass
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"wrote {len(rows)} results, 0 tools")


if __name__ == "__main__":
    main()
