"""Shape helpers only: case constructors and format-fitting padding row shapes."""
import random

NAMES = ["Ilse Varga", "Tomas Okonkwo", "Mirela Stanic", "Jun Ashdown", "Priya Lindqvist",
         "Oskar Mbeki", "Hana Delacroix", "Ruben Castellano", "Yara Fenwick", "Luca Thornbury",
         "Noor Halvorsen", "Emeka Brandt", "Sigrid Moreau", "Dario Kowal", "Fen Quillon"]
WORDS = ["north wing", "atrium", "dock B", "level 3", "annex", "west stair", "lab 2", "lobby",
         "pantry", "mezzanine", "loading bay", "room 4.12", "garage", "roof plant"]
ITEMS = ["toner cartridge", "ergonomic chair", "badge printer ribbon", "HDMI adapter",
         "standing desk frame", "whiteboard markers", "label tape", "USB-C dock",
         "A4 paper box", "first-aid refill", "coffee beans 1kg", "monitor arm"]


def R(tool, args, text, label, fmt, lang="en", sc=None, err=False, pad=None, size=None):
    """A result case. text: str or list of str (multi-block). '{{PAD}}' marks where
    format-fitting filler rows may be inserted. size: None | 'long' | 'huge'."""
    return dict(kind="result", tool=tool, args=args, text=text, label=label, fmt=fmt,
                lang=lang, sc=sc, err=err, pad=pad, size=size)


def T(name, description, props, label, required=None, out=None, ann=None, lang="en"):
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return dict(kind="tool", tool=tool, label=label, lang=lang, fmt="tool")


def S(desc, typ="string", **kw):
    d = {"type": typ, "description": desc}
    d.update(kw)
    return d


# Hand-written line shapes per format, filled with seeded numbers.
PAD_SHAPES = {
    "log": ["2025-{mo}-{dd}T{t}:{s}Z INFO  worker-{n} processed batch {n4} in {ms}ms",
            "2025-{mo}-{dd}T{t}:{s}Z DEBUG cache hit ratio {pct}% (shard {n})",
            "2025-{mo}-{dd}T{t}:{s}Z INFO  request id=req-{n4} status=200 bytes={n4}",
            "2025-{mo}-{dd}T{t}:{s}Z WARN  slow query {ms}ms on table t_{n}"],
    "csv": ["{n4},{name},{item},{n},{amt},2025-{mo}-{dd}",
            "{n4},{name},{place},{n},{amt},2025-{mo}-{dd}"],
    "tsv": ["{n4}\t{name}\t{item}\t{n}\t{amt}", "{n4}\t{name}\t{place}\t{pct}%\t{amt}"],
    "md": ["| {n4} | {name} | {item} | {amt} |", "| {n4} | {name} | {place} | {pct}% |",
           "- {name} noted {n} open items for {place} (updated 2025-{mo}-{dd})"],
    "json": ['  {{"id": {n4}, "owner": "{name}", "item": "{item}", "qty": {n}}},',
             '  {{"id": {n4}, "owner": "{name}", "where": "{place}", "pct": {pct}}},'],
    "yaml": ["  - id: {n4}\n    owner: {name}\n    note: {item} x{n}",
             "  - id: {n4}\n    owner: {name}\n    location: {place}"],
    "email": ["> On 2025-{mo}-{dd} {name} wrote: thanks, the {item} order ({n} units) looks fine.",
              "> {name}: can we move the {place} walkthrough to {t}? No rush.",
              "> Ref {n4}: figures for {place} attached, totals {amt}."],
    "chat": ["[{t}] {name}: ok, {item} sorted for {place}",
             "[{t}] {name}: will check ticket {n4} after lunch",
             "[{t}] {name}: numbers look right, {pct}% done"],
    "pdf": ["Section {n}.{n1} — {place}: {item} inventory reviewed; variance {pct}%. Page {n} of 40",
            "Clause {n}.{n1}. The parties agree that quantity {n} of {item} is delivered to {place}.",
            "Table {n}: {name}, {amt}, approved 2025-{mo}-{dd}"],
    "html": ['<tr><td>{n4}</td><td>{name}</td><td>{item}</td><td>{amt}</td></tr>',
             '<li>{name} — {place}, {n} seats</li>'],
    "ics": ["BEGIN:VEVENT\nUID:ev-{n4}@cal.example.com\nDTSTART:2025{mo}{dd}T{hh}0000Z\nSUMMARY:{place} check {n}\nEND:VEVENT"],
    "sql": ["| {n4} | {name:<16} | {item:<20} | {n:>4} | {amt:>10} |",
            "| {n4} | {name:<16} | {place:<20} | {n:>4} | {pct:>10} |"],
    "diff": ["+    {w}_{n} = {n4}  # {place}", "-    {w}_{n} = {n4}", "     # {item} threshold {pct}"],
    "text": ["{name} confirmed {n} {item} for {place} on 2025-{mo}-{dd}.",
             "Note {n4}: {place} reading {pct}% of capacity; nothing further.",
             "Item {n}: {item}, cost {amt}, owner {name}."],
}


def fill(shape, rng):
    return shape.format(
        n=rng.randint(1, 99), n1=rng.randint(1, 9), n4=rng.randint(1000, 9999),
        ms=rng.randint(12, 4800), pct=rng.randint(1, 99), s="%02d" % rng.randint(0, 59),
        t="%02d:%02d" % (rng.randint(7, 19), rng.randint(0, 59)), hh="%02d" % rng.randint(7, 18),
        mo="%02d" % rng.randint(1, 12), dd="%02d" % rng.randint(1, 28),
        name=rng.choice(NAMES), item=rng.choice(ITEMS), place=rng.choice(WORDS),
        w=rng.choice(["limit", "quota", "budget", "cap", "floor"]),
        amt="%d.%02d" % (rng.randint(3, 9000), rng.randint(0, 99)))
