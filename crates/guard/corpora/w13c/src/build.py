"""Collect hand-written cases, pad lengths, shuffle (fixed seed), assign ids, write jsonl.
Byte-identical on rerun: all randomness comes from random.Random with fixed seeds."""
import glob, importlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
ID, SERVER = "w13c", "w13c"
PL, PR = "\u27e6", "\u27e7"

MODELS = ["halcyon-7b", "orrery-13b-instruct", "kestrel-2-mini", "tamarind-70b", "larkspur-8b-chat",
          "quill-3b", "basalt-34b", "mistletoe-1.1", "gannet-moe-8x4", "fernwood-20b", "petrel-v3",
          "cobble-1.5b-base", "juniper-lm-9b", "sable-12b-dpo"]
TASKS = ["arith_gsm_style", "mc_science", "code_humaneval_like", "reading_comp", "toxicity_probe",
         "refusal_overreach", "long_ctx_needle", "tool_use_sim", "translation_enfr", "truthful_qa_like",
         "summarize_news", "injection_resist_v2", "jailbreak_holdout", "calibration_ece"]
OPS = ["llm.chat", "retriever.search", "tool.call", "embed.batch", "rerank", "guardrail.check",
       "agent.step", "cache.lookup", "http.fetch", "parse.output"]
PEOPLE = ["r.okafor", "m.lindqvist", "a.tanaka", "j.moreau", "s.patel", "k.novak", "d.ferreira",
          "l.achterberg", "h.demir", "p.castellano", "y.zhou", "e.brandt"]
CATS = ["prompt_injection", "jailbreak", "pii_leak", "tool_misuse", "overrefusal", "hallucination",
        "data_exfil", "bias", "unsafe_code", "system_prompt_leak"]
SEV = ["low", "medium", "high", "critical", "info"]
STAT = ["open", "triaged", "fixed", "wontfix", "retest", "duplicate"]
PROSE = [
    "Scores were computed with the harness default temperature of 0.0 and a single sample per item.",
    "The held-out split was frozen before any of the candidate checkpoints were trained.",
    "We report macro-averaged accuracy; micro averages are in the appendix table.",
    "Variance across three seeds stayed under one point for every task except long-context retrieval.",
    "Contamination checks used 13-gram overlap against the pretraining dedup index.",
    "Latency numbers were taken on a single node and should not be compared across hardware.",
    "Refusal rates were hand-audited on a random sample of two hundred items per model.",
    "The rubric was revised once, after the pilot round, to merge two overlapping categories.",
    "Annotators were paid hourly and could skip items they found distressing.",
    "Prompts were formatted with each model's own chat template rather than a shared one.",
    "Numbers marked with an asterisk come from the vendor's report and were not reproduced.",
    "Retrieval used the same embedding index for every system to keep comparisons fair.",
    "We did not tune decoding parameters per task; all runs share one configuration.",
    "The red-team pool rotated weekly so that no tester saw the same target twice in a row.",
    "Failures were bucketed by the first rubric criterion they violated.",
    "Traces older than thirty days are sampled at one percent before archival.",
    "The guardrail classifier runs before and after each generation step.",
    "Token counts include the system preamble but exclude tool schemas.",
    "Several items were dropped after reviewers found ambiguous gold answers.",
    "Inter-annotator agreement, measured as Cohen's kappa, was 0.71 on the pilot batch.",
    "Cost estimates assume list prices at the time of the run and exclude retries.",
    "The evaluation container pins every dependency to an exact version.",
    "Outliers above the 99th percentile of latency were kept in the averages.",
    "Each finding links to the conversation transcript that reproduced it.",
]
CHAT = ["[user] can you shorten this paragraph a bit", "[assistant] Sure, here is a tighter version.",
        "[user] what's the difference between top-p and top-k again", "[assistant] Top-k keeps a fixed number of candidates; top-p keeps the smallest set whose probability mass passes p.",
        "[user] thanks, that helps", "[assistant] Happy to help.", "[user] rewrite the intro in a friendlier tone",
        "[assistant] Here's a warmer opening line you could use.", "[user] list three risks of fine-tuning on chat logs",
        "[assistant] Memorised PII, style collapse, and drift in refusal behaviour."]
DIFFL = ["    return cfg", '    logger.debug("step %d", i)', "    if not batch:", "        continue", "    scores.append(s)", "    timeout = 30"]
EMAILQ = ["> Thanks for the quick turnaround on the eval numbers.", "> Let's sync on Thursday about the rollout plan.",
          "> I've attached the latest spreadsheet with per-task scores.", "> Can we move the review to next week?",
          "> The staging cluster was flaky again this morning.", "> Looping in the safety team for visibility."]


def pad_line(kind, r):
    d, h, m, s = r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    n = r.randint(10, 9999)
    if kind == "evallog":
        return (f"2025-04-{d:02d}T{h:02d}:{m:02d}:{s:02d}Z INFO harness task={r.choice(TASKS)} "
                f"idx={n} pred_ok={r.choice(['true','false'])} score={r.random():.3f} latency_ms={r.randint(80,4000)}")
    if kind == "leader":
        return (f"| {r.choice(MODELS)}-r{r.randint(1,9)} | {r.uniform(30,90):.1f} | {r.uniform(30,90):.1f} | "
                f"{r.uniform(0,40):.1f} | 2025-0{r.randint(1,9)}-{d:02d} |")
    if kind == "csvfind":
        return (f"RT-{n},{r.choice(CATS)},{r.choice(SEV)},{r.choice(STAT)},{r.choice(PEOPLE)},"
                f"{r.choice(MODELS)},2025-0{r.randint(1,9)}-{d:02d}")
    if kind == "tsv":
        return f"{r.choice(MODELS)}\t{r.choice(TASKS)}\t{r.random():.4f}\t{r.randint(100,5000)}\t{r.choice(['pass','fail'])}"
    if kind == "span":
        return json.dumps({"span_id": f"{r.getrandbits(64):016x}", "name": r.choice(OPS),
                           "duration_ms": r.randint(1, 3000), "status": r.choice(["OK", "OK", "OK", "ERROR"]),
                           "tokens": r.randint(0, 4000)})
    if kind == "yaml":
        return (f"  - id: rule_{n}\n    category: {r.choice(CATS)}\n    action: {r.choice(['block','flag','redact','allow'])}\n"
                f"    threshold: {r.random():.2f}")
    if kind == "changelog":
        return (f"- {r.choice(['Fixed','Improved','Refactored','Deprecated','Added'])} "
                f"{r.choice(['retry backoff','span batching','schema validation','token counting','streaming parser','tool registry','memory store','callback ordering'])} "
                f"in `{r.choice(['core','agents','tools','tracing','memory','cli'])}` (#{n})")
    if kind == "prose":
        return r.choice(PROSE)
    if kind == "html":
        return f"<tr><td>{r.choice(MODELS)}</td><td>{r.choice(TASKS)}</td><td>{r.uniform(0,100):.1f}</td><td>{r.choice(SEV)}</td></tr>"
    if kind == "sql":
        return f"| {n:>5} | {r.choice(MODELS):<22} | {r.choice(TASKS):<22} | {r.random():.3f} | 2025-0{r.randint(1,9)}-{d:02d} |"
    if kind == "ical":
        return (f"BEGIN:VEVENT\nUID:evt-{n}@cal.example.org\nDTSTART:202505{d:02d}T{h:02d}{m:02d}00Z\n"
                f"SUMMARY:{r.choice(['Eval sync','Red-team standup','Safety review','Launch readiness','Trace triage'])}\nEND:VEVENT")
    if kind == "diff":
        return " " + r.choice(DIFFL)
    if kind == "chat":
        return r.choice(CHAT)
    if kind == "email":
        return r.choice(EMAILQ)
    if kind == "log":
        return (f"2025-05-{d:02d} {h:02d}:{m:02d}:{s:02d},{r.randint(0,999):03d} "
                f"{r.choice(['INFO','INFO','DEBUG','WARN'])} [{r.choice(['gateway','worker-3','scheduler','evalrunner'])}] "
                f"req={r.getrandbits(32):08x} {r.choice(['ok','queued','cache hit','cache miss','retrying'])} dur={r.randint(2,900)}ms")
    if kind == "pdf":
        return r.choice(PROSE) + (f"\n\n{r.randint(2,40)}\n" if r.random() < 0.15 else "")
    if kind == "kv":
        return f"{r.choice(TASKS)}: {r.uniform(10,95):.1f} (n={r.randint(100,5000)})"
    if kind == "md":
        return f"- {r.choice(PROSE)}"
    raise KeyError(kind)


def strip_markers(o):
    if isinstance(o, str):
        return o.replace(PL, "").replace(PR, "")
    if isinstance(o, list):
        return [strip_markers(x) for x in o]
    if isinstance(o, dict):
        return {k: strip_markers(v) for k, v in o.items()}
    return o


def base_len(c):
    return len(c["text"].replace("{PAD}", "").replace(PL, "").replace(PR, ""))


def make_pad(kind, need, r):
    lines, tot = [], 0
    while tot < need:
        ln = pad_line(kind, r)
        lines.append(ln)
        tot += len(ln) + 1
    return "\n".join(lines)


def load(prefix):
    cases = []
    for f in sorted(glob.glob(os.path.join(HERE, prefix + "_*.py"))):
        mod = importlib.import_module(os.path.basename(f)[:-3])
        for c in mod.CASES:
            c["src"] = os.path.basename(f)
            cases.append(c)
    return cases


def assign_targets(cases, r):
    """Per label: ~7% 3-8k, ~2% 10-25k (payload mid/end only), rest uniform 100-2000."""
    for lab in (0, 1):
        grp = [c for c in cases if c["label"] == lab]
        padable = [c for c in grp if c["pad"] and "{PAD}" in c["text"]]
        def long_ok(c):
            if lab == 0:
                return True
            t = c["text"]
            return t.index("{PAD}") < t.index(PL) if PL in t else False
        elig = [c for c in padable if long_ok(c)]
        r.shuffle(elig)
        n_xl = max(1, round(0.02 * len(grp)))
        n_l = round(0.07 * len(grp))
        for c in elig[:n_xl]:
            c["target"] = r.randint(10000, 23500)
        for c in elig[n_xl:n_xl + n_l]:
            c["target"] = r.randint(3000, 8000)
        rest = [c for c in grp if "target" not in c]
        # 19 bins of 100 chars over 100-2000; fixed-length cases fill their bin first, then padable
        # cases (longest base first) go to the bin at or above their base with the largest deficit.
        need = [len(rest) / 19.0] * 19
        fixed = [c for c in rest if not (c["pad"] and "{PAD}" in c["text"])]
        for c in fixed:
            c["target"] = base_len(c)
            need[min(18, max(0, (base_len(c) - 100) // 100))] -= 1
        flex = [c for c in rest if "target" not in c]
        flex.sort(key=lambda c: (-base_len(c), c["tool"]))
        for c in flex:
            lo = min(18, max(0, (base_len(c) - 100) // 100))
            bi = max(range(lo, 19), key=lambda i: (need[i], -i))
            need[bi] -= 1
            c["target"] = max(base_len(c), 100 + bi * 100 + r.randint(0, 99))


def render_result(c, r):
    text = c["text"]
    if "{PAD}" in text:
        need = max(0, c["target"] - base_len(c)) if c["pad"] else 0
        pad = make_pad(c["pad"], need, r) if need > 0 else ""
        tail = ""
        # payload on the last line: with p=0.5 move part of the filler after it (line-based formats)
        if (pad and PR in text and "\n" not in text[text.index(PR):] and text.index("{PAD}") < text.index(PL)
                and c["pad"] not in ("yaml", "ical", "html", "diff") and r.random() < 0.5):
            lines = pad.split("\n")
            k = int(len(lines) * r.uniform(0.3, 0.7))
            pad, tail = "\n".join(lines[:k]), "\n".join(lines[k:])
        text = text.replace("{PAD}", pad)
        if tail:
            text = text + "\n" + tail
        text = re.sub(r"\n{3,}", "\n\n", text)
    pos = None
    if PL in text:
        pos = text.index(PL) / max(1, len(text))
    res = {"content": [{"type": "text", "text": strip_markers(text)}] +
           [{"type": "text", "text": strip_markers(b)} for b in c["blocks"]],
           "isError": bool(c["err"])}
    if c["sc"] is not None:
        res["structuredContent"] = strip_markers(c["sc"])
    if pos is None and c["label"] == 1:
        pos = "sc" if PL in json.dumps(c["sc"], ensure_ascii=False) else "block"
    rec = {"id": None, "kind": "result", "server": SERVER, "tool": c["tool"], "arguments": c["args"],
           "result": res, "label": c["label"]}
    meta = {"src": c["src"], "lang": c["lang"], "fmt": c["fmt"], "pos": pos, "len": len(res["content"][0]["text"])}
    return rec, meta


def build():
    r = random.Random(1313)
    res_cases = load("results")
    tool_cases = load("tools")
    assign_targets(res_cases, r)
    rendered = [render_result(c, r) for c in res_cases]
    random.Random(2626).shuffle(rendered)
    for i, (rec, meta) in enumerate(rendered, 1):
        rec["id"] = f"{ID}-r-{i:04d}"
    tools = []
    for c in tool_cases:
        rec = {"id": None, "kind": "tool", "server": SERVER, "tool": strip_markers(c["tool"]), "label": c["label"]}
        tools.append((rec, {"src": c["src"], "ann": "annotations" in c["tool"]}))
    random.Random(3939).shuffle(tools)
    for i, (rec, meta) in enumerate(tools, 1):
        rec["id"] = f"{ID}-t-{i:04d}"
    return rendered, tools


def dump(pairs):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in pairs)


if __name__ == "__main__":
    rendered, tools = build()
    with open(os.path.join(OUT, "results.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(rendered))
    with open(os.path.join(OUT, "tools.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(tools))
    print(f"wrote {len(rendered)} results, {len(tools)} tools")
