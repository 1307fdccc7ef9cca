//! Compiling the `telemetry` section: where traces go, how many, and under which service name.

use super::raw::RawTelemetry;
use super::{Errors, expand};

/// The path of the OTLP/HTTP traces endpoint under a collector's base URL.
const TRACES_PATH: &str = "/v1/traces";
/// The `service.name` of exported spans unless configured.
const DEFAULT_SERVICE_NAME: &str = "gatehouse";

/// Trace export as configured.
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetryConfig {
    /// Where spans are POSTed: the collector's `/v1/traces`.
    pub traces_url: String,
    /// Share of new traces sampled, in `[0, 1]`.
    pub sample_ratio: f64,
    /// The `service.name` resource attribute.
    pub service_name: String,
    /// Headers sent with every export (`${VAR}`s expanded).
    pub headers: Vec<(String, String)>,
}

/// `None` when no endpoint is configured (export off) or the section is wrong (errors
/// recorded with their paths).
pub(super) fn compile_telemetry(
    raw: &RawTelemetry,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Option<TelemetryConfig> {
    let before = errors.0.len();
    let sample_ratio = raw.sample_ratio.unwrap_or(1.0);
    if !(0.0..=1.0).contains(&sample_ratio) {
        errors.push(
            "telemetry.sample_ratio",
            format!("{sample_ratio} is not a ratio from 0 to 1"),
        );
    }
    let service_name = raw
        .service_name
        .clone()
        .unwrap_or_else(|| DEFAULT_SERVICE_NAME.to_owned());
    if service_name.trim().is_empty() {
        errors.push("telemetry.service_name", "must not be empty");
    }
    let headers = compile_headers(raw, lookup, errors);
    let traces_url = raw
        .otlp_endpoint
        .as_ref()
        .and_then(|endpoint| traces_url(endpoint, lookup, errors));
    if errors.0.len() > before {
        return None;
    }
    Some(TelemetryConfig {
        traces_url: traces_url?,
        sample_ratio,
        service_name,
        headers,
    })
}

/// The collector's traces URL from `otlp_endpoint`: an `http://` or `https://` URL with a host.
fn traces_url(
    endpoint: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Option<String> {
    const AT: &str = "telemetry.otlp_endpoint";
    let endpoint = match expand::expand(endpoint, lookup) {
        Ok(endpoint) => endpoint,
        Err(e) => {
            errors.push(AT, e);
            return None;
        }
    };
    let valid = endpoint.parse::<http::Uri>().ok().filter(|uri| {
        matches!(uri.scheme_str(), Some("http" | "https"))
            && uri.host().is_some_and(|h| !h.is_empty())
    });
    let Some(uri) = valid else {
        errors.push(
            AT,
            format!("`{endpoint}` is not an http:// or https:// URL like http://127.0.0.1:4318"),
        );
        return None;
    };
    let path = uri.path().trim_end_matches('/');
    if path.ends_with(TRACES_PATH) {
        return Some(endpoint);
    }
    let authority = uri.authority().map_or("", |a| a.as_str());
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    let scheme = uri.scheme_str().unwrap_or("http");
    Some(format!("{scheme}://{authority}{path}{TRACES_PATH}{query}"))
}

/// The collector's headers, expanded and checked.
fn compile_headers(
    raw: &RawTelemetry,
    lookup: &dyn Fn(&str) -> Option<String>,
    errors: &mut Errors,
) -> Vec<(String, String)> {
    let mut headers = Vec::new();
    for (name, value) in &raw.headers {
        let at = format!("telemetry.headers.{name}");
        let value = match expand::expand(value, lookup) {
            Ok(value) => value,
            Err(e) => {
                errors.push(at, e);
                continue;
            }
        };
        if http::HeaderName::from_bytes(name.as_bytes()).is_err() {
            errors.push(at, "invalid header name");
        } else if http::HeaderValue::from_str(&value).is_err() {
            errors.push(at, "invalid header value");
        } else {
            headers.push((name.clone(), value));
        }
    }
    headers
}
