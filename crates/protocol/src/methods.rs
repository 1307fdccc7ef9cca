//! MCP method names, as the specification spells them.

/// `initialize`
pub const INITIALIZE: &str = "initialize";
/// `notifications/initialized`
pub const INITIALIZED: &str = "notifications/initialized";
/// `ping`
pub const PING: &str = "ping";
/// `tools/list`
pub const TOOLS_LIST: &str = "tools/list";
/// `tools/call`
pub const TOOLS_CALL: &str = "tools/call";
/// `prompts/list`
pub const PROMPTS_LIST: &str = "prompts/list";
/// `prompts/get`
pub const PROMPTS_GET: &str = "prompts/get";
/// `resources/list`
pub const RESOURCES_LIST: &str = "resources/list";
/// `resources/templates/list`
pub const RESOURCE_TEMPLATES_LIST: &str = "resources/templates/list";
/// `resources/read`
pub const RESOURCES_READ: &str = "resources/read";
/// `resources/subscribe`
pub const RESOURCES_SUBSCRIBE: &str = "resources/subscribe";
/// `resources/unsubscribe`
pub const RESOURCES_UNSUBSCRIBE: &str = "resources/unsubscribe";
/// `completion/complete`
pub const COMPLETION_COMPLETE: &str = "completion/complete";
/// `logging/setLevel`
pub const LOGGING_SET_LEVEL: &str = "logging/setLevel";

/// `notifications/cancelled`
pub const CANCELLED: &str = "notifications/cancelled";
/// `notifications/progress`
pub const PROGRESS: &str = "notifications/progress";
/// `notifications/message` (a log message)
pub const LOG_MESSAGE: &str = "notifications/message";
/// `notifications/tools/list_changed`
pub const TOOLS_LIST_CHANGED: &str = "notifications/tools/list_changed";
/// `notifications/prompts/list_changed`
pub const PROMPTS_LIST_CHANGED: &str = "notifications/prompts/list_changed";
/// `notifications/resources/list_changed`
pub const RESOURCES_LIST_CHANGED: &str = "notifications/resources/list_changed";
/// `notifications/resources/updated`
pub const RESOURCES_UPDATED: &str = "notifications/resources/updated";
/// `notifications/roots/list_changed`
pub const ROOTS_LIST_CHANGED: &str = "notifications/roots/list_changed";

/// `sampling/createMessage` (server to client)
pub const SAMPLING_CREATE_MESSAGE: &str = "sampling/createMessage";
/// `elicitation/create` (server to client)
pub const ELICITATION_CREATE: &str = "elicitation/create";
/// `roots/list` (server to client)
pub const ROOTS_LIST: &str = "roots/list";

/// `server/discover` (2026-07-28)
pub const SERVER_DISCOVER: &str = "server/discover";

/// `subscriptions/listen` (2026-07-28)
pub const SUBSCRIPTIONS_LISTEN: &str = "subscriptions/listen";
/// `notifications/subscriptions/acknowledged` (2026-07-28)
pub const SUBSCRIPTIONS_ACKNOWLEDGED: &str = "notifications/subscriptions/acknowledged";

/// Methods of the session era that 2026-07-28 removed.
pub const REMOVED_IN_MODERN: &[&str] = &[
    INITIALIZE,
    PING,
    LOGGING_SET_LEVEL,
    RESOURCES_SUBSCRIBE,
    RESOURCES_UNSUBSCRIBE,
];

/// Methods whose 2026-07-28 results carry caching hints (`ttlMs`, `cacheScope`).
pub const CACHEABLE: &[&str] = &[
    SERVER_DISCOVER,
    TOOLS_LIST,
    PROMPTS_LIST,
    RESOURCES_LIST,
    RESOURCE_TEMPLATES_LIST,
    RESOURCES_READ,
];

/// Every client-to-server request method of both eras.
pub const CLIENT_REQUESTS: &[&str] = &[
    INITIALIZE,
    PING,
    TOOLS_LIST,
    TOOLS_CALL,
    PROMPTS_LIST,
    PROMPTS_GET,
    RESOURCES_LIST,
    RESOURCE_TEMPLATES_LIST,
    RESOURCES_READ,
    RESOURCES_SUBSCRIBE,
    RESOURCES_UNSUBSCRIBE,
    COMPLETION_COMPLETE,
    LOGGING_SET_LEVEL,
    SERVER_DISCOVER,
    SUBSCRIPTIONS_LISTEN,
];

/// Whether `method` is a client request method this crate names.
pub fn is_known(method: &str) -> bool {
    CLIENT_REQUESTS.contains(&method)
}
