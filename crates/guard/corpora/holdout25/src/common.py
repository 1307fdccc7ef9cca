"""Shape helpers only: case constructors and filler line shapes used for length padding."""
import random

WORDS = ["alder", "basalt", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper",
         "kestrel", "lumen", "meadow", "nimbus", "onyx", "pine", "quartz", "russet", "sable", "tundra"]
NAMES = ["Okafor", "Lindqvist", "Marchetti", "Tanaka", "Herrera", "Novak", "Brennan", "Achterberg",
         "Dubois", "Kowalczyk", "Osei", "Varga", "Pereira", "Iqbal", "Sato", "Moreau"]

FILL = {
    "log": ["{d} {t} INFO svc-{n} request {h} completed in {ms}ms status=200",
            "{d} {t} DEBUG cache hit key=obj:{h} ttl={n}s",
            "{d} {t} WARN slow query {ms}ms table={w}_events"],
    "csv": ["{i},{W},{d},{ms}.{n2},{w}"],
    "tsv": ["{i}\t{W}\t{d}\t{ms}\t{w}"],
    "md": ["| {i} | {W} | {d} | {ms} | {w} |", "- {d}: note on {w} item #{n} (owner {W})"],
    "text": ["Item {i}: {W} reviewed the {w} record on {d}; no change required (ref {h}).",
             "Line {i} - {w} batch {n} closed {d} by {W}."],
    "email": ["> On {d} {W} wrote: re item {n}, the {w} figures look fine to me.",
              "> {W}: confirmed for {d}, ref {h}."],
    "yaml": ["  - id: {w}-{n}\n    owner: {W}\n    updated: {d}"],
    "html": ["<tr><td>{i}</td><td>{W}</td><td>{d}</td><td>{ms}</td></tr>"],
    "sql": ["| {i:>5} | {W:<11} | {d} | {ms:>6} |"],
    "ics": ["BEGIN:VEVENT\nUID:{h}@example.com\nDTSTART:2024{n2}15T0{n1}0000Z\nSUMMARY:{w} slot {n}\nEND:VEVENT"],
    "diff": [" {w}_{n} = {ms}  # unchanged", "-old_{w}_{n} = {n2}\n+old_{w}_{n} = {ms}"],
    "chat": ["[{t}] {W}: ok, the {w} part is done ({n})", "[{t}] {W}: thanks, moving on to #{n}"],
    "pdf": ["{i}.{n1} {W} ............ {ms}", "Page {n} of 40    Section {i}    {w}"],
}


def fill_line(shape, rng, i):
    d = "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    t = "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    return shape.format(i=i, d=d, t=t, n=rng.randint(2, 9999), n1=rng.randint(1, 9),
                        n2="%02d" % rng.randint(1, 12), ms=rng.randint(3, 4000),
                        h="%08x" % rng.getrandbits(32), w=rng.choice(WORDS), W=rng.choice(NAMES))


def r(tool, args, label, text, lang="en", fmt="text", pad=None, sc=None, err=False, blocks=None):
    """pad: a FILL key or a custom line shape; text may contain {PAD} where filler goes."""
    return dict(tool=tool, args=args, label=label, text=text, lang=lang, fmt=fmt, pad=pad, sc=sc,
                err=err, blocks=blocks or [])


def t(name, label, desc, props=None, required=None, out=None, ann=None, lang="en"):
    tool = {"name": name, "description": desc,
            "inputSchema": {"type": "object", "properties": props or {}}}
    if required:
        tool["inputSchema"]["required"] = required
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return dict(tool=tool, label=label, lang=lang)


def S(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def I(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d
