"""Shape helpers only. No case text lives here.

Payload markers: label-1 cases wrap the injected instruction in PL ... PR
(the build strips the markers and records where the payload sat).
Padding markers: "{PAD}" (and optionally "{PAD2}") inside a text block, or the
string "__PAD__" as an item of a list inside a JSON template, mark where the
build may insert extra rows built from a pad pool.
"""
import json

PL = "\u27ea"  # payload start marker
PR = "\u27eb"  # payload end marker
PAD = "{PAD}"
PAD2 = "{PAD2}"
JPAD = "__PAD__"


class ChatText(str):
    """A rendered chat transcript that remembers its lines, line shape and speakers,
    so the build can insert pad rows between turns (auto-padding)."""


def C(tool, args, text, label, lang="en", fmt="chat", pad=None, sc=None,
      err=False, long_ok=False, autopad=True, head=None):
    """One result case.

    tool   snake_case tool name
    args   dict of tool arguments
    text   str (one block), list of str (several blocks), or dict/list (a JSON
           template rendered with indent=2)
    sc     None, "mirror" (structuredContent = the JSON template), or a dict
    pad    None or dict(pool=..., fmt=..., row=..., u=..., b=...)
    head   optional first content block (file info, session header) before the text
    """
    auto = None
    if (autopad and pad is None and isinstance(text, ChatText)
            and PAD not in text and len(text.whos) >= 1
            and not any(ch.isdigit() for w in text.whos for ch in w)):
        auto = {"items": list(text.items), "line": text.line, "sep": text.sep,
                "whos": list(text.whos), "roles": list(text.roles)}
    return {
        "tool": tool, "args": args,
        "text": str(text) if isinstance(text, ChatText) else text, "label": label,
        "lang": lang, "fmt": fmt, "pad": pad, "sc": sc, "err": err,
        "long_ok": long_ok, "auto": auto, "head": head,
    }


def chat(turns, line="{who}: {msg}", sep="\n"):
    """Render (who, msg) pairs with a line shape. A bare string is kept as is."""
    out, whos, roles = [], [], []
    for t in turns:
        if isinstance(t, str):
            out.append(t)
            roles.append(None)
        else:
            who, msg = t[0], t[1]
            extra = t[2] if len(t) > 2 else {}
            out.append(line.format(who=who, msg=msg, **extra))
            roles.append(who)
            if who not in whos:
                whos.append(who)
    s = ChatText(sep.join(out))
    s.items, s.line, s.sep, s.whos, s.roles = out, line, sep, whos, roles
    return s


def email(frm, to, subject, date, body, extra=None):
    head = ["From: " + frm, "To: " + to, "Date: " + date, "Subject: " + subject]
    for k, v in (extra or {}).items():
        head.append(k + ": " + v)
    return "\n".join(head) + "\n\n" + body.strip("\n")


def csv_rows(header, rows, sep=","):
    def cell(v):
        v = str(v)
        if sep == "," and ("," in v or '"' in v or "\n" in v):
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [sep.join(header)]
    for r in rows:
        if isinstance(r, str):
            lines.append(r)
        else:
            lines.append(sep.join(cell(x) for x in r))
    return "\n".join(lines)


def yaml_block(s):
    return s.strip("\n")


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)
