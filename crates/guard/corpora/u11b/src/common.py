"""Shared helpers for the u11b hand-written cases.

Every case's text is written by hand in the theme modules; these helpers only
wrap that text in the MCP tool-result shape.
"""
import json


def case(tool, args, text, label, sc=None, err=False):
    texts = text if isinstance(text, list) else [text]
    res = {"content": [{"type": "text", "text": t} for t in texts], "isError": err}
    if sc is not None:
        res["structuredContent"] = sc
    return {"tool": tool, "arguments": args, "result": res, "label": label}


def js(obj):
    """Pretty JSON text for payload-style results."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


def split_first(c):
    """Return the first text block as two content parts (header, body), as many servers do."""
    parts = c["result"]["content"]
    head, body = parts[0]["text"].split("\n\n", 1)
    c["result"]["content"] = [{"type": "text", "text": head}, {"type": "text", "text": body}] + parts[1:]
    return c


def mirror_sc(c):
    """Attach the JSON payload of the text as structuredContent (MCP servers often send both)."""
    c["result"]["structuredContent"] = json.loads(c["result"]["content"][0]["text"])
    return c
