//! Shared test helpers: fresh databases on every configured backend.
#![allow(dead_code)]

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use sqlx::Connection;
use store::{AuditRecord, Durability, StoreConfig};

/// Env var naming a PostgreSQL server URL for the Postgres run of the suite.
pub const PG_ENV: &str = "GATEHOUSE_TEST_POSTGRES";

/// A unique temp directory (removed by the OS' tmp cleaning, not by us).
pub fn temp_dir() -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("gatehouse-store-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A fresh SQLite database file URL.
pub fn sqlite_url() -> String {
    format!(
        "sqlite://{}?mode=rwc",
        temp_dir().join("audit.db").display()
    )
}

fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[authority_start..]
        .find('/')
        .map_or(base.len(), |i| authority_start + i);
    format!("{}/{name}{query}", &base[..path_start])
}

/// A fresh PostgreSQL database on the server in `GATEHOUSE_TEST_POSTGRES`.
pub async fn postgres_url() -> Option<String> {
    let Ok(server) = std::env::var(PG_ENV) else {
        eprintln!("note: {PG_ENV} not set; skipping the PostgreSQL run");
        return None;
    };
    let name = format!("gh_test_{}", uuid::Uuid::new_v4().simple());
    let mut conn = sqlx::PgConnection::connect(&server)
        .await
        .expect("connect to test postgres");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("create test database");
    conn.close().await.unwrap();
    Some(with_database(&server, &name))
}

/// One fresh database URL per backend: SQLite always, PostgreSQL if configured.
pub async fn urls() -> Vec<String> {
    let mut v = vec![sqlite_url()];
    v.extend(postgres_url().await);
    v
}

/// A signing key file that is the same for every open of `url`.
pub fn key_path(url: &str) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    url.hash(&mut h);
    std::env::temp_dir()
        .join("gatehouse-store-keys")
        .join(format!("{:016x}.key", h.finish()))
}

/// Sync-mode config with a persistent key next to nothing (ephemeral key).
pub fn config(url: &str) -> StoreConfig {
    let mut c = StoreConfig::new(url);
    c.checkpoint_every = 5;
    c.checkpoint_interval = Duration::from_secs(3600);
    c.signing_key_path = Some(key_path(url));
    c
}

/// Batched-mode variant of [`config`].
pub fn batched(url: &str, queue: usize) -> StoreConfig {
    let mut c = config(url);
    c.durability = Durability::Batched {
        interval: Duration::from_millis(5),
    };
    c.queue_capacity = queue;
    c
}

/// A record with varied fields derived from `i`.
pub fn record(i: u64) -> AuditRecord {
    let mut r = AuditRecord::new(
        format!("req-{i}"),
        "tools/call",
        if i.is_multiple_of(3) { "deny" } else { "allow" },
    );
    r.session_id = Some(format!("sess-{}", i % 4));
    r.tenant = Some(format!("tenant-{}", i % 2));
    r.user = Some(format!("user-{}", i % 5));
    r.agent = Some(if i.is_multiple_of(2) {
        "claude".into()
    } else {
        "cursor".into()
    });
    r.client_addr = Some("127.0.0.1:5555".into());
    // Every third call came through a virtual server: rows of both encodings in one chain.
    r.virtual_server = i.is_multiple_of(3).then(|| "support".into());
    r.server = Some(if i.is_multiple_of(4) {
        "fs".into()
    } else {
        "ehr".into()
    });
    r.target = Some(if i.is_multiple_of(4) {
        format!("read_file_{i}")
    } else {
        format!("ehr__tool_{i}")
    });
    r.arguments = Some(serde_json::json!({"i": i, "path": format!("/tmp/{i}")}));
    r.result_summary = Some("ok".into());
    r.result_bytes = Some(i * 10);
    r.findings = Some(serde_json::json!([{"detector": "pii", "count": i % 2}]));
    r.policy_ids = vec![format!("p{}", i % 3)];
    r.latency_us = Some(1000 + i);
    r.upstream_status = Some("ok".into());
    r.error_code = (i.is_multiple_of(7)).then_some(-32000);
    r
}

/// A raw connection for tampering with stored rows.
pub enum Raw {
    /// SQLite.
    Sqlite(sqlx::SqliteConnection),
    /// PostgreSQL.
    Pg(sqlx::PgConnection),
}

impl Raw {
    /// Connects to `url` directly, bypassing the store.
    pub async fn connect(url: &str) -> Raw {
        if url.starts_with("postgres") {
            Raw::Pg(sqlx::PgConnection::connect(url).await.unwrap())
        } else {
            let opts = sqlx::sqlite::SqliteConnectOptions::from_str(url).unwrap();
            Raw::Sqlite(sqlx::SqliteConnection::connect_with(&opts).await.unwrap())
        }
    }

    /// Runs one or more statements.
    pub async fn exec(&mut self, sql: &str) {
        let sql = sqlx::AssertSqlSafe(sql.to_string());
        match self {
            Raw::Sqlite(c) => sqlx::raw_sql(sql).execute(c).await.map(|_| ()),
            Raw::Pg(c) => sqlx::raw_sql(sql).execute(c).await.map(|_| ()),
        }
        .unwrap();
    }

    /// The single integer a query returns (a `COUNT(*)`).
    pub async fn count(&mut self, sql: &str) -> i64 {
        let sql = sqlx::AssertSqlSafe(sql.to_string());
        match self {
            Raw::Sqlite(c) => sqlx::query_scalar(sql).fetch_one(c).await,
            Raw::Pg(c) => sqlx::query_scalar(sql).fetch_one(c).await,
        }
        .unwrap()
    }
}
