"""Shape helpers only. No case content lives here."""
import json


def J(obj, indent=2):
    """Serialise a hand-written Python structure as pretty JSON text."""
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def R(tool, args, body, label, lang="en", fmt="text", sc=None, err=False):
    """A tool-RESULT case. body: str | dict | list of (str|dict) for multi-block.
    sc: dict for structuredContent, or "mirror" to reuse a dict body."""
    blocks = body if isinstance(body, list) else [body]
    content = []
    for b in blocks:
        if not isinstance(b, str):
            b = J(b)
        content.append({"type": "text", "text": b})
    result = {"content": content, "isError": bool(err)}
    if sc == "mirror":  # structuredContent carries the same object as the JSON text block
        assert isinstance(body, dict)
        sc = body
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": label, "_lang": lang, "_fmt": fmt}


def P(typ, desc=None, **kw):
    """A JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, desc, props, required=None, label=0, out=None, ann=None, lang="en"):
    """A tool-DEFINITION case."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "_lang": lang}
