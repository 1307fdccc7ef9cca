"""Shape helpers only. No case content lives here."""
import json

FORMATS = {"json", "csv", "tsv", "yaml", "markdown", "html", "email", "chat",
           "pdf", "log", "diff", "sql", "ics", "text", "xml", "kv"}


def js(obj, indent=2):
    """Pretty JSON text for a tool result text block."""
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def jl(*objs):
    """JSON-lines text."""
    return "\n".join(json.dumps(o, ensure_ascii=False) for o in objs)


def R(tool, arguments, content, label, fmt, lang="en", sc=None, err=False):
    """One tool-RESULT case.

    content: a string (one text block) or a list of strings (several blocks).
    sc: optional structuredContent dict. err: isError flag.
    """
    assert fmt in FORMATS, fmt
    assert label in (0, 1)
    blocks = [content] if isinstance(content, str) else list(content)
    result = {"content": [{"type": "text", "text": b} for b in blocks],
              "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"tool": tool, "arguments": arguments, "result": result,
            "label": label, "_lang": lang, "_fmt": fmt}


def S(props, required=None, extra=None):
    """Small JSON-schema object helper."""
    sch = {"type": "object", "properties": props}
    if required:
        sch["required"] = list(required)
    if extra:
        sch.update(extra)
    return sch


def T(name, description, input_schema, label, out=None, ann=None):
    """One tool-DEFINITION case."""
    assert label in (0, 1)
    t = {"name": name, "description": description, "inputSchema": input_schema}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"tool": t, "label": label}


def RO(title=None, **kw):
    """Annotations helper: read-only tool."""
    a = {}
    if title:
        a["title"] = title
    a.update({"readOnlyHint": True, "destructiveHint": False,
              "idempotentHint": True, "openWorldHint": kw.pop("open", False)})
    a.update(kw)
    return a


def RW(title=None, destructive=True, idem=False, open_world=False, **kw):
    """Annotations helper: state-changing tool."""
    a = {}
    if title:
        a["title"] = title
    a.update({"readOnlyHint": False, "destructiveHint": destructive,
              "idempotentHint": idem, "openWorldHint": open_world})
    a.update(kw)
    return a


def mirror_sc(cases, tool, **match):
    """Give one existing case a structuredContent copy of its JSON text block
    (many MCP servers return both). Selects exactly one case by tool + argument values."""
    hits = [c for c in cases if c["tool"] == tool and all(c["arguments"].get(k) == v for k, v in match.items())]
    assert len(hits) == 1, (tool, match, len(hits))
    c = hits[0]
    assert "structuredContent" not in c["result"]
    c["result"]["structuredContent"] = json.loads(c["result"]["content"][0]["text"])
