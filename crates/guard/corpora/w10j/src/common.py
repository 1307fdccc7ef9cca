"""Shape helpers only. All case content lives in the results_*/tools_* modules."""
import json


def txt(s):
    return {"type": "text", "text": s}


def R(tool, args, text, label, *, blocks=None, sc=None, err=False, lang="en", fmt="text"):
    """One tool-RESULT case. `text` may be a str or a list of str (multi-block)."""
    if blocks is None:
        blocks = text if isinstance(text, list) else [text]
    res = {"content": [txt(b) for b in blocks], "isError": bool(err)}
    if sc is not None:
        res["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": res,
            "label": label, "_lang": lang, "_fmt": fmt}


def T(name, description, props=None, required=None, label=0, *, out=None, ann=None, lang="en", place="none"):
    """One tool-DEFINITION case. `props` maps name -> JSON-schema fragment."""
    schema = {"type": "object", "properties": props or {}}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "_lang": lang, "_fmt": place}


def S(desc=None, **kw):
    d = {"type": "string"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def I(desc=None, **kw):
    d = {"type": "integer"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def B(desc=None, **kw):
    d = {"type": "boolean"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def J(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)
