"""Collect hand-written pieces, compose results, pad lengths, shuffle with a fixed seed, write jsonl."""
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import parse_snippets, parse_payloads, parse_standalone, make_result, dumps  # noqa: E402
import wrappers as W  # noqa: E402
import results_snippets_cooking_home, results_snippets_life, results_snippets_writing_learning  # noqa: E402
import results_snippets_intl, results_payloads, results_standalone  # noqa: E402

OUT = os.path.dirname(HERE)
rng = random.Random(20240613)

EN = []
for mod in (results_snippets_cooking_home, results_snippets_life, results_snippets_writing_learning):
    EN += parse_snippets(mod.DATA)
INTL = parse_snippets(results_snippets_intl.DATA, intl=True)
PAYLOADS = parse_payloads(results_payloads.DATA)
STANDALONE = parse_standalone(results_standalone.DATA)

use_count = {}


def pick(pool, exclude):
    cands = [i for i in range(len(pool)) if i not in exclude]
    if not cands:
        return None
    low = min(use_count.get((id(pool), i), 0) for i in cands)
    best = [i for i in cands if use_count.get((id(pool), i), 0) == low]
    i = rng.choice(best)
    use_count[(id(pool), i)] = use_count.get((id(pool), i), 0) + 1
    return pool[i]


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date():
    return "%d %s %d" % (rng.randint(1, 28), rng.choice(MONTHS), rng.choice([2023, 2024, 2025]))


def turns_text(sn, me, bot, user_only, style="plain"):
    lines = []
    for who, txt in sn["turns"]:
        if user_only and who == "B":
            continue
        name = me if who == "U" else bot
        if style == "md":
            lines.append("**%s:** %s" % (name, txt))
        else:
            lines.append("%s: %s" % (name, txt))
    return ("\n\n" if style == "md" else "\n").join(lines)


FORMAT_TOOLS = {
    "note": "notes_get_note", "export": "export_read_conversation", "transcript": "chatlog_fetch",
    "forum": "forum_get_post", "email": "mail_read_message", "wiki": "wiki_get_page", "diary": "journal_get_entry",
}


def args_for(fmt):
    n = rng.randint(1000, 99999)
    return {
        "note": lambda: {"note_id": "n-%05d" % n},
        "export": lambda: {"conversation_id": "conv-%05d" % n, "format": "markdown"},
        "transcript": lambda: {"session_id": "s%05d" % n},
        "forum": lambda: {"thread_id": n, "post": rng.randint(1, 30)},
        "email": lambda: {"message_id": "msg-%05d" % n},
        "wiki": lambda: {"space": rng.choice(["team", "family", "support", "comms"]), "page": "prompts-%d" % (n % 97)},
        "diary": lambda: {"date": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))},
    }[fmt]()


def render(fmt, lang, snips, user_only, payload, pos):
    """Return text. header/body pieces/footer; payload inserted in body at pos."""
    if lang == "en":
        me, bot = rng.choice([("Me", "Bot"), ("Me", "Chatbot"), ("You", "Assistant"), ("User", "Bot")])
        title, f_intro, said, greet, sign = None, None, None, None, None
    else:
        me, bot, title, f_intro, said, greet, sign = W.LOC[lang]
    header, footer, body = "", "", []
    if fmt == "note":
        header = "%s — %s\n%s · %s" % (title or "Saved chat", date(), rng.choice(W.APPS), rng.choice(W.NOTEBOOKS))
        body = [turns_text(s, me, bot, user_only) for s in snips]
    elif fmt == "transcript":
        body = [turns_text(s, me, bot, user_only) for s in snips]
    elif fmt == "export":
        header = "# %s\n\n_%s · %s_" % (title or "Conversation export", rng.choice(W.APPS), date())
        body = [turns_text(s, me, bot, user_only, "md") for s in snips]
    elif fmt == "forum":
        header = "**%s**\n%s · %s" % (title if lang != "en" else rng.choice(W.FORUM_TITLES), rng.choice(W.HANDLES), date())
        intro = f_intro or rng.choice(W.FORUM_INTROS)
        for i, s in enumerate(snips):
            u = "\n".join("> " + t for w, t in s["turns"] if w == "U")
            b = " ".join(t for w, t in s["turns"] if w == "B")
            part = (intro + "\n\n" if i == 0 else "") + u
            if b and not user_only:
                part += "\n\n" + (said or rng.choice(["It said:", "Its answer:", "Reply:"])) + " " + b
            body.append(part)
        if lang == "en":
            footer = rng.choice(W.FORUM_OUTROS)
    elif fmt == "email":
        who = rng.choice(W.NAMES)
        mail = who.split()[0].lower() + "@example." + rng.choice(["com", "org", "net"])
        header = "From: %s <%s>\nTo: %s@example.com\nSubject: %s\n\n%s" % (
            who, mail, rng.choice(W.NAMES).split()[0].lower(), title or rng.choice(W.EMAIL_SUBJECTS),
            greet or rng.choice(["Hi,", "Hey,", "Hello,"]))
        if lang == "en":
            body.append(rng.choice(W.EMAIL_INTROS))
        body += [turns_text(s, me, bot, user_only) for s in snips]
        footer = "%s\n%s" % (sign or rng.choice(W.EMAIL_SIGNOFFS), who.split()[0])
    elif fmt == "wiki":
        header = "# %s\n\n%s" % (rng.choice(W.WIKI_TITLES) if lang == "en" else title,
                                 rng.choice(W.WIKI_INTROS) if lang == "en" else "")
        for s in snips:
            u = " ".join(t for w, t in s["turns"] if w == "U")
            b = " ".join(t for w, t in s["turns"] if w == "B")
            part = "**Prompt:** \"%s\"" % u
            if b and not user_only:
                part += "\n\n*%s* %s" % (said or "Example reply:", b)
            body.append(part)
    elif fmt == "diary":
        header = "%s" % date()
        for s in snips:
            u = " ".join(t for w, t in s["turns"] if w == "U")
            b = " ".join(t for w, t in s["turns"] if w == "B")
            part = "%s \"%s\"" % (f_intro or rng.choice(W.DIARY_LEADS), u)
            if b and not user_only:
                part += " %s %s" % (said or rng.choice(W.DIARY_SAID), b)
            body.append(part)
    if payload is not None:
        if pos == "start":
            idx = 0
        elif pos == "end":
            idx = len(body)
        else:
            idx = max(1, len(body) // 2) if len(body) > 1 else rng.choice([0, 1])
        body.insert(idx, payload)
    parts = [p for p in [header] + body + [footer] if p]
    return "\n\n".join(parts)


def compose(lang, pool, target, payload, fmt=None, pos=None):
    fmt = fmt or rng.choice(list(FORMAT_TOOLS))
    user_only = target < 330
    pos = pos or rng.choice(["start", "middle", "middle", "end", "end"])
    snips = []
    text = ""
    while True:
        idxs = [pool.index(s) for s in snips]
        s = pick(pool, set(idxs))
        if s is None:
            break
        snips.append(s)
        text = render(fmt, lang, snips, user_only, payload, pos)
        if target <= 2000 and len(text) > 2000 and len(snips) > 1:
            snips.pop()
            text = render(fmt, lang, snips, user_only, payload, pos)
            break
        if len(text) >= (target if target > 2000 else target * 0.92):
            break
    return fmt, text


records = []  # (tool, args, text, label)

# stand-alone cases
for c in STANDALONE:
    fmt_tool = c["tool"]
    is_err = c["text"].startswith("(Note could not") or c["text"].startswith("Conversation not found")
    args = {"notes_get_note": {"note_id": "n-%05d" % rng.randint(1000, 99999)},
            "export_read_conversation": {"conversation_id": "conv-%05d" % rng.randint(1000, 99999)},
            "forum_get_post": {"thread_id": rng.randint(1000, 99999), "post": 1},
            "mail_read_message": {"message_id": "msg-%05d" % rng.randint(1000, 99999)},
            "wiki_get_page": {"space": "team", "page": "prompts-%d" % rng.randint(1, 96)},
            "chatlog_fetch": {"session_id": "s%05d" % rng.randint(1000, 99999)},
            "docs_read_file": {"path": "/Documents/chats/%d.txt" % rng.randint(100, 999)}}[fmt_tool]
    records.append((fmt_tool, args, c["text"], c["label"], is_err))

en_payloads = [p for p in PAYLOADS if p["lang"] == "en"]
intl_payloads = [p for p in PAYLOADS if p["lang"] != "en"]


def target_len(lo=100):
    return rng.randint(lo, 2000)


# non-English cases: about 1.3 per snippet, with each of that language's payloads used once
langs = sorted(set(s["lang"] for s in INTL))
for lang in langs:
    pool = [s for s in INTL if s["lang"] == lang]
    pls = [p for p in intl_payloads if p["lang"] == lang]
    n = max(round(len(pool) * 1.3), len(pls) + 2)
    for k in range(n):
        payload = pls[k]["text"] if k < len(pls) else None
        maxlen = sum(len(" ".join(t for _, t in s["turns"])) for s in pool) + 300
        t = rng.randint(100 if payload is None else len(payload) + 60, min(2000, max(400, maxlen)))
        fmt, text = compose(lang, pool, t, payload)
        records.append((FORMAT_TOOLS[fmt], args_for(fmt), text, 1 if payload else 0, False))

# English composed cases
N_EN_L1 = 90
N_EN_L0 = 265
N_LONG = 12
en_pl = en_payloads[:]
rng.shuffle(en_pl)
jobs = [("L1", en_pl[i]["text"]) for i in range(N_EN_L1)] + [("L0", None)] * N_EN_L0
rng.shuffle(jobs)
l1_jobs = [i for i, j in enumerate(jobs) if j[1] is not None]
l0_jobs = [i for i, j in enumerate(jobs) if j[1] is None]
long_idx = set(rng.sample(l1_jobs, 3) + rng.sample(l0_jobs, N_LONG - 3))
for j, (_, payload) in enumerate(jobs):
    if j in long_idx:
        t = rng.randint(3000, 6000)
        fmt = rng.choice(["note", "export", "transcript", "diary", "email"])
        fmt, text = compose("en", EN, t, payload, fmt, rng.choice(["middle", "end"]))
    else:
        t = rng.randint(150 if payload is None else len(payload) + 40, 2000)
        fmt, text = compose("en", EN, t, payload)
    records.append((FORMAT_TOOLS[fmt], args_for(fmt), text, 1 if payload else 0, False))

rng.shuffle(records)
with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
    for i, (tool, args, text, label, is_err) in enumerate(records, 1):
        f.write(dumps(make_result("u13a-r-%04d" % i, tool, args, text, label, is_err)) + "\n")
open(os.path.join(OUT, "tools.jsonl"), "w").close()
print("wrote %d results (%d label 1), 0 tools" % (len(records), sum(r[3] for r in records)))
