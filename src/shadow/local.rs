//! Local shadow servers: PostgreSQL binaries on this machine, a cluster in a temp dir, a free
//! loopback port, durability off.
//!
//! `initdb` is the slow part (about a second), so the first run for a PostgreSQL version keeps a
//! pristine copy of its data directory in the user cache dir and later runs copy it. The cache is
//! filled by renaming a fully written directory into place, so two pgshift processes starting at
//! once never see a half-written cache: the loser of the rename just discards its copy.
//!
//! PostgreSQL refuses to run as root. When pgshift runs as root it runs initdb and the server as
//! the unprivileged `postgres` user (the owner Debian's and most packages create), and says what
//! to do when that user does not exist.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::cleanup::{Action, Guard};
use super::{ShadowError, ShadowProvider, ShadowServer};
use crate::config::ShadowConfig;

/// Bumped when the initdb options change, so old caches are not reused.
const CACHE_LAYOUT: &str = "v2";

#[derive(Debug, Clone)]
pub struct LocalProvider {
    pub bin_dir: PathBuf,
    /// e.g. `15.18`
    pub version: String,
    pub major: u32,
    /// (uid, gid) to run PostgreSQL as, when pgshift runs as root.
    pub run_as: Option<(u32, u32)>,
    /// Where initdb'd clusters are cached; `None` disables the cache.
    pub cache_dir: Option<PathBuf>,
}

/// How a local server was started (for benchmarks and -v output).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartKind {
    /// initdb ran (and filled the cache).
    Cold,
    /// The data directory came from the cache.
    Cached,
}

impl LocalProvider {
    pub fn from_config(cfg: &ShadowConfig) -> Result<Self, ShadowError> {
        let run_as = unprivileged_user()?;
        let cache_dir = std::env::var_os("PGSHIFT_CACHE_DIR")
            .map(PathBuf::from)
            .or_else(|| default_cache_dir(run_as.is_some()));
        let (bin_dir, version) = super::binaries::server_binaries(
            cfg.bin_dir.as_deref(),
            std::env::var_os("PG_BIN").map(PathBuf::from),
            cache_dir.as_deref(),
        )?;
        let major = version
            .split('.')
            .next()
            .and_then(|m| m.parse().ok())
            .ok_or_else(|| {
                ShadowError::Local(format!("cannot read the version of {}", bin_dir.display()))
            })?;
        Ok(Self {
            bin_dir,
            version,
            major,
            run_as,
            cache_dir,
        })
    }

    fn bin(&self, name: &str) -> PathBuf {
        self.bin_dir.join(name)
    }

    /// Starts a server and reports whether initdb ran.
    pub async fn start_with_kind(&self) -> Result<(ShadowServer, StartKind), ShadowError> {
        self.start_from(Data::Fresh)
    }

    /// Starts a server on a copy of `data`, a stopped cluster's data directory kept by the
    /// template cache (`shadow::template`). A copy that fails (a concurrent run pruning the
    /// cache) is an error the caller answers with an ordinary start. `room`: the bytes the copy
    /// and the databases the run makes beside it need (`shadow::scratch` puts it in memory when
    /// there is that much to spare).
    pub fn start_from_copy(&self, data: &Path, room: u64) -> Result<ShadowServer, ShadowError> {
        Ok(self.start_from(Data::Copy(data, room))?.0)
    }

    /// Starts a server on `data` itself, a stopped cluster's data directory kept by the template
    /// cache, with no copy. `lock`, an exclusive lock on the directory's mark file, keeps every
    /// other run away from it until the server has stopped. The directory must come back as it
    /// was: every database the server creates is dropped (the server reports
    /// [`ShadowServer::is_ours`] but drops databases one by one), and it stops cleanly.
    pub fn start_in_place(
        &self,
        data: &Path,
        lock: std::fs::File,
    ) -> Result<ShadowServer, ShadowError> {
        let mut server = self.start_from(Data::InPlace(data))?.0;
        server.lock = Some(lock);
        Ok(server)
    }

    fn start_from(&self, source: Data) -> Result<(ShadowServer, StartKind), ShadowError> {
        // What the data directory starts with, and room for a few databases like it.
        let bytes = match source {
            Data::Copy(_, room) => room,
            Data::Fresh => 256 << 20,
            Data::InPlace(_) => 0,
        };
        let temp = super::scratch::tempdir(bytes)
            .map_err(|e| ShadowError::Local(format!("cannot create a temp dir: {e}")))?;
        // From here the directory is owned by the cleanup action, not by TempDir.
        let temp_dir = temp.keep();
        let (data_dir, keep_data) = match source {
            Data::InPlace(data) => (data.to_path_buf(), true),
            Data::Fresh | Data::Copy(..) => (temp_dir.join("data"), false),
        };
        let guard = Guard::register(Action::StopLocal {
            data_dir: data_dir.clone(),
            temp_dir: temp_dir.clone(),
            keep_data,
        });
        if let Some((uid, gid)) = self.run_as {
            chown(&temp_dir, uid, gid)?;
        }
        let kind = match source {
            Data::Copy(from, _) => {
                copy_dir(from, &data_dir).map_err(|e| {
                    ShadowError::Local(format!("cannot copy {}: {e}", from.display()))
                })?;
                self.own(&data_dir)?;
                StartKind::Cached
            }
            Data::InPlace(_) => {
                // A run killed outright (SIGKILL) leaves its server running on the directory.
                if data_dir.join("postmaster.pid").exists() {
                    stop_server(&data_dir, ("immediate", 30));
                }
                StartKind::Cached
            }
            Data::Fresh => self.prepare_data_dir(&temp_dir, &data_dir)?,
        };
        let port = self.start_server(&temp_dir, &data_dir, None)?;
        let admin_url = format!("postgres://postgres@127.0.0.1:{port}/postgres");
        Ok((
            ShadowServer {
                provider: "local",
                admin_url,
                major_version: self.major,
                description: format!(
                    "local PostgreSQL {} ({}) on 127.0.0.1:{port}, data in {}",
                    self.version,
                    self.bin_dir.display(),
                    data_dir.display()
                ),
                drop_databases: keep_data,
                local: Some(Running {
                    provider: self.clone(),
                    temp_dir,
                    data_dir,
                    port,
                }),
                _guard: Some(guard),
                lock: None,
            },
            kind,
        ))
    }

    /// Fills `data_dir` from the cache, or by initdb (then caches a copy).
    fn prepare_data_dir(&self, temp_dir: &Path, data_dir: &Path) -> Result<StartKind, ShadowError> {
        let cached = self.cache_dir.as_ref().map(|c| {
            c.join("initdb")
                .join(format!("{}-{CACHE_LAYOUT}", sanitize(&self.version)))
        });
        if let Some(cached) = cached.as_ref().filter(|c| c.join("PG_VERSION").is_file()) {
            if copy_dir(cached, data_dir).is_ok() {
                self.own(data_dir)?;
                return Ok(StartKind::Cached);
            }
            // A damaged cache is not fatal: fall through to initdb.
            let _ = std::fs::remove_dir_all(data_dir);
        }
        self.initdb(temp_dir, data_dir)?;
        if let Some(cached) = cached {
            fill_cache(data_dir, &cached);
        }
        Ok(StartKind::Cold)
    }

    fn initdb(&self, temp_dir: &Path, data_dir: &Path) -> Result<(), ShadowError> {
        let log = temp_dir.join("initdb.log");
        let attempt = |locale: &[&str]| -> Result<bool, ShadowError> {
            let _ = std::fs::remove_dir_all(data_dir);
            let mut cmd = Command::new(self.bin("initdb"));
            cmd.arg("-D")
                .arg(data_dir)
                .args(["-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
                // 1 MB WAL segments instead of 16: a data directory is copied at every start
                // (from the cache, or from a template), and its WAL was most of the bytes.
                .arg("--wal-segsize=1")
                .args(locale)
                .current_dir(temp_dir)
                .stdin(Stdio::null())
                .stdout(file(&log)?)
                .stderr(file(&log)?);
            as_user(&mut cmd, self.run_as);
            Ok(cmd
                .status()
                .map_err(|e| {
                    ShadowError::Local(format!("cannot run {}: {e}", self.bin("initdb").display()))
                })?
                .success())
        };
        // C.UTF-8 exists on most systems; without it fall back to the C locale.
        if attempt(&["--locale=C.UTF-8"])? || attempt(&["--no-locale"])? {
            return Ok(());
        }
        Err(ShadowError::Local(format!(
            "initdb failed:\n{}",
            tail(&std::fs::read_to_string(&log).unwrap_or_default(), 20)
        )))
    }

    /// Writes the settings and starts the server on a free port; retries when another process
    /// takes the port between our probe and the server's bind.
    /// `port`: the one to start on again (a restart keeps the URLs handed out valid).
    fn start_server(
        &self,
        temp_dir: &Path,
        data_dir: &Path,
        fixed: Option<u16>,
    ) -> Result<u16, ShadowError> {
        let log = temp_dir.join("server.log");
        let mut last = String::new();
        for _ in 0..5 {
            let port = match fixed {
                Some(p) => p,
                None => free_port()?,
            };
            let settings = format!(
                "\n# pgshift shadow settings: contents never matter, so durability is off\n\
                 port = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{}'\n\
                 fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n\
                 max_locks_per_transaction = 1024\nlogging_collector = off\n\
                 min_wal_size = 2MB\n",
                crate::sql::writer::literal_body(&temp_dir.display().to_string())
            );
            std::fs::write(data_dir.join("postgresql.auto.conf"), settings)
                .map_err(|e| ShadowError::Local(format!("cannot write settings: {e}")))?;
            self.own(&data_dir.join("postgresql.auto.conf"))?;
            if self.spawn_server(temp_dir, data_dir, &log)? {
                return Ok(port);
            }
            last = std::fs::read_to_string(&log).unwrap_or_default();
            let port_taken = last.contains("could not bind") || last.contains("already in use");
            if !port_taken || fixed.is_some() {
                break;
            }
        }
        Err(ShadowError::Local(format!(
            "the server did not start:\n{}",
            tail(&last, 20)
        )))
    }

    /// Starts `postgres` on `data_dir` and waits until it accepts connections, as `pg_ctl start
    /// -w` does, without its process and its tenth-of-a-second polling: the server is this
    /// process's child in its own process group, ready when its `postmaster.pid` names it and
    /// says `ready`. False when it exited first (its log says why). Up to 60 s.
    fn spawn_server(
        &self,
        temp_dir: &Path,
        data_dir: &Path,
        log: &Path,
    ) -> Result<bool, ShadowError> {
        use std::os::unix::process::CommandExt;
        let mut cmd = Command::new(self.bin("postgres"));
        cmd.arg("-D")
            .arg(data_dir)
            .current_dir(temp_dir)
            .stdin(Stdio::null())
            .stdout(file(log)?)
            .stderr(file(log)?)
            .process_group(0);
        as_user(&mut cmd, self.run_as);
        let mut child = cmd.spawn().map_err(|e| {
            ShadowError::Local(format!(
                "cannot run {}: {e}",
                self.bin("postgres").display()
            ))
        })?;
        let pid = child.id().to_string();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(Some(_)) = child.try_wait() {
                return Ok(false);
            }
            // postmaster.pid: line 1 the pid, line 8 the status (`ready` once it accepts
            // connections; PostgreSQL's pidfile.h).
            let pidfile =
                std::fs::read_to_string(data_dir.join("postmaster.pid")).unwrap_or_default();
            let lines: Vec<&str> = pidfile.lines().collect();
            if lines.first().map(|l| l.trim()) == Some(pid.as_str())
                && lines.get(7).map(|l| l.trim()) == Some("ready")
            {
                return Ok(true);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                return Ok(false);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Gives a path to the PostgreSQL user when running as root.
    pub(crate) fn own(&self, path: &Path) -> Result<(), ShadowError> {
        match self.run_as {
            Some((uid, gid)) => chown_recursive(path, uid, gid),
            None => Ok(()),
        }
    }
}

/// A local server this process started: what stopping it cleanly and starting it again needs.
#[derive(Debug, Clone)]
pub struct Running {
    provider: LocalProvider,
    temp_dir: PathBuf,
    pub data_dir: PathBuf,
    port: u16,
}

impl Running {
    /// The provider that started the server (its version and cache dir).
    pub fn provider(&self) -> &LocalProvider {
        &self.provider
    }

    /// Stops the server cleanly (a shutdown checkpoint, so its data directory can be copied as a
    /// whole), runs `f`, and starts it again on the same port, whatever `f` returned.
    pub fn with_stopped<T>(&self, f: impl FnOnce(&Path) -> T) -> Result<T, ShadowError> {
        let stopped = stop_server(&self.data_dir, ("fast", 60));
        if !stopped {
            return Err(ShadowError::Local(
                "the shadow server did not stop for its snapshot".into(),
            ));
        }
        let out = f(&self.data_dir);
        self.provider
            .start_server(&self.temp_dir, &self.data_dir, Some(self.port))?;
        Ok(out)
    }
}

impl ShadowProvider for LocalProvider {
    fn name(&self) -> &'static str {
        "local"
    }

    async fn start(&self) -> Result<ShadowServer, ShadowError> {
        Ok(self.start_with_kind().await?.0)
    }
}

/// Makes `cmd` run as `run_as` (uid, gid) when set.
pub fn as_user(cmd: &mut Command, run_as: Option<(u32, u32)>) {
    use std::os::unix::process::CommandExt;
    if let Some((uid, gid)) = run_as {
        // std drops supplementary groups (setgroups) before switching uid.
        cmd.uid(uid).gid(gid);
    }
}

/// When running as root: the uid/gid of the `postgres` user, or an error saying what to do.
fn unprivileged_user() -> Result<Option<(u32, u32)>, ShadowError> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Ok(None);
    }
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    match passwd_entry(&passwd, "postgres") {
        Some(ids) => Ok(Some(ids)),
        None => Err(ShadowError::Local(
            "pgshift is running as root and PostgreSQL refuses to run as root, and there is no \
             `postgres` user to run it as; create one (`useradd --system postgres`), run pgshift as \
             a normal user, or use --shadow docker or --shadow postgres://..."
                .into(),
        )),
    }
}

/// (uid, gid) of `user` in /etc/passwd text.
pub fn passwd_entry(passwd: &str, user: &str) -> Option<(u32, u32)> {
    passwd.lines().find_map(|line| {
        let mut f = line.split(':');
        if f.next()? != user {
            return None;
        }
        let _password = f.next()?;
        Some((f.next()?.parse().ok()?, f.next()?.parse().ok()?))
    })
}

fn free_port() -> Result<u16, ShadowError> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| ShadowError::Local(format!("cannot find a free port on 127.0.0.1: {e}")))
}

fn file(path: &Path) -> Result<std::fs::File, ShadowError> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| ShadowError::Local(format!("cannot write {}: {e}", path.display())))
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn chown(path: &Path, uid: u32, gid: u32) -> Result<(), ShadowError> {
    std::os::unix::fs::chown(path, Some(uid), Some(gid)).map_err(|e| {
        ShadowError::Local(format!(
            "cannot hand {} to the postgres user: {e}",
            path.display()
        ))
    })
}

fn chown_recursive(path: &Path, uid: u32, gid: u32) -> Result<(), ShadowError> {
    chown(path, uid, gid)?;
    if path.is_dir() && !path.is_symlink() {
        for entry in std::fs::read_dir(path).map_err(|e| ShadowError::Local(e.to_string()))? {
            let entry = entry.map_err(|e| ShadowError::Local(e.to_string()))?;
            chown_recursive(&entry.path(), uid, gid)?;
        }
    }
    Ok(())
}

/// The cache directory when `PGSHIFT_CACHE_DIR` is not set: the user's cache directory, or for
/// root (whose servers run as the postgres user, who cannot reach root's home) the system's,
/// so the template cache's servers can start on its directories in place.
fn default_cache_dir(root: bool) -> Option<PathBuf> {
    if root {
        return Some(PathBuf::from("/var/cache/pgshift"));
    }
    dirs::cache_dir().map(|d| d.join("pgshift"))
}

/// Where a server starts from: a fresh (cached or initdb'd) cluster, a copy of a kept data
/// directory, or a kept data directory itself.
enum Data<'a> {
    Fresh,
    Copy(&'a Path, u64),
    InPlace(&'a Path),
}

/// Stops the server on `data_dir` as `pg_ctl stop -m MODE -w` does, without its process and
/// its tenth-of-a-second polling: the mode's signal (smart: SIGTERM, fast: SIGINT, immediate:
/// SIGQUIT) to the postmaster its `postmaster.pid` names, then waits up to `wait` seconds for
/// that file to go (the postmaster removes it last). Whether it stopped; a server that is not
/// running counts as stopped. A server this process started is then reaped.
pub fn stop_server(data_dir: &Path, (mode, wait): (&str, u32)) -> bool {
    let signal = match mode {
        "smart" => libc::SIGTERM,
        "fast" => libc::SIGINT,
        _ => libc::SIGQUIT,
    };
    let pid = match signal_postmaster(data_dir, signal) {
        Signalled::Gone => return true,
        Signalled::Unknown => return false,
        Signalled::Sent(pid) => pid,
    };
    let pidfile = data_dir.join("postmaster.pid");
    let deadline = Instant::now() + Duration::from_secs(wait.into());
    while pidfile.exists() {
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    // The postmaster exits right after removing its pid file; reap it if it is our child (not
    // one: ECHILD at once).
    for _ in 0..200 {
        // SAFETY: waitpid(2) on that pid without blocking.
        let r = unsafe { libc::waitpid(pid, std::ptr::null_mut(), libc::WNOHANG) };
        if r != 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    true
}

/// What sending a signal to the postmaster of a data directory did.
pub(super) enum Signalled {
    /// No server runs there: no pid file, or one left by a server that is gone.
    Gone,
    /// Sent to this pid.
    Sent(i32),
    /// The pid file names no process this one may signal.
    Unknown,
}

/// Sends `signal` to the postmaster that `data_dir/postmaster.pid` names.
pub(super) fn signal_postmaster(data_dir: &Path, signal: i32) -> Signalled {
    let Ok(text) = std::fs::read_to_string(data_dir.join("postmaster.pid")) else {
        return Signalled::Gone;
    };
    let Some(pid) = text
        .lines()
        .next()
        .and_then(|l| l.trim().parse::<i32>().ok())
        .filter(|p| *p > 1)
    else {
        return Signalled::Unknown;
    };
    // SAFETY: kill(2) with a pid read from the server's own pid file in our data directory.
    if unsafe { libc::kill(pid, signal) } != 0 {
        return match std::io::Error::last_os_error().raw_os_error() {
            Some(libc::ESRCH) => Signalled::Gone,
            _ => Signalled::Unknown,
        };
    }
    Signalled::Sent(pid)
}

/// Copies a directory tree, keeping permissions (PostgreSQL insists on 0700 for its data dir).
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir(to)?;
    std::fs::set_permissions(to, std::fs::metadata(from)?.permissions())?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        let ty = entry.file_type()?;
        if ty.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else if ty.is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(entry.path())?, &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Puts a copy of a freshly initdb'd data dir into the cache: written under a unique name, then
/// renamed into place. Failure only costs the next run an initdb, so it is silent.
fn fill_cache(data_dir: &Path, cached: &Path) {
    let Some(parent) = cached.parent() else {
        return;
    };
    if std::fs::create_dir_all(parent).is_err() {
        return;
    }
    let staging = parent.join(format!(
        ".staging-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    if copy_dir(data_dir, &staging).is_err() || std::fs::rename(&staging, cached).is_err() {
        // Another process won the race (or the disk is full): keep theirs, drop ours.
        let _ = std::fs::remove_dir_all(&staging);
    }
}

/// Waits until `f` succeeds or `timeout` passes (for servers that need a moment after start).
pub async fn retry_until<T, E, F, Fut>(timeout: Duration, mut f: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let start = Instant::now();
    loop {
        match f().await {
            Ok(v) => return Ok(v),
            Err(e) if start.elapsed() >= timeout => return Err(e),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_users_in_passwd() {
        let p = "root:x:0:0:root:/root:/bin/bash\npostgres:x:101:104:PostgreSQL administrator:/var/lib/postgresql:/bin/bash\n";
        assert_eq!(passwd_entry(p, "postgres"), Some((101, 104)));
        assert_eq!(passwd_entry(p, "nobody"), None);
    }
}
