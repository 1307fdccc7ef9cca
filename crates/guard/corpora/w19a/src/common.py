"""Shape helpers only. Cases are written by hand in results_*.py."""
import json

PAD = "@@PAD@@"  # a line of its own inside a text block; build.py replaces it with padding rows


def shape(fmt, **fields):
    """A hand-written line shape; fields are lists (choice) or callables(rng)."""
    def make(rng):
        vals = {}
        for k, v in fields.items():
            vals[k] = v(rng) if callable(v) else rng.choice(v)
        return fmt.format(**vals)
    return make


def num(a, b):
    return lambda r: r.randint(a, b)


def money(a, b):
    return lambda r: "%d.%02d" % (r.randint(a, b), r.randint(0, 99))


def hhmm():
    return lambda r: "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def day(month="2026-11"):
    return lambda r: "%s-%02d" % (month, r.randint(1, 28))


def ip():
    return lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))


def R(server, tool, args, text, label, fmt, lang="en", pad=None, long_ok=False,
      err=False, sc=None, blocks=None):
    """A text result. `blocks` (list of str) makes a multi-block result; PAD may sit in any block."""
    return {"server": server, "tool": tool, "args": args, "blocks": blocks or [text],
            "label": label, "fmt": fmt, "lang": lang, "pad": pad, "long_ok": long_ok,
            "err": err, "sc": sc, "json": None}


def RJ(server, tool, args, obj, label, lang="en", path=None, pad=None, summary=None,
       long_ok=False, err=False, as_sc=True, indent=2, fmt="json"):
    """A JSON result. Padding appends items to the list at obj[path...].
    With `summary`, the text block is that summary and the object travels only as structuredContent."""
    return {"server": server, "tool": tool, "args": args, "blocks": None, "label": label,
            "fmt": fmt if summary is None else fmt + "+sc-only", "lang": lang, "pad": pad,
            "long_ok": long_ok, "err": err, "sc": None,
            "json": {"obj": obj, "path": path or [], "summary": summary, "as_sc": as_sc,
                     "indent": indent}}
