"""Shape helpers only. No case content lives here."""
import json
import textwrap


def D(s):
    """Dedent a triple-quoted block and strip surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


def js(obj, indent=2):
    """Serialise a Python object as it would appear in a JSON API response."""
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def R(tool, args, blocks, label, *, err=False, sc=None, lang="en", fmt="text"):
    """One tool-RESULT case. blocks: str or list of str (one text block each)."""
    if isinstance(blocks, str):
        blocks = [blocks]
    content = [{"type": "text", "text": b} for b in blocks]
    result = {"content": content, "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {
        "kind": "result",
        "tool": tool,
        "arguments": args,
        "result": result,
        "label": int(label),
        "meta": {"lang": lang, "fmt": fmt},
    }


def P(typ, desc=None, **kw):
    """JSON-schema property."""
    p = {"type": typ}
    if desc is not None:
        p["description"] = desc
    p.update(kw)
    return p


def T(name, desc, props, label, *, req=None, out=None, ann=None, lang="en", loc="none"):
    """One tool-DEFINITION case. loc = where a poisoned instruction hides."""
    schema = {"type": "object", "properties": props}
    if req:
        schema["required"] = list(req)
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {
        "kind": "tool",
        "tool": tool,
        "label": int(label),
        "meta": {"lang": lang, "loc": loc if label else "none"},
    }
