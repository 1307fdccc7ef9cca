//! MCP operations as Cedar actions, and what they act on.

use serde::{Deserialize, Serialize};

/// A Cedar action (`Gatehouse::Action::"<name>"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// `tools/list` on a server (resource kind `Server`).
    ListTools,
    /// `tools/call` (resource kind `Tool`).
    CallTool,
    /// `prompts/list` on a server.
    ListPrompts,
    /// `prompts/get` (resource kind `Prompt`).
    GetPrompt,
    /// `resources/list` on a server.
    ListResources,
    /// `resources/templates/list` on a server.
    ListResourceTemplates,
    /// `resources/read` (resource kind `Resource`).
    ReadResource,
    /// `resources/subscribe` (resource kind `Resource`).
    Subscribe,
    /// `completion/complete` for a prompt or resource template argument.
    Complete,
}

impl Action {
    /// Every action, in schema order.
    pub const ALL: [Action; 9] = [
        Action::ListTools,
        Action::CallTool,
        Action::ListPrompts,
        Action::GetPrompt,
        Action::ListResources,
        Action::ListResourceTemplates,
        Action::ReadResource,
        Action::Subscribe,
        Action::Complete,
    ];

    /// The Cedar action id (`call_tool`).
    pub fn name(self) -> &'static str {
        match self {
            Action::ListTools => "list_tools",
            Action::CallTool => "call_tool",
            Action::ListPrompts => "list_prompts",
            Action::GetPrompt => "get_prompt",
            Action::ListResources => "list_resources",
            Action::ListResourceTemplates => "list_resource_templates",
            Action::ReadResource => "read_resource",
            Action::Subscribe => "subscribe",
            Action::Complete => "complete",
        }
    }

    /// Parses a Cedar action id.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }

    /// Entity type names this action applies to.
    pub fn resource_types(self) -> &'static [&'static str] {
        match self {
            Action::ListTools
            | Action::ListPrompts
            | Action::ListResources
            | Action::ListResourceTemplates => &["Server"],
            Action::CallTool => &["Tool"],
            Action::GetPrompt => &["Prompt"],
            Action::ReadResource | Action::Subscribe => &["Resource"],
            Action::Complete => &["Prompt", "Resource"],
        }
    }

    /// Whether `kind` is a valid resource for this action.
    pub fn accepts(self, kind: ResourceKind) -> bool {
        self.resource_types().contains(&kind.type_name())
    }
}

/// The kind of thing a request touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    /// A whole upstream server (`Gatehouse::Server::"<server>"`).
    Server,
    /// A tool (`Gatehouse::Tool::"<server>/<name>"`).
    Tool,
    /// A prompt (`Gatehouse::Prompt::"<server>/<name>"`).
    Prompt,
    /// A resource, by URI or template (`Gatehouse::Resource::"<server>/<uri>"`).
    Resource,
}

impl ResourceKind {
    /// The Cedar entity type name, without namespace.
    pub fn type_name(self) -> &'static str {
        match self {
            ResourceKind::Server => "Server",
            ResourceKind::Tool => "Tool",
            ResourceKind::Prompt => "Prompt",
            ResourceKind::Resource => "Resource",
        }
    }
}

/// What a request touches. Cedar entity id: `<server>/<name>` for tools,
/// prompts and resources (parent `Gatehouse::Server::"<server>"`), and
/// `<server>` for [`ResourceKind::Server`] (whose `name` is ignored).
/// Entities carry `name` and `server` attributes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ResourceRef {
    /// Upstream server name as configured in the gateway.
    pub server: String,
    /// Kind of thing.
    pub kind: ResourceKind,
    /// Tool / prompt name or resource URI, without any gateway namespacing.
    pub name: String,
}

impl ResourceRef {
    /// A tool reference.
    pub fn tool(server: impl Into<String>, name: impl Into<String>) -> Self {
        Self::new(server, ResourceKind::Tool, name)
    }

    /// A server reference (for list actions).
    pub fn server(server: impl Into<String>) -> Self {
        Self::new(server, ResourceKind::Server, "")
    }

    /// Any reference.
    pub fn new(server: impl Into<String>, kind: ResourceKind, name: impl Into<String>) -> Self {
        Self {
            server: server.into(),
            kind,
            name: name.into(),
        }
    }
}
