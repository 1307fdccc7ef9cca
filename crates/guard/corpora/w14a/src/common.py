"""Shape helpers only. Cases are written by hand in tools_*.py and results_*.py."""
import json

TOOLS = []
RESULTS = []


def p(typ, desc=None, **kw):
    """One JSON-schema property."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def obj(props=None, req=None, desc=None, **kw):
    d = {"type": "object", "properties": props or {}}
    if req:
        d["required"] = list(req)
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def arr(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def ann(title=None, ro=None, destructive=None, idem=None, open_world=None):
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
    return a


def tool(src, server, name, desc, props=None, req=None, label=0, out=None, annotations=None, schema=None):
    t = {"name": name, "description": desc,
         "inputSchema": schema if schema is not None else obj(props, req)}
    if out is not None:
        t["outputSchema"] = out
    if annotations:
        t["annotations"] = annotations
    TOOLS.append({"src": src, "server": server, "tool": t, "label": label})


def result(src, server, name, args, text, label=0, lang="en", fmt="text", pad=None,
           sc=None, err=False, extra_blocks=None):
    """text may hold the marker {{PAD}}; build.py fills it with rows of the named pad shape."""
    RESULTS.append({"src": src, "server": server, "tool": name, "arguments": args,
                    "text": text, "label": label, "lang": lang, "fmt": fmt, "pad": pad,
                    "sc": sc, "err": err, "extra_blocks": extra_blocks or []})


def js(o):
    return json.dumps(o, ensure_ascii=False, indent=2)
