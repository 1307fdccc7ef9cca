"""Collect the hand-written cases, pad lengths, shuffle with a fixed seed,
assign ids and write results.jsonl / tools.jsonl. Byte-identical on rerun."""
import copy
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import PL, PR, PAD, PAD2, JPAD  # noqa: E402

ID = "u16b"
SERVER = "u16b"
SEED = 16016
LONG_SHARE = 0.07
LONG_MIN, LONG_MAX = 3000, 6000
MAIN_MIN, MAIN_MAX = 100, 2000


def load_modules():
    names = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.startswith("results_") and f.endswith(".py"))
    import pads
    cases, pools = [], dict(pads.PADS)
    EPISODES.update(getattr(pads, "EPISODES", {}))
    mods = [importlib.import_module(n) for n in names]
    for m in mods:
        for k, v in getattr(m, "PADS", {}).items():
            if k in pools:
                raise SystemExit("duplicate pad pool " + k)
            pools[k] = [x for x in v if x is not None]
        EPISODES.update(getattr(m, "EPISODES", {}))
    for k, lens in EPISODES.items():
        if sum(lens) != len(pools[k]):
            raise SystemExit("episode lengths do not match pool " + k)
    for n, m in zip(names, mods):
        for i, c in enumerate(m.CASES):
            c = dict(c)
            c["src"] = n + ".py"
            c["idx"] = i
            if c.get("auto"):
                apply_auto(c, m, pools)
            cases.append(c)
    return cases, pools


def apply_auto(c, m, pools):
    """Insert {PAD} between chat turns and pick a pad pool for this module/language."""
    a = c["auto"]
    lang, tool = c["lang"], c["tool"]
    pool = None
    if lang == "en":
        pool = getattr(m, "AUTO_TOOL", {}).get(tool) or getattr(m, "AUTO", {}).get("en")
    else:
        pool = getattr(m, "AUTO", {}).get(lang)
        if pool is None and getattr(m, "AUTO_FOREIGN", False) and "chat_" + lang in pools:
            pool = "chat_" + lang
    if not pool:
        return
    items = list(a["items"])
    n = len(items)
    if n < 2:
        return
    pidx = [j for j, it in enumerate(items) if PL in it]
    if c["label"] == 1 and pidx:
        p = pidx[0]
        mode = c["idx"] % 3
        if mode == 0:
            items.insert(p, PAD)
        elif mode == 1:
            items.insert(p + 1, PAD)
        else:
            items.insert(p + 1, PAD2)
            items.insert(p, PAD)
    else:
        # put the pad rows just before a turn of the first speaker, so that
        # question/answer pairs of the hand-written chat stay together
        roles = a["roles"]
        starts = [j for j in range(1, n) if roles[j] == a["whos"][0]]
        if not starts:
            starts = [n]
        k = starts[min(1, len(starts) - 1)] if c["idx"] % 2 == 0 else starts[-1]
        items.insert(k, PAD)
    c["text"] = a["sep"].join(items)
    whos = a["whos"]
    c["pad"] = {"pool": pool, "fmt": a["line"], "u": whos[0],
                "b": whos[1] if len(whos) > 1 else whos[0], "sep": a["sep"]}


# ---------------------------------------------------------------- padding
EPISODES = {}  # pool name -> lengths of the runs of lines that belong together


class PadGen:
    def __init__(self, spec, pools, rng):
        self.spec = spec
        names = spec["pool"] if isinstance(spec["pool"], list) else [spec["pool"]]
        roles = spec.get("roles")
        self.units, pool = [], []
        for name in names:
            p = pools[name]
            i = 0
            for n in EPISODES.get(name, [1] * len(p)):
                unit = p[i:i + n]
                i += n
                if roles:
                    # rows that hold one kind of line only: split the episode into single
                    # lines; with "openers", keep only the line that starts an episode
                    for pos, line in enumerate(unit):
                        if line[0] in roles and not (spec.get("openers") and pos > 0):
                            self.units.append([line])
                            pool.append(line)
                else:
                    self.units.append(unit)
                    pool.extend(unit)
        self.queue = []
        self.rng = rng
        self.order = []
        self.cycles = 0
        self.last = None
        self.max_cycles = spec.get("max_cycles", 2)
        shape = spec.get("fmt", "") + json.dumps(spec.get("row", ""))
        if all("{" in m for _, m in pool):
            self.max_cycles = 60  # rows that differ by their seeded numbers
        elif any("{" + f + "}" in shape for f in "tsdnkhw"):
            self.max_cycles = max(self.max_cycles, 4)
        t0 = spec.get("t0")
        if t0:
            hms = [int(x) for x in t0.split(":")] + [0]
            self.clock = hms[0] * 3600 + hms[1] * 60 + hms[2]
        else:
            self.clock = rng.randint(6 * 60, 22 * 60) * 60
        shape0 = spec.get("fmt", "") + json.dumps(spec.get("row", ""))
        self.fine = "{ts}" in shape0
        self.n = spec.get("n0", rng.randint(12, 240))
        self.day = spec.get("day0", rng.randint(2, 9))
        self.d = spec.get("d", "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)))

    def _pick(self):
        if not self.queue:
            if not self.order:
                if self.cycles >= self.max_cycles:
                    return None
                self.cycles += 1
                self.order = list(range(len(self.units)))
                self.rng.shuffle(self.order)
                if len(self.order) > 1 and self.order[-1] == self.last:
                    self.order[0], self.order[-1] = self.order[-1], self.order[0]
            self.last = self.order.pop()
            self.queue = list(self.units[self.last])
        return self.queue.pop(0)

    def _fields(self, role, msg):
        if self.fine:
            self.clock += self.rng.randint(5, 40)
        else:
            self.clock += 60 * self.rng.randint(1, 9)
        self.clock %= 24 * 3600
        minute = self.clock // 60
        self.n += 1
        if self.rng.random() < 0.35 and self.day < 28:
            self.day += 1
        names = {"u": self.spec.get("u", "user"), "b": self.spec.get("b", "bot"),
                 "x": self.spec.get("x", "")}
        if self.spec.get("csv") and ("," in msg or '"' in msg):
            msg = '"' + msg.replace('"', '""') + '"'
        return {
            "who": names.get(role, role), "msg": msg,
            "t": "%02d:%02d" % divmod(minute, 60),
            "ts": "%02d:%02d:%02d" % (self.clock // 3600, (self.clock // 60) % 60, self.clock % 60),
            "mm": "%02d" % (minute % 60),
            "s": "%02d" % self.rng.randint(0, 59),
            "d": self.d[:8] + "%02d" % self.day, "n": self.n, "k": self.rng.randint(100, 999),
            "h": "%06x" % self.rng.randint(0, 0xFFFFFF),
            "w": self.rng.randint(3, 95),
            "day": "%02d" % self.day,
            "r": self.rng.randint(1, 20),
            "m": self.rng.randint(1, 6),
        }

    def _fill(self, tpl, f):
        if isinstance(tpl, str) and tpl in ("{n}", "{k}", "{w}", "{r}", "{m}"):
            return int(f[tpl[1:-1]])
        if isinstance(tpl, str):
            # the message goes in first, so seeded fields inside pool lines get filled too;
            # longer field names first, so {day} is not eaten by {d}
            out = tpl.replace("{msg}", str(f["msg"])).replace("{who}", str(f["who"]))
            for k in sorted(f, key=len, reverse=True):
                if k not in ("msg", "who"):
                    out = out.replace("{" + k + "}", str(f[k]))
            return out
        if isinstance(tpl, dict):
            return {k: self._fill(v, f) for k, v in tpl.items()}
        if isinstance(tpl, list):
            return [self._fill(v, f) for v in tpl]
        return tpl

    def _render_line(self, role, msg):
        f = self._fields(role, msg)
        if "row" in self.spec:
            return self._fill(self.spec["row"], f)
        return self._fill(self.spec.get("fmt", "{msg}"), f)

    def item(self):
        """One pad item: a JSON row for row pads, otherwise a whole episode
        (its lines joined), so that splits never cut an exchange in half."""
        if "row" in self.spec:
            got = self._pick()
            return None if got is None else self._render_line(*got)
        got = self._pick()
        if got is None:
            return None
        lines = [self._render_line(*got)]
        while self.queue:
            lines.append(self._render_line(*self._pick()))
        return self.spec.get("sep", "\n").join(lines)


def render(case, items):
    """Return (blocks, sc) with payload markers still in place."""
    t = case["text"]
    sc = case["sc"]
    if isinstance(t, dict):
        obj = copy.deepcopy(t)
        n_slots = json.dumps(t).count('"%s"' % JPAD)
        cut = [len(items) * k // max(1, n_slots) for k in range(n_slots + 1)]
        shares = [items[cut[k]:cut[k + 1]] for k in range(n_slots)]
        slot = [0]

        def sub(o):
            if isinstance(o, list):
                out = []
                for v in o:
                    if v == JPAD:
                        out.extend(shares[slot[0]])
                        slot[0] += 1
                    else:
                        out.append(sub(v))
                return out
            if isinstance(o, dict):
                return {k: sub(v) for k, v in o.items()}
            return o
        obj = sub(obj)
        blocks = [json.dumps(obj, ensure_ascii=False, indent=2)]
        if sc == "mirror":
            sc = obj
        if case.get("head"):
            blocks = [case["head"]] + blocks
        return blocks, sc
    blocks = [t] if isinstance(t, str) else list(t)
    sep = case["pad"].get("sep", "\n") if case["pad"] else "\n"
    if case["pad"] and not any(PAD in x or PAD2 in x for x in blocks):
        blocks[0] = place_marker(blocks[0], case["pad"].get("at", "last_para"))
    has2 = any(PAD2 in b for b in blocks)
    if has2:
        half = (len(items) + 1) // 2
        a, b_ = items[:half], items[half:]
    else:
        a, b_ = items, []
    out = []
    for b in blocks:
        for mk, its in ((PAD, a), (PAD2, b_)):
            if mk in b:
                if its:
                    b = b.replace(mk, sep.join(its))
                else:
                    b = b.replace("\n\n" + mk, "").replace(mk + "\n", "").replace(mk, "")
        out.append(b)
    if case.get("head"):
        out = [case["head"]] + out
    return out, sc


def place_marker(text, at):
    """Put {PAD} into a text that has no marker: before the last paragraph,
    after the first paragraph, or at the end."""
    body = text.rstrip("\n")
    if at == "end":
        return body + "\n" + PAD + "\n"
    if at == "after_first":
        i = body.find("\n\n")
    else:
        i = body.rfind("\n\n")
    if i < 0:
        return body + "\n" + PAD + "\n"
    return body[:i] + "\n\n" + PAD + body[i:] + ("\n" if text.endswith("\n") else "")


def strip_markers(o):
    if isinstance(o, str):
        return o.replace(PL, "").replace(PR, "")
    if isinstance(o, dict):
        return {strip_markers(k): strip_markers(v) for k, v in o.items()}
    if isinstance(o, list):
        return [strip_markers(v) for v in o]
    return o


def payload_info(blocks, sc):
    full = "\n".join(blocks)
    pays, pos = [], []
    i = 0
    clean_len = len(strip_markers(full))
    removed = 0
    while True:
        a = full.find(PL, i)
        if a < 0:
            break
        b = full.find(PR, a)
        pays.append(full[a + 1:b])
        start = a - removed
        pos.append((start + (b - a - 1) / 2) / max(1, clean_len))
        removed += 2
        i = b + 1
    where = "text"
    if sc is not None and not pays:
        sj = json.dumps(sc, ensure_ascii=False)
        only_sc = True
        j = 0
        while True:
            a = sj.find(PL, j)
            if a < 0:
                break
            b = sj.find(PR, a)
            pays.append(sj[a + 1:b])
            j = b + 1
        if only_sc and pays:
            where = "structuredContent only"
            pos = [None]
    return pays, pos, where


def text_len(blocks):
    return sum(len(strip_markers(b)) for b in blocks)


def pad_case(c, pools, tgt, is_long):
    """Render a case padded towards tgt; returns (blocks, sc, items)."""
    rng = random.Random("%s:%s:%d" % (ID, c["src"], c["idx"]))
    items = []
    blocks, sc = render(c, items)
    if not (c["pad"] and tgt):
        return blocks, sc, items
    cap = LONG_MAX if is_long else MAIN_MAX
    spec = dict(c["pad"])
    spec.setdefault("max_cycles", 2)
    gen = PadGen(spec, pools, rng)
    tries = 0
    while text_len(blocks) < tgt and tries < 400:
        tries += 1
        it = gen.item()
        if it is None:
            break
        items.append(it)
        nb, nsc = render(c, items)
        if text_len(nb) > cap:
            items.pop()
            break
        blocks, sc = nb, nsc
    return blocks, sc, items


def assign_targets(cases, base, pools):
    rng = random.Random(SEED + 1)
    targets = {}
    for L in (0, 1):
        idxs = [i for i, c in enumerate(cases) if c["label"] == L]
        n_long = round(LONG_SHARE * len(idxs))
        cand = [i for i in idxs if cases[i]["pad"] and cases[i]["long_ok"]
                and text_len(pad_case(cases[i], pools, LONG_MAX, True)[0]) >= LONG_MIN + 300]
        rng.shuffle(cand)
        longs = cand[:n_long]
        if len(longs) < n_long:
            print("warning: only %d long-eligible cases for label %d (want %d)"
                  % (len(longs), L, n_long), file=sys.stderr)
        for k, i in enumerate(sorted(longs)):
            targets[i] = LONG_MIN + 150 + (LONG_MAX - LONG_MIN - 600) * (k + rng.random()) / max(1, len(longs))
        rest = [i for i in idxs if i not in targets]
        # deficit filling over 100-char bins between MAIN_MIN and MAIN_MAX
        edges = list(range(MAIN_MIN, MAIN_MAX + 1, 100))
        nb = len(edges) - 1
        want = [len(rest) / nb] * nb

        def bin_of(x):
            return max(0, min(nb - 1, int((x - MAIN_MIN) // 100)))
        fixed = [i for i in rest if not cases[i]["pad"]]
        padd = [i for i in rest if cases[i]["pad"]]
        for i in fixed:
            want[bin_of(base[i])] -= 1
        padd.sort(key=lambda i: (-base[i], cases[i]["src"], cases[i]["idx"]))
        for i in padd:
            lo = bin_of(base[i])
            reach = text_len(pad_case(cases[i], pools, MAIN_MAX, False)[0])
            hi = max(lo, bin_of(reach - 40))
            best = max(range(lo, hi + 1), key=lambda j: (want[j], -j))
            want[best] -= 1
            t = rng.uniform(edges[best] + 10, edges[best + 1] - 60)
            targets[i] = max(t, base[i])
    return targets


def build_all():
    cases, pools = load_modules()
    base = []
    for c in cases:
        blocks, _ = render(c, [])
        base.append(text_len(blocks))
    targets = assign_targets(cases, base, pools)
    recs = []
    for i, c in enumerate(cases):
        tgt = targets.get(i)
        blocks, sc, items = pad_case(c, pools, tgt, bool(tgt and tgt >= LONG_MIN))
        pays, pos, where = payload_info(blocks, sc)
        clean_blocks = [strip_markers(b) for b in blocks]
        result = {"content": [{"type": "text", "text": b} for b in clean_blocks],
                  "isError": bool(c["err"])}
        if sc is not None:
            result["structuredContent"] = strip_markers(sc)
        rec = {"kind": "result", "server": SERVER, "tool": c["tool"],
               "arguments": strip_markers(c["args"]), "result": result,
               "label": c["label"]}
        meta = {"src": c["src"], "idx": c["idx"], "lang": c["lang"], "fmt": c["fmt"],
                "payloads": pays, "pos": pos, "where": where,
                "len": text_len(clean_blocks), "padded": len(items)}
        recs.append((rec, meta))
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, j in enumerate(order, 1):
        rec, meta = recs[j]
        rid = "%s-r-%04d" % (ID, n)
        rec = dict([("id", rid)] + list(rec.items()))
        meta["id"] = rid
        out.append((rec, meta))
    return out


def main():
    out = build_all()
    with open(os.path.join(ROOT, "results.jsonl"), "w", encoding="utf-8") as f:
        for rec, _ in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "tools.jsonl"), "w", encoding="utf-8") as f:
        pass
    print("wrote %d results, 0 tools" % len(out))


if __name__ == "__main__":
    main()
