//! Child processes of the driver, killed on every way out: normal return,
//! panic (via [`CleanupOnDrop`]) and SIGINT/SIGTERM/SIGHUP (via
//! [`install_signal_handler`]).

use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, ExitStatus};
use std::sync::{Mutex, MutexGuard};

static CHILDREN: Mutex<Vec<Child>> = Mutex::new(Vec::new());
static SCRATCH: Mutex<Option<PathBuf>> = Mutex::new(None);

fn children() -> MutexGuard<'static, Vec<Child>> {
    CHILDREN
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Handle of a child started with [`spawn`].
#[derive(Debug, Clone, Copy)]
pub struct ChildId(usize);

/// Starts `cmd` and registers it for cleanup; returns its piped stdout, if any.
pub fn spawn(cmd: &mut Command) -> std::io::Result<(ChildId, Option<ChildStdout>)> {
    let mut child = cmd.spawn()?;
    let stdout = child.stdout.take();
    let mut list = children();
    list.push(child);
    Ok((ChildId(list.len() - 1), stdout))
}

/// The exit status of a child that has exited, or `None` while it runs.
pub fn exit_status(id: ChildId) -> Option<ExitStatus> {
    let mut list = children();
    list.get_mut(id.0).and_then(|c| c.try_wait().ok().flatten())
}

/// The process id of a child started with [`spawn`].
pub fn pid(id: ChildId) -> Option<u32> {
    children().get(id.0).map(Child::id)
}

/// Sets the scratch directory deleted by [`cleanup`]; `None` keeps it.
pub fn set_scratch_dir(dir: Option<PathBuf>) {
    *SCRATCH.lock().unwrap_or_else(|p| p.into_inner()) = dir;
}

/// Kills all children and deletes the scratch directory, if one is set.
pub fn cleanup() {
    kill_all();
    if let Some(dir) = SCRATCH.lock().unwrap_or_else(|p| p.into_inner()).take() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Kills and reaps every registered child.
pub fn kill_all() {
    for mut child in children().drain(..) {
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// Runs [`cleanup`] when dropped (normal return or panic).
#[derive(Debug)]
pub struct CleanupOnDrop;

impl Drop for CleanupOnDrop {
    fn drop(&mut self) {
        cleanup();
    }
}

/// Kills all children and exits with status 130 on SIGINT, SIGTERM or SIGHUP.
pub fn install_signal_handler() -> std::io::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut signals = rt.block_on(async {
        Ok::<_, std::io::Error>([
            signal(SignalKind::interrupt())?,
            signal(SignalKind::terminate())?,
            signal(SignalKind::hangup())?,
        ])
    })?;
    std::thread::spawn(move || {
        rt.block_on(async {
            let [int, term, hup] = &mut signals;
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
                _ = hup.recv() => {}
            }
        });
        eprintln!("bench-proxy: interrupted; stopping child processes");
        cleanup();
        std::process::exit(130);
    });
    Ok(())
}
