"""Collect hand-written cases, pad lengths, shuffle (seed 4040), assign ids, write jsonl."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from common import CONTEXT, fill  # noqa: E402

SEED = 4040
ID = "h40"
SERVERS = ["cityparks", "opticshop", "cargorail", "bakerynet", "escaperoom",
           "hoaboard", "dronemap", "chatstash"]
MARK = "{{PAD}}"


def load(prefix):
    cases = []
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith(prefix) and fn.endswith(".py"):
            mod = importlib.import_module(fn[:-3])
            for server, lst in mod.CASES.items():
                for c in lst:
                    c["server"] = server
                    c["source"] = "src/" + fn
                    cases.append(c)
    return cases


def natural(c):
    return len(c["text"].replace(MARK, ""))


def pad(c, target, rng):
    text = c["text"]
    n = text.count(MARK)
    if n == 0 or not c["rows"]:
        return context_pad(c, text.replace(MARK, ""), target, rng)
    parts = [[] for _ in range(n)]
    cur = natural(c)
    i = 1
    k = 0
    while cur < target:
        row = fill(rng.choice(c["rows"]), rng, i)
        if cur + len(row) > target + 40 and cur > target - 200:
            break
        parts[k % n].append(row)
        cur += len(row)
        i += 1
        k += 1
    pieces = text.split(MARK)
    out = pieces[0]
    for j in range(n):
        out += "".join(parts[j]) + pieces[j + 1]
    return out


def context_pad(c, text, target, rng):
    """Lengthen a case without {{PAD}} by a format-shaped context section."""
    neutral = ("json", "log", "yaml", "diff", "ics", "pdf")
    if c["fmt"] not in CONTEXT or len(text) >= target - 60:
        return text
    if c["lang"] != "en" and c["fmt"] not in neutral:
        return text
    where, header, shapes = CONTEXT[c["fmt"]]
    if where.startswith("key:"):
        try:
            obj = json.loads(text)
        except ValueError:
            return text
        if not isinstance(obj, dict):
            return text
        hist = []
        i = 1
        while len(json.dumps(obj, ensure_ascii=False)) + sum(len(h) + 1 for h in hist) < target - 40:
            hist.append(fill(rng.choice(shapes), rng, i))
            i += 1
        obj[where[4:]] = [json.loads(h) for h in hist]
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    rows = []
    cur = len(text) + len(header)
    i = 1
    while cur < target - 40:
        row = fill(rng.choice(shapes), rng, i)
        rows.append(row)
        cur += len(row)
        i += 1
    block = header + "".join(rows)
    if where == "pre":
        return block + text
    if where == "post":
        return text + block
    anchor = where.split(":", 1)[1]
    k = text.rfind(anchor)
    if k < 0:
        return text + block
    return text[:k] + block + text[k:]


def bucket(n):
    if n < 500:
        return "<500"
    if n < 1000:
        return "500-999"
    if n < 2000:
        return "1000-1999"
    if n < 3000:
        return "2000-2999"
    if n < 10000:
        return "3000-9999"
    return "10000+"


def build_results(cases, rng):
    targets = {}
    for label in (0, 1):
        normal = [c for c in cases if c["label"] == label and c["size"] is None]
        normal.sort(key=lambda c: (natural(c), c["source"], c["tool"], c["text"][:40]))
        m = len(normal)
        grid = [100 + (k + rng.random()) * (1900.0 / m) for k in range(m)]
        for c, t in zip(normal, grid):
            targets[id(c)] = max(int(t), natural(c))
    out = []
    for c in cases:
        if c["size"] == "L":
            tgt = rng.randint(3200, 8000)
        elif c["size"] == "XL":
            tgt = rng.randint(10300, 25000)
        else:
            tgt = targets[id(c)]
        text = pad(c, tgt, rng)
        content = [{"type": "text", "text": text}]
        for b in c["blocks"]:
            content.append({"type": "text", "text": b})
        res = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        length = sum(len(b["text"]) for b in content)
        if c["sc"] is not None:
            length += len(json.dumps(c["sc"], ensure_ascii=False))
        out.append(({"kind": "result", "server": c["server"], "tool": c["tool"],
                     "arguments": c["arguments"], "result": res, "label": c["label"]},
                    {"language": c["lang"], "length": bucket(length), "format": c["fmt"],
                     "source": c["source"]}))
    return out


def main():
    rng = random.Random(SEED)
    res = build_results(load("results_"), rng)
    tools = [({"kind": "tool", "server": c["server"], "tool": c["tool"], "label": c["label"]},
              {"language": c["lang"],
               "length": bucket(len(json.dumps(c["tool"], ensure_ascii=False))),
               "format": "tool-definition", "source": c["source"]})
             for c in load("tools_")]
    rng.shuffle(res)
    rng.shuffle(tools)
    meta = []
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for k, (case, m) in enumerate(res, 1):
            cid = "%s-r-%04d" % (ID, k)
            row = {"id": cid}
            row.update(case)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append(dict({"id": cid}, **m))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for k, (case, m) in enumerate(tools, 1):
            cid = "%s-t-%04d" % (ID, k)
            row = {"id": cid}
            row.update(case)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            meta.append(dict({"id": cid}, **m))
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("results", len(res), "tools", len(tools))


if __name__ == "__main__":
    main()
