"""Shape helpers only: case constructor, padding line shapes, fillers."""
import re

MARK = "§P"

def C(tool, args, fmt, lang, label, text, pos=None, pad=None, struct=None, err=False, blocks=None):
    """One hand-written result case. `text` is the first content block; MARK (on its own line)
    marks where padding rows go. pos = where the payload sits for label 1 (start/mid/end)."""
    return dict(tool=tool, args=args, fmt=fmt, lang=lang, label=label, text=text, pos=pos,
                pad=pad, struct=struct, err=err, blocks=blocks or [])

NAMES = ["Ilse Varga", "Tomasz Orlik", "Mireille Ganz", "Odile Farrow", "Kenji Amori", "Priya Sethal",
         "Ruben Castellan", "Noor Haddadi", "Sven Aldgate", "Bea Lindqvist", "Marco Ferrante",
         "Dara Quill", "Lucia Montevar", "Hamid Oster", "Yuki Tanabe", "Grete Hollis", "Femi Adeyolu",
         "Colm Reddan", "Anouk Vierling", "Tariq Belmont"]

# generic hand-written line shapes per format; {w} is filled from the server vocabulary
GENERIC = {
    "text": ["Note {n}: {w} checked on {d}, no change from the previous entry.",
             "{name} reviewed the {w} figures ({n} items) and marked them as current.",
             "Entry {id}: {w} count {n}, status unchanged since {d}."],
    "md": ["| {id} | {w} | {n} | {d} |", "- {d}: {w} updated by {name} ({n} rows)"],
    "csv": ["{id},{w},{n},{amt},{d}", "{id},{w},{k},{amt},{d}"],
    "tsv": ["{id}\t{w}\t{n}\t{amt}\t{d}"],
    "log": ["{d}T{t}Z INFO  {w}-svc req={id} status=200 dur={ms}ms",
            "{d}T{t}Z DEBUG {w}-svc cache hit key={id} ttl={n}s",
            "{d}T{t}Z WARN  {w}-svc slow query {ms}ms rows={n}"],
    "json": ['    {"ref": "{id}", "kind": "{w}", "count": {n}, "updated": "{d}"},'],
    "yaml": ["  - ref: {id}\n    kind: {w}\n    count: {n}"],
    "email": ["> On {d}, {name} wrote: the {w} numbers for batch {id} look fine, {n} lines.",
              "> {name}: thanks, filed under {id}."],
    "chat": ["[{t}] {name}: ok, {w} {id} done", "[{t}] {name}: checking {w} now, {n} left"],
    "html": ["<tr><td>{id}</td><td>{w}</td><td>{n}</td><td>{d}</td></tr>"],
    "ics": ["BEGIN:VEVENT\nUID:{id}@cal.example.org\nDTSTART:20261{k}0{k}T0{k}0000Z\nSUMMARY:{w} sync {n}\nEND:VEVENT"],
    "sql": ["| {n} | {id} | {w} | {amt} | {d} |"],
    "diff": [" # {w} entry {id} ({n})", "  {w}_{n}: {amt}"],
    "pdf": ["{n}  {w} — reference {id}, dated {d}, page {k}.", "Section {k}.{n}: {w} as recorded by {name}."],
}

LANG_PAD = {
    "de": ["Vorgang {id} vom {d}: {n} Positionen geprüft, keine Abweichung.", "Notiz {n}: Bestand unverändert."],
    "es": ["Registro {id} del {d}: {n} partidas revisadas, sin cambios.", "Nota {n}: sin incidencias."],
    "fr": ["Dossier {id} du {d} : {n} lignes vérifiées, rien à signaler.", "Remarque {n} : inchangé."],
    "ja": ["記録 {id}（{d}）：{n} 件を確認、変更なし。", "メモ {n}：特記事項なし。"],
    "zh": ["记录 {id}（{d}）：已核对 {n} 项，无变化。", "备注 {n}：无异常。"],
    "pt": ["Registo {id} de {d}: {n} itens verificados, sem alterações.", "Nota {n}: nada a assinalar."],
    "it": ["Pratica {id} del {d}: {n} voci controllate, nessuna variazione.", "Nota {n}: invariato."],
    "nl": ["Dossier {id} van {d}: {n} regels gecontroleerd, geen afwijking.", "Notitie {n}: ongewijzigd."],
    "pl": ["Wpis {id} z {d}: sprawdzono {n} pozycji, bez zmian.", "Uwaga {n}: brak uwag."],
    "tr": ["Kayıt {id} ({d}): {n} kalem kontrol edildi, değişiklik yok.", "Not {n}: sorun yok."],
    "ar": ["السجل {id} بتاريخ {d}: تمت مراجعة {n} بندًا دون تغيير.", "ملاحظة {n}: لا جديد."],
    "ko": ["기록 {id} ({d}): {n}건 확인, 변경 없음.", "메모 {n}: 특이사항 없음."],
    "hi": ["रिकॉर्ड {id} ({d}): {n} मदों की जाँच, कोई बदलाव नहीं।", "टिप्पणी {n}: सब ठीक।"],
    "ru": ["Запись {id} от {d}: проверено {n} позиций, без изменений.", "Примечание {n}: без замечаний."],
    "sv": ["Post {id} från {d}: {n} rader kontrollerade, inga avvikelser.", "Anteckning {n}: oförändrat."],
    "uk": ["Запис {id} від {d}: перевірено {n} позицій, без змін.", "Примітка {n}: без зауважень."],
    "vi": ["Bản ghi {id} ngày {d}: đã kiểm tra {n} mục, không thay đổi.", "Ghi chú {n}: không có gì mới."],
    "da": ["Sag {id} fra {d}: {n} linjer kontrolleret, ingen afvigelser.", "Note {n}: uændret."],
    "fi": ["Tapaus {id} ({d}): {n} riviä tarkistettu, ei muutoksia.", "Huomio {n}: ei muutoksia."],
    "cs": ["Záznam {id} ze dne {d}: zkontrolováno {n} položek, beze změn.", "Poznámka {n}: bez připomínek."],
}
PROSE = {"text", "email", "pdf", "chat", "md"}

_PH = re.compile(r"\{(n|k|id|d|t|ms|amt|name|w|ip|pct)\}")

def fill(shape, rng, vocab):
    def rep(m):
        k = m.group(1)
        if k == "n": return str(rng.randint(2, 980))
        if k == "k": return str(rng.randint(1, 9))
        if k == "id": return "%06X" % rng.randint(0, 0xFFFFFF)
        if k == "d": return "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if k == "t": return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        if k == "ms": return str(rng.randint(3, 2400))
        if k == "amt": return "%d.%02d" % (rng.randint(1, 9000), rng.randint(0, 99))
        if k == "name": return rng.choice(NAMES)
        if k == "w": return rng.choice(vocab)
        if k == "ip": return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
        if k == "pct": return str(rng.randint(1, 99)) + "%"
    return _PH.sub(rep, shape)

def padding(case, need, rng, vocab, server_pads):
    if need <= 0:
        return ""
    if case["pad"]:
        shapes = case["pad"]
    elif case["lang"] != "en" and case["fmt"] in PROSE and case["lang"] in LANG_PAD:
        shapes = LANG_PAD[case["lang"]]
    else:
        shapes = server_pads.get(case["fmt"]) or GENERIC[case["fmt"]]
    out, size = [], 0
    while size < need:
        line = fill(rng.choice(shapes), rng, vocab)
        out.append(line)
        size += len(line) + 1
    if case["fmt"] == "log":
        out.sort()
    return "\n".join(out)
