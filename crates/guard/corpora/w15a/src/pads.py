"""Hand-written line shapes used to pad cases to a target length (both labels alike).
Numbers come from the seeded RNG passed in by build.py."""

MERCH = ["Corner Grocer", "Lindqvist Fuel", "Pell & Daughters Hardware", "Bluefin Sushi",
         "Metro Transit Card", "Oakridge Pharmacy", "Tallow Bookshop", "Quayside Parking",
         "Northgate Cinema", "Hollis Pet Supply", "Wren Street Bakery", "Cobalt Mobile"]
ITEMS = ["Steel water bottle 750ml", "Kids rain jacket M", "AA batteries 8pk", "Ceramic mug set",
         "Trail runner W7", "LED desk lamp", "Notebook A5 dotted", "Cotton tee L navy",
         "Phone case clear", "Dish soap 1L", "Garden gloves", "USB-C cable 2m", "Oat cereal 500g"]
NAMES = ["Marisol Dreyer", "Tobias Fenwick", "Aiko Brandt", "Kwame Osei-Lund", "Petra Vance",
         "Luis Arbeloa", "Hannah Qureshi", "Dmitri Soto", "Ines Halvorsen", "Graham Oyelaran",
         "Yusuf Kerrigan", "Beatrix Nolan", "Chen Morales", "Ruth Abernathy"]
CITIES = ["FRA", "LIS", "ORD", "YYZ", "MAD", "ARN", "DUB", "NRT", "SEA", "BOS", "AMS", "PRG"]
WORDS_EN = [
    "The branch confirmed receipt of the documents on the same day.",
    "No further action was required on the customer side at that point.",
    "The figures below are taken from the end-of-day batch.",
    "Staff rotated through the front desk according to the posted roster.",
    "A follow-up review is scheduled for the next working week.",
    "The previous version of this page remains available on request.",
    "Opening hours over the holiday period are listed separately.",
    "Questions about this notice can be raised at the next open meeting.",
    "Totals may differ slightly because of rounding.",
    "The vendor shipped the replacement parts in two consignments.",
    "Attendance figures were collected by the homeroom teachers.",
    "The change was tested on the staging environment before release.",
    "Parking on the east side is limited during construction.",
    "All times are local unless marked otherwise.",
    "The committee thanked volunteers for their time this term.",
]


def _d(rng):
    return rng.randint(1, 28)


def txn_csv(rng):
    return "2024-%02d-%02d,%s,%s,%.2f,%.2f" % (rng.randint(1, 12), _d(rng), rng.choice(["POS", "ACH", "CARD", "ATM"]),
                                           rng.choice(MERCH), -rng.uniform(2, 240), rng.uniform(100, 9000))


def txn_md(rng):
    return "| 2024-%02d-%02d | %s | %.2f | %s |" % (rng.randint(1, 12), _d(rng), rng.choice(MERCH),
                                                 rng.uniform(2, 400), rng.choice(["posted", "pending", "posted"]))


def applog(rng):
    return "2024-06-%02d %02d:%02d:%02d INFO %s req=%06x status=%d dur=%dms" % (
        _d(rng), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
        rng.choice(["api.orders", "api.auth", "sync.worker", "billing.job", "cache"]),
        rng.randint(0, 0xFFFFFF), rng.choice([200, 200, 200, 204, 304, 404]), rng.randint(3, 900))


def inv_csv(rng):
    return "SKU-%05d,%s,%d,%s,%d" % (rng.randint(10000, 99999), rng.choice(ITEMS), rng.randint(0, 240),
                                     rng.choice(["A1", "A2", "B4", "C3", "BACK", "D7"]), rng.randint(0, 30))


def inv_md(rng):
    return "| SKU-%05d | %s | %d | %s |" % (rng.randint(10000, 99999), rng.choice(ITEMS), rng.randint(0, 240),
                                           rng.choice(["A1", "A2", "B4", "C3", "BACK"]))


def pos_log(rng):
    return "%02d:%02d:%02d REG%02d SALE #%d %s x%d %.2f" % (rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59),
                                                         rng.randint(1, 9), rng.randint(10000, 99999), rng.choice(ITEMS),
                                                         rng.randint(1, 4), rng.uniform(1, 90))


def quote(rng):
    return "> " + rng.choice(WORDS_EN)


def prose(rng):
    return " ".join(rng.choice(WORDS_EN) for _ in range(3))


def ical(rng):
    d = _d(rng)
    h = rng.randint(8, 17)
    return ("BEGIN:VEVENT\nUID:%08x@cal.example.com\nDTSTART:202406%02dT%02d0000Z\nDTEND:202406%02dT%02d3000Z\n"
            "SUMMARY:%s\nEND:VEVENT" % (rng.randint(0, 0xFFFFFFFF), d, h, d, h,
                                        rng.choice(["Standup", "Dentist", "1:1", "Gym", "School pickup",
                                                    "Budget review", "Call with landlord", "Book club"])))


def cal_line(rng):
    return "- 2024-06-%02d %02d:%s  %s" % (_d(rng), rng.randint(7, 19), rng.choice(["00", "30"]),
                                           rng.choice(["Standup", "Dentist", "1:1 with Petra", "Gym", "Pickup",
                                                       "Budget review", "Call plumber", "Piano lesson"]))


def diff(rng):
    n = rng.randint(10, 400)
    return "@@ -%d,3 +%d,3 @@\n   const v%d = cfg.get('%s');\n-  return v%d ?? %d;\n+  return v%d ?? %d;" % (
        n, n, n, rng.choice(["timeout", "retries", "pageSize", "region"]), n, rng.randint(1, 50), n, rng.randint(1, 50))


def ticket(rng):
    return "#%d  %s  %s  %s" % (rng.randint(1000, 9999), rng.choice(["open", "closed", "in review", "triage"]),
                                rng.choice(NAMES), rng.choice(["Flaky test in checkout suite", "Update docs for v3 API",
                                                               "Null deref in parser", "Bump lodash", "Slow query on /reports",
                                                               "Dark mode contrast", "Timezone bug in export"]))


def sql(rng):
    return "| %5d | %-18s | %-10s | %8.2f |" % (rng.randint(1, 99999), rng.choice(NAMES), rng.choice(["open", "closed", "pending"]),
                                               rng.uniform(5, 2000))


def flight(rng):
    return "%s%d %s-%s STD %02d:%02d ETD %02d:%02d gate %s%d %s" % (
        rng.choice(["NA", "QX", "HW"]), rng.randint(100, 999), rng.choice(CITIES), rng.choice(CITIES),
        rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.randint(5, 22), rng.choice([0, 15, 30, 45]),
        rng.choice("ABCD"), rng.randint(1, 40), rng.choice(["ON TIME", "DELAYED", "BOARDING", "ON TIME"]))


def rooms(rng):
    return "%d,%s,%s,%s,%d" % (rng.randint(101, 920), rng.choice(["KING", "QQ", "STE", "TWIN"]),
                               rng.choice(["VC", "VD", "OC", "OD", "OOO"]), rng.choice(NAMES), rng.randint(0, 5))


def school(rng):
    return "- %s: %s" % (rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]),
                         rng.choice(["Library books due", "PE kit needed", "Spelling quiz", "Early release 1:15 pm",
                                     "Picture day retakes", "Band practice after school", "Field trip forms due",
                                     "Hot lunch: pasta bake", "Science fair setup"]))


def gov(rng):
    return "%d-%05d | %s | %s | %s" % (2024, rng.randint(1, 99999), rng.choice(["Pothole", "Streetlight out", "Graffiti",
                                                                                  "Missed collection", "Noise", "Tree limb"]),
                                        rng.choice(["Elm Ave", "3rd St", "Kestrel Rd", "Harbor Way", "Mill Ln"]),
                                        rng.choice(["Open", "Assigned", "Closed", "Scheduled"]))


def yaml_item(rng):
    return "  - id: %d\n    name: %s\n    qty: %d" % (rng.randint(1, 9999), rng.choice(ITEMS), rng.randint(0, 99))


def html_li(rng):
    return "<li>%s</li>" % rng.choice(WORDS_EN)


def chat(rng):
    return "[%02d:%02d] %s: %s" % (rng.randint(8, 20), rng.randint(0, 59), rng.choice(["agent", "customer"]),
                                   rng.choice(["ok, one moment", "thanks", "let me check that", "sure",
                                               "is there anything else?", "I see it now", "got it"]))


def jrow(rng):
    return {"id": rng.randint(1000, 99999), "name": rng.choice(NAMES), "status": rng.choice(["ok", "pending", "closed"]),
            "amount": round(rng.uniform(1, 900), 2)}


def jitem(rng):
    return {"sku": "SKU-%05d" % rng.randint(10000, 99999), "title": rng.choice(ITEMS), "on_hand": rng.randint(0, 200)}


def jevent(rng):
    return {"start": "2024-06-%02dT%02d:00:00Z" % (_d(rng), rng.randint(7, 19)),
            "title": rng.choice(["Standup", "Dentist", "1:1", "Gym", "Pickup", "Budget review"])}


def nums(rng):
    return "%d;%d;%d;%.1f" % (rng.randint(1, 999), rng.randint(1, 999), rng.randint(1, 99), rng.uniform(0, 100))


SHAPES = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_")}
JSON_SHAPES = {"jrow", "jitem", "jevent"}


# Neutral filler sentences for non-English cases (both labels), appended after the hand-written part.
LANG_SENT = {
    "de": ["Die Unterlagen wurden am selben Tag abgelegt.", "Weitere Schritte sind derzeit nicht vorgesehen.",
           "Die Öffnungszeiten über die Feiertage stehen auf der Webseite.", "Alle Zeitangaben in Ortszeit."],
    "es": ["Los documentos se archivaron el mismo día.", "No se requiere ninguna acción adicional por ahora.",
           "El horario de festivos se publica por separado.", "Todas las horas son locales."],
    "fr": ["Les documents ont été classés le jour même.", "Aucune autre démarche n'est prévue pour le moment.",
           "Les horaires des jours fériés sont publiés séparément.", "Toutes les heures sont locales."],
    "pt": ["Os documentos foram arquivados no mesmo dia.", "Nenhuma outra ação é necessária no momento.",
           "O horário dos feriados é publicado à parte.", "Todos os horários são locais."],
    "it": ["I documenti sono stati archiviati lo stesso giorno.", "Al momento non sono previste altre azioni.",
           "Gli orari festivi sono pubblicati a parte.", "Tutti gli orari sono locali."],
    "ja": ["書類は同日に保管されました。", "現時点で追加の対応は予定されていません。", "祝日の営業時間は別途お知らせします。", "時刻はすべて現地時間です。"],
    "zh": ["相关文件已于当天归档。", "目前无需采取其他措施。", "节假日营业时间另行公布。", "所有时间均为当地时间。"],
    "nl": ["De documenten zijn dezelfde dag gearchiveerd.", "Er zijn momenteel geen verdere stappen gepland.",
           "Alle tijden zijn lokale tijd."],
    "pl": ["Dokumenty zarchiwizowano tego samego dnia.", "Na razie nie są planowane dalsze kroki.",
           "Wszystkie godziny podano w czasie lokalnym."],
    "ru": ["Документы были архивированы в тот же день.", "Дальнейших действий пока не требуется.",
           "Всё время указано местное."],
    "tr": ["Belgeler aynı gün arşivlendi.", "Şu an için başka bir işlem gerekmiyor.", "Tüm saatler yerel saattir."],
    "ko": ["서류는 당일 보관되었습니다.", "현재 추가 조치는 필요하지 않습니다.", "모든 시간은 현지 시간입니다."],
    "vi": ["Hồ sơ đã được lưu trong cùng ngày.", "Hiện chưa cần thêm bước nào.", "Tất cả thời gian là giờ địa phương."],
    "sv": ["Handlingarna arkiverades samma dag.", "Inga fler åtgärder planeras just nu.", "Alla tider är lokal tid."],
    "uk": ["Документи заархівовано того ж дня.", "Наразі додаткових дій не потрібно.", "Увесь час указано місцевий."],
    "ar": ["تم حفظ المستندات في اليوم نفسه.", "لا يلزم اتخاذ أي إجراء إضافي حاليًا.", "جميع الأوقات بالتوقيت المحلي."],
    "hi": ["दस्तावेज़ उसी दिन संग्रहित किए गए।", "फिलहाल कोई अतिरिक्त कार्रवाई आवश्यक नहीं है।", "सभी समय स्थानीय हैं।"],
}


def make_lang_prose(lang):
    def f(rng):
        return " ".join(rng.choice(LANG_SENT[lang]) for _ in range(2))
    return f


for _l in LANG_SENT:
    SHAPES["prose_" + _l] = make_lang_prose(_l)
