"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON text as an API would return it."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def block(t):
    return {"type": "text", "text": t}


def R(tool, args, content, label, lang="en", fmt="text", sc=None, err=False):
    """A tool-result case. content: str or list of str/blocks."""
    if isinstance(content, str):
        blocks = [block(content)]
    else:
        blocks = [block(c) if isinstance(c, str) else c for c in content]
    res = {"content": blocks, "isError": bool(err)}
    if sc is not None:
        res["structuredContent"] = sc
    return {"tool": tool, "arguments": args, "result": res, "label": label,
            "_lang": lang, "_fmt": fmt}


def T(name, desc, props, label, required=None, out=None, ann=None,
      where="none", lang="en"):
    """A tool-definition case. where: location of the payload (poisoned) or 'none'."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": label, "_where": where, "_lang": lang}


def S(desc=None, **kw):
    d = {"type": "string"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def N(desc=None, typ="number", **kw):
    d = {"type": typ}
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
