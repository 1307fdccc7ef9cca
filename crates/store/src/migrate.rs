//! Embedded schema migrations, one SQL file per dialect per migration.

use sqlx::Row;

use crate::StoreError;
use crate::db::{Db, with_db};
use crate::timefmt;

/// `(version, description, sqlite sql, postgres sql)`.
const MIGRATIONS: &[(i64, &str, &str, &str)] = &[
    (
        1,
        "init",
        include_str!("../migrations/sqlite/0001_init.sql"),
        include_str!("../migrations/postgres/0001_init.sql"),
    ),
    (
        2,
        "virtual_server",
        include_str!("../migrations/sqlite/0002_virtual_server.sql"),
        include_str!("../migrations/postgres/0002_virtual_server.sql"),
    ),
];

const LEDGER: &str = "CREATE TABLE IF NOT EXISTS gatehouse_store_migrations \
    (version BIGINT PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";

/// Applies every migration not yet recorded, each in its own transaction.
/// On PostgreSQL an advisory lock serializes concurrent openers.
pub(crate) async fn run(db: &Db) -> Result<(), StoreError> {
    with_db!(db, p => { sqlx::query(LEDGER).execute(p).await?; });
    for &(version, description, sqlite_sql, pg_sql) in MIGRATIONS {
        let sql = match db {
            Db::Sqlite(_) => sqlite_sql,
            Db::Postgres(_) => pg_sql,
        };
        with_db!(db, p => {
            let mut tx = p.begin().await?;
            if matches!(db, Db::Postgres(_)) {
                sqlx::query("SELECT pg_advisory_xact_lock(724301100)")
                    .execute(&mut *tx)
                    .await?;
            }
            let applied = sqlx::query("SELECT version FROM gatehouse_store_migrations WHERE version = $1")
                .bind(version)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.get::<i64, _>(0));
            if applied.is_none() {
                sqlx::raw_sql(sql).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO gatehouse_store_migrations (version, description, applied_at) VALUES ($1, $2, $3)")
                    .bind(version)
                    .bind(description)
                    .bind(timefmt::now())
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
    }
    Ok(())
}
