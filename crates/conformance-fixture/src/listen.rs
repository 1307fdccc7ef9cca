//! `subscriptions/listen` (protocol 2026-07-28): the open listen streams of
//! the whole server, so a tool call on one stateless request can notify the
//! listeners opened by others.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

use rmcp::{
    ErrorData,
    model::SubscriptionFilter,
    service::{SubscriptionContext, SubscriptionSendError, SubscriptionSink},
};

use crate::resources;

/// A list whose change can be announced to listeners.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ListChange {
    /// `notifications/tools/list_changed`.
    Tools,
    /// `notifications/prompts/list_changed`.
    Prompts,
}

/// Every open `subscriptions/listen` stream of the process.
#[derive(Default)]
pub(crate) struct Listeners {
    next: AtomicU64,
    sinks: Mutex<HashMap<u64, SubscriptionSink>>,
}

impl Listeners {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, SubscriptionSink>> {
        self.sinks.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers `sink` until the returned guard is dropped.
    fn register(self: &Arc<Self>, sink: SubscriptionSink) -> Registration {
        let key = self.next.fetch_add(1, Ordering::Relaxed);
        self.lock().insert(key, sink);
        Registration {
            listeners: self.clone(),
            key,
        }
    }

    /// Sends `change` to every listener that asked for it and returns how
    /// many got it. Listeners whose stream has gone are dropped.
    pub(crate) async fn notify(&self, change: ListChange) -> usize {
        let sinks: Vec<(u64, SubscriptionSink)> =
            self.lock().iter().map(|(k, s)| (*k, s.clone())).collect();
        let mut delivered = 0;
        for (key, sink) in sinks {
            let sent = match change {
                ListChange::Tools => sink.notify_tool_list_changed().await,
                ListChange::Prompts => sink.notify_prompt_list_changed().await,
            };
            match sent {
                Ok(()) => delivered += 1,
                Err(SubscriptionSendError::NotificationNotAccepted(_)) => {}
                Err(error) => {
                    tracing::debug!(%error, "dropping a closed listen stream");
                    self.lock().remove(&key);
                }
            }
        }
        delivered
    }

    /// Runs one listen stream: registered for list changes, and sending
    /// updates of the watched resource if it subscribed to it, until the
    /// client cancels it.
    pub(crate) async fn listen(
        self: &Arc<Self>,
        context: SubscriptionContext,
    ) -> Result<(), ErrorData> {
        let _registration = self.register(context.sink().clone());
        let watches = context
            .accepted()
            .resource_subscriptions
            .as_ref()
            .is_some_and(|uris| uris.iter().any(|uri| uri == resources::WATCHED_URI));
        if watches {
            tokio::select! {
                () = context.cancelled() => {}
                () = resources::watch_for_listener(context.sink()) => context.cancelled().await,
            }
        } else {
            context.cancelled().await;
        }
        Ok(())
    }
}

/// Removes a listener from [`Listeners`] when its stream ends.
struct Registration {
    listeners: Arc<Listeners>,
    key: u64,
}

impl Drop for Registration {
    fn drop(&mut self) {
        self.listeners.lock().remove(&self.key);
    }
}

/// The part of a requested filter this server serves: every list-change kind
/// (rmcp narrows it to the advertised ones) and updates of resources that
/// exist.
pub(crate) fn accepted_filter(requested: &SubscriptionFilter) -> SubscriptionFilter {
    let mut accepted = SubscriptionFilter::builder()
        .tools_list_changed()
        .prompts_list_changed()
        .resources_list_changed()
        .build();
    accepted.resource_subscriptions = requested.resource_subscriptions.as_ref().map(|uris| {
        uris.iter()
            .filter(|uri| resources::exists(uri))
            .cloned()
            .collect()
    });
    accepted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_list_changes_and_known_resources_only() {
        let requested = SubscriptionFilter::builder()
            .resource_subscriptions([resources::WATCHED_URI, "test://nope"])
            .build();
        let accepted = accepted_filter(&requested);
        assert_eq!(accepted.tools_list_changed, Some(true));
        assert_eq!(
            accepted.resource_subscriptions,
            Some(vec![resources::WATCHED_URI.to_owned()])
        );
    }

    #[tokio::test]
    async fn notifying_nobody_delivers_nothing() {
        assert_eq!(Listeners::default().notify(ListChange::Tools).await, 0);
    }
}
