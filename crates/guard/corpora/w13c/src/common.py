"""Shape helpers only. Cases are written by hand in results_*.py / tools_*.py.

Text conventions used by build.py:
  {PAD}          where format-fitting filler rows are inserted to reach a target length
  \u27e6 ... \u27e7  marks the injected payload (label 1 only); stripped at build time,
                 used only to report payload position.
"""


def R(tool, args, text, label, fmt, lang="en", pad=None, err=False, sc=None, blocks=None):
    """A tool-result case. blocks: extra text blocks after the main one. sc: structuredContent."""
    return {"kind": "result", "tool": tool, "args": args, "text": text, "label": label,
            "fmt": fmt, "lang": lang, "pad": pad, "err": err, "sc": sc, "blocks": blocks or []}


def P(typ, desc=None, **kw):
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, desc, props, label, required=None, out=None, ann=None):
    """A tool-definition case."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label}


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
