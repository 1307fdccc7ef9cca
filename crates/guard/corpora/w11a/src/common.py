"""Shape helpers only. All case content lives in the results_*.py / tools_*.py files."""
import json

SERVER = "w11a"


def J(obj, indent=2):
    """Render a hand-written Python object as JSON text for a content block."""
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def R(tool, args, text, label, *, sc=None, err=False, lang="en", fmt="text"):
    """One tool-result case. `text` is a string or a list of strings (multi-block)."""
    blocks = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": t} for t in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": int(label), "_lang": lang, "_fmt": fmt}


def T(name, description, props, label, *, required=None, out=None, ann=None):
    """One tool-definition case. `props` is the inputSchema properties dict."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": int(label), "_lang": "en", "_fmt": "tool"}


def S(t="string", d=None, **kw):
    """Property schema shorthand."""
    p = {"type": t}
    if d is not None:
        p["description"] = d
    p.update(kw)
    return p


def A(title=None, ro=None, destructive=None, idempotent=None, open_world=None, **extra):
    """Tool annotations shorthand (MCP hint names plus optional custom keys)."""
    a = {}
    if title is not None:
        a["title"] = title
    for k, v in (("readOnlyHint", ro), ("destructiveHint", destructive), ("idempotentHint", idempotent), ("openWorldHint", open_world)):
        if v is not None:
            a[k] = v
    a.update(extra)
    return a
