"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON text block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text block."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def R(tool, args, text, label, lang="en", fmt="text", err=False, sc=None):
    """One tool-result case. `text` may be a str or a list of str (multi-block)."""
    texts = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"tool": tool, "arguments": args, "result": result,
            "label": int(label), "lang": lang, "fmt": fmt}


def A(title=None, ro=None, de=None, idem=None, ow=None, **extra):
    """MCP tool annotations; None values are omitted."""
    out = {}
    if title is not None:
        out["title"] = title
    if ro is not None:
        out["readOnlyHint"] = ro
    if de is not None:
        out["destructiveHint"] = de
    if idem is not None:
        out["idempotentHint"] = idem
    if ow is not None:
        out["openWorldHint"] = ow
    out.update(extra)
    return out


def S(props, required=None):
    """Object input schema."""
    sch = {"type": "object", "properties": props}
    if required:
        sch["required"] = list(required)
    return sch


def T(name, description, schema, label, out=None, ann=None, where="none"):
    """One tool-definition case. `where` records where a payload hides (meta only)."""
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": int(label), "where": where}


def RJ(tool, args, obj, label, **kw):
    """JSON result whose text block is the pretty JSON and structuredContent is the same object."""
    kw.setdefault("fmt", "json")
    return R(tool, args, J(obj), label, sc=obj, **kw)
