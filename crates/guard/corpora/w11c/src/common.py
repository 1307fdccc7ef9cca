"""Shape helpers only. No case content lives here."""
import json

SERVER = "w11c"


def J(obj):
    """Pretty JSON text for a text block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def R(tool, args, blocks, label, *, err=False, sc=None, lang="en", fmt="text"):
    """One tool-result case. blocks: str or list of str."""
    if isinstance(blocks, str):
        blocks = [blocks]
    result = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"tool": tool, "arguments": args, "result": result, "label": int(label),
            "_lang": lang, "_fmt": fmt}


def P(typ, desc=None, **kw):
    """A JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def S(props=None, required=None, **kw):
    s = {"type": "object", "properties": props or {}}
    if required:
        s["required"] = list(required)
    s.update(kw)
    return s


def TOOL(name, desc, props=None, required=None, label=0, *, out=None, ann=None,
         lang="en", where="none", extra_schema=None):
    schema = S(props, required)
    if extra_schema:
        schema.update(extra_schema)
    t = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"tool": t, "label": int(label), "_lang": lang, "_fmt": "tool", "_where": where}


def ANN(title=None, ro=None, destructive=None, idem=None, open_world=None, **extra):
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
