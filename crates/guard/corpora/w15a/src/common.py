"""Shape helpers only. Each hand-written case is a plain dict built by R() or T()."""


def R(server, tool, args, text, label, fmt="text", lang="en", pad=None,
      sc=None, err=False, blocks=None, jkey=None):
    """A tool-result case.

    text   : str (may contain the marker {PAD}) or a JSON-able object (fmt json)
    pad    : name of a padding line shape in pads.py (None = never padded)
    sc     : None, True (structuredContent = the JSON object), or a dict used
             as structuredContent beside the given text
    blocks : extra text blocks appended after the main one
    jkey   : for JSON objects, the top-level list key that padding rows go into
    """
    return dict(kind="result", server=server, tool=tool, args=args, text=text,
                label=label, fmt=fmt, lang=lang, pad=pad, sc=sc, err=err,
                blocks=blocks or [], jkey=jkey)


def T(server, tool, label, note=""):
    """A tool-definition case; tool is the full {name, description, inputSchema, ...} dict."""
    return dict(kind="tool", server=server, tool=tool, label=label, note=note)


def obj(props, required=None):
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    return s


def s(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def i(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d
