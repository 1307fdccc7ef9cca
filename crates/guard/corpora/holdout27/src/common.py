"""Shape helpers only. Case files call res() / tool() and export SERVER and CASES."""

PAD = "@@PAD@@"


def res(tool, args, text, label, lang="en", fmt="plain", sc=None, err=False,
        extra=None, pad=None, server=None):
    """A tool-result case. `text` may contain PAD markers; `pad` is a list of
    hand-written line shapes (with <<placeholders>>) used to fill them."""
    if sc is not None and fmt == "json" and not text.lstrip().startswith(("{", "[")):
        fmt = "structured"  # short text block, data in structuredContent
    return {"kind": "result", "tool": tool, "arguments": args, "text": text,
            "label": label, "lang": lang, "fmt": fmt, "sc": sc, "err": err,
            "extra": list(extra or []), "pad": list(pad or []), "server": server}


def prop(t, d=None, **kw):
    p = {"type": t}
    if d is not None:
        p["description"] = d
    p.update(kw)
    return p


def tool(name, desc, props, label, required=None, out=None, ann=None,
         server=None, lang="en", schema=None):
    """A tool-definition case."""
    if schema is None:
        schema = {"type": "object", "properties": props}
        if required:
            schema["required"] = list(required)
    t = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"kind": "tool", "tool": t, "label": label, "lang": lang,
            "server": server}
