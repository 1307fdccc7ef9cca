"""Shape helpers only. No case content lives here."""

FILL = "<<FILL>>"


def R(tool, args, text, label, lang="en", fmt="text", sc=None, err=False, fill=None):
    """A tool-result case. `text` is a str (one block) or a list of str (multi-block).
    A block may contain the FILL marker; build.py replaces it with lines produced by
    `fill(rng)` (hand-written line shapes, RNG-varied numbers) to reach a target length."""
    blocks = text if isinstance(text, list) else [text]
    return {"kind": "result", "tool": tool, "args": args, "blocks": blocks, "label": label,
            "lang": lang, "fmt": fmt, "sc": sc, "err": err, "fill": fill}


def T(name, description, schema, label, out=None, ann=None, lang="en"):
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label, "lang": lang, "fmt": "tool_definition"}


def obj(props, required=None):
    s = {"type": "object", "properties": props}
    if required:
        s["required"] = list(required)
    return s


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


def ro(title=None, **kw):
    a = {"readOnlyHint": True, "destructiveHint": False, "openWorldHint": False}
    if title:
        a["title"] = title
    a.update(kw)
    return a


def rw(title=None, destructive=False, **kw):
    a = {"readOnlyHint": False, "destructiveHint": destructive, "idempotentHint": False, "openWorldHint": True}
    if title:
        a["title"] = title
    a.update(kw)
    return a


# ---- Generic context fillers by format (hand-written line shapes, RNG-varied numbers). ----
# build.py uses them to spread lengths of cases that have no domain filler; applied to both
# labels identically. Each returns (position, header, line_fn).
_USERS = ["svc-portal", "svc-reports", "a.lund", "k.oduya", "m.okafor", "t.ahn", "r.haddad", "svc-sync"]


def _access(r):
    return "%s 2026-11-%02d %02d:%02d:%02d %s (%s)\n" % (r.choice(["viewed", "viewed", "exported", "printed", "indexed"]), r.randint(1, 30), r.randint(6, 22), r.randint(0, 59), r.randint(0, 59), r.choice(_USERS), r.choice(["web", "api", "batch", "desktop"]))


def _received(r):
    return "Received: from mx%d.example.org (mx%d.example.org [198.51.100.%d]) by relay%d.example.net; Tue, %d Nov 2026 %02d:%02d:%02d +0000\n" % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 254), r.randint(1, 4), r.randint(1, 30), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def _chatmeta(r):
    return "S-%06d  2026-11-%02d  topic=%s  turns=%d  handoff=%s\n" % (r.randint(100000, 999999), r.randint(1, 30), r.choice(["billing", "outage", "schedule", "permits", "trash", "refund", "account", "other"]), r.randint(2, 19), r.choice(["no", "no", "no", "yes"]))


def _loggen(r):
    return "2026-12-0%dT%02d:%02d:%02dZ level=INFO svc=%s msg=\"%s\" latency_ms=%d\n" % (r.randint(1, 3), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(["gateway", "auth", "cache", "scheduler", "exporter"]), r.choice(["request served", "cache refreshed", "token renewed", "job heartbeat", "health check ok"]), r.randint(2, 900))


def _mdrow(r):
    return "| REF-%06d | %s | 2026-11-%02d |\n" % (r.randint(100000, 999999), r.choice(["viewed", "linked", "exported", "commented", "status checked"]), r.randint(1, 30))


def _csvmeta(r):
    return "# 2026-12-0%d %02d:%02d exported by %s rows=%d checksum=%08x\n" % (r.randint(1, 3), r.randint(0, 23), r.randint(0, 59), r.choice(_USERS), r.randint(2, 900), r.randint(0, 0xFFFFFFFF))


def _yamlhist(r):
    return "#   - rev %d, 2026-11-%02d, %s\n" % (r.randint(1, 60), r.randint(1, 30), r.choice(_USERS))


def _htmlmeta(r):
    return "<p class=\"revision\">Revision %d published 2026-11-%02d by %s.</p>\n" % (r.randint(1, 80), r.randint(1, 30), r.choice(["web-team", "comms", "digital-services", "pio-desk"]))


def _jsonmeta(r):
    return "%s: %s\n" % r.choice([("trace_id", "%032x" % r.getrandbits(128)), ("cache", r.choice(["hit", "miss", "stale-revalidated"])), ("served_by", "api-%d" % r.randint(1, 20)), ("elapsed_ms", str(r.randint(3, 1900))), ("rate_limit_remaining", str(r.randint(0, 600))), ("page_token", "%016x" % r.getrandbits(64))])


GENERIC = {
    "text": ("append", "\n\n--- record access log ---\n", _access),
    "pdf_text": ("append", "\n\n--- document access log ---\n", _access),
    "email": ("prepend", "", _received),
    "chat": ("prepend", "Earlier sessions from this user:\n", _chatmeta),
    "log": ("prepend", "", _loggen),
    "markdown": ("append", "\n\n| Related ref | Event | Date |\n|---|---|---|\n", _mdrow),
    "csv": ("append", "\n", _csvmeta),
    "tsv": ("append", "\n", _csvmeta),
    "yaml": ("append", "\n# history:\n", _yamlhist),
    "html": ("append", "\n", _htmlmeta),
    # json texts are left unpadded (appending would break the JSON).
}
