"""Shape helpers only. Every case text lives in the results_*.py / tools_*.py files."""


def maker(server, source):
    """Return (R, T) constructors bound to one server name and source file."""

    def R(tool, args, text=None, label=0, lang="en", fmt="plain", blocks=None,
          sc=None, err=False, pad=None, size=None):
        if blocks is None:
            blocks = [text]
        if isinstance(pad, list):
            pad = {"rows": pad, "sep": "\n"}
        return {
            "kind": "result", "server": server, "tool": tool, "arguments": args,
            "blocks": list(blocks), "sc": sc, "err": err, "label": label,
            "lang": lang, "fmt": fmt, "pad": pad, "size": size, "source": source,
        }

    def T(name, description, input_schema, label=0, out=None, ann=None, lang="en"):
        tool = {"name": name, "description": description, "inputSchema": input_schema}
        if out is not None:
            tool["outputSchema"] = out
        if ann is not None:
            tool["annotations"] = ann
        return {"kind": "tool", "server": server, "tool": tool, "label": label,
                "lang": lang, "fmt": "tool", "source": source}

    return R, T


def obj(props, req=None, **extra):
    d = {"type": "object", "properties": props}
    if req:
        d["required"] = list(req)
    d.update(extra)
    return d


def s(desc=None, **kw):
    d = {"type": "string"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def i(desc=None, **kw):
    d = {"type": "integer"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def b(desc=None, **kw):
    d = {"type": "boolean"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def arr(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def ann(title=None, ro=None, destructive=None, idem=None, open_world=None):
    d = {}
    if title is not None:
        d["title"] = title
    if ro is not None:
        d["readOnlyHint"] = ro
    if destructive is not None:
        d["destructiveHint"] = destructive
    if idem is not None:
        d["idempotentHint"] = idem
    if open_world is not None:
        d["openWorldHint"] = open_world
    return d


def add_context(cases, ctx):
    """Give each case without its own pad rows a context section fitting its format.

    ctx maps a format name to {"mode": "append" | "prepend" | "before:<text>", "head": str,
    "rows": [row shapes], "tail": str}. Head and tail appear only if at least one row is added.
    Error results, JSON/CSV-like formats and non-English chat transcripts are left alone.
    """
    for c in cases:
        if c["kind"] != "result" or c["pad"] is not None or c["size"] is not None or c["err"]:
            continue
        if c["fmt"] == "chat" and c["lang"] != "en":
            continue
        spec = ctx.get(c["fmt"])
        if spec is None:
            continue
        mode = spec["mode"]
        blocks = c["blocks"]
        if mode == "prepend":
            blocks[0] = "{{PAD}}" + blocks[0]
        elif mode.startswith("before:"):
            anchor = mode[len("before:"):]
            k = len(blocks) - 1
            if anchor in blocks[k]:
                pos = blocks[k].rfind(anchor)
                blocks[k] = blocks[k][:pos] + "{{PAD}}" + blocks[k][pos:]
            else:
                blocks[k] = blocks[k] + "{{PAD}}"
        else:
            k = len(blocks) - 1
            blocks[k] = blocks[k].rstrip("\n") + "{{PAD}}"
        head = spec.get("head", "")
        if mode == "append" and not head.startswith("\n"):
            head = "\n" + head
        c["pad"] = {"rows": spec["rows"], "sep": "\n", "head": head,
                    "tail": spec.get("tail", "")}
