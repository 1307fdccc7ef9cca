//! Dispatch of one client request by method and scope: the single-server route forwards almost
//! everything as it is; the aggregate route fans lists out, routes calls by namespace and
//! rewrites names on the way in and out.

use std::sync::Arc;

use protocol::{Message, Notification, RawObject, Request, Response, methods, raw_json};
use serde_json::value::RawValue;

use crate::Gateway;
use crate::aggregate;
use crate::error::GatewayError;
use crate::namespace;
use crate::pipeline::Target;
use crate::relay::{RequestCtx, forward};
use crate::replicas::Client;
use crate::session::{Scope, lock};
use crate::upstream::Upstream;

/// Route one client request to its upstream(s); the response carries the client's id.
/// Called by the pipeline driver (`pipeline::handle_request`) once every stage before routing
/// has let the request through.
/// `target` is what the stages decided on (a virtual server calls exactly that tool).
pub async fn route(
    gateway: &Gateway,
    ctx: &RequestCtx,
    request: Request,
    target: &Target,
) -> Response {
    let id = request.id.clone();
    let outcome = match &ctx.session.scope {
        _ if request.method == methods::PING => Ok(Response::result(id.clone(), raw_json("{}"))),
        Scope::Server(name) => single(gateway, ctx, name, request).await,
        Scope::Aggregate => aggregate_request(gateway, ctx, request).await,
        Scope::Virtual(name) => {
            crate::virtual_server::route(gateway, ctx, name, request, target).await
        }
    };
    match outcome {
        Ok(response) => Response {
            id,
            outcome: response.outcome,
        },
        Err(error) => error_response(id, &error),
    }
}

/// The JSON-RPC error response for `error`, logged.
pub(crate) fn error_response(id: protocol::Id, error: &GatewayError) -> Response {
    tracing::debug!(%error, "request failed");
    Response::error(id, &error.to_error_object())
}

/// `/mcp/{server}`: forward as is, keeping subscriptions counted per upstream.
async fn single(
    gateway: &Gateway,
    ctx: &RequestCtx,
    server: &str,
    request: Request,
) -> Result<Response, GatewayError> {
    let upstream = gateway
        .upstream(server, Client::Session(&ctx.session))
        .ok_or_else(|| GatewayError::UpstreamUnavailable {
            server: server.to_owned(),
            reason: "no longer configured".into(),
        })?;
    match request.method.as_str() {
        methods::RESOURCES_SUBSCRIBE | methods::RESOURCES_UNSUBSCRIBE => {
            let params = RawObject::parse_params(request.params.as_deref())
                .ok_or_else(|| GatewayError::InvalidParams("params must be an object".into()))?;
            let uri = params
                .get_str("uri")
                .ok_or_else(|| GatewayError::InvalidParams("missing uri".into()))?;
            subscription(ctx, &upstream, &request.method, &uri, &uri, params).await
        }
        _ => forward(ctx, &upstream, &request.method, request.params).await,
    }
}

/// `/mcp`: every server behind one namespace.
async fn aggregate_request(
    gateway: &Gateway,
    ctx: &RequestCtx,
    request: Request,
) -> Result<Response, GatewayError> {
    let method = request.method.as_str();
    if let Some(kind) = aggregate::ListKind::for_method(method) {
        return aggregate::list(gateway, ctx, kind, request.params).await;
    }
    let params = RawObject::parse_params(request.params.as_deref())
        .ok_or_else(|| GatewayError::InvalidParams("params must be an object".into()))?;
    match method {
        methods::TOOLS_CALL => call_tool(gateway, ctx, params).await,
        methods::PROMPTS_GET => get_prompt(gateway, ctx, params).await,
        methods::RESOURCES_READ => read_resource(gateway, ctx, params).await,
        methods::RESOURCES_SUBSCRIBE | methods::RESOURCES_UNSUBSCRIBE => {
            let (upstream, original, qualified) =
                resolve_uri(gateway, Client::Session(&ctx.session), &params)?;
            let mut params = params;
            params.set_str("uri", &original);
            subscription(ctx, &upstream, method, &qualified, &original, params).await
        }
        methods::COMPLETION_COMPLETE => complete(gateway, ctx, params).await,
        methods::LOGGING_SET_LEVEL => aggregate::set_level(gateway, ctx, params).await,
        other => Err(GatewayError::MethodNotFound(other.to_owned())),
    }
}

/// An aggregate `tools/call`: the qualified name in `params` resolved and forwarded.
pub(crate) async fn call_tool(
    gateway: &Gateway,
    ctx: &RequestCtx,
    mut params: RawObject,
) -> Result<Response, GatewayError> {
    let name = params
        .get_str("name")
        .ok_or_else(|| GatewayError::InvalidParams("missing tool name".into()))?;
    let (upstream, original) = gateway
        .resolve_tool(&name, Client::Session(&ctx.session))
        .ok_or_else(|| GatewayError::UnknownTool(name.clone()))?;
    params.set_str("name", &original);
    forward(ctx, &upstream, methods::TOOLS_CALL, Some(params.to_raw())).await
}

async fn get_prompt(
    gateway: &Gateway,
    ctx: &RequestCtx,
    mut params: RawObject,
) -> Result<Response, GatewayError> {
    let name = params
        .get_str("name")
        .ok_or_else(|| GatewayError::InvalidParams("missing prompt name".into()))?;
    let (server, original) =
        namespace::split(&name).ok_or_else(|| GatewayError::UnknownPrompt(name.clone()))?;
    let upstream = gateway
        .upstream(server, Client::Session(&ctx.session))
        .ok_or_else(|| GatewayError::UnknownPrompt(name.clone()))?;
    params.set_str("name", original);
    forward(ctx, &upstream, methods::PROMPTS_GET, Some(params.to_raw())).await
}

async fn read_resource(
    gateway: &Gateway,
    ctx: &RequestCtx,
    mut params: RawObject,
) -> Result<Response, GatewayError> {
    let (upstream, original, _) = resolve_uri(gateway, Client::Session(&ctx.session), &params)?;
    params.set_str("uri", &original);
    let response = forward(
        ctx,
        &upstream,
        methods::RESOURCES_READ,
        Some(params.to_raw()),
    )
    .await?;
    Ok(aggregate::qualify_read_result(upstream.name(), response))
}

/// The upstream, original URI and qualified URI named by `params.uri`.
fn resolve_uri(
    gateway: &Gateway,
    client: Client<'_>,
    params: &RawObject,
) -> Result<(Arc<Upstream>, String, String), GatewayError> {
    let uri = params
        .get_str("uri")
        .ok_or_else(|| GatewayError::InvalidParams("missing uri".into()))?;
    let (server, original) =
        namespace::split_uri(&uri).ok_or_else(|| GatewayError::UnknownResource(uri.clone()))?;
    let upstream = gateway
        .upstream(server, client)
        .ok_or_else(|| GatewayError::UnknownResource(uri.clone()))?;
    Ok((upstream, original.to_owned(), uri.clone()))
}

/// Subscribe or unsubscribe (`seen_as`: the URI as the session names it), forwarding only the first subscription and the last
/// unsubscription of a URI: the upstream session is shared by every client session.
pub(crate) async fn subscription(
    ctx: &RequestCtx,
    upstream: &Arc<Upstream>,
    method: &str,
    seen_as: &str,
    original: &str,
    params: RawObject,
) -> Result<Response, GatewayError> {
    let subscribe = method == methods::RESOURCES_SUBSCRIBE;
    let changed = {
        let mut mine = lock(&ctx.session.subscriptions);
        if subscribe {
            mine.insert(seen_as.to_owned())
        } else {
            mine.remove(seen_as)
        }
    };
    let must_forward = {
        let mut counts = lock(&upstream.subscriptions);
        let count = counts.entry(original.to_owned()).or_insert(0);
        match (subscribe, changed) {
            (true, true) => *count += 1,
            (false, true) => *count = count.saturating_sub(1),
            _ => {}
        }
        let forward_it = (subscribe && *count == 1 && changed) || (!subscribe && *count == 0);
        if *count == 0 {
            counts.remove(original);
        }
        forward_it
    };
    if must_forward && changed {
        upstream.subscriptions_changed.notify_one();
    }
    if !must_forward {
        return Ok(Response::result(ctx.client_id.clone(), raw_json("{}")));
    }
    forward(ctx, upstream, method, Some(params.to_raw())).await
}

/// Splits a qualified name or URI into server and original.
type SplitFn = fn(&str) -> Option<(&str, &str)>;

async fn complete(
    gateway: &Gateway,
    ctx: &RequestCtx,
    mut params: RawObject,
) -> Result<Response, GatewayError> {
    let mut reference = params
        .get("ref")
        .and_then(RawObject::parse)
        .ok_or_else(|| GatewayError::InvalidParams("missing ref".into()))?;
    let (key, split): (&str, SplitFn) = match reference.get_str("type").as_deref() {
        Some("ref/prompt") => ("name", namespace::split),
        Some("ref/resource") => ("uri", namespace::split_uri),
        _ => return Err(GatewayError::InvalidParams("unknown ref type".into())),
    };
    let qualified = reference
        .get_str(key)
        .ok_or_else(|| GatewayError::InvalidParams(format!("missing ref.{key}")))?;
    let (server, original) = split(&qualified)
        .ok_or_else(|| GatewayError::InvalidParams(format!("unknown reference {qualified}")))?;
    let upstream = gateway
        .upstream(server, Client::Session(&ctx.session))
        .ok_or_else(|| GatewayError::InvalidParams(format!("unknown reference {qualified}")))?;
    reference.set_str(key, original);
    params.set("ref", reference.to_raw());
    forward(
        ctx,
        &upstream,
        methods::COMPLETION_COMPLETE,
        Some(params.to_raw()),
    )
    .await
}

/// Serve a client notification.
pub async fn handle_notification(
    gateway: &Gateway,
    session: &crate::session::Session,
    n: Notification,
) {
    match n.method.as_str() {
        methods::CANCELLED => cancel(session, n.params.as_deref()),
        methods::INITIALIZED => {}
        // A client's roots are its own; servers are shared and get the config's (see
        // `relay::answer_roots_list`), so the change is no news to them.
        methods::ROOTS_LIST_CHANGED => {
            tracing::debug!(session = %session.id, "client roots changed; not forwarded to shared servers");
        }
        _ => {
            if let Scope::Server(name) = &session.scope
                && let Some(upstream) = gateway.upstream(name, Client::Session(session))
            {
                upstream.send(Message::Notification(n)).await;
            }
        }
    }
}

fn cancel(session: &crate::session::Session, params: Option<&RawValue>) {
    let Some(params) = RawObject::parse_params(params) else {
        return;
    };
    let Some(id) = params.get("requestId") else {
        return;
    };
    if let Some(id) = protocol::Id::from_raw(id)
        && let Some(cancel) = lock(&session.inflight).get(&id)
    {
        cancel.cancel();
    }
}

/// Serve a client's response to a relayed server-to-client request.
pub async fn handle_response(session: &crate::session::Session, response: Response) {
    let Some(client_id) = response.id.as_u64() else {
        return;
    };
    let Some(outgoing) = lock(&session.outgoing).remove(&client_id) else {
        match lock(&session.asked).remove(&client_id) {
            Some(asker) => {
                let _ = asker.send(response);
            }
            None => tracing::debug!(id = %response.id, "response to no relayed request"),
        }
        return;
    };
    let relayed = Response {
        id: outgoing.upstream_id,
        outcome: response.outcome,
    };
    outgoing.upstream.send(Message::Response(relayed)).await;
}
