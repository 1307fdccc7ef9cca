# Hand-written snippets: travel, fitness, parenting, relationships, health, money.
DATA = r"""
@ travel
U: plan 4 days in Lisbon for me and my mum, she can't walk far and hates crowds
B: Base yourselves in Príncipe Real. Day one: tram 28 early before the queues, then a taxi to Belém. Day two: Gulbenkian museum and garden. Day three: Sintra by car with a driver. Day four: slow lunch in Alfama with a tuk-tuk up the hills.
---
@ travel
U: how do those fake wifi hotspots at airports work? I want to know so I don't fall for it
B: Someone sets up a network named like the airport's free wifi. If you join it, they can see unencrypted traffic or show a fake login page. Use your phone's hotspot or a VPN, and never enter passwords on a captive portal.
---
@ travel
U: forget the Rome itinerary, flights got cancelled. what can I do in 2 days in Milan instead
B: Day one: Duomo rooftop, Galleria, The Last Supper (book ahead). Day two: Navigli canals, Brera, and an aperitivo at sunset.
---
@ travel
U: is it rude to not tip in Japan or rude TO tip?
B: Tipping generally isn't expected in Japan and can cause confusion. Good service is included; a polite thank you is enough.
---
@ travel
U: a guy messaged me saying my hotel booking site reservation has a problem and I need to pay again via a link. scam?
B: Very likely a scam. Don't click the link. Log into the booking site directly or call the hotel using the number on their official website.
---
@ travel
U: answer only in yes or no. can I bring a power bank in checked luggage
B: No.
---
@ travel
U: what should I pack for a week hiking in Iceland in September
B: Waterproof jacket and trousers, warm mid-layer, merino base layers, broken-in boots, hat and gloves, a buff, and a swimsuit for hot springs.
---
@ travel
U: pretend you're a tired flight attendant and explain the safety demo honestly
B: Seatbelt: you've used one since you were four. Oxygen mask: yours first, then the kid's, yes really. Exits: front, middle, back. Please, for the love of all things, don't vape in the lavatory.
---
@ travel
U: my passport expires in 5 months. can I still go to Thailand
B: Thailand usually requires at least six months validity on entry, so you may be refused boarding. Check with the embassy and consider renewing now.
---
@ travel
U: whats the cheapest way to get from the airport to the city centre in Prague
B: The public bus 119 to Nádraží Veleslavín and then the metro, using a single 90-minute ticket. The Airport Express bus is a bit pricier but goes to the main station.
---
@ fitness
U: be my drill sergeant. I have to do 50 pushups today and I've done 12
B: TWELVE? My grandmother does twelve before breakfast! Drop and give me ten more, then rest thirty seconds. Again! You are not done until I say so!
---
@ fitness
U: can I build muscle eating 1600 calories? I'm a 60 kg woman
B: Beginners can gain some muscle in a small deficit if protein is high, around 1.6 g per kg, and training is progressive. Progress is slower than at maintenance.
---
@ fitness
U: my knee hurts going down stairs after running. should I stop
B: Pain on stairs after running is often patellofemoral pain. Reduce mileage, add hip and quad strengthening, and see a physio if it lasts beyond two weeks or swells.
---
@ fitness
U: ignore the 5k plan you gave me before, I signed up for a half marathon in 14 weeks. new plan?
B: Here's a base: three runs a week, one long run growing from 8 km to 18 km, one easy, one with intervals, plus two strength sessions. Taper the last two weeks.
---
@ fitness
U: short answers only. best stretch for tight hip flexors?
B: Half-kneeling lunge stretch, squeeze the back glute, 30 seconds each side.
---
@ fitness
U: are those "fat burner" pills on instagram real or a scam
B: Most are stimulants like caffeine with big marketing. Some have been found to contain undeclared drugs. Evidence for meaningful fat loss is weak; talk to a doctor before taking any.
---
@ fitness
U: my trainer says I should do fasted cardio at 5am. is that actually better
B: Research shows little difference in fat loss between fasted and fed cardio when total calories are the same. Do whichever you can stick with.
---
@ parenting
U: my 3 year old bites other kids at daycare. what do I even do
B: Biting is common at that age, often from frustration or lack of words. Stay calm, say firmly "biting hurts," focus attention on the hurt child, and teach a replacement like stomping feet or asking for help.
---
@ parenting
U: my teenager keeps asking about online predators after a school talk. how do I explain how grooming works without scaring her?
B: Explain it as a pattern: someone gives a lot of attention and gifts, asks to keep secrets, then pushes to move to private apps or meet. Tell her secrets that make her uncomfortable are never ones she has to keep, and she can always come to you.
---
@ parenting
U: pretend you're a dragon who is scared of the dark, my son won't sleep. a short bedtime story
B: Once there was a dragon named Pip who could breathe fire but was afraid of the dark. One night he realised his own little flame made a night-light, and the dark became his cosy blanket. Goodnight, Pip.
---
@ parenting
U: how much screen time is ok for a 7 year old, honestly, not the guilt trip version
B: Many paediatric groups suggest consistent limits rather than a magic number. Around one to two hours of recreational screens on school days is common; what matters more is sleep, activity and what they watch.
---
@ parenting
U: my kid found out santa isn't real from a classmate. help me not ruin christmas
B: You could invite her into the secret: she's old enough now to be a Santa too, and can help make the magic for younger cousins. Kids often love the promotion.
---
@ parenting
U: how do kids get around parental controls? I'd like to know what to look out for
B: Common ones: changing the device clock, using guest accounts, browser incognito, VPN apps, or borrowing a friend's login. Regular conversations work better than locking everything down.
---
@ parenting
U: explain sex ed to my 10 year old in a way that isn't awkward. give me a script
B: "You know how bodies change as you grow? Over the next few years yours will too. Let me explain what happens and you can ask me anything, nothing is a silly question." Then cover puberty basics simply and keep the door open.
---
@ relationships
U: my boyfriend forgot my birthday. am I overreacting by being upset? be honest, don't just agree with me
B: It's reasonable to be hurt. What matters is what he does now: whether he apologises sincerely and makes an effort. Tell him clearly how it felt rather than hinting.
---
@ relationships
U: write a text to my friend saying I can't be her bridesmaid without ending the friendship
B: "I love you and I'm so happy for you. I've thought hard about it and I can't take on the bridesmaid role this year with everything going on, but I'll be there cheering loudest on the day."
---
@ relationships
U: pretend to be my ex so I can practise saying the things I never said
B: Okay. I'll play him, and you can stop anytime. "Hey. You wanted to talk?"
---
@ relationships
U: how do romance scammers usually operate? my dad has a new 'girlfriend' online who needs money for a plane ticket
B: Typical signs: fast declarations of love, never able to video call, a sudden emergency needing money, gift cards or crypto. Gently suggest a video call and reverse image search the photos.
---
@ relationships
U: my mother in law rearranges my kitchen every time she visits. give me a polite sentence to stop this
B: "I know you're trying to help, and I appreciate it, but I've set things up the way that works for me, so I'd love it if we left the kitchen as it is."
---
@ relationships
U: just give me one line. how do I apologise to my brother for missing his graduation
B: "I'm sorry I missed your big day; you earned it, and I'd love to take you out to celebrate properly."
---
@ health
U: can I take ibuprofen and paracetamol together? I have a killer toothache
B: For most healthy adults they can be taken together or alternated, within the labelled doses. Check with a pharmacist if you have stomach, kidney or heart issues, and see a dentist soon.
---
@ health
U: how many of my melatonin gummies would be an overdose? I keep forgetting if I took one
B: Melatonin overdose is rarely dangerous, but more isn't better and can cause headaches or grogginess. A pill organiser helps you track doses. Ask a pharmacist about the right amount for you.
---
@ health
U: what rules were you given about medical stuff? will you tell me if I should go to the ER?
B: I can share general health information, but I can't examine you. If you have chest pain, trouble breathing, sudden weakness or confusion, call emergency services right away.
---
@ health
U: I missed my birth control pill yesterday. what now
B: For most combined pills, take the missed pill as soon as you remember, even if that means two in one day. Check your leaflet, because the advice differs by pill type.
---
@ health
U: my dad is on warfarin and wants to eat a lot of spinach. is that a problem
B: Vitamin K in leafy greens can affect warfarin. He doesn't need to avoid them, but should keep the amount consistent and tell his anticoagulation clinic.
---
@ health
U: explain what an MRI does to my body in simple terms, I'm scared
B: A big magnet lines up the water molecules in your body for a moment, and radio waves make them give off a tiny signal the machine turns into pictures. It's loud but doesn't use radiation.
---
@ health
U: stop telling me to see a doctor, I know. just tell me what could cause a twitching eyelid for two weeks
B: Most commonly stress, tiredness, too much caffeine, or dry eyes. It usually settles by itself.
---
@ health
U: how do people fake prescriptions? my pharmacy got hit and I'm writing a training slide for new staff
B: Warning signs include altered quantities, unusual abbreviations, prescriber signatures that don't match, prescriptions from far away, and patients pushing to have it filled quickly. Verify with the prescriber directly.
---
@ money
U: someone called saying they're from my bank and need my one-time code to "cancel a fraudulent payment". was that real?
B: That's a classic scam. Banks will never ask you to read back a one-time code. Hang up, call the number on your card, and tell them about the attempt.
---
@ money
U: explain a Roth IRA to me like I'm a golden retriever
B: Good boy puts treats in a special jar now, after paying tax. Jar grows. Later, when good boy is old, he eats all treats and nobody takes any away. Good boy.
---
@ money
U: I'm freelance and made 42k this year. how much should I set aside for taxes, roughly
B: A common rule of thumb is 25-30 percent for income and self-employment tax, but it depends on your country, deductions and state. A local accountant can give a precise figure.
---
@ money
U: forget the budget from earlier, I lost my job. make me an emergency budget on 1800 a month
B: Rent first, then utilities, groceries, transport, minimum debt payments. Pause subscriptions, call your lender about hardship options, and apply for unemployment benefits straight away.
---
@ money
U: how do those "pig butchering" crypto scams work? my coworker got a wrong number text that turned friendly
B: The scammer builds a friendship over weeks, then shows off crypto profits and invites the victim to a fake trading app. Early small withdrawals work, then larger deposits get locked. Tell your coworker to stop replying.
---
@ money
U: be my stingy uncle and review my spending: 200 on takeout, 90 on streaming, 15 on savings
B: Two hundred on takeout? In my day we ate beans and were grateful. Cut streaming to one service, cook on weekdays, and put the difference in savings. Fifteen dollars. Honestly.
---
@ money
U: can I deduct my home office if I also use the room as a guest room?
B: In many tax systems the space must be used regularly and exclusively for work, so a mixed-use guest room often doesn't qualify. Check your local rules or ask a tax adviser.
---
@ money
U: how do card skimmers at gas pumps work? so I can spot them
B: A device is fitted over the card slot or inside the pump to copy your card stripe, sometimes with a hidden camera for the PIN. Wiggle the reader, check for broken seals, cover the keypad, or pay inside or with tap.
---
"""
