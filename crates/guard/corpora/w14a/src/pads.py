"""Hand-written line shapes used by build.py to pad results. Numbers come from a seeded RNG."""

SVCS = ["checkout", "auth-gw", "ledger", "search-api", "notifier", "billing", "img-resize", "edge-proxy"]
PATHS = ["/api/v1/orders", "/healthz", "/api/v2/users/me", "/metrics", "/api/v1/invoices", "/login", "/static/app.js"]
MERCH = ["Corner Grocer", "Bluefin Transit", "Maple Pharmacy", "Juniper Cafe", "Northline Fuel", "Hollow Books",
         "Pixel Streaming", "Cobalt Gym", "Riverbend Utilities", "Saffron Kitchen"]
CATS = ["groceries", "transport", "health", "dining", "fuel", "books", "subscriptions", "fitness", "utilities"]
NAMES = ["A. Okafor", "M. Lindqvist", "R. Santos", "J. Whitcombe", "P. Nakamura", "L. Haddad", "T. Brennan",
         "S. Villanueva", "K. Mbeki", "D. Farrow", "E. Castellano", "H. Ivanova"]
ROOMS = ["kitchen", "hallway", "living_room", "bedroom_2", "garage", "office", "porch", "basement"]
DEVS = ["thermostat", "motion", "door_contact", "smart_plug", "bulb", "leak_sensor", "air_quality"]
CITIES = ["Port Alder", "Greywick", "Santa Oriel", "Lundhaven", "Castelmar", "New Brindle", "Ostvik", "Marrowfield"]
ROLES = ["Backend Engineer", "Support Specialist", "Data Analyst", "Product Designer", "SRE", "Recruiter", "Account Executive"]
STAGES = ["applied", "phone_screen", "onsite", "offer", "rejected", "hired"]
DOCS = ["MSA_v3.pdf", "NDA_mutual.docx", "SOW-2291.pdf", "Lease_Unit4B.pdf", "Offer_Letter.pdf", "DPA_annex.pdf"]


def _ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def _d(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def log(r):
    return "%s INFO [%s] req=%08x %s %s status=%d dur=%dms\n" % (
        _ts(r), r.choice(SVCS), r.getrandbits(32), r.choice(["GET", "POST", "PUT"]), r.choice(PATHS),
        r.choice([200, 200, 200, 201, 204, 304, 404]), r.randint(2, 900))


def k8s_event(r):
    return "%-8s %-10s pod/%s-%05x  %s\n" % (
        r.choice(["Normal", "Normal", "Warning"]), r.choice(["Scheduled", "Pulled", "Started", "Created", "BackOff"]),
        r.choice(SVCS), r.getrandbits(20), r.choice(["Successfully assigned to node-%d" % r.randint(1, 40),
                                                     "Container image already present on machine",
                                                     "Started container app", "Readiness probe ok"]))


def csv_tx(r):
    return "%s,%s,%s,%.2f\n" % (_d(r), r.choice(MERCH), r.choice(CATS), -r.uniform(2, 180))


def md_row(r):
    return "| %s | %s | %d | %s |\n" % (r.choice(SVCS), r.choice(["ok", "ok", "degraded", "ok"]), r.randint(1, 99), _d(r))


def json_item(r):
    return '    {"id": "%06d", "name": "%s", "status": "%s", "updated": "%s"},\n' % (
        r.randint(0, 999999), r.choice(NAMES), r.choice(["open", "pending", "solved", "closed"]), _ts(r))


def ticket_line(r):
    return "#%d  %-8s  %-22s  %s  %s\n" % (r.randint(10000, 99999), r.choice(["open", "pending", "solved"]),
                                           r.choice(NAMES), r.choice(["normal", "high", "low"]), _d(r))


def chat_line(r):
    return "[%02d:%02d] %s: %s\n" % (r.randint(8, 18), r.randint(0, 59), r.choice(NAMES), r.choice(
        ["ok, looking now", "can you share the link?", "pushed a fix", "thanks!", "lgtm", "back in 10",
         "the dashboard looks normal again", "let's sync after standup", "ticket updated"]))


def sql_row(r):
    return "| %6d | %-16s | %-10s | %8.2f | %s |\n" % (r.randint(1, 99999), r.choice(NAMES), r.choice(CATS),
                                                       r.uniform(1, 5000), _d(r))


def yaml_item(r):
    return "  - name: %s-%d\n    replicas: %d\n    image: registry.example.com/%s:%d.%d\n" % (
        r.choice(SVCS), r.randint(1, 9), r.randint(1, 6), r.choice(SVCS), r.randint(1, 9), r.randint(0, 30))


def ical(r):
    d = "2024%02d%02d" % (r.randint(1, 12), r.randint(1, 28))
    return "BEGIN:VEVENT\nUID:%08x@cal.example.org\nDTSTART:%sT%02d0000Z\nSUMMARY:%s\nEND:VEVENT\n" % (
        r.getrandbits(32), d, r.randint(7, 18), r.choice(["1:1", "Standup", "Design review", "Vendor call", "Focus time"]))


def diff_line(r):
    return "%s    %s = %d\n" % (r.choice(["+", "-", " "]), r.choice(["timeout", "retries", "pool_size", "max_conn", "ttl"]), r.randint(1, 500))


def html_li(r):
    return "<li>%s &mdash; %s, %s</li>\n" % (r.choice(DOCS), r.choice(NAMES), _d(r))


def sensor(r):
    return "%s,%s,%s,%.1f\n" % (_ts(r), r.choice(ROOMS), r.choice(DEVS), r.uniform(0, 40))


def trip(r):
    return "%s  %-12s -> %-12s  %5.1f km  %6.2f EUR\n" % (_d(r), r.choice(CITIES), r.choice(CITIES), r.uniform(1, 40), r.uniform(4, 90))


def hr_row(r):
    return "%s\t%s\t%s\t%s\n" % (r.choice(NAMES), r.choice(ROLES), r.choice(STAGES), _d(r))


def doc_audit(r):
    return "%s  %-16s  %-7s  %s\n" % (_ts(r), r.choice(NAMES), r.choice(["viewed", "signed", "sent", "opened", "downloaded"]), r.choice(DOCS))


def email_quote(r):
    lines = r.sample(["Thanks, that works for me.", "Can we move this to next week?", "Attached the latest version.",
                      "I'll check with finance and get back to you.", "Looping in the rest of the team.",
                      "Sounds good, let's go with option B.", "Please keep me posted.", "Noted, I'll update the tracker."], 2)
    return "> On %s, %s wrote:\n> %s\n> %s\n>\n" % (_d(r), r.choice(NAMES), lines[0], lines[1])


def prose(r):
    return r.choice([
        "Reference %s-%04d was reviewed on %s with no further remarks. " % (r.choice(["CR", "REQ", "DOC", "TKT"]), r.randint(1, 9999), _d(r)),
        "Contact %s for questions about this section. " % r.choice(NAMES),
        "This section was last edited on %s. " % _d(r),
        "Figures in this section are rounded to the nearest whole unit. ",
        "Earlier revisions of this text are kept in the archive for audit purposes. ",
        "The team reviewed the previous quarter's numbers and agreed to keep the current cadence. ",
        "No changes were requested by the stakeholders during this cycle. ",
        "Follow-up items are tracked in the shared board and owners are listed next to each card. ",
        "Several minor fixes were deployed without any customer-facing impact. ",
        "The vendor confirmed the renewal terms remain unchanged for the next period. ",
        "Usage grew modestly, mostly during weekday mornings. ",
        "Open questions were parked for the next planning session. ",
    ]) + "\n"


SHAPES = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_")}


# neutral filler sentences per language for context sections of non-English text results
_LP = {
    "de": ["Dieser Abschnitt wurde am %s zuletzt geprüft. ", "Rückfragen bitte an %s. ", "Vorgang %s-%04d ist abgeschlossen. "],
    "es": ["Esta sección se revisó por última vez el %s. ", "Para dudas, contacte con %s. ", "El expediente %s-%04d está cerrado. "],
    "fr": ["Cette section a été revue le %s. ", "Pour toute question, contactez %s. ", "Le dossier %s-%04d est clos. "],
    "it": ["Questa sezione è stata aggiornata il %s. ", "Per domande rivolgersi a %s. ", "La pratica %s-%04d è chiusa. "],
    "pt": ["Esta seção foi revisada em %s. ", "Dúvidas: falar com %s. ", "O processo %s-%04d foi encerrado. "],
    "ja": ["この項目は%sに更新されました。", "問い合わせ先：%s。", "案件%s-%04dは完了しています。"],
    "zh": ["本节最后更新于%s。", "如有疑问请联系%s。", "事项%s-%04d已结案。"],
    "ko": ["이 항목은 %s에 마지막으로 검토되었습니다. ", "문의: %s. ", "건 %s-%04d는 종료되었습니다. "],
    "ar": ["تمت مراجعة هذا القسم بتاريخ %s. ", "للاستفسار يرجى التواصل مع %s. ", "الملف %s-%04d مغلق. "],
    "tr": ["Bu bölüm en son %s tarihinde gözden geçirildi. ", "Sorular için: %s. ", "%s-%04d numaralı kayıt kapatıldı. "],
    "ru": ["Раздел последний раз проверен %s. ", "По вопросам обращайтесь к %s. ", "Дело %s-%04d закрыто. "],
    "pl": ["Sekcję sprawdzono ostatnio %s. ", "Pytania proszę kierować do %s. ", "Sprawa %s-%04d została zamknięta. "],
    "nl": ["Deze sectie is voor het laatst bekeken op %s. ", "Vragen? Neem contact op met %s. ", "Dossier %s-%04d is gesloten. "],
    "sv": ["Avsnittet granskades senast %s. ", "Frågor besvaras av %s. ", "Ärende %s-%04d är stängt. "],
    "uk": ["Розділ востаннє перевірено %s. ", "З питань звертайтеся до %s. ", "Справу %s-%04d закрито. "],
    "vi": ["Mục này được cập nhật lần cuối ngày %s. ", "Mọi thắc mắc xin liên hệ %s. ", "Hồ sơ %s-%04d đã đóng. "],
    "hi": ["यह खंड अंतिम बार %s को देखा गया। ", "प्रश्नों के लिए %s से संपर्क करें। ", "मामला %s-%04d बंद है। "],
}


def lang_prose(lang):
    def f(r):
        i = r.randrange(3)
        s = _LP[lang][i]
        if i == 0:
            return s % _d(r) + "\n"
        if i == 1:
            return s % r.choice(NAMES) + "\n"
        return s % (r.choice(["A", "B", "C"]), r.randint(1, 9999)) + "\n"
    return f


for _l in _LP:
    globals()["prose_" + _l] = lang_prose(_l)

SHAPES = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_") and k != "lang_prose"}
