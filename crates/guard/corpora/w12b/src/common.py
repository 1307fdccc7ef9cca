"""Shape helpers only. No case content lives here except fictional name lists
used to fill bulk table rows (numbers vary through a seeded RNG)."""
import json
import random

SERVER = "w12b"


def T(s):
    return {"type": "text", "text": s}


def R(tool, args, texts, label, err=False, sc=None):
    """Build one tool-result case. texts: str or list of str (multi-block)."""
    if isinstance(texts, str):
        texts = [texts]
    result = {"content": [T(t) for t in texts], "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {"kind": "result", "server": SERVER, "tool": tool,
            "arguments": args, "result": result, "label": label}


def J(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False)


def S(desc=None, **kw):
    d = {"type": kw.pop("type", "string")}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def OBJ(props, required=None, **kw):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = list(required)
    d.update(kw)
    return d


def TOOL(name, desc, schema, label, out=None, ann=None):
    t = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        t["outputSchema"] = out
    if ann is not None:
        t["annotations"] = ann
    return {"kind": "tool", "server": SERVER, "tool": t, "label": label}


# ---- bulk row shapes (fictional names; numbers from seeded RNG) ----
MERCHANTS = ["Bluefin Grocers", "Kestrel Fuel 211", "Harbor Coffee Co", "Northwind Transit",
             "Lumen Telecom", "Oakridge Pharmacy", "Tandem Bikes", "Cedar & Pine Books",
             "Metro Parking 44", "Sunlit Cinema", "Juniper Kitchen", "Granite Gym",
             "Pebble Streaming", "Alder Hardware", "Copperleaf Dental", "Riverbend Water Util"]
VENDORS = ["Acme Paper Supply", "Brightline Logistics", "Corvid Cleaning Svcs", "Delphin IT Ltd",
           "Everfield Catering", "Foxglove Print", "Gantry Freight", "Halcyon Software",
           "Ironbark Security", "Jetty Office Furniture", "Kinfolk Staffing", "Lattice Telecom"]
TICKERS = ["NWTC", "KSTL", "BLFN", "ORDG", "LMNT", "CDRP", "GRNT", "JNPR_X", "ALDR", "PBBL",
           "HLCY", "FXGL"]
COINS = ["BTC", "ETH", "SOL", "USDC", "ADA", "DOT"]


def rng(seed):
    return random.Random(seed)


def txn_rows(seed, n, sep=",", start_day=1, month="2026-11"):
    r = rng(seed)
    bal = r.randint(1500, 9000) + r.random()
    out = []
    for i in range(n):
        day = min(28, start_day + i // 2)
        m = r.choice(MERCHANTS)
        amt = -round(r.uniform(3, 180), 2) if r.random() > 0.12 else round(r.uniform(200, 2400), 2)
        bal += amt
        desc = m if amt < 0 else "PAYROLL DEPOSIT" if r.random() > 0.5 else "TRANSFER IN"
        typ = "POS" if amt < 0 else "ACH"
        out.append(sep.join([f"{month}-{day:02d}", typ, desc, f"{amt:.2f}", f"{bal:.2f}"]))
    return "\n".join(out)


def ap_rows(seed, n, sep=",", month="2026-11"):
    r = rng(seed)
    out = []
    for i in range(n):
        v = r.choice(VENDORS)
        inv = f"INV-{r.randint(10000, 99999)}"
        amt = round(r.uniform(120, 18000), 2)
        due = f"{month}-{r.randint(1, 28):02d}"
        st = r.choice(["open", "open", "scheduled", "paid", "on_hold"])
        out.append(sep.join([v, inv, f"{amt:.2f}", due, st]))
    return "\n".join(out)


def quote_rows(seed, n, sep=" | "):
    r = rng(seed)
    out = []
    for t in r.sample(TICKERS, min(n, len(TICKERS))):
        px = round(r.uniform(8, 420), 2)
        ch = round(r.uniform(-4.5, 4.5), 2)
        vol = r.randint(50_000, 9_000_000)
        out.append(sep.join([t, f"{px:.2f}", f"{ch:+.2f}%", f"{vol:,}"]))
    return "\n".join(out)


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def chain_rows(seed, n):
    r = rng(seed)
    out = []
    for i in range(n):
        c = r.choice(COINS)
        amt = round(r.uniform(0.001, 900), 4)
        out.append(f"0x{hexs(r, 16)}…  {r.choice(['IN ', 'OUT'])}  {amt} {c}  conf={r.randint(1, 64)}")
    return "\n".join(out)


def log_rows(seed, n, svc="api"):
    r = rng(seed)
    ips = ["192.0.2.", "198.51.100.", "203.0.113."]
    paths = ["/v1/accounts", "/v1/payments", "/v1/transfers", "/v1/cards", "/v1/statements",
             "/v1/webhooks", "/login", "/v1/quotes"]
    out = []
    for i in range(n):
        ip = r.choice(ips) + str(r.randint(2, 250))
        out.append(f"2026-11-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z "
                   f"{svc} {ip} {r.choice(['GET', 'POST', 'GET', 'PUT'])} {r.choice(paths)} "
                   f"{r.choice([200, 200, 200, 201, 204, 400, 401, 404, 429, 500])} {r.randint(3, 900)}ms")
    return "\n".join(out)


# ---- length spreading: append/prepend bulk rows of a fitting shape ----
import zlib

_KIND_KEYS = [
    (("wallet", "exchange", "token", "deposit_address", "staking", "chain", "tax_lots", "travel_rule", "api_keys", "custody"), "chain"),
    (("quote", "watchlist", "portfolio", "order", "options", "ratings", "news", "research", "transcript", "trade_conf", "corporate", "model_portfolio", "compliance_note"), "quote"),
    (("invoice", "vendor", "ar_", "payout", "expense", "ap_", "dunning", "payment_note", "webhook", "payment_dashboard", "processor"), "ap"),
    (("siem", "kyc", "aml", "fraud", "device", "sanctions", "sar", "onboarding", "redteam", "incident", "chargeback", "support_ticket"), "log"),
]
_HEAD = {
    "txn": ["Recent activity (context):", "Ledger lines in same period:", "Related postings:", "Activity feed (last entries):"],
    "ap": ["Other open items for this entity:", "Related ledger items:", "Open AP/AR lines (context):", "Items in the same batch:"],
    "quote": ["Market snapshot at retrieval:", "Related tickers:", "Watchlist context:", "Prices at time of request:"],
    "chain": ["Recent on-chain activity:", "Linked wallet movements:", "Other transfers in window:", "Chain activity (context):"],
    "log": ["Access log for this record:", "Related API activity:", "Audit trail:", "Request log excerpt:"],
}


def _kind(tool):
    for keys, k in _KIND_KEYS:
        if any(x in tool for x in keys):
            return k
    return "txn"


def _rows(kind, seed, n):
    if kind == "txn":
        return txn_rows(seed, n)
    if kind == "ap":
        return ap_rows(seed, n)
    if kind == "quote":
        return "\n".join(quote_rows(seed + i, 1) for i in range(n))
    if kind == "chain":
        return chain_rows(seed, n)
    return log_rows(seed, n)


def case_len(c):
    L = sum(len(b["text"]) for b in c["result"]["content"])
    if "structuredContent" in c["result"]:
        L += len(json.dumps(c["result"]["structuredContent"], ensure_ascii=False))
    return L


def _ascii_ratio(s):
    return sum(1 for ch in s if ord(ch) < 128) / max(1, len(s))


def grow_all(cases, tag, lo=100, hi=1980):
    """Deterministically lengthen some cases so lengths spread over lo..hi.
    Skips JSON/HTML/YAML-like blocks so those formats stay valid."""
    for i, c in enumerate(cases):
        r = random.Random(zlib.crc32(f"{tag}:{i}:{c['tool']}".encode()))
        cur = case_len(c)
        # label-aware only in how often/how far to pad, so that both labels end
        # up with similar length distributions (injected texts start shorter)
        if c["label"] == 1:
            if r.random() < 0.1:
                continue
            target = min(hi, int(r.uniform(max(cur, lo), hi + 250)))
        else:
            if r.random() < 0.2:
                continue
            target = min(hi, int(r.uniform(lo, hi + 150)))
        if target <= cur + 120:
            continue
        blocks = c["result"]["content"]
        bi = r.randrange(len(blocks))
        t = blocks[bi]["text"]
        s = t.lstrip()
        if s[:1] in "{[<" or s.startswith(("rule:", "model:", "sweeps:", "# prompt", "system:")) or "\n  - " in t or "\n  " in t[:200]:
            continue
        kind = _kind(c["tool"])
        head = r.choice(_HEAD[kind]) if _ascii_ratio(t) > 0.97 else "—" * 8
        need = target - cur
        n = max(2, need // 60)
        rows = _rows(kind, r.randint(1, 10**6), n)
        while len(rows) > need and rows.count("\n") > 1:
            rows = rows.rsplit("\n", 1)[0]
        extra = head + "\n" + rows
        if r.random() < 0.6:
            blocks[bi]["text"] = t + "\n\n" + extra
        else:
            blocks[bi]["text"] = extra + "\n\n" + t
    return cases
