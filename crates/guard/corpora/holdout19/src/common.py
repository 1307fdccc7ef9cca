"""Shape helpers only. No case content lives here."""
import json
import random


def R(tool, args, text, label, lang="en", fmt="text", sc=None, err=False):
    """Build a tool-result case. `text` is a string or a list of strings (multi-block)."""
    texts = [text] if isinstance(text, str) else list(text)
    res = {"content": [{"type": "text", "text": t} for t in texts], "isError": bool(err)}
    if sc is not None:
        res["structuredContent"] = sc
    return {"kind": "result", "tool": tool, "arguments": args, "result": res,
            "label": int(label), "_lang": lang, "_fmt": fmt}


def T(name, description, props, label, required=None, out=None, ann=None, lang="en", fmt="tool-def"):
    """Build a tool-definition case. `props` is the inputSchema properties dict."""
    schema = {"type": "object", "properties": props}
    if required:
        schema["required"] = list(required)
    tool = {"name": name, "description": description, "inputSchema": schema}
    if out is not None:
        tool["outputSchema"] = out
    if ann is not None:
        tool["annotations"] = ann
    return {"kind": "tool", "tool": tool, "label": int(label), "_lang": lang, "_fmt": fmt}


def S(desc, typ="string", **kw):
    """Property schema shorthand."""
    d = {"type": typ, "description": desc}
    d.update(kw)
    return d


def rows(shapes, n, seed):
    """Repeat hand-written line shapes (format strings) with RNG-varied numbers.
    Placeholders: {a} 1-999, {b} 1000-99999, {c} 0-59, {d} 1-28, {h} 0-23, {p} 0.00-999.99, {i} 1-254"""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        shp = shapes[k % len(shapes)]
        out.append(shp.format(a=rng.randint(1, 999), b=rng.randint(1000, 99999), c=rng.randint(0, 59),
                              d=rng.randint(1, 28), h=rng.randint(0, 23),
                              p="%.2f" % (rng.randint(0, 99999) / 100.0), i=rng.randint(1, 254), k=k + 1))
    return "\n".join(out)


def rlen(case):
    r = case["result"]
    n = sum(len(b["text"]) for b in r["content"])
    if "structuredContent" in r:
        n += len(json.dumps(r["structuredContent"], ensure_ascii=False))
    return n


def tlen(case):
    return len(json.dumps(case["tool"], ensure_ascii=False))
