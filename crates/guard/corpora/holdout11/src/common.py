"""Small constructors for hand-written cases. No templating of content happens here."""
import json


def J(obj):
    """Pretty JSON text for a text block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def R(tool, args, text, label, *, sc=None, err=False, lang="en", fmt="s"):
    """A tool-result case. text may be a string or a list of 1-3 strings.
    fmt: 's' structured (JSON/CSV/YAML/log/HTML/diff/table) or 'p' prose."""
    blocks = [text] if isinstance(text, str) else list(text)
    res = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        res["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": res,
            "label": label, "_lang": lang, "_fmt": fmt}


def T(name, description, schema, label, *, out=None, ann=None, title=None, lang="en"):
    """A tool-definition case."""
    tool = {"name": name}
    if title is not None:
        tool["title"] = title
    tool["description"] = description
    tool["inputSchema"] = schema
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "_lang": lang}


def obj(props, required=None, **kw):
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    s.update(kw)
    return s
