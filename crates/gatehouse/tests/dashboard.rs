//! The web dashboard on the admin listener (`/ui`), driven as a browser would: sign in for a
//! session cookie, read the pages, decide a held call and approve a changed tool definition
//! with the pages' own forms. What it shows is escaped, its forms need the session's CSRF
//! token and the listener's own origin, and an operator of one tenant sees that tenant only.

use crate::admin::{GLOBEX, OPS, TOKEN, approval_config, held_call, tenant_operators};
use crate::support;

use std::sync::atomic::Ordering;
use std::time::Duration;

use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use support::{TestGateway, malicious, tool_names};

/// A browser: no redirects followed, one session cookie kept.
struct Browser {
    http: reqwest::Client,
    base: String,
    cookie: Option<String>,
}

/// What a page answered.
struct Page {
    status: u16,
    headers: HeaderMap,
    body: String,
}

impl Browser {
    fn new(base: &str) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Browser {
            http,
            base: base.to_owned(),
            cookie: None,
        }
    }

    async fn send(&mut self, request: reqwest::RequestBuilder) -> Page {
        let request = match &self.cookie {
            Some(c) => request.header("cookie", format!("gatehouse_ui={c}")),
            None => request,
        };
        let response = request.send().await.expect("admin listener reachable");
        let set = response
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok());
        if let Some(value) = set.and_then(|v| v.strip_prefix("gatehouse_ui=")) {
            let value = value.split(';').next().unwrap_or("");
            self.cookie = (!value.is_empty()).then(|| value.to_owned());
        }
        Page {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.text().await.unwrap(),
        }
    }

    async fn get(&mut self, path: &str) -> Page {
        let request = self.http.get(format!("{}{path}", self.base));
        self.send(request).await
    }

    /// Submit a form the way the page does: from the listener's own origin, as htmx when
    /// `htmx`.
    async fn post(&mut self, path: &str, form: &[(&str, &str)], htmx: bool) -> Page {
        let origin = self.base.clone();
        self.post_from(path, form, htmx, &origin).await
    }

    async fn post_from(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
        htmx: bool,
        origin: &str,
    ) -> Page {
        let mut request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("origin", origin)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(urlencoded(form));
        if htmx {
            request = request.header("hx-request", "true");
        }
        self.send(request).await
    }

    async fn sign_in(&mut self, credential: &str, name: &str) -> Page {
        self.post(
            "/ui/login",
            &[("credential", credential), ("name", name)],
            false,
        )
        .await
    }
}

/// A form's fields as `application/x-www-form-urlencoded`.
fn urlencoded(form: &[(&str, &str)]) -> String {
    let encode = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    let pairs: Vec<String> = form
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    pairs.join("&")
}

/// The value of the first `name="NAME" value="..."` on a page.
fn field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name}: {html}"))
        + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// Poll the held calls part until one is listed; its approval id.
async fn held_id(browser: &mut Browser) -> String {
    for _ in 0..100 {
        let part = browser.get("/ui/part/approvals").await;
        assert_eq!(part.status, 200, "{}", part.body);
        if let Some(start) = part.body.find("/ui/approvals/") {
            let rest = &part.body[start + "/ui/approvals/".len()..];
            return rest.split('/').next().unwrap().to_owned();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no call was held for approval");
}

#[tokio::test]
async fn an_operator_signs_in_and_decides_a_held_call_on_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&approval_config(dir.path(), "")).await;
    let admin = gw.admin(Some(TOKEN)).await;
    let mut browser = Browser::new(&admin);

    let page = browser.get("/ui").await;
    assert_eq!(page.status, 303);
    assert_eq!(page.headers["location"], "/ui/login");
    let login = browser.get("/ui/login").await;
    assert_eq!(login.status, 200);
    assert!(
        login.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("script-src 'self'")
    );
    assert_eq!(login.headers["x-frame-options"], "DENY");
    let refused = browser.sign_in("not-the-token-0123456789", "mallory").await;
    assert_eq!(refused.status, 401);
    assert!(browser.cookie.is_none());
    let signed = browser.sign_in(TOKEN, "carol").await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let set = signed.headers["set-cookie"].to_str().unwrap();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );

    let overview = browser.get("/ui").await;
    assert_eq!(overview.status, 200, "{}", overview.body);
    assert!(
        overview.body.contains("<td class=\"target\">demo</td>"),
        "{}",
        overview.body
    );
    assert!(overview.body.contains("carol"), "who is signed in");
    // A browser sends a page's own form posts with `Origin: null` under `no-referrer`, which
    // the listener refuses: sign-in and sign-out failed in Chromium.
    assert_eq!(overview.headers["referrer-policy"], "same-origin");
    let again = browser.get("/ui/login").await;
    assert_eq!(again.status, 303, "signed in already");
    // A page on another port of this host can plant a cookie of the same name for a longer
    // path, which the browser sends first: the real session still counts.
    let planted = (browser.http)
        .get(format!("{admin}/ui"))
        .header(
            "cookie",
            format!(
                "gatehouse_ui=planted; gatehouse_ui={}",
                browser.cookie.as_ref().unwrap()
            ),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(planted.status(), 200);
    let script = browser.get("/ui/static/htmx.min.js").await;
    assert_eq!(script.status, 200);
    assert!(script.body.starts_with("var htmx="));

    let mut agent = gw.session("/mcp").await;
    let call = json!({"name": "demo__test_simple_text", "arguments": {"note": "<b>hi</b>"}});
    let held = tokio::spawn(async move { agent.request("tools/call", call).await });
    let id = held_id(&mut browser).await;
    let counts = browser.get("/ui/part/counts").await;
    assert!(
        counts.body.contains("<b>1</b> held call awaiting"),
        "{}",
        counts.body
    );
    let approvals = browser.get("/ui/approvals").await;
    assert!(
        approvals.body.contains("answered \"expired\" at")
            || approvals.body.contains("answered &#34;expired&#34; at")
    );
    assert!(
        approvals.body.contains("sensitive demo call"),
        "the policy's @reason"
    );
    assert!(approvals.body.contains("&#60;b&#62;hi") || approvals.body.contains("&lt;b&gt;hi"));
    assert!(!approvals.body.contains("<b>hi"), "arguments are escaped");
    let csrf = field(&approvals.body, "csrf");
    let approve = format!("/ui/approvals/{id}/approve");

    let forged = browser.post(&approve, &[("csrf", "guessed")], true).await;
    assert_eq!(forged.status, 403, "a form without the session's token");
    let cross = browser
        .post_from(&approve, &[("csrf", &csrf)], false, "http://localhost:3000")
        .await;
    assert_eq!(cross.status, 403, "a page on another local port");
    assert!(!held.is_finished(), "still held");
    let decided = browser.post(&approve, &[("csrf", &csrf)], true).await;
    assert_eq!(decided.status, 200, "{}", decided.body);
    assert!(
        decided.body.contains("demo/test_simple_text: approved"),
        "{}",
        decided.body
    );
    let reply = held.await.unwrap();
    assert!(reply.get("result").is_some(), "{reply}");
    let again = browser.post(&approve, &[("csrf", &csrf)], false).await;
    assert_eq!(again.status, 409, "decided once only");

    let audit = browser.get("/ui/audit?tool=demo__*&verdict=").await;
    assert_eq!(audit.status, 200);
    assert!(audit.body.contains("approved-by:carol"), "{}", audit.body);
    let export = browser.get("/ui/audit.jsonl?method=tools/call").await;
    assert_eq!(export.status, 200);
    let rows: Vec<Value> = export
        .body
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!rows.is_empty() && rows.iter().all(|r| r["method"] == "tools/call"));
    let bad = browser.get("/ui/audit.jsonl?since=last+tuesday").await;
    assert_eq!(bad.status, 400, "{}", bad.body);

    let out = browser.post("/ui/logout", &[("csrf", &csrf)], false).await;
    assert_eq!(out.status, 303);
    let stale = Browser {
        cookie: Some(set.split(';').next().unwrap()["gatehouse_ui=".len()..].to_owned()),
        ..Browser::new(&admin)
    }
    .get("/ui")
    .await;
    assert_eq!(stale.status, 303, "a signed-out session is over");
}

/// An admin principal of one tenant signs in with its API key and sees that tenant's held
/// calls only, and no pin approval; a revoked role ends nothing it did not have.
#[tokio::test]
async fn a_tenants_operator_sees_that_tenant_on_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let (gw, admin) = tenant_operators(dir.path()).await;
    let mut globex_worker = Browser::new(&admin);
    assert_eq!(
        globex_worker.sign_in(GLOBEX, "").await.status,
        401,
        "no admin role"
    );
    let mut acme = Browser::new(&admin);
    assert_eq!(acme.sign_in(OPS, "").await.status, 303);
    let mut token = Browser::new(&admin);
    assert_eq!(token.sign_in(TOKEN, "").await.status, 303);

    let held = tokio::spawn(held_call(gw.base.clone(), GLOBEX));
    let id = held_id(&mut token).await;
    let mine = acme.get("/ui/approvals").await;
    assert!(
        mine.body.contains("acme-ops (tenant acme)"),
        "{}",
        mine.body
    );
    assert!(!mine.body.contains(&id), "globex's call is not acme's");
    let csrf = field(&mine.body, "csrf");
    let decided = acme
        .post(
            &format!("/ui/approvals/{id}/approve"),
            &[("csrf", &csrf)],
            false,
        )
        .await;
    assert_eq!(decided.status, 404);
    let records = acme.get("/ui/audit?tenant=globex").await;
    assert!(
        records
            .body
            .contains("reads that tenant&#39;s records only")
            || records.body.contains("reads that tenant's records only"),
        "{}",
        records.body
    );
    let pin = acme
        .post(
            "/ui/pins/approve",
            &[
                ("csrf", &csrf),
                ("server", "demo"),
                ("tool", "test_simple_text"),
                ("hash", "x"),
            ],
            false,
        )
        .await;
    assert_eq!(pin.status, 403, "a pin is every tenant's: {}", pin.body);

    let page = token.get("/ui/approvals").await;
    let csrf = field(&page.body, "csrf");
    let denied = token
        .post(
            &format!("/ui/approvals/{id}/deny"),
            &[("csrf", &csrf)],
            false,
        )
        .await;
    assert_eq!(denied.status, 303);
    assert_eq!(denied.headers["location"], "/ui/approvals");
    assert!(held.await.unwrap().contains("-32043"));
}

/// On an open admin listener (loopback, no token) the dashboard needs no sign-in; a changed
/// tool definition is shown beside its pin and approved with the page's form.
#[tokio::test]
async fn a_changed_tool_definition_is_approved_on_the_dashboard() {
    let (url, switch) = malicious::start().await;
    let dir = tempfile::tempdir().unwrap();
    let yaml = format!(
        "servers:\n  evil:\n    url: {url}\n    cache:\n      lists: 0s\naudit:\n  url: sqlite://{}/audit.db\n",
        dir.path().display()
    );
    let gw = TestGateway::start(&yaml).await;
    let admin = gw.admin(None).await;
    let mut browser = Browser::new(&admin);
    let mut s = gw.session("/mcp/evil").await;
    assert!(tool_names(&s.request("tools/list", json!({})).await).contains(&"forecast".into()));
    switch.store(true, Ordering::SeqCst);
    assert!(!tool_names(&s.request("tools/list", json!({})).await).contains(&"forecast".into()));

    let overview = browser.get("/ui").await;
    assert_eq!(overview.status, 200, "open: no sign-in");
    assert!(
        overview
            .body
            .contains("changed tool definitions awaiting review"),
        "{}",
        overview.body
    );
    let pins = browser.get("/ui/pins").await;
    assert!(pins.body.contains("Pinned definition"), "{}", pins.body);
    // `weather` changed into a poisoned definition: approving the change does not clear that.
    let weather = &pins.body[pins
        .body
        .find("<code>evil/weather</code>")
        .expect("weather")..];
    let weather = &weather[..weather.find("</article>").unwrap()];
    assert!(
        weather.contains("The guard also holds this tool back: tool-poisoning (tool_poisoning)."),
        "{weather}"
    );
    let forecast = &pins.body[pins
        .body
        .find("<code>evil/forecast</code>")
        .expect("forecast")..];
    let forecast = &forecast[..forecast.find("</article>").unwrap()];
    assert!(!forecast.contains("also holds"), "{forecast}");
    // The form names server and tool in fields, never in its URL (a tool name may hold `/`,
    // `?` or `..`, which would aim the click elsewhere).
    let approve = "/ui/pins/approve";
    let at = forecast_at(&pins.body);
    let form = &pins.body[at..];
    assert!(
        pins.body.matches(r#"action="/ui/pins/approve""#).count() == 2,
        "{}",
        pins.body
    );
    let hash = field(form, "hash");
    let csrf = field(form, "csrf");
    let fields = |hash: &str| {
        [
            ("csrf", csrf.clone()),
            ("server", "evil".to_owned()),
            ("tool", "forecast".to_owned()),
            ("hash", hash.to_owned()),
        ]
    };
    let wrong = fields("not-the-pending-hash");
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let wrong = browser.post(approve, &wrong, true).await;
    assert!(wrong.body.contains("class=\"error\""), "{}", wrong.body);
    let right = fields(&hash);
    let right: Vec<(&str, &str)> = right.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = browser.post(approve, &right, true).await;
    assert!(
        done.body
            .contains("evil/forecast: the new definition is pinned"),
        "{}",
        done.body
    );
    assert!(tool_names(&s.request("tools/list", json!({})).await).contains(&"forecast".into()));
    let pinned = browser.get("/ui/pins").await;
    assert!(pinned.body.contains(&hash), "the new pin is listed");
}

/// Where the approval form of `forecast`'s pending definition starts on the pins page.
fn forecast_at(page: &str) -> usize {
    let tool = page
        .find(r#"name="tool" value="forecast""#)
        .expect("forecast's form");
    page[..tool].rfind("<form").expect("its form tag")
}
