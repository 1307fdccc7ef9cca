"""Shape helpers only. No case text lives here."""

PAD = "@@PAD@@"


def P(type_, desc=None, **kw):
    """A JSON-schema property."""
    d = {"type": type_}
    if desc is not None:
        d["description"] = desc
    for k, v in kw.items():
        d[k] = v
    return d


def S(props=None, req=None, **kw):
    """A JSON-schema object."""
    d = {"type": "object", "properties": props or {}}
    if req:
        d["required"] = list(req)
    for k, v in kw.items():
        d[k] = v
    return d


def A(title=None, ro=None, destr=None, idem=None, ow=None):
    """MCP tool annotations."""
    d = {}
    if title is not None:
        d["title"] = title
    if ro is not None:
        d["readOnlyHint"] = ro
    if destr is not None:
        d["destructiveHint"] = destr
    if idem is not None:
        d["idempotentHint"] = idem
    if ow is not None:
        d["openWorldHint"] = ow
    return d


def T(server, name, desc, schema=None, out=None, ann=None, label=0, where="description"):
    tool = {"name": name, "description": desc,
            "inputSchema": schema if schema is not None else S()}
    if out is not None:
        tool["outputSchema"] = out
    if ann:
        tool["annotations"] = ann
    return {"kind": "tool", "server": server, "tool": tool, "label": label, "_where": where}


def R(server, tool, args, text, label, fmt, lang="en", sc=None, err=False,
      blocks=None, pad=None, long_ok=False):
    """A tool result. `text` may contain PAD where seeded rows from `pad(rng)` go.
    `blocks` adds extra text blocks after the first. `long_ok` marks cases whose
    payload sits after the PAD marker, so they can be stretched to long buckets."""
    return {"kind": "result", "server": server, "tool": tool, "arguments": args,
            "_text": text, "_blocks": blocks or [], "_sc": sc, "_err": err,
            "label": label, "_fmt": fmt, "_lang": lang, "_pad": pad, "_long": long_ok}
