//! The crate's single error type.

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database driver reported an error.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// Reading or writing a file (signing key, export target) failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    /// A value could not be serialized to or parsed from JSON.
    #[error("json error: {0}")]
    Json(#[from] serde_json::Error),
    /// The configuration is unusable (bad URL, bad key file, ...).
    #[error("invalid configuration: {0}")]
    Config(String),
    /// A caller-supplied value (timestamp, filter, ...) is invalid.
    #[error("invalid input: {0}")]
    Invalid(String),
    /// A stored value is not in the expected shape (e.g. an edited row).
    #[error("corrupt stored data: {0}")]
    Corrupt(String),
    /// The requested pin or approval does not exist.
    #[error("not found: {0}")]
    NotFound(String),
    /// The approval was already decided.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The audit writer could not commit the batch holding this record.
    #[error("audit write failed: {0}")]
    WriteFailed(String),
    /// The store was closed; no more appends are accepted.
    #[error("store is closed")]
    Closed,
}
