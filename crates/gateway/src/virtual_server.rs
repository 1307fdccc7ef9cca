//! Virtual servers: `/mcp/v/{name}`, a curated set of tools from several servers, optionally
//! renamed and with overridden descriptions, for least-privilege agents.
//!
//! A virtual server is a view over the aggregate, never a way around it: the pipeline keys
//! every stage (admission, Cedar, guard, audit) by the real server and aggregate tool name, which
//! [`target`] resolves once from the name the client called. Only two things are mapped:
//!
//! - `tools/list`: the aggregate list of the servers the view draws on, cut down to the curated
//!   tools ([`route`], before the stages, so they screen and pin the real definitions), then
//!   renamed and re-described ([`present`], after the stages). Every other member of a
//!   definition passes byte for byte.
//! - `tools/call`: the client's name back to the real tool; a name outside the set is an unknown
//!   tool, exactly as on `/mcp`.
//!
//! Prompts and resources: none (empty lists). Notifications (progress, logs) are not renamed.

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};

use protocol::{Outcome, RawObject, Request, Response, methods, raw_json};
use serde_json::value::RawValue;

use crate::Gateway;
use crate::aggregate::{self, ListKind};
use crate::error::GatewayError;
use crate::pipeline::Target;
use crate::relay::RequestCtx;
use crate::session::{Scope, lock};

/// One curated tool of a virtual server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VirtualTool {
    /// The tool's aggregate name, `server__tool`.
    pub tool: String,
    /// The server the tool belongs to.
    pub server: String,
    /// The name clients of the virtual server see and call.
    pub name: String,
    /// The description clients see; `None` keeps the server's own.
    pub description: Option<String>,
}

/// A virtual server: its name and curated tools, in config order.
#[derive(Debug)]
pub struct VirtualServer {
    /// The name in `/mcp/v/{name}`.
    pub name: String,
    /// The curated tools.
    pub tools: Vec<VirtualTool>,
    /// Curated tools already reported absent from their server's list (logged once).
    reported_absent: Mutex<HashSet<String>>,
}

impl VirtualServer {
    /// A virtual server offering `tools` (validated by the config: unique names, known servers).
    pub fn new(name: impl Into<String>, tools: Vec<VirtualTool>) -> Self {
        Self {
            name: name.into(),
            tools,
            reported_absent: Mutex::default(),
        }
    }

    /// The curated tool clients call `name`.
    pub fn by_name(&self, name: &str) -> Option<&VirtualTool> {
        self.tools.iter().find(|t| t.name == name)
    }

    /// The curated entry of the aggregate tool `tool`.
    pub fn by_tool(&self, tool: &str) -> Option<&VirtualTool> {
        self.tools.iter().find(|t| t.tool == tool)
    }

    /// Whether any curated tool comes from `server`.
    pub fn draws_on(&self, server: &str) -> bool {
        self.tools.iter().any(|t| t.server == server)
    }

    /// Log (once, at debug) curated tools missing from a complete list of their servers.
    fn report_absent(&self, listed: &HashSet<String>) {
        let mut reported = lock(&self.reported_absent);
        for tool in &self.tools {
            if !listed.contains(&tool.tool) && reported.insert(tool.tool.clone()) {
                tracing::debug!(virtual_server = %self.name, tool = %tool.tool, "curated tool not offered by its server; left out of the list");
            }
        }
    }
}

/// Every configured virtual server, by name. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct VirtualServers(Arc<BTreeMap<String, Arc<VirtualServer>>>);

impl VirtualServers {
    /// The set of `servers`.
    pub fn new(servers: impl IntoIterator<Item = VirtualServer>) -> Self {
        let map = servers
            .into_iter()
            .map(|s| (s.name.clone(), Arc::new(s)))
            .collect();
        Self(Arc::new(map))
    }

    /// The virtual server called `name`.
    pub fn get(&self, name: &str) -> Option<Arc<VirtualServer>> {
        self.0.get(name).cloned()
    }

    /// Whether a virtual server called `name` exists.
    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// How many virtual servers there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Names of the virtual servers added, removed, or offering other tools (or names or
    /// descriptions) than in `old`: their clients should list their tools again.
    pub fn changed_from(&self, old: &VirtualServers) -> Vec<String> {
        let tools = |set: &VirtualServers, name: &str| set.get(name).map(|v| v.tools.clone());
        let mut names: Vec<String> = (self.0.keys().chain(old.0.keys()))
            .filter(|name| tools(self, name) != tools(old, name))
            .cloned()
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// The virtual server `name` as configured now.
fn view(gateway: &Gateway, name: &str) -> Option<Arc<VirtualServer>> {
    gateway.settings().virtual_servers.get(name)
}

/// What a request on virtual server `name` aims at: for `tools/call`, the real server and
/// aggregate tool behind the client's name (none when the name is not curated). Resolved once
/// per request; the router calls exactly what the stages decided on.
pub(crate) fn target(gateway: &Gateway, name: &str, request: &Request) -> Target {
    if request.method != methods::TOOLS_CALL {
        return Target::default();
    }
    let called = RawObject::parse_params(request.params.as_deref()).and_then(|p| p.get_str("name"));
    let curated = called
        .as_deref()
        .zip(view(gateway, name))
        .and_then(|(called, view)| view.by_name(called).cloned());
    Target {
        server: curated.as_ref().map(|t| t.server.clone()),
        tool: curated.map(|t| t.tool),
        called_as: called,
    }
}

/// Serve one request on virtual server `name` (the pipeline's routing step).
pub(crate) async fn route(
    gateway: &Gateway,
    ctx: &RequestCtx,
    name: &str,
    request: Request,
    target: &Target,
) -> Result<Response, GatewayError> {
    let id = ctx.client_id.clone();
    match request.method.as_str() {
        methods::TOOLS_LIST => list_tools(gateway, ctx, name, request.params).await,
        methods::TOOLS_CALL => call_tool(gateway, ctx, request, target).await,
        methods::PROMPTS_LIST => Ok(Response::result(id, raw_json(r#"{"prompts":[]}"#))),
        methods::RESOURCES_LIST => Ok(Response::result(id, raw_json(r#"{"resources":[]}"#))),
        methods::RESOURCE_TEMPLATES_LIST => Ok(Response::result(
            id,
            raw_json(r#"{"resourceTemplates":[]}"#),
        )),
        methods::PROMPTS_GET => Err(GatewayError::UnknownPrompt(named(&request, "name"))),
        methods::RESOURCES_READ => Err(GatewayError::UnknownResource(named(&request, "uri"))),
        other => Err(GatewayError::MethodNotFound(other.to_owned())),
    }
}

fn named(request: &Request, key: &str) -> String {
    RawObject::parse_params(request.params.as_deref())
        .and_then(|p| p.get_str(key))
        .unwrap_or_default()
}

/// A curated tool, called by its real aggregate name; anything else is an unknown tool.
async fn call_tool(
    gateway: &Gateway,
    ctx: &RequestCtx,
    request: Request,
    target: &Target,
) -> Result<Response, GatewayError> {
    let mut params = RawObject::parse_params(request.params.as_deref())
        .ok_or_else(|| GatewayError::InvalidParams("params must be an object".into()))?;
    let called = (target.called_as.clone())
        .ok_or_else(|| GatewayError::InvalidParams("missing tool name".into()))?;
    let tool = target
        .tool
        .as_deref()
        .ok_or(GatewayError::UnknownTool(called))?;
    params.set_str("name", tool);
    crate::router::call_tool(gateway, ctx, params).await
}

/// One page of the aggregate list of the servers the view draws on, cut down to the curated
/// tools (still under their aggregate names: the stages judge the real definitions).
async fn list_tools(
    gateway: &Gateway,
    ctx: &RequestCtx,
    name: &str,
    params: Option<Box<RawValue>>,
) -> Result<Response, GatewayError> {
    let Some(view) = view(gateway, name) else {
        return Ok(Response::result(
            ctx.client_id.clone(),
            raw_json(r#"{"tools":[]}"#),
        ));
    };
    let first_page =
        RawObject::parse_params(params.as_deref()).is_none_or(|p| p.get("cursor").is_none());
    let kind = ListKind::for_method(methods::TOOLS_LIST).expect("tools/list is a list");
    let response =
        aggregate::list_in(gateway, ctx, kind, params, &|server| view.draws_on(server)).await?;
    Ok(curate(&view, response, first_page))
}

/// Keep the curated tools of a list page, in config order.
fn curate(view: &VirtualServer, response: Response, first_page: bool) -> Response {
    edit_tools(response, |tools, complete| {
        let mut named: Vec<(usize, Box<RawValue>)> = Vec::new();
        let mut listed = HashSet::new();
        for item in tools {
            let Some(name) = RawObject::parse(&item).and_then(|o| o.get_str("name")) else {
                continue;
            };
            if let Some(at) = view.tools.iter().position(|t| t.tool == name) {
                named.push((at, item));
            }
            listed.insert(name);
        }
        if first_page && complete {
            view.report_absent(&listed);
        }
        named.sort_by_key(|(at, _)| *at);
        named.into_iter().map(|(_, item)| item).collect()
    })
}

/// After the stages: a virtual server's `tools/list` under the names and descriptions its
/// clients see. Any other request or scope passes untouched.
pub(crate) fn present(
    gateway: &Gateway,
    scope: &Scope,
    method: &str,
    response: Response,
) -> Response {
    let Scope::Virtual(name) = scope else {
        return response;
    };
    if method != methods::TOOLS_LIST {
        return response;
    }
    let Some(view) = view(gateway, name) else {
        return edit_tools(response, |_, _| Vec::new());
    };
    edit_tools(response, |tools, _| {
        tools
            .into_iter()
            .filter_map(|item| {
                let mut tool = RawObject::parse(&item)?;
                let curated = view.by_tool(&tool.get_str("name")?)?;
                tool.set_str("name", &curated.name);
                if let Some(description) = &curated.description {
                    tool.set_str("description", description);
                }
                Some(tool.to_raw())
            })
            .collect()
    })
}

/// Replace the `tools` of a `tools/list` result by `edit(tools, complete)` (`complete`: the
/// page has no `nextCursor`); other members keep their bytes. Errors pass untouched.
fn edit_tools(
    response: Response,
    edit: impl FnOnce(Vec<Box<RawValue>>, bool) -> Vec<Box<RawValue>>,
) -> Response {
    let Outcome::Result(raw) = &response.outcome else {
        return response;
    };
    let Some(mut result) = RawObject::parse(raw) else {
        return response;
    };
    let tools: Vec<Box<RawValue>> = result.get_as("tools").unwrap_or_default();
    let complete = result.get("nextCursor").is_none();
    let tools = edit(tools, complete);
    result.set(
        "tools",
        serde_json::value::to_raw_value(&tools).expect("raw values serialize"),
    );
    Response::result(response.id, result.to_raw())
}

/// The `InitializeResult` of a virtual server: tools only.
pub(crate) fn initialize_result(name: &str, version: &str) -> Box<RawValue> {
    let result = serde_json::json!({
        "protocolVersion": version,
        "capabilities": { "tools": { "listChanged": true } },
        "serverInfo": { "name": name, "version": env!("CARGO_PKG_VERSION") },
    });
    serde_json::value::to_raw_value(&result).expect("serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn support() -> VirtualServer {
        let tool = |tool: &str, name: &str, description: Option<&str>| VirtualTool {
            tool: tool.into(),
            server: tool.split("__").next().unwrap().into(),
            name: name.into(),
            description: description.map(Into::into),
        };
        VirtualServer::new(
            "support",
            vec![
                tool("tickets__create", "tickets__create", None),
                tool("files__read_file", "read_doc", Some("Read a support doc.")),
            ],
        )
    }

    fn list(tools: &str) -> Response {
        Response::result(
            protocol::Id::null(),
            raw_json(&format!(r#"{{"tools":{tools}}}"#)),
        )
    }

    fn names(response: &Response) -> Vec<String> {
        let Outcome::Result(raw) = &response.outcome else {
            panic!("not a result");
        };
        let value: serde_json::Value = serde_json::from_str(raw.get()).unwrap();
        value["tools"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn curation_keeps_the_set_in_config_order() {
        let page = list(
            r#"[{"name":"files__read_file"},{"name":"files__delete"},{"name":"tickets__create"}]"#,
        );
        let curated = curate(&support(), page, true);
        assert_eq!(names(&curated), ["tickets__create", "files__read_file"]);
    }

    #[test]
    fn lookups_go_both_ways() {
        let view = support();
        assert_eq!(view.by_name("read_doc").unwrap().tool, "files__read_file");
        assert!(view.by_name("files__read_file").is_none());
        assert_eq!(view.by_tool("files__read_file").unwrap().name, "read_doc");
        assert!(view.draws_on("files") && !view.draws_on("mail"));
    }

    #[test]
    fn errors_pass_untouched() {
        let error = protocol::ErrorObject::new(protocol::ErrorCode::INVALID_PARAMS, "x");
        let response = Response::error(protocol::Id::null(), &error);
        let edited = edit_tools(response, |_, _| Vec::new());
        assert!(edited.error_object().is_some());
    }
}
