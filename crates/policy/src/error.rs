//! The crate's error types: [`PolicyError`] for configuration and loading,
//! [`AuthError`] for the outcome of a failed authentication.

use std::fmt;

/// Where a problem was found in a policy file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyDiagnostic {
    /// The file name the caller gave with the policy text.
    pub file: String,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column (in characters), 0 when unknown.
    pub column: usize,
    /// The policy id, when the problem belongs to one policy.
    pub policy_id: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for PolicyDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if let Some(id) = &self.policy_id {
            write!(f, "[{id}] ")?;
        }
        f.write_str(&self.message)
    }
}

/// Formats a list of diagnostics, one per line.
fn join(diags: &[PolicyDiagnostic]) -> String {
    let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

/// Every configuration, loading or evaluation-setup error of this crate.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// One or more policy files failed to parse or to validate against the schema.
    #[error("invalid policies:\n{}", join(.0))]
    Policies(Vec<PolicyDiagnostic>),
    /// The generated Cedar schema was rejected (bad attribute declarations).
    #[error("invalid schema: {0}")]
    Schema(String),
    /// Invalid JWT validator configuration or key set.
    #[error("invalid JWT configuration: {0}")]
    JwtConfig(String),
    /// Invalid API key configuration.
    #[error("invalid API key configuration: {0}")]
    ApiKey(String),
    /// A request could not be turned into a Cedar request (bad entity or context).
    #[error("cannot build authorization request: {0}")]
    Request(String),
    /// A call's argument that `policy.arguments` declares does not fit its type: the call is
    /// refused, and the caller may be told why (its own argument, no policy's secret).
    #[error("invalid argument: {0}")]
    ArgumentType(String),
    /// A policy test file could not be read.
    #[error("invalid policy test file: {0}")]
    TestFile(String),
}

/// Why a credential was refused. Precise on purpose: the gateway maps these
/// to log fields and, for [`AuthError::UnknownKid`], refreshes the JWKS once
/// and retries.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// Not a well-formed compact JWS / JWT, or a claim has the wrong type.
    #[error("malformed token: {0}")]
    Malformed(String),
    /// The header's `alg` is not in the allowed list (always the case for `none`),
    /// or does not fit the selected key.
    #[error("algorithm not allowed: {0}")]
    AlgorithmNotAllowed(String),
    /// No key in the set has this `kid`: refresh the key set and retry once.
    #[error("unknown key id: {0}")]
    UnknownKid(String),
    /// The signature does not verify with the selected key.
    #[error("bad signature")]
    BadSignature,
    /// `exp` (plus leeway) is in the past.
    #[error("token expired")]
    Expired,
    /// `nbf` (minus leeway) is in the future.
    #[error("token not yet valid")]
    NotYetValid,
    /// `aud` does not contain any configured audience.
    #[error("wrong audience")]
    WrongAudience,
    /// `iss` is not the configured issuer.
    #[error("wrong issuer")]
    WrongIssuer,
    /// A required claim is absent.
    #[error("missing claim: {0}")]
    MissingClaim(String),
}
