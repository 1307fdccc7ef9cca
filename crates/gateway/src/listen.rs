//! `subscriptions/listen` (2026-07-28): a long-lived stream (SSE over HTTP, lines over stdio)
//! of the notifications a client asked for — list changes and updates of named resources —
//! replacing the session era's GET stream and `resources/subscribe`. The listen is a session of
//! its own for as long as the stream is open, so the gateway's fan-out (`broadcast`) reaches it
//! like any session; closing the stream ends it and releases its resource subscriptions.

use std::collections::HashSet;
use std::sync::Arc;

use futures::StreamExt;
use protocol::{Id, Message, Notification, RawObject, Request, methods, raw_json};
use serde_json::{Map, Value};
use tokio_util::sync::CancellationToken;

use crate::Gateway;
use crate::namespace;
use crate::relay::{RequestCtx, Sink};
use crate::replicas::Client;
use crate::router;
use crate::session::{Caller, ClientCapabilities, Scope, Session};

/// The list-change filter keys and the notification each one admits.
const LIST_CHANGES: [(&str, &str, &str); 3] = [
    ("toolsListChanged", methods::TOOLS_LIST_CHANGED, "tools"),
    (
        "promptsListChanged",
        methods::PROMPTS_LIST_CHANGED,
        "prompts",
    ),
    (
        "resourcesListChanged",
        methods::RESOURCES_LIST_CHANGED,
        "resources",
    ),
];

/// Check a listen's `notifications` filter (2026-07-28 `SubscriptionFilter`): an object whose
/// list-change keys are booleans and whose `resourceSubscriptions` is an array of URIs. A
/// malformed filter is -32602, not silently an empty one. Unknown keys are ignored (a later
/// revision may add some).
pub(crate) fn check_filter(params: &RawObject) -> Result<(), protocol::ErrorObject> {
    let invalid = |what: &str| protocol::ErrorObject::invalid_params(what.to_owned());
    let Some(raw) = params.get("notifications") else {
        return Err(invalid("subscriptions/listen needs params.notifications"));
    };
    let Ok(Value::Object(filter)) = serde_json::from_str::<Value>(raw.get()) else {
        return Err(invalid("params.notifications must be an object"));
    };
    for (key, _, _) in LIST_CHANGES {
        if filter.get(key).is_some_and(|v| !v.is_boolean()) {
            return Err(invalid(&format!(
                "notifications.{key} must be true or false"
            )));
        }
    }
    let uris = filter.get("resourceSubscriptions");
    let valid = |v: &Value| v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
    if uris.is_some_and(|v| !valid(v)) {
        return Err(invalid(
            "notifications.resourceSubscriptions must be an array of URIs",
        ));
    }
    Ok(())
}

/// Open a listen: its acknowledgement, then the notifications it admits, each tagged with the
/// listen's id; the listen (and its resource subscriptions) ends when the stream is dropped.
pub(crate) async fn open(
    gw: Gateway,
    scope: Scope,
    caller: Caller,
    request: Request,
    capabilities: ClientCapabilities,
) -> impl futures::Stream<Item = Message> + Send + 'static {
    let params = RawObject::parse_params(request.params.as_deref()).unwrap_or_default();
    let wanted: Map<String, Value> = params.get_as("notifications").unwrap_or_default();
    let replay = gw.settings().http.replay_buffer;
    let session = Arc::new(
        Session::new(
            scope,
            protocol::version::MODERN[0].to_owned(),
            capabilities,
            replay,
        )
        .with_caller(caller),
    );
    session
        .held
        .store(true, std::sync::atomic::Ordering::Relaxed);
    gw.sessions().insert(Arc::clone(&session));
    let mut accepted = Map::new();
    let mut admitted = HashSet::new();
    for (key, method, capability) in LIST_CHANGES {
        let offered = gw
            .upstreams_in(&session.scope, Client::Session(&session))
            .iter()
            .any(|u| u.current().is_some_and(|live| live.info.has(capability)));
        if wanted.get(key) == Some(&Value::Bool(true)) && offered {
            accepted.insert(key.to_owned(), Value::Bool(true));
            admitted.insert(method.to_owned());
        }
    }
    let uris = subscribe(&gw, &session, &request.id, &wanted).await;
    if !uris.is_empty() {
        accepted.insert("resourceSubscriptions".into(), Value::from(uris.clone()));
        admitted.insert(methods::RESOURCES_UPDATED.to_owned());
    }
    let id = request.id;
    let completion = completion(&id);
    let ack = tag(
        &id,
        Notification {
            method: methods::SUBSCRIPTIONS_ACKNOWLEDGED.into(),
            params: Some(raw_json(
                &serde_json::json!({ "notifications": accepted }).to_string(),
            )),
        },
    );
    let guard = EndOnDrop(gw.clone(), session.id.clone());
    let updates = Arc::clone(&session.standalone)
        .messages()
        .flat_map(move |batch| {
            let out: Vec<Message> = batch
                .iter()
                .filter_map(|line| match Message::parse(line.as_bytes()) {
                    Ok(Message::Notification(n)) if admitted.contains(&n.method) => {
                        Some(tag(&id, n))
                    }
                    _ => None,
                })
                .collect();
            futures::stream::iter(out)
        });
    // The gateway ends a listen on its own when it shuts down: it then answers the listen
    // request, so the client can tell a graceful end from a dropped connection
    // (subscriptions.mdx, Graceful Closure).
    futures::stream::once(async move { ack })
        .chain(gw.until_closing(updates))
        .chain(futures::stream::once(async move { completion }))
        .map(move |m| {
            let _alive = &guard;
            m
        })
}

/// The response that ends a listen gracefully: `resultType: "complete"` with the listen's
/// subscription id.
fn completion(id: &Id) -> Message {
    let result = serde_json::json!({
        "resultType": "complete",
        "_meta": {
            "io.modelcontextprotocol/subscriptionId":
                serde_json::from_str::<Value>(id.raw().get()).unwrap_or(Value::Null),
        },
    });
    Message::Response(protocol::Response::result(
        id.clone(),
        raw_json(&result.to_string()),
    ))
}

/// Subscribe the listen's session to each requested resource whose server supports
/// subscriptions; returns the URIs accepted.
async fn subscribe(
    gw: &Gateway,
    session: &Arc<Session>,
    id: &Id,
    wanted: &Map<String, Value>,
) -> Vec<String> {
    let requested: Vec<String> = wanted
        .get("resourceSubscriptions")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let ctx = RequestCtx {
        session: Arc::clone(session),
        client_id: id.clone(),
        sink: Sink::Standalone(Arc::clone(&session.standalone)),
        cancel: CancellationToken::new(),
        incoming: Default::default(),
        progress: Default::default(),
    };
    let mut accepted = Vec::new();
    for seen_as in requested {
        let target = match &session.scope {
            Scope::Aggregate => {
                namespace::split_uri(&seen_as).map(|(s, u)| (s.to_owned(), u.to_owned()))
            }
            Scope::Server(server) => Some((server.clone(), seen_as.clone())),
            Scope::Virtual(_) => None,
        };
        let Some((server, original)) = target else {
            continue;
        };
        let Some(upstream) = gw.upstream(&server, Client::Session(session)) else {
            continue;
        };
        let supported = upstream.current().is_some_and(|live| {
            live.info.capabilities.pointer("/resources/subscribe") == Some(&Value::Bool(true))
        });
        if !supported {
            continue;
        }
        let mut params = RawObject::new();
        params.set_str("uri", &original);
        let method = methods::RESOURCES_SUBSCRIBE;
        match router::subscription(&ctx, &upstream, method, &seen_as, &original, params).await {
            Ok(r) if r.error_object().is_none() => accepted.push(seen_as),
            _ => tracing::info!(uri = %seen_as, "resource subscription refused upstream"),
        }
    }
    accepted
}

/// Add `_meta["io.modelcontextprotocol/subscriptionId"]` (the listen request's id).
fn tag(id: &Id, notification: Notification) -> Message {
    let mut params = RawObject::parse_params(notification.params.as_deref()).unwrap_or_default();
    let mut meta = params
        .get("_meta")
        .and_then(RawObject::parse)
        .unwrap_or_default();
    meta.set(
        "io.modelcontextprotocol/subscriptionId",
        id.raw().to_owned(),
    );
    params.set("_meta", meta.to_raw());
    Message::Notification(Notification {
        method: notification.method,
        params: Some(params.to_raw()),
    })
}

/// Ends the listen's session (and its resource subscriptions) when the client closes the stream.
struct EndOnDrop(Gateway, String);

impl Drop for EndOnDrop {
    fn drop(&mut self) {
        self.0.end_session(&self.1);
    }
}
