"""Shape helpers only. No case content lives here."""
import json


def T(s):
    return {"type": "text", "text": s}


def J(obj):
    """Pretty JSON text for text blocks."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def res(tool, args, text, label, lang="en", fmt="text", sc=None, err=False):
    """One tool-RESULT case. `text` is a str or a list of str (multi-block)."""
    blocks = [T(text)] if isinstance(text, str) else [T(t) for t in text]
    result = {"content": blocks, "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"_lang": lang, "_fmt": fmt, "tool": tool, "arguments": args,
            "result": result, "label": label}


def P(typ, desc=None, **kw):
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def obj(props, required=None, **kw):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = required
    d.update(kw)
    return d


def tool(name, desc, props, label, required=None, out=None, ann=None,
         lang="en", where="none"):
    """One tool-DEFINITION case. `where` records where a payload sits (meta only)."""
    t = {"name": name, "description": desc, "inputSchema": obj(props, required)}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"_lang": lang, "_fmt": "tool-def:" + where, "tool": t, "label": label}


def jres(tool, args, obj, label, **kw):
    """JSON result returned both as text and as structuredContent (lists wrapped as {"items": [...]})."""
    sc = obj if isinstance(obj, dict) else {"items": obj}
    return res(tool, args, J(obj), label, sc=sc, **kw)


def split_first_blank(case):
    """Shape transform: split a single text block at its first blank line into two blocks (headers / body)."""
    t = case["result"]["content"][0]["text"]
    head, body = t.split("\n\n", 1)
    case["result"]["content"] = [T(head), T(body)] + case["result"]["content"][1:]
    return case
