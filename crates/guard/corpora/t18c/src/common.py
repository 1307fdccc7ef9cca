"""Shape helpers only. No case content lives here."""


def s(desc=None, t="string", **kw):
    """A property schema. kw may carry enum, default, examples, format, items, minimum..."""
    d = {"type": t}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def arr(items, desc=None, **kw):
    return s(desc, "array", items=items, **kw)


def obj(props=None, required=None, desc=None, **kw):
    d = {"type": "object"}
    if desc is not None:
        d["description"] = desc
    d["properties"] = props or {}
    if required:
        d["required"] = list(required)
    d.update(kw)
    return d


def ann(title=None, ro=None, de=None, idem=None, ow=None):
    d = {}
    if title is not None:
        d["title"] = title
    if ro is not None:
        d["readOnlyHint"] = ro
    if de is not None:
        d["destructiveHint"] = de
    if idem is not None:
        d["idempotentHint"] = idem
    if ow is not None:
        d["openWorldHint"] = ow
    return d


def tool(name, description, props=None, required=None, *, output=None,
         annotations=None, label=0, lang="en", loc=None, schema_extra=None):
    """One tool-definition case. lang and loc are metadata for verify.py only;
    they are not written to tools.jsonl."""
    t = {"name": name, "description": description,
         "inputSchema": obj(props, required, **(schema_extra or {}))}
    if output is not None:
        t["outputSchema"] = output
    if annotations:
        t["annotations"] = annotations
    return {"tool": t, "label": label, "lang": lang, "loc": loc}
