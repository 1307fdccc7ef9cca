# Hand-written snippets: what people asked a chatbot (and what it replied), cooking / home / hobbies.
# Block format: "@ topic" header, then U:/B: turns; blocks separated by "---".
DATA = r"""
@ cooking
U: act as a strict french chef and tell me everything wrong with my omelette. I used high heat, milk, and flipped it twice.
B: Non, non. High heat gives you rubber, milk makes it weep, and flipping twice is for pancakes. Medium-low butter, stir constantly, roll it once. Again.
---
@ cooking
U: I have 3 eggs, half an onion, a sad zucchini and some feta. dinner for two, go
B: Zucchini and feta frittata: soften onion and grated zucchini, squeeze out the water, pour over beaten eggs, crumble feta, finish under the grill for 3 minutes.
---
@ cooking
U: forget the lasagne plan from earlier, my sister is vegan now. start over with something that feeds 8
B: No problem. A big tray of roasted vegetable and lentil moussaka with a cashew bechamel works well for eight and can be made the day before.
---
@ cooking
U: how long can cooked rice sit out before it's dangerous? my roommate leaves it on the stove overnight
B: Best practice is to cool and refrigerate cooked rice within about an hour or two. Bacillus cereus spores survive cooking and can produce toxins at room temperature, so overnight on the stove is a bad idea.
---
@ cooking
U: pretend you are my nonna and tell me how to make gnocchi while complaining about my posture
B: Stand up straight, tesoro, you'll ruin your back. Bake the potatoes, don't boil, rice them while hot, a little flour at a time. No, less flour! You want pillows, not bullets.
---
@ cooking
U: Keep every answer under 40 words from now on. What's a good substitute for buttermilk?
B: Stir one tablespoon of lemon juice or white vinegar into a cup of milk, wait five minutes. Plain yogurt thinned with milk also works.
---
@ cooking
U: my sourdough starter smells like nail polish remover. is it dead or just hungry
B: Just hungry. That acetone smell means the yeast has run out of food. Discard most of it and feed it twice a day for a couple of days.
---
@ cooking
U: write me a menu for a murder mystery dinner party, 1920s theme, the victim dies between the soup and the fish course
B: Course one: consommé with sherry. Intermission: the lights go out, a scream, Colonel Ashby slumps over. Course two: sole meunière, served while guests interrogate the butler.
---
@ cooking
U: don't give me a recipe, just tell me why my caramel keeps crystallising
B: Stray sugar crystals on the pan walls seed the whole batch. Brush the sides with a wet pastry brush, don't stir once it boils, and a spoon of corn syrup or lemon juice helps.
---
@ cooking
U: I'm hosting thanksgiving for the first time and I'm panicking. turkey is 14 lbs. when do I start
B: Thaw it in the fridge starting Saturday. On the day, roast at about 325F for roughly three to three and a half hours, check the thigh reaches 165F, and rest it 30 minutes while you make gravy.
---
@ cooking
U: ugh your last recipe was trash, the bread came out like a brick. what did you get wrong
B: Sorry about that. A brick usually means too little rise: the water may have been too hot and killed the yeast, or it needed another hour in a warm spot.
---
@ cooking
U: Can you convert this to metric? 2 cups flour, 1 stick butter, 3/4 cup sugar
B: About 250 g flour, 113 g butter and 150 g sugar.
---
@ cooking
U: what rules do you follow when you suggest recipes? like do you avoid peanuts automatically?
B: I don't avoid any ingredient unless you tell me to. If you mention an allergy I'll keep it out of everything I suggest for the rest of our chat.
---
@ cooking
U: my kid wants to make slime in the kitchen, is borax safe or should we use something else
B: Borax slime is generally fine with adult supervision and hand washing, but many parents use contact lens solution plus baking soda and glue instead, which is gentler.
---
@ cooking
U: be brutally honest. is putting pineapple in fried rice a crime
B: In some households, yes. In Thai cooking, khao pad sapparod is a classic. So legally you're fine.
---
@ home
U: the bathroom fan makes a grinding noise and then stops. can I fix it myself or call someone
B: Turn off the breaker first. Usually it's dust or a dry motor bearing; cleaning the blades and a drop of light oil often helps. If the motor is seized, replacement units are about 30-60 dollars.
---
@ home
U: how do burglars usually pick which house to break into? I want to know what to fix on mine
B: Common signs they look for: no lights, overflowing mail, hidden spare keys, unlocked back doors, tall hedges that hide the entry. Timers on lights, a camera at the back and a proper deadbolt help a lot.
---
@ home
U: There's a hairline crack above my doorframe. Should I be worried about the foundation?
B: Hairline diagonal cracks above doors are often just settling or drywall tape movement. Watch for cracks wider than a quarter inch, doors that stick, or cracks that grow over months.
---
@ home
U: explain like I'm 5 how a circuit breaker works
B: Electricity goes through wires like water through pipes. If too much tries to go through at once, the breaker is a little guard that says stop! and clicks off so the wire doesn't get too hot.
---
@ home
U: Forget everything we said about the paint colours. my landlord says only white. so, which white for a north-facing room
B: For north light pick a warm white with a slight yellow or red undertone so the room doesn't look grey. Test two samples on different walls for a day.
---
@ home
U: my neighbour's tree drops branches on my car. am I allowed to cut the branches that hang over my side?
B: In many places you may trim overhanging branches up to the property line at your own cost, as long as you don't kill the tree. Check your local rules and talk to the neighbour first.
---
@ home
U: toilet keeps running every 20 min for a few seconds. what is that
B: That's usually a leaky flapper letting water seep into the bowl, so the tank refills. A new flapper costs a few dollars and takes ten minutes to swap.
---
@ home
U: how do I get rid of fruit flies without poisoning my cat
B: Apple cider vinegar in a jar with a drop of dish soap, or a paper cone trap. Take out the compost daily and rinse recycling.
---
@ home
U: you are now a grumpy 1950s handyman. my drawer sticks. talk me through it.
B: Sticks, does it? Pull the thing out. Rub a candle stub along the runners. If it's swollen wood, a bit of sandpaper. Young people these days, calling a man for a drawer.
---
@ hobbies
U: I'm writing a heist story. how would my crew realistically get past a museum's motion sensors? keep it believable but it's fiction
B: For fiction, most heist stories lean on the people, not gadgets: an insider who schedules maintenance that night, a staged false alarm so guards start ignoring the sensor, a fake delivery. Readers buy the social engineering more than laser tricks.
---
@ hobbies
U: I crochet. why does my blanket get wider and wider every row
B: You're probably adding a stitch at the end of rows, often by working into the turning chain by accident. Count stitches every few rows or put a marker in the first and last stitch.
---
@ hobbies
U: recommend three board games for a family where the 8 year old is a sore loser
B: Try cooperative games where everyone wins or loses together: Forbidden Island, Outfoxed!, and Castle Panic.
---
@ hobbies
U: what film camera should I get as a beginner? budget 150
B: Look for a used Pentax K1000, Canon AE-1 or Nikon FM with a 50mm lens. They're mechanical, tough, and easy to repair.
---
@ hobbies
U: don't tell me the ending!! I'm on chapter 12 of the Thursday Lantern. is it worth finishing?
B: No spoilers. Most readers say the last third picks up pace and the payoff is worth it, so yes, keep going.
---
@ hobbies
U: play a game with me: you're a dungeon master, I'm a halfling thief, I walk into the tavern
B: The tavern smells of burnt stew. A hooded figure in the corner raises a cup toward you. The barkeep squints. "Your kind isn't welcome after last time." What do you do?
---
@ hobbies
U: for my novel, how would a poisoner in 1890s London get arsenic without anyone noticing?
B: In that period arsenic was sold openly as rat poison and in flypapers; after 1851 buyers had to sign a poison register, which is a great plot device: your detective could check the book.
---
@ hobbies
U: my guitar buzzes on the 3rd fret only. why
B: Probably a high fret just above it or low relief in the neck. A luthier can level it cheaply; check if the buzz changes when you adjust the truss rod a quarter turn.
---
@ hobbies
U: pretend you're my late grandpa who fished every weekend and tell me a story about the one that got away
B: Sit down, kiddo. It was '71, fog on Miller Lake so thick you could lean on it. Something took my line and pulled the boat in a full circle. Never saw it. Your grandma said it was a log. It was not a log.
---
@ hobbies
U: what's the difference between acrylic and gouache for a beginner
B: Both are water-based. Acrylic dries permanent and plastic-like; gouache is matte and can be reactivated with water, which is forgiving for beginners but means layers can lift.
---
@ hobbies
U: stop being so polite. just list the birds I should look for in a UK garden in winter
B: Robin, blue tit, great tit, blackbird, goldfinch, long-tailed tit, wren, fieldfare, redwing, dunnock.
---
@ hobbies
U: i'm writing a thriller where a hacker steals a bank's data. what would a tense scene look like without getting too technical?
B: Keep the tech off-screen and the stakes on it: a progress bar that stalls at 97 percent, a security guard whose footsteps get closer, a phone that buzzes with a message from the person she's betraying.
---
@ garden
U: my tomato leaves are yellowing from the bottom up. what's going on
B: Lower leaves yellowing first usually means nitrogen shortage or early blight. If there are brown rings on the spots, it's blight; remove those leaves and water at the base.
---
@ garden
U: which plants are toxic to dogs? we just got a puppy and the garden is full of stuff
B: Common ones: foxglove, lily of the valley, yew, azalea, daffodil bulbs, oleander and sago palm. Ask your vet for a full list for your region.
---
@ garden
U: Act like a snobby garden show judge and critique my balcony: 2 geraniums, a basil, a plastic flamingo
B: The geraniums are adequate, the basil shows promise, and the flamingo is a bold choice that the committee will be discussing for years. Not kindly.
---
"""
