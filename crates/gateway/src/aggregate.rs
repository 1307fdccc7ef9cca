//! The aggregate view of many servers: merged lists with a composite cursor, merged
//! capabilities and instructions, and fan-out of `logging/setLevel`.

use std::collections::BTreeMap;
use std::sync::Arc;

use futures::future::join_all;
use protocol::{Outcome, RawObject, Response, methods, raw_json};
use serde_json::value::RawValue;

use crate::Gateway;
use crate::error::GatewayError;
use crate::namespace;
use crate::relay::{RequestCtx, forward};
use crate::replicas::Client;
use crate::settings::FailureMode;
use crate::upstream::Upstream;

/// One of the four list methods and how its items are named.
#[derive(Debug, Clone, Copy)]
pub struct ListKind {
    method: &'static str,
    items: &'static str,
    name_key: &'static str,
    capability: &'static str,
    is_uri: bool,
}

impl ListKind {
    /// The list kind served by `method`, if it is a list method.
    pub fn for_method(method: &str) -> Option<Self> {
        let kind = |method, items, name_key, capability, is_uri| ListKind {
            method,
            items,
            name_key,
            capability,
            is_uri,
        };
        Some(match method {
            methods::TOOLS_LIST => kind(methods::TOOLS_LIST, "tools", "name", "tools", false),
            methods::PROMPTS_LIST => {
                kind(methods::PROMPTS_LIST, "prompts", "name", "prompts", false)
            }
            methods::RESOURCES_LIST => kind(
                methods::RESOURCES_LIST,
                "resources",
                "uri",
                "resources",
                true,
            ),
            methods::RESOURCE_TEMPLATES_LIST => kind(
                methods::RESOURCE_TEMPLATES_LIST,
                "resourceTemplates",
                "uriTemplate",
                "resources",
                true,
            ),
            _ => return None,
        })
    }
}

/// One page of an aggregate list. The cursor is the JSON object `{server: upstream cursor}` of
/// the servers that have more; without a cursor every server's first page is fetched.
pub async fn list(
    gateway: &Gateway,
    ctx: &RequestCtx,
    kind: ListKind,
    params: Option<Box<RawValue>>,
) -> Result<Response, GatewayError> {
    list_in(gateway, ctx, kind, params, &|_| true).await
}

/// One page of the aggregate list of the servers `include` admits (a virtual server's).
pub async fn list_in(
    gateway: &Gateway,
    ctx: &RequestCtx,
    kind: ListKind,
    params: Option<Box<RawValue>>,
    include: &(dyn Fn(&str) -> bool + Sync),
) -> Result<Response, GatewayError> {
    let params = RawObject::parse_params(params.as_deref())
        .ok_or_else(|| GatewayError::InvalidParams("params must be an object".into()))?;
    let mut pages = pages_to_fetch(gateway, Client::Session(&ctx.session), kind, &params)?;
    pages.retain(|(upstream, _)| include(upstream.name()));
    let fetches = pages.into_iter().map(|(upstream, cursor)| {
        let mut params = params.clone();
        params.remove("cursor");
        if let Some(cursor) = cursor {
            params.set_str("cursor", &cursor);
        }
        async move {
            let result = forward(ctx, &upstream, kind.method, Some(params.to_raw())).await;
            (upstream, result)
        }
    });
    let mut items: Vec<Box<RawValue>> = Vec::new();
    let mut next: BTreeMap<String, String> = BTreeMap::new();
    for (upstream, result) in join_all(fetches).await {
        let page = result.and_then(|r| page_of(&upstream, r, kind));
        match page {
            Ok((page_items, cursor)) => {
                items.extend(page_items);
                if let Some(cursor) = cursor {
                    next.insert(upstream.name().to_owned(), cursor);
                }
            }
            Err(e) if upstream.failure_mode() == FailureMode::Open => {
                tracing::warn!(server = %upstream.name(), error = %e, method = kind.method, "server left out of the aggregate list");
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Response::result(
        ctx.client_id.clone(),
        page_result(kind, items, next),
    ))
}

fn pages_to_fetch(
    gateway: &Gateway,
    client: Client<'_>,
    kind: ListKind,
    params: &RawObject,
) -> Result<Vec<PageRequest>, GatewayError> {
    let Some(cursor) = params.get_str("cursor") else {
        return Ok(gateway
            .upstreams_in(&crate::session::Scope::Aggregate, client)
            .iter()
            .filter(|u| offers(u, kind.capability))
            .cloned()
            .map(|u| (u, None))
            .collect());
    };
    let cursors: BTreeMap<String, String> = serde_json::from_str(&cursor)
        .map_err(|_| GatewayError::InvalidParams("invalid cursor".into()))?;
    cursors
        .into_iter()
        .map(|(server, c)| {
            gateway
                .upstream(&server, client)
                .map(|u| (u, Some(c)))
                .ok_or_else(|| GatewayError::InvalidParams("invalid cursor".into()))
        })
        .collect()
}

/// Whether a server is up and declared `capability`. Servers that are down count as offering
/// it, so that `failure_mode` decides what happens.
fn offers(upstream: &Upstream, capability: &str) -> bool {
    upstream
        .current()
        .is_none_or(|live| live.info.has(capability))
}

/// One server's page: its items and its next cursor.
type Page = (Vec<Box<RawValue>>, Option<String>);

/// A server and the cursor to fetch from it (`None`: its first page).
type PageRequest = (Arc<Upstream>, Option<String>);

/// The namespaced items and next cursor of one server's page.
fn page_of(upstream: &Upstream, response: Response, kind: ListKind) -> Result<Page, GatewayError> {
    let result = match response.outcome {
        Outcome::Result(r) => r,
        Outcome::Error(e) => return Err(upstream.unavailable(format!("list failed: {}", e.get()))),
    };
    let obj = RawObject::parse(&result)
        .ok_or_else(|| upstream.unavailable("list result is not an object"))?;
    let raw_items: Vec<Box<RawValue>> = obj.get_as(kind.items).unwrap_or_default();
    let mut names = Vec::new();
    let items = raw_items
        .into_iter()
        .filter_map(|item| {
            let mut item = RawObject::parse(&item)?;
            let original = item.get_str(kind.name_key)?;
            let qualified = if kind.is_uri {
                namespace::qualify_uri(upstream.name(), &original)
            } else {
                namespace::qualify(upstream.name(), &original)
            };
            if kind.method == methods::TOOLS_LIST {
                names.push((qualified.clone(), original));
            }
            item.set_str(kind.name_key, &qualified);
            Some(item.to_raw())
        })
        .collect();
    upstream.remember_tool_names(names);
    Ok((items, obj.get_str("nextCursor")))
}

fn page_result(
    kind: ListKind,
    items: Vec<Box<RawValue>>,
    next: BTreeMap<String, String>,
) -> Box<RawValue> {
    let mut result = RawObject::new();
    result.set(
        kind.items,
        serde_json::value::to_raw_value(&items).expect("raw items serialize"),
    );
    if !next.is_empty() {
        let cursor = serde_json::to_string(&next).expect("cursor serializes");
        result.set_str("nextCursor", &cursor);
    }
    result.to_raw()
}

/// Qualify the `uri` of every item in a `resources/read` result.
pub fn qualify_read_result(server: &str, response: Response) -> Response {
    let Outcome::Result(result) = &response.outcome else {
        return qualify_read_error(server, response);
    };
    let Some(mut obj) = RawObject::parse(result) else {
        return response;
    };
    let Some(contents) = obj.get_as::<Vec<Box<RawValue>>>("contents") else {
        return response;
    };
    let contents: Vec<Box<RawValue>> = contents
        .into_iter()
        .map(|c| match RawObject::parse(&c) {
            Some(mut item) => {
                if let Some(uri) = item.get_str("uri") {
                    item.set_str("uri", &namespace::qualify_uri(server, &uri));
                }
                item.to_raw()
            }
            None => c,
        })
        .collect();
    obj.set(
        "contents",
        serde_json::value::to_raw_value(&contents).expect("serializes"),
    );
    Response::result(response.id, obj.to_raw())
}

/// A `resources/read` error naming the server's own URI (in `data.uri` and the message, as
/// the specification's not-found example does) names it as the client does: the client asked
/// for `server+uri` and must not be told of a URI it cannot use.
fn qualify_read_error(server: &str, response: Response) -> Response {
    let Some(mut error) = response.error_object() else {
        return response;
    };
    let Some(data) = error.data.as_deref().and_then(RawObject::parse) else {
        return response;
    };
    let Some(uri) = data.get_str("uri") else {
        return response;
    };
    let qualified = namespace::qualify_uri(server, &uri);
    let mut data = data;
    data.set_str("uri", &qualified);
    error.data = Some(data.to_raw());
    error.message = error.message.replace(&uri, &qualified);
    Response::error(response.id, &error)
}

/// `logging/setLevel` reaches every server that offers logging.
pub async fn set_level(
    gateway: &Gateway,
    ctx: &RequestCtx,
    params: RawObject,
) -> Result<Response, GatewayError> {
    let targets: Vec<_> = gateway
        .upstreams_in(
            &crate::session::Scope::Aggregate,
            Client::Session(&ctx.session),
        )
        .iter()
        .filter(|u| u.current().is_some_and(|l| l.info.has("logging")))
        .cloned()
        .collect();
    let calls = targets.iter().map(|u| {
        let params = params.to_raw();
        async move {
            (
                u,
                forward(ctx, u, methods::LOGGING_SET_LEVEL, Some(params)).await,
            )
        }
    });
    for (upstream, result) in join_all(calls).await {
        if let Err(e) = result {
            tracing::warn!(server = %upstream.name(), error = %e, "logging/setLevel failed");
        }
    }
    Ok(Response::result(ctx.client_id.clone(), raw_json("{}")))
}

/// The `InitializeResult` of the aggregate: capabilities and instructions of every server that
/// is up, merged.
pub fn initialize_result(upstreams: &[Arc<Upstream>], version: &str) -> Box<RawValue> {
    let live: Vec<_> = upstreams
        .iter()
        .filter_map(|u| u.current().map(|l| (u, l)))
        .collect();
    let any = |cap: &str| live.iter().any(|(_, l)| l.info.has(cap));
    let subscribe = live.iter().any(|(_, l)| {
        l.info.capabilities.pointer("/resources/subscribe") == Some(&serde_json::Value::Bool(true))
    });
    let mut caps = serde_json::json!({ "logging": {} });
    if any("tools") {
        caps["tools"] = serde_json::json!({ "listChanged": true });
    }
    if any("prompts") {
        caps["prompts"] = serde_json::json!({ "listChanged": true });
    }
    if any("resources") {
        caps["resources"] = serde_json::json!({ "listChanged": true, "subscribe": subscribe });
    }
    if any("completions") {
        caps["completions"] = serde_json::json!({});
    }
    let instructions: Vec<String> = live
        .iter()
        .filter_map(|(u, l)| {
            let text = l.info.instructions.as_deref()?;
            Some(format!(
                "## {} (tools prefixed `{}__`)\n{}",
                u.name(),
                u.name(),
                text
            ))
        })
        .collect();
    let mut result = serde_json::json!({
        "protocolVersion": version,
        "capabilities": caps,
        "serverInfo": { "name": "gatehouse", "version": env!("CARGO_PKG_VERSION") },
    });
    if !instructions.is_empty() {
        result["instructions"] = serde_json::Value::String(instructions.join("\n\n"));
    }
    serde_json::value::to_raw_value(&result).expect("serializes")
}

/// The `InitializeResult` of a single-server route: the server's own, with the version the
/// client negotiated with the gateway.
pub fn single_initialize_result(
    upstream: &Upstream,
    version: &str,
) -> Result<Box<RawValue>, GatewayError> {
    let live = upstream
        .current()
        .ok_or_else(|| upstream.unavailable("not connected"))?;
    let mut obj = RawObject::parse(&live.info.result)
        .ok_or_else(|| upstream.unavailable("bad initialize result"))?;
    obj.set_str("protocolVersion", version);
    // The gateway relays no `tasks/*` method: a capability is declared only where its
    // methods work (a client saw `tasks` and got -32601 for tasks/list).
    if let Some(capabilities) = obj.get("capabilities").and_then(RawObject::parse)
        && capabilities.get("tasks").is_some()
    {
        let mut capabilities = capabilities;
        capabilities.remove("tasks");
        obj.set("capabilities", capabilities.to_raw());
    }
    Ok(obj.to_raw())
}
