"""Shape helpers only. No case content lives here."""
import json

SERVER = "w11e"


def R(tool, args, text, label, lang="en", fmt="text", sc=None, err=False):
    """Build a tool-result case.

    text: a string (one text block) or a list of strings (multi-block).
    sc:   optional structuredContent dict.
    lang/fmt are bookkeeping only (used by verify.py for balance stats);
    they are not written to results.jsonl.
    """
    blocks = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"_kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": int(label), "_lang": lang, "_fmt": fmt}


def J(obj):
    """Pretty JSON text for a text block."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


def P(typ="string", desc=None, **kw):
    """A JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, description, props, label, required=None, out=None, ann=None, lang="en", where="none"):
    """Build a tool-definition case. `where` records where a poison sits (bookkeeping only)."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"_kind": "tool", "tool": tool, "label": int(label), "_lang": lang, "_where": where}


def RO(title=None, **extra):
    """Annotation helper for read-only tools."""
    a = {"readOnlyHint": True, "destructiveHint": False, "openWorldHint": False}
    if title:
        a = {"title": title, **a}
    a.update(extra)
    return a


def RW(title=None, destructive=False, idempotent=False, open_world=True, **extra):
    a = {"readOnlyHint": False, "destructiveHint": destructive,
         "idempotentHint": idempotent, "openWorldHint": open_world}
    if title:
        a = {"title": title, **a}
    a.update(extra)
    return a
