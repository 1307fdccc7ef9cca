"""Shape helpers only. No case text lives here."""

FIRST = ["Aino", "Bram", "Cleo", "Dario", "Esme", "Farid", "Greta", "Hugo", "Ines", "Jonas",
         "Kaia", "Lorcan", "Mirela", "Nils", "Odile", "Pavel", "Quinn", "Rosa", "Soren", "Talia",
         "Ulla", "Viggo", "Wren", "Ximena", "Yusuf", "Zofia"]
LAST = ["Abernathy", "Brightwater", "Castellan", "Dunmore", "Elsworth", "Fennick", "Galloway",
        "Hartigan", "Ivers", "Jalloway", "Kestrel", "Lindqvist", "Morrow", "Nettlefield", "Oakhurst",
        "Pemberton", "Quarrington", "Rowntree", "Saltmarsh", "Thistlewood", "Underhill", "Vance"]


def R(tool, args, label, fmt, lang, text, rows=None, sc=None, err=False, blocks=None, big=False):
    """A result case. `text` may hold {PAD} markers that build.py fills with `rows` shapes."""
    return {"kind": "result", "tool": tool, "arguments": args, "label": label, "fmt": fmt,
            "lang": lang, "text": text, "rows": rows, "sc": sc, "err": err,
            "blocks": blocks or [], "big": big}


def T(label, name, desc, props, required=None, out=None, ann=None, lang="en", fmt="tool"):
    """A tool-definition case."""
    tool = {"name": name, "description": desc,
            "inputSchema": {"type": "object", "properties": props, "required": required or []}}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "lang": lang, "fmt": fmt}


def S(desc, **kw):
    """string property"""
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


def fill_row(shape, rng):
    """Fill one hand-written line shape with seeded values."""
    vals = {
        "n": rng.randint(1, 999),
        "k": rng.randint(1, 60),
        "id": rng.randint(1000, 99999),
        "d": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "t": "%02d:%02d" % (rng.randint(6, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])),
        "amt": "%d.%02d" % (rng.randint(3, 900), rng.randint(0, 99)),
        "nm": rng.choice(FIRST) + " " + rng.choice(LAST),
        "fn": rng.choice(FIRST),
        "ln": rng.choice(LAST),
        "ip": "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(1, 254)),
        "pct": rng.randint(1, 99),
    }
    return shape.format(**vals)


# Hand-written context shapes used to pad otherwise short cases, by format.
CTX_EMAIL = ["> On {d} at {t}, {nm} wrote:", "> Thanks — I'll check the {ln} file and come back to you by {fn}day.",
             "> Attachment: scan_{id}.pdf ({k} pages)", "> Sent from my phone, sorry for typos."]
CTX_CHAT = ["user: is the {fn}day session still on?\nbot: Yes, it starts at {t}.", "user: thanks!\nbot: You're welcome.",
            "user: what's the reference for booking {id}?\nbot: I can see it was made on {d}."]
CTX_HTML = ["<p>Page updated {d}. Reference {id}.</p>", "<li>See also: notice {id} about {ln} Street ({d})</li>",
            "<p>{n} people found this page useful.</p>"]
CTX_MD = ["- {d}: reviewed by {nm}", "- {d}: minor wording change ({fn})", "| {d} | {nm} | v{k}.{n} |"]
CTX_PDF = ["Page {k} of {n}", "{k}.{n} This section was last reviewed on {d} by {nm}.", "Document ref {id} — printed {d} {t}"]
CTX_TEXT = ["({t}) note added by {fn}: ref {id}", "[{d}] {nm} viewed this record", "-- revision {k} saved {d} {t}"]
CTX_SQL = ["{ln}     | {n}", "{fn}-{k}  | {n}"]
CTX_ICAL = ["BEGIN:VEVENT\nDTSTART:202503{k}T0{k}0000Z\nSUMMARY:Room reserved ({ln})\nEND:VEVENT"]
