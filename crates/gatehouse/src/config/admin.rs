//! Compiling the `admin` section: the operators' listener and its token.

use std::net::SocketAddr;

use super::raw::RawAdmin;
use super::{Errors, expand};

/// The admin listener as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminConfig {
    /// Where it listens.
    pub listen: SocketAddr,
    /// The bearer token that grants `/admin/...`.
    pub token: Option<String>,
    /// Roles of authenticated principals that grant `/admin/...`.
    pub roles: Vec<String>,
    /// Origins besides the listener's own that browsers may use it from.
    pub allowed_origins: Vec<String>,
}

impl AdminConfig {
    /// Who may use `/admin/...`, as the gateway takes it.
    pub fn access(&self) -> gateway::AdminAccess {
        gateway::AdminAccess {
            token: self.token.clone(),
            roles: self.roles.clone(),
            allowed_hosts: gateway::default_allowed_hosts(self.listen),
            allowed_origins: self.allowed_origins.clone(),
        }
    }
}

/// The admin listener, or `None` (with errors recorded) when the section is wrong.
pub(super) fn compile_admin(
    raw: &RawAdmin,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Option<AdminConfig> {
    let Some(text) = &raw.listen else {
        errors.push("admin.listen", "missing (an address like 127.0.0.1:9090)");
        return None;
    };
    let Ok(listen) = text.parse::<SocketAddr>() else {
        errors.push(
            "admin.listen",
            format!("`{text}` is not an address like 127.0.0.1:9090"),
        );
        return None;
    };
    let token = match &raw.token {
        Some(token) => match expand::expand(token, lookup) {
            Ok(token) if token.len() >= 16 => Some(token),
            Ok(_) => {
                errors.push("admin.token", "too short: use at least 16 characters");
                return None;
            }
            Err(e) => {
                errors.push("admin.token", e);
                return None;
            }
        },
        None => None,
    };
    if token.is_none() && raw.roles.is_empty() && !listen.ip().is_loopback() {
        errors.push(
            "admin.token",
            "a token or admin.roles is required when admin.listen is not a loopback address (the admin API approves tools and calls)",
        );
        return None;
    }
    for (i, origin) in raw.allowed_origins.iter().enumerate() {
        if let Some(problem) = origin_problem(origin) {
            errors.push(format!("admin.allowed_origins[{i}]"), problem);
        }
    }
    Some(AdminConfig {
        listen,
        token,
        roles: raw.roles.clone(),
        allowed_origins: raw.allowed_origins.clone(),
    })
}

/// What is wrong with `origin` as a browser would send it (`https://host[:port]`, lower case,
/// no path), if anything. `*` and `null` are refused: the admin listener decides held calls.
fn origin_problem(origin: &str) -> Option<String> {
    let rest = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    let well_formed = rest.is_some_and(|host| {
        !host.is_empty() && !host.contains(['/', '?', '#', '@']) && !host.ends_with(':')
    });
    if !well_formed || origin != origin.to_ascii_lowercase() || origin.ends_with(":443") {
        return Some(format!(
            "`{origin}` is not an origin as a browser sends it: scheme://host[:port], lower \
             case, no path or trailing slash (e.g. https://gw.example.com)"
        ));
    }
    None
}
