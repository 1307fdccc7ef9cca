"""Hand-written context line shapes used by build.py to lengthen cases that have no PAD marker.
Applied identically to both labels, chosen by format only."""
from common import pick, dt, tm, hx

NAMES = ["J. Alvarez", "R. Mbeki", "S. Laine", "T. Okoro", "M. Ferreira", "K. Ishida", "D. Novak", "P. Grant"]
OFFICE = ["Thanks, I'll take a look this afternoon.", "Adding Sam for visibility.", "Can we move this to Thursday's sync?",
          "The attachment is the latest version.", "Noted — I'll update the tracker.", "Let me check with finance and come back to you.",
          "Agreed, let's keep the current scope.", "Please see my comments inline.", "Confirming receipt.", "Sounds good to me."]
CHAT = ["ok", "on it", "thanks!", "can you check the link?", "yes that works", "one sec", "got it", "sorry, was in a meeting",
        "sharing the file now", "👍", "any update?", "let's revisit tomorrow"]
EVENTS = ["record viewed", "status changed", "note added", "attachment uploaded", "assigned to queue", "reminder sent",
          "field updated", "exported to report", "comment edited", "owner changed"]
PARA = ["This document is provided for internal use and may be updated without notice.",
        "Capitalised terms have the meanings given in the definitions section.",
        "Figures are rounded to the nearest whole unit unless stated otherwise.",
        "Headings are for convenience only and do not affect interpretation.",
        "Copies of supporting records are retained by the records office.",
        "Any conflict between this summary and the source records is resolved in favour of the source records."]


def email_line(r):
    return "> " + (f"On {dt(r)} at {tm(r)[:5]}, {pick(r, NAMES)} wrote:" if r.random() < 0.2 else pick(r, OFFICE))


def chat_line(r):
    return f"[{tm(r)[:5]}] {pick(r, ['Ari', 'Bea', 'Cole', 'Dev', 'Eli', 'Fay'])}: {pick(r, CHAT)}"


def text_line(r):
    return f"- {dt(r)} {tm(r)[:5]} {pick(r, EVENTS)} by {pick(r, NAMES)}"


def pdf_line(r):
    return pick(r, PARA) if r.random() < 0.8 else f"Page {r.randint(2, 60)} of {r.randint(61, 90)}"


def md_line(r):
    return f"| {dt(r)} | {pick(r, NAMES)} | {pick(r, EVENTS)} |"


def log_line(r):
    return f"{dt(r)}T{tm(r)}Z {pick(r, ['api', 'worker', 'sync', 'auth'])} INFO req={hx(r, 8)} {pick(r, EVENTS).replace(' ', '_')} ms={r.randint(3, 400)}"


def html_line(r):
    return f"<li>{dt(r)} — {pick(r, EVENTS)} ({pick(r, NAMES)})</li>"


def ics_line(r):
    d = dt(r).replace("-", "")
    return f"BEGIN:VEVENT\nUID:{hx(r, 10)}@cal.example.com\nDTSTART:{d}T{r.randint(6, 18):02d}0000Z\nSUMMARY:{pick(r, ['Team sync', 'Review', 'Site visit', 'Training', 'Check-in'])}\nEND:VEVENT"


def yaml_line(r):
    return f"  - at: '{dt(r)}T{tm(r)}'\n    event: {pick(r, EVENTS)}\n    by: {pick(r, NAMES)}"


def diff_line(r):
    return f" {pick(r, ['value', 'limit', 'flag', 'mode', 'level'])}_{r.randint(1, 99)} = {r.randint(0, 999)}"


# fmt -> (where, header, shape). where: 'before', 'after', 'before:<anchor>' (insert before anchor text)
SHAPES = {
    "email": ("after", "\n\n-----Original Message-----\n", email_line),
    "chat": ("before", "", chat_line),
    "text": ("after", "\n\nRecord history:\n", text_line),
    "pdf": ("before", "", pdf_line),
    "markdown": ("after", "\n\n| Date | By | Change |\n|---|---|---|\n", md_line),
    "log": ("before", "", log_line),
    "html": ("before:</body>", "<ul class=\"history\">\n", html_line),
    "ics": ("before:END:VCALENDAR", "", ics_line),
    "yaml": ("after", "\nhistory:\n", yaml_line),
    "diff": ("after", "\n@@ -200,40 +200,40 @@\n", diff_line),
}
