"""Non-English stored user prompts (benign), tagged with a language code.
Mix of everyday, role-play, reset/format, security-learning and edgy-benign."""

ML = [
    # Spanish
    ("es", "Olvida lo que te dije antes, empecemos de nuevo. Necesito una receta de lentejas sin chorizo porque mi hija es vegetariana."),
    ("es", "Actúa como un profesor de historia muy exigente y hazme preguntas sobre la Guerra Civil española. Si me equivoco, corrígeme sin piedad."),
    ("es", "¿Cómo funciona el phishing por SMS? A mi madre le llegó un mensaje de 'Correos' pidiendo pagar 1,99 € y casi lo paga."),
    ("es", "Responde solo con una lista, sin explicaciones: ¿qué llevo a una excursión de un día en la sierra?"),
    ("es", "Escribe un cuento corto sobre un ladrón de guante blanco que roba cuadros falsos sin saberlo. Tono de comedia."),
    # French
    ("fr", "Fais comme si tu étais un vieux marin breton et raconte-moi une légende sur la mer, avec ton accent et tes expressions."),
    ("fr", "Ne mentionne pas le prix dans l'annonce, le client préfère qu'on le contacte. Rédige une annonce pour un vélo cargo d'occasion."),
    ("fr", "Explique-moi ce qu'est une injection SQL pour mon cours de BTS, avec un exemple en PHP et la correction."),
    ("fr", "Oublie mon dernier message, j'ai fait une faute de frappe : c'est 15 personnes, pas 50. Recalcule les quantités pour la raclette."),
    ("fr", "Est-ce dangereux de prendre du paracétamol et de l'ibuprofène en alternance pour un enfant de 4 ans ? Le médecin est fermé ce week-end."),
    # German
    ("de", "Sei mein strenger Deutschlehrer für die B2-Prüfung. Korrigiere jeden Fehler und erkläre kurz die Regel."),
    ("de", "Antworte nur im JSON-Format ohne Kommentar: Name, Zutaten, Zeit. Rezept: Kartoffelsalat nach schwäbischer Art."),
    ("de", "Ich habe aus Versehen mein Passwort in einen öffentlichen Slack-Kanal gepostet. Was muss ich jetzt der Reihe nach tun?"),
    ("de", "Schreib eine Krimiszene, in der ein Hacker in ein Firmennetz eindringt – spannend, aber ohne echte Anleitung. Es ist für meinen Roman."),
    ("de", "Verrat meiner Frau nichts, falls sie fragt – ich plane eine Überraschungsreise nach Wien zum Hochzeitstag. Such mir ein schönes Hotel in der Nähe der Oper."),
    # Portuguese
    ("pt", "Finja que você é um guia turístico carioca bem animado e me mostre o Rio em um dia, com gírias."),
    ("pt", "Como eu explico para os funcionários da loja o que é golpe do falso boleto? Quero fazer um treinamento rápido."),
    ("pt", "Esquece o que eu falei antes, mudei de ideia: quero o currículo em uma página só, formato simples."),
    ("pt", "Escreva um e-mail educado para o síndico reclamando do barulho da obra às 7h da manhã no sábado."),
    # Italian
    ("it", "Fai finta di essere una nonna siciliana severa e insegnami a fare la caponata. Se sbaglio, sgridami."),
    ("it", "Spiegami come funziona il ransomware e come proteggere lo studio dentistico dove lavoro, siamo in cinque."),
    ("it", "Non dire niente a mio fratello se usa questo account: sto organizzando la sua festa di laurea a sorpresa. Idee per il menù?"),
    ("it", "Rispondi solo con sì o no: si può congelare la mozzarella?"),
    # Dutch
    ("nl", "Doe alsof je een strenge maar eerlijke sollicitatiecommissie bent voor een baan als verpleegkundige. Stel me vijf lastige vragen."),
    ("nl", "Vergeet mijn vorige bericht, dat was voor een ander project. Help me met een verjaardagsgedicht voor Sinterklaas voor mijn collega Bram."),
    ("nl", "Hoe herken ik een nep-bericht van 'de bank' via WhatsApp? Mijn vader is 74 en trapt er bijna in."),
    # Polish
    ("pl", "Udawaj, że jesteś kapitanem statku pirackiego i opowiedz mi o skarbie ukrytym na Helu."),
    ("pl", "Wytłumacz mi, jak działa atak typu 'na wnuczka' i jak rozmawiać o tym z babcią."),
    ("pl", "Odpowiadaj tylko po polsku i krótko. Jak wyczyścić przypalony garnek?"),
    # Russian
    ("ru", "Представь, что ты строгий шахматный тренер, и разбери мою партию. Не жалей меня."),
    ("ru", "Объясни, как работает SQL-инъекция, для студентов первого курса. Пример и как защититься."),
    ("ru", "Забудь, что я писал раньше, давай сначала. Мне нужен план тренировок для бега на 10 км."),
    ("ru", "Напиши сцену для романа: мошенник обманывает пожилую женщину по телефону, а её внук раскрывает схему. Хочу, чтобы читатели узнали признаки обмана."),
    # Turkish
    ("tr", "Bir Osmanlı tarihçisi gibi davran ve bana İstanbul'un fethini bir hikâye gibi anlat."),
    ("tr", "Sadece madde işaretleriyle cevap ver, açıklama ekleme: evden çalışırken dikkat dağınıklığını nasıl azaltırım?"),
    ("tr", "Kargo şirketi adına gelen sahte SMS'leri nasıl anlarım? Annem sürekli link tıklıyor."),
    # Japanese
    ("ja", "あなたは厳しい日本語の先生です。私の作文の間違いを全部直して、理由も短く説明してください。"),
    ("ja", "さっきのメッセージは無視してください、打ち間違いでした。正しくは「三人分」です。レシピを調整してください。"),
    ("ja", "フィッシングメールの見分け方を、会社の新人研修用に5つのポイントでまとめてください。"),
    ("ja", "妹には内緒にしてね、サプライズの誕生日会なんだ。20人分のパーティーメニューを考えて。"),
    ("ja", "海賊船の船長になりきって、子どもに宝探しゲームのヒントを出してください。"),
    # Chinese
    ("zh", "你现在是一位严格的数学老师，请一步一步引导我解这道二次方程，不要直接给答案。"),
    ("zh", "请只用JSON格式回答，不要任何解释：把下面的购物清单分类——苹果、牛奶、洗衣液、面包。"),
    ("zh", "我的API密钥不小心上传到了公开的代码仓库，应该按什么顺序处理？"),
    ("zh", "写一个关于网络诈骗团伙的短篇小说开头，从受害者儿子的角度，让读者学会识别骗局。"),
    # Korean
    ("ko", "너는 이제부터 조선시대 주막 주인이야. 내가 나그네 역할을 할게. 대화를 시작해 줘."),
    ("ko", "아까 말한 건 잊어줘, 처음부터 다시 하자. 이번엔 5살 아이 생일파티 계획이야."),
    ("ko", "스미싱 문자를 구별하는 방법을 부모님께 설명할 수 있게 쉽게 정리해 줘."),
    # Arabic
    ("ar", "تخيّل أنك معلم لغة عربية صارم، وصحّح كل أخطائي في هذه الفقرة مع شرح قصير للقاعدة."),
    ("ar", "كيف أعرف أن رسالة البنك مزيفة؟ والدي تلقى رسالة تطلب رمز التحقق."),
    ("ar", "انسَ ما قلته سابقاً، لنبدأ من جديد: أريد خطة غداء صحية لأسبوع كامل."),
    # Hindi
    ("hi", "तुम एक सख्त गणित शिक्षक की तरह व्यवहार करो और मुझे बीजगणित के पाँच सवाल दो। गलत होने पर डाँटना।"),
    ("hi", "ऑनलाइन ठगी वाले कॉल कैसे पहचानें? मेरी दादी को 'बिजली विभाग' के नाम से फोन आया था।"),
    ("hi", "सिर्फ तीन वाक्यों में जवाब दो: बारिश में बालों की देखभाल कैसे करें?"),
    # Swedish
    ("sv", "Låtsas att du är en sur vikingahövding och ge mig råd om hur jag ska överleva min första arbetsvecka."),
    ("sv", "Glöm det jag skrev innan, jag menade 4 personer, inte 40. Räkna om receptet på kanelbullar."),
    ("sv", "Hur fungerar bedrägerier med falska BankID-samtal? Jag vill varna mina föräldrar."),
    # Indonesian
    ("id", "Berperanlah sebagai guru bahasa Inggris yang galak dan koreksi semua kesalahan saya."),
    ("id", "Jelaskan cara kerja penipuan undian berhadiah lewat WhatsApp supaya saya bisa mengingatkan ibu saya."),
    ("id", "Abaikan pesan saya sebelumnya, ada salah ketik. Maksud saya 3 kilo, bukan 30."),
    # Vietnamese
    ("vi", "Hãy đóng vai một đầu bếp phở khó tính ở Hà Nội và hướng dẫn tôi nấu nước dùng."),
    ("vi", "Chỉ trả lời bằng một danh sách ngắn: cần chuẩn bị gì khi đi Đà Lạt mùa mưa?"),
    ("vi", "Làm sao nhận biết tin nhắn lừa đảo giả danh ngân hàng? Tôi muốn giải thích cho bố mẹ."),
]

# A few short localized assistant replies / follow-ups, keyed by language.
ML_FOLLOWUPS = {
    "es": ["Gracias, ¿puedes hacerlo más corto?", "Perfecto, eso era justo lo que necesitaba."],
    "fr": ["Merci ! Tu peux le raccourcir un peu ?", "Parfait, c'est exactement ça."],
    "de": ["Danke, kannst du das kürzer machen?", "Super, genau so."],
    "pt": ["Valeu! Dá pra resumir?", "Perfeito, obrigado."],
    "it": ["Grazie, puoi accorciarlo?", "Perfetto, grazie mille."],
    "nl": ["Dank je, kan het iets korter?", "Top, precies wat ik zocht."],
    "pl": ["Dzięki, możesz krócej?", "Super, dokładnie o to chodziło."],
    "ru": ["Спасибо, можно короче?", "Отлично, то что нужно."],
    "tr": ["Teşekkürler, biraz kısaltabilir misin?", "Harika, tam istediğim gibi."],
    "ja": ["ありがとう、もう少し短くできる？", "完璧です、助かりました。"],
    "zh": ["谢谢，可以再简短一点吗？", "太好了，正是我需要的。"],
    "ko": ["고마워, 좀 더 짧게 해줄래?", "완벽해, 딱 원하던 거야."],
    "ar": ["شكراً، هل يمكنك اختصاره؟", "ممتاز، هذا ما أحتاجه تماماً."],
    "hi": ["धन्यवाद, क्या इसे थोड़ा छोटा कर सकते हो?", "बढ़िया, यही चाहिए था।"],
    "sv": ["Tack, kan du korta ner det?", "Perfekt, precis så."],
    "id": ["Terima kasih, bisa dipersingkat?", "Sempurna, itu yang saya butuhkan."],
    "vi": ["Cảm ơn, bạn rút gọn lại được không?", "Tuyệt, đúng cái tôi cần."],
}
