"""Collect the hand-written banks, compose results, pad lengths, shuffle with a fixed seed,
assign ids and write results.jsonl / tools.jsonl. Byte-identical on rerun."""
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import results_work, results_writing, results_life, results_i18n, results_payloads  # noqa: E402

ID = "u12a"
SERVER = "u12a"
OUT = os.path.dirname(HERE)
SEED = 12012
N_TOTAL = 450

DEFAULTS = dict(
    chat_header="Conversation export — {date} — {n} messages",
    text_user="{who}:", text_bot="Bot:",
    email_from="Pat Ellery <pat@corp.example.com>", email_to="me@corp.example.com",
    email_subject="Fwd: bot conversation", email_intro="Forwarding the conversation as requested:",
    email_sign="— {who}", json_id_key="export_id",
    log_user="{ts} INFO chat.in user={who} text=\"{text}\"", log_bot="{ts} INFO chat.out text=\"{text}\"",
    log_note_src="export",
)

SOURCE = {}

AFFINITY = [
    ("smarthome", ("unlock", "thermostat", "oven", "routine", "door", "homeowner", "place_order", "home ")),
    ("codereview", ("pr #", " pr", "merge", "review thread", "repo", "deploy_key", "severity", "reviewer", "formatter")),
    ("companion", ("journal", "entry", "streaming account")),
    ("gamenpc", ("npc", "player")),
    ("homework", ("teacher", "homework", "maya", "tutor")),
    ("feedback", ("respondent", "5/5", "csv", "stars", "score", "rows", "competitor", "feedback")),
    ("translate", ("translation", "queue", "job")),
    ("meeting", ("minutes", "recording", "summarizer", "decision", "rm -rf")),
    ("emaildraft", ("draft", "send_email", "bcc", "reply-all", "payroll", "attachment", "iban", "wire")),
    ("notes", ("note", "prompt library", "sharing")),
    ("writing", ("document", "grant", "manuscript", "budget paragraph")),
    ("teamchat", ("thread", "channel", "#", "workspace", "slack")),
]


def load_apps():
    en = []
    for mod in (results_work, results_writing, results_life):
        for a in mod.APPS:
            app = dict(DEFAULTS, **a)
            SOURCE[app["name"]] = mod.__name__
            en.append(app)
    for app in en:
        app["reply_of"] = {}
        for sub, ix in app["pairs"].items():
            msg = next(m for m in app["messages"] if sub in m)
            app["reply_of"][msg] = app["replies"][ix]
    by_name = {a["name"]: a for a in en}
    xx = []
    for la in results_i18n.L:
        base = by_name[la["base"]]
        app = dict(base)
        app.update({k: v for k, v in la.items() if v is not None and k != "base"})
        app.update(results_i18n.LOCAL.get(la["lang"], {}))
        app["name"] = f"{base['name']}_{la['lang']}"
        app["reply_of"] = {la["messages"][mi]: la["replies"][ri] for ri, mi in enumerate(results_i18n.PAIRS[la["lang"]])}
        SOURCE[app["name"]] = "results_i18n"
        xx.append(app)
    return en, xx


def targets(rng, n):
    """Length targets for one label group: ~2% 10k-20k, ~7% 3k-8k, the rest even over 100-2000."""
    n_huge = max(1, round(n * 0.02))
    n_long = round(n * 0.07)
    t = [rng.randint(10000, 20000) for _ in range(n_huge)] + [rng.randint(3000, 8000) for _ in range(n_long)]
    rest = n - len(t)
    t += [100 + int(1900 * (i + rng.random()) / rest) for i in range(rest)]
    rng.shuffle(t)
    return t


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


class Bank:
    def __init__(self, items, rng):
        self.items, self.rng, self.pool = list(items), rng, []

    def take(self):
        if not self.pool:
            self.pool = list(self.items)
            self.rng.shuffle(self.pool)
        return self.pool.pop()


def visible_len(res):
    n = sum(len(c["text"]) for c in res["content"])
    if "structuredContent" in res and res["content"][0]["text"] != common.dumps(res["structuredContent"]):
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def compose(app, banks, rng, payload, target, fmt, special):
    """Returns (result, fmt, position)."""
    render_seed = rng.randint(0, 10**9)
    mb, rb = banks[app["name"]]
    items = []
    note = None
    if rng.random() < 0.35:
        note = {"k": "note", "who": None, "text": rng.choice(app["notes"])}
    json_mode = rng.choice(["text", "both", "both", "summary"]) if fmt == "json" else None
    big = target > 3000
    if payload is not None:
        target = max(60, target - len(payload[1]) - 20)
    pos = None
    if payload is not None:
        pos = rng.choice(["middle", "end"] if big else ["start", "middle", "middle", "end", "end"])

    def render(its):
        r2 = random.Random(render_seed)
        if fmt == "json":
            obj = common.build_json(app, its, r2)
            return common.dumps(obj), obj
        return common.RENDER[fmt](app, its, r2), None

    def assemble():
        its = list(items)
        if note is not None:
            if rng_note_first:
                its.insert(0, note)
            else:
                its.append(note)
        if payload is not None:
            pi = {"k": "inj", "who": payload[0], "text": payload[1]}
            if pos == "start":
                its.insert(0 if not (note is not None and rng_note_first) else 1, pi)
            elif pos == "middle":
                its.insert(max(1, len(its) // 2), pi)
            else:
                if note is not None and not rng_note_first and rng_end_before_note:
                    its.insert(len(its) - 1, pi)
                else:
                    its.append(pi)
        return its

    rng_note_first = rng.random() < 0.5
    rng_end_before_note = rng.random() < 0.5
    # at least 2 user messages so "start"/"middle"/"end" positions are meaningful
    while True:
        msg = mb.take()
        items.append({"k": "user", "who": rng.choice(app["people"]), "text": msg})
        if msg in app["reply_of"] and rng.random() < 0.75:
            items.append({"k": "bot", "who": None, "text": app["reply_of"][msg]})
        text, obj = render(assemble())
        if len(text) >= target:
            break
        if len(items) > 600:
            break
    its = assemble()
    text, obj = render(its)
    structured = None
    extra = None
    is_error = False
    if fmt == "json":
        if json_mode == "both":
            structured = obj
        elif json_mode == "summary":
            structured = obj
            n = len(obj["messages"])
            text = rng.choice([
                f"Export ready: {n} messages. Full data in structuredContent.",
                f"{n} records returned (see structured output).",
                f"OK — {n} items exported from {app['name']}.",
            ])
    if special == "error":
        is_error = True
        text = rng.choice([
            "Error 429: export truncated (rate limited). Partial data below.\n\n",
            "ERROR: some records could not be decrypted and were skipped. Returning what was readable:\n\n",
            "Export failed halfway (timeout after 30s). Partial result:\n\n",
        ]) + text
    elif special == "split" and fmt != "json":
        lines = text.split("\n")
        cut = len(lines) // 2
        if cut >= 2:
            extra = ["\n".join(lines[cut:])]
            text = "\n".join(lines[:cut])
    elif special == "lead" and fmt != "json":
        extra = [text]
        text = rng.choice([
            "Found 1 matching record.", "Here is the requested history.",
            "Showing the most recent export. Older entries are archived.",
        ])
    return common.result(text, structured, is_error, extra), fmt, pos


def generate():
    rng = random.Random(SEED)
    en, xx = load_apps()
    banks = {}
    for a in en + xx:
        seed = zlib.crc32(a["name"].encode())
        banks[a["name"]] = (Bank(a["messages"], random.Random(seed)), Bank(a["replies"], random.Random(seed + 1)))
    by_lang = {}
    for a in xx:
        by_lang[a["lang"]] = a
    plan = []  # (app, payload, payload_lang)
    # non-English payloads: most into their own language app, four into English apps of the base kind
    cross = {"de", "ja", "pt", "ar"}
    en_by_name = {a["name"]: a for a in en}
    for lang, who, text in results_payloads.I18N:
        if lang in cross:
            base = by_lang[lang]["name"].split("_")[0]
            plan.append((en_by_name[base], (who, text), lang))
        else:
            plan.append((by_lang[lang], (who, text), lang))
    en_payloads = list(results_payloads.EN)
    rng.shuffle(en_payloads)
    # four English payloads go into non-English texts of the languages that sent theirs out
    for lang in sorted(cross):
        plan.append((by_lang[lang], en_payloads.pop(), "en"))
    # route each English payload to the app it reads most natural in, keeping apps balanced
    quota = -(-len(en_payloads) // len(en)) + 1
    filled = {a["name"]: 0 for a in en}
    for p in en_payloads:
        low = p[1].lower()
        want = [name for name, kws in AFFINITY if any(k in low for k in kws)]
        choice = next((n for n in want if filled[n] < quota), None)
        if choice is None:
            choice = min(filled, key=lambda n: (filled[n], n))
        filled[choice] += 1
        plan.append((en_by_name[choice], p, "en"))
    n_pos = len(plan)
    n_xx = round(N_TOTAL * 0.15)
    n_xx_neg = n_xx - sum(1 for a, _, _ in plan if a["lang"] != "en")
    for i in range(n_xx_neg):
        plan.append((xx[i % len(xx)], None, None))
    n_en_neg = N_TOTAL - len(plan)
    for i in range(n_en_neg):
        plan.append((en[(i * 5) % len(en)], None, None))
    cases = []
    tg = {1: targets(rng, n_pos), 0: targets(rng, len(plan) - n_pos)}
    cycles = {}
    specials = {}
    for lab, n in ((1, n_pos), (0, len(plan) - n_pos)):
        sp = ["error"] * round(n * 0.04) + ["split"] * round(n * 0.07) + ["lead"] * round(n * 0.05)
        sp += [None] * (n - len(sp))
        rng.shuffle(sp)
        specials[lab] = sp
    for app, payload, plang in plan:
        target = tg[1 if payload else 0].pop()
        # formats go round a weighted, shuffled cycle per app and label, so each label gets the
        # same format mix inside an app
        key = (app["name"].split("_")[0] if app["lang"] == "en" else "xx", bool(payload))
        if key not in cycles:
            cyc = [f for f, w in app["formats"] for _ in range(w)]
            random.Random(zlib.crc32(repr(key).encode())).shuffle(cyc)
            cycles[key] = [cyc, 0]
        cyc = cycles[key]
        fmt = cyc[0][cyc[1] % len(cyc[0])] if app["lang"] == "en" else wpick(rng, app["formats"])
        cyc[1] += 1
        res, fmt, pos = compose(app, banks, rng, payload, target, fmt, specials[1 if payload else 0].pop())
        tool, argfn = rng.choice(app["tools"])
        case = {"kind": "result", "server": SERVER, "tool": tool, "arguments": argfn(rng),
                "result": res, "label": 1 if payload else 0}
        meta = {"lang": app["lang"], "payload_lang": plang, "fmt": fmt, "pos": pos,
                "src": SOURCE[app["name"]], "app": app["name"].split("_")[0], "len": visible_len(res)}
        cases.append((case, meta))
    rng.shuffle(cases)
    out = []
    for i, (c, m) in enumerate(cases, 1):
        c = {"id": f"{ID}-r-{i:04d}", **c}
        out.append((c, m))
    assert n_pos == sum(1 for c, _ in out if c["label"] == 1)
    return out


def main():
    out = generate()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for c, _ in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        pass  # theme: no tool definitions in this set
    print(f"wrote {len(out)} results, 0 tools")


if __name__ == "__main__":
    main()
