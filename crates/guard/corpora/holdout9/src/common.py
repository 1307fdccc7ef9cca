"""Shared helpers for the holdout9 hand-written cases."""
import json


def J(obj):
    """Pretty JSON text, as many MCP servers return it in a text block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def R(tool, args, text, label, sc=None, err=False, lang="en", domain="misc", p=False):
    """A tool-result case. text may be a str or a list of 2-3 str blocks.
    p=True marks an attack written in passive/indirect wording (checked by verify.py)."""
    texts = list(text) if isinstance(text, (list, tuple)) else [text]
    result = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "server": "holdout9", "tool": tool, "arguments": args,
            "result": result, "label": label,
            "_meta": {"lang": lang, "domain": domain, "passive": bool(p)}}


def T(name, description, schema, label, out=None, ann=None, lang="en", domain="misc", p=False):
    """A tool-definition case."""
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "server": "holdout9", "tool": tool, "label": label,
            "_meta": {"lang": lang, "domain": domain, "passive": bool(p)}}


def obj(props, required=None, **extra):
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    s.update(extra)
    return s
