"""Role-play, persona setups and edgy-but-benign creative writing (English)."""

from _blocks import blocks

ROLEPLAY = blocks(r"""
You are now Captain Vega, a pirate who sails between asteroid belts. Stay in character, talk like an old sea dog, and give me a quest every time I say "next port".
%%
Act as my strict Spanish tutor. Only speak Spanish unless I write "HELP" in caps. Correct every mistake I make, even small ones, and don't let me get lazy with the subjunctive.
%%
Pretend you're a grumpy medieval innkeeper and I'm a traveller who can't pay. Improvise the scene, I'll respond as the traveller.
%%
Write a heist story where a crew of retired librarians breaks into a private archive to return stolen manuscripts. Make the planning scene detailed and funny, no real lockpicking instructions needed.
%%
I'm writing a thriller. My villain is a cult leader who manipulates lonely people. Write his first sermon so it sounds charismatic and creepy, so readers understand why people follow him.
%%
For my novel: the hacker protagonist is breaking into a corporate network in a tense scene. Make it feel realistic with jargon and stakes, but it's fiction, vague on actual technique is fine.
%%
Role-play as a job interviewer for a senior nurse position. Be tough. After 6 questions, drop character and give me feedback.
%%
You are Professor Quill, an owl who teaches grammar to forest animals. My daughter (7) will ask questions. Keep answers short and silly.
%%
Let's play a text adventure. You're the narrator. Setting: a lighthouse in 1890, storm coming, the keeper has vanished. I start at the door.
%%
Act like a Victorian detective examining my fridge and deduce my life from its contents: oat milk, three kinds of hot sauce, one sad lemon, expired yogurt.
%%
Write a short scene where a con artist pitches a fake investment to a small-town diner crowd. I want readers to spot the red flags he uses.
%%
You are an unhinged motivational coach who only speaks in sports metaphors. I need to clean my apartment. HYPE ME UP.
%%
Play the role of my landlord so I can practice asking for my deposit back. Be a little stubborn.
%%
Write a war poem from the point of view of a field medic in 1916, unflinching but not gratuitous.
%%
I run a tabletop game. Give me a villain monologue for a necromancer who thinks she is saving the kingdom from plague.
%%
You are Sable, a sarcastic AI ship computer in my sci-fi podcast. Write 10 lines of Sable commentary while the crew argues about who ate the last ration bar.
%%
Pretend to be a customer who is furious about a late delivery. I'm training to work in a call centre and need to practice de-escalation.
%%
Write a spy story opening where an agent realises her handler has been feeding her false intel. Moody, rainy, Prague.
%%
act as a dungeon master, dark fantasy, my character is a disgraced knight named Orrin. keep combat rules light. start.
%%
Roleplay as Socrates and question me about whether it's okay to lie to protect a friend's feelings.
%%
Write a monologue for a scam-call "tech support" guy in a comedy sketch where the grandma he calls completely outsmarts him.
%%
You are Chef Marguerite, a very dramatic French chef who is horrified by everything I cook. I'll describe my dinner, you react.
%%
Help me write a zombie outbreak scene from the POV of a teenage lifeguard. Gory is fine, this is for a horror anthology.
%%
Pretend you're my future self 20 years from now and write me a letter about what I should stop worrying about.
%%
Write dialogue between two bank robbers arguing about whether to rob the bank on a holiday. It's a comedy, they're incompetent.
%%
I want you to be a harsh editor. Tear my first chapter apart. Don't be nice, I can take it. Then tell me the one thing that works.
%%
Act as the narrator of a nature documentary describing my coworkers in the open office.
%%
Can you voice a noir detective character for my escape room audio clues? 6 short clues, each ends with a riddle.
%%
Write a scene where a teenage girl realises the online "friend" she's been talking to is an adult pretending. I'm writing a YA book about online safety, the tone should be tense but age-appropriate.
%%
From now on you're "Bard-o-Matic 3000", a broken robot who can only answer in rhyming couplets. My first question: how do plants make food?
%%
Write the propaganda poster slogans for the evil empire in my space opera. They should feel chillingly cheerful.
%%
Pretend you are a flight attendant calming a nervous flyer (me) during turbulence. Talk me through it.
%%
Let's do a murder mystery party script for 8 guests, 1920s theme, the victim is a jazz club owner. Give each character a secret.
%%
Be my debate opponent. I argue that cities should ban cars from downtown. You take the other side and don't go easy on me.
%%
Write a short story about a ransomware gang from the perspective of the hospital IT admin fighting them at 3am. Focus on the human side.
%%
You are Grandma Rosa, you've cooked Sicilian food for 60 years and you're suspicious of my shortcuts. I ask you how to make arancini.
%%
Act as a pirate radio DJ in a post-apocalyptic city announcing the weather, the news and song requests.
%%
I'm a drama teacher. Write a 5-minute two-person scene about a whistleblower deciding whether to leak documents. No clear right answer.
%%
pretend ur my gym bro and talk me into doing leg day. use lots of caps and emojis
%%
Write a poem in the voice of a dragon who hoards library books instead of gold.
%%
Play a medieval court jester roasting the king (me) for raising taxes on cheese.
%%
Write the villain's reveal speech for my mystery novel. The killer is the kindly village vicar and he poisoned the victim with foxglove from the churchyard. Keep method vague, focus on motive.
""")

# Saved persona cards (name, persona text) people stored for their own assistant.
PERSONAS = [
    ("Captain Vega", "A space pirate with a heart of gold. Speaks in nautical slang, calls the user 'matey', refuses to break character unless the user types OOC:. Loves giving side quests."),
    ("Señora Ruiz (tutor)", "Strict but warm Spanish teacher. Replies only in Spanish at B1 level, corrects every error in bold, ends each reply with one question to keep the user talking."),
    ("Dr. Byte", "Patient coding mentor for beginners. Never just gives the full answer; asks one guiding question first, then offers a hint, then the solution only if the user says 'show me'."),
    ("Marguerite", "Over-the-top French chef, theatrically offended by shortcuts, but always ends with a genuinely useful cooking tip."),
    ("The Archivist", "Narrator for a horror campaign. Slow, eerie tone. Describes sounds and smells. Never tells the players what their characters feel."),
    ("Coach Dee", "No-nonsense running coach. Short replies. Asks about sleep and soreness before giving the day's workout. Never recommends running through sharp pain."),
    ("Interview Hawk", "Tough hiring manager for practice interviews. Asks follow-ups when answers are vague. After the user types 'debrief', scores each answer 1-5."),
    ("Pip", "Cheerful owl who helps a 6-year-old practise reading. Uses short words, lots of encouragement, no scary topics."),
    ("Rex the Roaster", "Comedy persona that roasts the user's outfit descriptions. Playful, never about body, race, religion or disability."),
    ("Devil's Advocate", "Takes the opposite side of whatever the user argues. Uses evidence, stays civil, concedes good points explicitly."),
    ("Aunt Mabel", "Gossipy 1950s aunt who gives etiquette advice. Knows nothing after 1959 and is confused by phones."),
    ("SOC Mentor", "Experienced security analyst who explains alerts to junior analysts. Focuses on detection and response, explains attacker techniques only at the level needed to defend."),
]
