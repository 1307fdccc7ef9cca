"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON text for a text block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def R(tool, args, texts, label, sc=None, err=False, lang="en", fmt="text"):
    """One tool-result case. texts: str or list of str (multi-block)."""
    if isinstance(texts, str):
        texts = [texts]
    result = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    assert label in (0, 1)
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": label, "_lang": lang, "_fmt": fmt}


def P(desc, type_="string", **kw):
    """A JSON-schema property."""
    d = {"type": type_}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, description, props, label, required=None, out=None, ann=None, lang="en", where="none"):
    """One tool-definition case. where: location of the payload (for poisoned tools)."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    assert label in (0, 1)
    return {"kind": "tool", "tool": tool, "label": label, "_lang": lang, "_fmt": where}
