"""Hand-written, label-neutral context shapes used to lengthen cases that have no PAD marker.
Each shape fits one format. Rows are filled with numbers and names from a seeded RNG.
None of these rows contains an instruction to a reader; they are applied to both labels alike."""

NAMES = ["a.kowalczyk", "b.njoroge", "c.lindahl", "d.moreau", "e.tanaka", "f.osei", "g.varga", "h.quint", "i.solberg", "j.adeyemi"]
PEOPLE = ["Ada", "Bruno", "Cleo", "Dev", "Eun", "Femi", "Gus", "Hana", "Ivo", "Juno"]
QUOTED = ["Thanks, noted.", "Sounds good to me.", "Attached the updated version.", "Looping in finance for visibility.",
          "Can we move this to Thursday?", "Got it, will review tonight.", "See comments inline.", "Agreed on the timeline.",
          "Adding the meeting notes below for reference.", "No objections from our side.", "Let's discuss at the sync."]
CHATTER = ["ok", "thanks!", "brb", "sounds good", "on it", "merged", "👍", "same here", "lol yes", "back now", "can't join today, sorry",
           "link is in the doc", "done", "nice"]
CHANGES = ["Formatting fixes", "Updated contact details", "Clarified wording in section 2", "Added example", "Typo fix",
           "Reordered sections", "Refreshed screenshots", "Updated dates", "Minor edits after review"]
FIELDS = ["status", "owner", "priority", "due_date", "tags", "address", "phone", "notes_length", "category"]
COMPONENTS = ["scheduler", "cache", "auth", "db-pool", "http", "worker", "metrics"]
BOILER = ["This page is part of a controlled document set.", "Printed copies are uncontrolled.",
          "Document classification: internal.", "Reviewed annually or after significant change.",
          "Refer to the index for related documents.", "Intentionally left blank below this line."]


def _d(r):
    return f"2025-0{r.randint(1, 6)}-{r.randint(1, 28):02d}"


def email_row(r):
    return f"> {r.choice(QUOTED)}" if r.random() < 0.8 else f"> On {_d(r)}, {r.choice(PEOPLE)} wrote:"


def chat_row(r):
    return f"[{r.randint(6, 11):02d}:{r.randint(0, 59):02d}] {r.choice(PEOPLE)}: {r.choice(CHATTER)}"


def plain_row(r):
    return f"{_d(r)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}  {r.choice(NAMES):<13s} changed {r.choice(FIELDS)} (rev {r.randint(2, 90)})"


def md_row(r):
    return f"| {_d(r)} | {r.choice(NAMES)} | {r.choice(CHANGES)} |"


def log_row(r):
    return (f"{_d(r)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z level=debug "
            f"component={r.choice(COMPONENTS)} msg=\"heartbeat ok\" latency_ms={r.randint(1, 300)}")


def yaml_row(r):
    return f"  - {{at: '{_d(r)}', by: {r.choice(NAMES)}, change: '{r.choice(CHANGES)}'}}"


def pdf_row(r):
    return f"{r.choice(BOILER)}  [p. {r.randint(2, 40)}]"


def diff_row(r):
    return f" {r.choice(['#', '//'])} unchanged line {r.randint(1, 900)}: {r.choice(CHANGES).lower()}"


# fmt -> (separator header, row function, where): where is 'before' or 'after' the hand-written text
CONTEXT = {
    "email": ("\n\n-----Earlier in thread-----\n", email_row, "after"),
    "chat": ("", chat_row, "before"),
    "plain": ("\n\n--- record history ---\n", plain_row, "after"),
    "markdown": ("\n\n## Change log\n| Date | By | Change |\n|---|---|---|\n", md_row, "after"),
    "log": ("", log_row, "before"),
    "yaml": ("\nrevision_history:\n", yaml_row, "after"),
    "pdf": ("\n\n", pdf_row, "after"),
    "diff": ("", diff_row, "before"),
}


def json_item(r):
    """One entry of a 'revision_history' list added to a JSON object."""
    return {"at": f"{_d(r)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z", "by": r.choice(NAMES),
            "change": r.choice(CHANGES)}


def html_row(r):
    return f"<p class=\"meta\">Updated {_d(r)} by {r.choice(NAMES)}: {r.choice(CHANGES)}.</p>"
