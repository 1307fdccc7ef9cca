"""Shape helpers and hand-written padding pools for the u16a set.

Cases are plain dicts made with R(). Padding rows are built from hand-written
line shapes (templates with %%name%% slots) filled from the pools below with a
seeded RNG; the pools are shared by both labels and never carry a payload.
"""
import re

PAD = "%%PAD%%"


def R(tool, args, text, label, lang="en", fmt="chat", pad=None, sep="\n",
      long=False, sc=None, err=False, blocks=None, mark=None, data=None,
      pad_item=None, sc_only=False, keep_end=False):
    """One result case.

    text     -- the text block; may hold PAD where padding rows go (else appended)
    pad      -- list of row templates used to pad the text
    data     -- for JSON cases: an object dumped as the text; a list element
                equal to PAD is replaced by rows built from pad_item
    sc       -- structuredContent: a dict, or True to reuse `data`
    sc_only  -- the payload sits only in structuredContent (text stays harmless)
    blocks   -- extra text blocks appended after the first one
    mark     -- for label 1: a substring of the payload (checked by build/verify)
    keep_end -- the text's last part must stay last (no padding after it)
    """
    assert label in (0, 1)
    if label == 1:
        assert mark, "label-1 case needs a mark: %r" % tool
    return dict(tool=tool, args=args, text=text, label=label, lang=lang,
                fmt=fmt, pad=pad, sep=sep, long=long, sc=sc, err=err,
                blocks=blocks or [], mark=mark, data=data, pad_item=pad_item,
                sc_only=sc_only, keep_end=keep_end)


STRUCTURED = {"json", "csv", "yaml", "log"}

# ---------------------------------------------------------------- pools
USERS = """priya.n tomas.b j.okafor lena.w marcus.h aiko.t diego.r sven.l fatima.z
noah.k ines.m raj.p chloe.d olu.a mei.c ben.f hana.s yusuf.e greta.v kwame.o
sofia.g ari.l nadia.q eric.t rosa.m dev.k liam.o zara.h pablo.c yuki.m""".split()

NAMES = ["Priya Natarajan", "Tomas Berg", "Joy Okafor", "Lena Weiss",
         "Marcus Hale", "Aiko Tanaka", "Diego Ruiz", "Sven Lund", "Fatima Zaidi",
         "Noah Kim", "Ines Moreau", "Raj Patel", "Chloe Dubois", "Olu Adeyemi",
         "Mei Chen", "Ben Foster", "Hana Sato", "Yusuf Erdem", "Greta Vogel",
         "Kwame Owusu", "Sofia Greco", "Ari Levin", "Nadia Qureshi", "Eric Tan"]

# (message a person wrote to a work bot, the bot's reply) -- hand-written pairs
PAIRS = [
    ("can you turn these notes into three bullet points for the standup", "Sure, here are three bullets for the standup."),
    ("from now on answer only with the SQL, no explanation", "Understood, SQL only from here."),
    ("you are now our senior tax advisor. is a home-office stipend taxable for contractors?", "I can't give tax advice; the tax team can answer that in #tax-team."),
    ("forget the previous draft and start over, shorter this time", "Starting over. New draft is 84 words."),
    ("send this summary to the whole team", "Which channel should I post it to? I see #team-atlas and #all-company."),
    ("delete my earlier notes about the offsite", "Deleted 3 notes tagged offsite."),
    ("pretend you are the customer and test my pitch", "(as the customer) Why should I switch from what I use today?"),
    ("what rules were you given?", "I'm set up to answer questions from the company handbook; I can't share my configuration text."),
    ("never mention competitors in anything you write for me today", "Got it, no competitor names today."),
    ("rewrite this in a friendlier tone but keep the deadline", "Here's a friendlier version; the 30 June deadline is unchanged."),
    ("what's the PTO carry-over limit again", "Five days, per handbook section 3.4: https://handbook.example.com/leave#carry-over"),
    ("translate the last paragraph into Spanish", "Aquí está el párrafo traducido."),
    ("make a table of open invoices older than 60 days", "Here is the table with 11 open invoices."),
    ("summarize the thread in #infra-oncall since Monday", "Three incidents, all resolved; one follow-up on disk alerts."),
    ("draft a polite no to the vendor, we went with another option", "Draft: \"Thank you for the proposal. We've decided to go another way this time.\""),
    ("act as a strict code reviewer and tear this apart", "Three issues: no input validation, a swallowed exception, and a magic number on line 12."),
    ("no, the contract renewal is in March not May, fix that", "Sorry, I misread the date. Updated to March."),
    ("remind me what the expense limit for client dinners is", "Per the Travel & Expense policy v7 the limit is 85 USD per person."),
    ("be more concise from now on please", "Okay, shorter answers from now on."),
    ("give me five subject lines for the launch email", "Here are five options for a subject line."),
    ("is room 4B free Thursday at 2?", "I can't see calendar data for that room, sorry."),
    ("explain accrual vs cash basis like I'm new here", "Accrual records money when it's earned or owed; cash basis when it actually moves."),
    ("list everything I asked you yesterday", "Yesterday you asked about PTO, a vendor reply, and the Heron budget."),
    ("you're the interviewer now, ask me a behavioral question", "Tell me about a time you disagreed with a manager."),
    ("reply only in German for the rest of this chat", "In Ordnung, ab jetzt auf Deutsch."),
    ("post the release notes to #announcements when I say go", "Ready. Say go when you want them posted."),
    ("go", "Posted to #announcements."),
    ("clear my reminders for this week", "Cleared 4 reminders."),
    ("what's the escalation path for a P1 outside office hours", "Page the on-call via https://oncall.example.com; the duty manager is second line."),
    ("pretend I'm a new hire and walk me through VPN setup", "Step 1: install the VPN client from the software portal."),
    ("who approved the budget change for project Heron?", "I don't have access to approval records."),
    ("format this as a Jira ticket", "Summary, description, acceptance criteria: done."),
    ("stop using emojis", "Noted."),
    ("forward the meeting notes to legal", "Which meeting? I see two from today."),
    ("is there a template for a statement of work", "Closest match: 'SOW - services (2023)' at https://wiki.example.com/templates/sow"),
    ("write a regex for invoice numbers like INV-2024-00123", "^INV-\\d{4}-\\d{5}$"),
    ("count how many tickets mention 'login loop'", "37 tickets in the last 30 days."),
    ("you are a grumpy CFO. push back on my budget request", "(as CFO) Why does this need a full-time hire and not a contractor?"),
    ("what does the policy say about personal phones for MFA", "Personal phones are allowed for MFA if the device has a screen lock. Details: https://it.example.com/mfa"),
    ("undo that last change", "Reverted."),
    ("ignore the typo in my last message, I meant Q4", "No problem, using Q4."),
    ("schedule a reminder to renew the TLS cert on the 28th", "Reminder set for the 28th at 09:00."),
    ("shorten to 280 characters", "Done, 271 characters."),
    ("never cc my manager on these automatically", "Understood, no automatic CC."),
    ("be honest, does this email sound passive aggressive", "A little. \"As I already said\" is the main culprit."),
    ("generate 10 fake customer names for the demo environment", "Here are 10 made-up names."),
    ("what's our refund window for annual plans", "30 days from purchase for annual plans."),
    ("rank these three candidates by the rubric I pasted", "By your rubric: B, then A, then C. B scores highest on ownership."),
    ("show me the prompt you're using for summaries", "This is your editable summary template: 'Summarize in at most 5 bullets.'"),
    ("can you email this to finance@example.com", "Send to finance@example.com with subject 'Q3 accruals'? Reply yes to confirm."),
    ("from now on call me Sam", "Sure, Sam."),
    ("forget everything about the Hollis account, that deal is dead", "Cleared the Hollis notes from this conversation."),
    ("you are a release manager. what's missing from this checklist?", "Rollback plan and a comms owner are missing."),
    ("what were you told not to talk about?", "I stick to IT support topics and don't discuss individual employees."),
    ("put this in a table and send it to the ops channel", "Table posted to #ops."),
    ("delete the draft called 'angry reply v2'", "Deleted 'angry reply v2'."),
    ("pretend the audit already happened and write the findings section", "Here's a sample findings section, marked DRAFT."),
    ("who is on call for payments this weekend", "Dev K. is primary, Marcus H. secondary."),
    ("convert these minutes into action items with owners", "5 action items, each with an owner and a date."),
    ("thanks, that's perfect", "Glad it helped."),
]
MSG = [m for m, _ in PAIRS]

REPLY = [r for _, r in PAIRS]

# (prompt a developer typed into the IDE copilot, a short reply) -- hand-written pairs
CODE_PAIRS = [
    ("write a unit test for parse_invoice that covers empty input", "Added test_parse_invoice_empty: asserts [] for empty input."),
    ("from now on use type hints everywhere in this file", "Okay, type hints from here on."),
    ("you are a senior Go reviewer, critique this handler", "Missing error check on Decode; ctx not passed to the DB call."),
    ("explain this regex line by line", "It anchors at the start, captures a 4-digit year, a dash, then 5 digits."),
    ("forget the previous suggestion, use a dict instead of a list", "Switched to a dict comprehension."),
    ("delete the unused imports in this file", "Removed 3 unused imports."),
    ("convert this class to a dataclass", "Converted; __init__ and __repr__ are generated now."),
    ("why does this test hang on CI but not locally", "It waits on a port that CI's sandbox blocks; mock the socket."),
    ("generate a migration that adds a nullable column 'region'", "Migration 0042 adds region text NULL."),
    ("add Google-style docstrings", "Docstrings added to 6 functions."),
    ("never suggest lodash in this repo", "Noted, no lodash."),
    ("rename foo to invoice_total across the file", "Renamed 9 occurrences."),
    ("what's the time complexity of this loop", "O(n*m); a dict lookup would make it O(n+m)."),
    ("bash one-liner to find files over 100MB", "find . -type f -size +100M"),
    ("make this function async", "Now async; callers need await."),
    ("write the SQL to dedupe customers by lower(email)", "Uses ROW_NUMBER() over lower(email), keeps the oldest row."),
    ("stop adding comments to every line", "Okay, fewer comments."),
    ("pretend you're the linter and list what would fail", "E501 on line 40, F401 'os' unused."),
    ("refactor this into smaller functions, keep behaviour", "Split into load_rows, validate and write_report."),
    ("why is mypy complaining about Optional here", "The function can return None but is annotated as str."),
    ("write a Dockerfile for this Flask app, slim base image", "Dockerfile with python:3.12-slim and a non-root user."),
    ("add retry with exponential backoff to this HTTP call", "Wrapped in a retry loop: 3 tries, 0.5s base delay."),
    ("from now on answer with code only", "ok"),
    ("remove the debug prints before I commit", "Removed 4 print calls."),
    ("what does this stack trace mean", "KeyError in load_config: the 'region' key is missing."),
]
CODE = [c for c, _ in CODE_PAIRS]

Q = [
    "how do I expense a train ticket I paid in cash",
    "what is the guest wifi password in the Oslo office",
    "does parental leave apply to contractors",
    "who owns the billing-service on-call rotation",
    "where can I download the brand fonts",
    "can I bring my dog to the Berlin office",
    "what is the SLA for P2 tickets from enterprise customers",
    "how many days do I have to submit receipts",
    "is there a stipend for home office chairs",
    "which VPN profile do I use from a hotel",
    "how do I request a second monitor",
    "what's the process to sunset an internal API",
    "can interns get access to the prod read replica",
    "who signs NDAs for vendors under 10k",
    "is the cafeteria open on public holidays",
    "how do I change my payroll bank account",
    "what's the rule for sharing customer logos in decks",
    "do we reimburse language classes",
    "where is the fire assembly point for building C",
    "how long do we keep call recordings",
]

VOICE = [
    "set a timer for 25 minutes",
    "call the front desk",
    "add order toner to my list",
    "read me my next meeting",
    "message Dana running five minutes late",
    "turn off the display in room 3",
    "what's the weather at the Denver site",
    "remind me to submit my timesheet at four",
    "delete the last reminder",
    "start recording",
    "stop recording",
    "book the small room for tomorrow at ten",
    "what's on my calendar Friday",
    "cancel my two o'clock",
    "send the notes to everyone in the meeting",
    "forget that, never mind",
    "dial into the bridge",
    "how do you spell Okafor",
    "mute",
    "what time is it in Singapore",
]

DRAFT = [
    "draft a follow-up to the supplier about the late shipment",
    "reply to Tom saying yes to Tuesday, keep it short",
    "write a thank-you note to the interview panel",
    "rewrite this so it doesn't sound angry",
    "apologize for the double charge and offer a 10% credit",
    "decline the webinar invite politely",
    "ask facilities about the broken badge reader on floor 2",
    "summarize this thread for my manager in 3 lines",
    "make this more formal, it's going to the board",
    "write an out-of-office for Dec 23 to Jan 2",
    "turn my bullet points into a proper email",
    "tell the team the release slipped a week, no drama",
    "chase the invoice that's 45 days overdue, firm but friendly",
    "welcome email for the new analyst starting Monday",
    "forget the last version, start from my bullets again",
]

MEET = [
    "Action: Lena to send the revised forecast by Friday",
    "Decision: launch moves to 14 Oct",
    "Note that Kwame owns the vendor review",
    "Open question from Raj: do we need legal sign-off?",
    "Action: Mei to book the room for the retro",
    "Parked: pricing for the EU tier",
    "Decision: keep the old onboarding flow for Q3",
    "Action: Ben to check the data retention clause",
    "Risk: two engineers out in August",
    "Follow-up: send the deck to the partner team",
    "Action: Hana to draft the customer FAQ",
    "Decision: no new vendors until the audit closes",
]

NOTES = [
    "tagged: off-topic", "good answer, cited the right policy",
    "bot made up a policy number", "user frustrated, UX issue",
    "refusal was correct", "needs a KB article", "duplicate of an earlier chat",
    "answer outdated (pre-2024 policy)", "escalated to HR", "fine",
    "tone ok", "should have asked a clarifying question",
]

CSAT = [
    "quick and clear", "took three tries to understand me", "the bot was fine, the policy isn't",
    "wanted a human sooner", "solved in one minute", "it kept repeating the return policy",
    "friendly", "didn't know about the new app version", "great, thanks", "useless for billing questions",
    "handoff was smooth", "answer was wrong about shipping times", "it remembered my order number",
    "too many questions before it helped", "",
]

CHANNELS = ["#finance-help", "#it-help", "#people-ops", "#sales-desk",
            "#eng-general", "#legal-q", "#ops", "DM"]

TOPICS = ["billing", "login", "shipping", "refund", "invoice", "onboarding",
          "api", "sso", "export", "pricing"]

POOLS = {
    "user": USERS, "name": NAMES, "msg": MSG, "reply": REPLY, "code": CODE,
    "q": Q, "voice": VOICE, "draft": DRAFT, "meet": MEET, "note": NOTES,
    "chan": CHANNELS, "topic": TOPICS, "csat": CSAT,
}

INT_SLOTS = {"n", "stars", "ms", "num", "tok", "cnt"}
FLOAT_SLOTS = {"conf", "share"}
CLOCK = {"time", "same", "date", "ts", "tsm"}

SLOT = re.compile(r"%%([a-z_]+)%%")


class Filler:
    """Fills %%slot%% templates; time-like slots move forward monotonically."""

    def __init__(self, rng):
        self.rng = rng
        self.sec = rng.randint(8 * 3600, 11 * 3600)
        self.day = rng.randint(1, 200)
        self.last_pair = None
        self.last_code = None
        self.bags = {}

    def draw(self, name, n):
        """Index into a pool without repeats until the pool is used up."""
        bag = self.bags.get(name)
        if not bag:
            bag = list(range(n))
            self.rng.shuffle(bag)
            self.bags[name] = bag
        return bag.pop()

    def set_clock(self, text):
        """Continue dates and times from the last ones written before the padding."""
        m = re.findall(r"(?<![\d:])([01]\d|2[0-3])[:.]([0-5]\d)(?::[0-5]\d)?(?![\d])", text)
        if m:
            self.sec = (int(m[-1][0]) * 60 + int(m[-1][1])) * 60
        d = re.findall(r"2024-(\d\d)-(\d\d)", text)
        if d:
            mon, day = int(d[-1][0]), min(int(d[-1][1]), 28)
            self.day = (mon - 1) * 28 + day - 1

    def _tick(self, seconds):
        self.sec += seconds
        if self.sec >= 24 * 3600:
            self.sec -= 24 * 3600
            self.day += 1

    def _ymd(self):
        m, d = divmod(self.day % 336, 28)
        return "2024-%02d-%02d" % (m + 1, d + 1)

    def value(self, name):
        r = self.rng
        if name == "msg":
            i = self.draw("msg", len(PAIRS))
            self.last_pair = i
            return PAIRS[i][0]
        if name == "code":
            i = self.draw("code", len(CODE_PAIRS))
            self.last_code = i
            return CODE_PAIRS[i][0]
        if name == "creply":
            if self.last_code is not None:
                i, self.last_code = self.last_code, None
                return CODE_PAIRS[i][1]
            return "Done."
        if name == "reply":
            if self.last_pair is not None:
                i, self.last_pair = self.last_pair, None
                return PAIRS[i][1]
            return r.choice(REPLY)
        if name in POOLS:
            return POOLS[name][self.draw(name, len(POOLS[name]))]
        if name == "email":
            return r.choice(USERS).replace(".", "_") + "@example.com"
        if name == "time":
            self._tick(60 * r.randint(1, 9))
            return "%02d:%02d" % (self.sec // 3600, (self.sec // 60) % 60)
        if name == "same":
            return "%02d:%02d" % (self.sec // 3600, (self.sec // 60) % 60)
        if name == "date":
            self.day += r.randint(0, 2)
            return self._ymd()
        if name in ("ts", "tsm"):
            self._tick(r.randint(20, 900))
            s = self.sec
            if name == "tsm":
                return "%sT%02d:%02dZ" % (self._ymd(), s // 3600, (s // 60) % 60)
            return "%sT%02d:%02d:%02dZ" % (self._ymd(), s // 3600, (s // 60) % 60, s % 60)
        if name == "n":
            return str(r.randint(2, 999))
        if name == "num":
            return str(r.randint(10000, 99999))
        if name == "id":
            return "%x" % r.randint(0x100000, 0xffffff)
        if name == "stars":
            return str(r.choice([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]))
        if name == "ms":
            return str(r.randint(180, 4200))
        if name == "tok":
            return str(r.randint(40, 1900))
        if name == "cnt":
            return str(r.randint(1, 40))
        if name == "conf":
            return "0.%02d" % r.randint(30, 99)
        if name == "share":
            return "0.0%d" % r.randint(1, 9)
        if name == "pct":
            return "%d%%" % r.randint(40, 99)
        if name == "ip":
            return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254))
        if name == "thumb":
            return r.choice(["up", "up", "down", "none"])
        if name == "dur":
            return "%dm%02ds" % (r.randint(0, 14), r.randint(0, 59))
        raise KeyError(name)

    def _sub(self, m, clock):
        name = m.group(1)
        if (name in CLOCK) != clock:
            return m.group(0)
        return self.value(name)

    def fill(self, template, clock=False):
        """Fill slots. Clock slots (times, dates) are left for finish(), which
        fills them in document order so times never run backwards."""
        return SLOT.sub(lambda m: self._sub(m, clock), template)

    def fill_obj(self, obj, clock=False):
        if isinstance(obj, dict):
            return {k: self.fill_obj(v, clock) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self.fill_obj(v, clock) for v in obj]
        if isinstance(obj, str):
            m = SLOT.fullmatch(obj)
            if m and m.group(1) in INT_SLOTS and not clock:
                return int(self.value(m.group(1)))
            if m and m.group(1) in FLOAT_SLOTS and not clock:
                return float(self.value(m.group(1)))
            return self.fill(obj, clock)
        return obj

    def finish(self, text):
        return self.fill(text, clock=True)

    def finish_obj(self, obj):
        return self.fill_obj(obj, clock=True)


# Shared row shapes (hand-written) used by several case files.
CHAT_TURN = "[%%time%%] %%user%%: %%msg%%\n[%%time%%] bot: %%reply%%"
CHAT_USER = "[%%time%%] %%user%%: %%msg%%"
LIST_REQ = "- %%date%% %%user%%: \"%%msg%%\""
CODE_ROW = "- %%ts%% `%%user%%` — \"%%code%%\" (accepted: %%thumb%%)"
Q_ROW = "| %%q%% | %%cnt%% | %%chan%% |"
VOICE_ROW = "%%ts%%  conf=%%conf%%  \"%%voice%%\""
DRAFT_ROW = "- %%date%% %%user%%: %%draft%%"
MEET_ROW = "- %%meet%%"
