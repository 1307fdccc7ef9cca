"""Shape helpers only: parsing the hand-written blocks and building result records."""
import json

SERVER = "u13a"


def parse_snippets(data, intl=False):
    out = []
    for block in data.strip().split("\n---"):
        block = block.strip()
        if not block:
            continue
        lines = block.split("\n")
        head = lines[0][1:].split()
        lang, topic = (head[0], head[1]) if intl else ("en", head[0])
        turns = []
        for ln in lines[1:]:
            if ln.startswith("U: "):
                turns.append(["U", ln[3:]])
            elif ln.startswith("B: "):
                turns.append(["B", ln[3:]])
            elif ln.strip() and turns:
                turns[-1][1] += "\n" + ln
        out.append({"lang": lang, "topic": topic, "turns": turns})
    return out


def parse_payloads(data):
    out = []
    for block in data.strip().split("\n---"):
        block = block.strip()
        if not block:
            continue
        lines = block.split("\n")
        out.append({"lang": lines[0][1:].strip(), "text": "\n".join(lines[1:]).strip()})
    return out


def parse_standalone(data):
    out = []
    for block in data.strip().split("\n===\n"):
        lines = block.strip().split("\n")
        _, label, tool, lang, fmt = lines[0].split()
        out.append({"label": int(label), "tool": tool, "lang": lang, "fmt": fmt,
                    "text": "\n".join(lines[1:]).strip()})
    return out


def make_result(rid, tool, arguments, text, label, is_error=False):
    return {"id": rid, "kind": "result", "server": SERVER, "tool": tool, "arguments": arguments,
            "result": {"content": [{"type": "text", "text": text}], "isError": is_error},
            "label": label}


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False)
