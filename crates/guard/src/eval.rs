//! Evaluation harness (reads the corpora under `crates/guard/corpora/`; not used at scan time).
//! Sources are split into tuned and held-out by source, never by random split.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use serde_json::{Value, json};

use crate::{Category, Guard, combine};

/// What a case exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A tool definition.
    Tool,
    /// A tool result (injection, exfiltration, hidden content).
    Result,
    /// Outgoing call arguments.
    Arguments,
    /// Secrets and PII in a result (only secret/pii findings count).
    Dlp,
}

impl Kind {
    /// Lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Tool => "tool",
            Kind::Result => "result",
            Kind::Arguments => "arguments",
            Kind::Dlp => "dlp",
        }
    }
}

/// One labelled case, in `gatehouse scan` input format.
#[derive(Debug, Clone)]
pub struct Case {
    /// Corpus name.
    pub source: String,
    /// What is scanned.
    pub kind: Kind,
    /// True when the source was never used for tuning.
    pub held_out: bool,
    /// True for an attack / secret.
    pub label: bool,
    /// The scan input (`tool`, `result` or `arguments` fields).
    pub input: Value,
}

/// Outcome of one case.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Predicted positive.
    pub predicted: bool,
    /// Combined score of the relevant findings.
    pub score: f32,
    /// Scan time in microseconds.
    pub micros: f64,
}

/// Metrics for a group of cases.
#[derive(Debug, Clone, Default)]
pub struct Metrics {
    /// Cases.
    pub n: usize,
    /// Positives.
    pub pos: usize,
    /// Recall (NaN without positives).
    pub recall: f64,
    /// False-positive rate (NaN without negatives).
    pub fpr: f64,
    /// Precision (NaN without predicted positives).
    pub precision: f64,
    /// Accuracy.
    pub accuracy: f64,
    /// ROC-AUC from the score (NaN without both classes).
    pub auc: f64,
    /// Median microseconds per case.
    pub p50: f64,
    /// 99th percentile microseconds per case.
    pub p99: f64,
}

fn relevant(kind: Kind, c: Category) -> bool {
    let dlp = matches!(c, Category::Secret | Category::Pii);
    match kind {
        Kind::Dlp => dlp,
        Kind::Result => !dlp,
        Kind::Tool | Kind::Arguments => true,
    }
}

fn scan(guard: &Guard, case: &Case) -> Vec<crate::Finding> {
    let v = &case.input;
    match case.kind {
        Kind::Tool => guard.scan_tool(&v["tool"]),
        Kind::Result | Kind::Dlp => guard.scan_result(&v["result"]),
        Kind::Arguments => guard.scan_arguments(
            v["tool"].as_str().unwrap_or(""),
            v["tool_description"].as_str(),
            &v["arguments"],
        ),
    }
}

/// Run one case.
pub fn run_case(guard: &Guard, case: &Case) -> Outcome {
    let v = &case.input;
    // Median of three timed runs per case: the shared 2-core machine adds scheduler noise.
    let mut times = [0.0f64; 3];
    let mut findings = Vec::new();
    for t in &mut times {
        let start = Instant::now();
        findings = scan(guard, case);
        *t = start.elapsed().as_secs_f64() * 1e6;
    }
    times.sort_by(f64::total_cmp);
    let micros = times[1];
    let rel: Vec<f32> = findings
        .iter()
        .filter(|f| relevant(case.kind, f.category))
        .map(|f| f.score)
        .collect();
    let predicted = !rel.is_empty();
    let score = if predicted || case.kind == Kind::Dlp {
        combine(rel)
    } else {
        // Below-threshold evidence still ranks cases (ROC-AUC), always under any finding.
        let target = if case.kind == Kind::Tool {
            &v["tool"]
        } else {
            &v["result"]
        };
        0.49 * guard.risk(target, case.kind == Kind::Tool)
    };
    Outcome {
        predicted,
        score,
        micros,
    }
}

/// Compute metrics over (label, outcome) pairs.
pub fn metrics(rows: &[(bool, Outcome)]) -> Metrics {
    let n = rows.len();
    let pos = rows.iter().filter(|r| r.0).count();
    let tp = rows.iter().filter(|r| r.0 && r.1.predicted).count();
    let fp = rows.iter().filter(|r| !r.0 && r.1.predicted).count();
    let tn = rows.iter().filter(|r| !r.0 && !r.1.predicted).count();
    let ratio = |a: usize, b: usize| {
        if b == 0 {
            f64::NAN
        } else {
            a as f64 / b as f64
        }
    };
    let mut times: Vec<f64> = rows.iter().map(|r| r.1.micros).collect();
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| {
        times
            .get(((times.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(f64::NAN)
    };
    Metrics {
        n,
        pos,
        recall: ratio(tp, pos),
        fpr: ratio(fp, n - pos),
        precision: ratio(tp, tp + fp),
        accuracy: ratio(tp + tn, n),
        auc: auc(rows),
        p50: pct(0.5),
        p99: pct(0.99),
    }
}

/// ROC-AUC (Mann-Whitney, ties count half).
pub fn auc(rows: &[(bool, Outcome)]) -> f64 {
    let pos: Vec<f32> = rows.iter().filter(|r| r.0).map(|r| r.1.score).collect();
    let neg: Vec<f32> = rows.iter().filter(|r| !r.0).map(|r| r.1.score).collect();
    if pos.is_empty() || neg.is_empty() {
        return f64::NAN;
    }
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
    sum / (pos.len() * neg.len()) as f64
}

/// Run every case and group metrics by (held_out, source, kind).
pub fn evaluate(guard: &Guard, cases: &[Case]) -> BTreeMap<(bool, String, Kind), Metrics> {
    let mut groups: BTreeMap<(bool, String, Kind), Vec<(bool, Outcome)>> = BTreeMap::new();
    for c in cases {
        // Warm the lazy DFA caches so timings reflect steady state.
        run_case(guard, c);
    }
    for c in cases {
        let o = run_case(guard, c);
        groups
            .entry((c.held_out, c.source.clone(), c.kind))
            .or_default()
            .push((c.label, o.clone()));
        groups
            .entry((
                c.held_out,
                format!("ALL {}", if c.held_out { "held-out" } else { "tuned" }),
                c.kind,
            ))
            .or_default()
            .push((c.label, o));
    }
    groups.into_iter().map(|(k, v)| (k, metrics(&v))).collect()
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn jsonl(text: &str) -> impl Iterator<Item = Value> + '_ {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
}

fn case(source: &str, kind: Kind, held_out: bool, label: bool, input: Value) -> Case {
    Case {
        source: source.into(),
        kind,
        held_out,
        label,
        input,
    }
}

fn result_of(text: &str) -> Value {
    json!({"result": {"content": [{"type": "text", "text": text}]}})
}

fn tool_of(name: &str, description: &str) -> Value {
    json!({"tool": {"name": name, "description": description, "inputSchema": {"type": "object"}}})
}

/// Every string longer than `min` bytes in the cases of every corpus of this crate (for the
/// tests that compare a fast path with the plain computation on real text).
#[cfg(test)]
pub(crate) fn long_corpus_strings(min: usize) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora");
    let mut out = Vec::new();
    for case in load_all(&root) {
        crate::walk::strings(&case.input, "", &mut |_, s, _| {
            if s.len() > min {
                out.push(s.to_string());
            }
        });
    }
    out
}

/// Load every corpus under `root` (the `crates/guard/corpora` directory).
pub fn load_all(root: &Path) -> Vec<Case> {
    let mut out = Vec::new();
    own(root, &mut out);
    hand_sets(root, &mut out);
    safetybench(root, &mut out);
    cisco(root, &mut out);
    agentdojo(root, &mut out);
    bipia(root, &mut out);
    piguard(root, &mut out);
    gitleaks(root, &mut out);
    presidio(root, &mut out);
    out
}

fn own(root: &Path, out: &mut Vec<Case>) {
    for (file, kind, held) in [
        ("own/tools.jsonl", Kind::Tool, false),
        ("own/results.jsonl", Kind::Result, false),
        ("own/arguments.jsonl", Kind::Arguments, false),
        ("own/arguments_holdout.jsonl", Kind::Arguments, true),
        ("own/tools_holdout.jsonl", Kind::Tool, true),
        ("own/tools_realworld.jsonl", Kind::Tool, true),
        ("own/dlp.jsonl", Kind::Dlp, false),
    ] {
        let name = match (held, file) {
            (_, f) if f.contains("realworld") => "own-realworld-benign",
            (true, _) => "own-holdout",
            _ => "own",
        };
        for v in jsonl(&read(root, file)) {
            let label = v["label"].as_i64() == Some(1);
            out.push(case(name, kind, held, label, v));
        }
    }
}

/// A hand-written set of another author (`corpora/<name>/results.jsonl` and `tools.jsonl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandSet {
    /// The directory under `corpora`, also the source name in reports.
    pub name: &'static str,
    /// A blind set: written sealed to judge a model, training data afterwards. Otherwise a set
    /// written to train, which never judges.
    pub blind: bool,
    /// Held out: the shipped model never trained or tuned on it (its judges, and sets written
    /// for a candidate that did not ship).
    pub held_out: bool,
}

const fn blind(name: &'static str) -> HandSet {
    HandSet {
        name,
        blind: true,
        held_out: false,
    }
}

/// A set the shipped model never trained or tuned on (`blind`: one of its judges; otherwise a
/// set written to train a candidate that did not ship).
const fn held_out(name: &'static str, blind: bool) -> HandSet {
    HandSet {
        name,
        blind,
        held_out: true,
    }
}

const fn written(name: &'static str) -> HandSet {
    HandSet {
        name,
        blind: false,
        held_out: false,
    }
}

/// The hand-written sets of other authors, in the order they joined training (`guard-train`
/// reproduces an earlier model by cutting this list, `GUARD_NO_<SET>`), the sets the shipped model
/// never trained on (held out) last. The blind sets `holdoutN` were written by helpers that saw
/// nothing of the project, then sealed; each was opened once per model to choose between two models
/// (decision records in `docs/judges/`) and became training data afterwards: holdout2 and holdout3
/// were held out until session 7, holdout4 to holdout6 judged session 8's models, holdout7 to
/// holdout10 session 9's, holdout11 to holdout15 session 10's, holdout16 to holdout20 session 11's,
/// holdout21 to holdout25 session 12's, holdout26 to holdout29 session 13's; holdout30 to holdout32
/// judged session 14's models, holdout33 to holdout35 session 15's and holdout36 to holdout38
/// session 16's, and are still held out.
/// The `w10x` sets were written the same way in session 10 to train, and never judge: `w10a`
/// developer and infrastructure traffic, `w10b` personal and consumer assistants, `w10c`
/// knowledge and data tools, `w10d` security and IT
/// operations, `w10e` commerce, marketing and media, `w10f` public sector, science, health, law and
/// education, `w10g` what MCP servers expose (file, shell, browser, git, database servers), `w10h`
/// finance, HR and operations back offices, `w10i` tool catalogs of SaaS MCP servers, `w10j` people
/// asking and instructing (65% benign), `w10k` browsing and research. Session 11's: `w11a`
/// education, `w11b` health care and insurance, `w11c` manufacturing, logistics and field
/// operations, `w11d` creators, communities and entertainment, `w11e` agent plumbing (messages
/// between agents, memory, retrieval hits, workflow runs, prompt libraries stored as data), travel
/// and listings; `w12a` legal, compliance and civic services, `w12b` banking, fintech and trading,
/// `w12c` IT helpdesk and identity administration, `w12d` data science and ML engineering, `w12e`
/// sales, marketing and recruiting; `u11a` and `u11b` (results only) tool results that carry
/// messages people wrote to AI assistants, mostly benign (chat histories, prompt libraries, bot
/// configurations, red-team plans). Session 12's: `u12a` (results only) the same in workplace and
/// everyday apps (team-chat bots, drafting and review assistants, tutors, companions, voice logs),
/// mostly prose; `w13a` energy, agriculture, environmental monitoring and field science; `w13b`
/// media, games, sports, online communities and personal productivity; `u12b` stored messages to
/// brand bots, voice bots, companions and prompt-writing courses; `w13c` AI engineering and AI
/// safety texts; `w13d` tool catalogs with honest strong wording (260 definitions); `u13a` and
/// `u13b` (written for a candidate that did not ship, held out until session 13) stored messages to
/// assistants in everyday life and from students, job seekers, small businesses and developers, as
/// transcripts, markdown and mail. Session 13's: `u14a` stored messages to chatbots with role-play,
/// personas and system-prompt authoring, and `u14b`, the same theme by another writer, held out as
/// a check; `w14a` and `w14b` tool-heavy sets (cloud and DevOps, support, personal finance, smart
/// home, generic MCP server catalogs; patient portals, LMS, legal research, marketing, telematics,
/// game servers, SaaS MCP catalogs); `w15a` and `w15b` (written for a candidate that did not ship,
/// held out until session 14) results-heavy sets whose payloads read as ordinary content of the
/// result. Session 14's: `u16a` and `u16b` (results only) stored messages to chatbots at work
/// (team-chat bots, IDE copilots, support widgets, voice and meeting bots) and in private life
/// (companions, language practice, game masters, fan fiction, homework helpers); `w16a` and `w16b`
/// (results-heavy, subtle payloads, benign records full of requests to people) and `u17a` (prompts
/// and agent configurations stored as data), written for a candidate that did not ship and held
/// out. Session 15's `p18a` (results only): bare messages people typed to assistants, stored as
/// data (prompt libraries, chat-history search, bot feedback, moderation queues), 75% benign,
/// written for a candidate that did not ship and held out. Session 16's `t18a` (tools only): honest
/// tool definitions that speak to the model (usage order, confirmation rules, risk labels,
/// "treat the output as data") beside calm poisoned ones, 70% benign; `t18b`, the same theme by
/// another writer, and `t18c`, by a third, held out as checks; holdout36 to holdout38 judged
/// session 16's models and are held out. Session 17's `t18d` and `t19a`, the same theme by a
/// fourth and a fifth writer, and `w19a` (results, hard negatives: records full of requests to
/// people, stored prompts, security material), held out as checks; `holdout39` and
/// `holdout40` judged session 17's models (H stayed). Session 18's `w20a` (results, hard
/// negatives) and `t20a` (honest tools that speak to the model), held out as checks;
/// `holdout41` judged session 18's candidate. Session 22's `docs-crates` (real documentation a
/// file-reading tool returns: READMEs, licences and doc comments of crates.io packages, all
/// benign; `corpora/docs/build.py`) trains, and `docs-npm-pypi`, the same from npm and PyPI
/// packages, is held out; `holdout42` judged session 22's candidate. Session 23's
/// `realdefs-npm` (the tool definitions published MCP servers from npm list, all benign;
/// `corpora/realdefs/build.py`) trains, `realdefs-pypi`, the same from PyPI servers, is held
/// out, and `holdout43` and `holdout44` judged session 23's candidates.
pub const HAND_SETS: [HandSet; 98] = [
    blind("holdout2"),
    blind("holdout3"),
    blind("holdout4"),
    blind("holdout5"),
    blind("holdout6"),
    blind("holdout7"),
    blind("holdout8"),
    blind("holdout9"),
    blind("holdout10"),
    blind("holdout11"),
    written("w10a"),
    written("w10b"),
    written("w10c"),
    blind("holdout12"),
    written("w10d"),
    written("w10e"),
    written("w10f"),
    written("w10g"),
    blind("holdout13"),
    written("w10h"),
    written("w10i"),
    blind("holdout14"),
    written("w10j"),
    written("w10k"),
    blind("holdout15"),
    written("w11a"),
    written("w11b"),
    written("w11c"),
    written("w11d"),
    written("w11e"),
    blind("holdout16"),
    blind("holdout17"),
    written("w12a"),
    written("w12b"),
    written("w12c"),
    written("w12d"),
    written("w12e"),
    blind("holdout18"),
    written("u11a"),
    blind("holdout19"),
    written("u11b"),
    blind("holdout20"),
    written("u12a"),
    written("w13a"),
    written("w13b"),
    blind("holdout21"),
    written("u12b"),
    written("w13c"),
    written("w13d"),
    blind("holdout22"),
    blind("holdout23"),
    blind("holdout24"),
    blind("holdout25"),
    blind("holdout26"),
    written("u13a"),
    written("u13b"),
    written("u14a"),
    blind("holdout27"),
    written("w14a"),
    written("w14b"),
    blind("holdout28"),
    held_out("u14b", false),
    blind("holdout29"),
    written("w15a"),
    written("w15b"),
    written("u16a"),
    written("u16b"),
    written("t18a"),
    written("docs-crates"),
    held_out("holdout30", true),
    held_out("holdout31", true),
    held_out("w16a", false),
    held_out("w16b", false),
    held_out("u17a", false),
    held_out("holdout32", true),
    held_out("holdout33", true),
    held_out("holdout34", true),
    held_out("p18a", false),
    held_out("holdout35", true),
    held_out("holdout36", true),
    held_out("t18b", false),
    held_out("holdout37", true),
    held_out("t18c", false),
    held_out("holdout38", true),
    held_out("t18d", false),
    held_out("holdout39", true),
    held_out("w19a", false),
    held_out("t19a", false),
    held_out("holdout40", true),
    held_out("w20a", false),
    held_out("t20a", false),
    held_out("holdout41", true),
    held_out("docs-npm-pypi", false),
    held_out("holdout42", true),
    written("realdefs-npm"),
    held_out("realdefs-pypi", false),
    held_out("holdout43", true),
    held_out("holdout44", true),
];

fn hand_sets(root: &Path, out: &mut Vec<Case>) {
    for set in HAND_SETS {
        for (file, kind) in [("results.jsonl", Kind::Result), ("tools.jsonl", Kind::Tool)] {
            for v in jsonl(&read(root, &format!("{}/{file}", set.name))) {
                let label = v["label"].as_i64() == Some(1);
                out.push(case(set.name, kind, set.held_out, label, v));
            }
        }
    }
}

fn safetybench(root: &Path, out: &mut Vec<Case>) {
    for v in jsonl(&read(
        root,
        "mcp-safetybench/derived_poisoned_tool_texts.jsonl",
    )) {
        // Originally the financial/browser domains were held out; their errors were seen
        // during tuning, so the whole source is now counted as tuned.
        let held = false;
        let text = v["text"].as_str().unwrap_or("");
        let name = v["tool_name"].as_str().unwrap_or("tool");
        match v["surface"].as_str().unwrap_or("") {
            "tool_result_injected" => out.push(case(
                "mcp-safetybench",
                Kind::Result,
                true,
                true,
                result_of(text),
            )),
            "rug_pull_implementation" => {}
            _ => out.push(case(
                "mcp-safetybench",
                Kind::Tool,
                held,
                true,
                tool_of(name, text),
            )),
        }
    }
}

fn cisco(root: &Path, out: &mut Vec<Case>) {
    let all: Value = serde_json::from_str(&read(root, "cisco-mcp-scanner/yara_test_fixtures.json"))
        .unwrap_or(Value::Null);
    for v in all.as_array().into_iter().flatten() {
        let text = v["text"].as_str().unwrap_or("");
        let input = match serde_json::from_str::<Value>(text) {
            Ok(tool @ Value::Object(_)) => json!({ "tool": tool }),
            _ => tool_of("fixture", text),
        };
        // Tuned: the fixture texts were read before the split was fixed (see docs/detection.md).
        out.push(case(
            "cisco-mcp-scanner",
            Kind::Tool,
            false,
            v["label"].as_i64() == Some(1),
            input,
        ));
    }
}

fn agentdojo(root: &Path, out: &mut Vec<Case>) {
    for v in jsonl(&read(root, "agentdojo/tool_outputs.jsonl")) {
        let label = v["label"].as_i64() == Some(1);
        out.push(case(
            "agentdojo",
            Kind::Result,
            true,
            label,
            result_of(v["text"].as_str().unwrap_or("")),
        ));
    }
}

fn bipia(root: &Path, out: &mut Vec<Case>) {
    let contexts: Vec<String> = ["bipia/email/train.jsonl", "bipia/email/test.jsonl"]
        .iter()
        .flat_map(|f| jsonl(&read(root, f)).collect::<Vec<_>>())
        .filter_map(|v| v["context"].as_str().map(str::to_string))
        .collect();
    let mut attacks = Vec::new();
    for f in [
        "bipia/text_attack_train.json",
        "bipia/code_attack_train.json",
    ] {
        let v: Value = serde_json::from_str(&read(root, f)).unwrap_or(Value::Null);
        for list in v.as_object().into_iter().flat_map(|m| m.values()) {
            attacks.extend(
                list.as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|s| s.as_str().map(str::to_string)),
            );
        }
    }
    for c in &contexts {
        out.push(case("bipia", Kind::Result, false, false, result_of(c)));
    }
    for (i, a) in attacks.iter().enumerate() {
        let c = &contexts[i % contexts.len()];
        let text = match i % 3 {
            0 => format!("{a}\n{c}"),
            1 => {
                let mid = c
                    .char_indices()
                    .map(|(j, _)| j)
                    .find(|j| *j >= c.len() / 2)
                    .unwrap_or(0);
                format!("{}\n{a}\n{}", &c[..mid], &c[mid..])
            }
            _ => format!("{c}\n{a}"),
        };
        out.push(case("bipia", Kind::Result, false, true, result_of(&text)));
    }
}

fn piguard(root: &Path, out: &mut Vec<Case>) {
    for (file, source) in [
        ("piguard/valid.json", "piguard-valid"),
        ("piguard/wildguard.json", "piguard-wildguard"),
    ] {
        let v: Value = serde_json::from_str(&read(root, file)).unwrap_or(Value::Null);
        for row in v.as_array().into_iter().flatten() {
            let label = row["label"].as_i64() == Some(1);
            out.push(case(
                source,
                Kind::Result,
                true,
                label,
                result_of(row["prompt"].as_str().unwrap_or("")),
            ));
        }
    }
}

fn gitleaks(root: &Path, out: &mut Vec<Case>) {
    for v in jsonl(&read(root, "gitleaks/rule_literals.jsonl")) {
        let label = v["label"].as_str() == Some("tp");
        out.push(case(
            "gitleaks-literals",
            Kind::Dlp,
            false,
            label,
            result_of(v["text"].as_str().unwrap_or("")),
        ));
    }
}

fn presidio(root: &Path, out: &mut Vec<Case>) {
    let all: Value = serde_json::from_str(&read(root, "presidio-synth/synth_dataset_v2.json"))
        .unwrap_or(Value::Null);
    for v in all.as_array().into_iter().flatten() {
        let held = v["template_id"].as_i64().unwrap_or(0) % 2 == 1;
        let label = v["spans"].as_array().into_iter().flatten().any(|s| {
            matches!(
                s["entity_type"].as_str(),
                Some("CREDIT_CARD" | "IBAN_CODE" | "US_SSN")
            )
        });
        let name = if held {
            "presidio-odd-templates"
        } else {
            "presidio-even-templates"
        };
        out.push(case(
            name,
            Kind::Dlp,
            held,
            label,
            result_of(v["full_text"].as_str().unwrap_or("")),
        ));
    }
}
