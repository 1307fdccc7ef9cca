//! Per-tenant upstream credentials (`servers.NAME.tenants`): each tenant named there reaches the
//! server through an instance of its own, with its own credentials and its own upstream
//! session; every other principal through the server's default instance; no client token is
//! ever forwarded.

use crate::support;

use serde_json::{Value, json};
use support::{TestGateway, raw_upstream};

const ALPHA: &str = "ghk_test-alpha-key-0123456789abcdefghijklmnop";
const BETA: &str = "ghk_test-beta-key-0123456789abcdefghijklmnopq";
const GAMMA: &str = "ghk_test-gamma-key-0123456789abcdefghijklmno";

/// A client holding an API key, with its own session.
struct Client {
    http: reqwest::Client,
    url: String,
    key: &'static str,
    session: Option<String>,
}

impl Client {
    fn new(base: &str, path: &str, key: &'static str) -> Self {
        Self {
            http: reqwest::Client::new(),
            url: format!("{base}{path}"),
            key,
            session: None,
        }
    }

    async fn request(&mut self, id: u64, method: &str, params: Value) -> Value {
        let body = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        let mut req = (self.http.post(&self.url))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .header("authorization", format!("Bearer {}", self.key));
        if let Some(session) = &self.session {
            req = req.header("mcp-session-id", session);
        }
        let response = req.body(body.to_string()).send().await.unwrap();
        if let Some(session) = response.headers().get("mcp-session-id") {
            self.session = Some(session.to_str().unwrap().to_owned());
        }
        let text = response.text().await.unwrap();
        let json = text
            .lines()
            .find_map(|l| l.strip_prefix("data: "))
            .unwrap_or(&text);
        serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {text}"))
    }

    async fn start(&mut self) {
        let init = json!({"protocolVersion": "2025-11-25", "capabilities": {},
            "clientInfo": {"name": "t", "version": "1"}});
        let answer = self.request(0, "initialize", init).await;
        assert!(answer.get("result").is_some(), "{answer}");
    }
}

fn config(url: &str) -> String {
    format!(
        "servers:\n  tickets:\n    url: {url}\n    headers: {{ Authorization: \"Bearer default-secret\" }}\n\
         \x20   tenants:\n      acme:\n        headers: {{ Authorization: \"Bearer acme-secret\" }}\n\
         auth:\n  resource: http://127.0.0.1/mcp\n  authorization_servers: [https://idp.example.com]\n  api_keys:\n\
         \x20   - {{ hash: \"{}\", agent: alpha }}\n\
         \x20   - {{ hash: \"{}\", agent: beta, tenant: acme }}\n\
         \x20   - {{ hash: \"{}\", agent: gamma, tenant: globex }}\n",
        policy::sha256_hash(ALPHA),
        policy::sha256_hash(BETA),
        policy::sha256_hash(GAMMA),
    )
}

/// The `Authorization` headers the upstream saw on `tools/call`, in order.
fn call_credentials(seen: &raw_upstream::Credentials) -> Vec<Option<String>> {
    (seen.lock().unwrap().iter())
        .filter(|(method, _)| method == "tools/call")
        .map(|(_, auth)| auth.clone())
        .collect()
}

#[tokio::test]
async fn each_tenant_reaches_the_server_with_its_own_credentials() {
    let (url, seen) = raw_upstream::start_with_credentials().await;
    let gw = TestGateway::start(&config(&url)).await;
    for (key, route, tool) in [
        (ALPHA, "/mcp", "tickets__lookup"),
        (BETA, "/mcp", "tickets__lookup"),
        (GAMMA, "/mcp/tickets", "lookup"),
        (BETA, "/mcp/tickets", "lookup"),
    ] {
        let mut client = Client::new(&gw.base, route, key);
        client.start().await;
        let list = client.request(1, "tools/list", json!({})).await;
        assert_eq!(list["result"]["tools"][0]["name"], tool, "{list}");
        let call = client
            .request(
                2,
                "tools/call",
                json!({"name": tool, "arguments": {"id": "7"}}),
            )
            .await;
        assert!(call.get("result").is_some(), "{call}");
    }
    let default = Some("Bearer default-secret".to_owned());
    let acme = Some("Bearer acme-secret".to_owned());
    assert_eq!(
        call_credentials(&seen),
        [default.clone(), acme.clone(), default, acme],
        "alpha (no tenant) and gamma (a tenant without credentials of its own) use the default"
    );
    let seen = seen.lock().unwrap();
    let initializes = seen.iter().filter(|(m, _)| m == "initialize").count();
    assert_eq!(
        initializes, 2,
        "one upstream session per instance: {seen:?}"
    );
    for (_, auth) in seen.iter() {
        let auth = auth.as_deref().unwrap_or_default();
        assert!(
            ![ALPHA, BETA, GAMMA].iter().any(|k| auth.contains(k)),
            "a client's token reached the upstream: {auth}"
        );
    }
}

#[tokio::test]
async fn operators_see_every_instance_and_health_names_no_tenant() {
    let (url, _) = raw_upstream::start_with_credentials().await;
    let gw = TestGateway::start(&config(&url)).await;
    let admin = gw.admin(Some("admin-token-0123456789")).await;
    let servers: Value = reqwest::Client::new()
        .get(format!("{admin}/admin/servers"))
        .bearer_auth("admin-token-0123456789")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let instances: Vec<(&str, Option<&str>)> = (servers["servers"].as_array())
        .unwrap_or_else(|| panic!("{servers}"))
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["tenant"].as_str()))
        .collect();
    assert_eq!(instances, [("tickets", None), ("tickets", Some("acme"))]);
    let health: Value = reqwest::get(format!("{}/healthz", gw.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["servers"], json!({"tickets": "up"}), "{health}");
}
