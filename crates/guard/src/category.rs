//! Finding categories, enforcement actions and the category -> action table.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize};

use crate::GuardError;

/// What kind of threat a finding describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Instructions hidden in a tool definition aimed at the model.
    ToolPoisoning,
    /// A tool definition that changes how other tools or servers are used.
    Shadowing,
    /// A tool name that imitates another server's tool.
    LookAlike,
    /// Invisible or encoded content (zero-width, bidi, tags, ANSI, base64).
    HiddenContent,
    /// Indirect prompt injection in tool results or resources.
    PromptInjection,
    /// Instructions or links that move data to a third party.
    Exfiltration,
    /// Shell command injection in call arguments.
    CommandInjection,
    /// Path traversal or sensitive file paths in call arguments.
    PathTraversal,
    /// Server-side request forgery targets in call arguments.
    Ssrf,
    /// SQL injection in call arguments.
    SqlInjection,
    /// A credential or secret (gitleaks rules).
    Secret,
    /// Personal data: payment cards, IBANs, SSNs, bulk contact records.
    Pii,
    /// A tool definition changed after it was pinned.
    RugPull,
    /// Private data plus untrusted content followed by an outbound call.
    Trifecta,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: [Category; 14] = [
        Category::ToolPoisoning,
        Category::Shadowing,
        Category::LookAlike,
        Category::HiddenContent,
        Category::PromptInjection,
        Category::Exfiltration,
        Category::CommandInjection,
        Category::PathTraversal,
        Category::Ssrf,
        Category::SqlInjection,
        Category::Secret,
        Category::Pii,
        Category::RugPull,
        Category::Trifecta,
    ];

    /// The snake_case name used in JSON and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::ToolPoisoning => "tool_poisoning",
            Category::Shadowing => "shadowing",
            Category::LookAlike => "look_alike",
            Category::HiddenContent => "hidden_content",
            Category::PromptInjection => "prompt_injection",
            Category::Exfiltration => "exfiltration",
            Category::CommandInjection => "command_injection",
            Category::PathTraversal => "path_traversal",
            Category::Ssrf => "ssrf",
            Category::SqlInjection => "sql_injection",
            Category::Secret => "secret",
            Category::Pii => "pii",
            Category::RugPull => "rug_pull",
            Category::Trifecta => "trifecta",
        }
    }

    /// The OWASP MCP Top 10 (2025) id this category maps to.
    pub fn owasp(self) -> Option<&'static str> {
        Some(match self {
            Category::Secret | Category::Pii => "MCP01",
            Category::ToolPoisoning | Category::Shadowing | Category::RugPull => "MCP03",
            Category::CommandInjection | Category::PathTraversal | Category::SqlInjection => {
                "MCP05"
            }
            Category::Ssrf => "MCP05",
            Category::HiddenContent | Category::PromptInjection => "MCP06",
            Category::LookAlike => "MCP09",
            Category::Exfiltration | Category::Trifecta => "MCP10",
        })
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = GuardError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| GuardError::UnknownCategory(s.to_string()))
    }
}

/// What the gateway does about a finding. Ordered: `Off < Flag < Redact < Block`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Ignore the finding.
    Off,
    /// Record the finding, let the message through.
    Flag,
    /// Rewrite the offending spans, let the message through.
    Redact,
    /// Refuse the message.
    Block,
}

impl Action {
    /// Lowercase name (`off`, `flag`, `redact`, `block`).
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Off => "off",
            Action::Flag => "flag",
            Action::Redact => "redact",
            Action::Block => "block",
        }
    }
}

/// A category -> action table. Deserialises from a map such as
/// `{tool_poisoning: block, secret: redact}`; unknown categories are rejected.
/// Categories absent from a deserialised map keep their default action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Actions {
    table: BTreeMap<Category, Action>,
}

impl Default for Actions {
    fn default() -> Self {
        let table = Category::ALL
            .into_iter()
            .map(|c| {
                let a = match c {
                    Category::Secret | Category::Pii | Category::HiddenContent => Action::Redact,
                    _ => Action::Block,
                };
                (c, a)
            })
            .collect();
        Actions { table }
    }
}

impl<'de> Deserialize<'de> for Actions {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let overrides = BTreeMap::<Category, Action>::deserialize(d)?;
        let mut out = Actions::default();
        out.table.extend(overrides);
        Ok(out)
    }
}

impl Actions {
    /// An empty override table (every lookup falls back to `Off`); use with [`Actions::merged`].
    pub fn none() -> Self {
        Actions {
            table: BTreeMap::new(),
        }
    }

    /// Set one category's action, builder style.
    pub fn with(mut self, category: Category, action: Action) -> Self {
        self.table.insert(category, action);
        self
    }

    /// The action for a category (`Off` when the table has no entry).
    pub fn action(&self, category: Category) -> Action {
        self.table.get(&category).copied().unwrap_or(Action::Off)
    }

    /// This table with every entry of `overrides` applied on top (per-server overrides).
    pub fn merged(&self, overrides: &Actions) -> Actions {
        let mut table = self.table.clone();
        table.extend(overrides.table.iter().map(|(c, a)| (*c, *a)));
        Actions { table }
    }
}
