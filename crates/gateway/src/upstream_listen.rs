//! `subscriptions/listen` towards 2026-07-28 upstreams (`docs/eras.md` §4.5).
//!
//! A modern server has no GET stream: its list changes and resource updates reach only a
//! `subscriptions/listen` stream a client holds open. For each live modern upstream that
//! declares any of them, the gateway holds one listen whose filter is the union of what it can
//! use — every list change the server declares (`listChanged`, which also keeps the gateway's
//! list cache and tool names fresh) and the resources the gateway's clients subscribed to (the
//! upstream's subscription counts) — and feeds what arrives into the same fan-out as a
//! session-era server's notifications (`relay::on_unsolicited`), so legacy GET streams and
//! modern listens alike receive them, re-tagged with their own ids.
//!
//! When the subscribed resources change, a new listen is opened and the old one closed once the
//! new one is acknowledged (make before break: nothing is missed in between; a duplicate is
//! harmless). A listen that ends or fails is re-opened with backoff; a server that answers
//! -32601 has no listen and is not asked again on that connection.

use std::sync::Arc;
use std::time::Duration;

use protocol::{Message, Notification, RawObject, methods, raw_json};
use serde_json::Value;
use tokio::sync::oneshot;
use tokio_util::sync::{CancellationToken, DropGuard};
use transport::upstream::Call;

use crate::session::{ClientCapabilities, lock};
use crate::upstream::{Live, ServerInfo, Upstream};

/// The list-change filter keys and the capability that promises each.
const LIST_CHANGES: [(&str, &str); 3] = [
    ("toolsListChanged", "tools"),
    ("promptsListChanged", "prompts"),
    ("resourcesListChanged", "resources"),
];
/// `_meta` key tagging a listen's notifications.
const META_SUBSCRIPTION_ID: &str = "io.modelcontextprotocol/subscriptionId";
const MIN_BACKOFF: Duration = Duration::from_millis(500);
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// Subscriptions often change in bursts (a client subscribing to several resources).
const DEBOUNCE: Duration = Duration::from_millis(100);

/// What a listen asks the upstream for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Filter {
    /// The list-change keys (`toolsListChanged`, ...).
    lists: Vec<&'static str>,
    /// Resource URIs, in the upstream's naming, sorted.
    resources: Vec<String>,
}

impl Filter {
    /// What the gateway wants from `info`'s server now; `None` when nothing.
    fn wanted(upstream: &Upstream, info: &ServerInfo) -> Option<Self> {
        let caps = &info.capabilities;
        let lists: Vec<&'static str> = LIST_CHANGES
            .iter()
            .filter(|(_, cap)| {
                caps.pointer(&format!("/{cap}/listChanged")) == Some(&Value::Bool(true))
            })
            .map(|(key, _)| *key)
            .collect();
        let mut resources: Vec<String> =
            if caps.pointer("/resources/subscribe") == Some(&Value::Bool(true)) {
                lock(&upstream.subscriptions).keys().cloned().collect()
            } else {
                Vec::new()
            };
        resources.sort_unstable();
        (!lists.is_empty() || !resources.is_empty()).then_some(Self { lists, resources })
    }

    /// The listen's `params` (before the era's `_meta` is stamped on).
    fn params(&self) -> Box<serde_json::value::RawValue> {
        let mut notifications = serde_json::Map::new();
        for key in &self.lists {
            notifications.insert((*key).to_owned(), Value::Bool(true));
        }
        if !self.resources.is_empty() {
            notifications.insert(
                "resourceSubscriptions".into(),
                Value::from(self.resources.clone()),
            );
        }
        raw_json(&serde_json::json!({ "notifications": notifications }).to_string())
    }
}

/// An open, acknowledged listen: closed when dropped.
struct Listen {
    filter: Filter,
    ended: oneshot::Receiver<()>,
    _close: DropGuard,
}

/// Hold the upstream's listen for as long as `live` is its connection.
pub(crate) async fn hold(upstream: Arc<Upstream>, live: Arc<Live>) {
    let closed = live.conn.closed();
    let stopped = upstream.stopped();
    let mut backoff = MIN_BACKOFF;
    let mut current: Option<Listen> = None;
    loop {
        match Filter::wanted(&upstream, &live.info) {
            None => current = None,
            Some(filter) if current.as_ref().map(|l| &l.filter) == Some(&filter) => {}
            Some(filter) => match open(&upstream, &live, filter).await {
                Ok(listen) => {
                    current = Some(listen);
                    backoff = MIN_BACKOFF;
                }
                Err(Failure::Unsupported(reason)) => {
                    // Asking again would only be refused again: nothing to relay from it.
                    tracing::info!(server = %upstream.name(), %reason, "the server does not implement subscriptions/listen; its list changes are not relayed");
                    tokio::select! {
                        _ = closed.cancelled() => return,
                        _ = stopped.cancelled() => return,
                    }
                }
                Err(Failure::Failed(reason)) => {
                    tracing::warn!(server = %upstream.name(), %reason, retry_in = ?backoff, "subscriptions/listen failed");
                    tokio::select! {
                        _ = tokio::time::sleep(backoff) => {}
                        _ = closed.cancelled() => return,
                        _ = stopped.cancelled() => return,
                    }
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                    continue;
                }
            },
        }
        let ended = async {
            match current.as_mut() {
                Some(listen) => {
                    let _ = (&mut listen.ended).await;
                }
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = upstream.subscriptions_changed.notified() => {
                tokio::time::sleep(DEBOUNCE).await;
            }
            _ = ended => {
                tracing::info!(server = %upstream.name(), "subscriptions/listen ended; reopening");
                current = None;
                tokio::select! {
                    _ = tokio::time::sleep(backoff) => {}
                    _ = closed.cancelled() => return,
                    _ = stopped.cancelled() => return,
                }
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
            _ = closed.cancelled() => return,
            _ = stopped.cancelled() => return,
        }
    }
}

/// Why a listen could not be opened.
enum Failure {
    /// The server answered -32601: it has no `subscriptions/listen`.
    Unsupported(String),
    /// Anything else (unreachable, refused, no acknowledgement in time): worth retrying.
    Failed(String),
}

impl From<String> for Failure {
    fn from(reason: String) -> Self {
        Failure::Failed(reason)
    }
}

/// Open a listen and wait for its acknowledgement; then its notifications flow in the
/// background until the returned `Listen` is dropped or the stream ends.
async fn open(upstream: &Arc<Upstream>, live: &Live, filter: Filter) -> Result<Listen, Failure> {
    let params =
        crate::modern_upstream::stamp(Some(filter.params()), &ClientCapabilities::default(), None);
    let id = live.conn.reserve_id();
    let mut call = live
        .conn
        .call(
            id,
            methods::SUBSCRIPTIONS_LISTEN,
            Some(params),
            http::HeaderMap::new(),
        )
        .await
        .map_err(|e| e.to_string())?;
    let first = tokio::time::timeout(upstream.settings.init_timeout, call.next())
        .await
        .map_err(|_| "no acknowledgement in time".to_owned())?;
    match first {
        Some(Message::Notification(n)) if n.method == methods::SUBSCRIPTIONS_ACKNOWLEDGED => {
            tracing::debug!(server = %upstream.name(), filter = ?filter, "subscriptions/listen acknowledged");
        }
        Some(Message::Response(response)) => {
            return Err(match response.error_object() {
                Some(e) if e.code == protocol::ErrorCode::METHOD_NOT_FOUND => {
                    Failure::Unsupported(e.message)
                }
                Some(e) => Failure::Failed(format!("refused: {}", e.message)),
                None => Failure::Failed("the listen ended at once".into()),
            });
        }
        Some(other) => {
            let reason = format!("expected an acknowledgement, got {:?}", other.method());
            return Err(Failure::Failed(reason));
        }
        None => {
            return Err(Failure::Failed(
                "the stream ended before the acknowledgement".into(),
            ));
        }
    }
    let close = CancellationToken::new();
    let (done, ended) = oneshot::channel();
    tokio::spawn(pump(Arc::clone(upstream), call, close.clone(), done));
    Ok(Listen {
        filter,
        ended,
        _close: close.drop_guard(),
    })
}

/// Feed a listen's notifications into the gateway's fan-out until it ends or is closed.
async fn pump(
    upstream: Arc<Upstream>,
    mut call: Call,
    close: CancellationToken,
    done: oneshot::Sender<()>,
) {
    loop {
        let message = tokio::select! {
            m = call.next() => m,
            _ = close.cancelled() => return,
        };
        match message {
            Some(Message::Notification(n)) => {
                let untagged = Message::Notification(untag(n));
                crate::relay::on_unsolicited(&upstream, untagged).await;
            }
            Some(Message::Request(request)) => {
                tracing::debug!(server = %upstream.name(), method = %request.method, "request on a listen stream ignored");
            }
            Some(Message::Response(_)) | None => break,
        }
    }
    let _ = done.send(());
}

/// Remove the upstream listen's `subscriptionId`: each client's listen adds its own.
fn untag(notification: Notification) -> Notification {
    let Some(mut params) = RawObject::parse_params(notification.params.as_deref()) else {
        return notification;
    };
    let Some(mut meta) = params.get("_meta").and_then(RawObject::parse) else {
        return notification;
    };
    meta.remove(META_SUBSCRIPTION_ID);
    if meta.iter().next().is_none() {
        params.remove("_meta");
    } else {
        params.set("_meta", meta.to_raw());
    }
    Notification {
        method: notification.method,
        params: Some(params.to_raw()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_ask_for_declared_list_changes_and_subscribed_resources() {
        let filter = Filter {
            lists: vec!["toolsListChanged"],
            resources: vec!["file:///a".into()],
        };
        let params = filter.params();
        let value: Value = serde_json::from_str(params.get()).unwrap();
        assert_eq!(value["notifications"]["toolsListChanged"], true);
        assert_eq!(
            value["notifications"]["resourceSubscriptions"][0],
            "file:///a"
        );
        assert!(value["notifications"].get("promptsListChanged").is_none());
    }

    #[test]
    fn notifications_lose_the_upstream_subscription_id_only() {
        let n = Notification {
            method: methods::RESOURCES_UPDATED.into(),
            params: Some(raw_json(
                r#"{"uri":"u","_meta":{"io.modelcontextprotocol/subscriptionId":7,"x":1}}"#,
            )),
        };
        let text = untag(n).params.unwrap().get().to_owned();
        assert!(
            !text.contains("subscriptionId") && text.contains(r#""x":1"#),
            "{text}"
        );
        let bare = Notification {
            method: methods::TOOLS_LIST_CHANGED.into(),
            params: Some(raw_json(
                r#"{"_meta":{"io.modelcontextprotocol/subscriptionId":7}}"#,
            )),
        };
        assert_eq!(untag(bare).params.unwrap().get(), "{}");
    }
}
