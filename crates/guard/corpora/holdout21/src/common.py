"""Shape helpers for the holdout21 set (hand-written cases live in results_*.py / tools_*.py).

Conventions used by the case files:
  * Payload spans in label-1 cases are wrapped in U+27E6 / U+27E7 brackets; build.py strips them.
    They let build.py check labels and keep long-case payloads in the middle or near the end.
  * "{PAD:key}" in a text marks where padding rows (hand-written line shapes from PADS, filled
    with numbers from a seeded RNG) are inserted. In JSON lists use the string item "{PAD:key}".
"""
import json

P0, P1 = "\u27e6", "\u27e7"


def R(tool, args, text, label, fmt="text", lang="en", sc=None, err=False, extra=None):
    """A tool-result case. text: first text block; extra: further text blocks; sc: structuredContent
    (a dict, or the string "same" = parse the padded JSON text)."""
    return {"kind": "result", "tool": tool, "args": args, "blocks": [text] + list(extra or []),
            "sc": sc, "err": err, "label": label, "fmt": fmt, "lang": lang}


def J(obj):
    """Serialize a dict as the JSON text of a result (indent 1, keep non-ASCII)."""
    return json.dumps(obj, ensure_ascii=False, indent=1)


def T(name, desc, props, label, required=None, out=None, ann=None, schema=None, lang="en", fmt="tool"):
    """A tool-definition case."""
    if schema is None:
        schema = {"type": "object", "properties": props}
        if required:
            schema["required"] = required
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "lang": lang, "fmt": fmt}


def s(desc=None, **kw):
    """string property"""
    d = {"type": "string"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def i(desc=None, **kw):
    d = {"type": "integer"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def n(desc=None, **kw):
    d = {"type": "number"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def b(desc=None, **kw):
    d = {"type": "boolean"}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def arr(items, desc=None, **kw):
    d = {"type": "array", "items": items}
    if desc:
        d["description"] = desc
    d.update(kw)
    return d


def obj(props, desc=None, required=None, **kw):
    d = {"type": "object", "properties": props}
    if desc:
        d["description"] = desc
    if required:
        d["required"] = required
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------------------
# Padding line shapes (hand-written). Placeholders: {i} row no., {n1}..{n6} digits, {p} price,
# {d} ISO date, {dc} compact date, {t} HH:MM, {tc} HHMM, {name}, {city}, {item}, {dish}, {sku},
# {unit}, {hex}, {pick:a|b|c}. Value pools are fictional.
NAMES = ["Mara Olsen", "Tobiah Kettering", "Ines Varga", "Rupert Nakamura", "Lena Okafor", "Dario Pell",
         "Saoirse Lind", "Joaquin Brandt", "Priya Castell", "Anouk Reyes", "Wendell Ashby", "Yusra Tamm",
         "Klaus Ferreira", "Nadia Holloway", "Emeka Strand", "Fiona Delacroix", "Hugo Marchetti",
         "Greta Wilmot", "Omar Lindqvist", "Beatriz Quon"]
CITIES = ["Larkfield", "Port Emery", "Westmoor", "Calder Bay", "Nettleton", "Riverholt", "Ashgrove",
          "Fenwick Falls", "Brightwater", "Oak Hollow"]
ITEMS = ["Linen duvet cover (queen)", "Ceramic pour-over set", "Trail runner shoe, size 42",
         "Bamboo cutting board", "USB-C hub 7-port", "Wool beanie, charcoal", "Cast iron skillet 26cm",
         "Desk lamp, warm white", "Kids rain jacket, 6Y", "Stainless water bottle 750ml",
         "Noise-cancel earbuds", "Yoga mat 6mm", "Espresso beans 1kg", "Garden hose 15m",
         "Phone case, clear", "Scented candle, cedar", "Backpack 28L", "Wireless mouse"]
DISHES = ["Margherita pizza", "Chicken katsu curry", "Caesar salad", "Beef pho", "Falafel wrap",
          "Mushroom risotto", "Fish tacos x3", "Pad see ew", "Lamb kofta", "Tomato soup",
          "Burger, medium, no onion", "Truffle fries", "Tiramisu", "Green curry tofu"]
STATUS = ["shipped", "delivered", "processing", "awaiting pickup", "in transit", "packed"]

PADS = {
    # neutral data rows
    "orders_csv": ["{i},ORD-{n6},{d},{sku},{n1},{p},{pick:shipped|delivered|processing|returned|packed}"],
    "orders_tsv": ["ORD-{n6}\t{d}\t{sku}\t{n1}\t{p}\t{pick:PAID|PAID|REFUNDED|PENDING}"],
    "catalog_csv": ["{sku},\"{item}\",{p},{n2},{pick:active|active|draft|archived}"],
    "reviews": ["{pick:5|4|4|3|2|1}/5 - {name} ({d}): {pick:Fits as expected.|Arrived a day late but otherwise fine.|Colour is a bit darker than the photos.|Good value for the price.|Box was dented, product was OK.|Would buy again.|Battery lasts about a week.|Stitching came loose after a month.|Smaller than I pictured.|Exactly what I needed for the kitchen.}"],
    "log": ["{d}T{t}:{pick:05|12|19|27|33|41|48|56}Z INFO  svc={pick:order-api|cart|checkout|inventory} req={hex} GET /v2/{pick:orders|carts|skus}/{n6} 200 {n3}ms",
            "{d}T{t}:{pick:05|12|19|27|33|41|48|56}Z DEBUG svc=cache key=sku:{sku} hit={pick:true|false}",
            "{d}T{t}:{pick:05|12|19|27|33|41|48|56}Z INFO  svc=worker job=sync-stock batch={n4} rows={n3} ok"],
    "pos_log": ["{d} {t} TERM-{n2} SALE chk#{n4} items={n1} total={p} tender={pick:VISA|CASH|MC|AMEX|GIFT}",
                "{d} {t} TERM-{n2} VOID chk#{n4} reason={pick:duplicate|wrong item|guest changed mind} mgr=emp{n3}",
                "{d} {t} TERM-{n2} TIP chk#{n4} amount={p}"],
    "kds_log": ["{t} KDS stn={pick:grill|fry|saute|cold|expo} tkt={n4} \"{dish}\" bump={n2}s",
                "{t} KDS stn=expo tkt={n4} recall by emp{n3}"],
    "delivery_log": ["{t} courier=C{n4} order=D-{n6} {pick:picked_up|arrived_customer|delivered|waiting_at_store} eta={n2}m"],
    "md_products": ["| {sku} | {item} | {n2} | {p} |"],
    "md_listings": ["| {unit} | {pick:1|2|2|3|4} | {n3} sq ft | {n4}/mo | {pick:available|leased|pending|notice given} |"],
    "md_generic": ["- {d}: {pick:restocked|price checked|photo updated|description proofread|bundle reviewed} for {sku}"],
    "html_rows": ["<tr><td>{sku}</td><td>{item}</td><td>{n2}</td><td>{p}</td></tr>"],
    "html_rooms": ["<tr><td>{n3}</td><td>{pick:Queen|King|Twin|Suite}</td><td>{d}</td><td>{pick:clean|dirty|inspected|out of order}</td></tr>"],
    "ics": ["BEGIN:VEVENT\nUID:{hex}@bookings.example.com\nDTSTART:{dc}T{tc}00Z\nSUMMARY:{pick:Table for 2|Table for 4|Private room|Bar seating} - {name}\nEND:VEVENT"],
    "sql_rows": ["| {n6} | {name} | {d} | {p} |"],
    "sql_units": ["| {unit} | {name} | {d} | {n4}.00 | {pick:current|late|current|notice} |"],
    "yaml_items": ["  - sku: {sku}\n    qty: {n1}\n    price: {p}"],
    "yaml_rooms": ["  - room: \"{n3}\"\n    type: {pick:queen|king|twin|suite}\n    rate: {p}"],
    "diff_ctx": ["   {sku}: {p}"],
    "email_quote": ["> Line {i}: {item} x{n1} @ {p}"],
    "chat": ["[{t}] customer: {pick:is ORD-{n6} shipped yet?|can I change the size on my order?|do you ship to {city}?|what's the return window?|thanks!}",
             "[{t}] bot: {pick:Your order is on its way.|Returns are accepted within 30 days.|Yes, we deliver there in 2-4 days.|You're welcome!|Let me check that for you.}"],
    "maint": ["WO-{n5} | {unit} | {pick:leaking faucet|HVAC filter change|smoke detector chirp|garbage disposal jammed|door lock sticking|torn window screen|no hot water|clogged drain} | {pick:open|scheduled|closed|closed} | {d}"],
    "pdf_sched": ["Schedule item {i} .......... {item} .......... {n2} .......... {p}"],
    "pdf_lease": ["{i}.{n1} {pick:Tenant shall keep the premises in a clean and sanitary condition.|Landlord shall provide written notice before entry except in emergencies.|Rent is due on the first day of each month.|No alterations without written consent of Landlord.|Tenant is responsible for replacing light bulbs and batteries.|Pets are permitted only as listed in the Pet Addendum.}"],
    "prose": ["Note {i}: batch {n4} for the {city} store cleared receiving on {d}.",
              "Shelf audit {n3} in {city} found {n1} mislabelled price tags; corrected the same day.",
              "Carrier pickup window for {city} moved to {t} starting {d}.",
              "Weekly footfall in {city} was {n4}, conversion {n1}.{n1}%."],
    "prose_hosp": ["Shift note {i}: walk-in cooler read {n1}.{n1}C at {t}.",
                   "Covers for {d}: {n3}, average check {p}.",
                   "{name} covered the {pick:brunch|dinner|late} shift on {d}."],
    "prose_re": ["Inspection {i}: unit {unit} checked on {d}, {pick:no issues|minor wear|paint touch-up needed}.",
                 "Vendor visit {n4} at {city} site scheduled for {d} {t}.",
                 "Common-area lights in building {n1} replaced on {d}."],
    "json_items": ["{\"sku\": \"{sku}\", \"qty\": {n1}, \"price\": {p}}"],
    "json_bookings": ["{\"ref\": \"BK{n6}\", \"guest\": \"{name}\", \"date\": \"{d}\", \"party\": {n1}}"],
    "json_units": ["{\"unit\": \"{unit}\", \"rent\": {n4}, \"status\": \"{pick:occupied|vacant|notice}\"}"],
    "json_events": ["{\"ts\": \"{d}T{t}:00Z\", \"event\": \"{pick:view|add_to_cart|checkout|refund}\", \"sku\": \"{sku}\"}"],
    # language prose
    "de": ["Hinweis {i}: Lieferung {n4} für die Filiale {city} am {d} eingegangen.",
           "Regalprüfung {n3}: {n1} Preisschilder korrigiert."],
    "es": ["Nota {i}: el lote {n4} para la tienda de {city} se recibió el {d}.",
           "Revisión {n3}: {n1} etiquetas de precio corregidas."],
    "fr": ["Note {i} : le lot {n4} pour le magasin de {city} a été reçu le {d}.",
           "Contrôle {n3} : {n1} étiquettes de prix corrigées."],
    "ja": ["メモ{i}: {city}店向けロット{n4}は{d}に入荷済み。", "棚チェック{n3}: 値札{n1}枚を修正。"],
    "zh": ["备注{i}：{city}门店批次{n4}已于{d}入库。", "货架检查{n3}：更正价签{n1}张。"],
    "pt": ["Nota {i}: o lote {n4} da loja de {city} foi recebido em {d}.", "Verificação {n3}: {n1} etiquetas corrigidas."],
    "it": ["Nota {i}: il lotto {n4} per il negozio di {city} è arrivato il {d}.", "Controllo {n3}: {n1} cartellini corretti."],
    "nl": ["Notitie {i}: partij {n4} voor de winkel in {city} ontvangen op {d}.", "Schapcontrole {n3}: {n1} prijskaartjes aangepast."],
    "pl": ["Notatka {i}: partia {n4} dla sklepu {city} przyjęta {d}.", "Kontrola {n3}: poprawiono {n1} etykiet."],
    "tr": ["Not {i}: {city} mağazası için {n4} numaralı parti {d} tarihinde teslim alındı.", "Raf kontrolü {n3}: {n1} etiket düzeltildi."],
    "ru": ["Заметка {i}: партия {n4} для магазина {city} принята {d}.", "Проверка {n3}: исправлено ценников: {n1}."],
    "ko": ["메모 {i}: {city} 매장 배치 {n4} 입고 완료 ({d}).", "진열 점검 {n3}: 가격표 {n1}개 수정."],
    "sv": ["Anteckning {i}: parti {n4} till butiken i {city} mottaget {d}.", "Hyllkontroll {n3}: {n1} prislappar rättade."],
    "vi": ["Ghi chú {i}: lô {n4} cho cửa hàng {city} đã nhận ngày {d}.", "Kiểm tra kệ {n3}: sửa {n1} nhãn giá."],
    "ar": ["ملاحظة {i}: تم استلام الدفعة {n4} لفرع {city} بتاريخ {d}.", "فحص الرفوف {n3}: تم تصحيح {n1} ملصقات أسعار."],
    "hi": ["नोट {i}: {city} स्टोर का बैच {n4} {d} को प्राप्त हुआ।", "शेल्फ जांच {n3}: {n1} मूल्य टैग ठीक किए गए।"],
    "uk": ["Нотатка {i}: партію {n4} для магазину {city} отримано {d}.", "Перевірка {n3}: виправлено {n1} цінників."],
}
