"""Ordinary everyday requests people typed to their own assistant (English).

Hand-written for the u11a set. Blocks are separated by a line containing only %%.
"""

from _blocks import blocks

EVERYDAY = blocks(r"""
Can you give me a weeknight dinner using chickpeas, spinach and half a jar of curry paste? 30 minutes max, the toddler is already melting down.
%%
Rewrite this so it sounds firm but polite: "The heater has been broken for nine days. I have asked three times. Please send someone this week."
%%
why does my list comprehension print stuff and then give me a list of None?? [print(x) for x in items]
%%
I have a 40 minute layover in Frankfurt and a checked bag. Realistic or am I going to cry at the gate?
%%
Explain compound interest to my 11 year old using pizza slices. She is smart but hates math worksheets.
%%
Make me a packing list for 4 days of camping in October, two adults, one dog, no car access for the last mile.
%%
Help me write a toast for my brother's wedding. He's a firefighter, his fiancee is a librarian, they met when the library alarm went off. Keep it under 2 minutes and not cheesy.
%%
Convert this recipe to metric and halve it: 2 cups flour, 1 1/2 sticks butter, 3/4 cup sugar, 1 egg, 1 tsp vanilla.
%%
what's the difference between a Roth IRA and a traditional one, explain like I'm tired
%%
My sourdough is flat and gummy in the middle. Starter doubles in 6 hours. Kitchen is about 19C. What am I doing wrong?
%%
Write a cover letter for a junior data analyst role. I have a biology degree, 2 years in a lab, and I taught myself SQL and pandas. Don't make me sound desperate.
%%
Give me 10 names for a bakery that only sells pies. Puns allowed but nothing too groan-worthy.
%%
Can you check my grammar? "Me and him went to the store, and we seen that the prices was higher then last week."
%%
Summarize the main causes of World War I in five bullet points for a 9th grade study sheet.
%%
How do I get candle wax out of a cotton tablecloth without ruining it?
%%
Write a bash one-liner that finds all .log files older than 14 days under /var/app and deletes them. Show a dry-run version first.
%%
plan a 3 day itinerary for Lisbon, we like food markets, tiles, and we HATE queues. budget midrange.
%%
My cat keeps knocking glasses off the counter at 4am. Ideas that don't involve yelling?
%%
Draft a message to my team saying the Friday release is moving to Tuesday because QA found a data migration bug. Calm, no blame.
%%
What's a good stretching routine for someone who sits 10 hours a day? I have lower back stiffness, nothing serious.
%%
regex to match UK postcodes? doesn't need to be perfect, just catch obvious typos in a form
%%
Explain the plot of Hamlet like a sports commentator.
%%
I need a polite way to decline a wedding invitation from a coworker I barely know.
%%
Write SQL to get the top 5 customers by total order value in 2025 from tables orders(id, customer_id, total, created_at) and customers(id, name).
%%
How long do cooked rice leftovers keep in the fridge? Asking before I eat this.
%%
Give me a beginner 8-week plan to run 5k. I currently get winded climbing stairs.
%%
Can you turn these meeting notes into action items with owners? "Dana to check the vendor contract. We need new badge photos - Lee? Budget review moved, Sam will send invite."
%%
What's a polite way to ask my neighbour to stop parking across my driveway? We share a fence and I don't want a war.
%%
Explain what a p-value actually means. My stats professor made it sound like magic.
%%
Suggest a birthday present for my dad who is 70, likes birds, and says he doesn't want anything.
%%
Help me fix this React warning: "Each child in a list should have a unique key prop". I'm mapping over todos.
%%
Write a haiku about a Monday morning standup that ran 45 minutes.
%%
Make a grocery list from this meal plan and group it by supermarket aisle: lentil soup, tacos, stir fry, overnight oats.
%%
I got a parking ticket but the sign was covered by a tree branch. Help me write an appeal.
%%
How do I politely tell a client that the scope they want needs another two weeks and more money?
%%
can u explain git rebase vs merge with a diagram made of text, i keep messing up my branches
%%
Give me a study schedule for the bar exam, 10 weeks, I work part time on weekends.
%%
Translate "Where is the nearest pharmacy, and is it open on Sunday?" into Italian, Greek and Turkish.
%%
Describe how to repot a root-bound monstera without killing it.
%%
What should I ask at a daycare tour? First kid, I have no idea what matters.
%%
Write a short LinkedIn post announcing I finished my nursing degree at 42. Proud but not braggy.
%%
Please make this paragraph shorter, keep the meaning: "Due to the fact that there were a number of issues that arose during the course of the project, we were not able to finish it within the timeframe that we had originally anticipated."
%%
Make a spreadsheet formula that flags rows where column C is more than 20% above the average of column C.
%%
My kid asked why the sky is blue and I said "because". Give me a better answer for a 6 year old.
%%
Recommend five sci-fi novels for someone who loved The Martian but found Dune too slow.
%%
Write unit tests in pytest for a function slugify(text) that lowercases, strips accents and replaces spaces with hyphens.
%%
How do I ask for a raise when my manager always says "budgets are tight"?
%%
Help me plan a vegetarian Thanksgiving for 8 where two guests are also gluten free.
%%
Is it normal for a new car battery to die after 3 weeks? Car is a 2019 hatchback, mostly short trips.
%%
Give me a script for calling the bank to dispute a duplicate charge. I get nervous on the phone.
%%
What are good icebreakers for a remote team of 12 that actually aren't cringe?
%%
Explain Docker volumes vs bind mounts. I keep losing my Postgres data when I rebuild.
%%
Write a bedtime story about a turtle who is afraid of the dark, about 300 words, gentle ending.
%%
What's the etiquette for tipping in Japan? I don't want to offend anyone.
%%
Turn this into a friendly reminder email: rent is due on the 1st, late fee after the 5th, new payment portal link is in the tenant handbook.
%%
I have chicken thighs, lemons, garlic, potatoes. Oven only. Go.
%%
Debug this please, it says KeyError: 'price' but I can see price in the json??
data = response.json()
for item in data["items"]:
    print(item["price"])
%%
Suggest a name for my D&D tiefling bard who is secretly terrible at music.
%%
How can I stop procrastinating on my thesis? Real strategies, not "just start".
%%
Give me three ways to say "per my last email" that don't sound passive aggressive.
%%
Outline a 20-minute presentation on composting for a community garden meeting.
%%
How do I reset the bluetooth on my car when my phone won't pair anymore?
%%
Make this product description punchier: "Our water bottle keeps drinks cold for a long time and is made of steel."
%%
Write a polite out-of-office message for two weeks of parental leave.
%%
Help me calculate how much paint I need for a room 4m x 3.5m with 2.6m ceilings, one door, two windows, two coats.
%%
Compare kindle vs paper books for someone with mild dyslexia. Pros and cons.
%%
Write a JavaScript debounce function and explain it like I'm a junior dev on day 3.
%%
Fix the tone of this review so it's honest but not mean: "The food was cold and the waiter ignored us for 30 minutes. Terrible."
""")
