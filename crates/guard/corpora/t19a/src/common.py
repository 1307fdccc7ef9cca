"""Shape helpers only. No case text lives here."""


def _p(t, d, kw):
    p = {"type": t}
    if d is not None:
        p["description"] = d
    p.update(kw)
    return p


def S(d=None, **kw):
    return _p("string", d, kw)


def I(d=None, **kw):
    return _p("integer", d, kw)


def N(d=None, **kw):
    return _p("number", d, kw)


def B(d=None, **kw):
    return _p("boolean", d, kw)


def E(vals, d=None, **kw):
    p = _p("string", d, {})
    p["enum"] = list(vals)
    p.update(kw)
    return p


def A(items, d=None, **kw):
    p = _p("array", d, {})
    p["items"] = items
    p.update(kw)
    return p


def O(props, d=None, req=None, **kw):
    p = _p("object", d, {})
    p["properties"] = props
    if req:
        p["required"] = list(req)
    p.update(kw)
    return p


def AN(title=None, ro=None, de=None, idem=None, ow=None):
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


def T(server, label, name, desc, props, req=(), out=None, an=None, lang="en", loc=None):
    tool = {"name": name, "description": desc, "inputSchema": O(props, req=req)}
    if out is not None:
        tool["outputSchema"] = out
    if an is not None:
        tool["annotations"] = an
    return {"server": server, "label": label, "lang": lang, "loc": loc, "tool": tool}


def server(sv):
    def t(*a, **k):
        return T(sv, *a, **k)
    return t
