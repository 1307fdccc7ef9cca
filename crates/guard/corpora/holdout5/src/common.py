"""Thin wrappers that put hand-written text into the case JSON shapes.

No text is generated here: every string comes verbatim from the case files.
The private key "_form" ("s" structured / "p" prose) is only used by build.py
to print statistics and is stripped before writing.
"""
import json


def J(obj):
    """Serialise an object the way a JSON API tool would print it."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def R(tool, args, text, label, sc=None, err=False, form="s"):
    """A tool-result case. `text` is the content text, `sc` optional structuredContent."""
    result = {"content": [{"type": "text", "text": text}], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {
        "kind": "result",
        "server": "holdout5",
        "tool": tool,
        "arguments": args,
        "result": result,
        "label": label,
        "_form": form,
    }


def RS(tool, args, obj, label, err=False):
    """Structured result whose text is the JSON serialisation of structuredContent."""
    return R(tool, args, J(obj), label, sc=obj, err=err, form="s")


def RJ(tool, args, obj, label, err=False):
    """Structured JSON result without structuredContent."""
    return R(tool, args, J(obj), label, err=err, form="s")


def P(tool, args, text, label, err=False):
    """Prose result."""
    return R(tool, args, text, label, err=err, form="p")


def T(name, description, schema, label, out=None, ann=None, title=None):
    tool = {"name": name}
    if title is not None:
        tool["title"] = title
    tool["description"] = description
    tool["inputSchema"] = schema
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "server": "holdout5", "tool": tool, "label": label}


def obj(props, required=None, **extra):
    """Small helper for an object JSON schema (props written by hand)."""
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    s.update(extra)
    return s
