//! Findings, verdicts and score combination.

use serde::Serialize;

use crate::category::{Action, Actions, Category};

/// One detection.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Rule id, e.g. `hidden-unicode-tags` or `aws-access-token`.
    pub rule: String,
    /// Threat category.
    pub category: Category,
    /// OWASP MCP Top 10 (2025) id, e.g. `MCP03`.
    pub owasp: Option<&'static str>,
    /// Human-readable explanation; never contains a secret value.
    pub message: String,
    /// Confidence in `[0, 1]`.
    pub score: f32,
    /// JSON pointer to the offending string, e.g. `/inputSchema/properties/path/description`.
    pub location: String,
}

impl Finding {
    /// Build a finding; the OWASP id is derived from the category.
    pub fn new(
        rule: impl Into<String>,
        category: Category,
        score: f32,
        location: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            rule: rule.into(),
            category,
            owasp: category.owasp(),
            message: message.into(),
            score: score.clamp(0.0, 1.0),
            location: location.into(),
        }
    }
}

/// The decision for one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// Strongest action over all findings.
    pub action: Action,
    /// Combined score `1 - prod(1 - s)` in `[0, 1]`.
    pub score: f32,
    /// All findings.
    pub findings: Vec<Finding>,
}

/// Combine independent scores as `1 - prod(1 - s)`.
pub fn combine(scores: impl IntoIterator<Item = f32>) -> f32 {
    let rest: f32 = scores
        .into_iter()
        .map(|s| 1.0 - s.clamp(0.0, 1.0))
        .product();
    (1.0 - rest).clamp(0.0, 1.0)
}

/// Build a verdict from findings and an action table.
pub fn verdict(findings: Vec<Finding>, actions: &Actions) -> Verdict {
    let action = findings
        .iter()
        .map(|f| actions.action(f.category))
        .max()
        .unwrap_or(Action::Off);
    let score = combine(findings.iter().map(|f| f.score));
    Verdict {
        action,
        score,
        findings,
    }
}

/// Shorten text for messages (by characters), adding an ellipsis.
pub fn truncate(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

/// Mask a secret: first 4 characters then asterisks.
pub fn mask(secret: &str) -> String {
    let head: String = secret.chars().take(4).collect();
    format!("{head}****")
}

/// The secret or personal data among a call's argument `findings` that redaction would take
/// out: a tool acts on what it is given, so a redacted argument makes a different call (the
/// file written holds `[REDACTED:...]`), which the gateway refuses instead; `gatehouse scan`
/// says `block` for it too. Hidden content is not counted: invisible characters are no data
/// the tool needs.
pub fn redaction_would_alter<'a>(
    findings: &'a [Finding],
    actions: &crate::Actions,
) -> Option<&'a Finding> {
    use crate::{Action, Category};
    (findings.iter())
        .filter(|f| matches!(f.category, Category::Secret | Category::Pii))
        .filter(|f| actions.action(f.category) == Action::Redact)
        .max_by(|a, b| a.score.total_cmp(&b.score))
}
