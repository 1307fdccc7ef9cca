"""Shape helpers only. Cases live in results_*.py / tools_*.py."""


def R(tool, args, text, label, lang="en", fmt="text", rows=None, sc=None,
      err=False, blocks=None, nolong=False):
    """One tool-result case. `text` may contain {PAD} (and {PAD2}) where
    build.py inserts filler rows made from `rows` (hand-written line shapes)."""
    return dict(kind="result", tool=tool, args=args, text=text, label=label,
                lang=lang, fmt=fmt, rows=rows or [], sc=sc, err=err,
                blocks=blocks or [], nolong=nolong)


def p(typ, desc=None, **kw):
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def S(props, required=None):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = list(required)
    return d


def T(name, desc, schema, label, out=None, ann=None):
    t = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return dict(kind="tool", tool=t, label=label)


RO = {"readOnlyHint": True, "openWorldHint": False}
DESTR = {"destructiveHint": True, "readOnlyHint": False}
