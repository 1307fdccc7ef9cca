//! Protocol versions and their negotiation.

/// The newest session-era version the gateway speaks.
pub const LATEST: &str = "2025-11-25";

/// The version a Streamable HTTP server must assume when a request has no
/// `MCP-Protocol-Version` header.
pub const DEFAULT_WITHOUT_HEADER: &str = "2025-03-26";

/// Session-era versions the gateway accepts from clients, newest first.
pub const SUPPORTED: &[&str] = &["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];

/// The stateless (2026-07-28) versions the gateway serves to clients.
pub const MODERN: &[&str] = &["2026-07-28"];

/// Whether `version` is one the gateway speaks.
pub fn is_supported(version: &str) -> bool {
    SUPPORTED.contains(&version)
}

/// The version to answer an `initialize` with: the client's if supported, else the latest.
pub fn negotiate(requested: Option<&str>) -> &'static str {
    requested
        .and_then(|r| SUPPORTED.iter().find(|v| **v == r))
        .copied()
        .unwrap_or(LATEST)
}

/// Whether a negotiated version has SSE priming events and polling (2025-11-25 and later).
pub fn has_sse_priming(version: &str) -> bool {
    version >= "2025-11-25"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_known_versions_and_falls_back_to_latest() {
        assert_eq!(negotiate(Some("2025-06-18")), "2025-06-18");
        assert_eq!(negotiate(Some("1999-01-01")), LATEST);
        assert_eq!(negotiate(None), LATEST);
        assert!(has_sse_priming("2025-11-25"));
        assert!(!has_sse_priming("2025-06-18"));
    }
}
