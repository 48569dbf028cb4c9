//! The process-wide registry of things pgshift started and must remove: shadow databases, local
//! servers with their temp dirs, containers.
//!
//! Invariant: whatever way pgshift ends (normal return, error, panic, SIGINT, SIGTERM, SIGHUP), each
//! registered action runs exactly once. Guards run their action on drop; the signal handler runs
//! every action still registered, newest first (databases before the servers that hold them).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, Once};

/// Prefix of every database pgshift creates; nothing without it is ever dropped.
pub const DATABASE_PREFIX: &str = "pgshift_shadow_";

#[derive(Debug, Clone)]
pub enum Action {
    /// Stop a local server and remove its temp directory. A server on a kept data directory
    /// (`keep_data`, the template cache's, outside the temp directory) stops cleanly, so the
    /// next run starts on it without recovery.
    StopLocal {
        data_dir: PathBuf,
        temp_dir: PathBuf,
        keep_data: bool,
    },
    /// Remove a container and its anonymous volumes.
    RemoveContainer { id: String },
    /// Drop a database pgshift created on a server (connect through `admin_url`).
    DropDatabase { admin_url: String, name: String },
}

static REGISTRY: Mutex<Vec<(u64, Action)>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(1);
static HANDLER: Once = Once::new();
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
/// What the next termination signal does instead of cleaning up and exiting (see
/// [`on_next_signal`]).
type Hook = Box<dyn FnOnce() + Send>;
static NEXT_SIGNAL: Mutex<Option<Hook>> = Mutex::new(None);

/// Exit status after SIGINT/SIGTERM/SIGHUP, as shells report a signal-ended command.
pub const INTERRUPTED_EXIT: u8 = 130;

/// Whether a termination signal arrived (errors that follow it are its echo, not news).
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Runs its action when dropped, unless the action already ran.
#[derive(Debug)]
pub struct Guard {
    id: u64,
}

impl Guard {
    pub fn register(action: Action) -> Self {
        install_signal_handler();
        let id = NEXT.fetch_add(1, Ordering::SeqCst);
        lock().push((id, action));
        Guard { id }
    }

    /// Runs the action now (idempotent).
    pub fn run(&self) {
        let action = {
            let mut reg = lock();
            reg.iter()
                .position(|(id, _)| *id == self.id)
                .map(|pos| reg.remove(pos).1)
        };
        if let Some(a) = action {
            run_action(&a);
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.run();
    }
}

fn lock() -> std::sync::MutexGuard<'static, Vec<(u64, Action)>> {
    // A panic while holding the lock must not stop later cleanups.
    REGISTRY.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs every registered action, newest first.
pub fn run_all() {
    loop {
        let Some((_, action)) = lock().pop() else {
            return;
        };
        run_action(&action);
    }
}

/// Makes the next SIGINT/SIGTERM/SIGHUP call `hook` instead of cleaning up and exiting: a
/// server that stops accepting work and lets the running request finish. The signal after it
/// cleans up and exits 130 as usual.
pub fn on_next_signal(hook: impl FnOnce() + Send + 'static) {
    install_signal_handler();
    *NEXT_SIGNAL.lock().unwrap_or_else(|e| e.into_inner()) = Some(Box::new(hook));
}

/// Installs the SIGINT/SIGTERM/SIGHUP handler once: clean up, then exit 130.
pub fn install_signal_handler() {
    HANDLER.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            let hook = NEXT_SIGNAL.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some(hook) = hook {
                hook();
                return;
            }
            INTERRUPTED.store(true, Ordering::SeqCst);
            eprintln!("pgshift: interrupted; removing shadow databases");
            run_all();
            std::process::exit(INTERRUPTED_EXIT as i32);
        });
    });
}

fn run_action(action: &Action) {
    match action {
        Action::StopLocal {
            data_dir,
            temp_dir,
            keep_data,
        } => {
            use super::local::stop_server;
            let clean = *keep_data && !interrupted();
            let stopped = (clean && stop_server(data_dir, ("fast", 30)))
                || stop_server(data_dir, ("immediate", 30));
            if !stopped {
                kill_postmaster(data_dir);
            }
            if let Err(e) = std::fs::remove_dir_all(temp_dir) {
                if e.kind() != std::io::ErrorKind::NotFound {
                    eprintln!(
                        "pgshift: warning: could not remove {}: {e}",
                        temp_dir.display()
                    );
                }
            }
        }
        Action::RemoveContainer { id } => {
            let ok = Command::new("docker")
                .args(["rm", "--force", "--volumes", id])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .map(|s| s.success())
                .unwrap_or(false);
            if !ok {
                eprintln!("pgshift: warning: could not remove container {id}; remove it with `docker rm -f {id}`");
            }
        }
        Action::DropDatabase { admin_url, name } => {
            if !name.starts_with(DATABASE_PREFIX) {
                // Never reached by construction; kept as the last line of defence.
                eprintln!(
                    "pgshift: refusing to drop database {name}: it was not created by pgshift"
                );
                return;
            }
            if let Err(e) = super::server::drop_database_blocking(admin_url, name) {
                eprintln!(
                    "pgshift: warning: could not drop shadow database {name}: {e}; drop it with `DROP DATABASE {}`",
                    crate::sql::writer::ident(name)
                );
            }
        }
    }
}

/// Last resort when stopping the server fails: SIGKILL the postmaster named in postmaster.pid (its
/// children exit on their own once the postmaster is gone).
fn kill_postmaster(data_dir: &std::path::Path) {
    let _ = super::local::signal_postmaster(data_dir, libc::SIGKILL);
}

/// Number of actions still registered (for tests).
pub fn pending() -> usize {
    lock().len()
}
