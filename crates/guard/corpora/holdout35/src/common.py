"""Shape helpers only. No case text lives here."""

PAD = "\u00a7PAD\u00a7"    # main padding slot
PAD2 = "\u00a7PAD2\u00a7"  # optional second padding slot


def res(tool, args, text, label, lang="en", fmt="text", pad=None, sc=None,
        err=False, long=False):
    """A tool-result case. text is a string or a list of strings (multi-block).
    pad is a list of hand-written line shapes with %TOKENS% filled by build.py.
    long=True marks a case whose payload/structure suits a 3k-25k padded length."""
    blocks = text if isinstance(text, list) else [text]
    return {"kind": "result", "tool": tool, "arguments": args, "blocks": blocks,
            "sc": sc, "err": err, "label": label, "lang": lang, "fmt": fmt,
            "pad": pad or [], "long": long}


def tl(name, description, properties, label, required=None, out=None,
       ann=None, lang="en", schema=None):
    """A tool-definition case."""
    if schema is None:
        schema = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
    t = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"kind": "tool", "tool": t, "label": label, "lang": lang}


def S(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def I(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def N(desc, **kw):
    d = {"type": "number", "description": desc}
    d.update(kw)
    return d


def B(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def A(items, desc, **kw):
    d = {"type": "array", "items": items, "description": desc}
    d.update(kw)
    return d


def O(props, required=None, desc=None):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = required
    if desc:
        d["description"] = desc
    return d


def RO(title=None):
    d = {"readOnlyHint": True, "openWorldHint": False}
    if title:
        d = {"title": title, **d}
    return d


def RW(title=None, destructive=False):
    d = {"readOnlyHint": False, "destructiveHint": destructive}
    if title:
        d = {"title": title, **d}
    return d
