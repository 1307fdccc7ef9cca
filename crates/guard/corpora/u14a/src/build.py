"""Collect hand-written cases, pad lengths, shuffle with a fixed seed, assign ids, write jsonl."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import PAD  # noqa: E402
import pads  # noqa: E402

ID = "u14a"
SERVER = "u14a"
OUT = os.path.dirname(HERE)
MODULES = ["results_promptlib", "results_classroom", "results_analytics", "results_roleplay",
           "results_qa", "results_hackathon", "results_discord", "results_i18n", "results_everyday", "results_extra"]
SEED = 14014
# pad kind for cases written without one (free-text formats only): a footer of related items
DEFAULT_PAD = {"results_promptlib": "pl_rel", "results_classroom": "cls_rel",
               "results_analytics": "an_rel", "results_roleplay": "rp_md", "results_qa": "qa_rel",
               "results_hackathon": "hk_md", "results_discord": "dc_log",
               "results_i18n": "meta", "results_everyday": None, "results_extra": None}
EVERYDAY_PAD = {"promptlib": "pl_rel", "classroom": "cls_rel", "analytics": "an_rel",
                "inkwell": "rp_md", "reviewdesk": "qa_rel", "promptjam": "hk_md", "modlog": "dc_log"}
FREE_TEXT = ("chat", "prose", "markdown", "email")


def clen(c, text=None):
    t = c["text"] if text is None else text
    n = len(t.replace(PAD, "")) + sum(len(b) for b in c["blocks"])
    if c["sc"] is not None:
        n += len(json.dumps(c["sc"], ensure_ascii=False))
    return n


def pad_case(c, target, rng):
    text = c["text"]
    if c["pad"] is None or clen(c) >= target:
        return text.replace(PAD, "")
    header = ""
    if PAD not in text:
        assert not pads.is_json_kind(c["pad"]), (c["tool"], "json pad kind needs a marker")
        text = text + ("" if text.endswith("\n") else "\n") + PAD
        header = pads.HEADERS.get(c["pad"], "\n")
    parts = text.split(PAD)
    fills = [[] for _ in range(len(parts) - 1)]
    cur = clen(c) + len(header)
    i = 0
    misses = 0
    while misses < 12:
        chunk = pads.make_chunk(c["pad"], rng)
        if cur + len(chunk) > target:
            misses += 1
            continue
        fills[i % len(fills)].append(chunk)
        cur += len(chunk)
        i += 1
    if header and fills[0]:
        fills[0].insert(0, header)
    out = parts[0]
    for k, f in enumerate(fills):
        out += "".join(f) + parts[k + 1]
    return out


def collect():
    cases = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for k, c in enumerate(mod.CASES):
            c = dict(c)
            c["src"] = m
            c["key"] = "%s:%d" % (m, k)
            if c["pad"] is None and not c["err"] and c["sc"] is None and c["fmt"] in FREE_TEXT:
                kind = DEFAULT_PAD[m]
                if kind is None:
                    kind = EVERYDAY_PAD[c["tool"].split("_")[0]]
                if c["fmt"] == "email" and m != "results_i18n":
                    kind = "email_q"
                c["pad"] = kind
            cases.append(c)
    rng = random.Random(SEED)
    for label in (0, 1):
        group = [c for c in cases if c["label"] == label and not c["long"]]
        n = len(group)
        targets = sorted(100 + (1900.0 * (k + rng.random()) / n) for k in range(n))
        group.sort(key=lambda c: (clen(c), c["key"]))
        for c, t in zip(group, targets):
            c["target"] = max(int(t), clen(c))
        for c in sorted([c for c in cases if c["label"] == label and c["long"]],
                        key=lambda c: c["key"]):
            c["target"] = rng.randint(3150, 6000)
    for c in cases:
        c["final_text"] = pad_case(c, c["target"], random.Random(c["key"]))
    rng.shuffle(cases)
    for i, c in enumerate(cases, 1):
        c["id"] = "%s-r-%04d" % (ID, i)
    return cases


def to_row(c):
    content = [{"type": "text", "text": c["final_text"]}]
    for b in c["blocks"]:
        content.append({"type": "text", "text": b})
    result = {"content": content, "isError": bool(c["err"])}
    if c["sc"] is not None:
        result["structuredContent"] = c["sc"]
    return {"id": c["id"], "kind": "result", "server": SERVER, "tool": c["tool"],
            "arguments": c["args"], "result": result, "label": c["label"]}


def main():
    cases = collect()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(to_row(c), ensure_ascii=False) + "\n")
    open(os.path.join(OUT, "tools.jsonl"), "w").close()
    print("wrote %d results, 0 tools" % len(cases))


if __name__ == "__main__":
    main()
