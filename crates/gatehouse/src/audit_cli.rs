//! `gatehouse audit ...`: verify the chain, query and export records, print the public key.
//! Every subcommand opens the audit store named by the config (the same one `serve` writes).

use std::io::Write;

use clap::{Args, Subcommand, ValueEnum};
use store::{AuditFilter, AuditRow, Store};

use crate::serve::{ConfigSource, ServeError, open_audit_log};

/// `gatehouse audit` subcommands.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain and every signed checkpoint; names the first broken row.
    Verify {
        /// An auditor's copy of the public key (hex) to verify against, instead of the key file.
        #[arg(long)]
        public_key: Option<String>,
        /// A record that must still be there unchanged, `SEQ:HASH` (the head an earlier verify
        /// printed, or a checkpoint line of the gateway's log): shows records removed from
        /// the end, which the chain alone cannot.
        #[arg(long)]
        expect: Option<store::ExpectedRecord>,
    },
    /// Print records matching filters.
    Query(QueryArgs),
    /// Print every record matching the filters as JSON lines (for SIEM shipping).
    Export(FilterArgs),
    /// Print the hex Ed25519 public key that signs checkpoints.
    PublicKey,
}

/// Filters shared by `query` and `export`.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// From this time on (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Before this time (a bare date includes that whole day).
    #[arg(long)]
    until: Option<String>,
    /// Tool, prompt or resource glob, e.g. 'ehr__*'.
    #[arg(long)]
    tool: Option<String>,
    /// Server name.
    #[arg(long)]
    server: Option<String>,
    /// Agent.
    #[arg(long)]
    agent: Option<String>,
    /// Tenant.
    #[arg(long)]
    tenant: Option<String>,
    /// User.
    #[arg(long)]
    user: Option<String>,
    /// Verdict (allow, block, throttled, ...).
    #[arg(long)]
    verdict: Option<String>,
    /// JSON-RPC method.
    #[arg(long)]
    method: Option<String>,
    /// Virtual server (`/mcp/v/{name}`) the calls came through.
    #[arg(long)]
    virtual_server: Option<String>,
}

/// `query` options.
#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// At most this many rows.
    #[arg(long, default_value_t = 100)]
    limit: u64,
    /// Only rows after this sequence number (paging).
    #[arg(long)]
    after: Option<u64>,
}

/// Output formats of `query`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// Aligned columns.
    Table,
}

impl FilterArgs {
    fn to_filter(&self) -> AuditFilter {
        AuditFilter {
            since: self.since.clone(),
            until: self.until.clone(),
            target: self.tool.clone(),
            server: self.server.clone(),
            agent: self.agent.clone(),
            tenant: self.tenant.clone(),
            user: self.user.clone(),
            verdict: self.verdict.clone(),
            method: self.method.clone(),
            virtual_server: self.virtual_server.clone(),
            ..AuditFilter::default()
        }
    }
}

/// Run one `audit` subcommand; `Ok(false)` when verification found a broken chain.
pub async fn run(source: ConfigSource, command: AuditCommand) -> Result<bool, String> {
    // The audit section alone: an auditor is not given the admin token or servers' secrets.
    let audit = source.load_audit().map_err(|e| e.to_string())?;
    let store = open_audit_log(audit.as_ref(), false)
        .await
        .map_err(|e: ServeError| e.to_string())?
        .ok_or("the audit log is disabled in this config")?;
    let outcome = execute(&store, command).await;
    store.close().await;
    outcome
}

/// `audit verify`'s report: ok with the head to expect next time and the unsigned tail, or
/// the first broken record.
fn say_verified(report: &store::VerifyReport) {
    if let Some((seq, why)) = &report.first_broken {
        crate::say!("BROKEN at record {seq}: {why}");
        return;
    }
    crate::say!(
        "ok: {} records, {} signed checkpoints verified",
        report.rows,
        report.checkpoints
    );
    if let Some((seq, hash)) = &report.head {
        crate::say!(
            "head: {seq}:{hash} (keep it: verify --expect {seq}:{hash} later shows records removed since)"
        );
    }
    let tail = report.unsigned_tail();
    if tail > 0 {
        crate::say!("{tail} records after the last signed checkpoint");
    }
}

async fn execute(store: &Store, command: AuditCommand) -> Result<bool, String> {
    let audit = store.audit();
    match command {
        AuditCommand::Verify { public_key, expect } => {
            let report = audit
                .verify_expecting(public_key.as_deref(), expect.as_ref())
                .await
                .map_err(|e| e.to_string())?;
            say_verified(&report);
            Ok(report.first_broken.is_none())
        }
        AuditCommand::Query(args) => {
            let mut filter = args.filter.to_filter();
            filter.limit = Some(args.limit);
            filter.after_seq = args.after;
            let rows = audit.query(&filter).await.map_err(|e| e.to_string())?;
            print_rows(&rows, args.format).map_err(|e| e.to_string())?;
            Ok(true)
        }
        AuditCommand::Export(args) => {
            let mut out = std::io::stdout();
            match audit.export_jsonl(&args.to_filter(), &mut out).await {
                // The reader had enough (`| head`): not an error.
                Err(store::StoreError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    Ok(true)
                }
                Err(e) => Err(e.to_string()),
                Ok(_) => Ok(true),
            }
        }
        AuditCommand::PublicKey => {
            crate::say!("{}", audit.public_key_hex().map_err(|e| e.to_string())?);
            Ok(true)
        }
    }
}

fn print_rows(rows: &[AuditRow], format: Format) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        Format::Jsonl => {
            for row in rows {
                writeln!(out, "{}", serde_json::to_string(row)?)?;
            }
        }
        Format::Table => {
            writeln!(
                out,
                "{:>6}  {:<27}  {:<12}  {:<16}  {:<28}  {:<10}  result",
                "seq", "time", "agent", "method", "target", "verdict"
            )?;
            for row in rows {
                let r = &row.record;
                let time = store::timefmt::format(r.time);
                writeln!(
                    out,
                    "{:>6}  {:<27}  {:<12}  {:<16}  {:<28}  {:<10}  {}",
                    row.seq,
                    time,
                    r.agent.as_deref().unwrap_or("-"),
                    r.method,
                    r.target.as_deref().unwrap_or("-"),
                    r.verdict,
                    r.result_summary.as_deref().unwrap_or("-"),
                )?;
            }
        }
    }
    Ok(())
}
