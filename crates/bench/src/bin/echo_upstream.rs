//! `echo-upstream`: a very fast MCP server exposing one `echo` tool.
//!
//! HTTP mode prints `echo-upstream listening on http://ADDR/mcp` on stdout once
//! bound, so `--listen 127.0.0.1:0` can be used to pick a free port.

use std::io::Write;

use clap::Parser;
use gatehouse_bench::upstream;

/// Command line of `echo-upstream`.
#[derive(Parser, Debug)]
#[command(
    version,
    about = "Fast echo MCP server (Streamable HTTP 2025-11-25 or stdio)"
)]
struct Args {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: String,
    /// Runtime worker threads (default: number of CPUs; 1 = single-threaded
    /// current-thread runtime, the lowest latency on small machines).
    #[arg(long)]
    threads: Option<usize>,
    /// Speak newline-delimited JSON-RPC on stdin/stdout instead of HTTP.
    #[arg(long)]
    stdio: bool,
    /// Answer requests with a one-event `text/event-stream` instead of JSON.
    #[arg(long, conflicts_with = "stdio")]
    sse: bool,
    /// Make every `tools/call` fail (HTTP mode): `hang` never answers, `error` answers 503.
    #[arg(long, value_enum, conflicts_with = "stdio")]
    fail: Option<upstream::http::FailMode>,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    if args.stdio {
        return upstream::stdio::serve();
    }
    let runtime = match args.threads {
        Some(0 | 1) => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?,
        Some(threads) => tokio::runtime::Builder::new_multi_thread()
            .worker_threads(threads)
            .enable_all()
            .build()?,
        None => tokio::runtime::Runtime::new()?,
    };
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.listen).await?;
        let addr = listener.local_addr()?;
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "echo-upstream listening on http://{addr}{}",
            upstream::http::MCP_PATH
        )?;
        out.flush()?;
        drop(out);
        let mut state = upstream::http::ServerState::new(args.sse);
        if let Some(mode) = args.fail {
            state = state.failing(mode);
        }
        upstream::http::serve(listener, state).await
    })
}
