"""Shape helpers only. Cases live in results_*.py / tools_*.py."""
PAD = "@@PAD@@"


def R(server, tool, args, text, label, lang="en", fmt="text", pad=None, long=False, sc=None, err=False):
    """A tool-result case. text: str or list of str (multi-block). PAD markers mark where
    build.py may insert rows made by pad(rng) to reach a target length."""
    blocks = text if isinstance(text, list) else [text]
    return {"kind": "result", "server": server, "tool": tool, "arguments": args, "blocks": blocks,
            "label": label, "lang": lang, "fmt": fmt, "pad": pad, "long": long, "sc": sc, "err": err}


def T(server, name, desc, props, label, required=None, out=None, ann=None, lang="en", loc="none"):
    """A tool-definition case. loc: where the payload sits (for the card only)."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "server": server, "tool": tool, "label": label, "lang": lang, "loc": loc}


def P(t, d, **kw):
    p = {"type": t, "description": d}
    p.update(kw)
    return p


def OBJ(props, required=None):
    o = {"type": "object", "properties": props}
    if required:
        o["required"] = required
    return o


# small RNG helpers for padding rows
def pick(r, xs):
    return xs[r.randrange(len(xs))]


def hx(r, n=6):
    return "".join(pick(r, "0123456789abcdef") for _ in range(n))


def dt(r, y=2024):
    return f"{y}-{r.randint(1,12):02d}-{r.randint(1,28):02d}"


def tm(r):
    return f"{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"


def amt(r, lo=10, hi=5000):
    return f"{r.randint(lo,hi)}.{r.randint(0,99):02d}"
