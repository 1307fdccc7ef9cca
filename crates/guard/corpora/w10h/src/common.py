"""Shape helpers only. No case content lives here."""


def R(tool, args, text, label, lang="en", fmt="text", err=False, sc=None):
    """Build a tool-result case. `text` is a str or a list of str (multi-block)."""
    blocks = [text] if isinstance(text, str) else list(text)
    result = {"content": [{"type": "text", "text": t} for t in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": int(label), "_lang": lang, "_fmt": fmt}


def T(name, description, props, label, required=None, out=None, ann=None, lang="en", where="none"):
    """Build a tool-definition case. `props` is a dict of JSON-schema properties."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": int(label), "_lang": lang, "_fmt": where}


def S(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def N(desc, **kw):
    d = {"type": "number", "description": desc}
    d.update(kw)
    return d


def I(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def B(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def RO(title=None, **kw):
    a = {"readOnlyHint": True, "destructiveHint": False, "openWorldHint": False}
    if title:
        a["title"] = title
    a.update(kw)
    return a


def RW(title=None, destructive=False, **kw):
    a = {"readOnlyHint": False, "destructiveHint": destructive, "idempotentHint": False, "openWorldHint": True}
    if title:
        a["title"] = title
    a.update(kw)
    return a
