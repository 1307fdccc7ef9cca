//! Which protocol era a request belongs to.
//!
//! rmcp 3.11 serves both eras on one endpoint: 2025-11-25 sessions (opened with
//! `initialize`, server-to-client requests allowed) and 2026-07-28 stateless
//! requests (every request carries its version in `_meta`; the server asks the
//! client for input by returning an `input_required` result instead).

use rmcp::{RoleServer, model::ProtocolVersion, service::RequestContext};

/// Whether `context` belongs to a 2026-07-28 (or later) request, which must
/// not receive server-to-client requests. rmcp resolves the version from the
/// request's `_meta`, falling back to the session's negotiated version.
pub(crate) fn is_modern(context: &RequestContext<RoleServer>) -> bool {
    context
        .protocol_version()
        .is_some_and(|version| is_modern_version(&version))
}

/// Whether `version` is 2026-07-28 or later (ISO dates compare lexically).
fn is_modern_version(version: &ProtocolVersion) -> bool {
    version.as_str() >= ProtocolVersion::V_2026_07_28.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_2026_and_later_are_modern() {
        assert!(is_modern_version(&ProtocolVersion::V_2026_07_28));
        assert!(!is_modern_version(&ProtocolVersion::V_2025_11_25));
        assert!(!is_modern_version(&ProtocolVersion::V_2025_03_26));
    }
}
