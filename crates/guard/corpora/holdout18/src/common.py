"""Shape helpers only. No case content lives here."""
import json


def J(obj, indent=2):
    """Serialise a hand-written object the way a JSON-returning tool would."""
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def R(tool, args, text, label, lang="en", fmt="text", sc=None, err=False):
    """A tool-result case. `text` may be a str (one block) or a list (multi-block)."""
    texts = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": result,
            "label": int(label), "_lang": lang, "_fmt": fmt}


def P(typ, desc=None, **extra):
    """A JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(extra)
    return d


def S(props, required=None, **extra):
    """A JSON-schema object for inputSchema / outputSchema."""
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = list(required)
    d.update(extra)
    return d


def T(name, description, schema, label, out=None, ann=None, lang="en"):
    """A tool-definition case."""
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": int(label), "_lang": lang,
            "_fmt": "tool-definition"}


def case_length(case):
    """Characters of text the detector sees: all text blocks plus serialised
    structuredContent for results; the serialised tool object for tools."""
    if case["kind"] == "result":
        n = sum(len(b["text"]) for b in case["result"]["content"])
        if "structuredContent" in case["result"]:
            n += len(json.dumps(case["result"]["structuredContent"], ensure_ascii=False))
        return n
    return len(json.dumps(case["tool"], ensure_ascii=False))


def mirror_sc(case):
    """Also return a JSON text result as structuredContent (as many servers do)."""
    text = case["result"]["content"][0]["text"]
    case["result"]["structuredContent"] = json.loads(text)
    return case
