//! Secret detection with the embedded gitleaks rule set: an Aho-Corasick pass over all
//! rule keywords selects the rules whose regexes run; entropy and allowlists are honoured.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::bytes::{Regex, RegexBuilder};
use serde::Deserialize;

use crate::GuardError;

const GITLEAKS: &str = include_str!("../rules/gitleaks.toml");
/// Gatehouse's own credential formats (its API keys), in the same format.
const OWN_RULES: &str = include_str!("../rules/gatehouse.toml");

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
    /// Longest match the regex can make, in bytes, when bounded (see [`Secrets::find`]).
    reach: Option<usize>,
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

/// The longest match of a rule's pattern in bytes, when it has a bound of at most
/// [`MAX_REACH`] (none for unbounded patterns such as a private-key block).
fn reach(pattern: &str) -> Option<usize> {
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(&go_compat(pattern))
        .ok()?;
    hir.properties().maximum_len().filter(|&n| n <= MAX_REACH)
}

/// Rules whose matches can be longer than this always search the whole text.
const MAX_REACH: usize = 2048;
/// Texts up to this length are searched whole by every selected rule.
const LOCAL_MIN: usize = 4096;

/// Byte ranges of `text` within `reach` of a keyword occurrence, merged and in order.
fn near(keywords: &[(usize, usize)], reach: usize, len: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(s, e) in keywords {
        let (s, e) = (s.saturating_sub(reach), (e + reach).min(len));
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
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
        let parse =
            |text| toml::from_str::<Config>(text).map_err(|e| GuardError::Rules(e.to_string()));
        let mut cfg = parse(GITLEAKS)?;
        cfg.rules.extend(parse(OWN_RULES)?.rules);
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
                reach: reach(pattern),
                id: def.id,
                entropy: def.entropy,
                group: def.secret_group,
                allow: allow.into_iter().flatten().collect(),
            });
        }
        // A full DFA: the overlapping search every result goes through walks the NFA's
        // failure links otherwise (6% of the time spent on a long result); the keywords'
        // DFA is small. The matches are the same.
        let keywords = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
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
    ///
    /// An Aho-Corasick pass over every rule's keywords selects the rules to run. On a long
    /// text, a selected rule with a bounded match length searches only the stretches within
    /// that length of its keywords: a gitleaks keyword is a literal of the rule's match, so
    /// no match lies elsewhere. Most rules start with a prefix such as `[\w.-]{0,50}?` that
    /// no prefilter can skip, and thirty of them over the whole of a 256 KB result took
    /// 30-40 ms; the stretches make it proportional to the keywords found.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        self.find_near_keywords(text, true)
    }

    /// [`Secrets::find`], with the search near keywords on or off (off: every selected rule
    /// searches the whole text, as gitleaks does).
    fn find_near_keywords(&self, text: &str, local: bool) -> Vec<Hit> {
        // (rule, keyword span) for every keyword found; nothing is allocated when none is.
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.keywords.find_overlapping_iter(text) {
            for &i in &self.keyword_rules[m.pattern().as_usize()] {
                found.push((i, m.start(), m.end()));
            }
        }
        found.sort_unstable();
        let mut hits = Vec::new();
        for i in &self.always {
            self.run_rule(&self.rules[*i], text, (0, text.len()), &mut hits);
        }
        for spans in found.chunk_by(|a, b| a.0 == b.0) {
            let rule = &self.rules[spans[0].0];
            let ranges = match rule.reach {
                Some(reach) if local && text.len() > LOCAL_MIN => {
                    let spans: Vec<(usize, usize)> = spans.iter().map(|s| (s.1, s.2)).collect();
                    near(&spans, reach, text.len())
                }
                _ => vec![(0, text.len())],
            };
            for range in ranges {
                self.run_rule(rule, text, range, &mut hits);
            }
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

    /// Run one rule over the bytes `from..to` of `text`.
    fn run_rule(&self, rule: &Rule, text: &str, (from, to): (usize, usize), hits: &mut Vec<Hit>) {
        for caps in rule.regex.captures_iter(&text.as_bytes()[from..to]) {
            let whole = caps.get(0).expect("group 0");
            let secret = match rule.group {
                Some(g) => caps.get(g),
                None => caps.iter().skip(1).flatten().next(),
            }
            .unwrap_or(whole);
            let (start, end) = snap(text, from + secret.start(), from + secret.end());
            let (ws, we) = snap(text, from + whole.start(), from + whole.end());
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every true-positive literal of the gitleaks corpus, `gap` bytes of prose apart (prose
    /// that names keywords such as "key" and "token" without holding a secret).
    fn long_text(gap: usize, every: usize) -> String {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/corpora/gitleaks/rule_literals.jsonl"
        );
        let corpus = std::fs::read_to_string(path).expect("gitleaks corpus");
        let prose = "The deploy key rotation is due; ask the platform team for a new token \
            before Friday. Passwords and secrets live in the vault, never in the repo. ";
        let filler: String = prose.chars().cycle().take(gap).collect();
        let mut text = String::new();
        for (i, line) in corpus.lines().enumerate().filter(|(i, _)| i % every == 0) {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            if v["label"] == "tp" {
                text.push_str(v["text"].as_str().unwrap_or(""));
                text.push_str(&format!("\n{i} {filler}\n"));
            }
        }
        text
    }

    #[test]
    fn searching_near_keywords_finds_what_the_whole_text_search_finds() {
        let secrets = Secrets::new().expect("rules compile");
        for (gap, every) in [(0, 1), (40, 1), (1_500, 1), (6_000, 3)] {
            let text = long_text(gap, every);
            assert!(text.len() > 2 * LOCAL_MIN, "{} bytes", text.len());
            let whole = secrets.find_near_keywords(&text, false);
            assert!(whole.len() > 20, "{} secrets", whole.len());
            assert_eq!(secrets.find(&text), whole, "gap {gap}");
        }
        let bounded = secrets.rules.iter().filter(|r| r.reach.is_some()).count();
        assert!(
            bounded > secrets.rules.len() / 2,
            "most rules have a bounded match"
        );
    }

    #[test]
    fn the_gateways_own_api_keys_are_secrets() {
        let secrets = Secrets::new().unwrap();
        let key = "ghk_Qm9uZGF5LW1vcm5pbmctc2VjcmV0LWtleS0wMTIzNDU2";
        let hits = secrets.find(&format!("call with {key} please"));
        assert!(
            hits.iter().any(|h| h.rule == "gatehouse-api-key"),
            "{hits:?}"
        );
        assert!(secrets.find("the ghk_ prefix marks our keys").is_empty());
    }

    /// Audit 19: an .env line and a sentence gave passwords that gitleaks' generic rule cut
    /// at `&` or `!`; references, identifiers, paths, dates and placeholders are no passwords.
    #[test]
    fn plain_passwords_are_secrets_and_references_are_not() {
        let secrets = Secrets::new().unwrap();
        for (text, password) in [
            (
                "DB_HOST=db\nDB_PASSWORD=Tr0ub4dor&3-prod\n",
                "Tr0ub4dor&3-prod",
            ),
            (
                "plain: the root password is Winter2026!Prod",
                "Winter2026!Prod",
            ),
            ("database:\n  password: Kx9#mPq2vL\n", "Kx9#mPq2vL"),
        ] {
            let hits = secrets.find(text);
            let found: Vec<&str> = hits
                .iter()
                .filter(|h| h.rule == "password-assignment")
                .map(|h| &text[h.start..h.end])
                .collect();
            assert_eq!(found, [password], "{text}: {hits:?}");
        }
        for text in [
            "DB_PASSWORD=${DB_PASSWORD}\nPGPASSWORD=$SECRET",
            "password = config.db_password\nlet password_hash = argon2.hash_password(pw)",
            "use password_hash::phc::PasswordHash;",
            "The password is stored in the vault and is at least 8 characters long.",
            "DB_PASSWORD=your_password_here\nADMIN_PASSWORD=<set-me>\npassword: ********",
            "PASSWORD_MIN_LENGTH=12\npwdLastSet: 2024-02-11\n--password-file=/run/db/pw.txt",
            "if password == \"hunter2xyz\" {",
        ] {
            let hits = secrets.find(text);
            assert!(
                !hits.iter().any(|h| h.rule == "password-assignment"),
                "{text}: {hits:?}"
            );
        }
    }
}
