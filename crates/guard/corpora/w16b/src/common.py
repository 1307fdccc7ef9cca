"""Shape helpers only: case constructors and seeded row padding. No case text lives here."""
import random
import string

_FMT = string.Formatter()

BUILTIN = {
    "date": lambda r: f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "mm": lambda r: f"{r.randint(1, 12):02d}",
    "dd": lambda r: f"{r.randint(1, 28):02d}",
    "hh": lambda r: f"{r.randint(7, 21):02d}",
    "time": lambda r: f"{r.randint(6, 22):02d}:{r.choice(['00', '05', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55'])}",
    "sec": lambda r: f"{r.randint(0, 59):02d}",
    "n": lambda r: r.randint(1000, 99999),
    "n3": lambda r: r.randint(100, 999),
    "n2": lambda r: r.randint(10, 99),
    "small": lambda r: r.randint(1, 9),
    "amt": lambda r: f"{r.randint(5, 900)}.{r.randint(0, 99):02d}",
    "pct": lambda r: r.randint(1, 99),
    "hex": lambda r: f"{r.getrandbits(32):08x}",
    "ip": lambda r: r.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{r.randint(1, 254)}",
}


class Pad:
    """Row generator built from hand-written line shapes.

    shapes: list of str.format templates. Named fields come from BUILTIN or from
    keyword fields: list -> random choice, (lo, hi) tuple -> randint, callable(rng) -> value.
    sep: appended after each generated row when it replaces a {PAD} marker.
    """

    def __init__(self, shapes, sep="\n", header="", sort=False, post=None, **fields):
        self.shapes = shapes if isinstance(shapes, list) else [shapes]
        self.sep = sep
        self.header = header
        self.sort = sort
        self.post = post
        self.fields = fields

    def headed(self, header):
        """Copy with a different section header (context sections vary their heading per case)."""
        return Pad(self.shapes, sep=self.sep, header=header, sort=self.sort, post=self.post, **self.fields)

    def with_(self, **fields):
        """Copy with some fields pinned for one case (e.g. the day a log covers)."""
        merged = dict(self.fields)
        merged.update(fields)
        return Pad(self.shapes, sep=self.sep, header=self.header, sort=self.sort, post=self.post, **merged)

    def _val(self, name, rng):
        base = name.rstrip("0123456789") if name not in self.fields and name not in BUILTIN else name
        f = self.fields.get(name, self.fields.get(base))
        if f is None:
            f = BUILTIN.get(name, BUILTIN.get(base))
        if f is None:
            raise KeyError(name)
        if isinstance(f, list):
            return rng.choice(f)
        if isinstance(f, tuple):
            return rng.randint(f[0], f[1])
        return f(rng)

    def row(self, rng):
        shape = rng.choice(self.shapes)
        names = list(dict.fromkeys(fn for _, fn, _, _ in _FMT.parse(shape) if fn))
        vals = {nm: self._val(nm, rng) for nm in names}
        return shape.format(**vals)


MARK = "{PAD}"


def render(blocks, pad, rows):
    """Replace {PAD} markers (across all blocks) with rows, spread evenly over markers."""
    total = sum(b.count(MARK) for b in blocks)
    if total == 0:
        return list(blocks)
    per = [len(rows) // total + (1 if i < len(rows) % total else 0) for i in range(total)]
    out, k, pos = [], 0, 0
    for b in blocks:
        parts = b.split(MARK)
        s = parts[0]
        for p in parts[1:]:
            chunk = rows[pos:pos + per[k]]
            pos += per[k]
            k += 1
            if pad is not None and pad.sort:
                chunk = sorted(chunk, key=pad.sort) if callable(pad.sort) else sorted(chunk)
            if pad is not None and pad.post is not None:
                chunk = pad.post(chunk)
            head = pad.header if (pad is not None and chunk) else ""
            s += head + "".join(r + (pad.sep if pad else "\n") for r in chunk) + p
        out.append(s)
    return out


def tlen(blocks):
    return sum(len(b) for b in blocks)


def fill(blocks, pad, rng, target, hard_max=None):
    rows = []
    cur = render(blocks, pad, rows)
    if pad is None or not any(MARK in b for b in blocks):
        return cur
    misses = 0
    while tlen(cur) < target and misses < 8:
        r = pad.row(rng)
        new = render(blocks, pad, rows + [r])
        if hard_max is not None and tlen(new) >= hard_max:
            misses += 1
            continue
        rows.append(r)
        cur = new
    return cur


def results_factory(server):
    def R(tool, args, text, label, lang="en", fmt="text", pad=None, size=None,
          sc=None, err=False, at=None):
        blocks = text if isinstance(text, list) else [text]
        return dict(kind="result", server=server, tool=tool, args=args, blocks=blocks,
                    label=label, lang=lang, fmt=fmt, pad=pad, size=size, sc=sc,
                    err=err, at=at)
    return R


def tools_factory(server):
    def T(name, description, input_schema, label, output_schema=None, annotations=None,
          where=None):
        tool = {"name": name, "description": description, "inputSchema": input_schema}
        if output_schema is not None:
            tool["outputSchema"] = output_schema
        if annotations is not None:
            tool["annotations"] = annotations
        return dict(kind="tool", server=server, tool=tool, label=label, where=where)
    return T


def obj(props, required=None):
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = required
    return s


def S(desc, **kw):
    d = {"type": "string", "description": desc}
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


# Generic context sections appended (as a trailing {PAD}) to cases that have no padding of
# their own, so both labels can be lengthened the same way. Hand-written line shapes.
_USERS = ["desk-01", "desk-04", "ops-ana", "svc-sync", "m.keller", "t.osei", "review-bot", "b.lund", "api-gw"]
CTX = {
    "text": Pad(["{date} {time}:{sec} viewed by {u} via {via}", "{date} {time}:{sec} exported by {u} (format={f})",
                 "{date} {time}:{sec} field '{fld}' updated by {u}"], header="\n\n--- record access log ---\n",
                u=_USERS, via=["web", "mobile", "api", "report"], f=["txt", "pdf", "csv"],
                fld=["status", "owner", "tags", "due_date", "priority", "contact"], sort=True),
    "pdf": Pad(["[p.{small}] scanned {date} | ocr_conf={pct}% | batch B-{n3}", "[p.{small}] page footer: ref {n} / rev {small}",
                "[p.{small}] stamp: RECEIVED {date}"], header="\n\n[extraction metadata]\n", sort=True),
    "email": Pad(["Received: from mx{small}.example.net (mx{small}.example.net [{ip}]) by mail.example.com with ESMTPS id {hex}; {date} {time}:{sec} +0000",
                  "Received: from [{ip}] (helo=outbound{small}.example.org) by relay{small}.example.com; {date} {time}:{sec} +0000",
                  "Authentication-Results: mail.example.com; spf=pass smtp.mailfrom=example.net; dkim=pass header.d=example.net",
                  "X-Spam-Score: 0.{small}", "X-Spam-Status: No, score=0.{small} required=5.0",
                  "Message-ID: <{hex}.{n}@mail.example.net>", "X-Mailer: ExampleMail {small}.{n2}",
                  "ARC-Seal: i={small}; a=rsa-sha256; d=example.com; s=arc-{n}; cv=pass",
                  "X-Original-To: inbox-{n3}@example.com", "X-Virus-Scanned: clean ({date} {time})"],
                 header="\n\n[full headers]\n"),
    "markdown": Pad(["- {date} {time} edited by {u}", "- {date} {time} comment by {u}: {c}", "- {date} {time} viewed by {u}"],
                    header="\n\n### Activity\n", sort=True, u=_USERS, c=["looks fine", "updated link", "fixed typo", "+1", "moved section", "see thread"]),
    "yaml": Pad(["# {date} {u}: {c}"], header="\n# change history\n", sort=True, u=_USERS,
                c=["initial import", "updated note", "bumped version", "reformatted", "added field", "reviewed"]),
}

CTX_HEADERS = {
    "text": ["\n\n--- record access log ---\n", "\n\n[audit trail]\n", "\n\nHistory:\n", "\n\n== access history ==\n"],
    "pdf": ["\n\n[extraction metadata]\n", "\n\n--- scan info ---\n", "\n\n[ocr pages]\n"],
    "email": ["\n\n[full headers]\n", "\n\n--- original headers ---\n", "\n\nHeaders:\n"],
    "markdown": ["\n\n### Activity\n", "\n\n---\n**Page history**\n", "\n\n#### Revisions\n"],
    "yaml": ["\n# change history\n", "\n# audit\n", "\n# revisions\n"],
}
