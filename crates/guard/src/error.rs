//! The crate's single error type.

/// Errors raised while building a [`crate::Guard`] or scanning a JSONL line.
#[derive(Debug, thiserror::Error)]
pub enum GuardError {
    /// A built-in or gitleaks regular expression failed to compile.
    #[error("rule {rule}: regex does not compile: {source}")]
    Regex {
        /// Rule id.
        rule: String,
        /// Underlying error.
        #[source]
        source: regex::Error,
    },
    /// The embedded gitleaks rule file failed to parse.
    #[error("gitleaks rules: {0}")]
    Rules(String),
    /// A keyword automaton failed to build.
    #[error("keyword automaton: {0}")]
    Automaton(String),
    /// A JSONL scan line was not valid JSON or lacked a required field.
    #[error("scan line: {0}")]
    Line(String),
    /// A category name was not recognised.
    #[error("unknown category `{0}`")]
    UnknownCategory(String),
}
