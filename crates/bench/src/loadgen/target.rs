//! The endpoint a load generator talks to, parsed from an `http://` URL.

use http::{HeaderValue, Uri};

/// A parsed `http://host[:port]/path` endpoint.
#[derive(Debug, Clone)]
pub struct Target {
    /// `host:port` to connect to.
    pub addr: String,
    /// Value of the `Host` header.
    pub host: HeaderValue,
    /// Request target (path and query).
    pub path: String,
    /// Speak MCP 2026-07-28 (stateless: no `initialize`, `_meta` and `Mcp-*` headers on every
    /// request) instead of 2025-11-25 sessions.
    pub modern: bool,
}

impl Target {
    /// Parses a URL; only plain `http` is supported.
    pub fn parse(url: &str) -> Result<Self, String> {
        let uri: Uri = url
            .parse()
            .map_err(|e| format!("invalid URL {url:?}: {e}"))?;
        match uri.scheme_str() {
            Some("http") => {}
            Some(other) => return Err(format!("unsupported scheme {other:?} (only http)")),
            None => return Err(format!("URL {url:?} has no scheme")),
        }
        let authority = uri
            .authority()
            .ok_or_else(|| format!("URL {url:?} has no host"))?;
        let port = authority.port_u16().unwrap_or(80);
        let host = authority.host();
        let path = uri.path_and_query().map_or("/", |p| p.as_str()).to_string();
        Ok(Self {
            addr: format!("{host}:{port}"),
            host: HeaderValue::from_str(authority.as_str()).map_err(|e| e.to_string())?,
            path,
            modern: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Target;

    #[test]
    fn parses_host_port_and_path() {
        let t = Target::parse("http://127.0.0.1:8080/mcp/echo?x=1").unwrap();
        assert_eq!(t.addr, "127.0.0.1:8080");
        assert_eq!(t.host, "127.0.0.1:8080");
        assert_eq!(t.path, "/mcp/echo?x=1");
        assert_eq!(
            Target::parse("http://localhost").unwrap().addr,
            "localhost:80"
        );
        assert!(Target::parse("https://x/mcp").is_err());
    }
}
