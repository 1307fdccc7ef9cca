"""Shape helpers only. No case content lives here."""

import json


def text(s):
    return {"type": "text", "text": s}


def res(tool, args, blocks, label, *, err=False, sc=None, lang="en", fmt="text"):
    """Build one tool-RESULT case.

    blocks: a string (single text block) or a list of strings (multi-block).
    sc: optional structuredContent dict.
    lang / fmt: bookkeeping only, written to meta.jsonl, not to results.jsonl.
    """
    if isinstance(blocks, str):
        blocks = [blocks]
    content = [b if isinstance(b, dict) else text(b) for b in blocks]
    result = {"content": content, "isError": bool(err)}
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


def p(type_, desc=None, **kw):
    """One JSON-schema property. Extra keywords are copied verbatim."""
    d = {"type": type_}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def obj(props=None, required=None, **kw):
    d = {"type": "object", "properties": props or {}}
    if required:
        d["required"] = list(required)
    d.update(kw)
    return d


def tool(name, desc, props=None, required=None, *, label, ann=None, out=None,
         schema=None, style="plain", lang="en"):
    """Build one tool-DEFINITION case.

    schema: full inputSchema override (otherwise built from props/required).
    style: bookkeeping tag (terse, vendor-doc, nested, dangerous-honest, ...).
    """
    t = {"name": name, "description": desc,
         "inputSchema": schema if schema is not None else obj(props, required)}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"kind": "tool", "tool": t, "label": int(label),
            "_meta": {"lang": lang, "fmt": style}}


def ann(title=None, ro=None, destructive=None, idem=None, open_world=None, **extra):
    """MCP tool annotations. Only keys that are given are emitted."""
    a = {}
    if title is not None:
        a["title"] = title
    if ro is not None:
        a["readOnlyHint"] = ro
    if destructive is not None:
        a["destructiveHint"] = destructive
    if idem is not None:
        a["idempotentHint"] = idem
    if open_world is not None:
        a["openWorldHint"] = open_world
    a.update(extra)
    return a


def js(o):
    """Pretty JSON text for a text block."""
    return json.dumps(o, indent=2, ensure_ascii=False)


def jc(o):
    """Compact JSON text."""
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))
