//! The compiled detector bundle and its scan entry points.

use serde_json::Value;

use crate::GuardError;
use crate::args::ArgScanner;
use crate::category::{Action, Actions, Category};
use crate::encoded::Decoder;
use crate::finding::{Finding, Verdict, mask, truncate, verdict};
use crate::injection::{Context, Scorer, THRESHOLD};
use crate::pii::{BULK_RECORDS, Pii};
use crate::secrets::{Hit, Secrets};
use crate::{args, exfil, hidden, lookalike, walk};

/// All detectors, compiled once. `Send + Sync`; share it behind an `Arc`.
pub struct Guard {
    pub(crate) scorer: Scorer,
    pub(crate) args: ArgScanner,
    pub(crate) decoder: Decoder,
    pub(crate) secrets: Secrets,
    pub(crate) pii: Pii,
}

impl Guard {
    /// Compile every rule (gitleaks, features, argument patterns).
    pub fn new() -> Result<Guard, GuardError> {
        Ok(Guard {
            scorer: Scorer::new()?,
            args: ArgScanner::new()?,
            decoder: Decoder::new()?,
            secrets: Secrets::new()?,
            pii: Pii::new()?,
        })
    }

    /// Rule score and fused model probability of one string (for training and evaluation).
    pub fn instruction_scores(&self, text: &str, tool: bool) -> (f32, f32) {
        let ctx = if tool { Context::Tool } else { Context::Result };
        let (s, m) = self.scorer.both(text, ctx);
        (s.score, m)
    }

    /// Dense rule features of one string, as used by the learned model.
    pub fn rule_features(&self, text: &str, tool: bool) -> [f32; crate::model::RULES] {
        self.window_features(text, &crate::model::StringContext::of(text), tool)
    }

    /// Dense rule features of one window of a longer string whose context (field names,
    /// detection words) is `string`, as the learned model computes them per window.
    pub fn window_features(
        &self,
        window: &str,
        string: &crate::model::StringContext,
        tool: bool,
    ) -> [f32; crate::model::RULES] {
        let ctx = if tool { Context::Tool } else { Context::Result };
        crate::model::rule_features(&self.scorer.score(window, ctx), window, string, tool)
    }

    /// Number of compiled gitleaks secret rules.
    pub fn secret_rules(&self) -> usize {
        self.secrets.len()
    }

    /// Scan a whole tool definition (every string, keys included, nested schemas too).
    pub fn scan_tool(&self, tool: &Value) -> Vec<Finding> {
        let mut out = Vec::new();
        walk::strings(tool, "", &mut |ptr, text, _key| {
            hidden::scan(text, ptr, &mut out);
            self.scorer.scan(text, ptr, Context::Tool, &mut out);
            self.encoded(text, ptr, Context::Tool, &mut out);
        });
        self.finish(out)
    }

    /// Look-alike, homoglyph and duplicate tool names across servers.
    pub fn look_alikes(&self, tools: &[(String, String)]) -> Vec<(usize, Finding)> {
        lookalike::scan(tools)
    }

    /// Scan an outgoing call's arguments, judged against the tool's purpose.
    pub fn scan_arguments(
        &self,
        tool_name: &str,
        tool_description: Option<&str>,
        arguments: &Value,
    ) -> Vec<Finding> {
        let purpose = self.args.purpose(tool_name, tool_description);
        let mut out = Vec::new();
        walk::strings(arguments, "", &mut |ptr, text, _key| {
            hidden::scan(text, ptr, &mut out);
            self.dlp(text, ptr, &mut out);
            let payload = args::is_payload(ptr, text, purpose);
            if !payload {
                self.args.scan(text, ptr, purpose, &mut out);
            }
            // A secret sent out encoded (`?d=<base64 of the token>`) is still that secret.
            for decoded in self.decoder.decode_printable(text) {
                self.encoded_secrets(&decoded, ptr, &mut out);
            }
            if payload {
                return;
            }
            for decoded in self.decoder.decode_all(text) {
                let mut inner = Vec::new();
                self.args.scan(&decoded, ptr, purpose, &mut inner);
                if let Some(f) = inner.into_iter().max_by(|a, b| a.score.total_cmp(&b.score)) {
                    out.push(encoded_finding(&decoded, ptr, f.score, &f.rule));
                }
            }
        });
        self.bulk(arguments, &mut out);
        self.finish(out)
    }

    /// Scan a tools/call result or resource (content[], structuredContent, anything).
    pub fn scan_result(&self, result: &Value) -> Vec<Finding> {
        let mut out = Vec::new();
        walk::strings(result, "", &mut |ptr, text, key| {
            hidden::scan(text, ptr, &mut out);
            if key {
                return;
            }
            self.scorer.scan(text, ptr, Context::Result, &mut out);
            exfil::scan(text, ptr, &mut out);
            self.encoded(text, ptr, Context::Result, &mut out);
            self.dlp(text, ptr, &mut out);
        });
        self.bulk(result, &mut out);
        self.finish(out)
    }

    /// Scan a `prompts/get` result. A prompt is instructions for the model by design, so the
    /// instruction scorer does not run; what a prompt must not carry is still found: hidden
    /// content (zero-width, bidi, tag characters, ANSI), encoded instructions, exfiltration
    /// through markdown images or links, and secrets or personal data.
    pub fn scan_prompt(&self, result: &Value) -> Vec<Finding> {
        let mut out = Vec::new();
        walk::strings(result, "", &mut |ptr, text, key| {
            hidden::scan(text, ptr, &mut out);
            if key {
                return;
            }
            exfil::scan(text, ptr, &mut out);
            self.encoded(text, ptr, Context::Result, &mut out);
            self.dlp(text, ptr, &mut out);
        });
        self.bulk(result, &mut out);
        self.finish(out)
    }

    /// Highest fused instruction probability (learned model plus rule features) over all
    /// strings in `value`, including values below the finding threshold (`tool` selects
    /// the tool-definition context).
    /// Useful for ranking and for ROC curves.
    pub fn risk(&self, value: &Value, tool: bool) -> f32 {
        let ctx = if tool { Context::Tool } else { Context::Result };
        let mut best = 0.0f32;
        walk::strings(value, "", &mut |_, text, _| {
            best = best.max(self.scorer.both(text, ctx).1);
        });
        best
    }

    /// Combine findings into a verdict under an action table.
    pub fn verdict(&self, findings: Vec<Finding>, actions: &Actions) -> Verdict {
        verdict(findings, actions)
    }

    /// Redact in place: secret and PII spans become `[REDACTED:<rule>]` when their
    /// action is `Redact`; hidden characters are stripped, and a base64 or hex blob that decodes
    /// to instructions becomes `[REDACTED:encoded-payload]`, when `hidden_content` is `Redact`
    /// (the blob used to reach the client as it came, the finding's verdict `redact`).
    /// Returns how many spans (or strings, for hidden content) changed.
    pub fn redact(&self, value: &mut Value, actions: &Actions) -> usize {
        let secrets = actions.action(Category::Secret) == Action::Redact;
        let pii = actions.action(Category::Pii) == Action::Redact;
        let hidden_on = actions.action(Category::HiddenContent) == Action::Redact;
        let bulk = pii && self.bulk_count(value) >= BULK_RECORDS;
        walk::rewrite(value, &mut |s: &mut String| {
            let mut n = usize::from(hidden_on && hidden::strip(s));
            let mut hits = Vec::new();
            if hidden_on {
                hits.extend(self.encoded_spans(s));
            }
            if secrets {
                hits.extend(self.secrets.find(s));
            }
            if pii {
                hits.extend(self.pii.find(s));
                if bulk {
                    hits.extend(self.pii.bulk_spans(s));
                }
            }
            n += replace_spans(s, hits);
            n
        })
    }

    /// The blobs of `text` that decode to what [`Guard::encoded`] reports as instructions.
    fn encoded_spans(&self, text: &str) -> Vec<Hit> {
        (self.decoder.prose_spans(text).into_iter())
            .filter(|(_, decoded)| self.scorer.score(decoded, Context::Result).score >= THRESHOLD)
            .map(|(span, _)| Hit {
                rule: "encoded-payload".into(),
                start: span.start,
                end: span.end,
            })
            .collect()
    }

    fn encoded(&self, text: &str, ptr: &str, ctx: Context, out: &mut Vec<Finding>) {
        for decoded in self.decoder.decode_all(text) {
            let s = self.scorer.score(&decoded, ctx);
            if s.score >= THRESHOLD {
                out.push(encoded_finding(&decoded, ptr, s.score, "instructions"));
            }
        }
    }

    /// Secrets in a decoded base64 or hex blob of an argument, as `encoded-secret` findings.
    fn encoded_secrets(&self, decoded: &str, ptr: &str, out: &mut Vec<Finding>) {
        self.secrets_in(decoded, ptr, true, out);
    }

    /// Secret findings for `text`: each named by its gitleaks rule, or `encoded-secret` when
    /// `text` was decoded from a blob.
    fn secrets_in(&self, text: &str, ptr: &str, encoded: bool, out: &mut Vec<Finding>) {
        for h in self.secrets.find(text) {
            let shown = mask(&text[h.start..h.end]);
            let (rule, msg) = match encoded {
                true => (
                    "encoded-secret".to_owned(),
                    format!(
                        "encoded secret matching gitleaks rule `{}`: {shown}",
                        h.rule
                    ),
                ),
                false => (
                    h.rule.clone(),
                    format!("secret matching gitleaks rule `{}`: {shown}", h.rule),
                ),
            };
            out.push(Finding::new(rule, Category::Secret, 0.9, ptr, msg));
        }
    }

    fn dlp(&self, text: &str, ptr: &str, out: &mut Vec<Finding>) {
        self.secrets_in(text, ptr, false, out);
        for h in self.pii.find(text) {
            let msg = format!("{} ({})", h.rule, mask(&text[h.start..h.end]));
            out.push(Finding::new(h.rule.clone(), Category::Pii, 0.8, ptr, msg));
        }
    }

    fn bulk_count(&self, value: &Value) -> usize {
        let mut n = 0;
        walk::strings(value, "", &mut |_, text, _| {
            n += self.pii.count_records(text)
        });
        n
    }

    fn bulk(&self, value: &Value, out: &mut Vec<Finding>) {
        let n = self.bulk_count(value);
        if n >= BULK_RECORDS {
            let msg = format!("{n} email addresses / phone numbers: bulk personal records");
            out.push(Finding::new(
                "pii-bulk-records",
                Category::Pii,
                0.7,
                "",
                msg,
            ));
        }
    }

    /// Make sure no message carries a secret value.
    fn finish(&self, mut out: Vec<Finding>) -> Vec<Finding> {
        for f in &mut out {
            if f.category == Category::Secret {
                continue;
            }
            let hits = self.secrets.find(&f.message);
            if !hits.is_empty() {
                replace_spans(&mut f.message, hits);
            }
        }
        out
    }
}

fn encoded_finding(decoded: &str, ptr: &str, score: f32, what: &str) -> Finding {
    let msg = format!(
        "encoded payload ({what}) decodes to: \"{}\"",
        truncate(decoded, 100)
    );
    Finding::new(
        "encoded-payload",
        Category::HiddenContent,
        score.max(0.7),
        ptr,
        msg,
    )
}

/// Replace non-overlapping spans with `[REDACTED:<rule>]`; returns the count.
fn replace_spans(s: &mut String, mut hits: Vec<Hit>) -> usize {
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut kept: Vec<Hit> = Vec::new();
    for h in hits {
        if kept.last().is_none_or(|l| h.start >= l.end) {
            kept.push(h);
        }
    }
    for h in kept.iter().rev() {
        s.replace_range(h.start..h.end, &format!("[REDACTED:{}]", h.rule));
    }
    kept.len()
}
