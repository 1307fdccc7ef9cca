"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON text for a content block."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


def R(tool, args, text, label, lang="en", fmt="text", sc=None, err=False):
    """A tool-result case. `text` is a string or a list of strings (multi-block)."""
    blocks = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": t} for t in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"tool": tool, "arguments": args, "result": result, "label": label,
            "_lang": lang, "_fmt": fmt}


def P(typ, desc=None, **kw):
    """A JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, description, props, label, required=None, out=None, ann=None,
      lang="en", where="none"):
    """A tool-definition case. `where` records where a poison sits (meta only)."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": label, "_lang": lang, "_where": where}
