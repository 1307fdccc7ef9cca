use super::*;

fn env(name: &str) -> Option<String> {
    match name {
        "TICKETS_TOKEN" => Some("t0ken".into()),
        "GATEHOUSE_EXE" => Some("/bin/gatehouse".into()),
        _ => None,
    }
}

fn errors_of(text: &str) -> Vec<String> {
    match parse(text, &env) {
        Ok(_) => Vec::new(),
        Err(e) => {
            e.0.iter()
                .map(|e| format!("{}: {}", e.path, e.message))
                .collect()
        }
    }
}

#[test]
fn the_issue_example_compiles() {
    let text = r#"
listen: 127.0.0.1:8080
servers:
  files:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-filesystem", "/srv/docs"]
    env: { LOG_LEVEL: info }
  tickets:
    url: https://mcp.example.com/mcp
    headers: { Authorization: "Bearer ${TICKETS_TOKEN}" }
"#;
    let config = parse(text, &env).expect("valid");
    assert_eq!(config.settings.servers.len(), 2);
    let tickets = config
        .settings
        .servers
        .iter()
        .find(|s| s.name == "tickets")
        .unwrap();
    match &tickets.transport {
        UpstreamTransport::Http(h) => {
            assert_eq!(
                h.headers,
                vec![("Authorization".into(), "Bearer t0ken".into())]
            )
        }
        other => panic!("expected HTTP, got {other:?}"),
    }
    assert_eq!(
        config.settings.http.allowed_hosts,
        ["localhost", "127.0.0.1", "[::1]"]
    );
}

#[test]
fn every_error_is_reported_with_its_path() {
    let text = r#"
listen: nowhere
colour: blue
servers:
  files:
    args: [x]
    comand: npx
  Bad_Name:
    command: x
  tickets:
    url: ftp://x
    headers: { Authorization: "Bearer ${MISSING}" }
    timeout: soon
"#;
    let errors = errors_of(text);
    let expect = [
        "listen: `nowhere`",
        "colour: unknown key",
        "servers.files.comand: unknown key",
        "servers.files.command: missing",
        "servers.Bad_Name: invalid server name",
        "servers.tickets.url: `ftp://x` must start",
        "servers.tickets.headers.Authorization: environment variable MISSING is not set",
        "servers.tickets.timeout: `soon` is not a duration",
    ];
    for e in expect {
        assert!(
            errors.iter().any(|got| got.starts_with(e)),
            "missing {e:?} in {errors:#?}"
        );
    }
    assert_eq!(errors.len(), expect.len(), "{errors:#?}");
}

#[test]
fn type_errors_name_their_key() {
    let errors = errors_of("servers:\n  a:\n    command: x\n    args: 5\n");
    assert!(
        errors.iter().any(|e| e.starts_with("servers.a.args:")),
        "{errors:?}"
    );
}

#[test]
fn both_command_and_url_is_an_error() {
    let errors = errors_of("servers:\n  a:\n    command: x\n    url: http://y\n");
    assert!(errors.iter().any(|e| e.contains("both")), "{errors:?}");
}

#[test]
fn bad_yaml_is_one_clear_error() {
    let errors = errors_of("servers: [\n");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].contains("invalid YAML"), "{errors:?}");
}

#[test]
fn the_bundled_example_is_valid() {
    let config = parse(EXAMPLE_CONFIG, &env).expect("example config is valid");
    assert!(!config.settings.servers.is_empty());
    assert!(config.listen.ip().is_loopback());
}

#[test]
fn non_loopback_listeners_accept_any_host_unless_configured() {
    let config = parse("listen: 0.0.0.0:9000\n", &env).unwrap();
    assert!(config.settings.http.allowed_hosts.is_empty());
}

#[test]
fn the_schema_names_the_keys() {
    let schema = schema();
    for key in ["listen", "servers", "command", "url", "failure_mode"] {
        assert!(schema.contains(key), "{key}");
    }
}

#[test]
fn legacy_sse_upstreams_are_http_only() {
    let config = parse(
        "servers:\n  old:\n    url: http://h/sse\n    transport: sse\n",
        &env,
    )
    .unwrap();
    assert!(matches!(
        config.settings.servers[0].transport,
        UpstreamTransport::LegacySse(_)
    ));
    let errors = errors_of("servers:\n  a:\n    command: x\n    transport: sse\n");
    assert!(
        errors.iter().any(|e| e.starts_with("servers.a.transport:")),
        "{errors:?}"
    );
}

const TWO_SERVERS: &str = "servers:\n  files:\n    command: x\n  tickets:\n    url: http://t/mcp\n";

#[test]
fn virtual_servers_compile_with_renames_and_descriptions() {
    let text = format!(
        "{TWO_SERVERS}virtual_servers:
  support-agent:
    tools:
      - tool: tickets__create_ticket
      - tool: files__read_file
        name: read_doc
        description: Read a support doc.
"
    );
    let config = parse(&text, &env).expect("valid");
    let support = config
        .settings
        .virtual_servers
        .get("support-agent")
        .expect("compiled");
    let names: Vec<(&str, &str, &str)> = support
        .tools
        .iter()
        .map(|t| (t.name.as_str(), t.tool.as_str(), t.server.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            (
                "tickets__create_ticket",
                "tickets__create_ticket",
                "tickets"
            ),
            ("read_doc", "files__read_file", "files"),
        ]
    );
    assert_eq!(
        support.tools[1].description.as_deref(),
        Some("Read a support doc.")
    );
    assert!(support.tools[0].description.is_none());
}

#[test]
fn virtual_server_mistakes_are_reported_with_their_paths() {
    let text = format!(
        "{TWO_SERVERS}virtual_servers:
  Bad_Name:
    tools: []
  support:
    tols: []
    tools:
      - tool: mail__send
      - tool: nonamespace
      - tool: files__read_file
        name: read_doc
      - tool: tickets__create
        name: read_doc
      - tool: files__read_file
        name: again
      - tool: tickets__list
        name: has.dot
      - tool: tickets__get
        nmae: get
      - files__write
"
    );
    let errors = errors_of(&text);
    let expect = [
        "virtual_servers.Bad_Name: invalid virtual server name",
        "virtual_servers.support.tols: unknown key",
        "virtual_servers.support.tools[0].tool: no server named `mail`",
        "virtual_servers.support.tools[1].tool: `nonamespace` is not an aggregate tool name",
        "virtual_servers.support.tools[3].name: the name `read_doc` is already used by tools[2]",
        "virtual_servers.support.tools[4].tool: `files__read_file` is already listed as tools[2]",
        "virtual_servers.support.tools[5].name: `has.dot` is not a valid tool name",
        "virtual_servers.support.tools[6].nmae: unknown key",
        "virtual_servers.support.tools[7]: must be a mapping",
    ];
    for e in expect {
        assert!(
            errors.iter().any(|got| got.starts_with(e)),
            "missing {e:?} in {errors:#?}"
        );
    }
    assert_eq!(errors.len(), expect.len(), "{errors:#?}");
}

#[test]
fn a_default_client_name_clashing_with_a_rename_is_reported() {
    let text = format!(
        "{TWO_SERVERS}virtual_servers:
  v:
    tools:
      - tool: files__a
        name: tickets__b
      - tool: tickets__b
"
    );
    let errors = errors_of(&text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("virtual_servers.v.tools[1].tool: the name `tickets__b`"),
        "{errors:#?}"
    );
}

#[test]
fn the_schema_describes_virtual_servers() {
    let schema = schema();
    for key in ["virtual_servers", "RawVirtualTool", "description"] {
        assert!(schema.contains(key), "{key}");
    }
}

#[test]
fn tenant_credentials_make_an_instance_per_tenant() {
    let text = "servers:\n  t:\n    url: http://h/mcp\n    headers: { Authorization: Bearer d, X-A: a }\n    \
                tenants:\n      acme:\n        headers: { authorization: \"Bearer ${TICKETS_TOKEN}\" }\n  \
                s:\n    command: x\n    env: { K: d }\n    tenants:\n      acme:\n        env: { K: a }\n";
    let config = parse(text, &env).unwrap();
    let servers = &config.settings.servers;
    let names: Vec<(&str, Option<&str>)> = servers
        .iter()
        .map(|s| (s.name.as_str(), s.tenant.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            ("s", None),
            ("s", Some("acme")),
            ("t", None),
            ("t", Some("acme"))
        ]
    );
    let UpstreamTransport::Http(acme) = &servers[3].transport else {
        panic!("http");
    };
    assert_eq!(
        acme.headers,
        [
            ("X-A".to_owned(), "a".to_owned()),
            ("authorization".to_owned(), "Bearer t0ken".to_owned())
        ]
    );
    let UpstreamTransport::Stdio(acme) = &servers[1].transport else {
        panic!("stdio");
    };
    assert_eq!(acme.env, [("K".to_owned(), "a".to_owned())]);
}

#[test]
fn tenant_credentials_must_fit_the_transport() {
    let errors = errors_of(
        "servers:\n  t:\n    url: http://h/mcp\n    tenants:\n      acme: { env: { K: v } }\n      \
         bad: { headers: { \"a b\": v } }\n  s:\n    command: x\n    tenants:\n      acme: {}\n",
    );
    for expected in [
        "servers.t.tenants.acme.env",
        "servers.t.tenants.bad.headers.a b",
        "servers.s.tenants.acme:",
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{expected}: {errors:#?}"
        );
    }
}

#[test]
fn replicas_make_an_instance_each_with_health_checks() {
    let text = "servers:\n  h:\n    urls: [http://a/mcp, http://b/mcp]\n    \
                tenants:\n      acme: { headers: { X-T: a } }\n  \
                s:\n    command: x\n    replicas: 2\n    balancing: { affinity: none }\n  \
                one:\n    url: http://c/mcp\n";
    let config = parse(text, &env).unwrap();
    assert_eq!(
        config.settings.server_count(),
        3,
        "three servers, seven instances"
    );
    let instances: Vec<(&str, Option<&str>, usize, String)> = (config.settings.servers.iter())
        .map(|s| {
            let url = match &s.transport {
                UpstreamTransport::Http(spec) => spec.url.clone(),
                _ => String::new(),
            };
            (s.name.as_str(), s.tenant.as_deref(), s.replica, url)
        })
        .collect();
    assert_eq!(
        instances,
        [
            ("h", None, 0, "http://a/mcp".to_owned()),
            ("h", None, 1, "http://b/mcp".to_owned()),
            ("h", Some("acme"), 0, "http://a/mcp".to_owned()),
            ("h", Some("acme"), 1, "http://b/mcp".to_owned()),
            ("one", None, 0, "http://c/mcp".to_owned()),
            ("s", None, 0, String::new()),
            ("s", None, 1, String::new()),
        ]
    );
    let h = &config.settings.servers[0].balancing;
    assert!(h.session_affinity);
    assert_eq!(
        h.health_interval,
        Some(Duration::from_secs(10)),
        "on with replicas"
    );
    assert!(!config.settings.servers[5].balancing.session_affinity);
    assert_eq!(config.settings.servers[4].balancing.health_interval, None);
}

#[test]
fn replica_settings_must_fit_the_transport() {
    let errors = errors_of(
        "servers:\n  a:\n    url: http://x/mcp\n    urls: [http://y/mcp]\n  \
         b:\n    command: x\n    urls: [http://y/mcp]\n  c:\n    urls: [ftp://y]\n  \
         d:\n    url: http://x/mcp\n    replicas: 2\n  e:\n    command: x\n    replicas: 0\n  \
         f:\n    command: x\n    replicas: 1000\n",
    );
    for expected in [
        "servers.a: has both `url` and `urls`",
        "servers.b: has both `command` and `urls`",
        "servers.c.urls[0]",
        "servers.d.replicas",
        "servers.e.replicas",
        "servers.f.replicas: 1000 is more than 64",
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{expected}: {errors:#?}"
        );
    }
}

#[test]
fn limit_redis_compiles_with_defaults_and_expands_its_url() {
    let lookup = |name: &str| (name == "REDIS_PASSWORD").then(|| "s3cret".to_owned());
    let text = "limits:\n  - { key: [agent], rate: 5/min }\nlimit_redis:\n  url: redis://:${REDIS_PASSWORD}@127.0.0.1:6379/1\n";
    let config = parse(text, &lookup).expect("valid");
    let redis = config.settings.traffic.redis.expect("limit_redis");
    assert_eq!(redis.url, "redis://:s3cret@127.0.0.1:6379/1");
    assert_eq!(redis.on_error, gateway::settings::OnStoreError::Open);
    assert_eq!(redis.timeout, Duration::from_millis(50));
    assert_eq!(redis.prefix, "gatehouse");
    let text =
        "limit_redis: { url: rediss://cache:6380, on_error: closed, timeout: 200ms, prefix: eu }\n";
    let redis = parse(text, &env).unwrap().settings.traffic.redis.unwrap();
    assert_eq!(redis.on_error, gateway::settings::OnStoreError::Closed);
    assert_eq!(redis.timeout, Duration::from_millis(200));
    assert_eq!(redis.prefix, "eu");
    assert!(
        parse("limits: []\n", &env)
            .unwrap()
            .settings
            .traffic
            .redis
            .is_none()
    );
}

#[test]
fn limit_redis_mistakes_are_reported_with_their_paths() {
    let errors = errors_of(
        "limit_redis:\n  url: http://127.0.0.1:6379\n  timeout: soon\n  prefix: ''\n  pool: 4\n",
    );
    let expect = [
        "limit_redis.pool: unknown key",
        "limit_redis.url: must start with redis:// or rediss://",
        "limit_redis.timeout: `soon` is not a duration",
        "limit_redis.prefix: must be a non-empty word",
    ];
    assert_eq!(errors.len(), expect.len(), "{errors:#?}");
    let mistyped = errors_of("limit_redis: { url: redis://x, on_error: maybe }\n");
    assert!(
        mistyped[0].starts_with("limit_redis.on_error: unknown variant `maybe`"),
        "{mistyped:?}"
    );
    let missing = errors_of("limit_redis:\n  url: redis://${NOPE}\n");
    assert!(
        missing[0].starts_with("limit_redis.url: environment variable NOPE is not set"),
        "{missing:?}"
    );
    let missing = errors_of("limit_redis: { timeout: 0s }\n");
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(
        missing
            .iter()
            .any(|e| e.starts_with("limit_redis.url: missing"))
    );
    assert!(
        missing
            .iter()
            .any(|e| e.starts_with("limit_redis.timeout: must be more"))
    );
    for e in expect {
        assert!(
            errors.iter().any(|got| got.starts_with(e)),
            "missing {e:?} in {errors:#?}"
        );
    }
}

#[test]
fn the_schema_describes_limit_redis() {
    let schema = schema();
    for key in ["limit_redis", "on_error", "prefix", "rediss://"] {
        assert!(schema.contains(key), "{key}");
    }
}

#[test]
fn telemetry_compiles_with_defaults_and_expanded_headers() {
    let config = parse(
        "telemetry:\n  otlp_endpoint: http://127.0.0.1:4318/\n  headers: { x-api-key: \"${TICKETS_TOKEN}\" }\n",
        &env,
    )
    .expect("valid");
    let telemetry = config.telemetry.expect("on");
    assert_eq!(telemetry.traces_url, "http://127.0.0.1:4318/v1/traces");
    assert_eq!(telemetry.sample_ratio, 1.0);
    assert_eq!(telemetry.service_name, "gatehouse");
    assert_eq!(telemetry.headers, [("x-api-key".into(), "t0ken".into())]);
    let full = "telemetry:\n  otlp_endpoint: https://otel.example.com/v1/traces\n  sample_ratio: 0.25\n  service_name: edge\n";
    let telemetry = parse(full, &env).unwrap().telemetry.unwrap();
    assert_eq!(telemetry.traces_url, "https://otel.example.com/v1/traces");
    assert_eq!(telemetry.sample_ratio, 0.25);
    assert_eq!(telemetry.service_name, "edge");
    let nested = "telemetry:\n  otlp_endpoint: https://otel.example.com/otlp?tenant=a\n";
    let telemetry = parse(nested, &env).unwrap().telemetry.unwrap();
    assert_eq!(
        telemetry.traces_url,
        "https://otel.example.com/otlp/v1/traces?tenant=a"
    );
}

#[test]
fn telemetry_is_off_without_an_endpoint() {
    assert!(
        parse("listen: 127.0.0.1:8080\n", &env)
            .unwrap()
            .telemetry
            .is_none()
    );
    let no_endpoint = parse("telemetry:\n  sample_ratio: 0.5\n", &env).unwrap();
    assert!(no_endpoint.telemetry.is_none());
}

#[test]
fn telemetry_mistakes_are_reported_with_their_paths() {
    let errors = errors_of(
        "telemetry:\n  otlp_endpoint: ftp://collector:4318\n  sample_ratio: 1.5\n  service_name: \"\"\n  headers: { \"bad header\": x, x-key: \"${MISSING}\" }\n",
    );
    let at = |path: &str| errors.iter().any(|e| e.starts_with(&format!("{path}: ")));
    assert!(at("telemetry.otlp_endpoint"), "{errors:?}");
    assert!(at("telemetry.sample_ratio"), "{errors:?}");
    assert!(at("telemetry.service_name"), "{errors:?}");
    assert!(at("telemetry.headers.bad header"), "{errors:?}");
    assert!(at("telemetry.headers.x-key"), "{errors:?}");
    for bad in ["not a url", "http://", "127.0.0.1:4318", "${MISSING}"] {
        let errors = errors_of(&format!("telemetry:\n  otlp_endpoint: \"{bad}\"\n"));
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("telemetry.otlp_endpoint: ")),
            "{bad}: {errors:?}"
        );
    }
    let negative = errors_of("telemetry:\n  otlp_endpoint: http://c:4318\n  sample_ratio: -0.1\n");
    assert!(
        negative[0].starts_with("telemetry.sample_ratio: "),
        "{negative:?}"
    );
    let typo = errors_of("telemetry:\n  otlp_endpoint: http://c:4318\n  sample: 1\n");
    assert!(typo.iter().any(|e| e.starts_with("telemetry")), "{typo:?}");
}

#[test]
fn the_schema_describes_telemetry() {
    let schema = schema();
    for key in ["telemetry", "otlp_endpoint", "sample_ratio", "service_name"] {
        assert!(schema.contains(key), "{key}");
    }
}

#[test]
fn a_reviewed_definition_needs_a_namespaced_tool_and_its_hash() {
    let hash = "AB".repeat(32);
    let text = format!(
        "servers:\n  files:\n    command: cat\nguard:\n  reviewed:\n    files__read: {hash}\n    read: {hash}\n    files__write: abc\n"
    );
    let errors = errors_of(&text);
    assert_eq!(
        errors,
        [
            "guard.reviewed.files__write: not a definition hash (64 hex digits, as shown for a held-back tool)",
            "guard.reviewed.read: not a namespaced tool name (use server__tool)",
        ]
    );
    let text = format!(
        "servers:\n  files:\n    command: cat\nguard:\n  reviewed:\n    files__read: {hash}\n"
    );
    let config = parse(&text, &env).expect("valid");
    assert_eq!(
        config.settings.guard.reviewed["files__read"],
        hash.to_ascii_lowercase()
    );
}

#[test]
fn an_empty_file_is_an_error_so_a_half_written_reload_keeps_the_old_config() {
    for text in ["", "# only a comment\n", "~\n"] {
        let errors = errors_of(text);
        assert_eq!(errors.len(), 1, "{text:?}: {errors:?}");
        assert!(errors[0].contains("the file is empty"), "{errors:?}");
    }
    assert!(errors_of("servers: {}\n").is_empty());
}

#[test]
fn a_mistyped_server_key_is_reported_beside_the_others_and_not_as_missing() {
    let errors = errors_of(
        "servers:\n  s1: {command: echo, args: x, timeout: nonsense, cwd: 5}\n  s2: {url: 5}\n  s3: {command: '  '}\n",
    );
    assert_eq!(
        errors,
        [
            "servers.s1.args: invalid type: string \"x\", expected a sequence",
            "servers.s1.cwd: invalid type: integer `5`, expected a string (put it in quotes: YAML reads 8080, 1.10, on or yes as a number or boolean)",
            "servers.s2.url: invalid type: integer `5`, expected a string (put it in quotes: YAML reads 8080, 1.10, on or yes as a number or boolean)",
            "servers.s1.timeout: `nonsense` is not a duration like `30s`",
            "servers.s3.command: empty: name the program to start",
        ]
    );
}

#[test]
fn list_sections_report_each_item_with_its_index() {
    let errors = errors_of(
        "limits: [{key: [planet], rate: 5/s}, {key: [tenant], rate: 5/s}]\nquotas: [{key: [tenant], per: week, limit: 10}, {key: [tenant], per: day, limit: -1}]\n",
    );
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors[0].starts_with("limits[0].key[0]: unknown variant `planet`"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("quotas[0].per: unknown variant `week`"),
        "{errors:?}"
    );
    assert!(
        errors[2].starts_with("quotas[1].limit: invalid value"),
        "{errors:?}"
    );
}

#[test]
fn health_checks_that_would_flood_or_always_fail_are_errors() {
    let errors = errors_of(
        "servers:\n  s:\n    urls: [http://a/mcp, http://b/mcp]\n    balancing: { health_check: { interval: 1ms, timeout: 0s } }\n",
    );
    assert_eq!(
        errors,
        [
            "servers.s.balancing.health_check.interval: must be 0s (off) or at least 100ms",
            "servers.s.balancing.health_check.timeout: must be more than 0",
        ]
    );
}

#[test]
fn limits_that_would_refuse_everything_are_errors() {
    let errors = errors_of(
        "servers:\n  s: {command: x, timeout: 0s, init_timeout: 0ms}\nhttp: {max_body_bytes: 0, replay_buffer: 0}\n",
    );
    assert_eq!(
        errors,
        [
            "servers.s.timeout: must be more than 0",
            "servers.s.init_timeout: must be more than 0",
            "http.max_body_bytes: must be at least 512",
            "http.replay_buffer: must be at least 1",
        ]
    );
}

/// The schema's pattern for server names says what the loader checks (by hand here, so the
/// test needs no regex engine: the pattern is `^[a-z][a-z0-9-]{0,31}$`).
#[test]
fn the_schema_names_servers_as_the_loader_does() {
    let schema: serde_json::Value = serde_json::from_str(&schema()).unwrap();
    let pattern = &schema["properties"]["servers"]["propertyNames"]["pattern"];
    assert_eq!(pattern, "^[a-z][a-z0-9-]{0,31}$");
    let matches = |name: &str| {
        let b = name.as_bytes();
        (1..=32).contains(&b.len())
            && b[0].is_ascii_lowercase()
            && b.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
    };
    let long = "a".repeat(33);
    for name in [
        "files", "a", "a-1", "a__b", "bad name", "Upper", "1digit", "", &long,
    ] {
        assert_eq!(
            matches(name),
            gateway::namespace::is_valid_server_name(name),
            "{name}"
        );
    }
}

/// What `serve` would refuse at start, `check` refuses too, naming the key.
#[test]
fn what_serve_refuses_check_refuses() {
    let cases = [
        (
            "auth:\n  jwt:\n    issuer: https://idp\n    jwks_file: /k.json\n    algorithms: [HS256, RS256]\n",
            "auth.jwt.algorithms: ",
        ),
        (
            "auth:\n  api_keys:\n    - { hash: \"sha256:abc\", agent: ci }\n",
            "auth.api_keys[0].hash: ",
        ),
        (
            "auth:\n  api_keys:\n    - { hash: \"plain\", agent: ci }\n",
            "auth.api_keys[0].hash: ",
        ),
        ("audit:\n  url: mysql://db/audit\n", "audit.url: "),
        (
            "listen: 127.0.0.1:9000\nadmin:\n  listen: 127.0.0.1:9000\n",
            "admin.listen: ",
        ),
        ("log:\n  level: \"==bad[\"\n", "log.level: "),
    ];
    for (yaml, path) in cases {
        let errors = errors_of(&format!("servers: {{}}\n{yaml}"));
        assert!(
            errors.iter().any(|e| e.starts_with(path)),
            "{yaml}: {errors:?}"
        );
    }
    let hash = ::policy::sha256_hash("ghk_example");
    let twice = format!(
        "servers: {{}}\nauth:\n  api_keys:\n    - {{ hash: \"{hash}\", agent: a }}\n    - {{ hash: \"{hash}\", agent: b }}\n"
    );
    assert!(
        errors_of(&twice)
            .iter()
            .any(|e| e.starts_with("auth.api_keys: "))
    );
    for fine in [
        "log:\n  level: info,gateway=debug\n",
        "audit:\n  url: postgres://u@h/db\n",
        "audit:\n  url: /var/lib/gatehouse/audit.db\n",
        "audit:\n  url: \"/tmp/odd://dir/audit.db\"\n",
        "audit:\n  url: \"sqlite::memory:\"\n",
        "listen: 127.0.0.1:0\nadmin:\n  listen: 127.0.0.1:0\n",
    ] {
        let errors = errors_of(&format!("servers: {{}}\n{fine}"));
        assert!(errors.is_empty(), "{fine}: {errors:?}");
    }
}

/// An error deep in a section names the key itself, not the section.
#[test]
fn nested_errors_name_the_key_itself() {
    let server = "servers:\n  demo:\n    command: x\n";
    let cases = [
        (
            format!("{server}    balancing: {{ affinity: sticky }}\n"),
            "servers.demo.balancing.affinity: ",
        ),
        (
            format!("{server}    retry: {{ attempts: -1 }}\n"),
            "servers.demo.retry.attempts: ",
        ),
        (
            format!("{server}    env: {{ PORT: [1] }}\n"),
            "servers.demo.env.PORT: ",
        ),
        (
            "servers: {}\nauth:\n  jwt:\n    issuer: https://idp\n    algorithms: [none]\n"
                .to_owned(),
            "auth.jwt.algorithms[0]: ",
        ),
        (
            "servers: {}\nlimits:\n  - { key: [agent], rate: 5/min, burst: x }\n".to_owned(),
            "limits[0].burst: ",
        ),
        (
            "servers: {}\npolicy:\n  arguments: { limit: integer }\n".to_owned(),
            "policy.arguments.limit: ",
        ),
    ];
    for (yaml, path) in cases {
        let errors = errors_of(&yaml);
        assert!(
            errors.iter().any(|e| e.starts_with(path)),
            "{yaml}: {errors:?}"
        );
    }
}

/// The audit commands read the `audit` section alone: other sections' unset variables and
/// errors do not stop them, the audit section's own do.
#[test]
fn the_audit_section_reads_without_the_rest() {
    let text = "servers:\n  up:\n    url: ${UNSET_UPSTREAM_URL}\n    retry: nonsense\n\
                admin:\n  listen: 127.0.0.1:9090\n  token: ${UNSET_ADMIN_TOKEN}\n\
                audit:\n  url: sqlite:///var/lib/gatehouse/audit.db\n";
    assert!(parse(text, &env).is_err());
    let audit = parse_audit(text, &env).unwrap().expect("enabled");
    assert_eq!(audit.store.url, "sqlite:///var/lib/gatehouse/audit.db");
    let broken = "servers: {}\naudit:\n  url: ${UNSET_AUDIT_URL}\n";
    let errors = parse_audit(broken, &env).unwrap_err();
    assert!(errors.0[0].path.starts_with("audit.url"), "{errors}");
    let off = "servers: {}\naudit:\n  enabled: false\n";
    assert!(parse_audit(off, &env).unwrap().is_none());
}

/// Values that would do nothing, or defeat their setting, are errors rather than silently
/// accepted.
#[test]
fn settings_that_would_do_nothing_are_errors() {
    let server = "servers:\n  demo:\n    command: x\n";
    let cases = [
        (format!("{server}    queue: 10\n"), "servers.demo.queue: "),
        (
            format!("{server}    max_message_bytes: 0\n"),
            "servers.demo.max_message_bytes: ",
        ),
        (format!("{server}costs:\n  search: 5\n"), "costs.search: "),
        (
            format!("{server}costs:\n  other__search: 5\n"),
            "costs.other__search: ",
        ),
        (
            format!("{server}http:\n  session_idle_timeout: 0s\n"),
            "http.session_idle_timeout: ",
        ),
        (
            format!("{server}http:\n  max_sessions: 0\n"),
            "http.max_sessions: ",
        ),
        (
            format!("{server}policy:\n  approval_timeout: 0s\n"),
            "policy.approval_timeout: ",
        ),
    ];
    for (yaml, path) in cases {
        let errors = errors_of(&yaml);
        assert!(
            errors.iter().any(|e| e.starts_with(path)),
            "{yaml}: {errors:?}"
        );
    }
    let fine =
        format!("{server}    max_concurrency: 4\n    queue: 10\ncosts:\n  demo__search: 5\n");
    assert!(errors_of(&fine).is_empty(), "{:?}", errors_of(&fine));
}

/// A retry's backoff over 10 s, or more than 10 attempts, is refused: `99999d` was accepted
/// and a retried call then slept inside the gateway long after its client gave up.
#[test]
fn retries_are_bounded() {
    let server = "servers:\n  demo:\n    command: x\n";
    let errors = errors_of(&format!(
        "{server}    retry: {{ attempts: 11, backoff: 11s }}\n"
    ));
    for path in [
        "servers.demo.retry.backoff: ",
        "servers.demo.retry.attempts: ",
    ] {
        assert!(errors.iter().any(|e| e.starts_with(path)), "{errors:?}");
    }
    let fine = format!("{server}    retry: {{ attempts: 10, backoff: 10s }}\n");
    assert!(errors_of(&fine).is_empty(), "{:?}", errors_of(&fine));
}

/// Quota limits and costs past 2^53 - 1 are refused: sums of them would wrap (or panic) and
/// Redis's Lua numbers would lose units.
#[test]
fn quota_units_are_bounded() {
    let server = "servers:\n  demo:\n    command: x\n";
    let huge = u64::MAX;
    let yaml = format!(
        "{server}quotas:\n  - {{ key: [tool], per: day, limit: {huge} }}\ncosts:\n  demo__echo: {huge}\n"
    );
    let errors = errors_of(&yaml);
    for path in ["quotas[0].limit: ", "costs.demo__echo: "] {
        assert!(errors.iter().any(|e| e.starts_with(path)), "{errors:?}");
    }
    let top = (1u64 << 53) - 1;
    let fine = format!(
        "{server}quotas:\n  - {{ key: [tool], per: day, limit: {top} }}\ncosts:\n  demo__echo: {top}\n"
    );
    assert!(errors_of(&fine).is_empty(), "{:?}", errors_of(&fine));
}

/// `oauth` belongs to a Streamable HTTP server without its own Authorization header, and gets
/// its tokens over TLS unless the token endpoint is on this machine.
#[test]
fn oauth_is_checked_where_it_is_given() {
    let oauth =
        "    oauth: { token_url: https://as.example/token, client_id: gw, client_secret: s }\n";
    let fine = format!("servers:\n  t:\n    url: https://mcp.example/mcp\n{oauth}");
    assert!(errors_of(&fine).is_empty(), "{:?}", errors_of(&fine));
    let cases = [
        (
            format!("servers:\n  t:\n    url: https://mcp.example/sse\n    transport: sse\n{oauth}"),
            "servers.t.oauth: ",
        ),
        (
            format!(
                "servers:\n  t:\n    url: https://mcp.example/mcp\n    headers: {{ authorization: x }}\n{oauth}"
            ),
            "servers.t.headers.Authorization: ",
        ),
        (
            format!(
                "servers:\n  t:\n    url: https://mcp.example/mcp\n{oauth}    tenants:\n      acme: {{ headers: {{ Authorization: x }} }}\n"
            ),
            "servers.t.tenants.acme.headers.Authorization: ",
        ),
        (
            "servers:\n  t:\n    url: https://mcp.example/mcp\n    oauth: { token_url: http://as.example/token, client_id: gw, client_secret: s }\n".to_owned(),
            "servers.t.oauth.token_url: ",
        ),
        (
            "servers:\n  t:\n    url: https://mcp.example/mcp\n    oauth: { token_url: \"http://127.0.0.1@evil.example/token\", client_id: gw, client_secret: s }\n".to_owned(),
            "servers.t.oauth.token_url: ",
        ),
        (
            format!("servers:\n  t:\n    command: server\n{oauth}"),
            "servers.t.oauth: ",
        ),
        (
            "servers:\n  t:\n    url: https://mcp.example/mcp\n    oauth: { token_url: https://as/token, client_id: gw, client_secret: \"${UNSET_SECRET}\" }\n".to_owned(),
            "servers.t.oauth.client_secret: ",
        ),
    ];
    for (yaml, path) in cases {
        let errors = errors_of(&yaml);
        assert!(
            errors.iter().any(|e| e.starts_with(path)),
            "{yaml}: {errors:?}"
        );
    }
}

/// `admin.allowed_origins` entries are origins as a browser sends them.
#[test]
fn admin_origins_are_checked() {
    let base = "servers: {}\nadmin:\n  listen: 127.0.0.1:9091\n  allowed_origins: ";
    assert!(
        errors_of(&format!(
            "{base}[https://gw.example.com, \"http://10.0.0.5:8443\"]\n"
        ))
        .is_empty()
    );
    for bad in [
        "\"*\"",
        "\"null\"",
        "https://gw.example.com/",
        "https://GW.example.com",
        "gw.example.com",
        "https://gw.example.com:443",
    ] {
        let errors = errors_of(&format!("{base}[{bad}]\n"));
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("admin.allowed_origins[0]: ")),
            "{bad}: {errors:?}"
        );
    }
}
