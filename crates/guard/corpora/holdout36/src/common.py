"""Shape helpers only: case constructors, padding specs, row-template filling and
small JSON-schema builders. No case content lives here."""
import datetime
import random
import re

PAD = "{{PAD}}"

# Invented given names and surnames used only to fill padding rows.
FIRST = ["Ilse", "Tomasz", "Marit", "Oren", "Delphine", "Kwame", "Ysolde", "Bastian", "Noor",
         "Fenna", "Radek", "Lioba", "Caspian", "Annika", "Teodor", "Mirela", "Joaquin", "Sunniva",
         "Hollis", "Perpetua", "Anselm", "Rosalind", "Emeric", "Zofia", "Lorcan", "Wren", "Idris",
         "Greta", "Matteo", "Saoirse", "Benedikt", "Yara", "Cosmin", "Tamsin", "Elio", "Hedda"]
LAST = ["Quarrington", "Vellacott", "Brannigast", "Osterholt", "Pemberhill", "Drachwald",
        "Ferncastle", "Mirowski", "Halvorsen-Kite", "Tolliver", "Ashgrove", "Kestermann",
        "Lindqvist-Rowe", "Cardewell", "Ebberly", "Notaro", "Strandlund", "Willoughmere",
        "Pascarell", "Dunleavy", "Ortelius", "Brisbourne", "Harkaway", "Vantongeren", "Sallow",
        "Penhallow", "Rusk", "Ibarrondo", "Tesselaar", "Merriweather", "Galloway-Finch", "Okonkwo-Reyes"]


class Pad:
    """Padding spec: hand-written row templates filled with seeded values.
    The rendered rows replace the {{PAD}} marker: head + sep.join(rows) + tail
    (or nothing when no padding is needed)."""

    def __init__(self, rows, sep="\n", head="", tail="\n", start=1, day0="2025-01-06"):
        self.rows = list(rows)
        self.sep = sep
        self.head = head
        self.tail = tail
        self.start = start
        self.day0 = day0


def pad(*rows, sep="\n", head="", tail="\n", start=1, day0="2025-01-06"):
    return Pad(rows, sep=sep, head=head, tail=tail, start=start, day0=day0)


_NAMES = {"i", "int", "dec", "dec1", "pick", "date", "day", "clock", "hm", "ts", "hex", "digits",
          "upper", "name", "first", "last", "plate"}
_OPEN = re.compile(r"§([a-z0-9]+)(:|§)")


def _parse(t, pos, inner):
    """Parse row-template text into a list of str / (name, argparts) items. Tokens nest:
    §pick:a|b §int:1:9§ c§ is a pick whose second option contains an int token."""
    parts, buf = [], []
    while pos < len(t):
        if t[pos] == "§":
            m = _OPEN.match(t, pos)
            if m and m.group(1) in _NAMES:
                if buf:
                    parts.append("".join(buf))
                    buf = []
                if m.group(2) == "§":
                    parts.append((m.group(1), None))
                    pos = m.end()
                    continue
                arg, pos = _parse(t, m.end(), True)
                parts.append((m.group(1), arg))
                continue
            if inner:
                if buf:
                    parts.append("".join(buf))
                return parts, pos + 1
            raise ValueError("stray § in template: %r" % t)
        buf.append(t[pos])
        pos += 1
    if inner:
        raise ValueError("unclosed token in template: %r" % t)
    if buf:
        parts.append("".join(buf))
    return parts, pos


def new_state(p):
    y, m, d = (int(x) for x in p.day0.split("-"))
    return {"i": p.start - 1, "day": datetime.date(y, m, d), "sec": 6 * 3600}


def fill(tpl, rng, st):
    """Fill one row template. Tokens: §i§ row number, §int:a:b§, §dec:a:b§, §dec1:a:b§,
    §pick:a|b§ (options may contain tokens), §date§ random 2025 date, §day§ increasing date,
    §clock§/§hm§ increasing time, §ts§ increasing ISO timestamp, §hex:n§, §digits:n§,
    §upper:n§, §name§, §first§, §last§, §plate§."""
    st["i"] += 1
    adv = {"done": False}

    def tick():
        if not adv["done"]:
            adv["done"] = True
            st["sec"] += rng.randint(20, 1500)
            if st["sec"] >= 86400:
                st["sec"] -= 86400 - 6 * 3600
                st["day"] += datetime.timedelta(days=1)

    def render(parts):
        return "".join(x if isinstance(x, str) else tok(x[0], x[1]) for x in parts)

    def split_options(parts):
        opts = [[]]
        for x in parts:
            if isinstance(x, str):
                pieces = x.split("|")
                opts[-1].append(pieces[0])
                for pc in pieces[1:]:
                    opts.append([pc])
            else:
                opts[-1].append(x)
        return opts

    def tok(kind, argp):
        if kind == "pick":
            return render(rng.choice(split_options(argp)))
        arg = render(argp) if argp is not None else None
        if kind == "i":
            return str(st["i"])
        if kind == "int":
            a, b = arg.split(":")
            return str(rng.randint(int(a), int(b)))
        if kind == "dec":
            a, b = arg.split(":")
            return "%.2f" % rng.uniform(float(a), float(b))
        if kind == "dec1":
            a, b = arg.split(":")
            return "%.1f" % rng.uniform(float(a), float(b))
        if kind == "date":
            d = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
            return d.isoformat()
        if kind == "day":
            if rng.random() < 0.45:
                st["day"] += datetime.timedelta(days=1)
            return st["day"].isoformat()
        if kind in ("clock", "hm", "ts"):
            tick()
            sec = st["sec"]
            hh, mm, ss = sec // 3600, (sec % 3600) // 60, sec % 60
            if kind == "clock":
                return "%02d:%02d:%02d" % (hh, mm, ss)
            if kind == "hm":
                return "%02d:%02d" % (hh, mm)
            return "%sT%02d:%02d:%02dZ" % (st["day"].isoformat(), hh, mm, ss)
        if kind == "hex":
            return "".join(rng.choice("0123456789abcdef") for _ in range(int(arg)))
        if kind == "digits":
            return "".join(rng.choice("0123456789") for _ in range(int(arg)))
        if kind == "upper":
            return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(int(arg)))
        if kind == "name":
            return rng.choice(FIRST) + " " + rng.choice(LAST)
        if kind == "first":
            return rng.choice(FIRST)
        if kind == "last":
            return rng.choice(LAST)
        if kind == "plate":
            return "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2)) + "-" + \
                "".join(rng.choice("0123456789") for _ in range(4))
        raise ValueError("unknown token " + kind)

    parts, _ = _parse(tpl, 0, False)
    return render(parts)


def attach(case, p, at="end"):
    """Give a hand-written case without padding a context section of hand-written row shapes:
    at the end of the last block (quoted thread, changelog, later sessions) or at the start of
    the first block. Cases that already have a padding spec are left alone."""
    if case["pad"] is not None or p is None:
        return case
    bl = list(case["blocks"])
    if at == "end":
        k = len(bl) - 1
        t = bl[k]
        core = t.rstrip("\n")
        bl[k] = core + PAD + t[len(core):]
    elif at == "start":
        bl[0] = PAD + bl[0]
    else:
        raise ValueError(at)
    case["blocks"] = bl
    case["pad"] = p
    case["context_pad"] = True  # a context section, not bulk rows: kept out of the long buckets
    return case


def result(server, tool, args, text, label, *, lang="en", fmt="text", pad=None, sc=None,
           err=False, payload=None):
    blocks = text if isinstance(text, list) else [text]
    return {"kind": "result", "server": server, "tool": tool, "arguments": args,
            "blocks": blocks, "label": label, "lang": lang, "fmt": fmt, "pad": pad, "sc": sc,
            "err": err, "payload": payload}


def tooldef(server, name, desc, schema, label, *, out=None, ann=None, lang="en", payload=None,
            where=None):
    d = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        d["outputSchema"] = out
    if ann is not None:
        d["annotations"] = ann
    return {"kind": "tool", "server": server, "def": d, "label": label, "lang": lang,
            "payload": payload, "where": where}


# --- tiny JSON-schema builders -------------------------------------------------------
def obj(props=None, required=None, **extra):
    o = {"type": "object", "properties": props or {}}
    if required:
        o["required"] = list(required)
    o.update(extra)
    return o


def s(desc=None, **kw):
    o = {"type": "string"}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o


def i(desc=None, **kw):
    o = {"type": "integer"}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o


def n(desc=None, **kw):
    o = {"type": "number"}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o


def b(desc=None, **kw):
    o = {"type": "boolean"}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o


def arr(items, desc=None, **kw):
    o = {"type": "array", "items": items}
    if desc:
        o["description"] = desc
    o.update(kw)
    return o


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
