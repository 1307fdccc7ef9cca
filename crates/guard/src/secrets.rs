//! Secret detection with the embedded gitleaks rule set: an Aho-Corasick pass over all
//! rule keywords selects the rules whose regexes run; entropy and allowlists are honoured.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::bytes::{Regex, RegexBuilder};
use serde::Deserialize;

use crate::GuardError;

const GITLEAKS: &str = include_str!("../rules/gitleaks.toml");

#[derive(Deserialize)]
struct Config {
    allowlist: Option<Allow>,
    rules: Vec<RuleDef>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RuleDef {
    id: String,
    regex: Option<String>,
    entropy: Option<f64>,
    #[serde(default)]
    keywords: Vec<String>,
    secret_group: Option<usize>,
    path: Option<String>,
    #[serde(default)]
    allowlists: Vec<Allow>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Allow {
    #[serde(default)]
    regexes: Vec<String>,
    #[serde(default)]
    stopwords: Vec<String>,
    #[serde(default)]
    paths: Vec<String>,
    regex_target: Option<String>,
    condition: Option<String>,
}

/// A compiled allowlist (path conditions cannot apply to traffic and are dropped).
struct AllowList {
    regexes: Vec<Regex>,
    stopwords: Vec<String>,
    target: Target,
}

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Secret,
    Match,
    Line,
}

struct Rule {
    id: String,
    regex: Regex,
    entropy: Option<f64>,
    group: Option<usize>,
    allow: Vec<AllowList>,
}

/// One secret found in a text: rule id and byte span of the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// gitleaks rule id.
    pub rule: String,
    /// Byte start of the secret.
    pub start: usize,
    /// Byte end of the secret.
    pub end: usize,
}

/// The compiled rule set.
pub struct Secrets {
    rules: Vec<Rule>,
    keywords: AhoCorasick,
    keyword_rules: Vec<Vec<usize>>,
    always: Vec<usize>,
    global: AllowList,
}

/// Go's RE2 treats a `{` that does not start a repetition as a literal; Rust does not.
fn go_compat(pattern: &str) -> String {
    let bytes = pattern.as_bytes();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut i = 0;
    let mut in_class = false;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if c == '\\' {
            let end = (i + 2).min(bytes.len());
            out.push_str(&pattern[i..end]);
            i = end;
            continue;
        }
        match c {
            '[' => in_class = true,
            ']' => in_class = false,
            '{' if !in_class && !is_repetition(&pattern[i..]) => {
                out.push_str("\\{");
                i += 1;
                continue;
            }
            _ => {}
        }
        let ch = pattern[i..].chars().next().unwrap_or(c);
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

fn is_repetition(rest: &str) -> bool {
    let Some(end) = rest.find('}') else {
        return false;
    };
    let body = &rest[1..end];
    let mut parts = body.splitn(2, ',');
    let first = parts.next().unwrap_or("");
    !first.is_empty()
        && first.bytes().all(|b| b.is_ascii_digit())
        && parts
            .next()
            .is_none_or(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// Go's RE2 classes (`\w`, `\d`, `\s`, `\b`) are ASCII-only; compiling in byte mode
/// without Unicode matches that and is ~10x cheaper to build than Unicode classes.
fn regex(rule: &str, pattern: &str) -> Result<Regex, GuardError> {
    RegexBuilder::new(&go_compat(pattern))
        .unicode(false)
        .size_limit(64 << 20)
        .dfa_size_limit(16 << 20)
        .build()
        .map_err(|source| GuardError::Regex {
            rule: rule.to_string(),
            source,
        })
}

fn allowlist(rule: &str, a: &Allow) -> Result<Option<AllowList>, GuardError> {
    let needs_path = a.condition.as_deref() == Some("AND") && !a.paths.is_empty();
    if needs_path || (a.regexes.is_empty() && a.stopwords.is_empty()) {
        return Ok(None);
    }
    let target = match a.regex_target.as_deref() {
        Some("match") => Target::Match,
        Some("line") => Target::Line,
        _ => Target::Secret,
    };
    Ok(Some(AllowList {
        regexes: a
            .regexes
            .iter()
            .map(|r| regex(rule, r))
            .collect::<Result<_, _>>()?,
        stopwords: a.stopwords.iter().map(|s| s.to_lowercase()).collect(),
        target,
    }))
}

impl Secrets {
    /// Parse and compile the embedded gitleaks configuration.
    pub fn new() -> Result<Self, GuardError> {
        let cfg: Config = toml::from_str(GITLEAKS).map_err(|e| GuardError::Rules(e.to_string()))?;
        let global =
            allowlist("global", &cfg.allowlist.unwrap_or_default())?.unwrap_or(AllowList {
                regexes: vec![],
                stopwords: vec![],
                target: Target::Secret,
            });
        let mut rules = Vec::new();
        let mut words: Vec<String> = Vec::new();
        let mut keyword_rules: Vec<Vec<usize>> = Vec::new();
        let mut always = Vec::new();
        for def in cfg.rules {
            // Rules restricted to file paths (e.g. `*.tf`) cannot apply to traffic.
            let Some(pattern) = def.regex.as_ref().filter(|_| def.path.is_none()) else {
                continue;
            };
            let idx = rules.len();
            if def.keywords.is_empty() {
                always.push(idx);
            }
            for k in &def.keywords {
                let k = k.to_lowercase();
                match words.iter().position(|w| *w == k) {
                    Some(p) => keyword_rules[p].push(idx),
                    None => {
                        words.push(k);
                        keyword_rules.push(vec![idx]);
                    }
                }
            }
            let allow = def
                .allowlists
                .iter()
                .map(|a| allowlist(&def.id, a))
                .collect::<Result<Vec<_>, _>>()?;
            rules.push(Rule {
                regex: regex(&def.id, pattern)?,
                id: def.id,
                entropy: def.entropy,
                group: def.secret_group,
                allow: allow.into_iter().flatten().collect(),
            });
        }
        let keywords = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&words)
            .map_err(|e| GuardError::Automaton(e.to_string()))?;
        Ok(Secrets {
            rules,
            keywords,
            keyword_rules,
            always,
            global,
        })
    }

    /// Number of compiled rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// All secrets in `text`, non-overlapping, in order.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut selected = vec![false; self.rules.len()];
        for i in &self.always {
            selected[*i] = true;
        }
        for m in self.keywords.find_overlapping_iter(text) {
            for i in &self.keyword_rules[m.pattern().as_usize()] {
                selected[*i] = true;
            }
        }
        let mut hits = Vec::new();
        for (i, rule) in self.rules.iter().enumerate().filter(|(i, _)| selected[*i]) {
            let _ = i;
            self.run_rule(rule, text, &mut hits);
        }
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let mut out: Vec<Hit> = Vec::new();
        for h in hits {
            if out.last().is_none_or(|l| h.start >= l.end) {
                out.push(h);
            }
        }
        out
    }

    fn run_rule(&self, rule: &Rule, text: &str, hits: &mut Vec<Hit>) {
        for caps in rule.regex.captures_iter(text.as_bytes()) {
            let whole = caps.get(0).expect("group 0");
            let secret = match rule.group {
                Some(g) => caps.get(g),
                None => caps.iter().skip(1).flatten().next(),
            }
            .unwrap_or(whole);
            let (start, end) = snap(text, secret.start(), secret.end());
            let (ws, we) = snap(text, whole.start(), whole.end());
            let value = &text[start..end];
            if value.is_empty() || rule.entropy.is_some_and(|e| entropy(value) < e) {
                continue;
            }
            let parts = (value, &text[ws..we], line_of(text, ws, we));
            if allowed(&self.global, parts) || rule.allow.iter().any(|a| allowed(a, parts)) {
                continue;
            }
            hits.push(Hit {
                rule: rule.id.clone(),
                start,
                end,
            });
        }
    }
}

/// Widen a byte span to UTF-8 character boundaries (byte-mode regexes may split a char).
fn snap(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

fn line_of(text: &str, start: usize, end: usize) -> &str {
    let s = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let e = text[end..].find('\n').map_or(text.len(), |i| end + i);
    &text[s..e]
}

fn allowed(a: &AllowList, (secret, whole, line): (&str, &str, &str)) -> bool {
    let target = match a.target {
        Target::Secret => secret,
        Target::Match => whole,
        Target::Line => line,
    };
    if a.regexes.iter().any(|r| r.is_match(target.as_bytes())) {
        return true;
    }
    let lower = secret.to_lowercase();
    a.stopwords.iter().any(|w| lower.contains(w.as_str()))
}

/// Shannon entropy in bits per character.
pub fn entropy(s: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    let mut n = 0usize;
    for c in s.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    counts
        .values()
        .map(|&c| {
            let p = c as f64 / n as f64;
            -p * p.log2()
        })
        .sum()
}
