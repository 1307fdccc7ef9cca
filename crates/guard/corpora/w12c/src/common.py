"""Shape helpers only. No case content lives here."""
import json

SERVER = "w12c"


def J(obj):
    """Pretty JSON text for a result block."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def md_table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def csv_text(headers, rows, sep=","):
    out = [sep.join(headers)]
    for r in rows:
        out.append(sep.join(str(c) for c in r))
    return "\n".join(out)


def R(tool, args, text, label, sc=None, err=False, lang="en", fmt="text"):
    """One tool-result case. text may be a str or a list of str (multi-block)."""
    blocks = text if isinstance(text, list) else [text]
    result = {"content": [{"type": "text", "text": b} for b in blocks], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"tool": tool, "arguments": args, "result": result, "label": int(label),
            "_lang": lang, "_fmt": fmt}


def T(name, description, props, label, required=None, out=None, ann=None, fmt="tool"):
    """One tool-definition case."""
    tool = {"name": name, "description": description,
            "inputSchema": {"type": "object", "properties": props, "required": required or []}}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": int(label), "_lang": "en", "_fmt": fmt}


def S(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def I(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def B(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def A(desc, items=None, **kw):
    d = {"type": "array", "description": desc, "items": items or {"type": "string"}}
    d.update(kw)
    return d


def ann(title=None, ro=None, destructive=None, idem=None, open_world=None, **extra):
    a = {}
    if title is not None:
        a["title"] = title
    if ro is not None:
        a["readOnlyHint"] = ro
    if destructive is not None:
        a["destructiveHint"] = destructive
    if idem is not None:
        a["idempotentHint"] = idem
    if open_world is not None:
        a["openWorldHint"] = open_world
    a.update(extra)
    return a


def mirror_json(cases, every=2, max_len=1000):
    """MCP servers that return structured output usually also return the same object
    serialised as text. Mirror every `every`-th eligible single-block JSON result into
    structuredContent (deterministic; order of the hand-written list decides)."""
    n = 0
    for c in cases:
        res = c["result"]
        if "structuredContent" in res or len(res["content"]) != 1:
            continue
        t = res["content"][0]["text"]
        if len(t) >= max_len or not t.lstrip().startswith("{"):
            continue
        try:
            obj = json.loads(t)
        except ValueError:
            continue
        if not isinstance(obj, dict):
            continue
        n += 1
        if n % every == 0:
            res["structuredContent"] = obj
    return cases


def extend_tool(tools, name, props=None, prefix=None, suffix=None, out=None, annotations=None):
    """Add hand-written extra properties / description text / schemas to an already defined tool."""
    for c in tools:
        t = c["tool"]
        if t["name"] != name:
            continue
        if props:
            t["inputSchema"]["properties"].update(props)
        if prefix:
            t["description"] = prefix + " " + t["description"]
        if suffix:
            t["description"] = t["description"] + suffix
        if out is not None:
            t["outputSchema"] = out
        if annotations is not None:
            t["annotations"] = annotations
        return
    raise KeyError(name)
