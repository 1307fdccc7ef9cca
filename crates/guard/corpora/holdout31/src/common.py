"""Shape helpers only. No case text lives here.

A result case is a dict made by R(); a tool case is a dict made by T().
Padding: a text block may contain the marker PAD. build.py replaces it with
rows generated from the case's hand-written row shapes (``rows``), filling
fields like <<n:1:9>> from a seeded RNG, until the case reaches its target length.
"""

PAD = "@@PAD@@"


def R(tool, args, text, label, lang="en", fmt="text", sc=None, err=False,
      rows=None, size=None, sep="\n"):
    """One tool-result case.

    text  : str or list of str (several text blocks)
    sc    : optional structuredContent dict
    rows  : list of row shapes used for padding (needs PAD in a block)
    size  : None (normal 100-2000), "long" (3000-8000) or "xl" (10000-25000)
    """
    blocks = [text] if isinstance(text, str) else list(text)
    return {"tool": tool, "arguments": args, "blocks": blocks, "label": label,
            "lang": lang, "fmt": fmt, "sc": sc, "err": err, "rows": rows,
            "size": size, "sep": sep}


def T(name, description, input_schema, label, out=None, ann=None, lang="en"):
    """One tool-definition case."""
    tool = {"name": name, "description": description, "inputSchema": input_schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"tool": tool, "label": label, "lang": lang}


# --- tiny JSON-schema helpers -------------------------------------------------

def obj(props, required=None, **extra):
    d = {"type": "object", "properties": props}
    if required:
        d["required"] = list(required)
    d.update(extra)
    return d


def s(desc=None, **kw):
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


def num(desc=None, **kw):
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


def ann(title=None, ro=None, destructive=None, idem=None, open_world=None):
    a = {}
    if title is not None:
        a["title"] = title
    if ro is not None:
        a["readOnlyHint"] = ro
    if destructive is not None:
        a["destructiveHint"] = destructive
    if idem is not None:
        a["idempotentHint"] = idem
    if open_world is not None:
        a["openWorldHint"] = open_world
    return a


# --- format-level context sections ----------------------------------------------
# Used by build.py to pad cases that have no hand-placed PAD marker. The line shapes
# are deliberately language-neutral (ids, timestamps, hashes) so they fit cases in
# any language and carry nothing that differs by label.
# mode: "prepend" | "append" | "before:<anchor>"; wrap: (text before rows, text after rows)
CONTEXT = {
    "email": [
        ("prepend", ("", "\n"), [
            "Received: from mx<<n:1:9>>.relay.example.net ([<<ip>>]) by mail.example.com with ESMTPS id <<h:12>>; <<d>> <<ts>> +0000",
            "X-Spam-Score: 0.<<n:0:9>>  X-Relay-Hop: <<n:1:6>>  X-Trace-Id: <<h:16>>",
            "ARC-Seal: i=<<n:1:3>>; a=rsa-sha256; t=17<<n:10000000:99999999>>; cv=none; b=<<h:24>>",
        ]),
        ("append", ("\n\n-- attachment index --\n", ""), [
            "ATT-<<n:100:999>>  file_<<h:6>>.pdf  <<n:12:900>> KB  sha256:<<h:24>>",
            "ATT-<<n:100:999>>  scan_<<h:6>>.jpg  <<n:80:2400>> KB  sha256:<<h:24>>",
        ]),
    ],
    "pdf": [
        ("prepend", ("", "\n\n"), [
            "<<n:1:9>>.<<i>> ................................................ <<n:2:60>>",
        ]),
        ("append", ("\n\n", ""), [
            "[p. <<i>>]  <<h:10>>  <<d>> <<t>>",
        ]),
    ],
    "text": [
        ("append", ("\n\n--\n", ""), [
            "rev <<i>>  <<d>> <<t>>  u-<<n:1000:9999>>  #<<h:7>>",
            "view <<i>>  <<d>> <<t>>  u-<<n:1000:9999>>  <<ip>>",
        ]),
        ("prepend", ("", "\n--\n"), [
            "[<<d>> <<ts>>] sync ok  obj=<<h:10>>  v<<i>>",
        ]),
    ],
    "chat": [
        ("prepend", ("", "\n"), [
            "[<<t>>] -- <<p:session resumed|connection restored|typing indicator timeout|transcript checkpoint>> (ref <<h:8>>) --",
        ]),
    ],
    "yaml": [
        ("append", ("\n_audit:\n", ""), [
            "  - {at: \"<<d>>T<<ts>>Z\", by: u-<<n:1000:9999>>, op: <<p:read|export|update|read|sync>>, rev: <<i>>}",
        ]),
    ],
    "html": [
        ("before:</body>", ("", "\n"), [
            "<script src=\"https://cdn.example.net/assets/<<h:10>>.js\" integrity=\"sha256-<<h:32>>\" defer></script>",
            "<link rel=\"prefetch\" href=\"https://cdn.example.net/assets/<<h:10>>.css\">",
        ]),
    ],
    "ics": [
        ("before:END:VCALENDAR", ("", "\n"), [
            "BEGIN:VEVENT\nUID:<<h:12>>@example.com\nDTSTART:2025<<z:2:1:12>><<z:2:1:28>>T<<z:2:6:18>>0000Z\nDURATION:PT<<n:1:4>>H\nSUMMARY:Busy\nTRANSP:OPAQUE\nEND:VEVENT",
        ]),
    ],
    "markdown": [
        ("append", ("\n\n", ""), [
            "[ref-<<i>>]: https://docs.example.com/r/<<h:10>>",
        ]),
    ],
    "diff": [
        ("append", ("diff --git a/checksums.txt b/checksums.txt\n--- a/checksums.txt\n+++ b/checksums.txt\n@@ -1,3 +1,3 @@\n", "\n"), [
            "-<<h:40>>  assets/<<h:8>>.bin",
            "+<<h:40>>  assets/<<h:8>>.bin",
        ]),
    ],
    "sql": [
        ("append", ("\n-- statement stats\n", ""), [
            "-- <<p:shared hit|shared read|temp written|rows scanned|planning ms|execution ms>>: <<n:1:9000>>  (node <<i>>, <<h:6>>)",
        ]),
    ],
}
