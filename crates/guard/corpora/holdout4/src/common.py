"""Thin wrappers that put hand-written case text into the evaluation JSON shapes.

Nothing here generates text: every string passed to R/RJ/T is written by hand
in the r_*.py / t_*.py source files.
"""
import json


def _t(s):
    return s.strip("\n")


def R(tool, args, text, label, fmt, sc=None, err=False):
    """A tool-result case. fmt is 'structured' or 'prose' (bookkeeping only)."""
    assert fmt in ("structured", "prose"), fmt
    assert label in (0, 1)
    return {"kind": "result", "tool": tool, "arguments": args, "text": _t(text),
            "label": label, "fmt": fmt, "sc": sc, "err": err}


def RJ(tool, args, obj, label, err=False):
    """Structured result whose text is the JSON serialisation of structuredContent."""
    return R(tool, args, json.dumps(obj, indent=2, ensure_ascii=False), label,
             "structured", sc=obj, err=err)


def T(name, description, schema, label, out=None, ann=None):
    """A tool-definition case."""
    assert label in (0, 1)
    return {"kind": "tool", "name": name, "description": _t(description),
            "inputSchema": schema, "label": label, "out": out, "ann": ann}


def S(props, required=None, **extra):
    """Object schema wrapper."""
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = required
    d.update(extra)
    return d


def P(typ, desc=None, **kw):
    """Property schema wrapper."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d
