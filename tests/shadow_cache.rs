//! The warm-shadow template cache (`shadow::template`) against real PostgreSQL: a second run on
//! unchanged migrations clones the template instead of replaying, an edit replays again and
//! the result shows it, concurrent runs both succeed, and `--no-cache` replays every time.

mod common;

use std::path::Path;

use common::*;

const KEPT: &str = "kept in the template cache";
const CLONED: &str = "cloned from the template cache";

/// A project with two migrations and its own cache dir.
struct Project {
    dir: tempfile::TempDir,
    cache: tempfile::TempDir,
}

impl Project {
    fn new() -> Self {
        let dir = open_tempdir();
        let migrations = dir.path().join("migrations");
        std::fs::create_dir(&migrations).unwrap();
        std::fs::write(
            dir.path().join("pgshift.toml"),
            "migrations_dir = \"migrations\"\n",
        )
        .unwrap();
        std::fs::write(
            migrations.join("20250101000000_accounts.sql"),
            "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\n",
        )
        .unwrap();
        std::fs::write(
            migrations.join("20250102000000_orders.sql"),
            "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);\n",
        )
        .unwrap();
        Self {
            dir,
            cache: open_tempdir(),
        }
    }

    fn migration(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join("migrations").join(name)
    }

    /// `pgshift -v --shadow local ARGS` with this project's cache (shadows in `tmp`).
    fn run(&self, tmp: &Path, args: &[&str]) -> Run {
        run(pgshift(self.dir.path(), tmp)
            .env("PGSHIFT_CACHE_DIR", self.cache.path())
            .args(["-v", "--shadow", "local"])
            .args(args))
    }

    /// As [`Project::run`], with no memory file system for shadows: a warm run starts its
    /// server on the template directory itself.
    fn run_on_disk(&self, tmp: &Path, args: &[&str]) -> Run {
        run(pgshift(self.dir.path(), tmp)
            .env("PGSHIFT_CACHE_DIR", self.cache.path())
            .env("PGSHIFT_SHADOW_TMPFS", "0")
            .args(["-v", "--shadow", "local"])
            .args(args))
    }

    fn templates(&self) -> usize {
        std::fs::read_dir(self.cache.path().join("templates"))
            .map(|d| {
                d.flatten()
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .count()
            })
            .unwrap_or(0)
    }
}

fn inspect(p: &Project, tmp: &Path, extra: &[&str]) -> Run {
    let mut args = extra.to_vec();
    args.extend(["inspect", "migrations", "--format", "sql"]);
    let r = p.run(tmp, &args);
    assert_eq!(r.code, 0, "{}", r.all());
    r
}

#[test]
fn a_second_run_clones_and_an_edit_replays_again() {
    let tmp = open_tempdir();
    let p = Project::new();

    let cold = inspect(&p, tmp.path(), &[]);
    assert!(cold.stderr.contains(KEPT), "{}", cold.stderr);
    assert!(!cold.stderr.contains(CLONED), "{}", cold.stderr);
    assert!(
        cold.stdout.contains("CREATE TABLE public.orders"),
        "{}",
        cold.stdout
    );
    assert_eq!(p.templates(), 1);

    let warm = inspect(&p, tmp.path(), &[]);
    assert!(warm.stderr.contains(CLONED), "{}", warm.stderr);
    assert!(!warm.stderr.contains(KEPT), "{}", warm.stderr);
    assert_eq!(warm.stdout, cold.stdout, "a clone reads as the replay did");

    // An edit changes the key: replayed again, and the result has the edit.
    std::fs::write(
        p.migration("20250102000000_orders.sql"),
        "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, total numeric);\n",
    )
    .unwrap();
    let edited = inspect(&p, tmp.path(), &[]);
    assert!(!edited.stderr.contains(CLONED), "{}", edited.stderr);
    assert!(edited.stderr.contains(KEPT), "{}", edited.stderr);
    assert!(edited.stdout.contains("total numeric"), "{}", edited.stdout);
    assert_eq!(p.templates(), 2);

    // A new file changes it too.
    std::fs::write(
        p.migration("20250103000000_index.sql"),
        "CREATE INDEX orders_account ON orders (account_id);\n",
    )
    .unwrap();
    let added = inspect(&p, tmp.path(), &[]);
    assert!(!added.stderr.contains(CLONED), "{}", added.stderr);
    assert!(added.stdout.contains("orders_account"), "{}", added.stdout);

    // --no-cache neither reads nor writes the cache.
    let uncached = inspect(&p, tmp.path(), &["--no-cache"]);
    assert!(
        !uncached.stderr.contains(CLONED) && !uncached.stderr.contains(KEPT),
        "{}",
        uncached.stderr
    );
    assert_eq!(uncached.stdout, added.stdout);
    assert_eq!(p.templates(), 3);
    assert_no_leftovers(tmp.path());
}

#[test]
fn the_config_can_turn_the_cache_off() {
    let tmp = open_tempdir();
    let p = Project::new();
    std::fs::write(
        p.dir.path().join("pgshift.toml"),
        "migrations_dir = \"migrations\"\n[shadow]\ncache = false\n",
    )
    .unwrap();
    for _ in 0..2 {
        let r = inspect(&p, tmp.path(), &[]);
        assert!(
            !r.stderr.contains(CLONED) && !r.stderr.contains(KEPT),
            "{}",
            r.stderr
        );
    }
    assert_eq!(p.templates(), 0);
}

#[test]
fn concurrent_runs_both_succeed_and_share_the_template() {
    let tmp = open_tempdir();
    let p = Project::new();
    let runs: Vec<Run> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|_| s.spawn(|| inspect(&p, tmp.path(), &[])))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(runs[0].stdout, runs[1].stdout);
    assert_eq!(p.templates(), 1, "one template for one key");
    // And two warm runs at once both clone.
    let runs: Vec<Run> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|_| s.spawn(|| inspect(&p, tmp.path(), &[])))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for r in &runs {
        assert!(r.stderr.contains(CLONED), "{}", r.stderr);
        assert!(
            r.stdout.contains("CREATE TABLE public.orders"),
            "{}",
            r.stdout
        );
    }
    assert_no_leftovers(tmp.path());
}

#[test]
fn verify_and_diff_use_the_template() {
    let tmp = open_tempdir();
    let p = Project::new();
    let first = p.run(tmp.path(), &["verify"]);
    assert_eq!(first.code, 0, "{}", first.all());
    assert!(first.stderr.contains(KEPT), "{}", first.stderr);
    assert!(
        first.stderr.contains("verified 2 migrations"),
        "{}",
        first.stderr
    );
    let second = p.run(tmp.path(), &["verify"]);
    assert_eq!(second.code, 0, "{}", second.all());
    assert!(second.stderr.contains(CLONED), "{}", second.stderr);
    assert!(
        second.stderr.contains("verified 2 migrations"),
        "{}",
        second.stderr
    );
    // `diff` of the migrations against themselves: one replay at most, here none.
    let d = p.run(
        tmp.path(),
        &["diff", "--from", "migrations", "--to", "migrations"],
    );
    assert_eq!(d.code, 0, "{}", d.all());
    assert!(d.stderr.contains(CLONED), "{}", d.stderr);
    assert_no_leftovers(tmp.path());
}

fn template_dir(p: &Project) -> std::path::PathBuf {
    std::fs::read_dir(p.cache.path().join("templates"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|d| !d.file_name().unwrap().to_string_lossy().starts_with('.'))
        .expect("a template directory")
}

/// The template directory a warm run starts its server on (no memory file system) is left as
/// it was kept: the databases the run made are dropped, and the server is stopped.
#[test]
fn a_warm_run_leaves_the_template_directory_as_it_was() {
    let tmp = open_tempdir();
    let p = Project::new();
    let cold = p.run_on_disk(tmp.path(), &["inspect", "migrations", "--format", "sql"]);
    assert_eq!(cold.code, 0, "{}", cold.all());
    let dir = template_dir(&p);
    let databases = || std::fs::read_dir(dir.join("base")).unwrap().count();
    let kept = databases();
    let settings = || std::fs::read_to_string(dir.join("postgresql.auto.conf")).unwrap();
    for _ in 0..2 {
        let before = settings();
        // `diff` makes several databases of the same set (the clone of each side).
        let r = p.run_on_disk(
            tmp.path(),
            &["diff", "--from", "migrations", "--to", "migrations"],
        );
        assert_eq!(r.code, 0, "{}", r.all());
        assert!(r.stderr.contains(CLONED), "{}", r.stderr);
        assert_ne!(
            settings(),
            before,
            "the server ran on the directory itself (a new port)"
        );
        assert_eq!(databases(), kept, "the run's databases are dropped");
        assert!(
            !dir.join("postmaster.pid").exists(),
            "the server on the template directory is stopped"
        );
    }
    assert_no_leftovers(tmp.path());
}

/// With a memory file system for shadows, a warm run starts its server on a copy of the
/// template directory there: the directory itself is not touched, and the copy goes with the
/// run.
#[test]
fn a_warm_run_with_a_memory_file_system_runs_on_a_copy() {
    let tmp = open_tempdir();
    let p = Project::new();
    let cold = inspect(&p, tmp.path(), &[]);
    let dir = template_dir(&p);
    let settings = std::fs::read_to_string(dir.join("postgresql.auto.conf")).unwrap();
    let databases = std::fs::read_dir(dir.join("base")).unwrap().count();
    for _ in 0..2 {
        let r = p.run(
            tmp.path(),
            &["diff", "--from", "migrations", "--to", "migrations"],
        );
        assert_eq!(r.code, 0, "{}", r.all());
        assert!(r.stderr.contains(CLONED), "{}", r.stderr);
        let warm = inspect(&p, tmp.path(), &[]);
        assert!(warm.stderr.contains(CLONED), "{}", warm.stderr);
        assert_eq!(warm.stdout, cold.stdout);
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("postgresql.auto.conf")).unwrap(),
        settings,
        "no server ran on the template directory itself"
    );
    assert_eq!(
        std::fs::read_dir(dir.join("base")).unwrap().count(),
        databases
    );
    assert_no_leftovers(tmp.path());
}
