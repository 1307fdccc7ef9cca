//! The connection to Redis: one multiplexed connection shared by every call, (re)made by a
//! background task so that no call ever waits for a reconnect.
//!
//! States: `Starting` until the first attempt ends (a call waits for it, within its own
//! timeout), then `Up` or `Down`. While `Down`, calls fail at once and the connector retries
//! with a backoff (250 ms doubling to 5 s). A call that fails on an `Up` connection (I/O error,
//! dropped connection, no answer in time) marks that connection down and starts the connector.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use redis::AsyncConnectionConfig;
use redis::aio::MultiplexedConnection;
use tokio::sync::watch;
use tokio::time::Instant;

use super::script::{Plan, SCRIPT};

/// The first wait between two connection attempts; it doubles up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
/// The longest wait between two connection attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(5);
/// The least time one connection attempt may take (TCP, TLS, `HELLO`/`AUTH`); it runs in the
/// background, so it may take longer than a call's timeout.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);

enum State {
    /// The first connection attempt is under way.
    Starting,
    /// Connected; `generation` tells this connection from later ones.
    Up {
        connection: MultiplexedConnection,
        generation: u64,
    },
    /// Not connected, for this reason; the connector is retrying.
    Down(String),
}

/// A self-healing connection to one Redis.
pub(super) struct Link {
    client: Result<redis::Client, String>,
    config: AsyncConnectionConfig,
    /// How the server is named in logs (no password).
    server: String,
    state: watch::Sender<State>,
    connecting: AtomicBool,
    generations: AtomicU64,
}

impl Link {
    /// A link to `url`, connecting in the background at once when a runtime is running (else
    /// at the first call). `timeout` bounds each call's wait.
    pub fn new(url: &str, server: String, timeout: Duration) -> Arc<Self> {
        transport::ensure_crypto_provider();
        let client = redis::Client::open(url).map_err(|e| format!("invalid Redis URL: {e}"));
        let config = AsyncConnectionConfig::new()
            .set_connection_timeout(Some(CONNECT_TIMEOUT.max(timeout)))
            .set_response_timeout(None);
        let link = Arc::new(Self {
            client,
            config,
            server,
            state: watch::Sender::new(State::Starting),
            connecting: AtomicBool::new(false),
            generations: AtomicU64::new(0),
        });
        if tokio::runtime::Handle::try_current().is_ok() {
            link.start_connector();
        }
        link
    }

    /// Run the admission script for `plan`, all within `deadline`; the error says why Redis
    /// could not answer.
    pub async fn eval(
        self: &Arc<Self>,
        plan: &Plan,
        deadline: Instant,
    ) -> Result<Vec<i64>, String> {
        let (mut connection, generation) = self.connection(deadline).await?;
        let mut invocation = SCRIPT.prepare_invoke();
        for key in &plan.keys {
            invocation.key(key);
        }
        for arg in &plan.args {
            invocation.arg(*arg);
        }
        let answer = tokio::time::timeout_at(deadline, invocation.invoke_async(&mut connection));
        match answer.await {
            Ok(Ok(values)) => Ok(values),
            Ok(Err(error)) => {
                let reason = format!("Redis error: {error}");
                if error.is_unrecoverable_error() || error.is_io_error() || error.is_timeout() {
                    self.lost(generation, &reason);
                }
                Err(reason)
            }
            Err(_) => {
                let reason = "Redis did not answer in time".to_owned();
                self.lost(generation, &reason);
                Err(reason)
            }
        }
    }

    /// The current connection; waits (until `deadline`) only for the very first attempt.
    async fn connection(
        self: &Arc<Self>,
        deadline: Instant,
    ) -> Result<(MultiplexedConnection, u64), String> {
        if let Some(ready) = self.ready() {
            return ready;
        }
        self.start_connector();
        let mut states = self.state.subscribe();
        let settled = states.wait_for(|s| !matches!(s, State::Starting));
        if tokio::time::timeout_at(deadline, settled).await.is_err() {
            // Later calls fail at once instead of each waiting out its timeout.
            self.state.send_if_modified(|state| match state {
                State::Starting => {
                    *state = State::Down("not connected in time".to_owned());
                    true
                }
                _ => false,
            });
        }
        self.ready()
            .unwrap_or_else(|| Err("not connected in time".to_owned()))
    }

    /// The connection when up, the reason when down, `None` while starting.
    fn ready(self: &Arc<Self>) -> Option<Result<(MultiplexedConnection, u64), String>> {
        let state = self.state.borrow();
        match &*state {
            State::Starting => None,
            State::Up {
                connection,
                generation,
            } => Some(Ok((connection.clone(), *generation))),
            State::Down(reason) => {
                let reason = reason.clone();
                drop(state);
                self.start_connector();
                Some(Err(reason))
            }
        }
    }

    /// Connection `generation` failed: mark it down and reconnect (once, however many calls
    /// saw it fail).
    fn lost(self: &Arc<Self>, generation: u64, reason: &str) {
        let marked = self.state.send_if_modified(|state| match state {
            State::Up { generation: g, .. } if *g == generation => {
                *state = State::Down(reason.to_owned());
                true
            }
            _ => false,
        });
        if marked {
            tracing::debug!(redis = %self.server, reason, "Redis connection lost; reconnecting");
            self.start_connector();
        }
    }

    fn start_connector(self: &Arc<Self>) {
        if !self.connecting.swap(true, Ordering::AcqRel) {
            tokio::spawn(connect(Arc::downgrade(self)));
        }
    }
}

/// Connect, retrying with backoff until connected or the link is dropped (on reload).
async fn connect(link: Weak<Link>) {
    let mut backoff = FIRST_BACKOFF;
    let mut failed = false;
    loop {
        let Some(this) = link.upgrade() else {
            return;
        };
        let attempt = match &this.client {
            Ok(client) => (client.get_multiplexed_async_connection_with_config(&this.config))
                .await
                .map_err(|e| format!("cannot connect: {e}")),
            Err(reason) => Err(reason.clone()),
        };
        match attempt {
            Ok(connection) => {
                let generation = this.generations.fetch_add(1, Ordering::Relaxed) + 1;
                // Cleared before publishing, so that a failure seen on this connection can
                // always start a new connector.
                this.connecting.store(false, Ordering::Release);
                this.state.send_replace(State::Up {
                    connection,
                    generation,
                });
                if failed || generation > 1 {
                    tracing::info!(redis = %this.server, "Redis for limits and quotas is reachable again");
                }
                return;
            }
            Err(reason) => {
                tracing::debug!(redis = %this.server, %reason, "Redis connection attempt failed");
                this.state.send_replace(State::Down(reason));
                failed = true;
            }
        }
        drop(this);
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(MAX_BACKOFF);
    }
}
