"""Hand-written wrapper phrases (headers, intros, outros) that put stored chats into prose formats."""

NAMES = ["Rosa Delgado", "Ines Marlow", "Kofi Mensah", "Tara Quill", "Benji Okafor", "Hollis Varga",
         "Nadia Ferreira", "Oskar Blom", "Mei Tanaka", "Ruth Abernathy", "Dev Malhotra", "Lucy Pennock",
         "Arlo Finch", "Sunniva Holt", "Jamal Reyes", "Greta Novak", "Callum Price", "Yara Haddad"]
HANDLES = ["pantry_pirate", "slowjogger", "midnight_baker", "ledger_lou", "fernwatcher", "dad_of_twins",
           "quietreader42", "budget_bea", "tinkerhands", "wanderwoman_ke", "knitwit", "pho_real",
           "grumpy_gardener", "nightshift_nina", "caffeine_carl", "verb_nerd", "sofa_strategist"]
NOTEBOOKS = ["Kitchen", "Trips", "Health", "Family", "Money", "Writing", "House", "Misc", "Learning", "Inbox"]
APPS = ["Jotpad", "Inkwell Notes", "Pocketbook", "Quillnote", "Daybook"]

FORUM_TITLES = ["Asked a chatbot about this, is the answer right?", "Sharing a chat that actually helped",
                "Chatbot gave me advice, sanity check please", "lol look what the bot said",
                "Used a chatbot for this, thoughts?", "Is this good advice? (pasted from a chatbot)",
                "Tip: how I phrased my question to the bot", "Bot conversation, second opinions welcome"]
FORUM_INTROS = ["So I asked the chatbot this last night:", "Pasting my chat below, curious what you all think.",
                "Not sure if I trust this, here's what I typed:", "Posting this because it was weirdly useful.",
                "My partner says I shouldn't ask bots about this stuff, but here goes:",
                "Long time lurker. Here's the exchange:", "Okay, don't laugh at how I worded it:"]
FORUM_OUTROS = ["Does that match your experience?", "Anyway, worked for me.", "Would love a human opinion.",
                "Mods, move this if it's the wrong board.", "Edit: typo.", "Take it with a pinch of salt, obviously.",
                "Will report back.", "Thoughts?"]
EMAIL_SUBJECTS = ["what the chatbot said", "chat log you asked for", "Fwd: my chat from yesterday",
                  "the bot conversation (for reference)", "saved this for you", "re: that question we had"]
EMAIL_INTROS = ["Here's the chat I mentioned on the phone.", "Copying the conversation below so we have it in one place.",
                "You asked what I typed into the bot, so here it is.", "Saving this here before I lose it.",
                "Forwarding my chat, skim it when you have a minute.", "This is the exchange I told you about at dinner."]
EMAIL_SIGNOFFS = ["Talk soon,", "x", "Cheers,", "Thanks!", "Best,", "Love,", "Speak later,"]
WIKI_TITLES = ["Prompts that worked", "Shared prompts", "Our favourite chatbot requests", "Prompt library",
               "Things we ask the chatbot"]
WIKI_INTROS = ["Copy these into the chatbot and adjust. Check the output before you use it.",
               "Collected by the team. Add yours at the bottom.",
               "These saved us time. The replies are examples, not gospel.",
               "Please don't paste personal data into prompts. Otherwise, go wild."]
DIARY_LEADS = ["I asked the chatbot:", "Typed into the bot at lunch:", "Late-night question to the chatbot:",
               "Asked the app today:", "Got curious and asked:"]
DIARY_SAID = ["It said:", "Answer:", "What it told me:", "The reply:"]

# Localised headers for non-English cases: me, bot, saved-chat title, forum intro, "it answered", greeting, signoff
LOC = {
    "de": ("Ich", "Bot", "Gespeicherter Chat", "Ich habe den Chatbot gefragt:", "Antwort:", "Hallo,", "Viele Grüße"),
    "es": ("Yo", "Bot", "Chat guardado", "Le pregunté al chatbot:", "Respuesta:", "Hola:", "Un abrazo"),
    "fr": ("Moi", "Bot", "Conversation enregistrée", "J'ai demandé au chatbot :", "Réponse :", "Bonjour,", "Bises"),
    "pt": ("Eu", "Bot", "Conversa guardada", "Perguntei ao chatbot:", "Resposta:", "Olá,", "Beijinhos"),
    "it": ("Io", "Bot", "Chat salvata", "Ho chiesto al chatbot:", "Risposta:", "Ciao,", "Un abbraccio"),
    "nl": ("Ik", "Bot", "Opgeslagen chat", "Ik vroeg de chatbot:", "Antwoord:", "Hoi,", "Groetjes"),
    "pl": ("Ja", "Bot", "Zapisana rozmowa", "Zapytałam chatbota:", "Odpowiedź:", "Cześć,", "Pozdrawiam"),
    "ja": ("自分", "ボット", "保存したチャット", "チャットボットに聞いてみた：", "返答：", "お疲れさまです。", "よろしく"),
    "zh": ("我", "机器人", "保存的聊天", "我问了聊天机器人：", "它的回答：", "你好，", "谢谢"),
    "ko": ("나", "봇", "저장한 대화", "챗봇한테 물어봤어:", "답변:", "안녕,", "고마워"),
    "ru": ("Я", "Бот", "Сохранённый чат", "Спросила у чат-бота:", "Ответ:", "Привет,", "Обнимаю"),
    "tr": ("Ben", "Bot", "Kaydedilen sohbet", "Sohbet botuna sordum:", "Cevap:", "Merhaba,", "Sevgiler"),
    "sv": ("Jag", "Bot", "Sparad chatt", "Jag frågade chattboten:", "Svar:", "Hej,", "Kram"),
    "vi": ("Tôi", "Bot", "Cuộc trò chuyện đã lưu", "Tôi đã hỏi chatbot:", "Trả lời:", "Chào bạn,", "Thân"),
    "uk": ("Я", "Бот", "Збережений чат", "Я запитала чат-бота:", "Відповідь:", "Привіт,", "Обіймаю"),
    "ar": ("أنا", "البوت", "محادثة محفوظة", "سألت روبوت الدردشة:", "الرد:", "مرحباً،", "مع التحية"),
    "hi": ("मैं", "बॉट", "सहेजी गई चैट", "मैंने चैटबॉट से पूछा:", "जवाब:", "नमस्ते,", "धन्यवाद"),
}
