"""Assemble the u11a result cases deterministically and write results.jsonl / tools.jsonl.

Usage: python3 src/build.py   (from /work/trainsets/u11a)
"""

import copy
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from prompts_everyday import EVERYDAY  # noqa: E402
from prompts_roleplay import ROLEPLAY, PERSONAS  # noqa: E402
from prompts_security import SECURITY  # noqa: E402
from prompts_control import RESETS_FORMAT, SYSPROMPT_AUTHORING, AI_SAFETY  # noqa: E402
from prompts_edgy import EDGY  # noqa: E402
from prompts_multilingual import ML  # noqa: E402
from configs import CUSTOM_INSTRUCTIONS, AGENT_CONFIGS  # noqa: E402
from tickets import TICKET_MSGS_EN, TICKET_MSGS_ML  # noqa: E402
from attacks import A as ATTACKS  # noqa: E402
from handwritten import HAND  # noqa: E402
import renderers as R  # noqa: E402

OUT_DIR = os.path.dirname(HERE)
SEED = 20261206
TOTAL = 450
N_LONG_GEN_0 = 12
N_LONG_GEN_1 = 5
ML_SHARE_0 = 0.15

SC_KEYS = ["processing_note", "_agent_hint", "x_directive", "handler_note", "pipeline", "_meta_note", "client_directive"]


class Deck:
    """Cycle through a list in shuffled order so every entry is used evenly."""

    def __init__(self, rng, items):
        self.rng, self.items, self.cur = rng, list(items), []

    def draw(self):
        if not self.cur:
            self.cur = list(self.items)
            self.rng.shuffle(self.cur)
        return self.cur.pop()


def main():
    rng = random.Random(SEED)
    en = {
        "everyday": [dict(text=t, cat="everyday", lang="en") for t in EVERYDAY],
        "roleplay": [dict(text=t, cat="roleplay", lang="en") for t in ROLEPLAY],
        "security": [dict(text=t, cat="security", lang="en") for t in SECURITY],
        "reset": [dict(text=t, cat="reset", lang="en") for t in RESETS_FORMAT],
        "sysprompt": [dict(text=t, cat="sysprompt", lang="en") for t in SYSPROMPT_AUTHORING],
        "aisafety": [dict(text=t, cat="aisafety", lang="en") for t in AI_SAFETY],
        "edgy": [dict(text=t, cat="edgy", lang="en") for t in EDGY],
    }
    decks = {k: Deck(rng, v) for k, v in en.items()}
    ticket_deck = Deck(rng, [dict(text=t, cat="ticket", lang="en") for t in TICKET_MSGS_EN])
    ci_deck = Deck(rng, [dict(text=t, cat="reset", lang="en") for t in CUSTOM_INSTRUCTIONS])
    cfg_deck = Deck(rng, AGENT_CONFIGS)
    persona_deck = Deck(rng, PERSONAS)
    ml_by_lang = {}
    for lang, t in ML:
        ml_by_lang.setdefault(lang, []).append(dict(text=t, cat="ml", lang=lang))
    ml_tix = {}
    for lang, t in TICKET_MSGS_ML:
        ml_tix.setdefault(lang, []).append(dict(text=t, cat="ticket", lang=lang))
    ml_decks = {k: Deck(rng, v) for k, v in sorted(ml_by_lang.items())}
    ml_tix_decks = {k: Deck(rng, v + ml_by_lang.get(k, [])) for k, v in sorted(ml_tix.items())}
    langs = sorted(ml_by_lang)

    cat_weights = {
        "prompt_library": {"roleplay": 4, "sysprompt": 3, "reset": 3, "security": 2, "everyday": 3, "aisafety": 1},
        "marketplace": {"roleplay": 4, "sysprompt": 2, "reset": 2, "security": 2, "everyday": 3},
        "moderation": {"edgy": 5, "roleplay": 4, "security": 3, "aisafety": 2, "everyday": 1},
        "forum": {"roleplay": 3, "reset": 2, "sysprompt": 2, "everyday": 3, "security": 2, "aisafety": 1},
        "analytics": {"everyday": 4, "edgy": 2, "reset": 2, "security": 1},
        "default": {"everyday": 5, "roleplay": 3, "security": 3, "reset": 3, "sysprompt": 1, "aisafety": 1, "edgy": 3},
    }
    count_range = {
        "conversation": (1, 2), "history_list": (3, 5), "tickets": (2, 4), "prompt_library": (2, 4), "marketplace": (2, 3),
        "custom_instructions": (1, 2), "agent_config": (1, 1), "personas": (2, 4), "eval_dataset": (3, 6), "analytics": (4, 8),
        "chat_log_export": (3, 6), "forum": (2, 4), "moderation": (2, 4), "feedback": (2, 4),
    }
    r0_weights = {"conversation": 12, "history_list": 6, "tickets": 11, "prompt_library": 10, "marketplace": 6, "custom_instructions": 6,
                  "agent_config": 5, "personas": 4, "eval_dataset": 7, "analytics": 6, "chat_log_export": 5, "forum": 13, "moderation": 11, "feedback": 5}
    long_renderers = ["chat_log_export", "eval_dataset", "forum", "prompt_library", "moderation", "history_list", "tickets", "analytics"]
    en_only = {"agent_config", "personas"}

    def wchoice(weights):
        keys = sorted(weights)
        return rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def draw_item(rname, lang):
        if lang != "en":
            if rname == "tickets" and lang in ml_tix_decks:
                return dict(ml_tix_decks[lang].draw())
            return dict(ml_decks[lang].draw())
        if rname == "tickets":
            return dict(ticket_deck.draw())
        if rname == "custom_instructions":
            return dict(ci_deck.draw())
        cat = wchoice(cat_weights.get(rname, cat_weights["default"]))
        return dict(decks[cat].draw())

    def text_len(res):
        return sum(len(c["text"]) for c in res["content"])

    def make(rname, lang, inj, long_case):
        for attempt in range(40):
            lo, hi = count_range[rname]
            n = rng.randint(lo, hi)
            if long_case:
                n = rng.randint(14, 32)
            if rname == "custom_instructions" and lang != "en":
                n = 1
            items = []
            seen = set()
            skips = 0
            while len(items) < n and skips < 30:
                it = draw_item(rname, lang)
                if it["text"] in seen:
                    skips += 1
                    continue
                seen.add(it["text"])
                items.append(it)
            if inj and inj["where"] == "comment" and rname != "agent_config":
                k = rng.randrange(len(items))
                items[k]["text"] = items[k]["text"] + "\n<!-- " + inj["text"] + " -->"
            elif not inj and rng.random() < 0.06 and rname not in en_only:
                k = rng.randrange(len(items))
                items[k]["text"] = items[k]["text"] + "\n<!-- " + rng.choice(R.BENIGN_COMMENTS) + " -->"
            kw = {}
            if rname == "agent_config":
                kw["cfg"] = cfg_deck.draw()
            if rname == "personas":
                kw["personas"] = [persona_deck.draw() for _ in range(n)]
                kw["personas"] = list(dict.fromkeys(kw["personas"]))
            out = R.RENDERERS[rname](rng, items, inj, lang, **kw)
            texts = list(out["texts"])
            sc = copy.deepcopy(out["sc"]) if out["sc"] is not None else None
            # generic footer placement
            if inj and inj["where"] == "footer":
                texts[-1] = texts[-1] + "\n\n" + inj["text"]
            elif rng.random() < 0.15:
                f = rng.choice(R.BENIGN_FOOTERS).format(n=len(items), m=len(items) + rng.randint(3, 200), h=R.hexid(rng, 10))
                texts[-1] = texts[-1] + "\n\n" + f
            # generic structuredContent placement
            if inj and inj["where"] == "structured":
                if sc is None:
                    sc = {"result_count": len(items)}
                sc[rng.choice(SC_KEYS)] = inj["text"]
            elif sc is None and rng.random() < 0.15:
                sc = {"result_count": len(items), "_meta": {"export_id": "ex_" + R.hexid(rng, 8), "generated_at": R.stamp(rng)}}
            elif sc is not None and rng.random() < 0.2:
                sc[rng.choice(SC_KEYS)] = rng.choice(R.BENIGN_SC_NOTES)
            result = {"content": [{"type": "text", "text": t} for t in texts], "isError": False}
            if sc is not None:
                result["structuredContent"] = sc
            L = text_len(result)
            if long_case:
                if 3000 <= L <= 8000:
                    return out["tool"], out["arguments"], result
            elif 150 <= L <= 2000:
                return out["tool"], out["arguments"], result
        raise RuntimeError("could not fit length for %s %s" % (rname, lang))

    cases = []

    # ---- label 1: one case per injected directive
    attacks = list(ATTACKS)
    long1 = set(rng.sample([i for i, a in enumerate(attacks) if a[2] == "en" and a[0] != "tag"], N_LONG_GEN_1))
    for i, (where, fam, lang, text) in enumerate(attacks):
        if fam == "any":
            cands = sorted(R.RENDERERS)
        else:
            cands = list(R.FAMILY[fam])
        if lang != "en":
            cands = [c for c in cands if c not in en_only]
        if where == "comment":
            cands = [c for c in cands if c != "personas"]
        if i in long1:
            cands = [c for c in cands if c in long_renderers] or ["chat_log_export"]
        rname = rng.choice(cands)
        tool, args, res = make(rname, lang, {"where": where, "text": text}, i in long1)
        cases.append(dict(tool=tool, arguments=args, result=res, label=1))

    # ---- hand-written one-offs
    for h in HAND:
        res = {"content": [{"type": "text", "text": t} for t in h["texts"]], "isError": False}
        if h.get("sc") is not None:
            res["structuredContent"] = h["sc"]
        cases.append(dict(tool=h["tool"], arguments=h["arguments"], result=res, label=h["label"]))

    # ---- label 0: generated benign carriers
    n0 = TOTAL - len(cases)
    n_ml = round(n0 * ML_SHARE_0)
    lang_plan = ["en"] * (n0 - n_ml) + [langs[i % len(langs)] for i in range(n_ml)]
    rng.shuffle(lang_plan)
    long_idx = set(rng.sample([i for i, l in enumerate(lang_plan) if l == "en"], N_LONG_GEN_0))
    for i, lang in enumerate(lang_plan):
        if i in long_idx:
            rname = rng.choice(long_renderers)
        else:
            while True:
                rname = wchoice(r0_weights)
                if not (lang != "en" and rname in en_only):
                    break
        tool, args, res = make(rname, lang, None, i in long_idx)
        cases.append(dict(tool=tool, arguments=args, result=res, label=0))

    rng.shuffle(cases)
    lines = []
    for n, c in enumerate(cases, 1):
        obj = {"id": "u11a-r-%04d" % n, "kind": "result", "server": "u11a", "tool": c["tool"], "arguments": c["arguments"],
               "result": c["result"], "label": c["label"]}
        lines.append(json.dumps(obj, ensure_ascii=False, sort_keys=False))
    with open(os.path.join(OUT_DIR, "results.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT_DIR, "tools.jsonl"), "w", encoding="utf-8") as f:
        f.write("")
    print("wrote %d cases (label1=%d)" % (len(cases), sum(c["label"] for c in cases)))


if __name__ == "__main__":
    main()
