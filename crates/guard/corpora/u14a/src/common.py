"""Shape helpers only. Cases are hand-written in results_*.py."""
import json
import re

PAD = "\u27e6PAD\u27e7"  # marker where build.py inserts padding rows of the case's pad kind


def R(tool, args, text, label, fmt, lang="en", pad=None, sc=None, err=False,
      blocks=None, long=False):
    """One result case.

    tool/args: the tool call that produced the result.
    text: first text block; may contain PAD markers.
    fmt: prose|chat|markdown|email|json|csv|yaml|log|html (for tables only).
    lang: ISO code of the dominant language (for tables only).
    pad: name of a pad kind in pads.py, or None (no padding).
    sc: optional structuredContent dict.
    blocks: optional extra text blocks (not padded).
    long: pad to 3000-6000 characters instead of the 100-2000 spread.
    """
    assert label in (0, 1)
    assert isinstance(args, dict)
    return {"tool": tool, "args": args, "text": text, "label": label, "fmt": fmt,
            "lang": lang, "pad": pad, "sc": sc, "err": err, "blocks": list(blocks or []),
            "long": long}


def jtext(obj, indent=2):
    """JSON text; a list element equal to PAD becomes an insertion point."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    return re.sub(r'"' + PAD + r'",\s*', PAD, s)


def csv_text(header, rows, sep=","):
    out = [sep.join(header)]
    for r in rows:
        if r == PAD:
            out.append(PAD.rstrip("\n"))
            continue
        cells = []
        for c in r:
            c = str(c)
            if sep == "," and ("," in c or '"' in c or "\n" in c):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    s = "\n".join(out) + "\n"
    return s.replace(PAD + "\n", PAD)
