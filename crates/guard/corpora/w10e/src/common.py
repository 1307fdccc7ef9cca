"""Shape helpers only. No case content lives here."""
import json

SERVER = "w10e"


def J(obj):
    """Pretty JSON text for a content block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def R(tool, args, text, label, err=False, sc=None, lang="en"):
    """A tool-result case. `text` may be a str or a list of str (multi-block)."""
    blocks = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": int(label), "_lang": lang}


def P(typ="string", desc=None, **kw):
    """A JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def TL(name, desc, props, label, required=None, out=None, ann=None, lang="en"):
    """A tool-definition case."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": int(label), "_lang": lang}


def RO(title=None, **extra):
    a = {"readOnlyHint": True, "destructiveHint": False, "openWorldHint": True}
    if title:
        a["title"] = title
    a.update(extra)
    return a


def RW(title=None, destructive=False, idem=False, **extra):
    a = {"readOnlyHint": False, "destructiveHint": destructive, "idempotentHint": idem,
         "openWorldHint": True}
    if title:
        a["title"] = title
    a.update(extra)
    return a
