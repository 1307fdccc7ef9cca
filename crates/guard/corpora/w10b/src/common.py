"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON text the way many MCP servers echo structured payloads."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


def R(tool, args, text, label, sc=None, err=False, lang="en", fmt="text"):
    """A tool-result case. `text` may be a string or a list of strings (multi-block)."""
    blocks = text if isinstance(text, list) else [text]
    res = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        res["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": res,
            "label": label, "meta": {"lang": lang, "fmt": fmt}}


def RS(tool, args, obj, label, lang="en", fmt="json", err=False):
    """Result whose text block mirrors its structuredContent."""
    return R(tool, args, J(obj), label, sc=obj, err=err, lang=lang, fmt=fmt)


def S(props, req=()):
    d = {"type": "object", "properties": props}
    if req:
        d["required"] = list(req)
    return d


def P(type_, desc=None, **kw):
    d = {"type": type_}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, desc, schema, label, out=None, ann=None, lang="en"):
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "meta": {"lang": lang, "fmt": "tool"}}


RO = {"readOnlyHint": True, "openWorldHint": False}
RO_OPEN = {"readOnlyHint": True, "openWorldHint": True}
DESTRUCTIVE = {"readOnlyHint": False, "destructiveHint": True, "idempotentHint": False}
WRITE = {"readOnlyHint": False, "destructiveHint": False}


def RJ(tool, args, obj, label, lang="en", fmt="json", err=False):
    """Result with a JSON text block only (no structuredContent)."""
    return R(tool, args, J(obj), label, err=err, lang=lang, fmt=fmt)
