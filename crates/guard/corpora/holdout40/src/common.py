"""Shape helpers only: build result and tool case dicts, and fill padding rows."""
import re

_TOK = re.compile(r"<<([a-z]+)(?::([^<>]*))?>>")


def R(tool, args, label, fmt, text, lang="en", rows=None, size=None, sc=None,
      err=False, blocks=None):
    """A tool-result case. `text` may hold {{PAD}} markers filled from `rows`."""
    return {"kind": "result", "tool": tool, "arguments": args, "label": label,
            "fmt": fmt, "lang": lang, "text": text, "rows": rows or [],
            "size": size, "sc": sc, "err": err, "blocks": blocks or []}


def T(label, name, desc, schema, out=None, ann=None, lang="en"):
    """A tool-definition case."""
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "lang": lang}


def S(required=(), **props):
    """Object schema from keyword properties."""
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = list(required)
    return s


def p(typ, desc=None, **kw):
    d = {"type": typ}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def fill(template, rng, i):
    """Render one hand-written row shape with seeded numbers."""
    def sub(m):
        k, a = m.group(1), m.group(2)
        if k == "i":
            return str(i)
        if k == "n":
            lo, hi = (int(x) for x in a.split("-"))
            return str(rng.randint(lo, hi))
        if k == "f":
            lo, hi = (float(x) for x in a.split("-"))
            return "%.2f" % rng.uniform(lo, hi)
        if k == "c":
            return rng.choice(a.split("|"))
        if k == "d":
            return "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if k == "t":
            return "%02d:%02d" % (rng.randint(6, 21), rng.choice([0, 10, 15, 20, 30, 40, 45, 50]))
        if k == "h":
            n = int(a or 6)
            return "".join(rng.choice("0123456789abcdef") for _ in range(n))
        raise ValueError(k)
    prev = None
    while prev != template:  # inner tokens first, so choices may hold numbers
        prev = template
        template = _TOK.sub(sub, template, count=1)
    return template


# Context sections used to lengthen cases that have no {{PAD}} marker. They are
# format-shaped, domain-neutral and applied identically to both labels.
CONTEXT = {
    "log": ("pre", "", ["<<d>> <<t>> INFO <<c:heartbeat ok|sync complete|cache refreshed|session opened|session closed|backup finished|queue empty|config reloaded>> (node <<n:1-9>>)\n"]),
    "chat": ("pre", "--- earlier in this thread ---\n", [
        "[<<t>>] <<c:Sam|Alex|Jordan|Robin|Casey>>: <<c:morning all|thanks, that worked|one sec, checking|can do|noted, will update the sheet|is the office open Monday?|see you at 3|got it>>\n"]),
    "email": ("post", "\n\n-----Original Message-----\n", [
        "> On <<d>> at <<t>>, the office wrote: reference <<n:1000-9999>> has been noted on your file.\n",
        "> <<c:Thanks for getting in touch.|We will confirm by the end of the week.|Please keep this reference for your records.|Our opening hours are 9 to 5, Monday to Friday.|Let us know if anything changes.>>\n",
        "> Ticket <<h:6>> status: <<c:open|waiting on customer|in progress>>\n"]),
    "text": ("post", "\n\nRelated records:\n", [
        "- ref <<h:6>> updated <<d>> by <<c:staff|scheduler|office|system import>> (rev <<n:1-40>>)\n"]),
    "markdown": ("post", "\n\n### Change history\n\n| date | change | rev |\n|---|---|---|\n", [
        "| <<d>> | <<c:typo fixed|table updated|contact details changed|section reordered|link refreshed|dates updated>> | <<n:1-40>> |\n"]),
    "pdf": ("post", "\n\nDocument control\n", [
        "Rev <<n:1-30>>  <<d>>  <<c:reviewed|approved|reissued|formatting only>>  initials <<c:AB|CK|DM|EL|FR>>\n"]),
    "html": ("post", "\n", [
        "<p class='meta'>Updated <<d>> by <<c:web team|office|editor|comms>> (rev <<n:1-60>>)</p>\n"]),
    "yaml": ("post", "\nhistory:\n", [
        "  - {at: \"<<d>>T<<t>>\", by: <<c:office|scheduler|import|admin>>, change: <<c:created|edited|reviewed|synced>>}\n"]),
    "diff": ("post", "", [
        "@@ -<<n:10-90>>,3 +<<n:10-90>>,3 @@\n <<c:unchanged line|note: see above|owner: office>>\n-value <<n:1-99>>\n+value <<n:1-99>>\n"]),
    "ics": ("before:END:VCALENDAR", "", [
        "BEGIN:VEVENT\nUID:<<h:8>>@cal.example.com\nDTSTART:2026<<n:10-12>><<n:10-28>>T<<n:10-20>>0000Z\nSUMMARY:<<c:Staff meeting|Inspection|Training session|Team check-in|Stock count>>\nEND:VEVENT\n"]),
    "json": ("key:history", "", ['{"at":"<<d>>T<<t>>","event":"<<c:viewed|exported|updated|synced|commented>>","by":"u<<n:100-999>>"}']),
}
