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
    pub(crate) fn register(self: &Arc<Self>, id: u64, tx: mpsc::Sender<Message>) -> PendingGuard {
        self.lock().insert(id, tx);
        PendingGuard {
            pending: Arc::clone(self),
            id,
        }
    }

    /// The event channel of a pending request.
    pub(crate) fn get(&self, id: u64) -> Option<mpsc::Sender<Message>> {
        self.lock().get(&id).cloned()
    }

    /// Forget a request (answered, abandoned, or its connection died).
    pub(crate) fn remove(&self, id: u64) -> Option<mpsc::Sender<Message>> {
        self.lock().remove(&id)
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
