//! The HTTP client under a Streamable HTTP upstream.
//!
//! A plain `http://` endpoint that no proxy variable intercepts (a server beside the gateway or
//! in its cluster, the common case) is called through hyper-util's pooled client directly.
//! reqwest adds layers a proxy does not need on every call (the URL converted back to a `Uri`,
//! its redirect and timeout stacks): about 9 µs of CPU per request on the benchmark machine,
//! a tenth of the gateway's whole cost per call (docs/benchmarks.md, session 7). An
//! `https://` or proxied endpoint goes through reqwest, which brings TLS with the platform's
//! roots and the `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` rules; both clients see the same
//! requests and return the same response type, so the exchange code has one path.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::{TokioExecutor, TokioTimer};

use crate::TransportError;

/// How long an idle pooled connection is kept.
const POOL_IDLE: Duration = Duration::from_secs(90);

/// A response body from either client.
pub(super) type Body = UnsyncBoxBody<Bytes, BodyError>;

/// A failure while reading a response body, with its causes.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(super) struct BodyError(String);

impl BodyError {
    /// A body error saying `message`.
    pub(super) fn new(message: String) -> Self {
        Self(message)
    }
}

/// The pooled keep-alive client of one upstream; cheap to clone.
#[derive(Clone)]
pub(super) enum Client {
    /// hyper-util's client on plain TCP, for an unproxied `http://` endpoint (boxed: it is
    /// 300 bytes, reqwest's handle 8).
    Direct(Box<hyper_util::client::legacy::Client<HttpConnector, Full<Bytes>>>),
    /// reqwest, for `https://` and proxied endpoints.
    Reqwest(reqwest::Client),
}

impl Client {
    /// The client for `endpoint`, with the proxy rules of the gateway's environment.
    pub(super) fn for_endpoint(
        endpoint: &http::Uri,
        connect_timeout: Duration,
    ) -> Result<Self, TransportError> {
        Self::with_proxies(endpoint, connect_timeout, &Matcher::from_env())
    }

    /// The client for `endpoint` under the proxy rules `proxies`. Neither client follows
    /// redirects: a proxy passes a redirect on as an error, since following it would send the
    /// gateway's credentials and the client's call to an address the operator never configured.
    fn with_proxies(
        endpoint: &http::Uri,
        connect_timeout: Duration,
        proxies: &Matcher,
    ) -> Result<Self, TransportError> {
        let plain = endpoint.scheme() == Some(&http::uri::Scheme::HTTP);
        if plain && proxies.intercept(endpoint).is_none() {
            let mut connector = HttpConnector::new();
            connector.set_nodelay(true);
            connector.set_connect_timeout(Some(connect_timeout));
            let client = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
                .pool_idle_timeout(POOL_IDLE)
                .pool_timer(TokioTimer::new())
                .build(connector);
            return Ok(Client::Direct(Box::new(client)));
        }
        Ok(Client::Reqwest(reqwest_client(connect_timeout)?))
    }

    /// Send `request` and return the response head with its body still to be read.
    pub(super) async fn send(
        &self,
        request: http::Request<Bytes>,
    ) -> Result<http::Response<Body>, TransportError> {
        match self {
            Client::Direct(client) => {
                let response = (client.request(request.map(Full::new)).await)
                    .map_err(|e| TransportError::Http(describe(&e)))?;
                Ok(response.map(|b| b.map_err(|e| BodyError(describe(&e))).boxed_unsync()))
            }
            Client::Reqwest(client) => {
                let request = reqwest::Request::try_from(request)
                    .map_err(|e| TransportError::Http(describe_reqwest(e)))?;
                let response = (client.execute(request).await)
                    .map_err(|e| TransportError::Http(describe_reqwest(e)))?;
                let response = http::Response::from(response);
                Ok(response.map(|b| b.map_err(|e| BodyError(describe(&e))).boxed_unsync()))
            }
        }
    }
}

/// The reqwest client of an upstream (Streamable HTTP over TLS or a proxy, legacy HTTP+SSE):
/// `TCP_NODELAY`, the connect timeout, pooled keep-alive, and no redirect followed.
pub(super) fn reqwest_client(connect_timeout: Duration) -> Result<reqwest::Client, TransportError> {
    crate::ensure_crypto_provider();
    reqwest::Client::builder()
        .tcp_nodelay(true)
        .connect_timeout(connect_timeout)
        .pool_idle_timeout(POOL_IDLE)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| TransportError::Http(describe(&e)))
}

/// A reqwest error with its causes, without the request's URL: the configured URL may carry
/// a credential in its query (`?key=${TOKEN}`), and errors reach clients, logs and the audit
/// log. The server is named by whoever reports the error.
pub(super) fn describe_reqwest(e: reqwest::Error) -> String {
    describe(&e.without_url())
}

/// An error with its causes, `outer: inner: …`.
pub(super) fn describe(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A failed request's error leaves out the URL, whose query may hold a credential.
    #[tokio::test]
    async fn a_reqwest_error_leaves_the_url_out() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let client = reqwest_client(Duration::from_secs(1)).unwrap();
        let url = format!("http://127.0.0.1:{port}/mcp?key=s3cret-token");
        let error = client.get(&url).send().await.unwrap_err();
        assert!(
            error.to_string().contains("s3cret"),
            "reqwest names the URL"
        );
        let text = describe_reqwest(error);
        assert!(!text.contains("s3cret"), "{text}");
    }

    fn client(url: &str, proxies: &Matcher) -> Client {
        let url: http::Uri = url.parse().unwrap();
        Client::with_proxies(&url, Duration::from_secs(1), proxies).unwrap()
    }

    #[test]
    fn only_unproxied_plain_http_goes_direct() {
        let none = Matcher::builder().build();
        assert!(matches!(
            client("http://127.0.0.1:9/mcp", &none),
            Client::Direct(_)
        ));
        assert!(matches!(
            client("https://127.0.0.1:9/mcp", &none),
            Client::Reqwest(_)
        ));
        let proxied = Matcher::builder()
            .http("http://proxy.internal:3128")
            .no("localhost")
            .build();
        let through = client("http://mcp.internal/mcp", &proxied);
        assert!(matches!(through, Client::Reqwest(_)));
        let exempt = client("http://localhost:9/mcp", &proxied);
        assert!(matches!(exempt, Client::Direct(_)));
    }
}
