//! What the stages share about tools: which upstream and original name a tool the client named
//! belongs to, and reading and rewriting a `tools/list` result (re-serialized only when a stage
//! changed it, so an untouched list keeps its bytes).

use std::sync::Arc;

use protocol::{Outcome, Response};
use serde_json::Value;

use crate::Gateway;
use crate::namespace;
use crate::replicas::Client;
use crate::session::{Scope, Session};
use crate::upstream::Upstream;

/// The upstream (the instance serving `session`) and original name behind a tool name as
/// `session` sees it.
pub(crate) fn owner(
    gateway: &Gateway,
    session: &Session,
    name: &str,
) -> Option<(Arc<Upstream>, String)> {
    let client = Client::Session(session);
    match &session.scope {
        Scope::Server(server) => Some((gateway.upstream(server, client)?, name.to_owned())),
        // A virtual server's list carries aggregate names until it is presented.
        Scope::Aggregate | Scope::Virtual(_) => {
            let (server, tail) = namespace::split(name)?;
            let upstream = gateway.upstream(server, client)?;
            let original = upstream.original_tool_name(name, tail);
            Some((upstream, original))
        }
    }
}

/// The upstream and original name of a listed tool definition.
pub(crate) fn owner_of(
    gateway: &Gateway,
    session: &Session,
    tool: &Value,
) -> Option<(Arc<Upstream>, String)> {
    owner(gateway, session, tool.get("name")?.as_str()?)
}

/// A result, parsed, when the response is a JSON result.
pub(crate) fn parse(response: &Response) -> Option<Value> {
    let Outcome::Result(raw) = &response.outcome else {
        return None;
    };
    serde_json::from_str(raw.get()).ok()
}

/// The `tools` array of a `tools/list` result.
pub(crate) fn tools_mut(result: &mut Value) -> Option<&mut Vec<Value>> {
    result.get_mut("tools").and_then(Value::as_array_mut)
}

/// The response carrying an edited `result`, with the original's id.
pub(crate) fn respond(response: Response, result: &Value) -> Response {
    match serde_json::value::to_raw_value(result) {
        Ok(raw) => Response::result(response.id, raw),
        Err(_) => response,
    }
}
