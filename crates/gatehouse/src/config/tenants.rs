//! `servers.NAME.tenants`: per-tenant upstream credentials. Each tenant named there gets an
//! instance of the server of its own — its own child process or upstream session — with its
//! `headers` (HTTP) or `env` (stdio) laid over the server's. Principals of that tenant reach
//! the server through it; everyone else through the server's default instance.

use gateway::settings::{ServerSettings, UpstreamTransport};

use super::raw::RawServer;
use super::{Errors, check_headers, expand};

/// The server's default instance followed by one instance per tenant in `raw.tenants`.
pub(super) fn instances(
    server: ServerSettings,
    raw: &RawServer,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Vec<ServerSettings> {
    let mut out = Vec::with_capacity(1 + raw.tenants.len());
    for (tenant, credentials) in &raw.tenants {
        let path = format!("servers.{}.tenants.{tenant}", server.name);
        if tenant.trim().is_empty() {
            errors.push(&path, "a tenant name must not be empty");
            continue;
        }
        let mut expand = |value: &str, at: String| match expand::expand(value, lookup) {
            Ok(v) => v,
            Err(e) => {
                errors.push(at, e);
                String::new()
            }
        };
        let headers: Vec<(String, String)> = (credentials.headers.iter())
            .map(|(k, v)| (k.clone(), expand(v, format!("{path}.headers.{k}"))))
            .collect();
        let env: Vec<(String, String)> = (credentials.env.iter())
            .map(|(k, v)| (k.clone(), expand(v, format!("{path}.env.{k}"))))
            .collect();
        let mut transport = server.transport.clone();
        match &mut transport {
            UpstreamTransport::Stdio(spec) => {
                if !headers.is_empty() {
                    errors.push(
                        format!("{path}.headers"),
                        "only HTTP servers (`url`) take headers; use `env` for stdio",
                    );
                }
                if env.is_empty() {
                    errors.push(&path, "give the tenant's `env` for this stdio server");
                }
                overlay(&mut spec.env, env, |a, b| a == b);
            }
            UpstreamTransport::Http(spec) | UpstreamTransport::LegacySse(spec) => {
                if !env.is_empty() {
                    errors.push(
                        format!("{path}.env"),
                        "`env` applies to stdio servers (`command`) only; use `headers`",
                    );
                }
                if headers.is_empty() {
                    errors.push(&path, "give the tenant's `headers` for this HTTP server");
                }
                check_headers(&headers, &path, errors);
                overlay(&mut spec.headers, headers, |a, b| a.eq_ignore_ascii_case(b));
            }
        }
        out.push(ServerSettings {
            tenant: Some(tenant.clone()),
            transport,
            ..server.clone()
        });
    }
    out.insert(0, server);
    out
}

/// `base` with each of `over` replacing the entries whose name `same` matches, or added.
fn overlay(
    base: &mut Vec<(String, String)>,
    over: Vec<(String, String)>,
    same: impl Fn(&str, &str) -> bool,
) {
    for (name, value) in over {
        base.retain(|(n, _)| !same(n, &name));
        base.push((name, value));
    }
}

#[cfg(test)]
mod tests {
    use super::overlay;

    #[test]
    fn overlay_replaces_case_insensitively_and_adds() {
        let mut headers = vec![
            ("Authorization".to_owned(), "Bearer default".to_owned()),
            ("X-Team".to_owned(), "all".to_owned()),
        ];
        let tenant = vec![
            ("authorization".to_owned(), "Bearer acme".to_owned()),
            ("X-Tenant".to_owned(), "acme".to_owned()),
        ];
        overlay(&mut headers, tenant, |a, b| a.eq_ignore_ascii_case(b));
        assert_eq!(
            headers,
            [
                ("X-Team".to_owned(), "all".to_owned()),
                ("authorization".to_owned(), "Bearer acme".to_owned()),
                ("X-Tenant".to_owned(), "acme".to_owned()),
            ]
        );
    }
}
