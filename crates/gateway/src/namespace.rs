//! How names from many servers share one aggregate endpoint.
//!
//! - Tools and prompts: `server__name`. Every major client accepts tool names matching
//!   `^[A-Za-z0-9_-]{1,64}$`; an upstream name that does not fit is sanitised (and, if too long,
//!   shortened with a hash suffix) and the gateway remembers the mapping to call the original.
//! - Resource URIs and templates: `server+original-uri`, which keeps the original readable and
//!   is reversed by splitting at the first `+`.
//!
//! Server names are validated at load (lowercase letters, digits and `-`, starting with a
//! letter, no `__`), so neither form can be ambiguous.

use std::hash::{DefaultHasher, Hash, Hasher};

/// Separator between server and tool or prompt name.
pub const SEPARATOR: &str = "__";
/// The longest tool name every major client accepts.
pub const MAX_NAME_LEN: usize = 64;

/// Whether `name` is a valid server name: `^[a-z][a-z0-9-]{0,31}$`.
pub fn is_valid_server_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 32
        && bytes[0].is_ascii_lowercase()
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// Whether `name` is a tool name every major client accepts: `^[A-Za-z0-9_-]{1,64}$`.
pub fn is_valid_tool_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= MAX_NAME_LEN && name.bytes().all(is_name_byte)
}

/// The namespaced form of an upstream tool or prompt name.
pub fn qualify(server: &str, name: &str) -> String {
    let candidate = format!("{server}{SEPARATOR}{name}");
    if candidate.len() <= MAX_NAME_LEN && candidate.bytes().all(is_name_byte) {
        return candidate;
    }
    let mut clean: String = name
        .chars()
        .map(|c| {
            if c.is_ascii() && is_name_byte(c as u8) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let budget = MAX_NAME_LEN - server.len() - SEPARATOR.len();
    if clean.len() > budget || clean != name {
        let suffix = format!("-{:08x}", short_hash(name));
        clean.truncate(budget.saturating_sub(suffix.len()));
        clean.push_str(&suffix);
    }
    format!("{server}{SEPARATOR}{clean}")
}

/// Split a namespaced name into server and the rest.
pub fn split(qualified: &str) -> Option<(&str, &str)> {
    let (server, rest) = qualified.split_once(SEPARATOR)?;
    (is_valid_server_name(server) && !rest.is_empty()).then_some((server, rest))
}

/// The namespaced form of a resource URI or URI template.
pub fn qualify_uri(server: &str, uri: &str) -> String {
    format!("{server}+{uri}")
}

/// Split a namespaced URI into server and original URI.
pub fn split_uri(qualified: &str) -> Option<(&str, &str)> {
    let (server, rest) = qualified.split_once('+')?;
    (is_valid_server_name(server) && !rest.is_empty()).then_some((server, rest))
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

fn short_hash(s: &str) -> u32 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_are_prefixed_and_split_back() {
        let q = qualify("files", "read_file");
        assert_eq!(q, "files__read_file");
        assert_eq!(split(&q), Some(("files", "read_file")));
        assert_eq!(split("read_file"), None);
        assert_eq!(split("Files__x"), None);
    }

    #[test]
    fn invalid_and_long_names_become_valid_and_distinct() {
        let a = qualify("srv", "get.weather/now");
        let b = qualify("srv", "get.weather/later");
        let long = qualify("srv", &"x".repeat(100));
        for q in [&a, &b, &long] {
            assert!(q.len() <= MAX_NAME_LEN, "{q}");
            assert!(q.bytes().all(is_name_byte), "{q}");
        }
        assert_ne!(a, b);
        assert!(!is_valid_tool_name("get.weather") && is_valid_tool_name("read_doc-2"));
        assert!(!is_valid_tool_name("") && !is_valid_tool_name(&"x".repeat(65)));
    }

    #[test]
    fn uris_round_trip() {
        let q = qualify_uri("docs", "test://template/{id}/data");
        assert_eq!(q, "docs+test://template/{id}/data");
        assert_eq!(split_uri(&q), Some(("docs", "test://template/{id}/data")));
        assert_eq!(split_uri("file:///x"), None);
    }

    #[test]
    fn server_names_are_strict() {
        assert!(is_valid_server_name("files-2"));
        for bad in ["", "Files", "a_b", "2x", "a+b", &"a".repeat(33)] {
            assert!(!is_valid_server_name(bad), "{bad}");
        }
    }
}
