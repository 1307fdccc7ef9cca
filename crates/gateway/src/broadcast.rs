//! Upstream messages that belong to no single request: list changes, resource updates, and
//! requests or log messages a server sends while no client request of it is in flight.

use std::sync::Arc;

use protocol::{Message, Notification, RawObject, Response, methods, raw_json};

use crate::namespace;
use crate::relay::{Sink, deliver_related};
use crate::session::{Scope, Session, lock};
use crate::upstream::Upstream;

/// [`list_changed`] for `tools/list_changed` the gateway itself raises about `upstream`'s
/// tools (a definition approved, a review changed): its clients list its tools again.
pub async fn tools_changed(upstream: &Arc<Upstream>) {
    let changed = Notification {
        method: methods::TOOLS_LIST_CHANGED.to_owned(),
        params: None,
    };
    list_changed(upstream, &changed).await;
}

/// `tools/list_changed` to the clients of the virtual servers `names` (a reload changed what
/// they offer).
pub fn virtual_servers_changed(sessions: &crate::session::SessionStore, names: &[String]) {
    let message = changed_message(methods::TOOLS_LIST_CHANGED);
    for session in sessions.of_virtual(names) {
        session.standalone.push(message.clone());
    }
}

/// The `list_changed` notifications of a reload that added, removed or restarted the servers
/// `names`: what every session that sees one of them (the aggregate, the server's own
/// route, a virtual server drawing on it) is offered may have changed, so each is told once
/// (tools, prompts and resources; a virtual server's tools only).
pub fn servers_changed(sessions: &crate::session::SessionStore, names: &[String]) {
    let mut told = std::collections::HashSet::new();
    let all = [
        methods::TOOLS_LIST_CHANGED,
        methods::PROMPTS_LIST_CHANGED,
        methods::RESOURCES_LIST_CHANGED,
    ];
    for name in names {
        for session in sessions.in_scope(name) {
            if !told.insert(session.id.clone()) {
                continue;
            }
            let kinds = match session.scope {
                Scope::Virtual(_) => &all[..1],
                _ => &all[..],
            };
            for kind in kinds {
                session.standalone.push(changed_message(kind));
            }
        }
    }
}

/// A server restarted after a lost connection (a crashed child, a redeployed HTTP server) may
/// offer other tools, prompts and resources than before, and says nothing about it (its
/// `list_changed` would have gone to a connection that is gone): forget what the gateway knew
/// of its lists and tell every session that sees it to list again, as for a `list_changed`.
pub async fn restarted(upstream: &Arc<Upstream>) {
    for method in [
        methods::TOOLS_LIST_CHANGED,
        methods::PROMPTS_LIST_CHANGED,
        methods::RESOURCES_LIST_CHANGED,
    ] {
        let changed = Notification {
            method: method.to_owned(),
            params: None,
        };
        list_changed(upstream, &changed).await;
    }
}

/// `notifications/*/list_changed`: forget cached names and tell every session that sees the server.
pub async fn list_changed(upstream: &Arc<Upstream>, notification: &Notification) {
    upstream.protection().lists.invalidate(&notification.method);
    if notification.method == methods::TOOLS_LIST_CHANGED {
        upstream
            .tool_names
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
        upstream.tools_changed();
    }
    let message = changed_message(&notification.method);
    let tools = notification.method == methods::TOOLS_LIST_CHANGED;
    for session in upstream.sessions_served() {
        // A virtual server offers tools only.
        if tools || !matches!(session.scope, Scope::Virtual(_)) {
            session.standalone.push(message.clone());
        }
    }
}

/// The `notifications/*/list_changed` a session is sent (no params: clients list again).
fn changed_message(method: &str) -> String {
    Message::Notification(Notification {
        method: method.to_owned(),
        params: None,
    })
    .to_json()
}

/// `notifications/resources/updated`: tell the sessions subscribed to that URI, in their naming.
pub async fn resource_updated(upstream: &Arc<Upstream>, notification: &Notification) {
    let Some(mut params) = RawObject::parse_params(notification.params.as_deref()) else {
        return;
    };
    let Some(uri) = params.get_str("uri") else {
        return;
    };
    let qualified = namespace::qualify_uri(upstream.name(), &uri);
    for session in upstream.sessions_served() {
        let seen_as = match session.scope {
            Scope::Aggregate => &qualified,
            Scope::Server(_) => &uri,
            Scope::Virtual(_) => continue,
        };
        if !lock(&session.subscriptions).contains(seen_as) {
            continue;
        }
        params.set_str("uri", seen_as);
        let message = Message::Notification(Notification {
            method: notification.method.clone(),
            params: Some(params.to_raw()),
        });
        session.standalone.push(message.to_json());
    }
}

/// A request or notification sent while no request of any client is in flight.
pub async fn unattributed(upstream: &Arc<Upstream>, message: Message) {
    match message {
        Message::Request(request) if request.method == methods::PING => {
            let response = Response::result(request.id, raw_json("{}"));
            upstream.send(Message::Response(response)).await;
        }
        Message::Request(request) if request.method == methods::ROOTS_LIST => {
            crate::relay::answer_roots_list(upstream, request).await;
        }
        Message::Request(request) => {
            let session = most_recent_capable(upstream, &request.method);
            match session {
                Some(session) => {
                    let sink = Sink::Standalone(Arc::clone(&session.standalone));
                    deliver_related(upstream, &session, &sink, Message::Request(request)).await;
                }
                None => {
                    let error = protocol::ErrorObject::new(
                        protocol::ErrorCode::METHOD_NOT_FOUND,
                        format!("no connected client can answer {}", request.method),
                    );
                    let response = Response::error(request.id, &error);
                    upstream.send(Message::Response(response)).await;
                }
            }
        }
        Message::Notification(n) => {
            let text = Message::Notification(n).to_json();
            for session in upstream.sessions_served() {
                session.standalone.push(text.clone());
            }
        }
        Message::Response(_) => {}
    }
}

/// The session-era session that used the server last and can answer `method`. A 2026-07-28
/// client (a held `subscriptions/listen`) receives no requests outside its own calls.
fn most_recent_capable(upstream: &Upstream, method: &str) -> Option<Arc<Session>> {
    upstream
        .sessions_served()
        .into_iter()
        .filter(|s| !protocol::version::MODERN.contains(&s.protocol_version.as_str()))
        .filter(|s| s.capabilities.supports(method))
        .min_by_key(|s| s.idle_for())
}
