"""Small constructors shared by the hand-written case files.

These helpers only wrap hand-written text into the MCP shapes; they do not
generate content.
"""
import json


def J(obj, indent=2):
    """Serialise a hand-written Python object as JSON text for a text block."""
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def res(tool, args, text, label, sc=None, err=False, more=None):
    """A tool-result case. `text` is the first text block; `more` adds blocks."""
    blocks = [text] + list(more or [])
    result = {"content": [{"type": "text", "text": t} for t in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result, "label": int(label)}


def tdef(name, description, schema, label, out=None, ann=None, title=None):
    """A tool-definition case."""
    t = {"name": name}
    if title is not None:
        t["title"] = title
    t["description"] = description
    t["inputSchema"] = schema
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"kind": "tool", "tool": t, "label": int(label)}


def obj(props, required=None, **extra):
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    s.update(extra)
    return s
