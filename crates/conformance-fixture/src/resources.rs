//! Resources: two static ones, a template, and a watched resource whose
//! content changes on a clock and whose subscribers get
//! `notifications/resources/updated`.

use std::{
    collections::HashSet,
    sync::{Arc, Mutex, OnceLock},
    time::{Duration, Instant},
};

use rmcp::{
    ErrorData, RoleServer,
    model::{
        ReadResourceResult, Resource, ResourceContents, ResourceTemplate,
        ResourceUpdatedNotificationParam,
    },
    service::{Peer, SubscriptionSink},
};

use crate::assets::PNG_BASE64;

/// URI of the static text resource.
pub(crate) const STATIC_TEXT_URI: &str = "test://static-text";
/// URI of the static binary (PNG) resource.
pub(crate) const STATIC_BINARY_URI: &str = "test://static-binary";
/// URI of the resource whose content changes every [`WATCH_INTERVAL`].
pub(crate) const WATCHED_URI: &str = "test://watched-resource";
/// The one resource template.
pub(crate) const TEMPLATE_URI: &str = "test://template/{id}/data";

const TEMPLATE_PREFIX: &str = "test://template/";
const TEMPLATE_SUFFIX: &str = "/data";

/// How often the watched resource gets a new revision.
const WATCH_INTERVAL: Duration = Duration::from_secs(3);

/// Updates sent per subscription (5 minutes' worth). Every notification
/// counts as session activity for rmcp's idle timeout, so an unbounded
/// watcher would keep the session of a vanished client alive forever;
/// subscribing again restarts the updates.
const WATCH_LIMIT: u32 = 100;

/// The direct resources, as `resources/list` returns them.
pub(crate) fn list() -> Vec<Resource> {
    vec![
        Resource::new(STATIC_TEXT_URI, "static-text")
            .with_title("Static Text Resource")
            .with_description("A static text resource for testing")
            .with_mime_type("text/plain"),
        Resource::new(STATIC_BINARY_URI, "static-binary")
            .with_title("Static Binary Resource")
            .with_description("A static binary resource (a 1x1 PNG image) for testing")
            .with_mime_type("image/png"),
        Resource::new(WATCHED_URI, "watched-resource")
            .with_title("Watched Resource")
            .with_description("A resource whose content changes every 3 seconds; subscribe to it")
            .with_mime_type("text/plain"),
    ]
}

/// The resource templates, as `resources/templates/list` returns them.
pub(crate) fn templates() -> Vec<ResourceTemplate> {
    vec![
        ResourceTemplate::new(TEMPLATE_URI, "template")
            .with_title("Resource Template")
            .with_description("A resource template with parameter substitution")
            .with_mime_type("application/json"),
    ]
}

/// The `{id}` a URI fills into [`TEMPLATE_URI`], if it matches the template.
pub(crate) fn template_id(uri: &str) -> Option<&str> {
    let id = uri
        .strip_prefix(TEMPLATE_PREFIX)?
        .strip_suffix(TEMPLATE_SUFFIX)?;
    (!id.is_empty() && !id.contains('/')).then_some(id)
}

/// Whether `uri` names a resource this server can read.
pub(crate) fn exists(uri: &str) -> bool {
    [STATIC_TEXT_URI, STATIC_BINARY_URI, WATCHED_URI].contains(&uri) || template_id(uri).is_some()
}

/// Answers `resources/read`.
pub(crate) fn read(uri: &str) -> Result<ReadResourceResult, ErrorData> {
    let contents = match uri {
        STATIC_TEXT_URI => {
            ResourceContents::text("This is the content of the static text resource.", uri)
                .with_mime_type("text/plain")
        }
        STATIC_BINARY_URI => ResourceContents::blob(PNG_BASE64, uri).with_mime_type("image/png"),
        WATCHED_URI => ResourceContents::text(
            format!("Watched resource content, revision {}", watched_revision()),
            uri,
        )
        .with_mime_type("text/plain"),
        _ => match template_id(uri) {
            Some(id) => {
                ResourceContents::text(template_text(id), uri).with_mime_type("application/json")
            }
            None => return Err(not_found(uri)),
        },
    };
    Ok(ReadResourceResult::new(vec![contents]))
}

/// The JSON document `test://template/{id}/data` resolves to.
fn template_text(id: &str) -> String {
    serde_json::json!({
        "id": id,
        "templateTest": true,
        "data": format!("Data for ID: {id}"),
    })
    .to_string()
}

/// The error for an unknown resource URI.
pub(crate) fn not_found(uri: &str) -> ErrorData {
    ErrorData::resource_not_found(
        format!("Resource not found: {uri}"),
        Some(serde_json::json!({ "uri": uri })),
    )
}

/// The watched resource's current revision: the number of whole
/// [`WATCH_INTERVAL`]s since the process first asked.
fn watched_revision() -> u64 {
    static START: OnceLock<Instant> = OnceLock::new();
    let elapsed = START.get_or_init(Instant::now).elapsed();
    elapsed.as_secs() / WATCH_INTERVAL.as_secs()
}

/// One session's resource subscriptions.
#[derive(Clone, Default)]
pub(crate) struct Subscriptions(Arc<Mutex<SubscriptionState>>);

#[derive(Default)]
struct SubscriptionState {
    uris: HashSet<String>,
    watcher_running: bool,
}

impl Subscriptions {
    /// Answers `resources/subscribe`: records the URI and, for the watched
    /// resource, starts sending updates to `peer`.
    pub(crate) fn subscribe(&self, uri: &str, peer: &Peer<RoleServer>) -> Result<(), ErrorData> {
        if !exists(uri) {
            return Err(not_found(uri));
        }
        let start_watcher = {
            let mut state = self.lock();
            state.uris.insert(uri.to_owned());
            let start = uri == WATCHED_URI && !state.watcher_running;
            state.watcher_running |= start;
            start
        };
        if start_watcher {
            tokio::spawn(self.clone().watch(peer.clone()));
        }
        Ok(())
    }

    /// Answers `resources/unsubscribe`; unsubscribing twice is harmless.
    pub(crate) fn unsubscribe(&self, uri: &str) {
        self.lock().uris.remove(uri);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, SubscriptionState> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sends `notifications/resources/updated` for the watched resource on
    /// every new revision until it is unsubscribed, the peer goes away, or
    /// [`WATCH_LIMIT`] updates have been sent.
    async fn watch(self, peer: Peer<RoleServer>) {
        for _ in 0..WATCH_LIMIT {
            tokio::time::sleep(WATCH_INTERVAL).await;
            if !self.lock().uris.contains(WATCHED_URI) {
                break;
            }
            let params = ResourceUpdatedNotificationParam::new(WATCHED_URI);
            if peer.notify_resource_updated(params).await.is_err() {
                break;
            }
        }
        self.lock().watcher_running = false;
    }
}

/// Sends `notifications/resources/updated` for the watched resource on a
/// `subscriptions/listen` stream (protocol 2026-07-28) on every new revision,
/// until the stream closes or [`WATCH_LIMIT`] updates have been sent.
pub(crate) async fn watch_for_listener(sink: &SubscriptionSink) {
    for _ in 0..WATCH_LIMIT {
        tokio::time::sleep(WATCH_INTERVAL).await;
        if sink.notify_resource_updated(WATCHED_URI).await.is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_ids_are_single_segments() {
        assert_eq!(template_id("test://template/123/data"), Some("123"));
        assert_eq!(template_id("test://template//data"), None);
        assert_eq!(template_id("test://template/1/2/data"), None);
        assert_eq!(template_id("test://static-text"), None);
    }

    #[test]
    fn template_read_substitutes_the_id() {
        let result = serde_json::to_value(read("test://template/123/data").unwrap()).unwrap();
        let content = &result["contents"][0];
        assert_eq!(content["uri"], "test://template/123/data");
        assert_eq!(content["mimeType"], "application/json");
        let doc: serde_json::Value =
            serde_json::from_str(content["text"].as_str().unwrap()).unwrap();
        assert_eq!(
            doc,
            serde_json::json!({"id": "123", "templateTest": true, "data": "Data for ID: 123"})
        );
    }

    #[test]
    fn static_resources_carry_mime_types() {
        let text = serde_json::to_value(read(STATIC_TEXT_URI).unwrap()).unwrap();
        assert_eq!(text["contents"][0]["mimeType"], "text/plain");
        let blob = serde_json::to_value(read(STATIC_BINARY_URI).unwrap()).unwrap();
        assert_eq!(blob["contents"][0]["blob"], PNG_BASE64);
        assert_eq!(blob["contents"][0]["mimeType"], "image/png");
        assert!(read("test://nope").is_err());
    }
}
