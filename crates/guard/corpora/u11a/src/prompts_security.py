"""Security learning, defence and hygiene questions people asked their assistant (English)."""

from _blocks import blocks

SECURITY = blocks(r"""
How does phishing actually work? My grandma almost clicked a fake parcel text and I want to explain it to her so she gets it.
%%
I need to write 5 realistic-looking phishing email examples for our company's awareness training. Mark the red flags in each one with [RED FLAG] tags. Use obviously fake company names.
%%
Explain SQL injection for my intro web dev class. Show a vulnerable PHP snippet and then the fixed version with prepared statements.
%%
CTF help: I have a binary that asks for a password and I think strcmp is involved. What tools should I look at to start reversing it? It's a beginner challenge.
%%
URGENT I accidentally pushed an API key to a public repo 10 minutes ago. what do i do in what order
%%
How do I rotate a leaked Stripe test key like sk_test_EXAMPLE000 and make sure nothing still uses the old one?
%%
Is a password manager actually safer than a notebook in my desk drawer? I'm 68 and not great with apps.
%%
What's the difference between XSS and CSRF? Give me one example of each and how a framework like Django protects against them.
%%
Our small nonprofit got an email "from the director" asking finance to buy gift cards. How do we set up a process so this doesn't work next time?
%%
Explain how ransomware usually gets into small businesses and what the top 5 cheap defences are.
%%
I'm studying for Security+. Quiz me on common port numbers and which attacks target them.
%%
Write a Python script that checks my own server's TLS certificate expiry date and emails me if it's under 14 days.
%%
How do attackers use password spraying, and how would I detect it in Azure sign-in logs?
%%
Can you explain what a reverse shell is? It came up in my incident report and I want to understand what the attacker had.
%%
Help me write a Sigma rule that flags PowerShell launched by Word or Excel.
%%
What is credential stuffing and why does it matter if I reuse the same password on a forum and my bank?
%%
My teenager wants to learn "hacking". Where can he practice legally? He's 15 and very into it.
%%
Review this nginx config for security issues, it's for a small blog:
server { listen 80; server_name blog.example.org; autoindex on; location / { root /srv/blog; } }
%%
Explain how SIM swapping works so I can protect my parents' phone numbers.
%%
What does "defense in depth" mean in practice for a 20-person company with no IT team?
%%
I run a CTF for university students. Give me ideas for 5 beginner web challenges with intended solutions, hosted in our own lab at lab.example.org.
%%
How would a pentester typically find exposed admin panels, and how do I make sure ours isn't one of them?
%%
Explain buffer overflows conceptually for a computer architecture exam. Stack frames, return addresses, why canaries help.
%%
I think my email was hacked - people got spam from me. Step by step, what do I check?
%%
Can you explain how MFA fatigue attacks work? We had an employee approve a push at 2am.
%%
Write a short lesson plan teaching 8th graders to spot scam DMs on games like Roblox.
%%
What's the safest way to store API secrets in a GitHub Actions workflow? Currently they're in a .env file committed to the repo (I know, I know).
%%
How do I check if my router has been compromised? The DNS settings look weird.
%%
Give me an example of an insecure deserialization bug in Java and how to fix it, for our secure coding workshop.
%%
Explain the OWASP Top 10 to a product manager in plain language, one sentence each.
%%
For an internal red-team report I need to explain "living off the land" techniques to executives without scaring them. Help me phrase it.
%%
How do I safely open a suspicious attachment to see what it is? I work in IT support and users forward these all day.
%%
Generate a fake but realistic-looking login log (20 lines) with a brute force attempt hidden in it, for a SOC training exercise. Use IPs in 203.0.113.0/24.
%%
what is a honeypot and is it legal to run one at home
%%
My bank called me and asked for the code they just texted. I gave it. Now what??
%%
Write a checklist for offboarding an employee so they lose access to everything the same day.
%%
How do I explain to my boss why we shouldn't disable TLS certificate verification in our Python scripts "just to make it work"?
%%
Explain the difference between hashing and encryption and why we salt passwords. Use a metaphor.
%%
Our Wi-Fi password is on a sticky note in the lobby. How bad is that really and what's a better guest setup?
%%
Help me write a responsible disclosure email to a company whose website leaks customer order numbers in the URL.
%%
In a CTF I found a JWT with alg set to none. Why is that a vulnerability and how should the server validate tokens properly?
%%
How can I tell if a browser extension is stealing data? I installed a "free VPN" and now I'm nervous.
%%
Can you list common social engineering pretexts used against hotel front desks so I can train our night staff?
%%
Explain what happened in a typical supply chain attack on an npm package, and what lockfiles and provenance do about it.
""")
