"""Thin wrappers that put hand-written case text into the holdout7 JSON shapes.

Nothing here generates content: every text, argument dict and structured object
is written by hand in the r_*.py / t_*.py modules.
"""
import json

SERVER = "holdout7"


def R(tool, args, text, label, fmt, sc=None, err=False):
    """A tool-result case. fmt is 's' (structured output) or 'p' (prose)."""
    assert fmt in ("s", "p")
    assert label in (0, 1)
    return {"tool": tool, "arguments": args, "text": text, "label": label,
            "fmt": fmt, "sc": sc, "err": err}


def RJ(tool, args, obj, label, sc=True, err=False):
    """Structured result whose text is the JSON serialisation of obj.
    If sc is True the same object is also attached as structuredContent."""
    text = json.dumps(obj, indent=2, ensure_ascii=False)
    return R(tool, args, text, label, "s", obj if sc else None, err)


def RS(tool, args, summary, obj, label, err=False):
    """Structured result whose text is a short hand-written summary and whose
    structuredContent is obj (which may differ from the summary)."""
    return R(tool, args, summary, label, "s", obj, err)


def T(name, description, input_schema, label, out=None, ann=None):
    """A tool-definition case."""
    assert label in (0, 1)
    tool = {"name": name, "description": description, "inputSchema": input_schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": label}


def obj(props, required=None):
    """Shorthand for a JSON-schema object."""
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    return s


def to_result_record(case):
    result = {"content": [{"type": "text", "text": case["text"]}],
              "isError": bool(case["err"])}
    if case["sc"] is not None:
        result["structuredContent"] = case["sc"]
    return {"kind": "result", "server": SERVER, "tool": case["tool"],
            "arguments": case["arguments"], "result": result,
            "label": case["label"]}


def to_tool_record(case):
    return {"kind": "tool", "server": SERVER, "tool": case["tool"],
            "label": case["label"]}
