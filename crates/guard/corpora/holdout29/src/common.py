"""Shape helpers only: build case dicts and schema fragments."""


def R(tool, args, text, label, fmt="text", lang="en", pad=None, sc=None,
      err=False, extra=None, pos="mid"):
    """A tool-result case. `text` may hold one or more {PAD} markers where
    build.py inserts filler lines from `pad` (see P). `pos` is where a
    label-1 payload sits (start/mid/end); long targets skip 'start'."""
    return dict(kind="result", tool=tool, arguments=args, text=text,
                label=label, fmt=fmt, lang=lang, pad=pad, sc=sc, err=err,
                extra=list(extra or []), pos=pos)


def P(*shapes, joiner="\n"):
    """Filler spec: hand-written line shapes (callables taking an RNG)."""
    return dict(shapes=list(shapes), joiner=joiner)


def T(name, description, props, label, required=None, out=None, ann=None,
      lang="en", server=None):
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return dict(kind="tool", tool=tool, label=label, lang=lang, server=server)


def s(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def i(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def b(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def arr(desc, items=None, **kw):
    d = {"type": "array", "description": desc, "items": items or {"type": "string"}}
    d.update(kw)
    return d


def obj(props, desc=None, **kw):
    d = {"type": "object", "properties": props}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def ro(title=None):
    a = {"readOnlyHint": True, "openWorldHint": False}
    if title:
        a["title"] = title
    return a


def rw(title=None, destructive=False):
    a = {"readOnlyHint": False, "destructiveHint": destructive}
    if title:
        a["title"] = title
    return a
