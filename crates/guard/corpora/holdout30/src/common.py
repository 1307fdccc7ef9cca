"""Shape helpers only. No case text lives here."""
import json

PAD = "\u00a7PAD\u00a7"    # where build.py inserts padding rows
PAD2 = "\u00a7PAD2\u00a7"  # optional second insertion point (rows alternate between the two)


def R(tool, arguments, text, label, lang="en", fmt="text", sc=None, err=False,
      extra=None, pad=None, sep="\n", size=None):
    """One tool-result case.

    text   first text block; may contain PAD / PAD2 markers
    sc     structuredContent dict, or "PARSE" to use json.loads(final first block)
    extra  further text blocks (multi-block results)
    pad    row shape: callable(rng, i) -> str, used to fill the markers
    size   None (build.py spreads it over 100-2000), "L" (3000-8000) or "XL" (10000-25000)
    """
    if (PAD in text) != (pad is not None):
        raise ValueError("pad marker and pad row shape must come together: %s" % tool)
    return {"kind": "result", "tool": tool, "arguments": arguments, "text": text,
            "label": label, "lang": lang, "fmt": fmt, "sc": sc, "err": err,
            "extra": list(extra or []), "pad": pad, "sep": sep, "size": size}


def J(obj, indent=2):
    """Pretty JSON text; a list element equal to PAD/PAD2 becomes a bare marker."""
    s = json.dumps(obj, indent=indent, ensure_ascii=False)
    return s.replace('"%s"' % PAD, PAD).replace('"%s"' % PAD2, PAD2)


def row(obj):
    """Compact JSON for one padding row."""
    return json.dumps(obj, ensure_ascii=False)


def T(name, description, props, label, required=None, output=None, ann=None, lang="en",
      extra_schema=None):
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    if extra_schema:
        schema.update(extra_schema)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if output is not None:
        tool["outputSchema"] = output
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "lang": lang}


def S(desc=None, **kw):
    d = {"type": "string"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def I(desc=None, **kw):
    d = {"type": "integer"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def N(desc=None, **kw):
    d = {"type": "number"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def B(desc=None, **kw):
    d = {"type": "boolean"}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def A(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def O(props, desc=None, required=None, **kw):
    d = {"type": "object", "properties": props}
    if desc is not None:
        d["description"] = desc
    if required:
        d["required"] = required
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
