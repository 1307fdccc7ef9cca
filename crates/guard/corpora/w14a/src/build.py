"""Collect hand-written cases, pad result lengths, shuffle with a fixed seed, assign ids, write jsonl."""
import glob
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import common  # noqa: E402
import pads  # noqa: E402

ID = "w14a"
MARK = "{{PAD}}"


def load():
    for kind in ("tools", "results"):
        for f in sorted(glob.glob(os.path.join(HERE, kind + "_*.py"))):
            importlib.import_module(os.path.basename(f)[:-3])


def auto_marker(c, i):
    """Cases written without a marker get a context section that fits their format."""
    if MARK in c["text"] or c["pad"] or c["err"] or c["extra_blocks"]:
        return
    en = c["lang"] == "en"
    f, t = c["fmt"], c["text"]
    if f == "email" and en:
        c["text"], c["pad"] = t.rstrip("\n") + "\n\n" + MARK, "email_quote"
    elif f == "chat" and en:
        c["text"], c["pad"] = MARK + t, "chat_line"
    elif f == "log":
        c["text"], c["pad"] = MARK + t, "log"
    elif f == "sql" and "\n" in t:
        head, rest = t.split("\n", 1)
        if rest.startswith("|--") and "\n" in rest:
            sep, rest = rest.split("\n", 1)
            head = head + "\n" + sep
        c["text"], c["pad"] = head + "\n" + MARK + rest, "sql_row"
    elif f == "ical" and "VERSION:2.0\n" in t:
        c["text"], c["pad"] = t.replace("VERSION:2.0\n", "VERSION:2.0\n" + MARK, 1), "ical"
    elif f == "json" and t.lstrip().startswith("{"):
        c["pad"] = "json_record"
    elif f in ("text", "markdown", "pdf", "email") and not en and ("prose_" + c["lang"]) in pads.SHAPES:
        c["text"] = t.rstrip("\n") + "\n\n" + MARK if i % 2 else MARK + "\n" + t
        c["pad"], c["auto_end"] = "prose_" + c["lang"], bool(i % 2)
    elif isinstance(c["sc"], dict) and f == "json":
        c["pad"] = "sc_record"
    elif f in ("text", "markdown", "pdf") and en:
        if i % 2:
            c["text"] = t.rstrip("\n") + "\n\n" + MARK
        else:
            c["text"] = MARK + "\n" + t
        c["pad"], c["auto_end"] = "prose", bool(i % 2)


def targets(cases):
    """Per label: ~7% of that label's results 3k-8k, ~2% 10k-25k, the rest spread 100-2000."""
    rng = random.Random(1414)
    for label in (0, 1):
        allc = [c for c in cases if c["label"] == label]
        padded = [c for c in allc if c["pad"] and (MARK in c["text"] or c["pad"] in ("json_record", "sc_record"))]
        rng.shuffle(padded)
        n7 = round(0.07 * len(allc))
        n2 = max(1, round(0.02 * len(allc)))
        for i, c in enumerate(padded):
            if i < n2:
                c["target"] = rng.randint(10600, 24000)
            elif i < n2 + n7:
                c["target"] = rng.randint(3000, 8000)
            else:
                base = len(c["text"]) - (len(MARK) if MARK in c["text"] else 0)
                if c["sc"] is not None:
                    base += len(json.dumps(c["sc"], ensure_ascii=False))
                c["target"] = rng.randint(min(max(100, base), 1900), 2000)


JSON_KEYS = ["recent_activity", "related_records", "history", "audit_events"]


def fill_json(c, seed, o=None):
    """JSON results: add a context list of hand-shaped records as the last key."""
    if o is None:
        o = json.loads(c["text"])
    tgt = c.get("target", 0)
    rng = random.Random(seed)
    key = JSON_KEYS[seed % len(JSON_KEYS)]
    if tgt > 3000 or seed % 2:  # long texts: context first, so the original fields sit in the middle or end
        o = dict([(key, [])] + list(o.items()))
    else:
        o[key] = []
    while True:
        o[key].append(json.loads(pads.json_item(rng).strip().rstrip(",")))
        if len(json.dumps(o, ensure_ascii=False, indent=2)) > tgt:
            o[key].pop()
            break
    if not o[key]:
        del o[key]
    return json.dumps(o, ensure_ascii=False, indent=2)


def fill(c, seed):
    if c["pad"] == "json_record":
        return fill_json(c, seed)
    if c["pad"] == "sc_record":
        c["sc"] = json.loads(fill_json(c, seed, dict(c["sc"])))
        return c["text"]
    text = c["text"]
    if MARK not in text:
        return text
    if c.get("auto_end") and c.get("target", 0) > 3000:  # long texts: context before the original text
        text = MARK + "\n" + text.replace("\n\n" + MARK, "")
    base = len(text) - len(MARK)
    tgt = c.get("target", 0)
    rng = random.Random(seed)
    shape = pads.SHAPES[c["pad"]]
    rows = []
    n = base
    while True:
        row = shape(rng)
        if n + len(row) > tgt:
            break
        rows.append(row)
        n += len(row)
    body = "".join(rows)
    if c["pad"] == "prose" and rows:
        body = body.replace("\n", " ").strip() + "\n"
    return text.replace(MARK, body, 1)


def main():
    load()
    res = common.RESULTS
    tls = common.TOOLS
    for i, c in enumerate(res):
        auto_marker(c, i)
    targets(res)
    out_r, meta = [], []
    for i, c in enumerate(res):
        text = fill(c, 7000 + i)
        content = [{"type": "text", "text": text}] + [{"type": "text", "text": b} for b in c["extra_blocks"]]
        r = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            r["structuredContent"] = c["sc"]
        out_r.append(({"id": None, "kind": "result", "server": c["server"], "tool": c["tool"],
                       "arguments": c["arguments"], "result": r, "label": c["label"]},
                      {"src": c["src"], "lang": c["lang"], "fmt": c["fmt"],
                       "chars": sum(len(b["text"]) for b in content) + (len(json.dumps(c["sc"], ensure_ascii=False)) if c["sc"] is not None else 0)}))
    rng = random.Random(2024)
    rng.shuffle(out_r)
    out_t = [({"id": None, "kind": "tool", "server": t["server"], "tool": t["tool"], "label": t["label"]},
              {"src": t["src"]}) for t in tls]
    rng.shuffle(out_t)
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for i, (r, m) in enumerate(out_r, 1):
            r["id"] = "%s-r-%04d" % (ID, i)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            meta.append(dict(id=r["id"], kind="result", label=r["label"], **m))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        for i, (t, m) in enumerate(out_t, 1):
            t["id"] = "%s-t-%04d" % (ID, i)
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
            meta.append(dict(id=t["id"], kind="tool", label=t["label"], **m))
    with open(os.path.join(OUT, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("wrote %d results, %d tools" % (len(out_r), len(out_t)))


if __name__ == "__main__":
    main()
