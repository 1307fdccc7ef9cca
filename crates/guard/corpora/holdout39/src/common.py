"""Shape helpers only: no case text lives here."""


def R(tool, args, text, label, lang="en", fmt="text", pad=None, sc=None,
      err=False, more=None, head=False):
    """A tool-result case. `pad` is a list of hand-written row shapes that
    build.py repeats (with seeded numbers) at the {PAD} marker. `head=True`
    marks a label-1 case whose payload sits before {PAD}, so build.py will not
    make it long. `more` is a list of extra text blocks."""
    assert label in (0, 1)
    if pad:
        assert "{PAD}" in text, tool
    return {"tool": tool, "arguments": args, "text": text, "label": label,
            "lang": lang, "fmt": fmt, "pad": pad, "sc": sc, "err": err,
            "more": more, "head": head}


def P(typ, desc=None, **kw):
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, desc, props, label, req=None, out=None, ann=None, lang="en"):
    assert label in (0, 1)
    schema = {"type": "object", "properties": props}
    if req:
        schema["required"] = req
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": label, "lang": lang}


def RO(title):
    return {"title": title, "readOnlyHint": True, "openWorldHint": False}


def RW(title, destructive=False, idem=False):
    return {"title": title, "readOnlyHint": False,
            "destructiveHint": destructive, "idempotentHint": idem}


def OBJ(props, req=None):
    d = {"type": "object", "properties": props}
    if req:
        d["required"] = req
    return d
