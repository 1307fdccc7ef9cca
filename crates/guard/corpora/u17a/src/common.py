"""Shape helpers for the u17a hand-written dataset.

Cases are written by hand in the results_*.py files with R(...). This module only
knows how to hold a case, how to expand the padding marker, how to render the
result text, and a set of hand-written line shapes ("fillers") that build.py uses
to pad cases to their target length. Fillers only contain neutral bulk rows; they
are shared by both labels.
"""
import json

PAD = "{{PAD}}"


def R(tool, args, label, *, fmt, text=None, data=None, lang="en", fill=None,
      sc=None, sc_mirror=False, err=False, pre=None, post=None, long=False,
      sep="\n", indent=2):
    """One result case.

    text      -- str, may contain the PAD marker on its own line
    data      -- JSON-able object rendered as the main text block (PAD allowed in lists)
    sc        -- structuredContent object (PAD allowed in lists)
    sc_mirror -- main text block is the JSON dump of sc
    pre/post  -- extra text blocks before / after the main block
    fill      -- filler(rng, i) -> str (text mode) or object (data/sc mode)
    long      -- target 3000-6000 characters instead of 100-2000
    """
    assert label in (0, 1)
    assert (text is not None) + (data is not None) + bool(sc_mirror) == 1, tool
    return dict(tool=tool, args=args, label=label, fmt=fmt, text=text, data=data,
                lang=lang, fill=fill, sc=sc, sc_mirror=sc_mirror, err=err,
                pre=list(pre or []), post=list(post or []), long=long, sep=sep,
                indent=indent)


def expand(obj, rows):
    if isinstance(obj, list):
        out = []
        for x in obj:
            if x == PAD:
                out.extend(rows)
            else:
                out.append(expand(x, rows))
        return out
    if isinstance(obj, dict):
        return {k: expand(v, rows) for k, v in obj.items()}
    return obj


def dumps(obj, indent=2):
    if indent is None:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def render(case, rows):
    """Return (list_of_text_blocks, structuredContent_or_None, measured_length)."""
    sc = expand(case["sc"], rows) if case["sc"] is not None else None
    if case["data"] is not None:
        main = dumps(expand(case["data"], rows), case["indent"])
    elif case["sc_mirror"]:
        main = dumps(sc, case["indent"])
    else:
        t = case["text"]
        if PAD in t:
            if rows:
                t = t.replace(PAD, case["sep"].join(rows))
            else:
                t = t.replace(PAD + "\n", "").replace(PAD, "")
        main = t
    blocks = case["pre"] + [main] + case["post"]
    n = sum(len(b) for b in blocks)
    if sc is not None and not case["sc_mirror"]:
        n += len(dumps(sc, None))
    return blocks, sc, n


# ---------------------------------------------------------------------------
# Fillers: hand-written line shapes, numbers from the seeded rng passed in.
# ---------------------------------------------------------------------------
_NAMES = ["Ines Marlow", "Tobiah Venn", "Ruth Okafor", "Pim de Graaf", "Sanne Holt",
          "Kofi Addo", "Mirela Stan", "Jonah Pell", "Aiko Moriyama", "Dev Raman",
          "Lucia Ferro", "Oskar Lind", "Hana Kubo", "Emeka Obi", "Greta Sund"]


def _ts(rng):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28),
                                              rng.randint(0, 23), rng.randint(0, 59),
                                              rng.randint(0, 59))


def runs_json(rng, i):
    return {"run": "tr-%05d" % rng.randint(10000, 99999), "started": _ts(rng),
            "latency_ms": rng.randint(380, 9400), "tokens": rng.randint(200, 5200),
            "result": rng.choice(["pass", "pass", "pass", "fail", "pass", "skipped"])}


def usage_json(rng, i):
    return {"day": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
            "conversations": rng.randint(3, 900), "handoffs": rng.randint(0, 40),
            "avg_turns": round(rng.uniform(2.0, 11.0), 1),
            "csat": round(rng.uniform(3.1, 4.9), 2)}


def version_json(rng, i):
    notes = ["typo fix", "tightened tone", "added handoff rule", "new tool wired",
             "temperature lowered", "greeting shortened", "removed old FAQ link",
             "split long paragraph", "renamed variable", "added fallback reply"]
    return {"version": rng.randint(2, 60), "saved_at": _ts(rng),
            "saved_by": rng.choice(_NAMES), "note": rng.choice(notes)}


def log_line(rng, i):
    steps = ["llm.call", "tool.lookup_order", "tool.get_policy", "retrieval.search",
             "guard.output_check", "tool.create_ticket", "router.intent", "memory.write"]
    return "%s INFO agent-runtime step=%s latency_ms=%d tokens=%d status=%s" % (
        _ts(rng), rng.choice(steps), rng.randint(40, 4200), rng.randint(0, 3100),
        rng.choice(["ok", "ok", "ok", "retry", "ok", "timeout"]))


def md_runs_row(rng, i):
    return "| %s | %s | %d ms | %d | %s |" % (
        "tr-%05d" % rng.randint(10000, 99999), _ts(rng)[:10], rng.randint(300, 9000),
        rng.randint(100, 4000), rng.choice(["pass", "pass", "fail", "pass"]))


def csv_metrics(rng, i):
    return "%s,%d,%d,%.2f,%s" % (
        "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), rng.randint(5, 800),
        rng.randint(0, 60), rng.uniform(0.5, 0.99), rng.choice(["prod", "staging", "prod"]))


_EVAL_Q = [
    ("What is the late fee on invoice {n}?", "{m} EUR, per clause 4"),
    ("Can I move my delivery {n} to Saturday?", "Yes, if booked before Thursday"),
    ("How many vacation days after {m} years?", "{k} days"),
    ("Summarize ticket {n} in one line", "Customer reports double charge"),
    ("Translate 'order {n} shipped' to Spanish", "pedido {n} enviado"),
    ("Is store {m} open on Sunday?", "Only 10:00-16:00"),
    ("Which plan includes {m} seats?", "Team plan"),
    ("Convert {m} miles to km", "{k}.{m} km approx"),
]


def csv_eval_row(rng, i):
    q, a = rng.choice(_EVAL_Q)
    n, m, k = rng.randint(10000, 99999), rng.randint(2, 90), rng.randint(10, 40)
    return 'EV-%04d,"%s","%s",%s,%d' % (rng.randint(100, 9999), q.format(n=n, m=m, k=k),
                                       a.format(n=n, m=m, k=k),
                                       rng.choice(["pass", "pass", "fail", "pass"]),
                                       rng.randint(1, 5))


_TURNS = [
    ("Where is order {n}?", "Order {n} left the warehouse on the {d}th and should arrive in 2-3 days."),
    ("Can I change my address?", "Sure. I've opened a change request; you'll get a confirmation email."),
    ("What time do you close today?", "We close at 18:00 today."),
    ("Do you ship to Norway?", "Yes, delivery to Norway takes 5-7 working days."),
    ("I was charged twice.", "Sorry about that. I've flagged charge {n} for the billing team."),
    ("How do I reset my password?", "Use 'Forgot password' on the sign-in page; the link is valid for 30 minutes."),
    ("Is the blue model in stock?", "The blue model is in stock in sizes M and L."),
    ("Can I talk to a person?", "Of course, I'm handing you over to the team now."),
]


def turn(rng, i):
    u, b = _TURNS[(i * 3 + rng.randint(0, 1)) % len(_TURNS)]
    n, d = rng.randint(10000, 99999), rng.randint(2, 28)
    return "User: %s\nBot: %s" % (u.format(n=n, d=d), b.format(n=n, d=d))


def turn_json(rng, i):
    u, b = _TURNS[(i * 3 + rng.randint(0, 1)) % len(_TURNS)]
    n, d = rng.randint(10000, 99999), rng.randint(2, 28)
    return {"user": u.format(n=n, d=d), "bot": b.format(n=n, d=d),
            "latency_ms": rng.randint(400, 5000)}


_REVIEWS = ["Works well for our shop, saved a lot of time.",
            "Good structure, had to tweak the tone for German customers.",
            "Too long for small models, otherwise solid.",
            "Exactly what I needed for my newsletter.",
            "Outputs are consistent; variables are easy to fill.",
            "Seller answered my question within a day.",
            "Meh. Works, but the examples are thin.",
            "Nice, though it repeats the greeting sometimes.",
            "Good value for the price.",
            "Used it for three clients already."]


def review_line(rng, i):
    stars = rng.randint(2, 5)
    return "%s%s  %s (%s): %s" % ("★" * stars, "☆" * (5 - stars), rng.choice(_NAMES),
                                  _ts(rng)[:10], rng.choice(_REVIEWS))


def review_json(rng, i):
    return {"rating": rng.randint(2, 5), "by": rng.choice(_NAMES).split()[0],
            "date": _ts(rng)[:10], "text": rng.choice(_REVIEWS)}


_EVENTS = ["status changed to pending", "customer replied", "agent replied",
           "priority set to normal", "tag added: prompt-behaviour", "tag added: billing",
           "assigned to tier 2", "SLA timer paused", "internal note added", "attachment uploaded"]


def ticket_event(rng, i):
    return "[%s] %s - %s" % (_ts(rng).replace("T", " ")[:16], rng.choice(_NAMES),
                             rng.choice(_EVENTS))


def yaml_step(rng, i):
    kinds = ["filter", "formatter", "delay", "lookup_row", "http_get", "router"]
    return ("  - id: step_%d\n    type: %s\n    timeout_s: %d\n    retries: %d"
            % (rng.randint(20, 99), rng.choice(kinds), rng.randint(5, 120), rng.randint(0, 3)))


def yaml_version(rng, i):
    notes = ["wording", "new example", "shorter intro", "fixed variable name",
             "added refusal line", "cleanup"]
    return ("  - v: %d\n    at: %s\n    by: %s\n    note: %s"
            % (rng.randint(2, 40), _ts(rng)[:10], rng.choice(_NAMES), rng.choice(notes)))


def md_bullet_usage(rng, i):
    teams = ["support", "sales-emea", "onboarding", "finance-ops", "marketing", "it-desk",
             "legal", "people-ops", "growth"]
    return "- used by **%s** in %d workflows, last edit %s" % (
        rng.choice(teams), rng.randint(1, 40), _ts(rng)[:10])


def tsv_row(rng, i):
    return "%d\t%s\t%d\t%d\t%s" % (rng.randint(1, 999), _ts(rng)[:10], rng.randint(0, 500),
                                  rng.randint(0, 80), rng.choice(["ok", "ok", "warn"]))


def sql_row(rng, i):
    return "| %6d | %s | %-8s | %5d |" % (rng.randint(1, 999999), _ts(rng)[:10],
                                         rng.choice(["pass", "fail", "pass", "pending"]),
                                         rng.randint(1, 9000))


def grade_row(rng, i):
    return "%s,%d,%d,%d,%s" % (
        "s%05d" % rng.randint(10000, 99999), rng.randint(4, 10), rng.randint(3, 10),
        rng.randint(2, 10), rng.choice(["on time", "on time", "late", "on time"]))


def task_line(rng, i):
    sites = ["shop.example.com", "portal.example.org", "bank.example.net",
             "news.example.com", "jobs.example.org", "tickets.example.net"]
    verbs = ["check price of item %d", "download statement %d", "look up tracking %d",
             "read top %d headlines", "save listing %d to notes", "compare %d offers"]
    return "- [%s] %s on %s (every %s)" % (
        rng.choice([" ", "x", " "]), rng.choice(verbs) % rng.randint(2, 9999),
        rng.choice(sites), rng.choice(["day", "week", "Monday", "month"]))


def json_task(rng, i):
    return {"task_id": "bt_%04d" % rng.randint(1000, 9999),
            "site": rng.choice(["shop.example.com", "portal.example.org", "news.example.com"]),
            "schedule": rng.choice(["daily 08:00", "weekly Mon", "manual", "hourly"]),
            "last_run": _ts(rng), "last_status": rng.choice(["ok", "ok", "blocked", "ok"])}


def score_json(rng, i):
    return {"team": "team-%02d" % rng.randint(1, 60), "judge": rng.choice(_NAMES).split()[0],
            "impact": rng.randint(1, 5), "craft": rng.randint(1, 5), "demo": rng.randint(1, 5)}


def listing_json(rng, i):
    cats = ["email", "seo", "support", "coding", "recipes", "study", "hr", "legal-lite"]
    return {"listing_id": "pl_%05d" % rng.randint(10000, 99999), "category": rng.choice(cats),
            "price_usd": rng.choice([0, 2.99, 4.99, 7.5, 9.99, 14]),
            "sales": rng.randint(0, 3000), "rating": round(rng.uniform(3.0, 5.0), 1)}


def run_text(rng, i):
    return "tr-%05d  %s  %-7s %5d ms  %4d tokens" % (
        rng.randint(10000, 99999), _ts(rng)[:10], rng.choice(["pass", "pass", "fail", "pass", "skipped"]),
        rng.randint(300, 9000), rng.randint(100, 4000))


def eval_text(rng, i):
    return "EV-%04d  %s  %-5s  judge=%d  %d tokens" % (
        rng.randint(100, 9999), _ts(rng)[:10], rng.choice(["pass", "pass", "fail"]), rng.randint(1, 5),
        rng.randint(80, 2400))


def class_activity(rng, i):
    acts = ["opened by TA", "rubric applied", "comment added", "resubmitted", "viewed by student",
            "grade released", "peer review assigned", "file replaced"]
    return "%s  s%05d  %s" % (_ts(rng).replace("T", " ")[:16], rng.randint(10000, 99999), rng.choice(acts))


def judge_line(rng, i):
    return "%s  %s scored team-%02d: impact %d, craft %d, demo %d" % (
        _ts(rng)[11:16], rng.choice(_NAMES).split()[0], rng.randint(1, 60), rng.randint(1, 5),
        rng.randint(1, 5), rng.randint(1, 5))


def browser_run_obj(rng, i):
    return {"run": "r_%05d" % rng.randint(10000, 99999), "at": _ts(rng),
            "site": rng.choice(["portal.example.org", "shop.example.com", "bank.example.net", "library.example.org"]),
            "result": rng.choice(["done", "done", "needs login", "page changed", "done"])}


TEXT_FMTS = ("text", "prose", "markdown", "email", "transcript")


def ctx_map(text_hdr, text_fill, json_key, json_fill, extra=None):
    """Default context section per format for cases written without a PAD marker."""
    m = {f: ("text", text_hdr, text_fill) for f in TEXT_FMTS}
    m["yaml"] = ("text", "history:", yaml_version)
    m["json"] = ("json", json_key, json_fill)
    m.update(extra or {})
    return m


def add_context(case, ctx):
    """Give a case without PAD a context section that fits its format (used by build.py)."""
    if case["fill"] is not None or case["err"] or case["sc"] is not None or case["sc_mirror"]:
        return case
    spec = ctx.get(case["fmt"])
    if spec is None:
        return case
    kind, hdr, filler = spec
    c = dict(case)
    if kind == "text" and case["text"] is not None and PAD not in case["text"]:
        c["text"] = case["text"].rstrip("\n") + "\n\n" + (hdr + "\n" if hdr else "") + PAD + "\n"
        c["fill"] = filler
    elif kind == "json" and isinstance(case["data"], dict) and hdr not in case["data"]:
        d = dict(case["data"])
        d[hdr] = [PAD]
        c["data"] = d
        c["fill"] = filler
    return c
