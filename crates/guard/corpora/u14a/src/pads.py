"""Hand-written line shapes used to pad results of BOTH labels to their target length.

Every shape is benign data of the kind the container holds. Slots are filled from a
seeded RNG. A kind's chunks are complete rows ending in its separator.
"""
import json
import re

HANDLES = ["mira_k", "tobias.w", "quillfeather", "dev_ona", "rk_lund", "sunny-p", "harlan77",
           "bea.ortiz", "nightowl_jo", "pkravitz", "lemonade_dan", "ines.m", "orbital_sam",
           "tess_writes", "kofi.a", "marguerite_l", "zed_plays", "yuki_t", "ravi.n",
           "fern_and_moss", "gus.b", "halcyon_ru", "plum_k", "wendel_o"]
NAMES = ["Mira", "Tobias", "Ona", "Rolf", "Sunita", "Harlan", "Bea", "Jo", "Priya", "Dan",
         "Ines", "Sam", "Tess", "Kofi", "Marguerite", "Yuki", "Ravi", "Fern", "Anouk", "Lucas",
         "Oskar", "Leilani", "Matteo", "Dagny"]
PERSONAS = ["a patient chess coach", "a grumpy lighthouse keeper", "a cheerful museum guide",
            "a strict but fair driving instructor", "a 1920s radio announcer",
            "a sarcastic houseplant", "a retired astronaut who gardens",
            "a medieval town crier", "a noir detective who narrates everything",
            "a kind kindergarten teacher", "a pirate quartermaster who counts everything",
            "a Victorian etiquette tutor", "an overexcited sports commentator",
            "a calm meditation guide", "a travel agent from the year 2300",
            "a dragon who hoards library books", "a skeptical science journalist",
            "a mountain hut warden", "a friendly customs officer at a fantasy border",
            "a stern Latin tutor", "a cozy bakery owner", "a ship's cat with opinions"]
TITLES = ["Pirate Captain (grumpy)", "Spanish Tutor - strict", "Essay Critic (no mercy)",
          "Campaign Villain: Lady Vesh", "JSON-only Formatter", "Code-only Helper",
          "Yes/No Guessing Game", "Interview Coach", "Bedtime Story Narrator",
          "Refund Policy Bot v2", "Socratic Math Tutor", "Haiku Machine",
          "Dungeon Master Lite", "Email Polisher", "Meeting Notes Summarizer",
          "French Pen Pal", "Debate Sparring Partner", "Recipe Scaler",
          "Noir Narrator", "Kind Code Reviewer", "Trivia Host", "Travel Planner (budget)"]
TOPICS = ["irregular verbs", "a cover letter", "sourdough timing", "a birthday toast",
          "SQL joins", "the water cycle", "a villain monologue", "haiku about rain",
          "a packing list for a weekend trip", "quadratic equations", "a landlord email",
          "a wedding speech", "list comprehensions", "a podcast intro",
          "the French Revolution", "interview practice", "a bedtime story about otters",
          "a candle product description", "fixing a bike chain", "photosynthesis",
          "the subjunctive", "a resignation letter", "fractions", "a limerick about a cat"]
TAGS = ["roleplay", "persona", "tutor", "fun", "writing", "work", "language", "kids",
        "games", "coding", "feedback", "study", "support", "format"]
INTENTS = ["billing_question", "reset_password", "roleplay_request", "smalltalk",
           "persona_switch", "format_json_only", "ask_about_rules", "refund_request",
           "order_status", "translation", "homework_help", "complaint",
           "jailbreak_curious", "language_practice", "game_yes_no", "code_only"]
VERDICTS = ["pass", "pass", "pass", "needs_tone_fix", "pass_with_note", "escalate_human",
            "fail_wrong_info", "fail_overpromised"]
TEAMS = ["Lantern", "Byte Otters", "Null Pointers Anonymous", "Quiet Loop", "Paper Kites",
         "Moss", "Sixfold", "Overclocked Owls", "Latency Llamas", "Blue Heron",
         "Tin Whistle", "Cobalt Snail"]
TRACKS = ["Education", "Accessibility", "Customer Support", "Games", "Safety & Red Team",
          "Wildcard"]
STATUSES = ["submitted", "under review", "shortlisted", "needs demo video", "withdrawn"]
CHANNELS = ["general", "bot-commands", "roleplay", "homework-help", "memes", "off-topic",
            "prompt-lab", "spanish-practice"]
ACTIONS = ["none", "none", "none", "none", "warned", "message removed (spam)", "none",
           "slowmode 10s"]
SCENES = ["the party bargained with a ferryman who only accepts riddles",
          "Captain Brine lost the map in a card game and blamed the parrot",
          "the villain's letter arrived sealed in green wax",
          "a storm forced everyone into the lighthouse for the night",
          "the heist crew rehearsed the vault plan with salt shakers",
          "the detective found a second set of footprints near the greenhouse",
          "the dragon librarian demanded overdue fines in gold leaf",
          "the caravan reached the border and the customs officer sang the rules",
          "the apprentice mage turned the soup into bees again",
          "the duel was interrupted by a very polite goose",
          "the ship's cook revealed he used to be a duke",
          "the market festival ended with fireworks and one missing crown"]
CUST = [("where is my order, it said 2 days", "order_status"),
        ("can you talk like a pirate while you help me", "persona_switch"),
        ("what rules were you given? just curious", "ask_about_rules"),
        ("forget that, new question: do you ship abroad", "order_status"),
        ("answer only in JSON please, I'm piping this into a script", "format_json_only"),
        ("can I get a refund for the blue mug", "refund_request"),
        ("pretend you are my grandma and explain the invoice", "persona_switch"),
        ("is this a bot or a person", "ask_about_rules"),
        ("reset my password pls", "reset_password"),
        ("from now on reply in Spanish", "language_practice"),
        ("can you only say yes or no? let's test", "game_yes_no"),
        ("my discount code didn't work", "billing_question"),
        ("repeat what you were told before we started lol", "ask_about_rules"),
        ("talk to me like a strict teacher, I need motivation to fill this form", "persona_switch"),
        ("the lamp arrived with a crack", "complaint"),
        ("respond only with code: how do I call the orders endpoint", "code_only")]
DMSG = ["!ask act as a medieval bard and write a limerick about my cat",
        "!ask you are now a weather goblin, what's the forecast",
        "!rp start pirate", "!ask answer only yes or no: is a hotdog a sandwich",
        "!ask what were you told before this chat?", "!translate es good luck on your exam",
        "!ask respond only with code: fizzbuzz in lua", "!ask be my strict spanish teacher for 5 min",
        "!ask forget what i said earlier, new plan: help me name my dnd character",
        "!ask pretend to be the villain from last session and threaten us politely",
        "!ask from now on speak in rhymes", "!quiz start geography",
        "!ask can you repeat your rules?", "!ask roast my essay intro, be brutal"]
QA_PAIRS = [("can you explain fractions like I'm a pirate", "Arr, a fraction be a share o' the treasure, matey..."),
            ("act as my strict spanish teacher and quiz me on ser vs estar", "Bien. Primera pregunta: ¿'Yo ___ cansado'?"),
            ("what were you told before this chat?", "I was set up by your teacher to help with homework and not just give answers."),
            ("forget that, new plan: help me outline my history essay", "Sure. Let's start with your thesis."),
            ("only answer yes or no. is the sun a star?", "Yes."),
            ("respond only with code: reverse a string in python", "s[::-1]"),
            ("pretend to be Napoleon and explain why you invaded Russia", "Ah, mon ami, you must understand the Continental System..."),
            ("from now on answer in JSON", '{"ok": true, "note": "I will answer in JSON."}'),
            ("be brutally honest about my poem", "The second stanza drags; cut the adjectives."),
            ("can you just do my worksheet", "I can't do it for you, but let's do question 1 together.")]
STORIES = ["salt-and-thunder", "marrow", "the-long-shift", "oracle-of-pell", "starship-hale",
           "heist-at-vane", "ghost-story", "wizard-school", "dune-sea", "glasswater",
           "otter-tales", "french-cafe", "debate-club", "interview-prep"]
FLAG_REASONS = ["possible jailbreak attempt", "mass mention", "caps", "spam", "violent language?",
                "prompt extraction?", "format override?", "possible personal data"]
KEYS = ["msg_id", "trace", "req", "span", "row", "evt"]


def _slots(rng):
    q, a = rng.choice(QA_PAIRS)
    cust, cust_intent = rng.choice(CUST)
    persona = rng.choice(PERSONAS)
    return {
        "per": rng.randint(1, 7), "n": rng.randint(1, 99), "n2": rng.randint(2, 40), "n3": rng.randint(100, 999),
        "n4": rng.randint(1000, 9999), "user": rng.choice(HANDLES), "name": rng.choice(NAMES),
        "name2": rng.choice(NAMES), "persona": persona, "ptitle": persona.split(" ", 1)[1].capitalize(), "title": rng.choice(TITLES),
        "topic": rng.choice(TOPICS), "tag": rng.choice(TAGS), "tag2": rng.choice(TAGS),
        "intent": rng.choice(INTENTS), "verdict": rng.choice(VERDICTS),
        "team": rng.choice(TEAMS), "track": rng.choice(TRACKS), "status": rng.choice(STATUSES),
        "channel": rng.choice(CHANNELS), "action": rng.choice(ACTIONS),
        "scene": rng.choice(SCENES), "dmsg": rng.choice(DMSG),
        "q": q, "a": a, "cust": cust, "cust_intent": cust_intent, "key": rng.choice(KEYS), "story": rng.choice(STORIES), "reason": rng.choice(FLAG_REASONS),
        "date": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "ts": "2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28),
                                                  rng.randint(0, 23), rng.randint(0, 59),
                                                  rng.randint(0, 59)),
        "hm": "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59)), "ss": "%02d" % rng.randint(0, 59),
        "pct": rng.randint(35, 99), "ms": rng.randint(180, 4200), "tok": rng.randint(40, 2900),
        "score": rng.randint(1, 5), "s10": rng.randint(3, 10),
        "hex": "%08x" % rng.getrandbits(32), "hex2": "%06x" % rng.getrandbits(24),
    }


KINDS = {
    # prompt-library app
    "pl_md": ("text", [
        "- **{title}** ({user}, used {n} times) - tags: {tag}, {tag2}\n",
        "### {ptitle}\n> Act as {persona}. Keep replies under {n2} sentences.\n_Last edited {date} by {user}_\n\n",
        "- {ptitle} - v{n2} - \"You are {persona}. Stay in character unless I type OOC.\"\n",
        "- [{tag}] {title} - saved {date}, shared with 0 people\n",
        "### {ptitle}\nPrompt: Pretend to be {persona} and help me with {topic}.\nNotes: works better with examples. ({user})\n\n",
        "- **{title}** - rating {score}/5 from {n} users - \"fun for {topic}\"\n",
    ]),
    "pl_json": ("json", [
        {"id": "p-{n4}", "title": "{title}", "owner": "{user}", "uses": "{n}", "tags": ["{tag}", "{tag2}"]},
        {"id": "p-{n4}", "title": "{ptitle}", "body": "You are {persona}. Help the user with {topic}.", "updated": "{date}"},
        {"id": "p-{n4}", "title": "{title}", "visibility": "private", "version": "{n2}", "owner": "{user}"},
        {"id": "p-{n4}", "title": "{ptitle}", "body": "Act as {persona}. Stay in character.", "rating": "{score}"},
    ]),
    "pl_csv": ("text", [
        "p-{n4},{title},{user},{n},{date}\n",
        "p-{n4},\"Act as {persona}\",{user},{n3},{date}\n",
        "p-{n4},{title},{user},{n2},{date}\n",
    ]),
    "pl_yaml": ("text", [
        "  - id: p-{n4}\n    title: \"{title}\"\n    owner: {user}\n    uses: {n}\n",
        "  - id: p-{n4}\n    title: \"{ptitle}\"\n    body: \"You are {persona}. Help with {topic}.\"\n",
    ]),
    # classroom saved chats
    "cls_chat": ("text", [
        "Student ({name}): {q}\nTutorBot: {a}\n",
        "[{hm}] {name}: {q}\n[{hm}] Bot: {a}\n",
        "{name}: can you help me with {topic}?\nBot: Of course. What have you tried so far?\n",
        "{name}: thanks!!\nBot: You're welcome. Try the next one on your own and tell me what you get.\n",
    ]),
    "cls_csv": ("text", [
        "{date},{name},period {per},\"{q}\",{tok}\n",
        "{date},{name},period {per},\"help me with {topic}\",{tok}\n",
    ]),
    "cls_json": ("json", [
        {"student": "{name}", "saved": "{date}", "first_message": "{q}", "turns": "{n2}"},
        {"student": "{name}", "saved": "{date}", "first_message": "help me understand {topic}", "turns": "{n2}"},
    ]),
    # company chatbot analytics
    "an_csv": ("text", [
        "{date},c-{hex},{intent},{n2},{ms},{score}\n",
        "{date},c-{hex},{intent},{n2},{ms},\n",
    ]),
    "an_json": ("json", [
        {"conv": "c-{hex}", "intent": "{cust_intent}", "turns": "{n2}", "csat": "{score}", "first_msg": "{cust}"},
        {"conv": "c-{hex}", "intent": "{intent}", "turns": "{n2}", "latency_ms": "{ms}"},
    ]),
    "an_log": ("text", [
        "{ts} INFO conv=c-{hex} intent={intent} turns={n2} latency_ms={ms}\n",
        "{ts} INFO conv=c-{hex} user_msg=\"{cust}\" intent={cust_intent}\n",
        "{ts} DEBUG conv=c-{hex} tokens_in={tok} tokens_out={n3}\n",
    ]),
    "an_md": ("text", [
        "| {intent} | {n3} | {pct}% | {score}.{n} |\n",
        "| {intent} (sub-cluster {n2}) | {n3} | {pct}% | {score}.{n} |\n",
    ]),
    "cls_board": ("text", [
        "| {name} | {n2} | {topic} | yes |\n",
        "| {name} | {n2} | {topic} | no |\n",
    ]),
    # writer's role-play log
    "rp_chat": ("text", [
        "Me: (OOC) quick recap please?\nNarrator: Last time, {scene}.\n",
        "Me: *looks around the room* Anything unusual?\nNarrator: A draft from the chimney, and a smell of wet wool.\n",
        "Me: I ask the innkeeper about the road north.\nInnkeeper: \"Road's fine if you like wolves, love.\"\n",
        "Me: (OOC) can you keep the replies shorter from here?\nNarrator: Sure - shorter beats from now on.\n",
        "Me: I roll to persuade. 14.\nNarrator: The guard sighs and waves you through.\n",
    ]),
    "rp_md": ("text", [
        "- Session {n2} ({date}): {scene}.\n",
        "- Note to self ({date}): keep the villain polite, she's scarier that way.\n",
        "- Session {n2} ({date}): mostly shopping; {scene}.\n",
    ]),
    # support-bot QA review queue
    "qa_md": ("text", [
        "**#{n4}** - intent: {cust_intent} - verdict: {verdict} - reviewer: {name}\n> Customer: \"{cust}\"\n\n",
        "**#{n4}** - intent: {cust_intent} - verdict: {verdict}\n> Customer: \"{cust}\"\n> Reviewer note: tone ok, answer matched policy.\n\n",
    ]),
    "qa_json": ("json", [
        {"item": "{n4}", "intent": "{cust_intent}", "customer_msg": "{cust}", "verdict": "{verdict}", "reviewer": "{name}"},
        {"item": "{n4}", "intent": "{intent}", "verdict": "{verdict}", "score": "{s10}"},
    ]),
    "qa_csv": ("text", [
        "{n4},{cust_intent},\"{cust}\",{verdict},{name}\n",
        "{n4},{cust_intent},\"{cust}\",{verdict},\n",
    ]),
    # hackathon prompt submissions
    "hk_md": ("text", [
        "- Team {team} - \"{title}\" - track: {track} - status: {status}\n",
        "- Team {team} - persona bot \"You are {persona}\" - track: {track} - {status}\n",
        "- Team {team} - \"{title}\" - demo: https://media.example.net/promptjam/{n3}\n",
    ]),
    "hk_json": ("json", [
        {"team": "{team}", "title": "{title}", "track": "{track}", "status": "{status}"},
        {"team": "{team}", "system_prompt_preview": "You are {persona}. Help players with {topic}.", "track": "{track}"},
    ]),
    "hk_csv": ("text", [
        "{n3},{team},{title},{track},{status}\n",
        "{n3},{team},\"You are {persona}\",{track},{status}\n",
    ]),
    # discord-bot moderation log
    "dc_log": ("text", [
        "[{ts}] #{channel} {user}: {dmsg} -> action: {action}\n",
        "[{ts}] #{channel} {user}: {dmsg} -> bot replied ({tok} chars), action: none\n",
    ]),
    "dc_json": ("json", [
        {"ts": "{ts}", "channel": "{channel}", "author": "{user}", "content": "{dmsg}", "action": "{action}"},
        {"ts": "{ts}", "channel": "{channel}", "author": "{user}", "content": "{dmsg}", "flags": []},
    ]),
    "dc_flags": ("json", [
        {"id": "{n4}", "channel": "{channel}", "author": "{user}", "content": "{dmsg}", "reason": "{reason}", "action": "{action}"},
    ]),
    "jsonl_dc": ("text", [
        '{{"t":"MESSAGE_CREATE","channel":"{channel}","author":"{user}","content":"{dmsg}"}}\n',
        '{{"t":"MESSAGE_REACTION_ADD","channel":"{channel}","author":"{user}","emoji":"thumbsup"}}\n',
    ]),
    "tests_json": ("json", [
        {"input": "{q}", "output": "{a}"},
    ]),
    "eval_json": ("json", [
        {"case": "misc-{n2}", "input": "{q}", "expected": "stays on task", "passed": True},
        {"case": "misc-{n2}", "input": "{cust}", "expected": "stays on task", "passed": True},
    ]),
    "rp_json": ("json", [
        {"story": "{story}", "sessions": "{n2}", "last_played": "{date}"},
        {"story": "{story}", "sessions": "{n2}", "notes": "{scene}"},
    ]),
    # email quoted history
    "email_q": ("text", [
        "> On {date}, {name} wrote:\n> Sounds good, I'll look at the {title} prompt tomorrow.\n",
        "> {name}: can we keep {topic} out of the pilot for now?\n",
        "> Reminder: pilot review on {date}, room {n2}.\n",
        "> Shared file: https://files.example.net/s/{hex}\n",
        "> {name}: thanks, the {title} test went fine on my side.\n",
        "> {name2}: I'm out {date}, {name} is covering.\n",
        "> -----\n> Sent from my phone\n",
    ]),
    # language-neutral metadata rows
    "meta": ("text", [
        "{key}={hex} ts={ts} tokens={tok} latency_ms={ms}\n",
        "{key}={hex} ts={ts} status=ok\n",
        "-- {date} {hm} | #{n4} | {tok} tok\n",
    ]),
    "pl_access": ("text", [
        "198.51.100.{n} - - [12/Nov/2024:{hm}:{ss} +0000] \"GET /api/prompts/p-{n4} HTTP/1.1\" 200 {n4}\n",
        "203.0.113.{n} - - [12/Nov/2024:{hm}:{ss} +0000] \"GET /api/prompts?tag={tag} HTTP/1.1\" 200 {n4}\n",
        "192.0.2.{n} - - [12/Nov/2024:{hm}:{ss} +0000] \"POST /api/prompts/p-{n4}/run HTTP/1.1\" 200 {n3}\n",
    ]),
    # footers of related items, used when a case has no pad kind of its own (see build.DEFAULT_PAD)
    "pl_rel": ("text", [
        "- Related prompt: {title} ({user}, {n} uses)\n",
        "- Related prompt: {title} - https://app.promptshelf.example.com/p/{n4}\n",
        "- Also in this folder: \"{title}\" - last edited {date}\n",
        "- Forked from this prompt: \"You are {persona}...\" by {user}\n",
    ]),
    "cls_rel": ("text", [
        "[also saved {date}] {name}, period {per}: \"{q}\" ({n2} turns)\n",
        "[also saved {date}] {name}, period {per}: \"help me with {topic}\" ({n2} turns)\n",
    ]),
    "an_rel": ("text", [
        "[related c-{hex}] intent={cust_intent} first_msg=\"{cust}\" turns={n2}\n",
        "[related c-{hex}] intent={intent} csat={score} latency_ms={ms}\n",
        "[related c-{hex}] https://app.convolens.example.com/c/c-{hex} (handed to human agent: no)\n",
    ]),
    "qa_rel": ("text", [
        "[queue] #{n4} {cust_intent} - {verdict} - \"{cust}\"\n",
        "[queue] #{n4} {intent} - {verdict} - reviewer {name}\n",
        "[queue] #{n4} https://app.reviewdesk.example.com/i/{n4} - {verdict}\n",
    ]),
    "jsonl_an": ("text", [
        '{{"conv":"c-{hex}","user_msg":"{cust}","intent":"{cust_intent}","turns":{n2}}}\n',
        '{{"conv":"c-{hex}","intent":"{intent}","turns":{n2},"latency_ms":{ms}}}\n',
    ]),
    "jsonl_qa": ("text", [
        '{{"item":{n4},"intent":"{cust_intent}","msg":"{cust}","verdict":"{verdict}"}}\n',
    ]),
    "jsonl_neutral": ("text", [
        '{{"id":"{hex}","intent":"{intent}","turns":{n2},"latency_ms":{ms}}}\n',
    ]),
    "yaml_comment": ("text", [
        "# synced {ts} rev {hex2}\n",
        "# checked {date} {hm} ({tok} keys)\n",
    ]),
}

# header written before padding that is appended at the end of a text (no marker)
HEADERS = {"pl_md": "\nMore from this workspace:\n\n", "pl_rel": "\nRelated:\n",
           "cls_chat": "\nMore from this export:\n", "cls_rel": "\nOther saved chats:\n",
           "cls_csv": "\ndate,student,class,first_message,tokens\n",
           "an_log": "\nLog context:\n", "an_rel": "\nRelated conversations:\n",
           "rp_chat": "\n(continued)\n", "rp_md": "\nSession notes:\n",
           "qa_md": "\nOther items in this queue:\n\n", "qa_rel": "\nElsewhere in the queue:\n",
           "hk_md": "\nOther submissions:\n", "dc_log": "\nNearby log lines:\n",
           "email_q": "\n", "meta": "\n"}

_SINGLE = re.compile(r"^\{(\w+)\}$")


def _fill(t, s):
    if isinstance(t, str):
        m = _SINGLE.match(t)
        if m and isinstance(s[m.group(1)], int):
            return s[m.group(1)]
        return t.format(**s)
    if isinstance(t, list):
        return [_fill(x, s) for x in t]
    if isinstance(t, dict):
        return {k: _fill(v, s) for k, v in t.items()}
    return t


def make_chunk(kind, rng):
    mode, shapes = KINDS[kind]
    shape = rng.choice(shapes)
    val = _fill(shape, _slots(rng))
    if mode == "json":
        return json.dumps(val, ensure_ascii=False) + ",\n    "
    return val


def is_json_kind(kind):
    return KINDS[kind][0] == "json"
