"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON for use inside a text block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def R(tool, args, content, label, *, lang="en", fmt="text", err=False, sc=None):
    """A tool-result case.

    content: str (one text block) or list of str (several text blocks).
    sc: optional structuredContent dict, or "same" to mirror a JSON text
        block (as many MCP servers return both).
    """
    if sc == "same":
        sc = json.loads(content if isinstance(content, str) else content[0])
    if isinstance(content, str):
        content = [content]
    blocks = [{"type": "text", "text": c} for c in content]
    result = {"content": blocks, "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {
        "kind": "result",
        "tool": tool,
        "arguments": args,
        "result": result,
        "label": int(label),
        "_meta": {"lang": lang, "fmt": fmt},
    }


def T(name, description, properties, label=0, *, required=None, out=None,
      ann=None, where="none", lang="en"):
    """A tool-definition case.

    where: for poisoned tools, the place the payload sits (bookkeeping only).
    """
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {
        "kind": "tool",
        "tool": tool,
        "label": int(label),
        "_meta": {"lang": lang, "fmt": "tool", "where": where},
    }


def S(desc, **kw):
    """String property."""
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def I(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def B(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def A(desc, items, **kw):
    d = {"type": "array", "description": desc, "items": items}
    d.update(kw)
    return d
