"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON text for a content block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False)


BLOCK = "\n\u00a7\u00a7\n"


def RS(tool, args, summary, obj, label, **kw):
    """Short text block plus the same record as structuredContent."""
    return R(tool, args, summary, label, sc=obj, **kw)


def R(tool, args, text, label, *, lang="en", fmt="text", sc=None, err=False):
    """A tool-result case. `text` is a string or a list of strings (multi-block)."""
    if isinstance(text, list):
        texts = text
    else:
        texts = [t.strip("\n") for t in text.split(BLOCK)] if BLOCK in text else [text]
    res = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(err)}
    if sc is not None:
        res["structuredContent"] = sc
    return {
        "kind": "result",
        "tool": tool,
        "arguments": args,
        "result": res,
        "label": label,
        "_meta": {"lang": lang, "fmt": fmt},
    }


# --- JSON-schema shorthands -------------------------------------------------
def S(desc=None, **kw):
    d = {"type": "string"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def I(desc=None, **kw):
    d = {"type": "integer"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def N(desc=None, **kw):
    d = {"type": "number"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def B(desc=None, **kw):
    d = {"type": "boolean"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def A(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def O(props, required=None, desc=None, **kw):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = list(required)
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def ANN(title=None, ro=None, destructive=None, idem=None, open_world=None, **extra):
    d = {}
    if title is not None:
        d["title"] = title
    if ro is not None:
        d["readOnlyHint"] = ro
    if destructive is not None:
        d["destructiveHint"] = destructive
    if idem is not None:
        d["idempotentHint"] = idem
    if open_world is not None:
        d["openWorldHint"] = open_world
    d.update(extra)
    return d


def T(name, desc, schema, label=0, *, out=None, ann=None, place="none", lang="en"):
    """A tool-definition case. `place` records where a poisoned payload sits."""
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "_meta": {"lang": lang, "fmt": "tool", "place": place}}
