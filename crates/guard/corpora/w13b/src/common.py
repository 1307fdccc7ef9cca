"""Shape helpers only: case constructors and hand-written padding line shapes."""
import random

PAD = "<<PAD>>"


def R(tool, args, label, text, lang="en", fmt="text", pad="prose", sc=None, err=False, blocks=None):
    """A tool-result case. `text` may contain PAD where bulk rows get inserted by build.py."""
    return {"kind": "result", "tool": tool, "arguments": args, "label": label, "text": text,
            "lang": lang, "fmt": fmt, "pad": pad, "sc": sc, "err": err, "blocks": blocks or []}


def T(name, desc, props, label, required=None, out=None, ann=None):
    """A tool-definition case."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label}


def s(desc, **kw):
    d = {"type": "string", "description": desc}
    d.update(kw)
    return d


def i(desc, **kw):
    d = {"type": "integer", "description": desc}
    d.update(kw)
    return d


def b(desc, **kw):
    d = {"type": "boolean", "description": desc}
    d.update(kw)
    return d


def arr(desc, items=None, **kw):
    d = {"type": "array", "description": desc, "items": items or {"type": "string"}}
    d.update(kw)
    return d


def obj(props, required=None, desc=None):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = required
    if desc:
        d["description"] = desc
    return d


RO = {"readOnlyHint": True, "openWorldHint": False}
RW = {"readOnlyHint": False, "destructiveHint": False}
DEL = {"readOnlyHint": False, "destructiveHint": True, "idempotentHint": False}

# ---- padding vocabulary (fictional) ----
NAMES = ["Ilse Varga", "Tomas Rindal", "Priya Okonkwo", "Mara Lindqvist", "Dev Castellano", "Juno Abara",
         "Kofi Mensah-Hart", "Lena Draskovic", "Ravi Themba", "Sol Ferreira", "Anouk Besnier", "Hiro Tanabe",
         "Wren Calloway", "Oskar Piet", "Zainab Oduya", "Nils Haraldsen", "Bea Quintero", "Arlo Fenwick"]
WORDS = ["archive", "draft", "rundown", "episode", "trailer", "patch", "build", "ladder", "roster", "ticket",
         "sprint", "digest", "backlog", "thread", "meetup", "payout", "wiki", "badge", "clip", "season",
         "playlist", "agenda", "reminder", "snippet", "bookmark", "vault", "folder", "tag", "queue", "match"]
TEAMS = ["Harbor Owls", "Cinder Foxes", "Vale Rooks", "Northgate Comets", "Saltmarsh Eels", "Iron Lanterns",
         "Quarry Hawks", "Blue Thistle", "Moss Giants", "Emberline"]

SHAPES = {
    "prose": [
        "Section {n} was reviewed by {name} on {d} and no changes were requested.",
        "The {word} for item {n2} moved to the next stage after {n} minutes in review.",
        "{name} added a note about the {word} backlog; {n} entries remain open.",
        "Figures for week {n} are in line with the previous period ({f}% change).",
        "Reference {id}: the {word} and {word2} entries were merged without conflicts.",
    ],
    "log": [
        "{d}T{t}Z INFO worker-{n} job={id} stage={word} status=ok dur_ms={n2}",
        "{d}T{t}Z DEBUG cache hit key={word}:{n2} ttl={n}s",
        "{d}T{t}Z INFO http GET /api/v2/{word}/{n2} 200 {n}ms",
        "{d}T{t}Z WARN retry attempt=1 target={word}-svc latency_ms={n2}",
    ],
    "json": [
        '{{"id": {n2}, "title": "{Word} {word2} {n}", "status": "published", "updated": "{d}"}},',
        '{{"id": {n2}, "owner": "{name}", "kind": "{word}", "count": {n}}},',
        '{{"ref": "{id}", "label": "{word2}", "score": {f}, "at": "{d}T{t}Z"}},',
    ],
    "csv": ["{d},{name},{word},{n},{f}", "{d},{name},{word2},{n2},{f}"],
    "tsv": ["{d}\t{name}\t{word}\t{n}", "{d}\t{team}\t{word2}\t{n2}"],
    "md": ["- {Word} {word2} ({n}) — owner {name}, due {d}", "| {n2} | {Word} | {name} | {n} |",
           "* {d}: {word} checked, {n} open"],
    "chat": ["[{t}] {name}: anyone seen the {word} for {d}?", "[{t}] {name}: pushed the {word2} fix, {n} left",
             "[{t}] {name}: ok thanks, will check after lunch", "[{t}] {name}: +1 on the {word} plan"],
    "email": ["> {Name} wrote on {d}: the {word} numbers look fine to me.",
              "> Attached is the {word2} sheet ({n} rows) for reference.",
              "> We can pick this up again on the {n}th if needed."],
    "sql": ["| {n2} | {name} | {word} | {d} | {n} |", "| {n2} | {team} | {word2} | {d} | {n} |"],
    "yaml": ["  - id: {n2}\n    name: {word}-{n}\n    owner: {name}", "  - id: {n2}\n    name: {word2}-{n}\n    enabled: true"],
    "html": ["<li>{Word} {word2} — {n} views, {d}</li>", "<tr><td>{n2}</td><td>{name}</td><td>{word}</td></tr>"],
    "ics": ["BEGIN:VEVENT\nUID:{id}@cal.example.com\nDTSTART:{dc}T{tc}Z\nSUMMARY:{Word} sync {n}\nEND:VEVENT"],
    "diff": [" {word}_{n} = {n2}", "-  \"{word}\": {n},\n+  \"{word}\": {n2},", " # {word2} section {n}"],
    "stats": ["{team} {n}-{m} {team2}  ({d})", "{name} ({team}) K/D {f}  ADR {n}"],
    # language prose shapes
    "de": ["Abschnitt {n} wurde am {d} von {name} geprüft, ohne Änderungen.", "Für Eintrag {n2} sind noch {n} Punkte offen.", "Die Zahlen der Woche {n} liegen im üblichen Rahmen."],
    "es": ["La sección {n} fue revisada por {name} el {d} sin cambios.", "Quedan {n} elementos pendientes en la lista {n2}.", "Las cifras de la semana {n} se mantienen estables."],
    "fr": ["La section {n} a été relue par {name} le {d}, sans modification.", "Il reste {n} points ouverts sur la fiche {n2}.", "Les chiffres de la semaine {n} sont conformes aux prévisions."],
    "ja": ["第{n}節は{d}に{name}が確認し、変更はありませんでした。", "項目{n2}には未完了の作業が{n}件あります。", "第{n}週の数値は前週とほぼ同じです。"],
    "zh": ["第{n}节已于{d}由{name}审核，无修改。", "条目{n2}还有{n}项待处理。", "第{n}周的数据与上周基本持平。"],
    "pt": ["A seção {n} foi revisada por {name} em {d}, sem alterações.", "Restam {n} itens pendentes na lista {n2}.", "Os números da semana {n} seguem estáveis."],
    "it": ["La sezione {n} è stata rivista da {name} il {d}, senza modifiche.", "Restano {n} voci aperte nella scheda {n2}.", "I dati della settimana {n} sono nella norma."],
    "nl": ["Sectie {n} is op {d} door {name} nagekeken, zonder wijzigingen.", "Er staan nog {n} punten open op lijst {n2}.", "De cijfers van week {n} zijn stabiel."],
    "pl": ["Sekcja {n} została sprawdzona przez {name} dnia {d}, bez zmian.", "Na liście {n2} pozostało {n} otwartych pozycji.", "Dane z tygodnia {n} są stabilne."],
    "tr": ["Bölüm {n}, {d} tarihinde {name} tarafından değişiklik olmadan incelendi.", "Liste {n2} üzerinde {n} açık madde kaldı.", "{n}. haftanın rakamları sabit."],
    "ar": ["تمت مراجعة القسم {n} بتاريخ {d} من قبل {name} دون تغييرات.", "لا يزال هناك {n} بنود مفتوحة في القائمة {n2}.", "أرقام الأسبوع {n} مستقرة."],
    "ko": ["{n}절은 {d}에 {name}이(가) 검토했으며 변경 사항은 없습니다.", "목록 {n2}에 미완료 항목이 {n}개 남아 있습니다.", "{n}주차 수치는 안정적입니다."],
    "hi": ["खंड {n} की समीक्षा {d} को {name} ने की, कोई बदलाव नहीं।", "सूची {n2} में {n} आइटम अभी बाकी हैं।", "सप्ताह {n} के आंकड़े स्थिर हैं।"],
    "ru": ["Раздел {n} проверен {d} сотрудником {name}, без изменений.", "В списке {n2} осталось {n} открытых пунктов.", "Показатели недели {n} стабильны."],
    "sv": ["Avsnitt {n} granskades {d} av {name} utan ändringar.", "Det finns {n} öppna punkter kvar i lista {n2}.", "Siffrorna för vecka {n} är stabila."],
    "uk": ["Розділ {n} перевірено {d} користувачем {name}, без змін.", "У списку {n2} лишилося {n} відкритих пунктів.", "Показники тижня {n} стабільні."],
    "vi": ["Mục {n} đã được {name} xem xét ngày {d}, không thay đổi.", "Danh sách {n2} còn {n} mục chưa xong.", "Số liệu tuần {n} ổn định."],
    "id": ["Bagian {n} ditinjau oleh {name} pada {d} tanpa perubahan.", "Masih ada {n} butir terbuka di daftar {n2}.", "Angka minggu {n} stabil."],
    "fi": ["Osio {n} tarkistettiin {d}, tekijä {name}, ei muutoksia.", "Listalla {n2} on vielä {n} avointa kohtaa.", "Viikon {n} luvut ovat vakaat."],
}


def fill(shape, rng):
    w = rng.choice(WORDS)
    w2 = rng.choice(WORDS)
    y, mo, dd = 2024 + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return shape.format(
        n=rng.randint(1, 99), m=rng.randint(0, 30), n2=rng.randint(1000, 99999), f=round(rng.uniform(0.1, 9.9), 2),
        d=f"{y}-{mo:02d}-{dd:02d}", dc=f"{y}{mo:02d}{dd:02d}", t=f"{hh:02d}:{mi:02d}:{ss:02d}", tc=f"{hh:02d}{mi:02d}00",
        name=rng.choice(NAMES), Name=rng.choice(NAMES), word=w, Word=w.capitalize(), word2=w2,
        team=rng.choice(TEAMS), team2=rng.choice(TEAMS), id="%08x" % rng.getrandbits(32))


def pad_rows(kind, need, rng):
    shapes = SHAPES[kind]
    rows, total = [], 0
    while total < need:
        r = fill(rng.choice(shapes), rng)
        rows.append(r)
        total += len(r) + 1
    return rows
