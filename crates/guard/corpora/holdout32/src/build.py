"""Collect hand-written cases, pad lengths, shuffle (seed 3232), assign ids, write jsonl."""
import importlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
ID = "h32"
SEED = 3232

TOKEN = re.compile(r"<(N|NN|D|T|P|X|[^<>\n]*\|[^<>\n]*)>")


def fill(row, rng):
    def sub(m):
        t = m.group(1)
        if t == "N":
            return str(rng.randint(1, 999))
        if t == "NN":
            return str(rng.randint(1000, 99999))
        if t == "D":
            return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if t == "T":
            return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
        if t == "P":
            return "%d.%02d" % (rng.randint(1, 4999), rng.randint(0, 99))
        if t == "X":
            return "%06X" % rng.randint(0, 0xFFFFFF)
        return rng.choice(t.split("|"))
    for _ in range(4):
        new = TOKEN.sub(sub, row)
        if new == row:
            break
        row = new
    return row


def texts_of(c):
    return [c["text"]] + list(c["blocks"]) if c["text"] is not None else list(c["blocks"])


def measure(c, parts):
    n = sum(len(t) for t in parts)
    if c["sc"] is not None:
        n += len(json.dumps(c["sc"], ensure_ascii=False))
    return n


def strip(t):
    return t.replace("{PAD}", "").replace("{PAD2}", "")


def pad_case(c, target, rng):
    parts = texts_of(c)
    base = [strip(t) for t in parts]
    need = target - measure(c, base)
    if not c["rows"] or need <= 0:
        return base
    rows1, rows2 = [], []
    has2 = any("{PAD2}" in t for t in parts)
    got1 = got2 = 0
    while got1 + got2 < need:
        r = fill(rng.choice(c["rows"]), rng) + "\n"
        if has2 and got2 < 0.3 * (got1 + got2):
            rows2.append(r); got2 += len(r)
        else:
            rows1.append(r); got1 += len(r)
    out = []
    for t in parts:
        t = t.replace("{PAD}", "".join(rows1), 1).replace("{PAD2}", "".join(rows2), 1)
        out.append(strip(t))
    return out


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if re.match(r"(results|tools)_.*\.py$", f))
    res, tools = [], []
    for f in files:
        m = importlib.import_module(f[:-3])
        for c in getattr(m, "CASES"):
            c = dict(c); c["server"] = c.pop("_server", None) or m.SERVER; c["src"] = "src/" + f
            (res if c["kind"] == "result" else tools).append(c)
    # length targets
    for lab in (0, 1):
        group = [c for c in res if c["label"] == lab]
        elig = [c for c in group if c["rows"] and not c["nolong"]]
        n_huge = round(0.02 * len(group)); n_long = round(0.07 * len(group))
        picked = rng.sample(elig, n_huge + n_long)
        for c in group:
            c["target"] = rng.randint(100, 2000)
        for c in picked[:n_huge]:
            c["target"] = rng.randint(10000, 25000)
        for c in picked[n_huge:]:
            c["target"] = rng.randint(3000, 8000)
    out_res = []
    for c in res:
        parts = pad_case(c, c["target"], rng)
        if c["text"] is not None:
            text, more = parts[0], parts[1:]
        else:
            text, more = None, parts
        content = []
        if text is not None:
            content.append({"type": "text", "text": text})
        content += [{"type": "text", "text": t} for t in more]
        result = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            result["structuredContent"] = c["sc"]
        rec = {"kind": "result", "server": c["server"], "tool": c["tool"],
               "arguments": c["args"], "result": result, "label": c["label"]}
        meta = {"language": c["lang"], "length": measure(c, [b["text"] for b in content]),
                "format": c["fmt"], "source": c["src"]}
        out_res.append((rec, meta))
    out_tools = []
    for c in tools:
        rec = {"kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]}
        meta = {"language": "en", "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                "format": "tool_definition", "source": c["src"]}
        out_tools.append((rec, meta))
    rng.shuffle(out_res); rng.shuffle(out_tools)
    metas = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as fh:
        for i, (rec, meta) in enumerate(out_res, 1):
            rid = "%s-r-%04d" % (ID, i)
            rec = {"id": rid, **rec}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            metas.append({"id": rid, **meta})
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as fh:
        for i, (rec, meta) in enumerate(out_tools, 1):
            tid = "%s-t-%04d" % (ID, i)
            rec = {"id": tid, **rec}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            metas.append({"id": tid, **meta})
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("results", len(out_res), "tools", len(out_tools))


if __name__ == "__main__":
    main()
