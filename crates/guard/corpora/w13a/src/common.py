"""Shape helpers only. Cases are written by hand in results_*.py / tools_*.py."""


def R(tool, args, body, label, fmt, lang="en", sc=None, err=False, blocks=None, pad=None):
    """A tool-result case.
    body  : str (may contain {PAD} markers where padding may go) or dict for fmt == "json".
    sc    : structuredContent dict, or "mirror" to reuse the (padded) json body.
    blocks: extra text blocks appended after the first one (multi-block results).
    pad   : optional list of hand-written row shapes (str.format templates) for padding.
    """
    return {"kind": "result", "tool": tool, "args": args, "body": body, "label": label,
            "fmt": fmt, "lang": lang, "sc": sc, "err": err, "blocks": blocks or [], "pad": pad}


def P(desc, typ="string", **kw):
    """A property schema."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, desc, props, label, req=None, out=None, ann=None):
    schema = {"type": "object", "properties": props}
    if req:
        schema["required"] = req
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label}
