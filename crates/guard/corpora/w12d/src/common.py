"""Shape helpers only. No case content lives here."""
import json


def text_block(t):
    return {"type": "text", "text": t}


def R(tool, arguments, body, label, *, struct=None, err=False, lang="en", fmt="text"):
    """Build one tool-result case. body: str (one block) or list of str (multi-block)."""
    if isinstance(body, str):
        content = [text_block(body)]
    else:
        content = [text_block(b) for b in body]
    result = {"content": content, "isError": bool(err)}
    if struct is not None:
        result["structuredContent"] = struct
    return {"tool": tool, "arguments": arguments, "result": result, "label": label,
            "_lang": lang, "_fmt": fmt}


def T(name, description, props, label, *, required=None, out=None, ann=None):
    """Build one tool-definition case. props: dict of JSON-schema properties."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": label}


def S(desc=None, **kw):
    d = {"type": "string"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def I(desc=None, **kw):
    d = {"type": "integer"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def N(desc=None, **kw):
    d = {"type": "number"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def B(desc=None, **kw):
    d = {"type": "boolean"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def ARR(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def OBJ(props, desc=None, required=None, **kw):
    d = {"type": "object", "properties": props}
    if desc:
        d["description"] = desc
    if required:
        d["required"] = list(required)
    d.update(kw)
    return d


def J(obj):
    """Pretty JSON text, as many APIs return it."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def JC(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def RO(title=None, **extra):
    d = {}
    if title:
        d["title"] = title
    d.update({"readOnlyHint": True, "destructiveHint": False, "openWorldHint": False})
    d.update(extra)
    return d


def RW(title=None, destructive=False, idempotent=False, open_world=False, **extra):
    d = {}
    if title:
        d["title"] = title
    d.update({"readOnlyHint": False, "destructiveHint": destructive,
              "idempotentHint": idempotent, "openWorldHint": open_world})
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# Length shaping. The pools themselves (hand-written, benign context blocks)
# live in each results_<domain>.py file; this is only the mechanism that
# attaches them so both labels get the same length distribution.
# ---------------------------------------------------------------------------
import random as _random

_PH = {
    "@i@": lambda r: str(r.randint(2, 98)),
    "@k@": lambda r: str(r.randint(100, 9999)),
    "@f@": lambda r: "0.%04d" % r.randint(1000, 9999),
    "@d@": lambda r: "%02d" % r.randint(1, 28),
    "@D@": lambda r: str(r.randint(1, 5)),
    "@t@": lambda r: "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
    "@h@": lambda r: "%07x" % r.randint(0, 0xFFFFFFF),
}


def fill(s, rng):
    for ph, fn in _PH.items():
        while ph in s:
            s = s.replace(ph, fn(rng), 1)
    return s


def fill_obj(o, rng):
    if isinstance(o, str):
        return fill(o, rng)
    if isinstance(o, dict):
        return {k: fill_obj(v, rng) for k, v in o.items()}
    if isinstance(o, list):
        return [fill_obj(v, rng) for v in o]
    return o


def result_len(res):
    n = sum(len(b["text"]) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


_SEP = {"log": "\n", "chat": "\n", "csv": "\n", "tsv": "\n", "table": "\n", "yaml": "\n"}


def pad_cases(cases, pads, seed, keep_p=0.25, lo=300, hi=1960, cap=2000):
    """Grow some cases toward a label-independent random target length.

    pads: {"json": [(key, value), ...], "<fmt>": {"before": [...], "after": [...]}}
    Targets are drawn per case from one RNG stream regardless of label.
    """
    rng = _random.Random(seed)
    for c in cases:
        roll, target, mirror = rng.random(), rng.randint(lo, hi), rng.random() < 0.4
        res = c["result"]
        if roll < keep_p or result_len(res) >= target:
            continue
        blocks = res["content"]
        first = blocks[0]["text"]
        obj = None
        if first.lstrip().startswith("{"):
            try:
                obj = json.loads(first)
            except ValueError:
                obj = None
        if isinstance(obj, dict) and pads.get("json"):
            items = list(pads["json"])
            rng.shuffle(items)
            for k, v in items:
                if k in obj:
                    continue
                trial = dict(obj)
                trial[k] = fill_obj(v, rng)
                new = J(trial)
                if result_len(res) - len(blocks[0]["text"]) + len(new) > cap:
                    continue
                obj = trial
                blocks[0]["text"] = new
                if result_len(res) >= target:
                    break
            continue
        if "structuredContent" in res:
            sc = res["structuredContent"]
            mir = mirror and len(blocks) == 1

            def proj():
                scl = len(json.dumps(sc, ensure_ascii=False))
                t = sum(len(b["text"]) for b in blocks)
                return t + scl + ((len(J(sc)) + 1) if mir else 0)
            items = list(pads.get("json", []))
            rng.shuffle(items)
            for k, v in items:
                if proj() >= target:
                    break
                if k in sc:
                    continue
                sc[k] = fill_obj(v, rng)
                if proj() > cap:
                    del sc[k]
            if mir and proj() <= cap:
                blocks[0]["text"] = blocks[0]["text"] + "\n" + J(sc)
            continue
        fmt = c["_fmt"]
        pool = pads.get(fmt)
        if not pool or c["_lang"] != "en":
            continue
        sep = _SEP.get(fmt, "\n\n")
        before = list(pool.get("before", []))
        after = list(pool.get("after", []))
        rng.shuffle(before)
        rng.shuffle(after)
        turn = rng.random() < 0.5
        while (before or after) and result_len(res) < target:
            side = before if (turn and before) or not after else after
            turn = not turn
            blk = fill(side.pop(), rng)
            if result_len(res) + len(blk) + len(sep) > cap:
                continue
            if side is before:
                blocks[0]["text"] = blk + sep + blocks[0]["text"]
            else:
                blocks[-1]["text"] = blocks[-1]["text"] + sep + blk
    return cases
