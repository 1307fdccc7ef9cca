//! Markdown / HTML image and link exfiltration: URLs that carry data in the query string.

use std::sync::LazyLock;

use regex::Regex;

use crate::category::Category;
use crate::finding::{Finding, truncate};

static IMAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)!\[[^\]]{0,200}\]\(\s*<?(https?://[^)\s>]+)|<img[^>]{0,200}?src\s*=\s*["']?(https?://[^"'\s>]+)"#).expect("static regex")
});
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\[[^\]]{0,200}\]\(\s*<?(https?://[^)\s>]+\?[^)\s>]+)").expect("static regex")
});
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[{<$\[]|%7b|%3c|insert|replace|your_|_here|=(data|secret|token|password|key|history|summary|conversation)|[?&](data|d|q|secret|token|key|payload|content|msg|info|c|x|p|leak)=[^&]{16,}|[A-Za-z0-9+/=_-]{32,}")
        .expect("static regex")
});

/// Whether a query string has room for data: a value of 24 characters or more, or 64 in all
/// (a secret, an encoded chunk of the conversation), not a badge's few short settings.
fn carries_data(query: &str) -> bool {
    query.len() >= 64
        || query
            .split('&')
            .any(|pair| pair.split_once('=').is_some_and(|(_, v)| v.len() >= 24))
}

/// Scan one result string for URLs that would leak data when rendered or followed.
pub fn scan(text: &str, location: &str, out: &mut Vec<Finding>) {
    if !text.contains("](") && !text.to_ascii_lowercase().contains("<img") {
        return;
    }
    for c in IMAGE.captures_iter(text) {
        let url = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
        let Some((_, query)) = url.split_once('?') else {
            continue;
        };
        if !query.contains('=') {
            continue;
        }
        let score = if PLACEHOLDER.is_match(query) {
            0.9
        } else if carries_data(query) {
            0.75
        } else {
            // Short settings (`?branch=main`, `?style=flat-square&logo=github`): a README's
            // badges, not a payload.
            continue;
        };
        let msg = format!(
            "markdown/HTML image with data in the URL query (auto-fetched when rendered): {}",
            truncate(url, 80)
        );
        out.push(Finding::new(
            "markdown-image-exfil",
            Category::Exfiltration,
            score,
            location,
            msg,
        ));
        return;
    }
    for c in LINK.captures_iter(text) {
        let url = &c[1];
        let query = url.split_once('?').map_or("", |q| q.1);
        if PLACEHOLDER.is_match(query) {
            let msg = format!(
                "link carrying data or a placeholder in its query: {}",
                truncate(url, 80)
            );
            out.push(Finding::new(
                "markdown-link-exfil",
                Category::Exfiltration,
                0.6,
                location,
                msg,
            ));
            return;
        }
    }
}
