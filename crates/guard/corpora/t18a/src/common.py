"""Shape helpers only. No case text lives here."""


def P(*paragraphs):
    """Join paragraphs with a blank line."""
    return "\n\n".join(paragraphs)


def S(type_, desc=None, **kw):
    s = {"type": type_}
    if desc is not None:
        s["description"] = desc
    s.update(kw)
    return s


def Str(desc=None, **kw):
    return S("string", desc, **kw)


def Int(desc=None, **kw):
    return S("integer", desc, **kw)


def Num(desc=None, **kw):
    return S("number", desc, **kw)


def Bool(desc=None, **kw):
    return S("boolean", desc, **kw)


def Arr(items, desc=None, **kw):
    s = {"type": "array", "items": items}
    if desc is not None:
        s["description"] = desc
    s.update(kw)
    return s


def Obj(props, req=None, desc=None, **kw):
    s = {"type": "object", "properties": props}
    if req:
        s["required"] = list(req)
    if desc is not None:
        s["description"] = desc
    s.update(kw)
    return s


# Where a payload sits (label 1 only). Used for the README tables.
WHERE = {
    "desc-start", "desc-mid", "desc-end", "prop-desc", "default", "enum",
    "examples", "nested", "output", "ann-title", "prop-name",
}


def T(name, description, props=None, req=None, out=None, ann=None, *,
      label=0, lang="en", where=(), extra=None):
    """One tool-definition case.

    props: dict of property schemas for inputSchema (may be empty / None)
    req:   required property names
    out:   outputSchema dict or None
    ann:   annotations dict or None
    extra: extra keys merged into inputSchema (e.g. additionalProperties)
    """
    schema = {"type": "object", "properties": dict(props or {})}
    if req:
        schema["required"] = list(req)
    if extra:
        schema.update(extra)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    where = tuple(where)
    assert label in (0, 1)
    assert (label == 1) == bool(where), name
    for w in where:
        assert w in WHERE, (name, w)
    return {"tool": tool, "label": label, "lang": lang, "where": where}
