"""Collect the hand-written cases, pad lengths, shuffle (fixed seed), assign ids,
write results.jsonl and an empty tools.jsonl. Byte-identical on rerun."""
import copy
import importlib
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import CLOCK, PAD, SLOT, Filler  # noqa: E402

ID = "u16a"
SERVER = "u16a"
SEED = 16016
OUT = os.path.dirname(HERE)
MODULES = [
    "results_chatexport", "results_copilot", "results_support",
    "results_emaildraft", "results_meeting", "results_voice",
    "results_kb", "results_prompts", "results_review",
]


def _spread_payload(c):
    """For about 60% of label-1 text cases whose only padding point sits before
    the payload, add a second padding point at the end of the text, so the
    payload ends up in the middle instead of at the end."""
    t = c["text"]
    if (c["label"] != 1 or c["long"] or c["keep_end"] or not t or t.count(PAD) != 1
            or not c["pad"]):
        return
    pos = t.find(c["mark"])
    if pos < 0 or t.find(PAD) > pos or zlib.crc32(c["key"].encode()) % 5 > 2:
        return
    c["text"] = t.rstrip("\n") + "\n" + PAD


def load():
    cases = []
    for mod in MODULES:
        m = importlib.import_module(mod)
        for i, c in enumerate(m.CASES):
            c = dict(c)
            c["src"] = mod
            c["key"] = "%s:%03d" % (mod, i)
            _spread_payload(c)
            cases.append(c)
    return cases


def _replace_pad(obj, rows):
    """Replace the PAD element of the (single) padded list inside obj."""
    if isinstance(obj, dict):
        return {k: _replace_pad(v, rows) for k, v in obj.items()}
    if isinstance(obj, list):
        out = []
        for v in obj:
            if v == PAD:
                out.extend(rows)
            else:
                out.append(_replace_pad(v, rows))
        return out
    return obj


def _dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _assemble_text(c, rows):
    text = c["text"]
    if PAD in text:
        parts = text.split(PAD)
        k = len(parts) - 1
        out = [parts[0]]
        for j in range(k):
            chunk = rows[j * len(rows) // k:(j + 1) * len(rows) // k]
            if chunk:
                out.append(c["sep"].join(chunk))
            else:
                if out[-1].endswith("\n") and parts[j + 1].startswith("\n"):
                    parts[j + 1] = parts[j + 1][1:]
            out.append(parts[j + 1])
        return "".join(out)
    if rows:
        return text.rstrip("\n") + c["sep"] + c["sep"].join(rows)
    return text


CLOCK_WIDTH = {"time": 5, "same": 5, "date": 10, "ts": 20, "tsm": 17}


def measure(text):
    """Length the text will have once clock slots are filled."""
    return len(SLOT.sub(lambda m: "x" * CLOCK_WIDTH.get(m.group(1), len(m.group(0))), text))


def render(c, target):
    rng = random.Random(zlib.crc32(c["key"].encode()) ^ SEED)
    filler = Filler(rng)
    if c["text"]:
        filler.set_clock(c["text"].split(PAD)[0])
    elif c["data"] is not None:
        filler.set_clock(_dump(c["data"]).split('"%s"' % PAD)[0])
    # Templates without any free slot (fixed lines, e.g. most non-English pads)
    # are used at most once per case, so padding doesn't repeat one line.
    uses = {}
    tbag = []

    def fixed(tpl):
        return all(name in CLOCK for name in SLOT.findall(tpl))

    def template():
        for _ in range(2):
            if not tbag:
                tbag.extend(i for i in range(len(c["pad"]))
                            if not (fixed(c["pad"][i]) and uses.get(i, 0) >= 1))
                rng.shuffle(tbag)
            if tbag:
                i = tbag.pop()
                uses[i] = uses.get(i, 0) + 1
                return c["pad"][i]
        return None

    rows = []
    extra = sum(len(b) for b in c["blocks"])

    def assemble(rows):
        if c["data"] is not None:
            data = _replace_pad(copy.deepcopy(c["data"]), rows)
            return data, _dump(data)
        return None, _assemble_text(c, rows)

    can_pad = (c["pad_item"] is not None) if c["data"] is not None else bool(c["pad"])
    data, text = assemble(rows)
    while can_pad and measure(text) + extra < target:
        if c["data"] is not None:
            row = filler.fill_obj(copy.deepcopy(c["pad_item"]))
        else:
            tpl = template()
            if tpl is None:
                break
            row = filler.fill(tpl)
        new_data, new_text = assemble(rows + [row])
        limit = 6000 if c["long"] else 2000
        if rows and measure(new_text) + extra > limit:
            break
        rows.append(row)
        data, text = new_data, new_text
    if data is not None:
        data = filler.finish_obj(data)
        text = _dump(data)
    else:
        text = filler.finish(text)
    result = {"content": [{"type": "text", "text": text}]
              + [{"type": "text", "text": b} for b in c["blocks"]],
              "isError": bool(c["err"])}
    if c["sc"] is True:
        result["structuredContent"] = data
    elif c["sc"]:
        result["structuredContent"] = c["sc"]
    return result


def text_len(c, target):
    return sum(len(b["text"]) for b in render(c, target)["content"])


def assign_targets(cases):
    """Spread short cases evenly over 100-2000 characters, separately per label.

    Each case can reach lengths between its core (no padding) and its cap
    (padding until 2000 characters or until its row shapes run out). Cases
    that can't grow fill their own buckets first; padded cases are then given
    targets in the buckets that are still short."""
    rng = random.Random(SEED + 1)
    targets = {}
    width = 100
    nb = 19                                  # buckets 100-199 ... 1900-1999
    for label in (0, 1):
        group = sorted((c for c in cases if c["label"] == label and not c["long"]),
                       key=lambda c: c["key"])
        span = {c["key"]: (text_len(c, 0), text_len(c, 10 ** 9)) for c in group}
        want = [len(group) / nb] * nb
        flexible = []
        for c in group:
            lo, hi = span[c["key"]]
            if hi - lo < width:
                k = min(max((lo - 100) // width, 0), nb - 1)
                want[k] -= 1
                targets[c["key"]] = lo
            else:
                flexible.append(c)
        free = [max(w, 0.0) for w in want]
        total = sum(free) or 1.0
        slots = []
        for k, w in enumerate(free):
            for _ in range(int(round(w / total * len(flexible) + 0.25))):
                slots.append(100 + k * width + rng.randint(0, width - 1))
        while len(slots) < len(flexible):
            slots.append(rng.randint(100, 1999))
        slots.sort()
        flexible.sort(key=lambda c: (span[c["key"]][1], span[c["key"]][0], c["key"]))
        for c in flexible:
            lo, hi = span[c["key"]]
            ok = [t for t in slots if lo <= t <= hi]
            if ok:
                slots.remove(ok[0])
                targets[c["key"]] = ok[0]
            else:                            # can't reach a free slot: pad fully
                targets[c["key"]] = hi
        for c in cases:
            if c["label"] == label and c["long"]:
                targets[c["key"]] = rng.randint(3000, 6000)
    return targets


def text_of(result):
    return "\n".join(b["text"] for b in result["content"])


def check_mark(c, result):
    if c["label"] != 1:
        return
    text = text_of(result)
    sc = json.dumps(result.get("structuredContent", {}), ensure_ascii=False)
    if c["sc_only"]:
        assert c["mark"] in sc and c["mark"] not in text, c["key"]
        return
    pos = text.find(c["mark"])
    if pos < 0:
        raise AssertionError("mark not found in %s: %r" % (c["key"], c["mark"]))
    if c["long"]:
        assert pos / len(text) >= 0.3, "payload too early in long case %s" % c["key"]


def build_all():
    cases = load()
    targets = assign_targets(cases)
    cases.sort(key=lambda c: c["key"])
    random.Random(SEED).shuffle(cases)
    out = []
    for i, c in enumerate(cases, 1):
        result = render(c, targets[c["key"]])
        check_mark(c, result)
        rec = {"id": "%s-r-%04d" % (ID, i), "kind": "result", "server": SERVER,
               "tool": c["tool"], "arguments": c["args"], "result": result,
               "label": c["label"]}
        meta = {"src": c["src"], "key": c["key"], "lang": c["lang"],
                "fmt": c["fmt"], "long": c["long"], "mark": c["mark"],
                "sc_only": c["sc_only"]}
        out.append((rec, meta))
    return out


def main():
    out = build_all()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for rec, _ in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        pass
    print("wrote %d results, 0 tools" % len(out))


if __name__ == "__main__":
    main()
