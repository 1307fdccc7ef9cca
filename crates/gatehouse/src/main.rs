//! `gatehouse`: the MCP gateway's command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use gatehouse::audit_cli::AuditCommand;
use gatehouse::config;
use gatehouse::serve::{self, ConfigSource};
use gateway::Scope;

/// mimalloc: the gateway allocates many small, short-lived buffers per request; the system
/// allocator showed up at about 8% of the gateway's CPU under load.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "gatehouse",
    version,
    about = "An MCP gateway: one endpoint in front of many MCP servers"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Run a policy test file; exit 1 if any case fails.
    Test {
        /// The YAML test file.
        file: PathBuf,
        /// The config naming the policies.
        #[arg(long, short)]
        config: PathBuf,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Create an API key for an agent: prints the key once, and the config entry holding only
    /// its hash.
    Create {
        /// The agent the key authenticates as.
        #[arg(long)]
        agent: String,
        /// The agent's tenant.
        #[arg(long)]
        tenant: Option<String>,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Run the gateway (without --config: the bundled example config with demo servers).
    Serve {
        /// The config file (YAML); watched and reloaded on change.
        #[arg(long, short)]
        config: Option<PathBuf>,
    },
    /// Serve one MCP client on stdin/stdout (for desktop clients that launch the gateway),
    /// reaching every configured server through the aggregate namespace (or one server, or a
    /// virtual server).
    Stdio {
        /// The config file (YAML); watched and reloaded on change.
        #[arg(long, short)]
        config: Option<PathBuf>,
        /// Serve only this server, under its original names (as `/mcp/{server}`).
        #[arg(long, conflicts_with = "virtual_server")]
        server: Option<String>,
        /// Serve this virtual server's curated tools (as `/mcp/v/{name}`).
        #[arg(long = "virtual", value_name = "NAME")]
        virtual_server: Option<String>,
    },
    /// Validate a config file and print every error with its path.
    Check {
        /// The config file.
        file: PathBuf,
    },
    /// Print the config file's JSON Schema.
    Schema,
    /// Verify, query or export the audit log.
    Audit {
        /// The config file naming the audit store (default: the bundled example config).
        #[arg(long, short, global = true)]
        config: Option<PathBuf>,
        #[command(subcommand)]
        command: Box<AuditCommand>,
    },
    /// Run example requests (YAML: principal, action, resource, context, expect) against the
    /// config's Cedar policies.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Manage API keys.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Vet tool definitions, results or arguments offline with the guard's detectors: one JSON
    /// case per input line, one verdict per output line. With `--server`, vet a configured
    /// server's live tool list instead (a pre-approval review): one verdict per definition,
    /// with the definition's hash for `guard.reviewed`; exit code 2 when a definition would be
    /// held back.
    Scan {
        /// A JSONL file, or `-` for stdin.
        #[arg(required_unless_present = "server", conflicts_with = "server")]
        file: Option<PathBuf>,
        /// A server of the config to connect to and vet.
        #[arg(long)]
        server: Option<String>,
        /// The config that defines `--server` (default: the bundled example config).
        #[arg(long, requires = "server")]
        config: Option<PathBuf>,
    },
    /// Run the bundled demo MCP server on stdio (used by the example config).
    #[command(hide = true)]
    DemoServer,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Serve { config: None }) {
        Command::Serve { config } => {
            let source = config.map_or(ConfigSource::Example, ConfigSource::File);
            run_async(async move { serve::run(source).await.map_err(|e| e.to_string()) })
        }
        Command::Stdio {
            config,
            server,
            virtual_server,
        } => {
            let source = config.map_or(ConfigSource::Example, ConfigSource::File);
            let scope = match (server, virtual_server) {
                (Some(server), _) => Scope::Server(server),
                (None, Some(name)) => Scope::Virtual(name),
                (None, None) => Scope::Aggregate,
            };
            run_async(
                async move { (serve::run_stdio(source, scope).await).map_err(|e| e.to_string()) },
            )
        }
        Command::Check { file } => check(&file),
        Command::Schema => {
            gatehouse::say!("{}", config::schema());
            ExitCode::SUCCESS
        }
        Command::Audit { config, command } => {
            let source = config.map_or(ConfigSource::Example, ConfigSource::File);
            run_async_status(async move { gatehouse::audit_cli::run(source, *command).await })
        }
        Command::Policy {
            command: PolicyCommand::Test { file, config },
        } => policy_test(&file, &config),
        Command::Keys {
            command: KeysCommand::Create { agent, tenant },
        } => {
            let (key, hash) = policy::generate_key();
            // Names go out as JSON strings, which YAML reads as they are whatever they hold
            // (`:` or `#` in a bare value would break the line).
            let quoted = |s: &str| serde_json::Value::from(s).to_string();
            let tenant = tenant
                .map(|t| format!(", tenant: {}", quoted(&t)))
                .unwrap_or_default();
            gatehouse::say!("key (shown once; give it to the agent): {key}");
            gatehouse::say!("config (auth.api_keys):");
            gatehouse::say!(
                "  - {{ hash: \"{hash}\", agent: {}{tenant} }}",
                quoted(&agent)
            );
            ExitCode::SUCCESS
        }
        Command::Scan {
            file,
            server,
            config,
        } => match (file, server) {
            (_, Some(server)) => {
                let source = config.map_or(ConfigSource::Example, ConfigSource::File);
                run_code(gatehouse::scan_server::run(source, &server))
            }
            (Some(file), None) => gatehouse::scan_cli::run(&file),
            (None, None) => {
                gatehouse::complain!("error: give a FILE or --server NAME");
                ExitCode::FAILURE
            }
        },
        Command::DemoServer => run_async(async {
            conformance_fixture::serve_stdio()
                .await
                .map_err(|e| e.to_string())
        }),
    }
}

fn policy_test(file: &std::path::Path, config_file: &std::path::Path) -> ExitCode {
    let engine = match config::load_file(config_file) {
        Ok(config) => match config.settings.policy {
            Some(engine) => engine,
            None => {
                gatehouse::complain!("{}: no `policy` section", config_file.display());
                return ExitCode::FAILURE;
            }
        },
        Err(errors) => {
            gatehouse::complain!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            gatehouse::complain!("cannot read {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    match policy::run_policy_tests(&engine, &text) {
        Ok(report) => {
            // The report prints each case, then the totals.
            gatehouse::say!("{}", report.to_string().trim_end());
            if report.all_passed() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            gatehouse::complain!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn check(file: &std::path::Path) -> ExitCode {
    match config::load_file(file) {
        Ok(config) => {
            gatehouse::say!(
                "{}: ok ({} servers)",
                file.display(),
                config.settings.server_count()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            gatehouse::complain!("{errors}");
            ExitCode::FAILURE
        }
    }
}

/// Like [`run_async`] for commands whose success can be a "no" (exit 1 without an error).
fn run_async_status(future: impl std::future::Future<Output = Result<bool, String>>) -> ExitCode {
    let mut verdict = true;
    let code = run_async(async {
        verdict = future.await?;
        Ok(())
    });
    if code == ExitCode::SUCCESS && !verdict {
        return ExitCode::FAILURE;
    }
    code
}

/// Run `future` on a fresh runtime and exit with the code it gives.
fn run_code(future: impl std::future::Future<Output = ExitCode>) -> ExitCode {
    match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime.block_on(future),
        Err(e) => {
            gatehouse::complain!("cannot start the runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run_async(future: impl std::future::Future<Output = Result<(), String>>) -> ExitCode {
    run_code(async {
        match future.await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                gatehouse::complain!("error: {e}");
                ExitCode::FAILURE
            }
        }
    })
}
