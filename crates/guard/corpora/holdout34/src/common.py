"""Shape helpers for the h34 hand-written cases.

Nothing in here writes case text; it only wraps hand-written text into the
MCP result / tool-definition shapes and expands padding rows.

Padding
-------
A text block may contain one or more ``{{PAD}}`` markers.  ``pad`` is a list of
hand-written row shapes; build.py chooses how many rows to insert so that the
case reaches its target length.  Rows are spread over the markers in order.

A case may also carry ``obj`` (a Python object).  A list inside it may hold the
string element ``"{{PAD}}"``; it is replaced by rows made from ``objpad`` (a
dict whose string values are row shapes).  A text block equal to ``{{OBJ}}`` is
replaced by the JSON of the filled object; ``sc=True`` copies it into
structuredContent.

Row-shape placeholders: <<i>> / <<i:OFFSET>> row number, <<n:A-B>> integer,
<<f:A-B>> / <<f:A-B:DP>> decimal, <<p:a|b|c>> pick one, <<d>> / <<d:YEAR>> date,
<<t>> time, <<ts>> / <<ts:DATE>> ISO timestamp, <<h:N>> hex, <<u:N>> capitals,
<<nm>> a fictional name, <<alt:x|y>> / <<seq:x|y|z>> option by row
number (alternating speakers, conversation lines in order), <<a:STEP>> / <<b:STEP>> interval start/end
(row number times STEP, for depth tables).  Picks from <<p:...>> are drawn
without replacement per case; same-day <<ts:DATE>> stamps increase row by row.
"""
import json
import re

PH = re.compile(r"<<(\w+)(?::(.*?))?>>")
RANGE = re.compile(r"(-?[\d.]+)-(-?[\d.]+)")

NAMES = [
    "Ilse Varga", "Tomas Okonkwo", "Priya Raman", "Marta Lindqvist", "Kenji Aoyama",
    "Dalia Haddad", "Ruben Esteves", "Greta Holm", "Nadia Petrenko", "Oscar Vilanova",
    "Amara Nwosu", "Lukas Brenner", "Sofia Marchetti", "Hyun-woo Park", "Elif Demir",
    "Callum Reid", "Wen Jiayi", "Bianca Ferraz", "Joris de Wit", "Anouk Peeters",
    "Farid Mansour", "Lena Kowalczyk", "Mateo Quispe", "Hana Novak", "Yusuf Aydin",
    "Clara Duval", "Viktor Salo", "Mei Tanaka", "Rosa Albarran", "Dev Anand Iyer",
]


def fill(template, rng, i, state=None):
    if state is None:
        state = {}

    def rep(m):
        kind, arg = m.group(1), m.group(2)
        if kind == "i":
            return str(i + (int(arg) if arg else 0))
        if kind == "n":
            a, b = RANGE.fullmatch(arg).groups()
            w = len(a) if a.startswith("0") and len(a) > 1 else 0
            return f"{rng.randint(int(a), int(b)):0{w}d}"
        if kind == "f":
            parts = arg.split(":")
            a, b = RANGE.fullmatch(parts[0]).groups()
            dp = int(parts[1]) if len(parts) > 1 else 2
            return f"{rng.uniform(float(a), float(b)):.{dp}f}"
        if kind == "p":
            # draw without replacement per case, reshuffle when exhausted
            bag = state.get("p:" + arg)
            if not bag:
                bag = arg.split("|")
                rng.shuffle(bag)
                state["p:" + arg] = bag
            return bag.pop()
        if kind == "alt":
            opts = arg.split("|")
            return opts[(i - 1) % len(opts)]
        if kind == "seq":
            opts = arg.split("|")
            return opts[(i - 1) % len(opts)]
        if kind in ("a", "b"):
            step = float(arg)
            return f"{(i - 1 if kind == 'a' else i) * step:.1f}"
        if kind == "d":
            y = arg or "2025"
            return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if kind == "t":
            return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        if kind == "ts":
            if not arg:
                d = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                return f"{d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
            # same-day timestamps increase row by row
            sec = state.get("ts:" + arg)
            sec = rng.randint(0, 7200) if sec is None else sec + rng.randint(5, 240)
            sec = min(sec, 86399)
            state["ts:" + arg] = sec
            return f"{arg}T{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}Z"
        if kind == "h":
            return "".join(rng.choice("0123456789abcdef") for _ in range(int(arg)))
        if kind == "u":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(int(arg)))
        if kind == "nm":
            return rng.choice(NAMES)
        raise ValueError("unknown placeholder " + kind)

    return PH.sub(rep, template)


def fill_value(v, rng, i, state=None):
    if state is None:
        state = {}
    if isinstance(v, str):
        m = PH.fullmatch(v)
        out = fill(v, rng, i, state)
        if m and m.group(1) in ("n", "i"):
            return int(out)
        if m and m.group(1) == "f":
            return float(out)
        return out
    if isinstance(v, dict):
        return {k: fill_value(x, rng, i, state) for k, x in v.items()}
    if isinstance(v, list):
        return [fill_value(x, rng, i, state) for x in v]
    return v


def result(server, tool, args, text, label, *, lang="en", fmt="text", pad=None,
           sep="\n", obj=None, objpad=None, sc=None, err=False, long=False,
           indent=2):
    blocks = text if isinstance(text, list) else [text]
    return {
        "kind": "result", "server": server, "tool": tool, "arguments": args,
        "blocks": blocks, "obj": obj, "objpad": objpad, "sc": sc, "err": err,
        "label": label, "lang": lang, "fmt": fmt, "pad": pad, "sep": sep,
        "long": long, "indent": indent,
    }


def can_pad(case):
    if case["pad"] and any("{{PAD}}" in b for b in case["blocks"]):
        return True
    return bool(case["objpad"]) and case["obj"] is not None


def _expand_obj(o, rows):
    if isinstance(o, dict):
        return {k: _expand_obj(v, rows) for k, v in o.items()}
    if isinstance(o, list):
        out = []
        for x in o:
            if x == "{{PAD}}":
                out.extend(rows)
            else:
                out.append(_expand_obj(x, rows))
        return out
    return o


def render(case, k, rng):
    """Return (mcp_result_dict, length) with k padding rows."""
    blocks = list(case["blocks"])
    nmark = sum(b.count("{{PAD}}") for b in blocks)
    if case["pad"] and nmark:
        state = {}
        rows = [fill(rng.choice(case["pad"]), rng, j + 1, state) for j in range(k)]
        per = [[] for _ in range(nmark)]
        for j, row in enumerate(rows):
            per[j * nmark // max(k, 1)].append(row)
        idx = 0
        new = []
        for b in blocks:
            parts = b.split("{{PAD}}")
            s = parts[0]
            for p in parts[1:]:
                s += case["sep"].join(per[idx]) + p
                idx += 1
            new.append(s)
        blocks = new
    filled = None
    if case["obj"] is not None:
        orows = []
        if case["objpad"]:
            ostate = {}
            orows = [fill_value(case["objpad"], rng, j + 1, ostate) for j in range(k)]
        filled = _expand_obj(case["obj"], orows)
        dumped = json.dumps(filled, ensure_ascii=False, indent=case["indent"])
        blocks = [dumped if b == "{{OBJ}}" else b for b in blocks]
    res = {"content": [{"type": "text", "text": b} for b in blocks],
           "isError": bool(case["err"])}
    sc = None
    if case["sc"] is True:
        sc = filled
    elif isinstance(case["sc"], dict):
        sc = case["sc"]
    if sc is not None:
        res["structuredContent"] = sc
    return res, result_length(res)


def result_length(res):
    n = sum(len(c["text"]) for c in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def S(typ="string", desc=None, **kw):
    """A JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def tool(server, name, desc, props, label, *, required=None, out=None, ann=None,
         lang="en", addl=False):
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    if addl is not None:
        schema["additionalProperties"] = addl
    t = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"kind": "tool", "server": server, "tool": t, "label": label,
            "lang": lang, "fmt": "tool-definition"}
