//! `bench-proxy`: measures the direct path (loadgen → echo-upstream) and the
//! gateway path (loadgen → gatehouse → echo-upstream) and prints the difference.

pub mod children;
pub mod cpu;
pub mod gateway;
pub mod nginx;
pub mod table;
pub mod upstream;

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Parser, ValueEnum};

use crate::loadgen::{self, Config, Target};
use gateway::UpstreamLink;
use table::{Run, Summary};

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
    /// Also measure this nginx binary as a reverse proxy in front of the same upstream: what a
    /// proxy that only forwards costs on this machine (e.g. `--nginx /usr/sbin/nginx`).
    #[arg(long)]
    pub nginx: Option<PathBuf>,
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
    /// Its URL, and its process id when started here.
    Ready(String, Option<u32>),
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
    let direct = pair(opts, &direct_url, "direct", None)?;
    let link = match opts.upstream {
        Link::Http => UpstreamLink::Http(direct_url.clone()),
        Link::Stdio => UpstreamLink::Stdio(echo.clone()),
    };
    let (gateway_runs, note) = match gateway_path(opts, &bin_dir, &work, &link)? {
        GatewayPath::Ready(url, pid) => {
            eprintln!("gateway at {url}");
            (Some(pair(opts, &url, "gateway", pid)?), None)
        }
        GatewayPath::Skipped(why) => (None, Some(format!("gateway runs SKIPPED: {why}"))),
        GatewayPath::Failed(why) => {
            children::set_scratch_dir(None);
            return Err(format!("{why}\nlogs kept in {}", work.display()));
        }
    };
    let nginx_runs = match &opts.nginx {
        Some(binary) => Some(nginx_pair(opts, binary, &work, &direct_url)?),
        None => None,
    };
    children::cleanup();
    let results = Results {
        direct,
        gateway: gateway_runs,
        nginx: nginx_runs,
    };
    print_results(opts, &results, note.as_deref());
    Ok(())
}

/// Every run of one benchmark, each `[low, high]` concurrency.
struct Results {
    direct: [Run; 2],
    gateway: Option<[Run; 2]>,
    nginx: Option<[Run; 2]>,
}

/// Starts nginx in front of the echo upstream and measures it.
fn nginx_pair(
    opts: &Options,
    binary: &Path,
    work: &Path,
    upstream: &str,
) -> Result<[Run; 2], String> {
    let (id, url) = nginx::start(binary, work, upstream)?;
    let limit = Duration::from_secs_f64(opts.ready_timeout);
    gateway::wait_ready(&url, Some(id), limit)
        .map_err(|why| format!("nginx: {why}\nlogs in {}", work.join("nginx").display()))?;
    eprintln!("nginx at {url}");
    pair(opts, &url, "nginx", children::pid(id))
}

/// Measures `url` at the low and the high concurrency.
fn pair(opts: &Options, url: &str, label: &str, proxy: Option<u32>) -> Result<[Run; 2], String> {
    Ok([
        measure(opts, url, label, opts.low, proxy)?,
        measure(opts, url, label, opts.high, proxy)?,
    ])
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
            Ok(()) => GatewayPath::Ready(url.clone(), None),
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
        Ok(()) => GatewayPath::Ready(url, children::pid(child)),
        Err(why) => GatewayPath::Failed(format!("{why}\nconfig: {}", config.display())),
    })
}

/// Runs the load generator in-process against `url` and echoes its line. With a `proxy`
/// process, the warm-up is a run of its own so that the proxy's CPU time can be read around
/// the measured window alone.
fn measure(
    opts: &Options,
    url: &str,
    label: &str,
    concurrency: usize,
    proxy: Option<u32>,
) -> Result<Run, String> {
    let mut config = Config {
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
    let threads = concurrency.min(cpus);
    if proxy.is_some() && !config.warmup.is_zero() {
        let warmup = Config {
            duration: config.warmup,
            warmup: Duration::ZERO,
            ..config.clone()
        };
        loadgen::run_blocking(&warmup, threads).map_err(|e| e.to_string())?;
        config.warmup = Duration::ZERO;
    }
    let before = proxy.and_then(cpu::seconds);
    let report = loadgen::run_blocking(&config, threads).map_err(|e| e.to_string())?;
    let after = proxy.and_then(cpu::seconds);
    let proxy_cpu_us_per_call = match (before, after) {
        (Some(b), Some(a)) if report.requests > 0 => Some((a - b) * 1e6 / report.requests as f64),
        _ => None,
    };
    eprintln!("{report}");
    if let Some(err) = &report.first_error {
        eprintln!("  first error: {err}");
    }
    Ok(Run {
        report,
        proxy_cpu_us_per_call,
    })
}

fn print_results(opts: &Options, results: &Results, note: Option<&str>) {
    let reports = |runs: &[Run; 2]| [runs[0].report.clone(), runs[1].report.clone()];
    let direct = reports(&results.direct);
    let summary = results.gateway.as_ref().map(|g| {
        let summary = Summary::new(&direct, &reports(g));
        match &results.nginx {
            Some(n) => summary.with_nginx(&direct, &reports(n)),
            None => summary,
        }
    });
    let runs: Vec<Run> = (results.direct.iter())
        .chain(results.gateway.iter().flatten())
        .chain(results.nginx.iter().flatten())
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
