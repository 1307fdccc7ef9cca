"""Collect hand-written cases, pad lengths, shuffle (seed 1919), assign ids, write jsonl."""
import collections, copy, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from common import PAD, shape, num, day, hhmm  # noqa: E402

# Context sections appended (both labels alike) to English cases that have no padding of
# their own, so that short hand-written cases can also be stretched to their length target.
_who = ["m.ito", "r.clarke", "s.novak", "j.amadi", "t.berg", "l.fontaine", "k.osei"]
DEFAULT_PAD = {
    "email": ("--- earlier in this thread ---", shape("> {d} {n}: {m}", d=day(), n=["Fiona", "Dana", "Kwame", "Ola", "Tom", "Beth", "Rachel"],
              m=["Thanks, noted.", "Can we pick this up tomorrow?", "Adding Sam for visibility.", "Attached the latest version.",
                 "Sorry for the delay, was out yesterday.", "Let's discuss on Thursday's call.", "Agreed, go ahead.", "Any update on this?"])),
    "plain": ("Record access log:", shape("{d} {t} {u:<10} {a} ({f})", d=day(), t=hhmm(), u=_who,
              a=["viewed", "viewed", "updated", "exported", "commented"], f=["summary", "status", "attachments", "contact details", "notes", "owner"])),
    "markdown": ("### Page history", shape("- {d} {u}: {c}", d=day(), u=_who,
                 c=["fixed typo", "updated owner", "added link to policy", "reworded step 2", "reviewed, no change", "moved to new space"])),
    "yaml": ("# change history", shape("# {d} {u}: {c}", d=day(), u=_who,
             c=["bumped version", "reviewed", "tidied comments", "aligned with prod", "no functional change"])),
    "log": (None, shape("{d}T{t}Z level=INFO svc=collector msg=\"heartbeat\" lag_ms={l}", d=day(), t=hhmm(), l=num(1, 900))),
}

SEED = 1919
ID = "w19a"
MODULES = ["results_tickets", "results_mail", "results_docs", "results_prompts",
           "results_security", "results_records", "results_intl", "results_ops"]


def collect():
    out = []
    for m in MODULES:
        mod = __import__(m)
        for c in mod.CASES:
            c = dict(c)
            c["source"] = m + ".py"
            c["pad_header"] = None
            if (not c["pad"] and not c["err"] and c["lang"] == "en" and c["blocks"]
                    and c["fmt"] in DEFAULT_PAD):
                c["pad_header"], c["pad"] = DEFAULT_PAD[c["fmt"]]
                c["blocks"] = c["blocks"][:-1] + [c["blocks"][-1].rstrip("\n") + "\n" + PAD]
            out.append(c)
    return out


def render(c, n_pad, rng):
    """Return (content, structuredContent) with n_pad padding rows."""
    rows = [c["pad"](rng) for _ in range(n_pad)] if c["pad"] else []
    if rows and c.get("pad_header"):
        rows = ["", c["pad_header"]] + rows
    if c["json"]:
        j = c["json"]
        obj = copy.deepcopy(j["obj"])
        tgt = obj
        for k in j["path"]:
            tgt = tgt[k]
        if rows:
            tgt.extend(rows)
        dumped = json.dumps(obj, ensure_ascii=False, indent=j["indent"])
        if j["summary"] is not None:
            return [{"type": "text", "text": j["summary"]}], obj
        return [{"type": "text", "text": dumped}], (obj if j["as_sc"] else None)
    blocks = []
    for b in c["blocks"]:
        lines = b.split("\n")
        if PAD in lines:
            i = lines.index(PAD)
            lines = lines[:i] + rows + lines[i + 1:]
        blocks.append("\n".join(lines))
    return [{"type": "text", "text": t} for t in blocks], c["sc"]


def size(content, sc, c):
    n = sum(len(b["text"]) for b in content)
    if c["json"] and c["json"]["summary"] is not None:
        n += len(json.dumps(sc, ensure_ascii=False))
    return n


def fill(c, target, seed):
    if not c["pad"]:
        return render(c, 0, random.Random(seed))
    n = 0
    while True:
        content, sc = render(c, n, random.Random(seed))
        if size(content, sc, c) >= target or n > 2000:
            return content, sc
        # grow roughly toward the target
        cur = size(content, sc, c)
        step = max(1, (target - cur) // 160)
        n += step


def targets(rng, n):
    t = []
    n_vlong = round(n * 0.02)
    n_long = round(n * 0.07)
    for _ in range(n_vlong):
        t.append(rng.randint(10000, 25000))
    for _ in range(n_long):
        t.append(rng.randint(3000, 8000))
    while len(t) < n:
        t.append(rng.randint(100, 2000))
    return t


def build():
    rng = random.Random(SEED)
    cases = collect()
    for i, c in enumerate(cases):
        c["seed"] = SEED * 100000 + i
        content, sc = render(c, 0, random.Random(c["seed"]))
        c["base"] = size(content, sc, c)
    for label in (0, 1):
        group = [c for c in cases if c["label"] == label]
        ts = targets(rng, len(group))
        long_ts = sorted([t for t in ts if t >= 3000], reverse=True)
        short_ts = sorted(t for t in ts if t < 3000)
        eligible = [c for c in group if c["pad"] and (label == 0 or c["long_ok"])]
        rng.shuffle(eligible)
        chosen = eligible[:len(long_ts)]
        for c, t in zip(chosen, long_ts):
            c["target"] = t
        rest = sorted([c for c in group if "target" not in c], key=lambda c: (c["base"], c["source"], c["seed"]))
        # Unpadded cases keep their own length; padded cases get targets that fill the
        # 100-char bins (100..2000) the unpadded ones leave short, so each label ends up even.
        padded = [c for c in rest if c["pad"]]
        fixed = [c for c in rest if not c["pad"]]
        for c in fixed:
            c["target"] = c["base"]
        bins = list(range(100, 2000, 100))
        want = len(rest) / len(bins)
        have = collections.Counter(min(max((c["base"] - 100) // 100, 0), len(bins) - 1) for c in fixed)
        deficit = [max(0.0, want - have[i]) for i in range(len(bins))]
        tot = sum(deficit) or 1.0
        quota = [d * len(padded) / tot for d in deficit]
        counts = [int(q) for q in quota]
        order = sorted(range(len(bins)), key=lambda i: -(quota[i] - counts[i]))
        for i in order[:len(padded) - sum(counts)]:
            counts[i] += 1
        pool = []
        for i, k in enumerate(counts):
            pool += [rng.randint(bins[i], bins[i] + 99) for _ in range(k)]
        for c, t in zip(padded, sorted(pool)):
            c["target"] = t
    for c in cases:
        c["content"], c["scout"] = fill(c, c["target"], c["seed"])
        c["length"] = size(c["content"], c["scout"], c)
    rng.shuffle(cases)
    rows = []
    for i, c in enumerate(cases, 1):
        c["id"] = "%s-r-%04d" % (ID, i)
        res = {"content": c["content"], "isError": bool(c["err"])}
        if c["scout"] is not None:
            res["structuredContent"] = c["scout"]
        rows.append({"id": c["id"], "kind": "result", "server": c["server"], "tool": c["tool"],
                     "arguments": c["args"], "result": res, "label": c["label"]})
    return cases, rows


def main():
    cases, rows = build()
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    open(os.path.join(root, "tools.jsonl"), "w").close()
    print("wrote %d results, 0 tools" % len(rows))


if __name__ == "__main__":
    main()
