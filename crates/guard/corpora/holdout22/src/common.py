"""Shape helpers only. Cases are hand-written in results_*.py / tools_*.py."""
import re

PAD = "@@PAD@@"      # marker inside a text block where generated rows are inserted
ROWS = "@@ROWS@@"    # marker value inside a JSON object: replaced by a list of generated row dicts


def R(tool, args, text, label, fmt, lang="en", rows=None, pos="e", struct=None,
      err=False, extra=None):
    """A tool-result case.
    text   : str (may contain PAD once) or dict (serialized as JSON text; may hold ROWS)
    rows   : list of row templates (str for text PAD, dict for ROWS)
    pos    : where the payload sits relative to the padding: 's' before it, 'e' after it
    struct : optional structuredContent dict (may hold ROWS)
    extra  : optional list of further text blocks
    """
    return dict(kind="result", tool=tool, args=args, text=text, label=label, fmt=fmt,
                lang=lang, rows=rows, pos=pos, struct=struct, err=err, extra=extra or [])


def T(name, desc, props, label, required=None, out=None, ann=None, lang="en", fmt="tool"):
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return dict(kind="tool", tool=tool, label=label, lang=lang, fmt=fmt)


def S(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def N(desc, **kw):
    d = {"type": "number", "description": desc}
    d.update(kw)
    return d


def I(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def B(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


_TOK = re.compile(r"<<([a-zA-Z]):?([^<>]*)>>")


def fill(tpl, rng, n):
    """Fill a row template: <<i:a:b>> int, <<f:a:b:d>> float, <<c:x|y>> choice, <<d>> date,
    <<t>> time, <<h:k>> hex, <<A:k>> capitals, <<n>> running row number."""
    def rep(m):
        k, a = m.group(1), m.group(2)
        if k == "i":
            lo, hi = a.split(":")
            return str(rng.randint(int(lo), int(hi)))
        if k == "f":
            lo, hi, dp = a.split(":")
            return f"{rng.uniform(float(lo), float(hi)):.{int(dp)}f}"
        if k == "c":
            return rng.choice(a.split("|"))
        if k == "d":
            return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if k == "t":
            return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        if k == "h":
            return "".join(rng.choice("0123456789ABCDEF") for _ in range(int(a)))
        if k == "A":
            return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(int(a)))
        if k == "n":
            return str(n)
        raise ValueError(m.group(0))
    while True:  # innermost first, so templates may nest
        out = _TOK.sub(rep, tpl)
        if out == tpl:
            return out
        tpl = out


_NUM = re.compile(r"^-?\d+(\.\d+)?$")


def fill_obj(tpl, rng, n):
    if isinstance(tpl, dict):
        return {k: fill_obj(v, rng, n) for k, v in tpl.items()}
    if isinstance(tpl, list):
        return [fill_obj(v, rng, n) for v in tpl]
    if isinstance(tpl, str):
        s = fill(tpl, rng, n)
        if s != tpl and _NUM.match(s) and not s.startswith("0") or s == "0":
            return float(s) if "." in s else int(s)
        return s
    return tpl


# Context rows used by build.py to pad cases that have no hand-placed padding point.
# Same shapes for both labels; appended after the hand-written body (or before a closing tag).
CONTEXT = {
    "email": ["", "-----Original message-----",
              "> On <<d>> at <<t>>, <<c:Dana|Kim|Lee|Omar|Priya|Marta|Sven>> wrote:\n>> <<c:Thanks, noted.|Can you confirm the date?|Attached the updated file.|I will check and come back to you.|See my comments below.|Agreed, let's keep it as planned.|Adding the others for visibility.>>"],
    "text": ["", "Document control", "  <<d>>  rev <<i:1:9>>  <<c:created|reviewed|filed|scanned|distributed>>  (<<A:2>>)"],
    "pdf_text": ["", "--- page footer ---", "  Doc <<A:3>>-<<i:1000:9999>>  rev <<i:1:9>>  printed <<d>> <<t>>  page <<n>>"],
    "markdown": ["", "### Revision history", "| date | by | change |", "|---|---|---|",
                 "| <<d>> | <<A:2>> | <<c:typo fix|table updated|links refreshed|formatting|section reordered|review comments addressed>> |"],
    "chat": ["", "--- earlier in this export ---", "[<<t>>] <<c:user joined|user left|message deleted by author|file shared: photo_<<i:100:999>>.jpg|reaction added>>"],
    "yaml": ["# revision history", "#   <<d>> <<A:2>> rev <<i:1:40>>"],
    "ical": ["BEGIN:VEVENT\nUID:ctx-<<h:8>>@calendar.example.org\nDTSTART:2025<<i:10:12>><<i:10:28>>T0<<i:7:9>>0000\nSUMMARY:<<c:Team stand-up|Weekly review|Planning slot|Training block|Supplier call>>\nEND:VEVENT"],
    "html": ["<footer><p>Page generated <<d>> <<t>> · build <<h:7>> · <a href=\"https://www.example.com/help\">Help</a></p></footer>"],
}
CONTEXT_NEUTRAL = {
    "email": ["", "--", "Ref: <<A:3>>-<<i:1000:9999>> / <<d>> <<t>>"],
    "text": ["", "----", "  <<d>>  <<A:3>>-<<i:1000:9999>>  rev <<i:1:9>>"],
    "pdf_text": ["", "----", "  <<A:3>>-<<i:1000:9999>>  rev <<i:1:9>>  <<d>> <<t>>  p. <<n>>"],
    "chat": ["", "----", "[<<d>> <<t>>] ✓"],
}
