"""Shape helpers only: the case constructor and hand-written line shapes used for padding.

A case is a dict. `text` is either a str (may hold one or more "{PAD}" slots) or a
JSON-able object (lists may hold the marker "__PAD__"). `pad` is a function rng -> str
(for text) or rng -> dict (for JSON lists). build.py decides how much padding to add.
"""

PAD = "{PAD}"
PADM = "__PAD__"


def R(tool, args, text, label, fmt, lang="en", pad=None, long=False, sc=None,
      err=False, blocks=None, sep="\n"):
    assert label in (0, 1)
    return {"tool": tool, "args": args, "text": text, "label": label, "fmt": fmt,
            "lang": lang, "pad": pad, "long": long, "sc": sc, "err": err,
            "blocks": blocks, "sep": sep}


def turns(pairs, u="User", b="Bot", ts=False):
    """Line shape: one question/answer exchange picked from a hand-written pool."""
    def f(rng):
        q, a = rng.choice(pairs)
        if ts:
            h, m = rng.randint(8, 22), rng.randint(0, 59)
            return f"[{h:02d}:{m:02d}] {u}: {q}\n[{h:02d}:{m:02d}] {b}: {a}"
        return f"{u}: {q}\n{b}: {a}"
    return f


def pick(lines):
    def f(rng):
        return rng.choice(lines)
    return f


EVERYDAY = [
    ("how long do I boil an egg if I want the yolk still runny", "About 6 minutes from a rolling boil, then straight into cold water for a minute."),
    ("give me three synonyms for 'important' that don't sound dramatic", "Key, central, worth noting."),
    ("is 180C the same as gas mark 4", "Yes, 180C is roughly gas mark 4, or about 350F."),
    ("what's a polite way to say no to a wedding invitation", "Thank them warmly, say you can't attend, and send good wishes; no long excuse is needed."),
    ("can I freeze cooked rice", "Yes. Cool it quickly, freeze within an hour, and reheat until steaming hot."),
    ("how many tablespoons in a quarter cup", "Four tablespoons."),
    ("what time zone is Lisbon in", "Western European Time, the same as London most of the year."),
    ("shorter version of 'at your earliest convenience'", "'When you can' or 'soon, if possible'."),
    ("what rhymes with orange, seriously", "Nothing perfect. 'Door hinge' is the classic near rhyme."),
    ("fix the comma in: however I think we should wait", "However, I think we should wait."),
    ("how do I get candle wax off a tablecloth", "Freeze it with an ice cube, scrape what you can, then iron through brown paper."),
    ("what should I pack for two nights in a cabin", "Layers, rain jacket, headlamp, a book, slippers and more socks than you think."),
    ("best way to store basil", "Stems in a glass of water on the counter, loosely covered, away from the fridge."),
    ("convert 3 miles to km", "About 4.8 km."),
    ("is it 'affect' or 'effect' in 'it will ___ the budget'", "'Affect' - it's the verb here."),
    ("one-line birthday message for a coworker I barely know", "Happy birthday - hope the day treats you well!"),
    ("what's the difference between baking soda and baking powder", "Powder already contains an acid; soda needs one in the recipe, like buttermilk."),
    ("how do I say thank you in Japanese", "Arigatou gozaimasu, for a polite version."),
    ("give me a 10 minute stretching routine", "Neck rolls, shoulder circles, cat-cow, hamstring stretch, hip flexor lunge, child's pose - about a minute each."),
    ("what's a good name for a grey cat", "Pebble, Ash, Smokey, Earl, or Mrs. Fog."),
    ("how long is a layover too short in Frankfurt", "Under 45 minutes is risky if you change terminals; aim for 75 or more."),
    ("summarise the plot of Hamlet in one sentence", "A grieving prince hesitates over avenging his father, and nearly everyone dies."),
]

TAVERN = [
    ("I ask Brannoc about the road north.", "\"Snow on the pass since Tuesday. I wouldn't send a goat up there, let alone a cart.\""),
    ("I order the cheapest ale.", "*A mug lands in front of you, more foam than beer.* \"Two coppers. Complain and it's three.\""),
    ("Who's the hooded figure in the corner?", "*Brannoc lowers his voice.* \"Pays in old coin, drinks nothing, leaves at midnight. I don't ask.\""),
    ("I play a slow song on my lute.", "*A dockhand stops arguing mid-sentence. Someone by the hearth hums along, badly.*"),
    ("Any work for a bard around here?", "\"The harbourmaster's daughter weds on Friday. He'll pay for songs that don't mention his debts.\""),
    ("I ask if he's heard of the Drowned Choir.", "*He sets the tankard down too hard.* \"Where did you hear that name? Not in here, you didn't.\""),
    ("I rent a room for the night.", "\"Top of the stairs, door with the crooked nail. Mind the third step, it bites.\""),
    ("I tip him an extra silver.", "*The coin vanishes.* \"Generous. The stew tomorrow will have actual meat in it, then.\""),
]

ADVENTURE = [
    ("look around", "You're on a narrow spiral staircase. Salt has crusted the railing. Above, a faint clicking, like a clock that's running fast."),
    ("go up", "Forty steps later you reach a landing with a round window. The sea below is the colour of pewter."),
    ("inspect the window", "Scratched into the glass: a small anchor and the letters E.V."),
    ("check inventory", "You carry: brass key, wet matches (3), half a map, a tin whistle."),
    ("use whistle", "A thin note echoes up the tower. Somewhere above, the clicking stops."),
    ("open the chest", "The lid creaks. Inside: a logbook, its last page torn out, and a dried sprig of lavender."),
    ("read logbook", "Most entries are weather. The final one reads: 'The lamp must not be lit on the fourth night.'"),
    ("go down", "The stairs feel steeper going down. Your lantern flickers at the bottom step."),
]

SHELL = [
    ("pwd", "/home/tess"),
    ("ls", "notes.txt  recipes  scripts  todo.md"),
    ("whoami", "tess"),
    ("date", "Tue Mar 12 09:14:02 UTC 2024"),
    ("cat todo.md", "- water plants\n- renew library books\n- email Priya about the bake sale"),
    ("uname -a", "Linux tess-laptop 6.5.0-demo #1 SMP x86_64 GNU/Linux"),
    ("df -h /", "Filesystem  Size  Used Avail Use% Mounted on\n/dev/sda2   234G   88G  134G  40% /"),
    ("echo $SHELL", "/bin/bash"),
    ("ls scripts", "backup.sh  rename_photos.py"),
]

INTERVIEW = [
    ("I'd say my biggest weakness is that I over-prepare.", "Interviewer: Can you give me a specific time that over-preparing cost you something?"),
    ("I built a dashboard for a bakery's sales as a side project.", "Interviewer: What decision did the owner make differently because of it?"),
    ("I'd check the data for duplicates first.", "Interviewer: Good. How would you decide which duplicate to keep?"),
    ("I left my last job because the team was dissolved.", "Interviewer: Understood. What did you learn in the final months there?"),
    ("I usually use pivot tables for that.", "Interviewer: And if the file had two million rows?"),
    ("In five years I'd like to lead a small analytics team.", "Interviewer: What would your team do better than the ones you've been on?"),
]

SUPPORT = [
    ("where is my order", "I can help with that. Could you share your order number? It starts with SO-."),
    ("the tracking hasn't moved in 4 days", "I'm sorry about the wait. I've flagged this with the carrier; you'll get an update within 48 hours."),
    ("I want to change my delivery address", "If the parcel hasn't shipped yet I can update it. Which address should we use?"),
    ("how do I return a jacket", "You can start a return from Orders > Return item. Returns are free within 30 days."),
    ("my discount code doesn't work", "Codes can't be combined with sale items. Is anything in your basket already reduced?"),
    ("can I speak to a human", "Of course. I'm connecting you to the next available agent; current wait is about 6 minutes."),
    ("I was charged twice", "I'm sorry about that. I can see two authorisations; one should drop off within 3-5 business days."),
    ("do you ship to Iceland", "Yes, standard international shipping to Iceland takes 6-9 business days."),
    ("cancel my subscription", "I can do that. Your plan stays active until the end of the current billing period."),
]

TUTOR = [
    ("what's the difference between mean and median again", "The mean adds everything and divides; the median is the middle value once sorted. Which one do outliers pull around more?"),
    ("is photosynthesis the one with light", "Yes - plants use light, water and CO2 to make glucose and oxygen. Where in the cell does it happen?"),
    ("how do I start a conclusion paragraph", "Restate your main claim in fresh words, then say why it matters. Want to try a first sentence?"),
    ("why is my for loop printing one extra line", "Check your range: range(0, n+1) runs n+1 times. What's your upper bound?"),
    ("what does 'primary source' mean", "Something created at the time by someone involved - a letter, diary, photo. Is a textbook a primary source?"),
    ("can you just give me the answer to 4b", "I'll walk you there instead. What did you get when you factored the left side?"),
    ("what's a semicolon for", "Joining two complete sentences that are closely related. Can you find two in your paragraph?"),
    ("I don't get what a foreign key is", "It's a column that points to the primary key of another table, like an order pointing at a customer id."),
]

FORUM = [
    "+1, saving this.",
    "Tried it with my D&D group bot, works well if you shorten rule 3.",
    "Does this work for the smaller local models too? Mine loses the persona after ~20 turns.",
    "I'd add a line about keeping replies under 100 words, otherwise it rambles.",
    "Nice. I use something similar for a Spanish practice partner.",
    "Mod note: please put long prompts in a code block so the thread stays readable.",
    "This is basically what I do for my shop's FAQ bot, thanks for writing it up.",
    "Has anyone tried this with a temperature below 0.5? It gets a bit flat for me.",
    "Bookmarking for my next campaign.",
    "Small tip: put the persona first and the formatting rules last, it sticks better.",
    "Worked on the first try. My kids love the pirate version.",
    "The 'ask one question at a time' line is the real MVP here.",
]

NOTEBOOK = [
    "- v{n}: shortened greeting, persona now holds ~{m} turns in testing",
    "- tried temperature 0.{n}, replies got repetitive; back to 0.7",
    "- test chat {n}: bot asked for order number before saying hello, reorder rules?",
    "- note: users type 'hi' {n}% of the time, first reply should be short",
    "- v{n}: added 'if unsure, say so' line; fewer made-up store hours",
    "- draft {n}: removed emoji rule, nobody missed it",
]


def notebook_line(rng):
    return rng.choice(NOTEBOOK).format(n=rng.randint(2, 40), m=rng.randint(10, 60))


INTENTS = ["order_status", "returns", "billing", "shipping_intl", "cancel_sub", "discount_code",
           "human_handoff", "product_question", "account_login", "smalltalk", "complaint"]


def analytics_log(rng):
    mo, d = rng.randint(1, 9), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return (f"2024-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z INFO conv=c{rng.randint(10000, 99999)} "
            f"intent={rng.choice(INTENTS)} turns={rng.randint(1, 28)} "
            f"latency_ms={rng.randint(180, 2400)} csat={rng.choice(['-', '1', '2', '3', '4', '5'])}")


def analytics_row(rng):
    return (f"c{rng.randint(10000, 99999)},2024-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d},"
            f"{rng.choice(INTENTS)},{rng.randint(1, 28)},{rng.choice(['', '1', '2', '3', '4', '5'])},"
            f"{rng.choice(['resolved', 'handoff', 'abandoned', 'resolved', 'resolved'])}")
