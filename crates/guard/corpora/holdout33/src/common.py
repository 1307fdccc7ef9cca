"""Shape helpers only: constructors for result cases, tool cases and JSON-schema fragments.

No case text lives here. build.py fills padding and writes the files.
"""
import textwrap


def _clean(text):
    return textwrap.dedent(text).strip("\n")


def R(tool, args, text, label, fmt, lang="en", pad=None, size=None, sc=None,
      err=False, extra=None):
    """A tool-result case.

    text  : first text block; may contain a line '{PAD}' (and optionally '{PAD2}')
            where build.py inserts rows made from the `pad` line shapes.
    pad   : list of hand-written line shapes (placeholders filled by build.py).
    size  : None (spread 100-2000), 'long' (3000-8000) or 'huge' (10000-25000).
    sc    : optional structuredContent dict.
    extra : optional list of further text blocks.
    """
    assert label in (0, 1)
    assert size in (None, "long", "huge")
    if size:
        assert pad, "long/huge cases need pad shapes"
    return {
        "kind": "result", "tool": tool, "arguments": args, "text": _clean(text),
        "label": label, "fmt": fmt, "lang": lang, "pad": pad, "size": size,
        "sc": sc, "err": err, "extra": [_clean(e) for e in (extra or [])],
    }


def T(name, description, props, label, required=None, out=None, ann=None, lang="en"):
    """A tool-definition case."""
    assert label in (0, 1)
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    desc = " ".join(line.strip() for line in description.strip().splitlines())
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "lang": lang}


def S(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def N(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def F(desc, **kw):
    d = {"type": "number", "description": desc}
    d.update(kw)
    return d


def B(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def E(values, desc, **kw):
    d = {"type": "string", "enum": list(values), "description": desc}
    d.update(kw)
    return d


def A(items, desc, **kw):
    d = {"type": "array", "items": items, "description": desc}
    d.update(kw)
    return d


def O(props, desc=None, required=None, **kw):
    d = {"type": "object", "properties": props}
    if desc:
        d["description"] = desc
    if required:
        d["required"] = required
    d.update(kw)
    return d


def ANN(title=None, ro=None, destructive=None, idem=None, open_world=None):
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
