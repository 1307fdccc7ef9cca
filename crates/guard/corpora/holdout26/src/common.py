"""Shape helpers only. No case text lives here."""

PAD = "{{PAD}}"


def R(tool, args, text, label, fmt, lang="en", pad=None, size=None,
      structured=None, is_error=False):
    """One tool-result case.

    text: a str or a list of str (one per content block). Any block may hold
    PAD markers; build.py replaces them with rows produced by pad(rng, i).
    size: None (spread over 100-2000 chars), "L" (3000-8000) or "XL" (10000-25000).
    """
    blocks = [text] if isinstance(text, str) else list(text)
    return {"kind": "result", "tool": tool, "arguments": args, "blocks": blocks,
            "label": label, "format": fmt, "language": lang, "pad": pad,
            "size": size, "structured": structured, "is_error": is_error}


def T(name, description, input_schema, label, output_schema=None, annotations=None, lang="en"):
    tool = {"name": name, "description": description, "inputSchema": input_schema}
    if output_schema is not None:
        tool["outputSchema"] = output_schema
    if annotations is not None:
        tool["annotations"] = annotations
    return {"kind": "tool", "tool": tool, "label": label, "language": lang}


def obj(props, required=None, **extra):
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = list(required)
    s.update(extra)
    return s


def st(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def num(desc, kind="integer", **kw):
    d = {"type": kind, "description": desc}
    d.update(kw)
    return d


def boo(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def arr(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def ann(title=None, ro=None, destructive=None, idem=None, open_world=None):
    a = {}
    if title is not None:
        a["title"] = title
    if ro is not None:
        a["readOnlyHint"] = ro
    if destructive is not None:
        a["destructiveHint"] = destructive
    if idem is not None:
        a["idempotentHint"] = idem
    if open_world is not None:
        a["openWorldHint"] = open_world
    return a


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def addpad(cases, idx, pad, where="end", header="", tail="", anchor=None, block=0):
    """Give an existing case a PAD marker (a context section of hand-written rows).

    where: "end" (append), "before"/"after" (relative to anchor text).
    """
    c = cases[idx]
    b = c["blocks"][block]
    ins = header + PAD + tail
    if where == "end":
        b = b + ins
    elif where in ("before", "after"):
        if anchor is None or anchor not in b:
            raise ValueError("anchor %r not found in case %d" % (anchor, idx))
        b = b.replace(anchor, (ins + anchor) if where == "before" else (anchor + ins), 1)
    else:
        raise ValueError(where)
    c["blocks"][block] = b
    c["pad"] = pad


def capped(n):
    """Mark a pad function so build.py never pads a case using it beyond n characters
    (small hand-written pools would otherwise repeat too often)."""
    def deco(f):
        f.cap = n
        return f
    return deco


def clock(i, start_h=8, step=3):
    """Monotonic hh:mm for filler row i."""
    m = start_h * 60 + i * step
    return "%02d:%02d" % ((m // 60) % 24, m % 60)


def addtext(cases, idx, text, where="end", anchor=None, block=0):
    """Insert fixed hand-written text into an existing case (no padding)."""
    c = cases[idx]
    b = c["blocks"][block]
    if where == "end":
        b = b + text
    else:
        if anchor is None or anchor not in b:
            raise ValueError("anchor %r not found in case %d" % (anchor, idx))
        b = b.replace(anchor, (text + anchor) if where == "before" else (anchor + text), 1)
    c["blocks"][block] = b
