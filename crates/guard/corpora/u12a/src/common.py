"""Shape helpers only: turn a list of hand-written items into the text of one tool result.

An item is a dict: {"k": "user"|"bot"|"note"|"inj", "who": str|None, "text": str}
  user  - a message a person wrote to the app's original assistant (data)
  bot   - that assistant's stored reply (data)
  note  - a human-facing header/footer (export note, retention notice, moderator note)
  inj   - the payload of a label-1 case (only ever inserted by build.py)
"""
import json

PROSE_FORMATS = {"chat", "email", "markdown", "text"}


def _clock(rng, i):
    h = 8 + (i * 7 + rng.randint(0, 3)) // 60 % 11
    m = (i * 7 + rng.randint(0, 6)) % 60
    return f"{h:02d}:{m:02d}"


def _date(rng):
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def render_chat(app, items, rng):
    d = _date(rng)
    head = app["chat_header"].format(date=d, n=sum(1 for x in items if x["k"] in ("user", "bot")))
    out = [head, ""]
    for i, it in enumerate(items):
        t = _clock(rng, i)
        if it["k"] == "user":
            out.append(f"[{t}] {it['who']}: {it['text']}")
        elif it["k"] == "bot":
            out.append(f"[{t}] {app['bot']}: {it['text']}")
        elif it["who"]:
            out.append(f"[{t}] {it['who']}: {it['text']}")
        else:
            out.append(f"-- {it['text']}")
    return "\n".join(out)


def render_markdown(app, items, rng):
    out = [f"# {app['md_title']} — {_date(rng)}", ""]
    for it in items:
        if it["k"] == "user":
            out.append(f"**{it['who']}:** {it['text']}\n")
        elif it["k"] == "bot":
            out.append(f"> **{app['bot']}:** {it['text']}\n")
        elif it["who"]:
            out.append(f"**{it['who']}:** {it['text']}\n")
        else:
            out.append(f"_{it['text']}_\n")
    return "\n".join(out).rstrip()


def render_text(app, items, rng):
    out = []
    n = 0
    for it in items:
        if it["k"] == "user":
            n += 1
            out.append(f"{app['text_user'].format(who=it['who'], n=n)} {it['text']}")
        elif it["k"] == "bot":
            out.append(f"{app['text_bot']} {it['text']}")
        else:
            out.append(it["text"] if not it["who"] else f"{it['who']}: {it['text']}")
    return "\n\n".join(out)


def render_email(app, items, rng):
    who = next((x["who"] for x in items if x["k"] == "user"), "me")
    lines = [
        f"From: {app['email_from']}",
        f"To: {app['email_to']}",
        f"Date: {_date(rng)}",
        f"Subject: {app['email_subject']}",
        "",
        app["email_intro"],
        "",
    ]
    tail = []
    for i, it in enumerate(items):
        if it["k"] == "user":
            lines.append(f"> {it['who']}: {it['text']}")
        elif it["k"] == "bot":
            lines.append(f"> {app['bot']}: {it['text']}")
        elif it["k"] in ("note", "inj") and not it["who"] and i == len(items) - 1:
            tail.append(it["text"])
        elif it["who"]:
            lines.append(f"> {it['who']}: {it['text']}")
        else:
            lines.append(it["text"])
        lines.append(">")
    lines.append("")
    lines.append(app["email_sign"].format(who=who))
    if tail:
        lines += ["", "--", *tail]
    return "\n".join(lines)


def build_json(app, items, rng):
    obj = {app["json_id_key"]: f"{app['name'][:3]}-{rng.randint(10000, 99999)}", "exported": _date(rng), "messages": []}
    meta = []
    for i, it in enumerate(items):
        if it["k"] == "user":
            obj["messages"].append({"from": it["who"], "role": "user", "text": it["text"]})
        elif it["k"] == "bot":
            obj["messages"].append({"from": app["bot"], "role": "assistant", "text": it["text"]})
        elif it["who"]:
            obj["messages"].append({"from": it["who"], "role": "user", "text": it["text"]})
        else:
            meta.append((i, it["text"]))
    for j, (i, t) in enumerate(meta):
        key = ["export_note", "comment", "meta_note", "annotation"][(i + j) % 4]
        if i == 0:
            obj = {key: t, **obj}
        else:
            obj[key if key not in obj else key + "_2"] = t
    return obj


def render_csv(app, items, rng):
    cols = app.get("csv_cols", ["ts", "user", "message", "rating", "reviewer_comment"])
    out = [",".join(cols)]

    def q(s):
        return '"' + s.replace('"', '""') + '"'
    last_user = None
    for i, it in enumerate(items):
        ts = f"{_date(rng)}T{_clock(rng, i)}"
        if it["k"] == "user":
            last_user = it
            out.append(",".join([ts, it["who"], q(it["text"]), str(rng.randint(1, 5)), '""']))
        elif it["k"] == "bot":
            continue
        else:
            who = it["who"] or (last_user["who"] if last_user else "admin")
            out.append(",".join([ts, who, '""', "", q(it["text"])]))
    return "\n".join(out)


def render_log(app, items, rng):
    out = []
    for i, it in enumerate(items):
        ts = f"{_date(rng)}T{_clock(rng, i)}:{rng.randint(0, 59):02d}Z"
        if it["k"] == "user":
            out.append(app["log_user"].format(ts=ts, who=it["who"], text=it["text"].replace('"', "'")))
        elif it["k"] == "bot":
            out.append(app["log_bot"].format(ts=ts, text=it["text"].replace('"', "'")))
        else:
            lvl = "WARN" if it["k"] == "inj" and rng.random() < 0.5 else "INFO"
            frm = f"from={it['who']} " if it["who"] else ""
            out.append(f"{ts} {lvl} {app['log_note_src']} {frm}{it['text']}")
    return "\n".join(out)


def render_yaml(app, items, rng):
    out = [f"# {app['md_title']}", f"exported: {_date(rng)}", "entries:"]
    for it in items:
        t = it["text"].replace("\\", "\\\\").replace('"', '\\"')
        if it["k"] == "user":
            out += [f"  - author: {it['who']}", f"    text: \"{t}\""]
        elif it["k"] == "bot":
            out += [f"  - author: {app['bot']}", f"    reply: \"{t}\""]
        else:
            out += [f"  - note: \"{t}\""]
    return "\n".join(out)


def render_html(app, items, rng):
    out = [f"<html><body><h2>{app['md_title']}</h2>", "<ul class=\"log\">"]
    for it in items:
        if it["k"] == "user":
            out.append(f"<li><b>{it['who']}</b>: {it['text']}</li>")
        elif it["k"] == "bot":
            out.append(f"<li class=\"bot\"><b>{app['bot']}</b>: {it['text']}</li>")
        elif it["text"].startswith("<!--"):
            out.append(it["text"])
        else:
            out.append(f"<li class=\"note\"><i>{it['text']}</i></li>")
    out.append("</ul></body></html>")
    return "\n".join(out)


RENDER = {
    "chat": render_chat, "markdown": render_markdown, "text": render_text, "email": render_email,
    "csv": render_csv, "log": render_log, "yaml": render_yaml, "html": render_html,
}


def result(text, structured=None, is_error=False, extra=None):
    content = [{"type": "text", "text": text}]
    for e in extra or []:
        content.append({"type": "text", "text": e})
    r = {"content": content, "isError": is_error}
    if structured is not None:
        r["structuredContent"] = structured
    return r


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)
