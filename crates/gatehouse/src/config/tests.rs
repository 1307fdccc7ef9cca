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
