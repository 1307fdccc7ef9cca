"""Shape helpers only. No case content lives here."""


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


def O(props, desc=None, req=None, **kw):
    d = {"type": "object", "properties": props}
    if desc:
        d["description"] = desc
    if req:
        d["required"] = req
    d.update(kw)
    return d


def ANN(title=None, ro=None, destructive=None, idem=None, open_world=None):
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


def T(name, desc, props, req=None, out=None, ann=None, label=0):
    schema = {"type": "object", "properties": props}
    if req:
        schema["required"] = req
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann:
        tool["annotations"] = ann
    return {"tool": tool, "label": label}


def R(tool, args, text, label, lang="en", fmt="text", pad=None, target=None,
      struct=None, err=False, blocks=None):
    """A result case. `text` may hold the marker {PAD}; build.py fills it with
    rows made by `pad(rng)` until the text reaches its target length."""
    return {"tool": tool, "args": args, "text": text, "label": label, "lang": lang,
            "fmt": fmt, "pad": pad, "target": target, "struct": struct, "err": err,
            "blocks": blocks}
