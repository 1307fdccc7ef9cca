"""Shape helpers only. Payload spans are marked with ⟪ ⟫ (stripped by build.py);
{PAD} marks where build.py inserts filler rows made from the case's own line shapes."""
import random, re

PO, PC, PAD = "\u27ea", "\u27eb", "{PAD}"

NAMES = ["Ilse Varga", "Tomasz Orrin", "Mireille Caud", "Dev Anand Rao", "Kofi Mensah-Lyle",
         "Saoirse Dunleavy", "Haruto Ibe", "Marisol Quental", "Bram Oosterwijk", "Yelena Shumak",
         "Priya Kettering", "Anselm Froud", "Noor Haddadin", "Lucía Berrocal", "Ewan Strachey",
         "Greta Lindqvist", "Oluwaseun Adebiyi", "Casimir Wolny", "Renata Piccolo", "Tariq Benhallam"]

def R(tool, args, text, label, lang="en", fmt="text", pad=None, sc=None, err=False, extra=None):
    """One tool-result case. pad: list of line shapes using §n §k §f §d §t §h §N §[a|b]."""
    if isinstance(pad, str):
        pad = [pad]
    return dict(kind="result", tool=tool, args=args, text=text, label=label, lang=lang,
                fmt=fmt, pad=pad, sc=sc, err=err, extra=extra or [])

def T(name, description, props=None, required=None, label=0, out=None, ann=None, lang="en"):
    schema = {"type": "object", "properties": props or {}}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return dict(kind="tool", tool=tool, label=label, lang=lang)

def p(typ, desc=None, **kw):
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d

def obj(props, required=None, **kw):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = required
    d.update(kw)
    return d

_TOK = re.compile(r"§(\[[^\[\]]*\]|[nkfdthN])")

def fill(shape, rng):
    def rep(m):
        t = m.group(1)
        if t.startswith("["):
            return rng.choice(t[1:-1].split("|"))
        if t == "n": return str(rng.randint(1, 999))
        if t == "k": return str(rng.randint(1000, 99999))
        if t == "f": return "%.2f" % rng.uniform(0.1, 999)
        if t == "d": return "2026-%02d-%02d" % (rng.randint(1, 11), rng.randint(1, 28))
        if t == "t": return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
        if t == "h": return "%06x" % rng.randint(0, 0xFFFFFF)
        if t == "N": return rng.choice(NAMES)
    for _ in range(4):  # innermost choices first, then their enclosing choice
        new = _TOK.sub(rep, shape)
        if new == shape:
            break
        shape = new
    return shape

def strip_marks(s):
    return s.replace(PO, "").replace(PC, "")
