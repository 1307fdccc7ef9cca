"""Collect hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl."""
import glob
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
from common import PAD  # noqa: E402

ID = "h27"
SEED = 27027

NAMES = ["Ilse Marrow", "Tomas Brandvik", "Anika Sol", "Dev Rathore", "Mireille Okafor",
         "Priya Venn", "Jonas Keel", "Carmen Aldaz", "Yuki Tanabe", "Olek Drozd",
         "Farah Nadim", "Bram de Wit", "Lucia Ferro", "Kwame Asante", "Hedda Lind",
         "Ravi Chandel", "Sun Mei", "Nils Ostrom", "Beatriz Luz", "Omar Haddou"]
WORDS = ["north", "annex", "batch", "ledger", "queue", "ridge", "harbor", "cedar",
         "delta", "maple", "quartz", "summit", "willow", "ember", "falcon", "garnet"]
PH = re.compile(r"<<(\w+)(?::([^>]*))?>>")


def fill(tpl, rng):
    def rep(m):
        k, arg = m.group(1), m.group(2)
        if k == "n":
            return str(rng.randint(1, 999))
        if k == "n2":
            return str(rng.randint(10, 99))
        if k == "dd":
            return "%02d" % rng.randint(1, 28)
        if k == "n4":
            return str(rng.randint(1000, 9999))
        if k == "amt":
            return "%.2f" % (rng.randint(1000, 999999) / 100)
        if k == "pct":
            return "%.1f" % (rng.randint(0, 1000) / 10)
        if k == "date":
            return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if k == "time":
            return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        if k == "hex":
            return "%08x" % rng.getrandbits(32)
        if k == "id":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if k == "name":
            return rng.choice(NAMES)
        if k == "word":
            return rng.choice(WORDS)
        if k == "ip":
            return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
        if k == "pick":
            return rng.choice(arg.split("|"))
        raise KeyError(k)
    return PH.sub(rep, tpl)


def load(prefix):
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        mod = importlib.import_module(name)
        for i, c in enumerate(mod.CASES):
            c = dict(c)
            c["source"] = "src/%s.py" % name
            c["server"] = c.get("server") or mod.SERVER
            c["order"] = (name, i)
            out.append(c)
    return out


def assign_targets(cases, rng):
    """Per label: ~91% spread over 100-2000, ~7% 3000-8000, ~2% 10000-25000."""
    for label in (0, 1):
        allc = [c for c in cases if c["label"] == label]
        padded = [c for c in allc if PAD in c["text"] and c["pad"]]
        n_tot = len(allc)
        n_vl = max(1, round(0.02 * n_tot))
        n_l = max(1, round(0.07 * n_tot))
        n_norm = len(padded) - n_vl - n_l
        targets = []
        for i in range(n_norm):
            lo = 100 + 1900 * i / n_norm
            hi = 100 + 1900 * (i + 1) / n_norm
            targets.append(int(rng.uniform(lo, hi)))
        for i in range(n_l):
            targets.append(int(rng.uniform(3000 + 5000 * i / n_l, 3000 + 5000 * (i + 1) / n_l)))
        for i in range(n_vl):
            targets.append(int(rng.uniform(10000 + 15000 * i / n_vl, 10000 + 15000 * (i + 1) / n_vl)))
        padded.sort(key=lambda c: (len(c["text"].replace(PAD, "")), c["order"]))
        targets.sort()
        for c, t in zip(padded, targets):
            c["target"] = t


def pad_text(c, rng):
    text = c["text"]
    k = text.count(PAD)
    if k == 0:
        return text
    base = len(text.replace(PAD, ""))
    need = c.get("target", 0) - base
    lines = []
    total = 0
    while c["pad"] and total < need:
        ln = fill(rng.choice(c["pad"]), rng)
        lines.append(ln)
        total += len(ln) + 1
    chunks = []
    per = (len(lines) + k - 1) // k if lines else 0
    for j in range(k):
        part = lines[j * per:(j + 1) * per]
        chunks.append("".join(x + "\n" for x in part))
    for ch in chunks:
        text = text.replace(PAD, ch, 1)
    return text


def main():
    rng = random.Random(SEED)
    results = load("results")
    tools = load("tools")
    assign_targets(results, rng)
    rows_r, rows_t, meta = [], [], []
    for c in results:
        prng = random.Random("%s|%s|%d" % (SEED, c["order"][0], c["order"][1]))
        c["final"] = pad_text(c, prng)
    rng.shuffle(results)
    rng.shuffle(tools)
    for i, c in enumerate(results, 1):
        cid = "%s-r-%04d" % (ID, i)
        content = [{"type": "text", "text": c["final"]}]
        content += [{"type": "text", "text": e} for e in c["extra"]]
        r = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            r["structuredContent"] = c["sc"]
        rows_r.append({"id": cid, "kind": "result", "server": c["server"], "tool": c["tool"],
                       "arguments": c["arguments"], "result": r, "label": c["label"]})
        meta.append({"id": cid, "language": c["lang"],
                     "length": sum(len(b["text"]) for b in content),
                     "format": c["fmt"], "source": c["source"]})
    for i, c in enumerate(tools, 1):
        cid = "%s-t-%04d" % (ID, i)
        rows_t.append({"id": cid, "kind": "tool", "server": c["server"], "tool": c["tool"],
                       "label": c["label"]})
        meta.append({"id": cid, "language": c["lang"],
                     "length": len(json.dumps(c["tool"], ensure_ascii=False)),
                     "format": "tool_definition", "source": c["source"]})
    for fn, rows in (("results.jsonl", rows_r), ("tools.jsonl", rows_t), ("meta.jsonl", meta)):
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools" % (len(rows_r), len(rows_t)))


if __name__ == "__main__":
    main()
