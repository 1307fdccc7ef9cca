"""Shape helpers only. No case text lives here."""


def P(t, d=None, **kw):
    """A JSON-schema property of type t with an optional description."""
    s = {"type": t}
    if d is not None:
        s["description"] = d
    s.update(kw)
    return s


def arr(items, d=None, **kw):
    s = {"type": "array", "items": items}
    if d is not None:
        s["description"] = d
    s.update(kw)
    return s


def O(props, req=(), d=None, **kw):
    s = {"type": "object", "properties": props}
    if req:
        s["required"] = list(req)
    if d is not None:
        s["description"] = d
    s.update(kw)
    return s


def A(title=None, ro=None, de=None, idem=None, ow=None):
    a = {}
    if title is not None:
        a["title"] = title
    if ro is not None:
        a["readOnlyHint"] = ro
    if de is not None:
        a["destructiveHint"] = de
    if idem is not None:
        a["idempotentHint"] = idem
    if ow is not None:
        a["openWorldHint"] = ow
    return a


def T(name, desc, props, req=(), out=None, ann=None, y=0, lang="en", at="-"):
    """One tool-definition case. y is the label; at names where a payload sits (label 1 only)."""
    tool = {"name": name, "description": desc, "inputSchema": O(props, req)}
    if out is not None:
        tool["outputSchema"] = out
    if ann:
        tool["annotations"] = ann
    return {"tool": tool, "label": y, "lang": lang, "at": at}
