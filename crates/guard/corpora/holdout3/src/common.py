"""Tiny packaging helpers. They only wrap hand-written content into the MCP
shapes; they never create or vary any text."""
import json


def R(tool, args, text, label, sc=None, is_error=False):
    """Tool result whose text content is given verbatim."""
    result = {"content": [{"type": "text", "text": text}], "isError": is_error}
    if sc is not None:
        result["structuredContent"] = sc
    return {"tool": tool, "arguments": args, "result": result, "label": label}


def RJ(tool, args, obj, label, sc=False, is_error=False):
    """Tool result whose text content is the JSON serialisation of a
    hand-written object; with sc=True the same object is also sent as
    structuredContent (what MCP servers with an outputSchema do)."""
    text = json.dumps(obj, indent=2, ensure_ascii=False)
    return R(tool, args, text, label, sc=obj if sc else None, is_error=is_error)


def T(name, description, schema, label, **extra):
    """Tool definition. extra may carry outputSchema, annotations, title."""
    tool = {"name": name, "description": description, "inputSchema": schema}
    tool.update(extra)
    return {"tool": tool, "label": label}
