"""Shape helpers only. No case content lives here."""


def P(*paras):
    """Join paragraphs with a blank line."""
    return "\n\n".join(paras)


def _with(d, desc, kw):
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def S(desc=None, **kw):
    return _with({"type": "string"}, desc, kw)


def I(desc=None, **kw):
    return _with({"type": "integer"}, desc, kw)


def N(desc=None, **kw):
    return _with({"type": "number"}, desc, kw)


def B(desc=None, **kw):
    return _with({"type": "boolean"}, desc, kw)


def E(values, desc=None, **kw):
    return _with({"type": "string", "enum": list(values)}, desc, kw)


def A(items, desc=None, **kw):
    return _with({"type": "array", "items": items}, desc, kw)


def O(props, desc=None, required=None, **kw):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = list(required)
    return _with(d, desc, kw)


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


def tool(server, name, description, props=None, required=None, *, output=None,
         annotations=None, label=0, lang="en", where="-", extra=None):
    """Build one tool-definition case plus private metadata (keys starting with _)."""
    schema = {"type": "object", "properties": props or {}}
    if required:
        schema["required"] = list(required)
    if extra:
        schema.update(extra)
    t = {"name": name, "description": description, "inputSchema": schema}
    if output is not None:
        t["outputSchema"] = output
    if annotations:
        t["annotations"] = annotations
    return {"server": server, "tool": t, "label": label, "_lang": lang, "_where": where}


class Bag:
    """Collects cases for one server."""

    def __init__(self, server):
        self.server = server
        self.cases = []

    def add(self, name, description, props=None, required=None, **kw):
        self.cases.append(tool(self.server, name, description, props, required, **kw))
