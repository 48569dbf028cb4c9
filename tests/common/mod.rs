//! Helpers shared by the integration tests: running the binary, throwaway clusters started with
//! pgshift's own local provider, and leak checks.
#![allow(dead_code)]

pub mod cases;
pub mod fleet;
pub mod project;
pub mod rename;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn corpus() -> PathBuf {
    repo().join("../shared/corpus")
}

/// Whether `../shared` (the corpora and tools) sits beside the clone.
pub fn shared_available() -> bool {
    repo().join("../shared/corpus").is_dir() && repo().join("../shared/tools").is_dir()
}

/// Whether `../shared` (the corpora and tools) sits beside the clone. Where it does not, the test
/// that needs it (`what`) says it was skipped and passes, except in CI (`CI` set), where it fails:
/// CI must never skip it silently.
pub fn shared_or_skip(what: &str) -> bool {
    if shared_available() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("{what} needs ../shared (corpus and tools) beside the clone; CI must provide it");
    }
    eprintln!("SKIPPED {what}: it needs ../shared (corpus and tools) beside the clone");
    false
}

/// `../shared/tools/schema-equal`: an independent comparison of two databases' schemas built on
/// pg_dump. `Ok(())` when equal, else the statements found on one side only (first lines). In a
/// clone with nothing beside it (and not in CI) this oracle is skipped: `Ok(())`.
pub fn schema_equal(a: &str, b: &str) -> Result<(), String> {
    static CHECKED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if !*CHECKED.get_or_init(|| shared_or_skip("the schema-equal oracle")) {
        return Ok(());
    }
    let tool = repo().join("../shared/tools/schema-equal");
    let out = Command::new(&tool)
        .args([a, b, "--show", "3"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", tool.display()));
    match out.status.code() {
        Some(0) => Ok(()),
        _ => Err(format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .replace('\n', " ")),
    }
}

/// A temp dir every user can traverse (PostgreSQL runs as `postgres` when tests run as root).
pub fn open_tempdir() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let mut b = tempfile::Builder::new();
    b.prefix("pgshift-test-");
    // In memory where there is room (3 GB and pgshift's own headroom), as pgshift puts its
    // own shadows: clusters and databases made on disk cost milliseconds per file.
    let d = pgshift::shadow::scratch::root(3 << 30)
        .and_then(|root| b.tempdir_in(root).ok())
        .unwrap_or_else(|| b.tempdir().unwrap());
    std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    d
}

/// The pgshift binary with a private TMPDIR (so leaks can be checked) and no inherited shadow
/// settings.
pub fn pgshift(cwd: &Path, tmp: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pgshift"));
    c.current_dir(cwd)
        .env("TMPDIR", tmp)
        // Shadows in the same private directory, wherever it is.
        .env("PGSHIFT_SHADOW_TMPFS", tmp)
        .env_remove("PGSHIFT_SHADOW")
        .env_remove("DATABASE_URL")
        .env_remove("PG_BIN");
    c
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

pub fn run(cmd: &mut Command) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("run pgshift");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Live (non-zombie) processes whose command line mentions `needle`.
pub fn live_processes_mentioning(needle: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|r| r.split_whitespace().next());
        if state == Some("Z") {
            continue;
        }
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if cmdline.contains(needle) {
            out.push(format!("{pid}: {cmdline}"));
        }
    }
    out
}

/// Asserts that nothing pgshift started under `tmp` is left: no files, no live processes.
pub fn assert_no_leftovers(tmp: &Path) {
    let left: Vec<_> = std::fs::read_dir(tmp)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "temp files left behind: {left:?}");
    let procs = live_processes_mentioning(&tmp.display().to_string());
    assert!(procs.is_empty(), "processes left behind: {procs:?}");
}

/// Copies a directory tree.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// A throwaway cluster for tests that need a "server", started with pgshift's local provider.
pub struct Cluster {
    pub server: pgshift::shadow::ShadowServer,
    pub rt: tokio::runtime::Runtime,
}

impl Cluster {
    pub fn start() -> Self {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let cfg = pgshift::config::ShadowConfig {
            spec: pgshift::config::ShadowSpec::Local,
            image: None,
            bin_dir: None,
            setup: vec![],
            replay_user: None,
            search_path: None,
            cache: false,
        };
        let server = rt
            .block_on(async {
                pgshift::shadow::local::LocalProvider::from_config(&cfg)?
                    .start_with_kind()
                    .await
            })
            .expect("start a throwaway cluster")
            .0;
        Cluster { server, rt }
    }

    pub fn url(&self) -> String {
        self.server.admin_url().to_string()
    }

    /// Drops every shadow database of the cluster (those `load_sql` and `create_database`
    /// made): a corpus test calls it after each case, so a long run does not keep hundreds of
    /// databases (several GB on a memory-backed data directory) until the cluster stops.
    pub fn drop_shadow_databases(&self) {
        self.rt.block_on(async {
            let admin = pgshift::db::connect(&self.url()).await.unwrap();
            let names = admin
                .query(
                    "SELECT datname::text FROM pg_database WHERE datname LIKE $1 ORDER BY 1",
                    &[&format!("{}%", pgshift::shadow::cleanup::DATABASE_PREFIX)],
                )
                .await
                .unwrap();
            for row in names {
                let name: String = row.get(0);
                pgshift::shadow::server::drop_database(&admin, &self.url(), &name)
                    .await
                    .unwrap();
            }
        });
    }

    /// A new, empty database named `name`, from template0 (as pgshift's shadow databases are);
    /// its URL.
    pub fn named_database(&self, name: &str) -> String {
        self.query(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
        ));
        pgshift::db::with_database(&self.url(), name).unwrap()
    }

    /// Runs a query in the maintenance database; the first column of every row as text.
    pub fn query(&self, sql: &str) -> Vec<String> {
        self.query_at(&self.url(), sql)
    }

    /// Runs a query in the database at `url`; the first column of every row as text.
    pub fn query_at(&self, url: &str, sql: &str) -> Vec<String> {
        self.rt.block_on(async {
            let c = pgshift::db::connect(url).await.unwrap();
            c.simple_query(sql)
                .await
                .unwrap()
                .into_iter()
                .filter_map(|m| match m {
                    tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_string),
                    _ => None,
                })
                .collect()
        })
    }
}

/// A corpus's known-failures list (`case<TAB>reason` lines, `#` comments) at `rel` in the
/// repository: each line a gap to close.
pub struct KnownFailures {
    pub rel: &'static str,
    /// The list's first line.
    pub header: &'static str,
}

impl KnownFailures {
    pub fn read(&self) -> std::collections::BTreeMap<String, String> {
        std::fs::read_to_string(repo().join(self.rel))
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                l.split_once('\t')
                    .map(|(a, b)| (a.to_string(), b.to_string()))
            })
            .collect()
    }

    /// Rewrites the list from a run's failures.
    pub fn write<T>(&self, results: &[(String, Result<T, String>)]) {
        let mut text = format!("{}\n", self.header);
        for (name, r) in results {
            if let Err(e) = r {
                text.push_str(&format!("{name}\t{}\n", e.replace(['\t', '\n'], " ")));
            }
        }
        let path = repo().join(self.rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// What keeps the list exact: cases that fail without being listed, and listed cases that
    /// pass now.
    pub fn problems<T>(&self, results: &[(String, Result<T, String>)]) -> Vec<String> {
        let known = self.read();
        let mut out = Vec::new();
        for (name, r) in results {
            match (r, known.contains_key(name)) {
                (Err(e), false) => out.push(format!("{name}: fails: {e}")),
                (Ok(_), true) => {
                    out.push(format!("{name}: passes now; remove it from {}", self.rel))
                }
                _ => {}
            }
        }
        out
    }
}

/// Threads for the corpus tests: a case waits on PostgreSQL, `pg_dump` and the schema-equal
/// oracle most of its time, so twice as many threads as this machine's two cores keep them busy.
pub const CORPUS_THREADS: usize = 4;

/// Runs `f` on every item on `threads` threads, each with its own state from `setup` (a
/// throwaway cluster, say), started only for a thread that has items; items are dealt
/// round-robin and the results come back grouped by thread.
pub fn on_threads<T: Send, S, R: Send>(
    items: Vec<T>,
    threads: usize,
    setup: impl Fn() -> S + Sync,
    f: impl Fn(&S, T) -> R + Sync,
) -> Vec<R> {
    let mut parts: Vec<Vec<T>> = (0..threads.max(1)).map(|_| Vec::new()).collect();
    let n = parts.len();
    for (i, item) in items.into_iter().enumerate() {
        parts[i % n].push(item);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .map(|part| {
                let (setup, f) = (&setup, &f);
                scope.spawn(move || {
                    let state = setup();
                    part.into_iter()
                        .map(|item| f(&state, item))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    })
}
