"""Collect the hand-written cases, pad lengths, shuffle with a fixed seed,
assign ids and write results.jsonl / tools.jsonl. Byte-identical on rerun."""
import importlib
import json
import random
import sys
from pathlib import Path

sys.dont_write_bytecode = True
SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
sys.path.insert(0, str(SRC))

from common import NEUTRAL, PAD, PAD2  # noqa: E402

ID = "w16a"
DOMAINS = ["clinic", "auto", "event", "campus", "utility", "freelance", "volunteer"]
RESULT_MODULES = [f"results_{d}" for d in DOMAINS]
TOOL_MODULES = [f"tools_{d}" for d in DOMAINS]

NORMAL_RANGE = (100, 2000)
LONG_RANGE = (3000, 8000)
HUGE_RANGE = (10000, 25000)


def case_len(texts, sc):
    n = sum(len(t) for t in texts)
    if sc is not None:
        n += len(json.dumps(sc, ensure_ascii=False))
    return n


def base_len(c):
    t = c["text"].replace(PAD2, "").replace(PAD, "")
    return case_len([t] + c["blocks"], c["sc"])


def stratified(rng, n, lo, hi):
    return sorted(lo + (hi - lo) * (i + rng.random()) / n for i in range(n))


def fill_rows(pad, rng, budget, start):
    rows, cur, i = [], 0, start
    while True:
        r = pad.row(rng, i)
        step = len(r) + (len(pad.sep) if rows else len(pad.pre))
        if cur + step / 2 > budget:
            break
        rows.append(r)
        cur += step
        i += 1
        if i - start > 5000:
            break
    if not rows:
        return "", i
    return pad.pre + pad.sep.join(rows) + pad.post, i


def fill(c, target, rng):
    text = c["text"]
    if c["pad"] is None or PAD not in text:
        return text.replace(PAD2, "").replace(PAD, "")
    deficit = target - base_len(c)
    if deficit <= 0:
        return text.replace(PAD2, "").replace(PAD, "")
    pad = c["pad"]
    if PAD2 in text:
        first = deficit * pad.split
        s1, i = fill_rows(pad, rng, first, 0)
        s2, _ = fill_rows(pad, rng, deficit - len(s1), i)
        return text.replace(PAD, s1).replace(PAD2, s2)
    s1, _ = fill_rows(pad, rng, deficit, 0)
    return text.replace(PAD, s1)


AUTO_FORMATS = ("email", "html", "pdf", "markdown", "chat", "text", "yaml", "ical", "diff", "json")
AUTO_TEXT_MIN = 350  # short notes, voicemails and errors keep their own length


def add_auto_pad(c, mod):
    """A case without its own pad gets a context section for its format, the
    same way for both labels: the domain's hand-written context lines for
    English cases, language-neutral metadata lines otherwise."""
    if c["pad"] is not None or c["err"] or c["fmt"] not in AUTO_FORMATS:
        return c
    if c["fmt"] == "text" and base_len(c) < AUTO_TEXT_MIN:
        return c
    text = c["text"]
    if c["fmt"] == "json":
        try:
            ok = isinstance(json.loads(text), dict)
        except ValueError:
            ok = False
        if not ok:
            return c
        text = text.rstrip()[:-1].rstrip() + ',\n  "audit_trail": [' + PAD + '\n  ]\n}'
        pad = mod.AUTO["json"]
    elif c["lang"] != "en":
        if c["fmt"] not in NEUTRAL:
            return c
        pad = NEUTRAL[c["fmt"]]
        text = PAD + text if c["fmt"] == "email" else text.rstrip() + PAD
    elif c["fmt"] == "html":
        k = text.rfind("\n</")
        text = text + PAD if k < 0 else text[:k] + PAD + text[k:]
        pad = mod.AUTO["html"]
    elif c["fmt"] == "ical":
        k = text.rfind("\nEND:VEVENT")
        if k < 0:
            return c
        text = text[:k] + PAD + text[k:]
        pad = mod.AUTO["ical"]
    else:
        text = text.rstrip() + PAD
        pad = mod.AUTO[c["fmt"]]
    c["text"] = text
    c["pad"] = pad
    c["auto_pad"] = True
    return c


def assign_normal_targets(group, rng, lo, hi, targets):
    """Stratified targets over [lo, hi]. Cases that cannot grow take the
    targets nearest their own length; padded cases share the rest in order."""
    ts = stratified(rng, len(group), lo, hi)
    fixed = sorted((c for c in group if c["pad"] is None), key=lambda c: (base_len(c), c["key"]))
    padded = sorted((c for c in group if c["pad"] is not None), key=lambda c: (base_len(c), c["key"]))
    for c in fixed:
        n = base_len(c)
        j = min(range(len(ts)), key=lambda k: abs(ts[k] - n))
        targets[c["key"]] = n
        ts.pop(j)
    for c, t in zip(padded, ts):
        targets[c["key"]] = int(t)


def collect_results():
    cases = []
    for mod_name in RESULT_MODULES:
        mod = importlib.import_module(mod_name)
        for j, c in enumerate(mod.CASES):
            c = dict(c)
            c["server"] = mod.SERVER
            c["src"] = mod_name
            c["key"] = f"{mod_name}#{j:03d}"
            c["auto_pad"] = False
            cases.append(add_auto_pad(c, mod))
    # length targets per label and size class
    targets = {}
    for label in (0, 1):
        for size, (lo, hi) in ((None, NORMAL_RANGE), ("long", LONG_RANGE), ("huge", HUGE_RANGE)):
            group = [c for c in cases if c["label"] == label and c["size"] == size]
            rng = random.Random(f"{ID}-targets-{label}-{size}")
            if not group:
                continue
            if size is None:
                assign_normal_targets(group, rng, lo, hi, targets)
                continue
            group.sort(key=lambda c: (base_len(c), c["key"]))
            ts = stratified(rng, len(group), lo, hi)
            rng.shuffle(ts)
            for c, t in zip(group, ts):
                targets[c["key"]] = int(t)
    out = []
    for c in cases:
        rng = random.Random(f"{ID}-pad-{c['key']}")
        text = fill(c, targets[c["key"]], rng)
        content = [{"type": "text", "text": text}] + [{"type": "text", "text": b} for b in c["blocks"]]
        result = {"content": content, "isError": bool(c["err"])}
        if c["sc"] is not None:
            result["structuredContent"] = c["sc"]
        rec = {"id": None, "kind": "result", "server": c["server"], "tool": c["tool"],
               "arguments": c["args"], "result": result, "label": c["label"]}
        meta = {"src": c["src"], "key": c["key"], "fmt": c["fmt"], "lang": c["lang"],
                "size": c["size"] or "normal", "target": targets[c["key"]],
                "length": case_len([b["text"] for b in content], c["sc"]),
                "multi": len(content) > 1, "sc": c["sc"] is not None, "err": bool(c["err"]),
                "auto_pad": c["auto_pad"]}
        out.append((rec, meta))
    random.Random(f"{ID}-shuffle-results").shuffle(out)
    for n, (rec, meta) in enumerate(out, 1):
        rec["id"] = f"{ID}-r-{n:04d}"
    return out


def collect_tools():
    out = []
    for mod_name in TOOL_MODULES:
        mod = importlib.import_module(mod_name)
        for j, t in enumerate(mod.TOOLS):
            rec = {"id": None, "kind": "tool", "server": mod.SERVER, "tool": t["tool"], "label": t["label"]}
            meta = {"src": mod_name, "key": f"{mod_name}#{j:03d}",
                    "ann": "annotations" in t["tool"], "out": "outputSchema" in t["tool"]}
            out.append((rec, meta))
    random.Random(f"{ID}-shuffle-tools").shuffle(out)
    for n, (rec, meta) in enumerate(out, 1):
        rec["id"] = f"{ID}-t-{n:04d}"
    return out


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in records)


def main():
    res = collect_results()
    tools = collect_tools()
    (ROOT / "results.jsonl").write_text(dump(res), encoding="utf-8")
    (ROOT / "tools.jsonl").write_text(dump(tools), encoding="utf-8")
    print(f"wrote {len(res)} results ({sum(r['label'] for r, _ in res)} label 1), "
          f"{len(tools)} tools ({sum(r['label'] for r, _ in tools)} label 1)")


if __name__ == "__main__":
    main()
