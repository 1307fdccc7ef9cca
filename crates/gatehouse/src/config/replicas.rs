//! Replicas of a server: `urls: [...]` (HTTP) or `replicas: N` (stdio) become one instance per
//! replica (`ServerSettings.replica`), each with its own connection, breaker and concurrency
//! cap; `balancing` says how requests are spread over them and how their health is checked.

use std::time::Duration;

use gateway::settings::{BalancingSettings, ServerSettings, UpstreamTransport};

use super::raw::{RawAffinity, RawServer};
use super::{Errors, duration, expand};

/// Health checks when a server has replicas and `balancing.health_check` does not say.
const DEFAULT_HEALTH_INTERVAL: Duration = Duration::from_secs(10);
/// The shortest health check interval accepted (other than `0s`, off).
const MIN_HEALTH_INTERVAL: Duration = Duration::from_millis(100);

/// `servers.NAME.balancing`, checked.
pub(super) fn compile_balancing(
    raw: &RawServer,
    path: &str,
    errors: &mut Errors,
) -> BalancingSettings {
    let defaults = BalancingSettings::default();
    let check = raw.balancing.health_check.as_ref();
    let mut parse = |value: Option<&String>, key: &str| {
        let text = value?;
        match duration::parse(text) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(format!("{path}.balancing.health_check.{key}"), e);
                None
            }
        }
    };
    let interval = parse(check.and_then(|c| c.interval.as_ref()), "interval");
    let mut timeout = parse(check.and_then(|c| c.timeout.as_ref()), "timeout");
    // `0s` turns checks off; anything else this short would ping each replica hundreds of
    // times a second. A zero timeout fails every check.
    if interval.is_some_and(|d| !d.is_zero() && d < MIN_HEALTH_INTERVAL) {
        let message = format!(
            "must be 0s (off) or at least {}ms",
            MIN_HEALTH_INTERVAL.as_millis()
        );
        errors.push(format!("{path}.balancing.health_check.interval"), message);
    }
    if timeout.is_some_and(|d| d.is_zero()) {
        errors.push(
            format!("{path}.balancing.health_check.timeout"),
            "must be more than 0",
        );
        timeout = None;
    }
    let replicated = raw.urls.len() > 1 || raw.replicas.is_some_and(|n| n > 1);
    let health_interval = match interval {
        Some(d) if d.is_zero() => None,
        Some(d) => Some(d),
        None => replicated.then_some(DEFAULT_HEALTH_INTERVAL),
    };
    BalancingSettings {
        session_affinity: raw.balancing.affinity != Some(RawAffinity::None),
        health_interval,
        health_timeout: timeout.unwrap_or(defaults.health_timeout),
    }
}

/// The most replicas a server may have: each is a connection (a child process for stdio) with
/// its own health checks, and a typo such as `replicas: 1000` must not start a thousand.
const MAX_REPLICAS: usize = 64;

/// Each instance (the server's, and each tenant's) followed by its other replicas.
pub(super) fn expand(
    instances: Vec<ServerSettings>,
    raw: &RawServer,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Vec<ServerSettings> {
    let Some(first) = instances.first() else {
        return instances;
    };
    let path = format!("servers.{}", first.name);
    let urls = replica_urls(raw, &path, lookup, errors);
    let count = match (&first.transport, raw.replicas) {
        (UpstreamTransport::Stdio(_), Some(0)) => {
            errors.push(format!("{path}.replicas"), "must be at least 1");
            1
        }
        (UpstreamTransport::Stdio(_), Some(n)) if n > MAX_REPLICAS => {
            let message = format!("{n} is more than {MAX_REPLICAS} (each is a child process)");
            errors.push(format!("{path}.replicas"), message);
            1
        }
        (UpstreamTransport::Stdio(_), n) => n.unwrap_or(1),
        (_, Some(_)) => {
            errors.push(
                format!("{path}.replicas"),
                "applies to stdio servers (`command`); list HTTP replicas in `urls`",
            );
            1
        }
        (_, None) => urls.len().max(1),
    };
    let mut out = Vec::with_capacity(instances.len() * count);
    for instance in instances {
        let copies: Vec<ServerSettings> = (1..count)
            .map(|replica| {
                let mut copy = instance.clone();
                copy.replica = replica;
                if let UpstreamTransport::Http(spec) | UpstreamTransport::LegacySse(spec) =
                    &mut copy.transport
                    && let Some(url) = urls.get(replica)
                {
                    spec.url = url.clone();
                }
                copy
            })
            .collect();
        out.push(instance);
        out.extend(copies);
    }
    out
}

/// `urls` expanded and checked (empty without `urls`).
fn replica_urls(
    raw: &RawServer,
    path: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Vec<String> {
    if !raw.urls.is_empty() && raw.command.is_some() {
        return Vec::new(); // reported with the transport
    }
    if raw.urls.len() > MAX_REPLICAS {
        let message = format!("{} replicas is more than {MAX_REPLICAS}", raw.urls.len());
        errors.push(format!("{path}.urls"), message);
        return Vec::new();
    }
    let mut urls = Vec::with_capacity(raw.urls.len());
    for (i, url) in raw.urls.iter().enumerate() {
        if i == 0 {
            // The server's own URL: expanded and checked (errors reported) with its transport.
            urls.push(expand::expand(url, lookup).unwrap_or_default());
            continue;
        }
        let at = format!("{path}.urls[{i}]");
        match expand::expand(url, lookup) {
            Ok(url) if url.starts_with("http://") || url.starts_with("https://") => urls.push(url),
            Ok(url) => errors.push(at, format!("`{url}` must start with http:// or https://")),
            Err(e) => errors.push(at, e),
        }
    }
    urls
}
