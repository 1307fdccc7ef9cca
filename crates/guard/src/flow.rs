//! Lethal trifecta tracking: private data + untrusted content + an outbound call.

use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::finding::Finding;

/// What a tool can do, for trifecta tracking.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ToolTraits {
    /// Returns private data (files, databases, secrets, mail).
    pub private_data: bool,
    /// Returns content an attacker can influence (web, email, issues).
    pub untrusted_content: bool,
    /// Can send data out of the session (HTTP, email, upload, webhook).
    pub outbound: bool,
}

/// Per-session state: what the session has already been exposed to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionFlow {
    /// Some earlier call returned untrusted content.
    pub untrusted_content: bool,
    /// Some earlier call returned private data.
    pub private_data: bool,
}

impl SessionFlow {
    /// Record a completed call.
    pub fn observe(&mut self, traits: &ToolTraits) {
        self.untrusted_content |= traits.untrusted_content;
        self.private_data |= traits.private_data;
    }

    /// A `trifecta` finding if this outbound call follows both private data and untrusted content.
    pub fn check(&self, traits: &ToolTraits) -> Option<Finding> {
        (traits.outbound && self.private_data && self.untrusted_content).then(|| {
            Finding::new(
                "lethal-trifecta",
                Category::Trifecta,
                0.9,
                "",
                "outbound call after the session read both private data and untrusted content",
            )
        })
    }
}

/// Name words of a tool that can send data out. A `readOnlyHint` clears these (`read_email`,
/// `list_messages`, `get_posts` read), but not [`SENDS`].
const OUTBOUND: &[&str] = &[
    "email", "mail", "post", "webhook", "http", "share", "slack", "message", "sms", "forward",
    "push", "comment", "fetch", "curl",
];
/// Name words that say the tool sends: such a tool is outbound whatever its annotations
/// claim (a `send_email` marked `readOnlyHint: true` would otherwise dodge the trifecta).
const SENDS: &[&str] = &[
    "send", "upload", "publish", "tweet", "notify", "transfer", "pay",
];
const PRIVATE: &[&str] = &[
    "read_file",
    "file",
    "secret",
    "credential",
    "password",
    "db",
    "sql",
    "query",
    "database",
    "inbox",
    "read_email",
    "get_email",
    "contacts",
    "calendar",
    "drive",
    "document",
    "balance",
    "account",
    "transaction",
    "private",
    "env",
    "vault",
    "history",
    "profile",
];
const UNTRUSTED: &[&str] = &[
    "fetch",
    "browse",
    "browser",
    "web",
    "search",
    "scrape",
    "crawl",
    "url",
    "read_email",
    "inbox",
    "email",
    "issue",
    "comment",
    "rss",
    "news",
    "navigate",
    "page",
    "download",
    "message",
];

/// Classify a tool from its name, description and annotations (`openWorldHint`,
/// `readOnlyHint`), then apply config `tags` (`private`, `untrusted`, `outbound`,
/// and `no-private`, `no-untrusted`, `no-outbound` to clear).
pub fn classify(
    name: &str,
    description: Option<&str>,
    annotations: Option<&serde_json::Value>,
    tags: &[&str],
) -> ToolTraits {
    detect(name, description, annotations).tagged(tags)
}

/// What a tool's name, description and annotations say it can do, before config tags: the
/// part of [`classify`] a caller may compute once per listed definition.
pub fn detect(
    name: &str,
    description: Option<&str>,
    annotations: Option<&serde_json::Value>,
) -> ToolTraits {
    let n = name.to_lowercase();
    let words: Vec<&str> = n
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| {
        list.iter().any(|k| {
            if k.contains('_') {
                n.contains(k)
            } else {
                words.contains(k) || words.iter().any(|w| w.starts_with(k) && k.len() >= 4)
            }
        })
    };
    let d = description.unwrap_or("").to_lowercase();
    let hint = |k: &str| {
        annotations
            .and_then(|a| a.get(k))
            .and_then(serde_json::Value::as_bool)
    };
    let open_world = hint("openWorldHint");
    let read_only = hint("readOnlyHint") == Some(true);
    let mut t = ToolTraits {
        private_data: has(PRIVATE)
            || d.contains("private")
            || d.contains("secret")
            || d.contains("credential"),
        untrusted_content: has(UNTRUSTED) || d.contains("web page") || d.contains("internet"),
        outbound: words.iter().any(|w| sends(w))
            || ((has(SENDS) || has(OUTBOUND) || d.contains("send") || d.contains("upload"))
                && !read_only),
    };
    match open_world {
        Some(true) => {
            t.untrusted_content = true;
            t.outbound |= !read_only;
        }
        // "The tool's domain of interaction is closed" (a local search, a local file): what
        // it returns comes from no outsider, whatever its name says. Whether it can send data
        // out is not taken from the server's word: an annotation is the server's claim, and a
        // claim of no outbound channel would dodge the trifecta. Config tags decide last.
        Some(false) => t.untrusted_content = false,
        None => {}
    }
    t
}

/// Whether a name word is a sending verb of [`SENDS`] (`send`, `sendemail` from
/// `sendEmail`), not a noun made from one (`sender`, `uploads`, `transferred`); a verb of
/// under four letters only as a word of its own (`pay`, not `payload`).
fn sends(word: &str) -> bool {
    const NOUNS: &[&str] = &["er", "ers", "s", "es", "ed", "ing", "ings", "ment", "ments"];
    SENDS.iter().any(|verb| {
        word.strip_prefix(verb).is_some_and(|rest| {
            rest.is_empty() || (verb.len() >= 4 && rest.len() >= 3 && !NOUNS.contains(&rest))
        })
    })
}

impl ToolTraits {
    /// These traits with config `tags` applied (`private`, `untrusted`, `outbound` set a
    /// trait; `no-private`, `no-untrusted`, `no-outbound` clear it; others are ignored).
    pub fn tagged(mut self, tags: &[&str]) -> Self {
        for tag in tags {
            match *tag {
                "private" => self.private_data = true,
                "untrusted" => self.untrusted_content = true,
                "outbound" => self.outbound = true,
                "no-private" => self.private_data = false,
                "no-untrusted" => self.untrusted_content = false,
                "no-outbound" => self.outbound = false,
                _ => {}
            }
        }
        self
    }
}
