//! `bench-proxy`: measures the direct path (loadgen → echo-upstream) and the
//! gateway path (loadgen → gatehouse → echo-upstream) and prints the difference.

pub mod children;
pub mod gateway;
pub mod table;
pub mod upstream;

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Parser, ValueEnum};

use crate::loadgen::{self, Config, Report, Target};
use gateway::UpstreamLink;
use table::Summary;

/// Command line of `bench-proxy`.
#[derive(Parser, Debug)]
#[command(
    version,
    about = "Compare MCP latency/throughput direct vs through gatehouse"
)]
pub struct Options {
    /// Measured seconds per run.
    #[arg(long, default_value_t = 10.0)]
    pub duration: f64,
    /// Warm-up seconds before each run.
    #[arg(long, default_value_t = 2.0)]
    pub warmup: f64,
    /// Concurrency of the latency comparison.
    #[arg(long, default_value_t = 1)]
    pub low: usize,
    /// Concurrency of the throughput comparison.
    #[arg(long, default_value_t = 16)]
    pub high: usize,
    /// Directory holding `echo-upstream` (default: this binary's directory).
    #[arg(long)]
    pub bin_dir: Option<PathBuf>,
    /// The gatehouse binary (default: BIN_DIR/gatehouse).
    #[arg(long, env = "GATEHOUSE_BIN")]
    pub gatehouse: Option<PathBuf>,
    /// Benchmark an already running gateway at this URL instead of starting one.
    #[arg(long)]
    pub gateway_url: Option<String>,
    /// How the started gateway reaches the echo server.
    #[arg(long, value_enum, default_value_t = Link::Http)]
    pub upstream: Link,
    /// Gateway config template with {listen}, {upstream_url}, {echo_command}, {audit_db},
    /// {server}.
    #[arg(long)]
    pub config_template: Option<PathBuf>,
    /// Seconds to wait for the gateway to answer.
    #[arg(long, default_value_t = 20.0)]
    pub ready_timeout: f64,
    /// Runtime threads of echo-upstream (1 = current-thread runtime, which
    /// leaves the most CPU to the gateway and has the lowest latency).
    #[arg(long, default_value_t = 1)]
    pub upstream_threads: usize,
    /// Keep the work directory (config and logs) even on success.
    #[arg(long)]
    pub keep_logs: bool,
    /// Print all runs and the summary as one JSON object at the end.
    #[arg(long)]
    pub json: bool,
}

/// The gateway's upstream transport.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Streamable HTTP to the echo-upstream started for the direct runs.
    Http,
    /// A stdio child `echo-upstream --stdio` managed by the gateway.
    Stdio,
}

/// What became of the gateway half of the benchmark.
enum GatewayPath {
    Ready(String),
    Skipped(String),
    Failed(String),
}

/// Runs the whole comparison; `Err` means the benchmark could not be completed.
pub fn run(opts: &Options) -> Result<(), String> {
    children::install_signal_handler().map_err(|e| format!("signal handler: {e}"))?;
    let _cleanup = children::CleanupOnDrop;
    let bin_dir = bin_dir(opts)?;
    let work = std::env::temp_dir().join(format!("gatehouse-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    children::set_scratch_dir((!opts.keep_logs).then(|| work.clone()));
    let echo = bin_dir.join("echo-upstream");
    let (_, direct_url) = upstream::start_http(
        &echo,
        opts.upstream_threads,
        &work.join("echo-upstream.log"),
    )?;
    gateway::wait_ready(&direct_url, None, Duration::from_secs(10))?;
    eprintln!("echo-upstream at {direct_url}; work dir {}", work.display());
    let direct = [
        measure(opts, &direct_url, "direct", opts.low)?,
        measure(opts, &direct_url, "direct", opts.high)?,
    ];
    let link = match opts.upstream {
        Link::Http => UpstreamLink::Http(direct_url.clone()),
        Link::Stdio => UpstreamLink::Stdio(echo.clone()),
    };
    let (gateway_runs, note) = match gateway_path(opts, &bin_dir, &work, &link)? {
        GatewayPath::Ready(url) => {
            eprintln!("gateway at {url}");
            let runs = [
                measure(opts, &url, "gateway", opts.low)?,
                measure(opts, &url, "gateway", opts.high)?,
            ];
            (Some(runs), None)
        }
        GatewayPath::Skipped(why) => (None, Some(format!("gateway runs SKIPPED: {why}"))),
        GatewayPath::Failed(why) => {
            children::set_scratch_dir(None);
            return Err(format!("{why}\nlogs kept in {}", work.display()));
        }
    };
    children::cleanup();
    print_results(opts, &direct, gateway_runs.as_ref(), note.as_deref());
    Ok(())
}

/// Decides where the gateway is: given, started here, or unavailable.
fn gateway_path(
    opts: &Options,
    bin_dir: &Path,
    work: &Path,
    link: &UpstreamLink,
) -> Result<GatewayPath, String> {
    if let Some(url) = &opts.gateway_url {
        let limit = Duration::from_secs_f64(opts.ready_timeout);
        return Ok(match gateway::wait_ready(url, None, limit) {
            Ok(()) => GatewayPath::Ready(url.clone()),
            Err(why) => GatewayPath::Failed(why),
        });
    }
    let binary = opts
        .gatehouse
        .clone()
        .unwrap_or_else(|| bin_dir.join("gatehouse"));
    if !binary.is_file() {
        let why = format!(
            "no gatehouse binary at {} (build it with `cargo build --release -p gatehouse`, or pass --gatehouse/--gateway-url)",
            binary.display()
        );
        return Ok(GatewayPath::Skipped(why));
    }
    let template = match &opts.config_template {
        Some(path) => {
            Some(std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?)
        }
        None => None,
    };
    let listen = format!(
        "127.0.0.1:{}",
        gateway::free_port().map_err(|e| e.to_string())?
    );
    let config = work.join("gatehouse.yaml");
    let audit_db = work.join("audit.db");
    let text = gateway::render_config(&listen, link, &audit_db, template.as_deref());
    std::fs::write(&config, text).map_err(|e| format!("{}: {e}", config.display()))?;
    let child = gateway::start(&binary, &config, &work.join("gatehouse.log"))?;
    let url = format!("http://{listen}/mcp/{}", gateway::SERVER_NAME);
    let limit = Duration::from_secs_f64(opts.ready_timeout);
    Ok(match gateway::wait_ready(&url, Some(child), limit) {
        Ok(()) => GatewayPath::Ready(url),
        Err(why) => GatewayPath::Failed(format!("{why}\nconfig: {}", config.display())),
    })
}

/// Runs the load generator in-process against `url` and echoes its line.
fn measure(opts: &Options, url: &str, label: &str, concurrency: usize) -> Result<Report, String> {
    let config = Config {
        target: Target::parse(url)?,
        concurrency: concurrency.max(1),
        duration: Duration::from_secs_f64(opts.duration),
        warmup: Duration::from_secs_f64(opts.warmup),
        timeout: Duration::from_secs(10),
        text: "hello gatehouse".to_string(),
        label: label.to_string(),
        error_pause: Duration::ZERO,
    };
    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    let report =
        loadgen::run_blocking(&config, concurrency.min(cpus)).map_err(|e| e.to_string())?;
    eprintln!("{report}");
    if let Some(err) = &report.first_error {
        eprintln!("  first error: {err}");
    }
    Ok(report)
}

fn print_results(
    opts: &Options,
    direct: &[Report; 2],
    gateway: Option<&[Report; 2]>,
    note: Option<&str>,
) {
    let summary = gateway.map(|g| Summary::new(direct, g));
    let runs: Vec<Report> = direct
        .iter()
        .chain(gateway.into_iter().flatten())
        .cloned()
        .collect();
    if opts.json {
        let out = serde_json::json!({ "runs": runs, "summary": summary, "note": note });
        println!("{out}");
    } else {
        println!();
        print!("{}", table::render(&runs, summary.as_ref(), note));
    }
}

fn bin_dir(opts: &Options) -> Result<PathBuf, String> {
    if let Some(dir) = &opts.bin_dir {
        return Ok(dir.clone());
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot locate own binary: {e}"))?;
    exe.parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| "binary has no parent directory".to_string())
}
