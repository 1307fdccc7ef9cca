//! Compiling policy files (name + text) into one validated `PolicySet`.
//!
//! Policy ids: the `@id("...")` annotation when present (must be unique across
//! all files), otherwise `<file>#<cedar id>` (`finance.cedar#policy0`).

use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use cedar_policy::{
    Effect, PolicyId, PolicySet, Schema, ValidationMode, ValidationWarning, Validator,
};
use miette::Diagnostic;

use crate::error::{PolicyDiagnostic, PolicyError};

/// A compiled policy set plus the per-policy facts the engine needs.
#[derive(Debug, Default)]
pub(crate) struct Compiled {
    pub set: PolicySet,
    /// Permit policies annotated `@approval("required")`.
    pub approval: HashSet<PolicyId>,
    /// Forbid policies (an evaluation error in one of them denies).
    pub forbid: HashSet<PolicyId>,
    /// `@reason("...")` annotations.
    pub reasons: HashMap<PolicyId, String>,
}

/// 1-based (line, column) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// A diagnostic located at the first label of `d` inside `text`.
fn locate(
    file: &str,
    text: &str,
    policy_id: Option<String>,
    d: &dyn Diagnostic,
) -> PolicyDiagnostic {
    let offset = d.labels().and_then(|mut l| l.next()).map(|l| l.offset());
    let (line, column) = offset.map_or((0, 0), |o| line_col(text, o));
    let mut message = d.to_string();
    if let Some(help) = d.help() {
        message.push_str(&format!(" (help: {help})"));
    }
    PolicyDiagnostic {
        file: file.to_string(),
        line,
        column,
        policy_id,
        message,
    }
}

/// Parses one file and adds its policies to `out`, recording each id's file index.
fn add_file(
    idx: usize,
    (file, text): (&str, &str),
    out: &mut Compiled,
    owner: &mut HashMap<PolicyId, usize>,
    diags: &mut Vec<PolicyDiagnostic>,
) {
    let parsed = match PolicySet::from_str(text) {
        Ok(p) => p,
        Err(errs) => {
            diags.extend(errs.iter().map(|e| locate(file, text, None, e)));
            return;
        }
    };
    if parsed.num_of_templates() > 0 {
        diags.push(PolicyDiagnostic {
            file: file.to_string(),
            line: 0,
            column: 0,
            policy_id: None,
            message: "policy templates (?principal / ?resource) are not supported".into(),
        });
    }
    let mut policies: Vec<_> = parsed.policies().collect();
    policies.sort_by_key(|p| policy_number(p.id().as_ref()));
    for p in policies {
        let id = match p.annotation("id") {
            Some(a) => PolicyId::new(a),
            None => PolicyId::new(format!("{file}#{}", p.id())),
        };
        let policy = p.new_id(id.clone());
        if out.set.add(policy).is_err() {
            diags.push(PolicyDiagnostic {
                file: file.to_string(),
                line: 0,
                column: 0,
                policy_id: Some(id.to_string()),
                message: "duplicate policy id".into(),
            });
            continue;
        }
        record_facts(p, &id, out);
        owner.insert(id, idx);
    }
}

fn policy_number(id: &str) -> usize {
    id.trim_start_matches("policy")
        .parse()
        .unwrap_or(usize::MAX)
}

fn record_facts(p: &cedar_policy::Policy, id: &PolicyId, out: &mut Compiled) {
    match p.effect() {
        Effect::Forbid => {
            out.forbid.insert(id.clone());
        }
        Effect::Permit if p.annotation("approval") == Some("required") => {
            out.approval.insert(id.clone());
        }
        Effect::Permit => {}
    }
    if let Some(r) = p.annotation("reason") {
        out.reasons.insert(id.clone(), r.to_string());
    }
}

/// Warnings that are errors here: a policy that can never apply is almost
/// always a typo (e.g. `context.arguments has rows` for an undeclared
/// argument, which Cedar types as `false`), and for a forbid that typo would
/// silently disable it. Bidi control characters can hide what a policy does.
fn is_fatal(w: &ValidationWarning) -> bool {
    matches!(
        w,
        ValidationWarning::ImpossiblePolicy(_)
            | ValidationWarning::InvalidActionApplication(_)
            | ValidationWarning::BidiCharsInString(_)
            | ValidationWarning::BidiCharsInIdentifier(_)
    )
}

/// Parses every file, then validates the whole set strictly against `schema`.
/// All problems are reported together, each with file, line and column.
pub(crate) fn compile(files: &[(&str, &str)], schema: &Schema) -> Result<Compiled, PolicyError> {
    let mut out = Compiled::default();
    let mut owner = HashMap::new();
    let mut diags = Vec::new();
    for (idx, file) in files.iter().enumerate() {
        add_file(idx, *file, &mut out, &mut owner, &mut diags);
    }
    if !diags.is_empty() {
        return Err(PolicyError::Policies(diags));
    }
    let result = Validator::new(schema.clone()).validate(&out.set, ValidationMode::Strict);
    for e in result.validation_errors() {
        let id = e.policy_id();
        let (file, text) = owner.get(id).map_or(("<unknown>", ""), |i| files[*i]);
        diags.push(locate(file, text, Some(id.to_string()), e));
    }
    for w in result.validation_warnings().filter(|w| is_fatal(w)) {
        let id = w.policy_id();
        let (file, text) = owner.get(id).map_or(("<unknown>", ""), |i| files[*i]);
        diags.push(locate(file, text, Some(id.to_string()), w));
    }
    if diags.is_empty() {
        Ok(out)
    } else {
        Err(PolicyError::Policies(diags))
    }
}

#[cfg(test)]
mod tests {
    use super::line_col;

    #[test]
    fn line_and_column() {
        let t = "ab\ncdé\nf";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        assert_eq!(
            line_col(t, 7),
            (2, 4),
            "columns count characters, not bytes"
        );
        assert_eq!(line_col(t, 99), (3, 2));
    }
}
