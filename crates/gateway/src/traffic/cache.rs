//! Caches in front of an upstream: list results (first page, until the server says the list
//! changed or the TTL passes — the configured one, or the 2026-07-28 `ttlMs` hint of the result
//! when that is shorter) and results of tools the operator marked cacheable (moka, bounded
//! by TTL and entry count, keyed by arguments and by principal unless the tool is public).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use protocol::methods;
use serde_json::value::RawValue;

use crate::settings::ToolCacheSettings;

/// Cached first pages of `tools/list`, `prompts/list`, `resources/list` and
/// `resources/templates/list`.
pub struct ListCache {
    ttl: Duration,
    entries: Mutex<HashMap<&'static str, (Instant, Arc<RawValue>)>>,
}

impl ListCache {
    /// A cache whose entries live `ttl` (zero: nothing is cached).
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            entries: Mutex::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<&'static str, (Instant, Arc<RawValue>)>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The cached result of `method`, if fresh.
    pub fn get(&self, method: &str) -> Option<Arc<RawValue>> {
        let entries = self.lock();
        let (expires, result) = entries.get(method)?;
        (Instant::now() < *expires).then(|| Arc::clone(result))
    }

    /// Remember the result of `method`, for the configured TTL or the result's own `ttlMs`
    /// hint (2026-07-28 servers), whichever is shorter; `ttlMs: 0` is not cached.
    pub fn put(&self, method: &str, result: Arc<RawValue>) {
        let Some(method) = cacheable_list(method) else {
            return;
        };
        let ttl = match ttl_hint(&result) {
            Some(hint) => hint.min(self.ttl),
            None => self.ttl,
        };
        if !ttl.is_zero() {
            self.lock().insert(method, (Instant::now() + ttl, result));
        }
    }

    /// Whether `method`'s results are cached here at all (the list methods): the pipeline
    /// need not look for a cursor in any other request.
    pub fn caches(method: &str) -> bool {
        cacheable_list(method).is_some()
    }

    /// Forget every cached list.
    pub fn clear(&self) {
        self.lock().clear();
    }

    /// Forget what a `notifications/*/list_changed` makes stale.
    pub fn invalidate(&self, notification: &str) {
        let stale: &[&str] = match notification {
            methods::TOOLS_LIST_CHANGED => &[methods::TOOLS_LIST],
            methods::PROMPTS_LIST_CHANGED => &[methods::PROMPTS_LIST],
            methods::RESOURCES_LIST_CHANGED => {
                &[methods::RESOURCES_LIST, methods::RESOURCE_TEMPLATES_LIST]
            }
            _ => &[],
        };
        let mut entries = self.lock();
        for method in stale {
            entries.remove(method);
        }
    }
}

/// A result's `ttlMs` (how long the server says it stays fresh).
fn ttl_hint(result: &RawValue) -> Option<Duration> {
    #[derive(serde::Deserialize)]
    struct Hint {
        #[serde(rename = "ttlMs")]
        ttl_ms: Option<u64>,
    }
    let hint: Hint = serde_json::from_str(result.get()).ok()?;
    hint.ttl_ms.map(Duration::from_millis)
}

fn cacheable_list(method: &str) -> Option<&'static str> {
    [
        methods::TOOLS_LIST,
        methods::PROMPTS_LIST,
        methods::RESOURCES_LIST,
        methods::RESOURCE_TEMPLATES_LIST,
    ]
    .into_iter()
    .find(|m| *m == method)
}

/// Cached results of the tools the operator marked cacheable.
pub struct ResultCache {
    tools: HashMap<String, (bool, moka::sync::Cache<String, Arc<RawValue>>)>,
    hits: AtomicU64,
    misses: AtomicU64,
}

/// Entries per cached tool.
const MAX_ENTRIES_PER_TOOL: u64 = 10_000;

impl ResultCache {
    /// One bounded cache per configured tool.
    pub fn new(tools: &[ToolCacheSettings]) -> Self {
        let tools = tools
            .iter()
            .map(|t| {
                let cache = moka::sync::Cache::builder()
                    .max_capacity(MAX_ENTRIES_PER_TOOL)
                    .time_to_live(t.ttl)
                    .build();
                (t.tool.clone(), (t.public, cache))
            })
            .collect();
        Self {
            tools,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// Hits and misses since start, for the admin API and metrics.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.hits.load(Ordering::Relaxed),
            self.misses.load(Ordering::Relaxed),
        )
    }

    /// The cache key of a call, or `None` if the tool's results are not cached.
    pub fn key(&self, tool: &str, arguments: Option<&RawValue>, principal: &str) -> Option<String> {
        let (public, _) = self.tools.get(tool)?;
        let arguments = arguments.map(canonical).unwrap_or_default();
        let scope = if *public { "" } else { principal };
        Some(format!("{scope}\u{0}{arguments}"))
    }

    /// A cached result (counted as a hit or a miss).
    pub fn get(&self, tool: &str, key: &str) -> Option<Arc<RawValue>> {
        let found = self.tools.get(tool)?.1.get(key);
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    /// Remember a result.
    pub fn put(&self, tool: &str, key: String, result: Arc<RawValue>) {
        if let Some((_, cache)) = self.tools.get(tool) {
            cache.insert(key, result);
        }
    }
}

/// Arguments with object keys sorted, so that key order does not split the cache.
fn canonical(arguments: &RawValue) -> String {
    match serde_json::from_str::<serde_json::Value>(arguments.get()) {
        Ok(value) => guard::canonical_json(&value),
        Err(_) => arguments.get().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> Arc<RawValue> {
        Arc::from(RawValue::from_string(text.into()).unwrap())
    }

    #[test]
    fn a_shorter_ttl_hint_of_the_server_wins() {
        let cache = ListCache::new(Duration::from_secs(60));
        cache.put(methods::TOOLS_LIST, raw(r#"{"tools":[],"ttlMs":0}"#));
        assert!(
            cache.get(methods::TOOLS_LIST).is_none(),
            "ttlMs 0: not cached"
        );
        cache.put(methods::TOOLS_LIST, raw(r#"{"tools":[],"ttlMs":300}"#));
        assert!(cache.get(methods::TOOLS_LIST).is_some());
        std::thread::sleep(Duration::from_millis(400));
        assert!(
            cache.get(methods::TOOLS_LIST).is_none(),
            "expired after 300 ms"
        );
        let short = ListCache::new(Duration::from_millis(30));
        short.put(methods::TOOLS_LIST, raw(r#"{"tools":[],"ttlMs":600000}"#));
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            short.get(methods::TOOLS_LIST).is_none(),
            "the configured TTL caps a long hint"
        );
    }

    #[test]
    fn a_list_is_served_until_the_server_says_it_changed() {
        let cache = ListCache::new(Duration::from_secs(60));
        cache.put(methods::TOOLS_LIST, raw(r#"{"tools":[]}"#));
        cache.put(methods::PROMPTS_LIST, raw(r#"{"prompts":[]}"#));
        assert!(cache.get(methods::TOOLS_LIST).is_some());
        cache.invalidate(methods::TOOLS_LIST_CHANGED);
        assert!(cache.get(methods::TOOLS_LIST).is_none());
        assert!(cache.get(methods::PROMPTS_LIST).is_some());
    }

    #[test]
    fn result_keys_ignore_key_order_and_separate_principals_unless_public() {
        let cache = ResultCache::new(&[
            ToolCacheSettings {
                tool: "weather".into(),
                ttl: Duration::from_secs(60),
                public: true,
            },
            ToolCacheSettings {
                tool: "balance".into(),
                ttl: Duration::from_secs(60),
                public: false,
            },
        ]);
        let a = raw(r#"{"city":"Oslo","units":"C"}"#);
        let b = raw(r#"{"units":"C","city":"Oslo"}"#);
        assert_eq!(
            cache.key("weather", Some(&a), "alice"),
            cache.key("weather", Some(&b), "bob")
        );
        assert_ne!(
            cache.key("balance", Some(&a), "alice"),
            cache.key("balance", Some(&a), "bob")
        );
        assert_eq!(cache.key("send_email", Some(&a), "alice"), None);
        let key = cache.key("weather", Some(&a), "alice").unwrap();
        cache.put("weather", key.clone(), raw(r#"{"content":[]}"#));
        assert!(cache.get("weather", &key).is_some());
    }
}
