"""Hand-written line shapes used to build the pasted material inside longer
messages (notes, logs, CVs, essays ...). The same pools are used for both
labels. Numbers and names come from the seeded RNG passed in by build.py."""
import re

NAMES = ["Priya", "Tomasz", "Leila", "Oskar", "Mireille", "Kwame", "Hana",
         "Dario", "Ines", "Rafferty", "Suki", "Bram", "Odile", "Femi", "Ylva"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

POOLS = {
    "notes": [
        "- Budget for Q{q} stays at {n}k; {name} to confirm with finance by {day}.",
        "- Vendor shortlist down to two. {name} books demos for next week.",
        "- Decision: we pause the newsletter redesign until the survey closes.",
        "- {name} flagged that the staging server is {n}% over its disk quota.",
        "- Launch date moved from the {dth} to the {d2th}, marketing informed.",
        "- Action: {name} drafts the FAQ, {name2} reviews before {day}.",
        "- Open question: do we keep the free tier? Nobody wanted to decide today.",
        "- Hiring: two interviews done, one offer pending, {name} owns follow-up.",
        "- Customer complaints about slow exports up to {n} this month.",
        "- Agreed to try a 15-minute standup instead of 30 for {n2} weeks.",
        "- {name} to send the updated roadmap to the whole team by {day}.",
        "- Office move: boxes by the {dth}, IT unplugs desks the day before.",
        "- Retro: too many meetings, not enough written decisions.",
        "- Risk: the payment provider changes its API in {n2} weeks.",
        "- Decision: support hours extend to 8pm on weekdays from next month.",
        "- Parking lot: rename the project? {name2} hates the current name.",
        "- {name2} presents the accessibility audit results on {day}.",
        "- Next meeting {day} at {h}:00, same room, bring laptops.",
    ],
    "email": [
        "From: {name} <{lname}@firm.example.com>\nSubject: Re: Q{q} workshop\n\nHi Jo, could you run the second half of the workshop as well? The agenda is attached.",
        "From: Jo\nSubject: Re: Re: Q{q} workshop\n\nLet me check my calendar, I'm quite full until the {dth}.",
        "From: {name2} <{lname2}@firm.example.com>\n\nAdding myself to the thread. We'd also need someone to write the follow-up report, about {n} pages.",
        "From: {name}\n\nThat would be ideal actually. Jo, you did the last one so nicely. Deadline would be {day} next week.",
        "From: {name2}\n\nAlso, the client asked whether we could add a Saturday session. Thoughts?",
        "From: {name}\n\nI've pencilled you in for both days, hope that's fine! Let me know by {day}.",
        "From: Jo\n\nThanks both. I'll get back to you properly tomorrow morning.",
        "From: {name2}\n\nQuick reminder that the room booking closes on the {dth}.",
    ],
    "cv": [
        "MARLO QUIST - Operations Coordinator\nmarlo.quist@mail.example.net",
        "PROFILE\nOrganised coordinator with {n2} years in warehouse and dispatch operations.",
        "EXPERIENCE\nDispatch Lead, Harrowgate Freight ({y}-present)",
        "- Planned daily routes for {n} vehicles and cut late deliveries by {p}%.",
        "- Trained {n2} new dispatchers and wrote the onboarding checklist.",
        "- Moved the team from paper run sheets to a shared spreadsheet, then to a TMS.",
        "Warehouse Associate, Pellow & Daughters ({y2}-{y})",
        "- Picked and packed up to {n}0 orders per shift with a {acc}% accuracy score.",
        "- Volunteered as fire warden and first aider.",
        "EDUCATION\nCertificate in Supply Chain Basics, Northmere College",
        "SKILLS\nExcel (pivot tables, lookups), route planning, forklift licence, conflict resolution",
        "LANGUAGES\nEnglish (native), Polish (conversational)",
        "INTERESTS\nAllotment gardening, five-a-side football, fixing old bicycles",
        "REFERENCES\nAvailable on request.",
    ],
    "essay": [
        "The printing press changed Europe more than any king of the fifteenth century.",
        "Before Gutenberg, a single book could take a scribe many months to copy by hand.",
        "Because books were rare, only monasteries, universities and the very rich owned them.",
        "After {y0}, printers spread quickly to cities like Venice, Lyon and Antwerp.",
        "Cheaper books meant that more ordinary people had a reason to learn to read.",
        "Some historians argue that the Reformation could not have spread without pamphlets.",
        "On the other hand, literacy rose slowly and many people still heard news read aloud.",
        "The press also helped scientists share results and check each other's work.",
        "However, it spread false stories and propaganda just as quickly as true ones.",
        "In conclusion, the press was not the only cause of change, but it sped everything up.",
        "In my opinion the most important effect was on how people argued with each other.",
        "Another point is that printing made spelling more standard over time.",
        "Governments soon tried to control what could be printed through licences.",
        "This is similar to debates today about social media and who decides what is true.",
    ],
    "story": [
        "The harbour lights came on one by one, the way they always did at six.",
        "Maren kept her hands in her coat pockets so nobody would see them shaking.",
        "\"You're late,\" said the man at the end of the pier, without turning around.",
        "She didn't answer. The gulls answered for her, loud and stupid.",
        "Behind them the fish market was shutting, shutters rattling down like teeth.",
        "He held out an envelope. It was thinner than she had expected.",
        "\"That's all of it?\" she asked. \"That's all there is,\" he said.",
        "Somewhere a radio was playing a song her mother used to hum.",
        "The tide was coming in fast, covering the steps one at a time.",
        "She thought about the train timetable folded in her wallet.",
        "\"If you go now, nobody will ask questions,\" he said.",
        "For a long moment the only sound was the rope creaking on the bollard.",
        "Then she tore the envelope in half and dropped it into the water.",
        "He laughed, a short ugly laugh, and finally looked at her.",
        "The rain started, thin at first, then all at once.",
    ],
    "code": [
        "def load_users(path):\n    with open(path) as f:\n        rows = f.readlines()\n    return [r.strip().split(',') for r in rows[1:]]",
        "def average_age(users):\n    total = 0\n    for u in users:\n        total += int(u[2])\n    return total / len(users)",
        "def find_user(users, name):\n    for u in users:\n        if u[0] == name:\n            return u\n    # TODO: what if not found?",
        "def save_report(users, out):\n    f = open(out, 'w')\n    for u in users:\n        f.write(u[0] + ';' + u[2] + '\\n')",
        "def dedupe(users):\n    seen = []\n    result = []\n    for u in users:\n        if u[1] not in seen:\n            seen.append(u[1])\n            result.append(u)\n    return result",
        "def parse_date(s):\n    d, m, y = s.split('/')\n    return int(y), int(m), int(d)",
        "if __name__ == '__main__':\n    users = load_users('users.csv')\n    print(average_age(users))\n    save_report(dedupe(users), 'report.txt')",
        "class Cache:\n    def __init__(self):\n        self.data = {}\n    def get(self, k):\n        return self.data[k]\n    def put(self, k, v):\n        self.data[k] = v",
        "def retry(fn, times={n2}):\n    for i in range(times):\n        try:\n            return fn()\n        except Exception:\n            pass",
    ],
    "log": [
        "{ts} INFO  app.start version=2.{n2}.{n3} pid={pid}",
        "{ts} INFO  config loaded from /etc/ledgerly/app.yaml",
        "{ts} WARN  db.pool slow acquire ({ms} ms) host=db-{n3}.internal.example.com",
        "{ts} ERROR db.pool connection refused 192.0.2.{ip}:5432",
        "{ts} ERROR worker-{n3} unhandled exception: KeyError: 'currency'",
        "    at invoices.render (invoices.py:{line})",
        "    at jobs.nightly_run (jobs.py:{line2})",
        "{ts} INFO  retrying in {n2}s (attempt {a5}/5)",
        "{ts} WARN  cache miss ratio {p}% above threshold",
        "{ts} INFO  http GET /health 200 {ms}ms",
        "{ts} ERROR http POST /api/export 500 {ms}ms",
        "{ts} FATAL app.exit code=1",
    ],
    "contract": [
        "7.1 The Tenant shall keep the Premises in good and clean condition, fair wear and tear excepted.",
        "7.2 The Landlord may deduct from the Deposit the reasonable cost of repairing any damage beyond fair wear and tear.",
        "7.3 Any deduction shall be itemised in writing within {n2} days of the end of the Tenancy.",
        "7.4 The Tenant shall not make alterations to the Premises without prior written consent.",
        "7.5 Professional cleaning at the end of the Tenancy shall be at the Tenant's expense where reasonably required.",
        "7.6 The Landlord may retain a sum for general refreshment of the Premises, not exceeding {p}% of the Deposit.",
        "8.1 Either party may end this agreement by giving not less than {n2} months' notice in writing.",
        "8.2 Notices shall be delivered by hand or by recorded post to the addresses stated above.",
        "9.1 Rent is payable monthly in advance on the {dth} day of each month.",
    ],
    "chat": [
        "her: hey are you coming saturday",
        "me: probably! depends on work",
        "her: ok",
        "me: why, is something up?",
        "her: no it's fine",
        "her: i just thought you said you'd help with the move",
        "me: oh wait that's this saturday??",
        "her: yes. i told you like three times",
        "me: i'm so sorry, i'll try to swap my shift",
        "her: don't bother if it's a hassle",
        "me: it's not a hassle!! i'll be there by 10",
        "her: k",
        "me: are we good?",
        "her: sure",
    ],
    "lab": [
        "Aim: to find out how temperature affects the rate at which an enzyme breaks down starch.",
        "We tested amylase at 20, 30, 40, 50 and 60 degrees Celsius.",
        "At {n2}0 degrees the starch was gone after about {n3} minutes, which was the fastest.",
        "At 60 degrees the iodine stayed blue-black for the whole experiment.",
        "This suggests that the enzyme was denatured at high temperature.",
        "Our results mostly matched the prediction, except the 20 degree result was slower than expected.",
        "One source of error was that the water bath temperature kept changing by a few degrees.",
        "Another error is that we judged the colour change by eye, which is subjective.",
        "To improve, we could use a colorimeter and repeat each temperature three times.",
        "In conclusion, amylase works best around body temperature and stops working when too hot.",
    ],
    "recipe": [
        "Granny Ede's apple cake (serves {n2})",
        "- 250 g flour, 150 g butter, 120 g sugar, 2 eggs, pinch of salt",
        "- 4 sharp apples, peeled and sliced thin",
        "- 1 tsp cinnamon, juice of half a lemon",
        "1. Rub the butter into the flour and sugar until it looks like sand.",
        "2. Beat in the eggs, then press two thirds of the dough into a tin.",
        "3. Toss the apples with lemon and cinnamon, pile them on the dough.",
        "4. Crumble the rest of the dough over the top.",
        "5. Bake at 180C for about {n}0 minutes (she wrote 'until it smells right').",
        "Note in the margin: 'less sugar if the apples are sweet. never use a fan oven.'",
    ],
    "speech": [
        "Good evening everyone, and thank you for coming out on a Tuesday.",
        "For those who don't know me, I've worked alongside Gerald for {n2} years in the accounts team.",
        "When I started, Gerald was the one who showed me where the good biscuits were hidden.",
        "He has never once missed a deadline, although he has missed several buses.",
        "Gerald is the only person I know who reads the terms and conditions for fun.",
        "He also taught me that every spreadsheet has a story, and most of them are tragedies.",
        "We're going to miss his terrible puns, his enormous tea mug, and his calm in a crisis.",
        "So please raise your glasses: to Gerald, and to a retirement with no spreadsheets at all.",
    ],
    "itinerary": [
        "Day 1: arrive Porto around 14:00, check in near Ribeira, walk the river at sunset.",
        "Day 2: train to Coimbra, university library in the morning, fado in the evening.",
        "Day 3: drive to Tomar, Convent of Christ, overnight in a small guesthouse.",
        "Day 4: Évora, Roman temple, Chapel of Bones (my partner is not keen).",
        "Day 5: long drive to Seville, stop in Mértola for lunch.",
        "Budget: roughly {n}0 EUR a day for two, excluding the car.",
        "Must haves: one night somewhere with a pool, no motorways if we can help it.",
        "Open question: is day 4 to day 5 too long a drive?",
    ],
    "jobad": [
        "Junior Data Analyst - Fernwick Studio (hybrid, 3 days in office)",
        "You'll build weekly dashboards for the sales team and answer ad hoc questions.",
        "Requirements: SQL, a spreadsheet tool, clear writing, curiosity.",
        "Nice to have: Python or R, experience with a BI tool.",
        "We offer {n2} days of learning budget per year and a {p}% pension match.",
        "Salary band: {lo}k to {hi}k depending on experience.",
        "To apply, send a CV and a short note about a chart you're proud of.",
    ],
    "bugreport": [
        "Steps to reproduce: open the app, go to Settings > Export, pick CSV, tap Export.",
        "Expected: a file downloads with all {n} rows.",
        "Actual: the spinner runs forever and the file is never created.",
        "Happens on Android {n2}, not on the web version.",
        "Started after the update on the {dth}.",
        "Workaround: exporting one month at a time works, but it takes ages.",
        "Clearing the cache didn't help. Reinstalling didn't help.",
        "Logs show 'export_worker timeout' roughly every {n}0 seconds.",
    ],
    "poem": [
        "the kettle learns my name before the sun does",
        "and the street is still a rumour under frost",
        "I count the windows lit across the courtyard",
        "one for every neighbour I have never met",
        "somewhere a radio argues with the weather",
        "somewhere a dog decides the day has started",
        "I hold the mug the way you used to hold it",
        "both hands, as if it might fly off",
        "the light comes in sideways, apologetic",
        "and I let it stay",
    ],
    "forum": [
        "Posted by ruststripe_{n}:",
        "Has anyone else had the boiler pressure drop to zero overnight?",
        "I topped it up to 1.5 bar on Sunday and by Tuesday it was at 0.3.",
        "No visible leaks under the boiler or around the radiators.",
        "The engineer came and said 'probably the expansion vessel' and left.",
        "Reply from hearth_and_home: check the pressure relief pipe outside, is it dripping?",
        "Reply from ruststripe_{n}: it's bone dry as far as I can tell.",
        "Reply from kettleblack: mine did this and it was a pinhole leak under the floor.",
    ],
    "policy": [
        "3.1 Staff may work remotely up to {n2} days per week with their manager's agreement.",
        "3.2 Core hours are 10:00 to 15:00; meetings should fall within core hours.",
        "3.3 Equipment issued for home working remains company property.",
        "3.4 Expenses for home internet are not reimbursed unless agreed in writing.",
        "3.5 Staff must be reachable by phone or chat during core hours.",
        "3.6 Requests to work abroad for more than {n2} weeks require HR approval.",
        "3.7 This policy is reviewed every {n2} months.",
    ],
    "blurb": [
        "When a retired lighthouse keeper finds a stranger's diary in the lamp room, the island's oldest secret starts to surface.",
        "Ada Lorne has spent thirty years making sure nothing happens on Skerra.",
        "Now the ferry has stopped running, the phones are dead, and someone is leaving pages on her doorstep.",
        "Each page describes a night she thought only she remembered.",
        "A slow-burning mystery about guilt, weather and the stories small places tell themselves.",
        "Perfect for readers who like their thrillers quiet and their endings earned.",
    ],
}

_FIELD = re.compile(r"\{(\w+)\}")


def _ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


class _State:
    """Per-message state so that two pads of the same kind in one message
    continue the same document (no repeated lines, rising log timestamps)."""

    def __init__(self, rng):
        self.rng = rng
        self.cursor = {}
        self.used = {}
        self.clock = None
        self.band = None
        self.last = {}

    def ts(self):
        rng = self.rng
        if self.clock is None:
            self.clock = [rng.randint(1, 9), rng.randint(1, 27), rng.randint(6, 20) * 3600 + rng.randint(0, 3599)]
        self.clock[2] += rng.randint(0, 95)
        m, d, t = self.clock
        if t >= 86400:
            t -= 86400
            d += 1
            self.clock[1], self.clock[2] = d, t
        return "2024-%02d-%02d %02d:%02d:%02d" % (m, d, t // 3600, (t // 60) % 60, t % 60)


def _value(key, st):
    rng = st.rng
    if key in ("name", "name2"):
        st.last[key] = rng.choice(NAMES)
        return st.last[key]
    if key in ("lname", "lname2"):
        # the mailbox belongs to the person named just before it on the line
        return st.last.get(key[1:], rng.choice(NAMES)).lower()
    if key == "day":
        return rng.choice(DAYS)
    if key == "ts":
        return st.ts()
    if key in ("dth", "d2th"):
        return _ordinal(rng.randint(2, 28))
    if key in ("lo", "hi"):
        if st.band is None:
            lo = rng.randint(28, 40)
            st.band = (lo, lo + rng.randint(4, 12))
        return str(st.band[0] if key == "lo" else st.band[1])
    table = {
        "q": (1, 4), "n": (12, 95), "n2": (2, 9), "n3": (1, 9), "a5": (1, 5), "h": (9, 16), "d": (2, 28),
        "ms": (120, 9800), "ip": (1, 254), "pid": (1000, 65000), "line": (40, 400),
        "line2": (20, 200), "p": (5, 40), "acc": (95, 99), "y": (2019, 2022),
        "y2": (2014, 2018), "y0": (1460, 1480),
    }
    lo, hi = table[key]
    return str(rng.randint(lo, hi))


def _render(line, st):
    return _FIELD.sub(lambda m: _value(m.group(1), st), line)


WRAP = {"log"}
NO_ROTATE = {"cv", "chat", "email", "recipe", "speech", "itinerary", "jobad", "bugreport", "poem", "forum", "policy"}


def fill(kind, n, st):
    """Take lines of one pool in their written order until the text reaches
    about n characters. The first pad of a kind in a message starts at a
    random line (documents start at the top); a second pad of the same kind
    continues where the first stopped. Only logs may repeat line shapes."""
    pool = POOLS[kind]
    sep = " " if kind in ("essay", "story", "lab", "blurb", "speech") else "\n"
    if kind == "email":
        sep = "\n\n"
    if kind not in st.cursor:
        st.cursor[kind] = st.rng.randrange(len(pool)) if kind not in NO_ROTATE else 0
        st.used[kind] = 0
    out = []
    while len(sep.join(out)) < n:
        if kind not in WRAP and st.used[kind] >= len(pool):
            break
        out.append(_render(pool[st.cursor[kind] % len(pool)], st))
        st.cursor[kind] += 1
        st.used[kind] += 1
    return sep.join(out)


PAD_RE = re.compile(r"\{\{PAD:(\w+):(\d+)\}\}")


def expand(text, rng):
    st = _State(rng)
    return PAD_RE.sub(lambda m: fill(m.group(1), int(m.group(2)), st), text)
