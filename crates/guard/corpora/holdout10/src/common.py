"""Small helpers shared by the hand-written case files of holdout10.

Nothing here generates case content; it only wraps hand-written text into the
MCP shapes used by build.py.
"""
import json


def J(obj, indent=2):
    """Serialise a hand-written Python object as pretty JSON text."""
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def R(tool, args, text, label, sc=None, err=False, lang="en"):
    """A tool-result case. `text` is a string or a list of 2-3 strings."""
    texts = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": int(label), "lang": lang}


def T(name, desc, schema, label, out=None, ann=None, lang="en"):
    """A tool-definition case."""
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": int(label), "lang": lang}


def obj(props, required=None, **extra):
    o = {"type": "object", "properties": props}
    if required:
        o["required"] = list(required)
    o.update(extra)
    return o


def s(desc=None, **kw):
    o = {"type": "string"}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o


def i(desc=None, **kw):
    o = {"type": "integer"}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o


def b(desc=None, **kw):
    o = {"type": "boolean"}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o


def arr(items, desc=None, **kw):
    o = {"type": "array", "items": items}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o
