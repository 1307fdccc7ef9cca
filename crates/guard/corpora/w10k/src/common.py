"""Shape helpers only. No case content lives here."""

SERVER = "w10k"


def txt(s):
    return {"type": "text", "text": s}


def R(tool, args, text, label, *, blocks=None, sc=None, err=False, lang="en", fmt="text"):
    """Build one tool-result case. `text` may be None when `blocks` is given."""
    parts = list(blocks) if blocks is not None else [text]
    result = {"content": [txt(p) for p in parts], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {
        "kind": "result",
        "tool": tool,
        "arguments": args,
        "result": result,
        "label": int(label),
        "_lang": lang,
        "_fmt": fmt,
    }


def P(typ, desc=None, **extra):
    """JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(extra)
    return d


def T(name, desc, props, label, *, required=(), out=None, ann=None, where="n/a"):
    """Build one tool-definition case. `where` notes the payload location (poisoned only)."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": int(label), "_where": where}
