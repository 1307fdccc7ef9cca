"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON text for a text block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def R(tool, args, text, label, sc=None, err=False):
    """A tool-result case. `text` is a string or a list of strings (multi-block)."""
    blocks = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result, "label": label}


def S(typ, desc=None, **kw):
    """Small JSON-schema property helper."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def TD(name, desc, props, label, required=None, out=None, ann=None, extra_schema=None):
    """A tool-definition case."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    if extra_schema:
        schema.update(extra_schema)
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label}


def RO(title=None, **kw):
    """Read-only annotation block."""
    a = {}
    if title:
        a["title"] = title
    a.update({"readOnlyHint": True, "destructiveHint": False, "openWorldHint": False})
    a.update(kw)
    return a


def RW(title=None, destructive=False, idempotent=False, open_world=True, **kw):
    a = {}
    if title:
        a["title"] = title
    a.update({"readOnlyHint": False, "destructiveHint": destructive,
              "idempotentHint": idempotent, "openWorldHint": open_world})
    a.update(kw)
    return a


def mirror_json(cases, indices):
    """Shape helper: for the given case indices whose single text block is a JSON object,
    also return that object as structuredContent (as MCP servers commonly do)."""
    for i in sorted(indices):
        r = cases[i]["result"]
        assert "structuredContent" not in r and len(r["content"]) == 1, i
        r["structuredContent"] = json.loads(r["content"][0]["text"])


def extend(cases, i, tool, before=None, after=None, block=False):
    """Shape helper: add hand-written context to case i (guarded by tool name).
    block=False joins the text into the first/last text block; block=True adds separate blocks."""
    c = cases[i]
    assert c["tool"] == tool, (i, c["tool"], tool)
    blocks = c["result"]["content"]
    if block:
        if before:
            blocks.insert(0, {"type": "text", "text": before})
        if after:
            blocks.append({"type": "text", "text": after})
    else:
        if before:
            blocks[0]["text"] = before + "\n" + blocks[0]["text"]
        if after:
            blocks[-1]["text"] = blocks[-1]["text"] + "\n" + after
