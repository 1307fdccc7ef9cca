"""Shape helpers only. Every case text is hand-written in the tools_*.py files."""


def _p(typ, desc=None, **kw):
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def s(desc=None, **kw):
    return _p("string", desc, **kw)


def i(desc=None, **kw):
    return _p("integer", desc, **kw)


def n(desc=None, **kw):
    return _p("number", desc, **kw)


def b(desc=None, **kw):
    return _p("boolean", desc, **kw)


def e(values, desc=None, **kw):
    return _p("string", desc, enum=list(values), **kw)


def a(items, desc=None, **kw):
    return _p("array", desc, items=items, **kw)


def o(props, req=(), desc=None, **kw):
    d = {"type": "object"}
    if desc is not None:
        d["description"] = desc
    d["properties"] = props
    if req:
        d["required"] = list(req)
    d.update(kw)
    return d


def ann(title=None, ro=None, destr=None, idem=None, ow=None):
    d = {}
    if title is not None:
        d["title"] = title
    if ro is not None:
        d["readOnlyHint"] = ro
    if destr is not None:
        d["destructiveHint"] = destr
    if idem is not None:
        d["idempotentHint"] = idem
    if ow is not None:
        d["openWorldHint"] = ow
    return d


def tool(name, desc, props, req=(), out=None, an=None, label=0, lang="en", where=None):
    """Build one tool definition plus a _meta record (stripped by build.py).

    where: for label 1, the field that carries the payload (description, property,
    default, enum, example, nested, output, annotation)."""
    t = {"name": name, "description": desc, "inputSchema": o(props, req)}
    if out is not None:
        t["outputSchema"] = out
    if an:
        t["annotations"] = an
    return {"tool": t, "_meta": {"label": label, "lang": lang, "where": where}}
