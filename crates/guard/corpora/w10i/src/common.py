"""Shape helpers only. All case content lives in the other src/*.py files."""
import json

_SRC = None


def R(tool, args, text, label, *, err=False, sc=None, lang="en", fmt="text"):
    """Build a tool-RESULT case. `text` is a str (one block) or a list of str (multi-block)."""
    blocks = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": int(label), "_lang": lang, "_fmt": fmt}


def T(name, desc, props=None, label=0, *, required=None, out=None, ann=None, schema=None,
      style="plain"):
    """Build a tool-DEFINITION case. `props` is a dict of JSON-schema properties unless `schema` given."""
    if schema is None:
        schema = {"type": "object", "properties": props or {}}
        if required:
            schema["required"] = list(required)
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": int(label), "_lang": "en", "_fmt": style}


def s(desc=None, **kw):
    """string property"""
    d = {"type": "string"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def i(desc=None, **kw):
    d = {"type": "integer"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def b(desc=None, **kw):
    d = {"type": "boolean"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def obj(props, desc=None, required=None, **kw):
    d = {"type": "object", "properties": props}
    if desc:
        d["description"] = desc
    if required:
        d["required"] = list(required)
    d.update(kw)
    return d


def arr(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def ro(title=None, open_world=True):
    a = {"readOnlyHint": True, "destructiveHint": False, "openWorldHint": open_world}
    if title:
        a = {"title": title, **a}
    return a


def rw(title=None, destructive=False, idempotent=False, open_world=True):
    a = {"readOnlyHint": False, "destructiveHint": destructive, "idempotentHint": idempotent,
         "openWorldHint": open_world}
    if title:
        a = {"title": title, **a}
    return a


def J(o):
    """Pretty JSON text for result bodies."""
    return json.dumps(o, indent=2, ensure_ascii=False)


def Jc(o):
    """Compact JSON text."""
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))
