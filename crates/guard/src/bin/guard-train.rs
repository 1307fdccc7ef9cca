//! Trains the learned instruction model on TUNING sources only and writes
//! `crates/guard/model/guard.bin`. Deterministic (fixed seed, fixed order). Run:
//! `cargo run --release -p gatehouse-guard --bin guard-train`.
//!
//! Held-out sources (agentdojo, piguard, own-holdout, own-realworld, presidio) are never
//! read. The blind sets were held out until each judged a model and are training data since
//! (see `blind_sets`), as are the sets helpers wrote to train (`guard::eval::HAND_SETS`); the
//! sets marked held out there (the judge of the shipped model, sets written for a candidate
//! that did not ship, and held-out checks) are never read here.

use std::path::{Path, PathBuf};

use guard::Guard;
use guard::eval::{HAND_SETS, HandSet};
use guard::model::{
    ADDRESS, ADDRESS_AT, CONTEXT, CONTEXT_AT, DIM, Model, RULES, RULES_PER_CTX, StringContext,
    Window, structured, windows,
};
use serde_json::Value;

/// Deterministic xorshift generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One scanned string: its windows, each with the rule features of that window.
struct Unit {
    windows: Vec<(Window, [f32; RULES])>,
    /// Byte span of an inserted attack, when known.
    span: Option<(usize, usize)>,
}

/// One labelled item (a result text, or all strings of a tool definition).
struct Doc {
    /// Start of the text (or the inserted attack), for GUARD_SHOW.
    preview: String,
    source: &'static str,
    tool: bool,
    label: bool,
    fold: usize,
    units: Vec<Unit>,
    /// A result shaped like structured output (`guard::model::structured`).
    structured: bool,
}

struct Builder<'a> {
    guard: &'a Guard,
    rng: Rng,
    docs: Vec<Doc>,
}

impl Builder<'_> {
    /// Dense features of one window of a string whose context is `string` (addressee
    /// features zeroed with GUARD_NO_ADDRESS, field-context features with GUARD_NO_CONTEXT,
    /// for the ablations reported in docs/detection.md).
    fn rules(&self, text: &str, string: &StringContext, tool: bool) -> [f32; RULES] {
        let mut r = self.guard.window_features(text, string, tool);
        for (var, at, len) in [
            ("GUARD_NO_ADDRESS", ADDRESS_AT, ADDRESS),
            ("GUARD_NO_CONTEXT", CONTEXT_AT, CONTEXT),
        ] {
            if std::env::var(var).is_ok() {
                for base in [0, RULES_PER_CTX] {
                    r[base + at..base + at + len].fill(0.0);
                }
            }
        }
        r
    }

    fn unit(&self, text: &str, tool: bool, span: Option<(usize, usize)>) -> Unit {
        let ws = windows(text);
        // The model reads the string up to its last window (the first 16 KB).
        let string = StringContext::of(&text[..ws.last().map_or(0, |w| w.end)]);
        let windows = ws
            .into_iter()
            .map(|w| {
                let r = self.rules(&text[w.start..w.end], &string, tool);
                (w, r)
            })
            .collect();
        Unit { windows, span }
    }

    fn push(&mut self, source: &'static str, tool: bool, label: bool, group: &str, texts: &[&str]) {
        let units = texts
            .iter()
            .filter(|t| t.len() >= 12)
            .map(|t| self.unit(t, tool, None))
            .collect::<Vec<_>>();
        if units.is_empty() {
            return;
        }
        let fold = fold_of(group);
        let preview = texts
            .iter()
            .find(|t| t.len() >= 12)
            .map_or("", |t| t)
            .chars()
            .take(160)
            .collect();
        let structured = !tool && texts.iter().any(|t| structured(t));
        self.docs.push(Doc {
            preview,
            source,
            tool,
            label,
            fold,
            units,
            structured,
        });
    }

    /// Insert `attack` into `context` at the start, a middle line/sentence break, or the end.
    fn insert(&mut self, source: &'static str, context: &str, attack: &str, group: &str) {
        // Generated attacks may also sit inside a line (a field value, a sentence of a
        // review), not only on a line of their own.
        let modes = if matches!(source, "gen-attacks" | "hand-attacks") {
            4
        } else {
            3
        };
        let (text, span) = match self.rng.below(modes) {
            3 => {
                let mid = context
                    .char_indices()
                    .map(|(j, _)| j)
                    .find(|&j| j >= context.len() / 3 && context[..j].ends_with(' '))
                    .unwrap_or(context.len());
                let text = format!("{}{attack} {}", &context[..mid], &context[mid..]);
                (text, (mid, mid + attack.len()))
            }
            0 => (format!("{attack}\n{context}"), (0, attack.len())),
            1 => {
                let mid = context
                    .char_indices()
                    .map(|(j, _)| j)
                    .find(|&j| j >= context.len() / 2 && context[..j].ends_with(['\n', ' ']))
                    .unwrap_or(context.len());
                let text = format!("{}\n{attack}\n{}", &context[..mid], &context[mid..]);
                (text, (mid + 1, mid + 1 + attack.len()))
            }
            _ => {
                let text = format!("{context}\n{attack}");
                (text, (context.len() + 1, context.len() + 1 + attack.len()))
            }
        };
        let unit = self.unit(&text, false, Some(span));
        self.docs.push(Doc {
            preview: attack.chars().take(160).collect(),
            source,
            tool: false,
            label: true,
            fold: fold_of(group),
            units: vec![unit],
            structured: structured(&text),
        });
    }
}

fn fold_of(group: &str) -> usize {
    let h = group.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    (h % FOLDS as u64) as usize
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// Benign result contexts with their source: BIPIA email/code/table, my own tool outputs
/// (`train_bank.json`) and my generated tool outputs (`train_bank2.json`).
fn contexts(root: &Path, banks: &Banks) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    for f in [
        "bipia/email/train.jsonl",
        "bipia/email/test.jsonl",
        "bipia/code/train.jsonl",
        "bipia/code/test.jsonl",
        "bipia/table/test.jsonl",
        "bipia/table/train_first200.jsonl",
    ] {
        for v in jsonl(&read(root, f)) {
            match &v["context"] {
                Value::String(s) => out.push(("bipia-contexts", s.clone())),
                Value::Array(_) => out.push(("bipia-contexts", strs(&v["context"]).join("\n"))),
                _ => {}
            }
        }
    }
    out.extend(tagged(&banks.own["result_contexts"], "own-bank-contexts"));
    if generated() {
        out.extend(tagged(&banks.generated["result_contexts"], "gen-contexts"));
    }
    out.extend(tagged(&banks.hand["result_benign"], "hand-contexts"));
    let mut out: Vec<(&'static str, String, String)> = out
        .into_iter()
        .enumerate()
        .map(|(i, (s, t))| (s, t, format!("ctx{i}")))
        .collect();
    if hand4_contexts() {
        // Session 7: my hand-written structured outputs, grouped by domain.
        for e in banks.hand4["structured_benign"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let group = format!("h4:{}", e["group"].as_str().unwrap_or(""));
            let text = e["text"].as_str().unwrap_or("").to_string();
            out.push(("hand4-structured", text, group));
        }
    }
    out
}

/// Use the hand-written structured outputs of session 7 as insertion contexts too (else only
/// as plain negatives).
fn hand4_contexts() -> bool {
    std::env::var("GUARD_H4_CTX").is_ok()
}

/// The training banks, each read once: my own (`train_bank.json`), the generated one
/// (`train_bank2.json`, see `gen_train_bank2.py`) and the session-6 hand-written texts
/// (`handwritten3.json`, written by `handwritten3.py`; null with GUARD_NO_HAND3, an ablation).
struct Banks {
    own: Value,
    generated: Value,
    hand: Value,
    /// Session 7: hand-written structured tool outputs (`handwritten4.json`, written by
    /// `handwritten4.py`; null with GUARD_NO_HAND4, an ablation). Entries are
    /// `{"group", "text"}`; the group (a domain such as `github` or `k8s`) is the fold unit.
    hand4: Value,
}

impl Banks {
    fn read(root: &Path) -> Banks {
        let json = |file: &str| -> Value {
            serde_json::from_str(&read(root, file)).unwrap_or_else(|e| panic!("{file}: {e}"))
        };
        Banks {
            own: json("own/train_bank.json"),
            generated: json("own/train_bank2.json"),
            hand: if std::env::var("GUARD_NO_HAND3").is_ok() {
                Value::Null
            } else {
                json("own/handwritten3.json")
            },
            hand4: if std::env::var("GUARD_NO_HAND4").is_ok() {
                Value::Null
            } else {
                json("own/handwritten4.json")
            },
        }
    }
}

/// The strings of `list`, each tagged with `source`.
fn tagged(list: &Value, source: &'static str) -> impl Iterator<Item = (&'static str, String)> {
    strs(list).into_iter().map(move |t| (source, t))
}

/// Offset for every random stream (GUARD_SEED), to measure how much out-of-fold figures
/// move with the random insertion alone.
fn seed(base: u64) -> u64 {
    let s: u64 = std::env::var("GUARD_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    base.wrapping_add(s.wrapping_mul(0x9e37_79b9_7f4a_7c15)) | 1
}

/// Attack instructions: BIPIA train lists, my own injections in wrappers, and a sample of
/// direct prompt-injection sets (inserted into contexts like BIPIA).
fn attacks(root: &Path, banks: &Banks, rng: &mut Rng) -> Vec<(&'static str, String)> {
    let bank = &banks.own;
    let mut out = Vec::new();
    for f in [
        "bipia/text_attack_train.json",
        "bipia/code_attack_train.json",
    ] {
        let v: Value = serde_json::from_str(&read(root, f)).unwrap_or(Value::Null);
        for list in v.as_object().into_iter().flat_map(|m| m.values()) {
            out.extend(strs(list).into_iter().map(|a| ("bipia", a)));
        }
    }
    let wrappers = strs(&bank["result_wrappers"]);
    for inj in strs(&bank["result_injections"]) {
        for _ in 0..4 {
            let w = &wrappers[rng.below(wrappers.len())];
            out.push(("own-bank", w.replace("{x}", &inj)));
        }
    }
    if generated() {
        out.extend(tagged(&banks.generated["result_attacks"], "gen-attacks"));
    }
    out.extend(tagged(&banks.hand["result_attacks"], "hand-attacks"));
    for (text, label) in prompt_sets(root) {
        if label && PROMPT_SET_ATTACKS && rng.below(4) == 0 {
            out.push(("prompt-sets", text));
        }
    }
    out
}

/// (text, label) pairs from the two direct prompt-injection training sets.
fn prompt_sets(root: &Path) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for v in jsonl(&read(
        root,
        "prompt-injection-sets/neuralchemy/core-train.jsonl",
    )) {
        let text = v["text"].as_str().unwrap_or("").to_string();
        out.push((text, v["label"].as_i64() == Some(1)));
    }
    let csv = read(root, "prompt-injection-sets/s-labs/train.csv");
    for line in csv.lines().skip(1) {
        // Rows are `text,label`; quoted texts may contain commas but not newlines we need.
        if let Some((text, label)) = line.rsplit_once(',') {
            let text = text.trim_matches('"').replace("\"\"", "\"");
            out.push((text, label.trim() == "1"));
        }
    }
    out
}

fn results(b: &mut Builder, root: &Path, banks: &Banks) {
    let bank2 = &banks.generated;
    let with_source = contexts(root, banks);
    for (source, c, group) in &with_source {
        b.push(source, false, false, group, &[c]);
    }
    let ctx: Vec<(String, String)> = with_source.into_iter().map(|c| (c.1, c.2)).collect();
    let mut rng = Rng(seed(0x5eed_0001));
    for (j, (source, a)) in attacks(root, banks, &mut rng).iter().enumerate() {
        let reps = match *source {
            "prompt-sets" | "gen-attacks" => 1,
            _ => 3,
        };
        // Contexts come from the attack's own fold, so out-of-fold scores stay clean.
        let group = format!("atk{j}");
        let same: Vec<usize> = (0..ctx.len())
            .filter(|&i| fold_of(&ctx[i].1) == fold_of(&group))
            .collect();
        for _ in 0..reps {
            let c = ctx[same[b.rng.below(same.len())]].0.clone();
            b.insert(source, &c, a, &group);
        }
    }
    if generated() && std::env::var("GUARD_NO_DIRECT").is_err() {
        // Direct requests to the model, alone (user-turn text such as a chat prompt).
        for (i, a) in strs(&bank2["direct_attacks"]).iter().enumerate() {
            b.push("gen-direct", false, true, &format!("gd{i}"), &[a]);
        }
        for (i, a) in strs(&bank2["benign_prompts"]).iter().enumerate() {
            b.push("gen-benign-prompts", false, false, &format!("gbp{i}"), &[a]);
        }
    }
    let hand3 = &banks.hand;
    for (i, a) in strs(&hand3["direct_attacks"]).iter().enumerate() {
        b.push("hand-direct", false, true, &format!("hd{i}"), &[a]);
    }
    for (i, a) in strs(&hand3["benign_prompts"]).iter().enumerate() {
        b.push(
            "hand-benign-prompts",
            false,
            false,
            &format!("hbp{i}"),
            &[a],
        );
    }
    // Session 7: hand-written structured tool outputs (benign, and with an instruction to the
    // agent hidden in a field) and benign prose. Every text of one domain shares a fold, so
    // out-of-fold scores come from models that never saw that domain in this file.
    let benign4 = if hand4_contexts() {
        "" // pushed with the contexts
    } else {
        "structured_benign"
    };
    for (list, source, label) in [
        (benign4, "hand4-structured", false),
        ("structured_attacks", "hand4-attacks", true),
        // The benign prose of handwritten4.json (GUARD_NO_H4_PROSE leaves it out of training
        // and scores it with the final model instead, see `prose_check`).
        (
            if std::env::var("GUARD_NO_H4_PROSE").is_ok() {
                ""
            } else {
                "prose_benign"
            },
            "hand4-prose",
            false,
        ),
    ] {
        for e in banks.hand4[list].as_array().into_iter().flatten() {
            let group = format!("h4:{}", e["group"].as_str().unwrap_or(""));
            b.push(
                source,
                false,
                label,
                &group,
                &[e["text"].as_str().unwrap_or("")],
            );
        }
    }
    if generated() {
        // Tool outputs that carry chat messages as data (sampling results, chat-completion
        // responses, exported conversations): `"role": "assistant"` is not a fake turn.
        for (i, s) in strs(&bank2["structured_outputs"]).iter().enumerate() {
            b.push("gen-structured", false, false, &format!("gso{i}"), &[s]);
        }
    }
    for (i, (text, label)) in prompt_sets(root).iter().enumerate() {
        // All benign prompts when the generated bank is on (user-turn hard negatives; a third
        // of them before).
        let keep = b.rng.below(3) == 0 || generated();
        if !label && keep {
            b.push(
                "prompt-sets-benign",
                false,
                false,
                &format!("ps{i}"),
                &[text],
            );
        }
    }
    for v in jsonl(&read(root, "own/results.jsonl")) {
        let texts: Vec<String> = v["result"]["content"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["text"].as_str().map(str::to_string))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let label = v["label"].as_i64() == Some(1);
        b.push("own-results", false, label, &v["id"].to_string(), &refs);
    }
}

fn all_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| all_strings(x, out)),
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            out.push(k.clone());
            all_strings(x, out);
        }),
        _ => {}
    }
}

fn push_tool(b: &mut Builder, source: &'static str, label: bool, group: &str, tool: &Value) {
    let mut texts = Vec::new();
    all_strings(tool, &mut texts);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    b.push(source, true, label, group, &refs);
}

fn tools(b: &mut Builder, root: &Path, banks: &Banks) {
    for (i, v) in jsonl(&read(
        root,
        "mcp-safetybench/derived_poisoned_tool_texts.jsonl",
    ))
    .iter()
    .enumerate()
    {
        let surface = v["surface"].as_str().unwrap_or("");
        if matches!(surface, "tool_result_injected" | "rug_pull_implementation") {
            continue; // injected results are a held-out source
        }
        let text = v["text"].as_str().unwrap_or("");
        b.push("mcp-safetybench", true, true, &format!("sb{i}"), &[text]);
        if surface == "tool_description_modified" {
            // The original description is the first sentence; the Args section is kept.
            let first = text.split(". ").next().unwrap_or("");
            let args = text.find("Args:").map_or("", |p| &text[p..]);
            let benign = format!("{first}. {args}");
            b.push(
                "safetybench-first-sentence",
                true,
                false,
                &format!("sb{i}"),
                &[&benign],
            );
        }
    }
    let cisco: Value =
        serde_json::from_str(&read(root, "cisco-mcp-scanner/yara_test_fixtures.json"))
            .unwrap_or(Value::Null);
    for (i, v) in cisco.as_array().into_iter().flatten().enumerate() {
        let text = v["text"].as_str().unwrap_or("");
        let tool = serde_json::from_str::<Value>(text).unwrap_or_else(|_| Value::from(text));
        push_tool(
            b,
            "cisco",
            v["label"].as_i64() == Some(1),
            &format!("c{i}"),
            &tool,
        );
    }
    for v in jsonl(&read(root, "own/tools.jsonl")) {
        let label = v["label"].as_i64() == Some(1);
        push_tool(b, "own-tools", label, &v["id"].to_string(), &v["tool"]);
    }
    synthetic_tools(b, &banks.own, "own-bank-tools", 4);
    if generated() {
        synthetic_tools(b, &banks.generated, "gen-tools", 1);
    }
    // Hand-written whole descriptions (poison woven in, not appended).
    let hand3 = &banks.hand;
    for (i, d) in strs(&hand3["tool_benign"]).iter().enumerate() {
        b.push("hand-tools", true, false, &format!("htb{i}"), &[d]);
    }
    for (i, d) in strs(&hand3["tool_poison"]).iter().enumerate() {
        b.push("hand-tools", true, true, &format!("htp{i}"), &[d]);
    }
}

/// The hand-written sets of other authors ([`training_sets`], `corpora/holdoutN` and `w10x`):
/// the blind sets of sessions 6 to 10, training data once each has judged a model (holdout2
/// and holdout3 since session 8's first model, holdout4 and holdout5 since each judged one,
/// holdout6 to holdout9 since session 9, holdout10 to holdout14 since session 10), and the
/// sets helpers wrote to train (session 10). Results keep every string value of the result (text
/// content and `structuredContent`) as the units of one document, as `Guard::scan_result`
/// scans them; tools keep every string of the definition, keys included, as `Guard::scan_tool`
/// does. Documents are grouped by domain ([`domain`]), so a domain's texts share one fold with
/// the handwritten4 texts of the same domain. Off with GUARD_NO_BLIND (an ablation);
/// GUARD_NO_WRITTEN leaves out the written sets only.
fn blind_sets(b: &mut Builder, root: &Path) {
    if std::env::var("GUARD_NO_BLIND").is_ok() {
        return;
    }
    // The sets in the order they joined training. GUARD_NO_<SET> (GUARD_NO_HOLDOUT7, say)
    // leaves out that set and every later one, which reproduces the model trained before it
    // joined byte for byte (before session 9, also GUARD_BLIND_WEIGHT=1): GUARD_NO_HOLDOUT4
    // gives session 8's first model, GUARD_NO_HOLDOUT6 session 8's shipped one,
    // GUARD_NO_HOLDOUT10 session 9's, GUARD_NO_HOLDOUT11 to GUARD_NO_HOLDOUT15 session 10's
    // first to fifth (since session 11 with GUARD_EPOCHS=16 GUARD_FOLD_BY_DOMAIN=1),
    // GUARD_NO_HOLDOUT16 with GUARD_FOLD_BY_DOMAIN=1 session 11's first; with
    // GUARD_USER_POOLS_BY_SHAPE=1, GUARD_NO_HOLDOUT20 session 11's second and
    // GUARD_NO_HOLDOUT21 session 12's first; GUARD_NO_HOLDOUT24 session 12's second,
    // GUARD_NO_HOLDOUT25 its third; GUARD_NO_HOLDOUT26 with GUARD_NO_U13A, GUARD_NO_U13B and
    // GUARD_NO_U14A session 13's first; GUARD_NO_HOLDOUT27 with GUARD_NO_W14A and
    // GUARD_NO_W14B its second; GUARD_NO_HOLDOUT28 its third; GUARD_NO_HOLDOUT29 with
    // GUARD_NO_W15A, GUARD_NO_W15B, GUARD_NO_U16A and GUARD_NO_U16B its fourth; GUARD_NO_T18A
    // session 14's last (X, kept until holdout37 chose session 16's H).
    let written = std::env::var("GUARD_NO_WRITTEN").is_err();
    for (i, set) in training_sets().enumerate() {
        if i >= 2 && std::env::var(format!("GUARD_NO_{}", set.name.to_uppercase())).is_ok() {
            break;
        }
        if set.blind || written {
            hand_set(b, root, set.name);
        }
    }
}

/// One hand-written set (`corpora/{source}/results.jsonl` and `tools.jsonl`).
///
/// Session 11: each set is one fold group (`by_set`), so the out-of-fold scores that choose the
/// thresholds come from models that never saw the set's writer. Folds by domain (before;
/// GUARD_FOLD_BY_DOMAIN) put a writer's other texts in the training folds, so every set added
/// made the writers' negatives look easier and lowered the result thresholds; on new writers
/// and benign user prompts the false positives rose. Leaving holdout16, holdout17 and
/// holdout18 out in turn, folds by set read mean accuracy 0.9325 -> 0.937 and results FPR
/// 3.07% -> 2.77% (docs/detection.md).
fn hand_set(b: &mut Builder, root: &Path, source: &'static str) {
    let by_set = std::env::var("GUARD_FOLD_BY_DOMAIN").is_err();
    for v in jsonl(&read(root, &format!("{source}/results.jsonl"))) {
        let mut texts = Vec::new();
        value_strings(&v["result"], &mut texts);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let group = if by_set {
            source.to_string()
        } else {
            domain(v["tool"].as_str().unwrap_or(""), &v["arguments"])
        };
        b.push(source, false, v["label"].as_i64() == Some(1), &group, &refs);
    }
    for v in jsonl(&read(root, &format!("{source}/tools.jsonl"))) {
        let group = if by_set {
            source.to_string()
        } else {
            domain(v["tool"]["name"].as_str().unwrap_or(""), &Value::Null)
        };
        let label = v["label"].as_i64() == Some(1);
        push_tool(b, source, label, &group, &v["tool"]);
    }
}

/// Every string value (not the keys) of a JSON value, in order.
fn value_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| value_strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| value_strings(x, out)),
        _ => {}
    }
}

/// Fold group of a blind-set case: the vendor or domain its tool name starts with (aliases
/// folded: `gmail`/`outlook` -> `email`, `salesforce`/`hubspot` -> `crm`, `kubectl` -> `k8s`
/// …), named like the handwritten4 groups so that e.g. GitHub texts of all three sets share a
/// fold. Generic tools (`web_fetch`, `read_file`, `get_*`, `run_shell` …) are split by what
/// they read: the URL's host or the file's extension, else the tool name.
fn domain(tool: &str, args: &Value) -> String {
    let prefix = tool.split(['_', '-', '.']).next().unwrap_or("");
    let alias = match prefix {
        "gmail" | "outlook" | "mail" | "email" => "email",
        "gcal" | "calendly" | "calendar" => "calendar",
        "salesforce" | "hubspot" | "crm" => "crm",
        "kubectl" | "k8s" | "kubernetes" => "k8s",
        "zendesk" | "intercom" | "freshdesk" | "support" => "support",
        "postgres" | "sql" | "db" | "mysql" | "sqlite" => "sql",
        "read" | "get" | "list" | "fetch" | "web" | "run" | "search" | "http" | "pdf"
        | "create" | "send" | "update" | "delete" | "query" => "",
        p => p,
    };
    if !alias.is_empty() {
        return format!("h4:{alias}");
    }
    let url = args["url"].as_str().unwrap_or("");
    let host = url.split("://").nth(1).and_then(|r| r.split('/').next());
    let path = args["path"].as_str().unwrap_or("");
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| !e.contains('/'));
    match (host, ext) {
        (Some(h), _) => format!("web:{h}"),
        (None, Some(e)) => format!("{tool}:{e}"),
        _ => format!("tool:{tool}"),
    }
}

/// My benign tool descriptions, alone and with a poison sentence at the start or end.
fn synthetic_tools(b: &mut Builder, bank: &Value, source: &'static str, reps: usize) {
    let benign = strs(&bank["tool_benign"]);
    let poison = strs(&bank["tool_poison"]);
    let prefix = if source == "own-bank-tools" {
        "t"
    } else {
        "gt"
    };
    for (i, d) in benign.iter().enumerate() {
        b.push(source, true, false, &format!("{prefix}b{i}"), &[d]);
    }
    for (j, p) in poison.iter().enumerate() {
        for k in 0..reps {
            let d = &benign[b.rng.below(benign.len())];
            let text = if k % 2 == 0 {
                format!("{d} {p}")
            } else {
                format!("{p} {d}")
            };
            b.push(source, true, true, &format!("{prefix}p{j}"), &[&text]);
        }
    }
}

/// Training hyper-parameters (overridable with GUARD_EPOCHS / GUARD_LR / GUARD_L2).
/// Session 11: 48 epochs (16 before; see `blind_sets` for reproducing older models). With
/// 25,000 documents the Adagrad steps had shrunk before the weights settled: out of fold on the
/// blind sets, 16 / 24 / 32 / 48 / 64 epochs read mean accuracy 0.917 / 0.920 / 0.922 / 0.924
/// / 0.924 (docs/detection.md).
fn hyper(name: &str, default: f32) -> f32 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Trainer {
    lr: f32,
    l2: f32,
    epochs: usize,
    model: Model,
    g2: Vec<f32>,
    r2: Vec<f32>,
}

impl Trainer {
    fn new() -> Trainer {
        Trainer {
            lr: hyper("GUARD_LR", 0.15),
            l2: hyper("GUARD_L2", 3e-4),
            epochs: hyper("GUARD_EPOCHS", EPOCHS) as usize,
            model: Model::zero(),
            g2: vec![1e-8; DIM],
            r2: vec![1e-8; RULES],
        }
    }

    fn logit(&self, w: &Window, r: &[f32; RULES]) -> f32 {
        self.model.window_logit(w) + self.model.rule_logit(r)
    }

    fn step(&mut self, w: &Window, r: &[f32; RULES], label: bool, weight: f32) {
        let p = 1.0 / (1.0 + (-self.logit(w, r)).exp());
        let g = (p - f32::from(u8::from(label))) * weight;
        let v = w.value();
        for &i in &w.ids {
            let i = i as usize;
            let gi = g * v + self.l2 * self.model.hashed[i];
            self.g2[i] += gi * gi;
            self.model.hashed[i] -= self.lr * gi / self.g2[i].sqrt();
        }
        for (k, x) in r.iter().enumerate() {
            let gk = g * x + self.l2 * self.model.rules[k];
            self.r2[k] += gk * gk;
            self.model.rules[k] -= self.lr * gk / self.r2[k].sqrt();
        }
    }

    /// The (window, label) pairs a document trains: every window of a negative; for a
    /// positive with a known attack span, the windows overlapping it (positive) and the
    /// windows that do not touch it (negative); else the best-scoring window.
    fn targets<'d>(&self, d: &'d Doc) -> Vec<(&'d (Window, [f32; RULES]), bool)> {
        let pairs = d
            .units
            .iter()
            .flat_map(|u| u.windows.iter().map(move |w| (u, w)));
        if !d.label {
            return pairs.map(|(_, w)| (w, false)).collect();
        }
        let mut out = Vec::new();
        for (u, w) in pairs.clone() {
            let Some((s, e)) = u.span else { continue };
            let overlap = e.min(w.0.end).saturating_sub(s.max(w.0.start));
            if overlap * 2 >= (e - s).min(w.0.end - w.0.start) {
                out.push((w, true));
            } else if overlap == 0 {
                out.push((w, false));
            }
        }
        if out.iter().any(|x| x.1) {
            return out;
        }
        let best = pairs
            .map(|(_, w)| w)
            .max_by(|a, b| self.logit(&a.0, &a.1).total_cmp(&self.logit(&b.0, &b.1)));
        best.into_iter().map(|w| (w, true)).collect()
    }

    fn train(&mut self, docs: &[&Doc], seed: u64) {
        let mut rng = Rng(seed);
        let mut count = [[0usize; 2]; 2];
        for d in docs {
            count[usize::from(d.tool)][usize::from(d.label)] += 1;
        }
        let mut order: Vec<usize> = (0..docs.len()).collect();
        for _ in 0..self.epochs {
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i + 1));
            }
            for &i in &order {
                let d = docs[i];
                let c = count[usize::from(d.tool)];
                // Balance classes per context at the document level.
                let weight =
                    c[usize::from(!d.label)].max(1) as f32 / c[usize::from(d.label)].max(1) as f32;
                let weight = weight.sqrt().clamp(0.2, 5.0) * source_weight(d.source);
                for (w, label) in self.targets(d) {
                    let weight = if label == d.label { weight } else { 1.0 };
                    self.step(&w.0, &w.1, label, weight);
                }
            }
        }
    }
}

fn prob(m: &Model, d: &Doc) -> f32 {
    let best = d
        .units
        .iter()
        .flat_map(|u| u.windows.iter())
        .map(|(w, r)| m.window_logit(w) + m.rule_logit(r))
        .fold(f32::NEG_INFINITY, f32::max);
    1.0 / (1.0 + (-best).exp())
}

/// Highest rule score over the windows of a document (for GUARD_DUMP).
fn rule_score(d: &Doc) -> f32 {
    let at = if d.tool { 1 } else { RULES_PER_CTX + 1 };
    d.units
        .iter()
        .flat_map(|u| u.windows.iter())
        .map(|(_, r)| r[at])
        .fold(0.0, f32::max)
}

/// Decision thresholds on the fused probability.
struct Thresholds {
    /// Results in prose.
    prose: f32,
    /// Results shaped like structured output.
    structured: f32,
    /// Tool definitions.
    tool: f32,
}

impl Thresholds {
    /// Each by the per-source rule on the tuning documents of its own kind. With
    /// GUARD_NO_SPLIT, one result threshold for both shapes (the rule before session 6).
    fn choose(docs: &[Doc], oof: &[f32]) -> Thresholds {
        let tool = threshold_for(docs, oof, true, None);
        if std::env::var("GUARD_NO_SPLIT").is_ok() {
            let r = threshold_for(docs, oof, false, None);
            return Thresholds {
                prose: r,
                structured: r,
                tool,
            };
        }
        Thresholds {
            prose: threshold_for(docs, oof, false, Some(false)),
            structured: threshold_for(docs, oof, false, Some(true)),
            tool,
        }
    }

    fn of(&self, d: &Doc) -> f32 {
        if d.tool {
            self.tool
        } else if d.structured {
            self.structured
        } else {
            self.prose
        }
    }
}

/// Lowest threshold whose out-of-fold false-positive rate is at most `max_fpr`.
fn pick_threshold(scored: &[(bool, f32)], max_fpr: f64) -> f32 {
    let mut neg: Vec<f32> = scored.iter().filter(|s| !s.0).map(|s| s.1).collect();
    neg.sort_by(|a, b| b.total_cmp(a));
    let allowed = (neg.len() as f64 * max_fpr).floor() as usize;
    let t = neg.get(allowed).copied().unwrap_or(0.5);
    (t + 1e-4).clamp(0.05, 0.99)
}

/// Sources pooled for the threshold rule: my hand-written benign tool outputs of
/// `train_bank.json`, `handwritten3.json` and (session 7) `handwritten4.json` are one source
/// (one author, one purpose), so a 97th percentile is not read off a few dozen texts. The
/// rule runs per shape, so the structured threshold is bound by the structured part of this
/// pool (since session 7 mostly realistic hand-written API payloads, tables, logs and configs)
/// as well as by the generated structured negatives.
///
/// Session 8: the blind sets holdout2 and holdout3 (later holdout4 to holdout14) join this pool (the same treatment as
/// handwritten4: realistic hand-written negatives). GUARD_BLIND_POOL=each keeps each set a
/// source of its own, GUARD_BLIND_POOL=blind pools the two sets apart from my texts.
fn threshold_group(source: &str) -> &str {
    match source {
        "hand-contexts" | "hand4-structured" | "hand4-prose" => "own-bank-contexts",
        // Session 11: stored messages people wrote to assistants (role-play, security
        // questions, resets, format rules: benign imperatives to an AI) bound the result
        // thresholds on their own, so that no step buys recall with them.
        s if USER_TURN_SETS.contains(&s) => s,
        // A pool of their own: pooled with the blind sets, their many clean negatives lowered
        // every result threshold (prose 0.685 -> 0.637) and raised the blind sets'
        // out-of-fold false positives 3.4% -> 3.8% (GUARD_WRITTEN_POOL=blind pools them).
        s if written_set(s) && std::env::var("GUARD_WRITTEN_POOL").as_deref() != Ok("blind") => {
            "written-sets"
        }
        s if hand_written(s) => match std::env::var("GUARD_BLIND_POOL").as_deref() {
            Ok("each") => source,
            Ok("blind") => "blind-sets",
            _ => "own-bank-contexts",
        },
        s => s,
    }
}

/// The strictest per-source threshold: every tuning source with at least 40 negatives
/// keeps its out-of-fold false-positive rate within `MAX_FPR`.
///
/// Session 12: a set of stored user messages ([`USER_TURN_SETS`]) binds both result
/// thresholds with all its negatives, whatever their shape. By shape (before;
/// GUARD_USER_POOLS_BY_SHAPE), `structured()` took their chat transcripts for records, so
/// they bound the structured threshold and almost never the prose one, the one that decides
/// a plain user prompt. Out of fold (holdout2-23) mean accuracy 0.930 -> 0.934; thresholds
/// 0.511 / 0.683 -> 0.593 / 0.593 (docs/judges/holdout24.md).
/// The sets of real, all-benign material that train apart from the threshold pools: the
/// documentation of session 22 and the published servers' tool definitions of session 23.
const REAL_BENIGN: [&str; 2] = ["docs-crates", "realdefs-npm"];

fn threshold_for(docs: &[Doc], oof: &[f32], tool: bool, shape: Option<bool>) -> f32 {
    let by_shape = std::env::var("GUARD_USER_POOLS_BY_SHAPE").is_ok();
    let any_shape = |d: &Doc| USER_TURN_SETS.contains(&d.source) && !by_shape;
    // Session 22: real documentation teaches the model what a README or a licence is, but does
    // not choose a threshold: out of fold it is scored by models that never read any, and
    // binding on it would buy its false positives with the recall every pool keeps.
    let part = |d: &Doc| {
        d.tool == tool
            && (shape.is_none_or(|st| d.structured == st) || any_shape(d))
            && !judged(d)
            && !REAL_BENIGN.contains(&d.source)
    };
    let mut sources: Vec<&str> = docs
        .iter()
        .filter(|d| part(d))
        .map(|d| threshold_group(d.source))
        .collect();
    sources.sort();
    sources.dedup();
    sources
        .into_iter()
        .filter_map(|s| {
            let scored: Vec<(bool, f32)> = docs
                .iter()
                .zip(oof)
                .filter(|(d, _)| part(d) && threshold_group(d.source) == s)
                .map(|(d, p)| (d.label, *p))
                .collect();
            let negatives = scored.iter().filter(|r| !r.0).count();
            let t = (negatives >= 40)
                .then(|| pick_threshold(&scored, hyper("GUARD_FPR", MAX_FPR as f32) as f64));
            if let (Some(t), true) = (t, std::env::var("GUARD_SHOW").is_ok()) {
                println!(
                    "threshold {s} tool={tool} structured={shape:?} negatives={negatives}: {t:.3}"
                );
            }
            t
        })
        .fold(0.05, f32::max)
}

fn auc(rows: &[(bool, f32)]) -> f64 {
    let pos: Vec<f32> = rows.iter().filter(|r| r.0).map(|r| r.1).collect();
    let neg: Vec<f32> = rows.iter().filter(|r| !r.0).map(|r| r.1).collect();
    let mut sum = 0.0;
    for p in &pos {
        for q in &neg {
            sum += if p > q {
                1.0
            } else if p == q {
                0.5
            } else {
                0.0
            };
        }
    }
    sum / (pos.len() * neg.len()).max(1) as f64
}

fn report(docs: &[Doc], oof: &[f32], thresholds: &Thresholds) {
    for tool in [false, true] {
        let rows: Vec<(bool, f32)> = docs
            .iter()
            .zip(oof)
            .filter(|(d, _)| d.tool == tool)
            .map(|(d, p)| (d.label, *p))
            .collect();
        println!("oof auc tool={tool}: {:.4}", auc(&rows));
        // The sources that do not come from the generated bank: an independent check,
        // since generated attacks share templates across folds.
        let legacy: Vec<(bool, f32)> = docs
            .iter()
            .zip(oof)
            .filter(|(d, _)| d.tool == tool && !new_source(d.source))
            .map(|(d, p)| (d.label, *p))
            .collect();
        println!("oof auc tool={tool} without gen-*: {:.4}", auc(&legacy));
        // Hand-written attacks of session 6 against every negative: styles far from the
        // templates, so a proxy for attacks phrased unlike the training data.
        let hand: Vec<(bool, f32)> = docs
            .iter()
            .zip(oof)
            .filter(|(d, _)| d.tool == tool && (!d.label || d.source.starts_with("hand-")))
            .map(|(d, p)| (d.label, *p))
            .collect();
        println!(
            "oof auc tool={tool} hand-written positives: {:.4}",
            auc(&hand)
        );
    }
    if std::env::var("GUARD_SHOW").is_ok() {
        let mut idx: Vec<usize> = (0..docs.len()).filter(|&i| !docs[i].label).collect();
        idx.sort_by(|&a, &b| oof[b].total_cmp(&oof[a]));
        for &i in idx.iter().take(25) {
            let p = docs[i].preview.replace('\n', " / ");
            println!("top-neg {:.3} {} {p}", oof[i], docs[i].source);
        }
        let mut pos: Vec<usize> = (0..docs.len())
            .filter(|&i| docs[i].label && !new_source(docs[i].source))
            .collect();
        pos.sort_by(|&a, &b| oof[a].total_cmp(&oof[b]));
        for &i in pos.iter().take(60) {
            let p = docs[i].preview.replace('\n', " / ");
            println!("low-pos {:.3} {} {p}", oof[i], docs[i].source);
        }
    }
    // Per source and shape (results: structured or prose; tools: always "-").
    let mut sources: Vec<(&str, bool, bool)> = docs
        .iter()
        .map(|d| (d.source, d.tool, d.structured))
        .collect();
    sources.sort();
    sources.dedup();
    for (s, tool, st) in sources {
        // (label, probability, fires at the threshold of the document's shape)
        let rows: Vec<(bool, f32, bool)> = docs
            .iter()
            .zip(oof)
            .filter(|(d, _)| d.source == s && d.tool == tool && d.structured == st)
            .map(|(d, p)| (d.label, *p, *p >= thresholds.of(d)))
            .collect();
        let shape = match (tool, st) {
            (true, _) => "-",
            (false, true) => "struct",
            (false, false) => "prose",
        };
        let pos = rows.iter().filter(|r| r.0).count();
        let tp = rows.iter().filter(|r| r.0 && r.2).count();
        let fp = rows.iter().filter(|r| !r.0 && r.2).count();
        println!(
            "oof {s:<28} tool={tool:<5} {shape:<6} n={:<5} pos={pos:<5} recall={:.3} fpr={:.3}",
            rows.len(),
            tp as f64 / pos.max(1) as f64,
            fp as f64 / (rows.len() - pos).max(1) as f64
        );
    }
}

/// Out-of-fold metrics on the realistic hand-written sets (handwritten4, holdout2, holdout3),
/// at the chosen thresholds: results (all, structured, prose) and tools, each with accuracy,
/// ROC-AUC, false-positive rate and recall.
fn realistic_report(docs: &[Doc], oof: &[f32], thresholds: &Thresholds) {
    fn set(s: &str) -> &str {
        match s {
            "hand4-structured" | "hand4-attacks" | "hand4-prose" => "handwritten4",
            s if hand_written(s) => s,
            _ => "",
        }
    }
    for name in std::iter::once("handwritten4").chain(training_sets().map(|s| s.name)) {
        for (part, tool, shape) in [
            ("results", false, None),
            ("  struct", false, Some(true)),
            ("  prose", false, Some(false)),
            ("tools", true, None),
        ] {
            let rows: Vec<(bool, f32, bool)> = docs
                .iter()
                .zip(oof)
                .filter(|(d, _)| set(d.source) == name && d.tool == tool)
                .filter(|(d, _)| shape.is_none_or(|st| d.structured == st))
                .map(|(d, p)| (d.label, *p, *p >= thresholds.of(d)))
                .collect();
            if rows.is_empty() {
                continue;
            }
            let pos = rows.iter().filter(|r| r.0).count();
            let tp = rows.iter().filter(|r| r.0 && r.2).count();
            let fp = rows.iter().filter(|r| !r.0 && r.2).count();
            let neg = rows.len() - pos;
            let ranked: Vec<(bool, f32)> = rows.iter().map(|r| (r.0, r.1)).collect();
            let roc = if pos > 0 && neg > 0 {
                format!("{:.3}", auc(&ranked))
            } else {
                "  -  ".into()
            };
            println!(
                "realistic {name:<12} {part:<8} n={:<4} pos={pos:<4} acc={:.3} auc={roc} fpr={:.3} ({fp}/{neg}) recall={:.3} ({tp}/{pos})",
                rows.len(),
                (tp + neg - fp) as f64 / rows.len() as f64,
                fp as f64 / neg.max(1) as f64,
                tp as f64 / pos.max(1) as f64,
            );
        }
    }
}

/// Tuning-side proxy for direct (user-turn) injection: the prompt-set ATTACKS are never
/// trained on, so the final model's scores on them against the out-of-fold scores of the
/// prompt-set benign prompts give an honest ROC-AUC and recall at the result threshold.
fn direct_check(root: &Path, guard: &Guard, m: &Model, docs: &[Doc], oof: &[f32]) {
    let mut rows: Vec<(bool, f32)> = docs
        .iter()
        .zip(oof)
        .filter(|(d, _)| d.source == "prompt-sets-benign")
        .map(|(_, p)| (false, *p))
        .collect();
    let mut b = Builder {
        guard,
        rng: Rng(1),
        docs: Vec::new(),
    };
    for (i, (text, label)) in prompt_sets(root).iter().enumerate() {
        if *label && i % 4 == 0 {
            b.push("check", false, true, &format!("x{i}"), &[text]);
        }
    }
    rows.extend(b.docs.iter().map(|d| (true, prob(m, d))));
    let t = m.threshold_result;
    let pos = rows.iter().filter(|r| r.0).count();
    let tp = rows.iter().filter(|r| r.0 && r.1 >= t).count();
    println!(
        "direct prompt-set attacks (never trained on): n={pos} auc={:.4} recall@result-threshold={:.3}",
        auc(&rows),
        tp as f64 / pos.max(1) as f64
    );
}

/// Session 7 ablation (GUARD_NO_H4_PROSE): the benign prose of `handwritten4.json`, left out
/// of training, scored by the final model at the thresholds of their shapes.
fn prose_check(guard: &Guard, m: &Model, banks: &Banks) {
    if std::env::var("GUARD_NO_H4_PROSE").is_err() {
        return;
    }
    let mut b = Builder {
        guard,
        rng: Rng(1),
        docs: Vec::new(),
    };
    for e in banks.hand4["prose_benign"].as_array().into_iter().flatten() {
        b.push(
            "check",
            false,
            false,
            "x",
            &[e["text"].as_str().unwrap_or("")],
        );
    }
    let fp = b
        .docs
        .iter()
        .filter(|d| {
            let t = if d.structured {
                m.threshold_structured
            } else {
                m.threshold_result
            };
            prob(m, d) >= t
        })
        .count();
    println!(
        "hand-written benign prose of session 7 (never trained on): n={} fpr={:.3}",
        b.docs.len(),
        fp as f64 / b.docs.len().max(1) as f64
    );
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = dir.join("corpora");
    let guard = Guard::new().expect("guard compiles");
    let banks = Banks::read(&root);
    let mut b = Builder {
        guard: &guard,
        rng: Rng(seed(0x9e37_79b9_7f4a_7c15)),
        docs: Vec::new(),
    };
    results(&mut b, &root, &banks);
    tools(&mut b, &root, &banks);
    blind_sets(&mut b, &root);
    let docs = b.docs;
    println!("{} training documents", docs.len());
    // Out-of-fold probabilities (FOLDS folds by group) choose the thresholds.
    let mut oof = vec![0.0f32; docs.len()];
    for fold in 0..FOLDS {
        let train: Vec<&Doc> = docs
            .iter()
            .filter(|d| d.fold != fold && !judged(d))
            .collect();
        let mut t = Trainer::new();
        t.train(&train, 42 + fold as u64);
        for (i, d) in docs.iter().enumerate().filter(|(_, d)| d.fold == fold) {
            oof[i] = prob(&t.model, d);
        }
    }
    if let Ok(path) = std::env::var("GUARD_DUMP") {
        // Out-of-fold score of every document, for analysis outside the trainer.
        let lines: String = docs
            .iter()
            .zip(&oof)
            .map(|(d, p)| {
                let preview = d.preview.replace(['\n', '\t'], " ");
                format!(
                    "{}\t{}\t{}\t{}\t{}\t{p:.4}\t{:.3}\t{preview}\n",
                    d.source,
                    d.tool,
                    d.structured,
                    d.label,
                    d.fold,
                    rule_score(d)
                )
            })
            .collect();
        std::fs::write(path, lines).expect("write GUARD_DUMP");
    }
    let chosen = Thresholds::choose(&docs, &oof);
    report(&docs, &oof, &chosen);
    let thresholds = shipped_thresholds(chosen, &docs, &oof);
    realistic_report(&docs, &oof, &thresholds);
    let all: Vec<&Doc> = docs.iter().filter(|d| !judged(d)).collect();
    let mut t = Trainer::new();
    t.train(&all, 7);
    t.model.threshold_result = thresholds.prose;
    t.model.threshold_structured = thresholds.structured;
    t.model.threshold_tool = thresholds.tool;
    direct_check(&root, &guard, &t.model, &docs, &oof);
    prose_check(&guard, &t.model, &banks);
    let bytes = t.model.to_bytes();
    std::fs::write(dir.join("model/guard.bin"), &bytes).expect("write model");
    println!(
        "thresholds result={:.3} structured={:.3} tool={:.3}; wrote model/guard.bin ({} bytes)",
        thresholds.prose,
        thresholds.structured,
        thresholds.tool,
        bytes.len()
    );
}

/// The thresholds written into the model. Session 22: those of H, the model shipped before
/// (docs/judges/docs22.md). Trained with real documentation, the model scores benign prose
/// lower everywhere, the pools' negatives included, so the rule's thresholds fell (tool 0.532,
/// result 0.564) and another writer's hard negatives crossed them (candidate D failed on that);
/// with H's the candidate (D2) passed its judge, holdout42. GUARD_CHOSEN_THRESHOLDS keeps the
/// rule's (D).
///
/// Session 23 (docs/judges/realdefs23.md): trained with the tool definitions of real servers
/// (GUARD_REALDEFS=1), the model scores tool text lower still, and at H's tool threshold it
/// lost recall on poisoned definitions (candidate R). With them the tool threshold is the
/// highest that keeps D2's out-of-fold recall on the tuning tool positives
/// ([`recall_keeping_tool_threshold`]; candidate R2, which failed on the checks' hard
/// negatives and does not ship).
fn shipped_thresholds(chosen: Thresholds, docs: &[Doc], oof: &[f32]) -> Thresholds {
    if std::env::var("GUARD_CHOSEN_THRESHOLDS").is_ok()
        || std::env::var("GUARD_NO_DOCS-CRATES").is_ok()
    {
        return chosen;
    }
    let h = Thresholds {
        prose: f32::from_bits(0x3f1a_3be9),
        structured: f32::from_bits(0x3f1a_3be9),
        tool: f32::from_bits(0x3f0e_8f60),
    };
    if !realdefs() {
        return h;
    }
    Thresholds {
        tool: recall_keeping_tool_threshold(docs, oof),
        ..h
    }
}

/// Tuning tool positives (every tool source that trains but the generated `gen-tools`) that
/// D2's out-of-fold scores put at or over its tool threshold (0.557): 3065 of 3550
/// (`GUARD_DUMP` of D2's training, session 23).
const D2_OOF_TOOL_POSITIVES_FOUND: usize = 3065;

/// The highest tool threshold at which this model's out-of-fold scores find as many tuning
/// tool positives as D2's found at its threshold (candidate R2, docs/judges/realdefs23.md).
fn recall_keeping_tool_threshold(docs: &[Doc], oof: &[f32]) -> f32 {
    let mut scores: Vec<f32> = docs
        .iter()
        .zip(oof)
        .filter(|(d, _)| d.tool && d.label && !judged(d) && !d.source.starts_with("gen-"))
        .map(|(_, p)| *p)
        .collect();
    scores.sort_by(|a, b| b.total_cmp(a));
    let at = D2_OOF_TOOL_POSITIVES_FOUND.min(scores.len()).max(1) - 1;
    let threshold = scores.get(at).copied().unwrap_or(0.5);
    println!(
        "tool threshold keeping D2's out-of-fold recall ({D2_OOF_TOOL_POSITIVES_FOUND} of {} positives): {threshold:.4}",
        scores.len()
    );
    threshold
}

/// Leave-one-set-out check (GUARD_JUDGE=holdout6, say): the documents of that blind set are
/// left out of every training run and of the threshold choice, and scored as a fresh set by
/// models that never saw any of it; it measures how a change carries over to a new writer.
fn judged(d: &Doc) -> bool {
    std::env::var("GUARD_JUDGE").is_ok_and(|j| j == d.source)
}

/// Sources added for issue 4 (generated), session 6 (hand-written) and session 8 (the blind
/// sets holdout2 and holdout3); the "legacy" AUC leaves them out so that it stays comparable
/// across sessions.
fn new_source(s: &str) -> bool {
    s.starts_with("gen-") || s.starts_with("hand-") || hand_written(s)
}

/// Train on the generated bank (`own/train_bank2.json`, see `gen_train_bank2.py`); off with
/// GUARD_NO_GEN (reproduces the previous model, for the ablation in docs/detection.md).
fn generated() -> bool {
    std::env::var("GUARD_NO_GEN").is_err()
}

/// Extra training weight of a source: the session-7 hand-written texts are few against
/// thousands of generated and prompt-set texts (GUARD_H4_WEIGHT, default 1). Session 9: the
/// blind sets (holdout2-6, realistic results and tools by five writers) count twice
/// (GUARD_BLIND_WEIGHT, default 2; 1 before session 9), chosen out of fold and by leaving
/// each of holdout4-6 out in turn (GUARD_JUDGE), see docs/detection.md.
fn source_weight(source: &str) -> f32 {
    if source.starts_with("hand4-") {
        hyper("GUARD_H4_WEIGHT", 1.0)
    } else if source.starts_with("holdout") {
        hyper("GUARD_BLIND_WEIGHT", BLIND_WEIGHT)
    } else if written_set(source) {
        hyper("GUARD_WRITTEN_WEIGHT", BLIND_WEIGHT)
    } else {
        1.0
    }
}

/// Use the direct prompt-injection attacks (inserted into contexts) as positives.
const PROMPT_SET_ATTACKS: bool = false;

/// The hand-written sets of other authors that train: [`guard::eval::HAND_SETS`] without the
/// held-out judge, in the order they joined. `realdefs-npm` (published servers' tool
/// definitions) trains only with GUARD_REALDEFS=1: the candidates built on it (R, R2) did not
/// pass their judges (docs/judges/realdefs23.md), and without it this gives D2.
fn training_sets() -> impl Iterator<Item = HandSet> {
    let realdefs = realdefs();
    HAND_SETS
        .into_iter()
        .filter(move |s| !s.held_out && (realdefs || s.name != "realdefs-npm"))
}

/// Train on `realdefs-npm` (GUARD_REALDEFS=1, candidate R2 of session 23).
fn realdefs() -> bool {
    std::env::var("GUARD_REALDEFS").is_ok()
}

/// True for the hand-written sets of other authors that train, blind or written.
fn hand_written(source: &str) -> bool {
    training_sets().any(|s| s.name == source)
}

/// True for a set written to train (not a blind set).
fn written_set(source: &str) -> bool {
    training_sets().any(|s| s.name == source && !s.blind)
}

/// Training weight of the blind sets' documents (session 9; see `source_weight`).
const BLIND_WEIGHT: f32 = 2.0;

/// Written sets of tool results that carry messages people wrote to AI assistants: each is a
/// threshold pool of its own ([`threshold_group`]) that binds both result thresholds, prose
/// and structured ([`threshold_for`]). Session 13's stored-message sets (u13a, u13b, u14a) train
/// as ordinary written sets instead: as pools their threshold cost 1.8 points of recall on
/// holdout26, without them binding it WildGuard still fell (docs/judges/holdout26.md,
/// holdout27.md).
const USER_TURN_SETS: [&str; 4] = ["u11a", "u11b", "u12a", "u12b"];

/// Training epochs (see [`Trainer::new`]).
const EPOCHS: f32 = 48.0;

/// Out-of-fold false-positive budget used to choose the thresholds.
const MAX_FPR: f64 = 0.03;

/// Folds for out-of-fold scores (grouped by context / attack).
const FOLDS: usize = 5;
