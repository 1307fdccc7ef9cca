"""Shape helpers only. No case content lives here."""
import json


def J(obj):
    """Pretty JSON text, as many APIs return it."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def R(tool, args, blocks, label, lang="en", fmt="text", sc=None, err=False):
    """One tool-result case. blocks: str or list of str (one text block each)."""
    if isinstance(blocks, str):
        blocks = [blocks]
    result = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": int(label), "_lang": lang, "_fmt": fmt}


def P(typ, description=None, **kw):
    """One JSON-schema property."""
    d = {"type": typ}
    if description is not None:
        d["description"] = description
    d.update(kw)
    return d


def T(name, description, properties, required=None, label=0, annotations=None,
      output_schema=None, where="benign", lang="en"):
    """One tool-definition case. `where` records where a poison sits (or 'benign')."""
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if output_schema is not None:
        tool["outputSchema"] = output_schema
    if annotations is not None:
        tool["annotations"] = annotations
    return {"kind": "tool", "tool": tool, "label": int(label), "_lang": lang, "_fmt": where}
