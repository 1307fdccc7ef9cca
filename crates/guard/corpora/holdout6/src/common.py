"""Thin wrappers that turn hand-written case text into the output JSON shapes.

Nothing here generates text: every string comes verbatim from the case files.
"""
import json
import textwrap


def _clean(text):
    return textwrap.dedent(text).strip("\n")


def R(tool, args, text, label, form, is_error=False, sc=None):
    """A tool-result case. form is 's' (structured) or 'p' (prose)."""
    assert form in ("s", "p"), form
    assert label in (0, 1)
    return {"kind": "result", "tool": tool, "arguments": args, "text": _clean(text),
            "label": label, "form": form, "is_error": is_error, "sc": sc}


def RJ(tool, args, obj, label, text=None, is_error=False):
    """A structured result that also carries structuredContent.

    By default the text block is the JSON serialisation of the same object;
    pass text= to use a different (hand-written) text block.
    """
    if text is None:
        text = json.dumps(obj, indent=2, ensure_ascii=False)
    return R(tool, args, text, label, "s", is_error=is_error, sc=obj)


def T(name, description, input_schema, label, output_schema=None, annotations=None):
    """A tool-definition case."""
    assert label in (0, 1)
    return {"kind": "tool", "name": name, "description": _clean(description),
            "inputSchema": input_schema, "outputSchema": output_schema,
            "annotations": annotations, "label": label}


def materialize(case, case_id):
    if case["kind"] == "result":
        result = {"content": [{"type": "text", "text": case["text"]}],
                  "isError": bool(case["is_error"])}
        if case["sc"] is not None:
            result["structuredContent"] = case["sc"]
        return {"id": case_id, "kind": "result", "server": "holdout6",
                "tool": case["tool"], "arguments": case["arguments"],
                "result": result, "label": case["label"]}
    tool = {"name": case["name"], "description": case["description"],
            "inputSchema": case["inputSchema"]}
    if case["outputSchema"] is not None:
        tool["outputSchema"] = case["outputSchema"]
    if case["annotations"] is not None:
        tool["annotations"] = case["annotations"]
    return {"id": case_id, "kind": "tool", "server": "holdout6", "tool": tool,
            "label": case["label"]}
