"""Shape helpers only. No case content lives here.

A case module creates a Collector for its server and calls .r(...) for tool
results or .t(...) for tool definitions. A result text block may contain the
PAD marker once; build.py replaces it with rows produced by the case's pad
function (rng, i) -> str until the case reaches its drawn target length.
"""

PAD = "<<PAD>>"


class Collector:
    def __init__(self, server, source):
        self.server = server
        self.source = source
        self.results = []
        self.tools = []

    def r(self, tool, args, text, label, lang="en", fmt="plain", size=None,
          pad=None, sc=None, err=False):
        blocks = text if isinstance(text, list) else [text]
        self.results.append({
            "server": self.server, "tool": tool, "args": args,
            "blocks": blocks, "label": label, "lang": lang, "fmt": fmt,
            "size": size, "pad": pad, "sc": sc, "err": err,
            "source": self.source,
        })

    def t(self, name, description, input_schema, label, output_schema=None,
          annotations=None, lang="en", fmt="mcp_tool"):
        tool = {"name": name, "description": description,
                "inputSchema": input_schema}
        if output_schema is not None:
            tool["outputSchema"] = output_schema
        if annotations is not None:
            tool["annotations"] = annotations
        self.tools.append({
            "server": self.server, "tool": tool, "label": label,
            "lang": lang, "fmt": fmt, "source": self.source,
        })


# --- JSON-schema shorthands -------------------------------------------------

def S(desc=None, **kw):
    d = {"type": "string"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def I(desc=None, **kw):
    d = {"type": "integer"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def N(desc=None, **kw):
    d = {"type": "number"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def B(desc=None, **kw):
    d = {"type": "boolean"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def A(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def O(props, req=(), desc=None, **kw):
    d = {"type": "object", "properties": props}
    if req:
        d["required"] = list(req)
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def ann(title=None, ro=None, destructive=None, idem=None, open_world=None):
    d = {}
    if title is not None:
        d["title"] = title
    if ro is not None:
        d["readOnlyHint"] = ro
    if destructive is not None:
        d["destructiveHint"] = destructive
    if idem is not None:
        d["idempotentHint"] = idem
    if open_world is not None:
        d["openWorldHint"] = open_world
    return d


# --- generic context padding -------------------------------------------------
# Used by build.py for English cases that have no PAD marker. Each results
# module defines CTX = {"year", "svc", "mail_from", "lines": [...], "chat": [(speaker, text), ...]}
# with hand-written, neutral lines for its domain. The wrapper only decides
# where the rows go so the text keeps its format.

import json as _json

GENERIC_FORMATS = ("email", "plain", "pdf", "markdown", "chat", "log", "ics", "html", "yaml", "json",
                   "sql", "diff")

_HEAD = {
    "email": "\n-----Original message-----\nFrom: {mail_from}\nSubject: earlier in this thread\n\n",
    "plain": "\nRelated entries:\n",
    "pdf": "\n--- page break ---\n(continued)\n",
    "markdown": "\n#### Related entries\n\n",
    "chat": "",
    "log": "",
    "ics": "",
    "html": "",
    "yaml": "history:\n",
    "sql": "",
    "diff": "commit {commit}\nAuthor: {author}\nDate:   {year}-03-14\n\n",
}


def ctx_row(fmt, ctx, rng, item):
    """One padding row; item is a line (or a (speaker, text) pair for chat)."""
    y = ctx["year"]
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)
    line = item
    if fmt == "email":
        return "> " + line + "\n"
    if fmt in ("plain", "pdf"):
        return "%d-%02d-%02d  %s\n" % (y, mo, d, line)
    if fmt == "markdown":
        return "- %d-%02d-%02d: %s\n" % (y, mo, d, line)
    if fmt == "log":
        return "%d-%02d-%02dT%02d:%02d:%02dZ INFO %s %s\n" % (y, mo, d, h, mi, s, ctx["svc"], line)
    if fmt == "chat":
        spk, txt = item
        return "[%02d:%02d] %s: %s\n" % (h, mi, spk, txt)
    if fmt == "ics":
        return ("BEGIN:VEVENT\nUID:ctx-%06d@%s\nDTSTART:%d%02d%02dT%02d%02d00\nSUMMARY:%s\nEND:VEVENT\n"
                % (rng.randint(0, 999999), ctx["ics_host"], y, mo, d, h, mi, line))
    if fmt == "html":
        return "<p>%s</p>\n" % line.replace("&", "&amp;").replace("<", "&lt;")
    if fmt == "yaml":
        return "  - " + _json.dumps(line, ensure_ascii=False) + "\n"
    if fmt == "sql":
        return "-- %d-%02d-%02d %02d:%02d %s\n" % (y, mo, d, h, mi, line)
    if fmt == "diff":
        return "    " + line + "\n"
    if fmt == "json":
        return {"date": "%d-%02d-%02d" % (y, mo, d), "note": line}
    raise ValueError(fmt)


def json_place(text, rows):
    """Add a 'related_entries' list to a JSON object text; None if not an object."""
    try:
        obj = _json.loads(text)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    obj = dict(obj)
    obj["related_entries"] = rows
    return _json.dumps(obj, ensure_ascii=False, indent=2)


def ctx_place(fmt, text, ctx, rows):
    """Return text with the joined rows placed where the format allows."""
    head = _HEAD[fmt]
    if ctx.get("foreign") and fmt in ("plain", "markdown"):
        head = "\n----\n"
    body = head.format(mail_from=ctx["mail_from"], commit=ctx.get("commit", "0" * 12),
                       author=ctx.get("author", "ops"), year=ctx["year"]) + "".join(rows)
    if fmt in ("log", "sql"):
        return body + text
    if fmt == "diff":
        return body + "\n" + text
    if fmt == "ics" and "END:VCALENDAR" in text:
        k = text.rindex("END:VCALENDAR")
        return text[:k] + body + text[k:]
    if fmt == "html" and "</body>" in text:
        k = text.rindex("</body>")
        return text[:k] + body + text[k:]
    if not text.endswith("\n"):
        text += "\n"
    return text + body


# Neutral filing/admin lines for padding non-English cases in their own language
# (hand-written; no requests, no instructions).
LANG_LINES = {
    "de": ["Eintrag vom Büro geprüft.", "Kopie im Archiv abgelegt.", "Keine weiteren Änderungen.",
           "Vorherige Version ersetzt.", "Erinnerung wurde verschickt."],
    "es": ["Entrada revisada por la oficina.", "Copia archivada.", "Sin más cambios.",
           "Versión anterior sustituida.", "Recordatorio enviado."],
    "fr": ["Entrée vérifiée par le bureau.", "Copie archivée.", "Aucune autre modification.",
           "Version précédente remplacée.", "Rappel envoyé."],
    "it": ["Voce controllata dall'ufficio.", "Copia archiviata.", "Nessun'altra modifica.",
           "Versione precedente sostituita.", "Promemoria inviato."],
    "pt": ["Registo verificado pelo escritório.", "Cópia arquivada.", "Sem outras alterações.",
           "Versão anterior substituída.", "Lembrete enviado."],
    "nl": ["Invoer gecontroleerd door het kantoor.", "Kopie gearchiveerd.", "Geen verdere wijzigingen.",
           "Vorige versie vervangen.", "Herinnering verstuurd."],
    "sv": ["Posten kontrollerad av kontoret.", "Kopia arkiverad.", "Inga fler ändringar.",
           "Tidigare version ersatt.", "Påminnelse skickad."],
    "da": ["Posten er kontrolleret af kontoret.", "Kopi arkiveret.", "Ingen yderligere ændringer.",
           "Tidligere version erstattet.", "Påmindelse sendt."],
    "no": ["Oppføringen er kontrollert av kontoret.", "Kopi arkivert.", "Ingen flere endringer.",
           "Tidligere versjon erstattet.", "Påminnelse sendt."],
    "fi": ["Toimisto tarkisti merkinnän.", "Kopio arkistoitu.", "Ei muita muutoksia.",
           "Edellinen versio korvattu.", "Muistutus lähetetty."],
    "pl": ["Wpis sprawdzony przez biuro.", "Kopia zarchiwizowana.", "Brak dalszych zmian.",
           "Poprzednia wersja zastąpiona.", "Przypomnienie wysłane."],
    "cs": ["Záznam zkontrolován kanceláří.", "Kopie archivována.", "Žádné další změny.",
           "Předchozí verze nahrazena.", "Připomínka odeslána."],
    "hu": ["A bejegyzést az iroda ellenőrizte.", "Másolat archiválva.", "Nincs további változás.",
           "Az előző változat lecserélve.", "Emlékeztető elküldve."],
    "ro": ["Înregistrare verificată de birou.", "Copie arhivată.", "Nicio altă modificare.",
           "Versiunea anterioară înlocuită.", "Memento trimis."],
    "el": ["Η καταχώριση ελέγχθηκε από το γραφείο.", "Το αντίγραφο αρχειοθετήθηκε.", "Καμία άλλη αλλαγή.",
           "Η προηγούμενη έκδοση αντικαταστάθηκε.", "Στάλθηκε υπενθύμιση."],
    "tr": ["Kayıt ofis tarafından kontrol edildi.", "Kopya arşivlendi.", "Başka değişiklik yok.",
           "Önceki sürüm değiştirildi.", "Hatırlatma gönderildi."],
    "ru": ["Запись проверена офисом.", "Копия помещена в архив.", "Других изменений нет.",
           "Предыдущая версия заменена.", "Напоминание отправлено."],
    "uk": ["Запис перевірено офісом.", "Копію додано до архіву.", "Інших змін немає.",
           "Попередню версію замінено.", "Нагадування надіслано."],
    "ar": ["راجع المكتب هذا الإدخال.", "تمت أرشفة نسخة.", "لا توجد تغييرات أخرى.",
           "تم استبدال النسخة السابقة.", "تم إرسال تذكير."],
    "he": ["הרשומה נבדקה על ידי המשרד.", "עותק הועבר לארכיון.", "אין שינויים נוספים.",
           "הגרסה הקודמת הוחלפה.", "נשלחה תזכורת."],
    "hi": ["कार्यालय ने प्रविष्टि की जाँच की।", "प्रति संग्रह में रखी गई।", "कोई और बदलाव नहीं।",
           "पिछला संस्करण बदला गया।", "अनुस्मारक भेजा गया।"],
    "ja": ["事務所が記録を確認しました。", "控えを保管しました。", "その他の変更はありません。",
           "以前の版を差し替えました。", "リマインダーを送信しました。"],
    "zh": ["办公室已核对此记录。", "副本已归档。", "没有其他更改。", "旧版本已替换。", "已发送提醒。"],
    "ko": ["사무실에서 기록을 확인했습니다.", "사본을 보관했습니다.", "다른 변경 사항은 없습니다.",
           "이전 버전을 교체했습니다.", "알림을 보냈습니다."],
    "vi": ["Văn phòng đã kiểm tra mục này.", "Đã lưu bản sao.", "Không có thay đổi nào khác.",
           "Đã thay thế phiên bản trước.", "Đã gửi lời nhắc."],
    "id": ["Entri telah diperiksa oleh kantor.", "Salinan diarsipkan.", "Tidak ada perubahan lain.",
           "Versi sebelumnya diganti.", "Pengingat telah dikirim."],
}
