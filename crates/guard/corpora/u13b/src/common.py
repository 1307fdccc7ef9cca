"""Shape helpers only: how a case and a rendered conversation look."""

SERVER = "u13b"
ID = "u13b"


def result_line(case_id, tool, arguments, blocks, label, is_error=False):
    """One results.jsonl row. `blocks` is a list of plain strings."""
    return {
        "id": case_id,
        "kind": "result",
        "server": SERVER,
        "tool": tool,
        "arguments": arguments,
        "result": {
            "content": [{"type": "text", "text": b} for b in blocks],
            "isError": bool(is_error),
        },
        "label": int(label),
    }


def turns_colon(turns, user="User", bot="Assistant"):
    out = []
    for role, text in turns:
        out.append(f"{user if role == 'user' else bot}: {text}")
    return "\n\n".join(out)


def turns_md(turns, user="Me", bot="Bot"):
    out = []
    for role, text in turns:
        out.append(f"**{user if role == 'user' else bot}:** {text}")
    return "\n\n".join(out)


def turns_quote(turns, user="user", bot="assistant"):
    out = []
    for role, text in turns:
        who = user if role == "user" else bot
        body = "\n> ".join(text.split("\n"))
        out.append(f"> **{who}**\n> {body}")
    return "\n>\n".join(out)


def turns_stamped(turns, stamps, user="you", bot="helper"):
    out = []
    for (role, text), st in zip(turns, stamps):
        out.append(f"[{st}] {user if role == 'user' else bot}: {text}")
    return "\n".join(out)


def turns_qa(turns, q="Q", a="A"):
    out = []
    for role, text in turns:
        out.append(f"{q if role == 'user' else a}: {text}")
    return "\n".join(out)
