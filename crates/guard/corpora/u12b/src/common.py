"""Shape helpers and hand-written filler line shapes for u12b (no cases here)."""

PAD = "{{PAD}}"


def case(tool, args, text, label, fmt="chat", lang="en", pad="chat", who=("User", "Bot"),
         obj=None, sc=None, err=False, blocks=None):
    """One result case.

    text   -- the text block (may contain {{PAD}} where filler goes)
    obj    -- for JSON cases: a dict dumped as the text; a list element "__PAD__" marks filler
    sc     -- structuredContent dict (True = same as obj)
    blocks -- extra text blocks appended after the first one
    pad    -- filler pool name or None
    who    -- speaker labels for chat filler
    """
    return dict(tool=tool, args=args, text=text, label=label, fmt=fmt, lang=lang, pad=pad,
                who=who, obj=obj, sc=sc, err=err, blocks=blocks or [])


# ---- filler pools: hand-written line shapes, filled by a seeded RNG in build.py ----
NAMES = ["Mara", "Jonas", "Priyanka", "Theo", "Ines", "Kwame", "Lotte", "Rafael", "Yuki", "Dana",
         "Oskar", "Leila", "Bram", "Sunita", "Ciaran", "Halima", "Piet", "Agnes", "Tomasz", "Wren"]
ITEMS = ["blue kettle", "trail runners size 42", "annual plan", "wireless earbuds", "gift card",
         "espresso grinder", "kids' raincoat", "phone case", "standing desk", "yoga mat"]

CHAT_EN = [
    ("hi is anyone there", "Hi! I'm here. What can I help you with today?"),
    ("where is my order #{n}", "Order #{n} left our warehouse on the {d}th and should arrive within 2-3 working days."),
    ("can I change the delivery address", "Yes, as long as the parcel hasn't shipped. Which address would you like to use?"),
    ("do you have the {item} in stock", "The {item} is in stock at 3 of our stores and online."),
    ("ok thanks", "You're welcome! Anything else?"),
    ("what are your opening hours on sunday", "Our stores are open 10:00-16:00 on Sundays."),
    ("how long do refunds take", "Refunds usually show on your statement within 5-10 business days."),
    ("my promo code {code} isn't working", "That code expired on the {d}th. I can check whether another offer applies."),
    ("can you talk like a cowboy for a bit lol", "Well howdy, partner! What can this old bot rustle up for ya?"),
    ("haha ok back to normal pls", "Sure, back to normal. How can I help?"),
    ("is it safe to give you my card number here", "Please don't share full card numbers in chat. I'll never ask for your PIN or full card number."),
    ("i got a text saying my account is locked, is that you", "We never send links asking you to log in by text. Please don't click it; you can report it at our help page."),
    ("whats your return policy", "You can return unused items within 30 days with proof of purchase."),
    ("are you a real person", "I'm an automated assistant. I can pass you to a human colleague if you prefer."),
    ("talk to human", "Connecting you to the next available agent. Current wait is about {m} minutes."),
    ("I need an invoice for my company", "I can send a VAT invoice to the email on your account. Shall I do that?"),
    ("yes please", "Done. It should arrive in a few minutes."),
    ("can you speak spanish", "¡Claro! Puedo continuar en español si lo prefieres."),
    ("no english is fine", "No problem, we'll continue in English."),
    ("the {item} arrived broken", "I'm sorry to hear that. Could you upload a photo of the damage?"),
    ("uploaded", "Thanks, I've opened a replacement request #{n}."),
    ("why is shipping so expensive", "Standard shipping is free above 40 EUR; express costs more because it's handled by a courier."),
    ("pretend you're my grumpy uncle and tell me the price", "*grumbles* Fine. It's {p} euros. Back in my day it was cheaper."),
    ("lol perfect", "Glad that worked! Anything else today?"),
    ("what's the weather like there", "I don't have a window, sadly, but I can help with your order!"),
    ("do you store what I type", "Chats are stored for 90 days to improve service. You can request deletion in your privacy settings."),
]

CHAT_COMPANION = [
    ("good morning!", "Good morning, {name}! Did you sleep well?"),
    ("kind of. weird dream about trains", "Trains again? Last week it was a lighthouse. Tell me about it."),
    ("can we continue the story from yesterday", "Of course. When we left off, the ship had just reached the fog bank."),
    ("make the captain more sarcastic", "\"Oh wonderful,\" the captain said, \"fog. My favourite.\""),
    ("i'm bored", "Want a riddle, a story, or should we plan your weekend?"),
    ("a riddle", "What has keys but can't open locks?"),
    ("a piano!", "Correct! You're on a roll."),
    ("remember my cat's name?", "Of course, it's Biscuit. How is she?"),
    ("she knocked over a plant again", "Classic Biscuit. Was it the fern?"),
    ("tell me something nice", "You've kept your walking streak for {m} days. That's genuinely impressive."),
    ("thanks, night", "Good night, {name}. Talk tomorrow."),
    ("you're the villain now, threaten the hero", "\"You'll never find the map,\" hissed the Duchess, folding it into her glove."),
    ("ok now be nice again", "Back to my usual self. Tea?"),
]

CHAT_VOICE = [
    ("Caller: I'd like to check my balance.", "Bot: Sure. For security, please say or key in your date of birth."),
    ("Caller: [DTMF]", "Bot: Thank you. Your balance is {p} euros and {m} cents."),
    ("Caller: agent. AGENT.", "Bot: I'll transfer you. Please hold."),
    ("Caller: [unintelligible]", "Bot: Sorry, I didn't catch that. You can say 'billing', 'technical' or 'something else'."),
    ("Caller: billing", "Bot: Is this about your latest invoice?"),
    ("Caller: yes", "Bot: Your latest invoice of {p} euros is due on the {d}th."),
    ("Caller: what time is it", "Bot: It's {h} o'clock."),
    ("Caller: can you repeat that slower", "Bot: Of course. Your... next... appointment... is on Tuesday."),
    ("Caller: is this a scam call", "Bot: You called us, so this is our official line. We will never ask for your PIN."),
    ("Caller: thank you dear", "Bot: You're very welcome. Take care."),
]

CHAT_LANG = [
    ("Student: I goed to the market yesterday.", "Partner: Nice! Small fix: 'I went to the market'. What did you buy?"),
    ("Student: I buyed apples.", "Partner: Almost: 'I bought apples'. Irregular verbs are tricky!"),
    ("Student: can you be a waiter and I order food", "Partner: Of course! *hands you a menu* Good evening, what can I get you?"),
    ("Student: a soup please", "Partner: Excellent choice. Tomato or lentil?"),
    ("Student: what means 'to be fed up'", "Partner: It means you're tired of something, e.g. 'I'm fed up with the rain.'"),
    ("Student: correct me more strict please", "Partner: Got it, I'll correct every mistake from now on."),
    ("Student: I am agree", "Partner: Just 'I agree' — no 'am'. Good try!"),
    ("Student: talk faster, like native", "Partner: Sure thing, gonna speed it up a bit, lemme know if it's too much."),
]

CSV_ROWS = [
    "{n},{d}/0{mo}/2024,web,\"{name}\",\"where is order {n2}\",resolved_by_bot",
    "{n},{d}/0{mo}/2024,app,\"{name}\",\"change my plan to the cheaper one\",handoff",
    "{n},{d}/0{mo}/2024,web,\"{name}\",\"do you ship to Norway\",resolved_by_bot",
    "{n},{d}/0{mo}/2024,whatsapp,\"{name}\",\"pls cancel my subscription\",resolved_by_bot",
    "{n},{d}/0{mo}/2024,web,\"{name}\",\"is this site legit?\",resolved_by_bot",
    "{n},{d}/0{mo}/2024,app,\"{name}\",\"reset password link not arriving\",handoff",
    "{n},{d}/0{mo}/2024,instagram,\"{name}\",\"price of the {item}?\",resolved_by_bot",
]

LOG_ROWS = [
    "2024-0{mo}-{d}T{h}:{m}:07Z INFO session={n} intent=order_status confidence=0.{c}",
    "2024-0{mo}-{d}T{h}:{m}:31Z INFO session={n} intent=smalltalk confidence=0.{c}",
    "2024-0{mo}-{d}T{h}:{m}:12Z WARN session={n} fallback triggered utterance_len={n2}",
    "2024-0{mo}-{d}T{h}:{m}:55Z INFO session={n} handoff queue=billing wait_s={p}",
    "2024-0{mo}-{d}T{h}:{m}:40Z INFO session={n} intent=roleplay_request persona=pirate",
    "2024-0{mo}-{d}T{h}:{m}:02Z DEBUG session={n} asr_confidence=0.{c} lang=en",
]

PROSE_EN = [
    "Several learners asked the bot to play a character before getting to their actual question; the bot handled most of these well.",
    "Response times were stable across the week, with a small spike on Monday morning after the newsletter went out.",
    "A recurring pattern: customers open with frustration, then calm down once the bot confirms the order number.",
    "Graders noted that prompts with a clear audience and a worked example scored higher on average.",
    "Most sessions were short (under four turns); the longest ran to {m} turns and was mostly role-play.",
    "We saw {n2} conversations tagged 'fraud_concern' this period, nearly all about phishing texts the customers had received.",
    "The bot escalated to a human whenever a customer mentioned a bereavement or medical emergency, as designed.",
    "Users with screen readers preferred short answers with the key number first.",
]

CHAT_DE = [("Wo ist meine Bestellung?", "Ihre Bestellung ist unterwegs und kommt voraussichtlich am {d}. an."),
           ("Kann ich die Lieferadresse ändern?", "Ja, solange das Paket noch nicht verschickt wurde."),
           ("danke", "Gern geschehen! Noch etwas?"),
           ("Sprich wie ein Pirat!", "Arrr, Landratte! Was darf's sein?")]
CHAT_ES = [("¿Dónde está mi pedido?", "Tu pedido salió el día {d} y llegará en 2-3 días hábiles."),
           ("¿Puedo devolver el producto?", "Sí, tienes 30 días para devolverlo sin usar."),
           ("gracias", "¡De nada! ¿Algo más?"),
           ("hazte pasar por un detective", "*se ajusta el sombrero* Cuénteme el caso, señora.")]
CHAT_FR = [("Où en est ma commande ?", "Votre commande a été expédiée le {d} et arrivera sous 3 jours."),
           ("Je peux changer de forfait ?", "Oui, le changement prend effet au prochain cycle."),
           ("merci", "Avec plaisir ! Autre chose ?"),
           ("parle comme un chevalier", "Noble voyageur, en quoi puis-je vous servir ?")]
CHAT_PT = [("Cadê meu pedido?", "Seu pedido saiu no dia {d} e deve chegar em até 3 dias úteis."),
           ("posso trocar o tamanho?", "Pode sim, em até 30 dias."),
           ("valeu", "Por nada! Mais alguma coisa?")]

CHAT_ASSIST = [
    ("what time is it", "It's {h}:{m}."),
    ("read that again slower", "Of course. I'll read it again, more slowly."),
    ("[photo] what colour is this shirt", "It's navy blue with small white dots."),
    ("is there anything else on the page", "Just the company address and a phone number at the bottom."),
    ("thanks", "You're welcome!"),
    ("describe the room", "A kitchen: table in the middle, window on the left, the kettle is on the counter to your right."),
    ("what's the expiry date on this", "It says best before the {d}th of next month."),
    ("can you use a calmer voice", "Sure, I'll speak more calmly."),
    ("remind me at {h} to call the doctor", "Reminder set for {h}:00."),
]

POOLS = {"assist": CHAT_ASSIST, "chat": CHAT_EN, "companion": CHAT_COMPANION, "voice": CHAT_VOICE, "lang": CHAT_LANG,
         "csv": CSV_ROWS, "log": LOG_ROWS, "prose": PROSE_EN,
         "de": CHAT_DE, "es": CHAT_ES, "fr": CHAT_FR, "pt": CHAT_PT}


def fill(rng, template):
    return template.format(
        n=rng.randint(10000, 99999), n2=rng.randint(100, 999), d=rng.randint(10, 28),
        mo=rng.randint(1, 9), h=rng.randint(10, 23), m=rng.randint(10, 59), c=rng.randint(40, 99),
        p=rng.randint(12, 240), code="SAVE" + str(rng.randint(10, 99)),
        name=rng.choice(NAMES), item=rng.choice(ITEMS))


def filler_lines(rng, pool, who):
    """Yield filler text lines forever for a pool."""
    p = POOLS[pool]
    while True:
        x = rng.choice(p)
        if isinstance(x, tuple):
            if pool in ("voice", "lang"):
                yield fill(rng, x[0]) + "\n" + fill(rng, x[1])
            else:
                yield f"{who[0]}: " + fill(rng, x[0]) + f"\n{who[1]}: " + fill(rng, x[1])
        else:
            yield fill(rng, x)


def json_filler(rng):
    u, b = rng.choice(CHAT_EN)
    return [{"role": "user", "text": fill(rng, u)}, {"role": "bot", "text": fill(rng, b)}]
