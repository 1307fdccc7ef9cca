//! Upstream request ids and the table of requests awaiting a response.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use protocol::Message;
use tokio::sync::mpsc;

/// Requests sent upstream and not yet answered, by upstream id.
#[derive(Default)]
pub(crate) struct Pending {
    next_id: AtomicU64,
    calls: Mutex<HashMap<u64, mpsc::Sender<Message>>>,
}

impl Pending {
    /// Allocate a request id.
    pub(crate) fn reserve(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Register the event channel of request `id`.
    fn register(self: &Arc<Self>, id: u64, tx: mpsc::Sender<Message>) -> PendingGuard {
        self.lock().insert(id, tx);
        PendingGuard {
            pending: Arc::clone(self),
            id,
        }
    }

    /// Register request `id` and build it: the message to send and the call to hand out.
    pub(crate) fn open_call(
        self: &Arc<Self>,
        id: u64,
        method: &str,
        params: Option<Box<serde_json::value::RawValue>>,
    ) -> (Message, super::Call) {
        let (tx, events) = mpsc::channel(super::CALL_CHANNEL_CAPACITY);
        let guard = self.register(id, tx);
        let request = Message::Request(protocol::Request {
            id: protocol::Id::number(id),
            method: method.to_owned(),
            params,
        });
        let call = super::Call {
            upstream_id: id,
            events,
            driver: None,
            _guard: Some(guard),
        };
        (request, call)
    }

    /// The event channel of a pending request.
    pub(crate) fn get(&self, id: u64) -> Option<mpsc::Sender<Message>> {
        self.lock().get(&id).cloned()
    }

    /// Forget a request (answered, abandoned, or its connection died).
    pub(crate) fn remove(&self, id: u64) -> Option<mpsc::Sender<Message>> {
        self.lock().remove(&id)
    }

    /// Route a message from a server whose responses arrive apart from their requests (stdio,
    /// legacy SSE): a response to its call; progress whose token is a pending id to that call, in
    /// order with its response; a 2026-07-28 `subscriptions/listen` notification (tagged with
    /// the listen's id as `subscriptionId`) to that listen; everything else to `inbound`.
    pub(crate) async fn route(&self, message: Message, server: &str, inbound: &super::Inbound) {
        match message {
            Message::Response(response) => {
                match response.id.as_u64().and_then(|id| self.remove(id)) {
                    Some(tx) => {
                        let _ = tx.send(Message::Response(response)).await;
                    }
                    // An error without an id is the server saying it could not read a
                    // message: whichever call sent it waits for its timeout, so say why.
                    None if response.id == protocol::Id::null() => tracing::warn!(
                        server,
                        error = response
                            .error_object()
                            .map(|e| e.message)
                            .unwrap_or_default(),
                        "the server answered a message it could not read (an error without an id)"
                    ),
                    None => {
                        tracing::debug!(server, id = %response.id, "response to no pending request")
                    }
                }
            }
            Message::Notification(n) => {
                let call = if n.method == protocol::methods::PROGRESS {
                    progress_call(&n)
                } else {
                    subscription_call(&n)
                };
                match call.and_then(|id| self.get(id)) {
                    Some(tx) => {
                        let _ = tx.send(Message::Notification(n)).await;
                    }
                    None => {
                        if inbound.send(Message::Notification(n)).await.is_err() {
                            tracing::debug!(server, "inbound channel closed");
                        }
                    }
                }
            }
            other => {
                if inbound.send(other).await.is_err() {
                    tracing::debug!(server, "inbound channel closed");
                }
            }
        }
    }

    /// Drop every pending request: their channels close, which callers read as "connection lost".
    pub(crate) fn fail_all(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, mpsc::Sender<Message>>> {
        self.calls.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Removes its request from the pending table when the caller drops the call.
pub struct PendingGuard {
    pending: Arc<Pending>,
    id: u64,
}

impl Drop for PendingGuard {
    fn drop(&mut self) {
        self.pending.remove(self.id);
    }
}

/// The listen request a notification is tagged for
/// (`params._meta["io.modelcontextprotocol/subscriptionId"]`, a number the gateway chose).
fn subscription_call(notification: &protocol::Notification) -> Option<u64> {
    let params = protocol::RawObject::parse_params(notification.params.as_deref())?;
    let meta = params.get("_meta").and_then(protocol::RawObject::parse)?;
    meta.get("io.modelcontextprotocol/subscriptionId")?
        .get()
        .parse()
        .ok()
}

/// The request id a progress notification's token names (the gateway uses the id as token).
fn progress_call(notification: &protocol::Notification) -> Option<u64> {
    let params = protocol::RawObject::parse_params(notification.params.as_deref())?;
    params.get("progressToken")?.get().parse().ok()
}
