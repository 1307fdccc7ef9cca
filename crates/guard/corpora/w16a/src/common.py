"""Shape helpers for the w16a set. No case text lives here, only builders and
seeded value helpers used by the hand-written row shapes in results_*.py."""
import json
import re

PAD = "<<PAD>>"
PAD2 = "<<PAD2>>"


class Pad:
    """Where bulk rows go. `row(rng, i)` is a hand-written line shape that
    returns one row; build.py repeats it until the case reaches its target
    length. pre/sep/post frame the inserted rows; nothing is inserted when the
    case is already long enough. With two markers, `split` of the missing
    length goes to <<PAD>> and the rest to <<PAD2>>."""

    def __init__(self, row, sep="\n", pre="\n", post="", split=0.7):
        self.row = row
        self.sep = sep
        self.pre = pre
        self.post = post
        self.split = split


def JPad(row, indent="  ", split=0.7):
    """Pad for a JSON array written with J(): rows are compact JSON values."""
    return Pad(lambda rng, i: json.dumps(row(rng, i), ensure_ascii=False),
               sep=",\n" + indent, pre=",\n" + indent, post="", split=split)


def J(obj, indent=2):
    """Dump JSON; a list element "<<PAD>>" / "<<PAD2>>" (never first) becomes a
    marker glued to the previous element so that zero rows stay valid JSON."""
    s = json.dumps(obj, indent=indent, ensure_ascii=False)
    return re.sub(r',\s*"<<PAD(2?)>>"', r'<<PAD\1>>', s)


def R(tool, args, text, label, fmt, lang="en", pad=None, size=None, sc=None,
      blocks=None, err=False):
    """One tool result. text = first text block (may hold PAD markers);
    blocks = further text blocks; sc = structuredContent; size = None | 'long'
    | 'huge'."""
    assert label in (0, 1)
    assert size in (None, "long", "huge")
    if size:
        assert pad is not None and PAD in text, tool
    return {"tool": tool, "args": args, "text": text, "label": label,
            "fmt": fmt, "lang": lang, "pad": pad, "size": size, "sc": sc,
            "blocks": list(blocks or []), "err": err}


def obj(props, required=None, **extra):
    o = {"type": "object", "properties": props}
    if required:
        o["required"] = required
    o.update(extra)
    return o


def S(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def I(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def N(desc, **kw):
    d = {"type": "number", "description": desc}
    d.update(kw)
    return d


def B(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def A(items, desc, **kw):
    d = {"type": "array", "items": items, "description": desc}
    d.update(kw)
    return d


def T(name, description, input_schema, label, out=None, ann=None):
    assert label in (0, 1)
    tool = {"name": name, "description": description, "inputSchema": input_schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": label}


# ---- seeded value helpers for row shapes ---------------------------------
FIRST = ["Ada", "Bram", "Celia", "Dario", "Elif", "Femi", "Greta", "Hugo", "Ines",
         "Jonah", "Kiri", "Lior", "Maren", "Nilo", "Oona", "Pavel", "Quinn", "Rosa",
         "Soren", "Tamsin", "Ugo", "Vesna", "Wren", "Xiomara", "Yusuf", "Zora",
         "Anouk", "Benedek", "Callum", "Delphine", "Emeka", "Farah", "Gideon",
         "Hanne", "Ilse", "Joaquin", "Kaito", "Leontine", "Mirela", "Noor"]
LAST = ["Abernathy", "Brodsky", "Castellano", "Dunmore", "Eklund", "Fairweather",
        "Galloway", "Hartigan", "Ibarra", "Juniper", "Kowalczyk", "Lindqvist",
        "Marchetti", "Nakagawa", "Okonjo", "Penhaligon", "Quist", "Rasmussen",
        "Sandoval", "Thornbury", "Umberfield", "Vasquez-Lind", "Whitcombe",
        "Yardley", "Zelenko", "Ashdown", "Birchell", "Corrigan", "Delacroix-Hunt",
        "Esterhazy", "Fennimore", "Grosvenor", "Holloway", "Ingram", "Jessop"]


def nm(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def initial(rng):
    return f"{rng.choice(FIRST)[0]}. {rng.choice(LAST)}"


def dt(rng, year=2025, months=range(1, 13)):
    return f"{year}-{rng.choice(list(months)):02d}-{rng.randint(1, 28):02d}"


def hm(rng, lo=7, hi=18):
    return f"{rng.randint(lo, hi):02d}:{rng.choice([0, 15, 30, 45]):02d}"


def money(rng, lo, hi):
    return f"{rng.uniform(lo, hi):.2f}"


def phone(rng):
    return f"555-01{rng.randint(0, 99):02d}"


def ip(rng):
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(1, 254)}"


def hexid(rng, n=8):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


_ORDERS = {}


def _order(rng, key, n):
    """A per-case shuffled order of range(n), so pool lines are not repeated
    until the pool is used up (state is keyed on the case's own rng)."""
    k = (id(rng), key)
    ent = _ORDERS.get(k)
    if ent is None or ent[0] is not rng:
        order = list(range(n))
        rng.shuffle(order)
        ent = (rng, order)
        _ORDERS[k] = ent
    return ent[1]


def auto_pads(quoted, news, terms, kb, chat, history, changes, staff, host):
    """Context sections used when a case has no pad of its own (English
    cases; see build.py). Each pool is a list of hand-written lines for one
    domain; the line shapes below add dates, times and names, walk each pool
    in a shuffled order and switch to a second shape once a pool is used up."""
    pairs = [(a, b) for a in range(len(quoted)) for b in range(len(quoted)) if a != b]

    def email_row(rng, i):
        a, b = pairs[_order(rng, "q", len(pairs))[i % len(pairs)]]
        return (f"> On {dt(rng, 2025, [1, 2, 3])} at {hm(rng)}, {rng.choice(staff)} wrote:\n"
                f"> {quoted[a]} {quoted[b]}")

    def html_row(rng, i):
        if i < len(news):
            item = news[_order(rng, "n", len(news))[i]]
        else:
            item = f"{rng.choice(kb)} - page updated"
        return (f'<p class="news"><time>{dt(rng, 2025, [1, 2, 3])}</time> {item} '
                f'<a href="https://{host}/news/{rng.randint(100, 999)}">Read more</a></p>')

    def pdf_row(rng, i):
        if i < len(terms):
            return f"  {i + 1}. {terms[_order(rng, 't', len(terms))[i]]}"
        return (f"  {dt(rng, 2024, [10, 11, 12])}  {rng.choice(history)}  ref {hexid(rng, 6).upper()}"
                f"  {rng.choice(staff)}")

    def md_row(rng, i):
        if i < len(kb):
            title = kb[_order(rng, "k", len(kb))[i]]
            slug = "-".join(title.lower().replace(",", "").replace("'", "").replace(":", "").split())[:40]
            return f"- [{title}](/help/{slug}) - updated {dt(rng, 2025, [1, 2, 3])}"
        if i < len(kb) + len(news):
            return f"- {dt(rng, 2025, [1, 2, 3])}: {news[_order(rng, 'n2', len(news))[i - len(kb)]]}"
        return f"- {dt(rng, 2024, [9, 10, 11, 12])}: page reviewed by {rng.choice(staff)} ({rng.choice(changes)})"

    def chat_row(rng, i):
        if i < len(chat):
            who, msg = chat[i]
            return f"[{hm(rng, 8, 20)}] {who}: {msg}"
        return f"[{hm(rng, 8, 20)}] system: {rng.choice(['message delivered', 'transcript saved', 'visitor idle 2 min', 'survey link sent'])}"

    def text_row(rng, i):
        return f"  {dt(rng, 2025, [1, 2, 3])} {hm(rng)}  {rng.choice(history)} ({rng.choice(staff)})"

    def yaml_row(rng, i):
        return f"# {dt(rng, 2024, [9, 10, 11, 12])} {rng.choice(staff).split()[0].lower()}: {rng.choice(changes)}"

    def ical_row(rng, i):
        who = rng.choice(staff) if i % 3 == 0 else nm(rng)
        first, last = who.split()[0], who.split()[-1]
        return (f"ATTENDEE;CN={who};ROLE={rng.choice(['REQ-PARTICIPANT', 'OPT-PARTICIPANT'])};"
                f"PARTSTAT={rng.choice(['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE'])}:mailto:{first.lower()}.{last.lower()}@{host}")

    ctx = terms + news

    def diff_row(rng, i):
        if i < len(ctx):
            return " " + ctx[_order(rng, "c", len(ctx))[i]]
        j = i - len(ctx)
        if j % 2:
            return " "
        return f" ## {kb[_order(rng, 'k2', len(kb))[(j // 2) % len(kb)]]}"

    def json_row(rng, i):
        return json.dumps({"at": f"{dt(rng, 2025, [1, 2, 3])}T{hm(rng)}:00Z", "by": rng.choice(staff),
                           "action": rng.choice(history)}, ensure_ascii=False)

    return {
        "ical": Pad(ical_row),
        "diff": Pad(diff_row, pre="\n@@ -60,9 +62,9 @@"),
        "json": Pad(json_row, sep=",\n    ", pre="\n    "),
        "email": Pad(email_row, sep="\n>\n", pre="\n\n"),
        "html": Pad(html_row),
        "pdf": Pad(pdf_row, pre="\n\nGeneral terms and notes:\n"),
        "markdown": Pad(md_row, pre="\n\n#### Related pages\n"),
        "chat": Pad(chat_row),
        "text": Pad(text_row, pre="\n\nRecord history:\n"),
        "yaml": Pad(yaml_row, pre="\n# change log\n"),
    }


def _hdr_row(rng, i):
    once = [lambda: f"X-Mailbox-Folder: {rng.choice(['INBOX', 'INBOX/Triage', 'INBOX/Customers'])}",
            lambda: f"X-Spam-Score: {rng.uniform(-2, 2):.1f}",
            lambda: f"X-Archive-Ref: {hexid(rng, 12)}",
            lambda: f"Message-ID: <{hexid(rng, 16)}@mail.example.net>"]
    if i < len(once):
        return once[i]()
    return (f"Received: from mx{rng.randint(1, 9)}.mail.example.net ([{ip(rng)}]) by relay{rng.randint(1, 4)}.example.net "
            f"with ESMTPS id {hexid(rng, 10)}; {dt(rng, 2025, [3, 4])} {hm(rng)}:{rng.randint(0, 59):02d} +0000")


def _trail_row(rng, i):
    return (f"{dt(rng, 2025, [1, 2, 3, 4])} {hm(rng)} · {rng.choice(['VIEW', 'EDIT', 'PRINT', 'SYNC', 'EXPORT', 'VIEW'])}"
            f" · {rng.choice(FIRST)[0]}{rng.choice(LAST)[0]} · {hexid(rng, 6)}")


# Language-neutral context sections for non-English cases (both labels).
NEUTRAL = {
    "email": Pad(_hdr_row, pre="", post="\n"),
    "text": Pad(_trail_row, pre="\n\n---\n"),
    "markdown": Pad(_trail_row, pre="\n\n---\n"),
    "pdf": Pad(_trail_row, pre="\n\n---\n"),
    "chat": Pad(_trail_row, pre="\n\n---\n"),
}
