-- Gatehouse store schema v1 (SQLite dialect). Keep in step with postgres/0001_init.sql.
CREATE TABLE audit_log (
    seq             INTEGER PRIMARY KEY,
    time            TEXT    NOT NULL,
    request_id      TEXT    NOT NULL,
    session_id      TEXT,
    tenant          TEXT,
    user_name       TEXT,
    agent           TEXT,
    client_addr     TEXT,
    method          TEXT    NOT NULL,
    server          TEXT,
    target          TEXT,
    arguments       TEXT,
    result_summary  TEXT,
    result_bytes    INTEGER,
    verdict         TEXT    NOT NULL,
    findings        TEXT,
    policy_ids      TEXT    NOT NULL,
    latency_us      INTEGER,
    upstream_status TEXT,
    error_code      INTEGER,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL
);
CREATE INDEX audit_log_time ON audit_log (time);
CREATE INDEX audit_log_target ON audit_log (target);
CREATE INDEX audit_log_agent ON audit_log (agent);

CREATE TABLE audit_checkpoints (
    seq        INTEGER PRIMARY KEY,
    hash       TEXT NOT NULL,
    time       TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature  TEXT NOT NULL
);

CREATE TABLE audit_anchor (
    seq       INTEGER PRIMARY KEY,
    hash      TEXT NOT NULL,
    pruned_at TEXT NOT NULL
);

CREATE TABLE tool_pins (
    server          TEXT    NOT NULL,
    tool            TEXT    NOT NULL,
    definition_hash TEXT    NOT NULL,
    definition      TEXT    NOT NULL,
    approved        BOOLEAN NOT NULL,
    first_seen      TEXT    NOT NULL,
    approved_at     TEXT,
    approved_by     TEXT,
    PRIMARY KEY (server, tool, definition_hash)
);

CREATE TABLE approvals (
    id         TEXT PRIMARY KEY,
    time       TEXT NOT NULL,
    principal  TEXT NOT NULL,
    server     TEXT NOT NULL,
    tool       TEXT NOT NULL,
    arguments  TEXT NOT NULL,
    reason     TEXT NOT NULL,
    status     TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT
);
CREATE INDEX approvals_status ON approvals (status);
