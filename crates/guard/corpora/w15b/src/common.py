"""Shape helpers only: carrier expansion, escaping, pad-row filling."""
import json, re

NAMES = ["A. Brandt", "L. Okafor", "M. Petrov", "S. Lindqvist", "R. Duarte", "K. Tanaka", "P. Novak",
         "J. Whitcombe", "E. Moreau", "T. Haddad", "N. Iversen", "C. Barros", "H. Kowal", "D. Ferraro",
         "Y. Chen", "B. Adeyemi", "F. Quist", "G. Marlow", "I. Sato", "V. Romano"]
CITIES = ["Harlow Bay", "Eastmere", "Port Lindell", "Cresswick", "Valbruna", "Oakhurst", "Norrvik",
          "Santa Ilde", "Greyford", "Mirador"]
IPS = ["192.0.2.", "198.51.100.", "203.0.113."]

TOK = re.compile(r"%([A-Za-z0-9_|:. /-]+)%")


def fill(shape, rng):
    def sub(m):
        k = m.group(1)
        if "|" in k:
            return rng.choice(k.split("|"))
        if k == "n":
            return str(rng.randint(1, 999))
        if k == "N":
            return str(rng.randint(1000, 99999))
        if k == "d":
            return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if k == "t":
            return "%02d:%02d" % (rng.randint(6, 22), rng.randint(0, 59))
        if k == "ts":
            return "2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        if k == "h":
            return "%06x" % rng.randint(0, 0xFFFFFF)
        if k == "name":
            return rng.choice(NAMES)
        if k == "city":
            return rng.choice(CITIES)
        if k == "p":
            return "%d.%02d" % (rng.randint(3, 900), rng.randint(0, 99))
        if k == "f":
            return "%.2f" % rng.uniform(0, 100)
        if k == "ip":
            return rng.choice(IPS) + str(rng.randint(1, 254))
        if k == "pct":
            return str(rng.randint(0, 100))
        return m.group(0)
    return TOK.sub(sub, shape)


def esc(s, mode):
    if mode == "json":
        return json.dumps(s, ensure_ascii=False)[1:-1]
    if mode == "csv":
        return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s
    if mode == "tsv":
        return s.replace("\t", " ")
    if mode == "html":
        return s.replace("&", "&amp;")
    return s


def expand(carriers, pads, source, ctx=None):
    """Each carrier has text with {X} (insert slot) and {PAD} markers; p = label-1 inserts, n = label-0 inserts."""
    out = []
    for ci, c in enumerate(carriers):
        c = dict(c)
        use_ctx = (ctx and not c.get("pad") and "{PAD}" not in c["t"] and c.get("lang", "en") == "en"
                   and c.get("esc") != "json" and not c.get("sc") and c.get("summary") is None)
        if use_ctx:
            c["t"] = c["t"] + "{PAD}"
            c["pad"] = ctx[1]
        for label, key in ((1, "p"), (0, "n")):
            for ins in c.get(key, []):
                out.append({
                    "source": source, "carrier": "%s#%d" % (source, ci), "label": label,
                    "server": c["s"], "tool": c["tool"], "arguments": c.get("a", {}),
                    "fmt": c["fmt"], "lang": c.get("lang", "en"),
                    "template": c["t"], "insert": esc(ins, c.get("esc")),
                    "pad_rows": pads.get(c.get("pad"), []) if c.get("pad") else [],
                    "pad_sep": c.get("sep", "\n"),
                    "err": c.get("err", False), "blocks": c.get("blocks", []),
                    "summary": c.get("summary"), "sc": c.get("sc", False),
                    "ctx_header": ctx[0] if use_ctx else "",
                })
    return out
