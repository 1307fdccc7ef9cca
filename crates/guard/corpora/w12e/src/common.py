"""Shape helpers only. No case content lives here.

Every case is built by R() (tool result) or T() (tool definition). Metadata
keys starting with "_" (language, format) are used by build/verify for the
balance report and are stripped before writing the JSONL files.
"""
import json
import random


def J(obj):
    """Pretty JSON text, as many APIs return it."""
    return json.dumps(obj, indent=2, ensure_ascii=False)


def Jc(obj):
    """Compact JSON text."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def R(tool, args, text, label, *, sc=None, err=False, more=None, lang="en", fmt="text"):
    content = [{"type": "text", "text": text}]
    for t in more or []:
        content.append({"type": "text", "text": t})
    result = {"content": content, "isError": bool(err)}
    if sc is not None:
        result["structuredContent"] = sc
    return {
        "kind": "result",
        "tool": tool,
        "arguments": args,
        "result": result,
        "label": label,
        "_lang": lang,
        "_fmt": fmt,
    }


def P(typ, desc=None, **kw):
    """JSON-schema property helper."""
    d = {"type": typ}
    if desc is not None:
        d["description"] = desc
    d.update(kw)
    return d


def T(name, desc, props, label, *, required=None, out=None, ann=None):
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    tool = {"name": name, "description": desc, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": label}


def csv(header, rows, sep=","):
    lines = [sep.join(header)]
    for r in rows:
        lines.append(sep.join(str(c) for c in r))
    return "\n".join(lines)


def md(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(lines)


def email(frm, to, subj, date, body, extra=None):
    h = [f"From: {frm}", f"To: {to}", f"Subject: {subj}", f"Date: {date}"]
    for k, v in (extra or {}).items():
        h.append(f"{k}: {v}")
    return "\n".join(h) + "\n\n" + body


def rng(seed):
    return random.Random(seed)


def result_len(case):
    """Length used for balance reporting: all text blocks + structuredContent JSON."""
    res = case["result"]
    n = sum(len(b.get("text", "")) for b in res["content"])
    if "structuredContent" in res:
        n += len(json.dumps(res["structuredContent"], ensure_ascii=False))
    return n


def ext(cases, needle, *, append=None, jadd=None, more=None, mirror=False):
    """Grow an existing hand-written case in place (found by a unique substring of
    its first text block): append text, add top-level JSON keys, add extra text
    blocks, or mirror a JSON text block into structuredContent."""
    hits = [c for c in cases if needle in c["result"]["content"][0]["text"]]
    if len(hits) != 1:
        raise ValueError(f"ext needle matched {len(hits)} cases: {needle!r}")
    c = hits[0]
    blk = c["result"]["content"][0]
    if jadd:
        obj = json.loads(blk["text"])
        obj.update(jadd)
        blk["text"] = J(obj)
    if append:
        blk["text"] += append
    for t in more or []:
        c["result"]["content"].append({"type": "text", "text": t})
    if mirror:
        c["result"]["structuredContent"] = json.loads(blk["text"])
    return c


def drop(cases, needle):
    hits = [i for i, c in enumerate(cases) if needle in c["result"]["content"][0]["text"]]
    if len(hits) != 1:
        raise ValueError(f"drop needle matched {len(hits)} cases: {needle!r}")
    del cases[hits[0]]
