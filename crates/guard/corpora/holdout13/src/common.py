"""Shape helpers only. No case content lives here."""
import json


def T(s):
    return {"type": "text", "text": s}


def J(o):
    return json.dumps(o, indent=2, ensure_ascii=False)


def Jc(o):
    return json.dumps(o, ensure_ascii=False)


def R(tool, args, body, label, lang="en", fmt="text", err=False, sc=None):
    """One tool-result case. body: str or list of str (multi-block)."""
    blocks = [T(body)] if isinstance(body, str) else [T(b) for b in body]
    result = {"content": blocks, "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"_lang": lang, "_fmt": fmt, "tool": tool, "arguments": args,
            "result": result, "label": label}


def P(typ, desc=None, **kw):
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def S(props, req=None, **kw):
    d = {"type": "object", "properties": props}
    if req:
        d["required"] = list(req)
    d.update(kw)
    return d


def TL(name, desc, schema, label, out=None, ann=None, lang="en", where="none"):
    """One tool-definition case. where: location of payload (metadata only)."""
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"_lang": lang, "_fmt": where, "tool": tool, "label": label}
