"""Collect hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl."""
import glob
import importlib
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ID = "w13a"
SERVER = "w13a"
SEED = 1313

DEFAULT_PAD = {
    "text": ["Ref {n}: reading {f:.1f} recorded on day {d}, status nominal.",
             "Line {i}: lot {k} checked at {h:02d}:{m:02d}; no deviation noted.",
             "Entry {i} - site {k}, value {g:.1f}, reviewed and filed.",
             "Item {i}: carried over from period {d}, balance {g:.2f}."],
    "pdf": ["{i} | Table {k} | {f:.2f} | {g:.1f} | n={k}",
            "Page {i} of the annex - sample {n} - {f:.1f} units",
            "{n} {f:.2f} {g:.1f} {k} conforming"],
    "log": ["2024-06-{d:02d}T{h:02d}:{m:02d}:{s:02d}Z INFO worker-{k} heartbeat ok latency_ms={k}",
            "2024-06-{d:02d}T{h:02d}:{m:02d}:{s:02d}Z DEBUG poll cycle {n} completed items={k}",
            "2024-06-{d:02d}T{h:02d}:{m:02d}:{s:02d}Z INFO flushed {k} records to store shard={d}",
            "2024-06-{d:02d}T{h:02d}:{m:02d}:{s:02d}Z WARN retry queue depth={k} (threshold 900)"],
    "md": ["- Item {i}: lot {n}, {f:.1f}% complete, owner team {k}",
           "| {i} | R-{n} | {f:.2f} | ok |",
           "- {d:02d} Jun: routine check {k} closed, no findings"],
    "csv": ["{i},{n},{f:.2f},{g:.1f},ok", "{i},{n},{f:.2f},{g:.1f},pending"],
    "tsv": ["{i}\t{n}\t{f:.2f}\t{g:.1f}\tok"],
    "yaml": ["  - id: r{n}\n    value: {f:.2f}\n    status: ok",
             "  - id: r{n}\n    value: {g:.1f}\n    status: checked"],
    "html": ["<tr><td>{i}</td><td>{n}</td><td>{f:.2f}</td><td>ok</td></tr>",
             "<li>Record {n}: {g:.1f} units, day {d}</li>"],
    "sql": ["| {i:>5} | {n:>6} | {f:>7.2f} | ok      |",
            "| {i:>5} | {n:>6} | {f:>7.2f} | pending |"],
    "email": ["> Item {i}: reference {n}, amount {g:.2f}, day {d}.",
              "> Lot {k} confirmed for {d:02d} June, qty {k}."],
    "ical": ["BEGIN:VEVENT\nUID:ev-{n}@example.org\nDTSTART:202406{d:02d}T{h:02d}0000Z\nSUMMARY:Routine check {k}\nEND:VEVENT"],
    "chat": ["[{h:02d}:{m:02d}] user{k}: checked item {n}, looks fine",
             "[{h:02d}:{m:02d}] user{k}: ok, moving on to lot {k}"],
    "diff": [" value_{n} = {f:.2f}", " # row {i} unchanged", " entry_{k}: {g:.1f}"],
}


NEUTRAL_PAD = ["#{i} | {n} | {f:.2f} | {g:.1f}", "#{i} | {n} | {k} | {f:.1f}"]


def fill(rng, tpl, i):
    return tpl.format(i=i, n=rng.randint(1000, 99999), k=rng.randint(1, 999),
                      d=rng.randint(1, 28), h=rng.randint(0, 23), m=rng.randint(0, 59),
                      s=rng.randint(0, 59), o=rng.randint(1, 9), f=rng.uniform(0, 100), g=rng.uniform(0, 1000))


def pad_lines(rng, templates, need):
    out, size, i = [], 0, 1
    while size < need:
        line = fill(rng, rng.choice(templates), i)
        if out and size + len(line) + 1 > need and need > 300:
            break
        out.append(line)
        size += len(line) + 1
        i += 1
    if templates[0][:4] in ("2024", "2024"[:4]) and all(t[:4] == "2024" for t in templates):
        out.sort()  # time-ordered log rows
    return out


def dumps(o):
    return json.dumps(o, ensure_ascii=False, indent=1)


def render(case, target, rng):
    body = case["body"]
    if isinstance(body, dict):
        text = dumps(body)
        if len(text) < target:
            keys = list(body.keys())
            pos = rng.randint(1, max(1, len(keys) - 1)) if case["label"] else rng.randint(1, max(1, len(keys) - 1))
            rows, i = [], 1
            while True:
                rows.append({"ref": "R-%d" % rng.randint(1000, 99999), "value": round(rng.uniform(0, 100), 2),
                             "day": rng.randint(1, 28), "status": rng.choice(["ok", "ok", "checked", "pending"])})
                i += 1
                nb = {}
                for j, k in enumerate(keys):
                    if j == pos:
                        nb["related_records"] = rows
                    nb[k] = body[k]
                if pos >= len(keys):
                    nb["related_records"] = rows
                text = dumps(nb)
                if len(text) >= target:
                    break
            body = nb
        return text, body
    templates = case["pad"] or DEFAULT_PAD[case["fmt"]]
    if not case["pad"] and case["lang"] != "en" and case["fmt"] in ("text", "pdf", "md", "chat"):
        templates = NEUTRAL_PAD
    need = target - len(body.replace("{PAD}", ""))
    marks = body.count("{PAD}")
    if need <= 0:
        return body.replace("{PAD}\n", "").replace("{PAD}", ""), None
    if marks:
        parts = body.split("{PAD}")
        share = need // marks
        res = parts[0]
        for p in parts[1:]:
            res += "\n".join(pad_lines(rng, templates, share)) + p
        return res, None
    block = pad_lines(rng, templates, need)
    where = rng.choice(["after", "before", "both"]) if case["fmt"] in ("text", "log", "md", "pdf", "chat") else "after"
    if target > 2500 and where == "after" and case["fmt"] in ("text", "log", "md", "pdf", "chat"):
        where = "before"
    if where == "after":
        return body.rstrip("\n") + "\n" + "\n".join(block), None
    if where == "before":
        return "\n".join(block) + "\n" + body, None
    h = len(block) // 2
    return "\n".join(block[:h]) + "\n" + body.rstrip("\n") + "\n" + "\n".join(block[h:]), None


def load(prefix):
    cases = []
    sys.path.insert(0, HERE)
    for path in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for c in mod.CASES:
            c["src"] = os.path.basename(path)
            cases.append(c)
    return cases


def assign_targets(cases, rng):
    for lab in (0, 1):
        grp = [c for c in cases if c["label"] == lab]
        order = list(range(len(grp)))
        rng.shuffle(order)
        n_xl = max(1, round(len(grp) * 0.02))
        n_l = round(len(grp) * 0.07)
        xl, lg, rest = order[:n_xl], order[n_xl:n_xl + n_l], order[n_xl + n_l:]
        for j in xl:
            grp[j]["target"] = rng.randint(10000, 25000)
        for j in lg:
            grp[j]["target"] = rng.randint(3000, 8000)
        base = sorted(rest, key=lambda j: (blen(grp[j]), j))
        m = len(base)
        for r, j in enumerate(base):
            t = int(100 + (1880 * (r + rng.random())) / m)
            grp[j]["target"] = max(t, 0)


def blen(c):
    b = c["body"]
    return len(dumps(b)) if isinstance(b, dict) else len(b.replace("{PAD}", ""))


def collect():
    rng = random.Random(SEED)
    results = load("results")
    tools = load("tools")
    assign_targets(results, rng)
    rrows, meta = [], {}
    for c in results:
        crng = random.Random(zlib.crc32(json.dumps([c["tool"], c["args"], c["label"], blen(c)], sort_keys=True).encode()))
        text, padded = render(c, c["target"], crng)
        res = {"content": [{"type": "text", "text": text}] + [{"type": "text", "text": b} for b in c["blocks"]],
               "isError": bool(c["err"])}
        if c["sc"] == "mirror":
            res["structuredContent"] = padded if padded is not None else c["body"]
        elif c["sc"] is not None:
            res["structuredContent"] = c["sc"]
        rrows.append(({"kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["args"],
                       "result": res, "label": c["label"]}, c))
    trows = [({"kind": "tool", "server": SERVER, "tool": c["tool"], "label": c["label"]}, c) for c in tools]
    random.Random(SEED + 1).shuffle(rrows)
    random.Random(SEED + 2).shuffle(trows)
    out_r, out_t = [], []
    for i, (row, c) in enumerate(rrows, 1):
        rid = "%s-r-%04d" % (ID, i)
        out_r.append(dict([("id", rid)] + list(row.items())))
        meta[rid] = {"lang": c["lang"], "fmt": c["fmt"], "src": c["src"]}
    for i, (row, c) in enumerate(trows, 1):
        tid = "%s-t-%04d" % (ID, i)
        out_t.append(dict([("id", tid)] + list(row.items())))
        meta[tid] = {"lang": "en", "fmt": "tool", "src": c["src"],
                     "ann": "annotations" in c["tool"]}
    return out_r, out_t, meta


def lines(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    r, t, _ = collect()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        f.write(lines(r))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        f.write(lines(t))
    print("wrote %d results, %d tools" % (len(r), len(t)))


if __name__ == "__main__":
    main()
