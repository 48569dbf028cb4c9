//! `pgshift verify` against real PostgreSQL: the example project with each shadow provider,
//! real-world migration histories, errors that name file:line, and cleanup on every exit path.

mod common;

use common::*;

#[test]
fn example_project_verifies_with_the_local_shadow() {
    let tmp = open_tempdir();
    let r = run(pgshift(&repo(), tmp.path()).args(["--shadow", "local", "verify"]));
    assert_eq!(r.code, 0, "{}", r.all());
    let ok_lines = r
        .stderr
        .lines()
        .filter(|l| l.trim_start().starts_with("ok "))
        .count();
    let files = std::fs::read_dir(repo().join("supabase/migrations"))
        .unwrap()
        .count();
    assert_eq!(ok_lines, files, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("verified {files} migrations")),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains(&format!("rollbacks: {files} checked, 0 failed")),
        "{}",
        r.stderr
    );
    assert_no_leftovers(tmp.path());
}

/// On a terminal, replaying shows progress (the file under way) on stderr; with `-q` nothing
/// extra, and in a pipe (every other test) nothing at all.
#[test]
fn progress_shows_on_a_terminal_only() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!(
            "SKIPPED progress_shows_on_a_terminal_only: needs `script` (util-linux) for a terminal"
        );
        return;
    }
    let tmp = open_tempdir();
    let typescript = tmp.path().join("typescript");
    let bin = env!("CARGO_BIN_EXE_pgshift");
    let on_tty = |extra: &str| {
        let status = std::process::Command::new("script")
            .arg("-qec")
            .arg(format!("{bin} --shadow local {extra} verify"))
            .arg(&typescript)
            .current_dir(repo())
            .env("TMPDIR", tmp.path())
            .env("PGSHIFT_SHADOW_TMPFS", tmp.path())
            .env_remove("PGSHIFT_SHADOW")
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::read_to_string(&typescript).unwrap()
    };
    let shown = on_tty("");
    assert!(shown.contains("replaying migrations"), "{shown}");
    let files = std::fs::read_dir(repo().join("supabase/migrations"))
        .unwrap()
        .count();
    assert!(shown.contains(&format!("/{files} ")), "{shown}");
    let quiet = on_tty("-q");
    assert!(!quiet.contains("replaying migrations"), "{quiet}");
    let piped = run(pgshift(&repo(), tmp.path()).args(["--shadow", "local", "verify"]));
    assert_eq!(piped.code, 0, "{}", piped.all());
    assert!(
        !piped.stderr.contains("replaying migrations"),
        "{}",
        piped.stderr
    );
    std::fs::remove_file(&typescript).unwrap();
    assert_no_leftovers(tmp.path());
}

#[test]
fn a_rollback_that_does_not_undo_its_migration_fails_verify() {
    let tmp = open_tempdir();
    let project = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("supabase"), &project.path().join("supabase"));
    let rollback = project
        .path()
        .join("supabase/rollbacks/20250116094500_create_task_attachments.sql");
    // A rollback that undoes its migration but also leaves a stray column behind.
    std::fs::write(
        &rollback,
        "DROP TABLE public.task_attachments;\nALTER TABLE public.tasks ADD COLUMN leftover int;\n",
    )
    .unwrap();
    let r = run(pgshift(project.path(), tmp.path()).args(["--shadow", "local", "verify"]));
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr.contains("FAIL supabase/rollbacks/20250116094500_create_task_attachments.sql: after the rollback the schema differs")
            && r.stderr.contains("column public.tasks.leftover"),
        "{}",
        r.stderr
    );
    let r = run(pgshift(project.path(), tmp.path()).args([
        "--shadow",
        "local",
        "verify",
        "--no-rollbacks",
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_no_leftovers(tmp.path());
}

#[test]
fn a_syntax_error_names_file_line_and_column_and_leaves_nothing_behind() {
    let tmp = open_tempdir();
    let project = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("supabase"), &project.path().join("supabase"));
    let file = project
        .path()
        .join("supabase/migrations/20250114101500_create_tasks.sql");
    let mut lines: Vec<String> = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    // Line 5 becomes the broken statement; the error is at "TABEL", column 8.
    lines.insert(4, "CREATE TABEL broken (id int);".to_string());
    std::fs::write(&file, lines.join("\n")).unwrap();

    let r = run(pgshift(project.path(), tmp.path()).args(["--shadow", "local", "verify"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr
            .contains("supabase/migrations/20250114101500_create_tasks.sql:5:8: syntax error at or near \"TABEL\""),
        "{}",
        r.stderr
    );
    // The files before it were applied and reported.
    assert!(
        r.stderr
            .contains("ok  20250109143000_create_performance_metrics.sql"),
        "{}",
        r.stderr
    );
    assert_no_leftovers(tmp.path());
}

#[test]
fn a_runtime_error_names_the_line_of_its_statement() {
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("001_users.sql"),
        "create table users (id int primary key);\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("002_posts.sql"),
        "-- posts\ncreate table posts (\n  id int primary key,\n  author int references userz (id)\n);\n",
    )
    .unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args(["--shadow", "local", "verify", "."]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr
            .contains("002_posts.sql:2:1: relation \"userz\" does not exist"),
        "{}",
        r.stderr
    );
    assert_no_leftovers(tmp.path());
}

#[test]
fn files_that_cannot_run_in_a_transaction_replay_statement_by_statement() {
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("1_t.sql"), "create table t (a int);\n").unwrap();
    std::fs::write(
        dir.path().join("2_idx.sql"),
        "create index concurrently t_a on t (a);\nvacuum t;\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("3_do.sql"),
        "-- pgshift:no-transaction\ndo $$ begin insert into t values (1); commit; end $$;\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("10_own_tx.sql"),
        "begin;\ncreate table u (a int);\ncommit;\n",
    )
    .unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args(["--shadow", "local", "verify", "."]));
    assert_eq!(r.code, 0, "{}", r.all());
    // Numeric order: 10 after 3.
    let pos = |s: &str| {
        r.stderr
            .find(s)
            .unwrap_or_else(|| panic!("{s} missing: {}", r.stderr))
    };
    assert!(pos("3_do.sql") < pos("10_own_tx.sql"));
}

#[test]
fn bad_file_names_and_duplicate_versions_are_errors_naming_the_file() {
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("001_a.sql"), "select 1;").unwrap();
    std::fs::write(dir.path().join("add_users.sql"), "select 1;").unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args(["verify", "."]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("add_users.sql"), "{}", r.stderr);

    std::fs::remove_file(dir.path().join("add_users.sql")).unwrap();
    std::fs::write(dir.path().join("1_b.sql"), "select 1;").unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args(["verify", "."]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("001_a.sql") && r.stderr.contains("1_b.sql"),
        "{}",
        r.stderr
    );
    assert_no_leftovers(tmp.path());
}

#[test]
fn the_server_shadow_creates_and_drops_its_own_databases() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    // A password in the URL must never be printed (the test cluster trusts every login).
    let url = cluster
        .url()
        .replace("postgres@", "postgres:hunter2secret@");
    let r = run(pgshift(&repo(), tmp.path()).args(["--shadow", &url, "-v", "verify"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains("shadow: server postgres://postgres:***@"),
        "{}",
        r.stderr
    );
    assert!(!r.all().contains("hunter2secret"), "{}", r.all());

    // A failing run drops its database too.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("1_bad.sql"),
        "create table t (a nosuchtype);",
    )
    .unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args(["--shadow", &url, "verify", "."]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(!r.all().contains("hunter2secret"), "{}", r.all());

    let left =
        cluster.query("select datname from pg_database where datname like 'pgshift_shadow_%'");
    assert!(left.is_empty(), "databases left behind: {left:?}");
    // And it never touched anything else.
    let all = cluster.query("select datname from pg_database order by 1");
    assert_eq!(all, ["postgres", "template0", "template1"]);
}

/// A shadow database that holds a subscription cannot be dropped as it is (PostgreSQL refuses
/// while a subscription is in it): its subscriptions are released and dropped first, so none of
/// pgshift's databases stays behind.
#[test]
fn the_server_shadow_drops_its_databases_that_hold_subscriptions() {
    let cluster = Cluster::start();
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("1_subscription.sql"),
        "create publication feed;\n\
         create subscription \"Feed Copy\" connection 'dbname=nowhere' publication feed \
         with (connect = false);",
    )
    .unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args(["--shadow", &cluster.url(), "verify", "."]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(!r.stderr.contains("could not drop"), "{}", r.stderr);
    let left =
        cluster.query("select datname from pg_database where datname like 'pgshift_shadow_%'");
    assert!(left.is_empty(), "databases left behind: {left:?}");
}

#[test]
fn passwords_never_appear_in_errors() {
    let tmp = open_tempdir();
    for args in [
        vec![
            "--shadow",
            "postgres://app:hunter2secret@127.0.0.1:1/db",
            "verify",
        ],
        vec![
            "--shadow",
            "mysql://app:hunter2secret@127.0.0.1/db",
            "verify",
        ],
        vec![
            "--shadow",
            "postgres://app:hunter2secret@127.0.0.1:notaport/db",
            "verify",
        ],
    ] {
        let r = run(pgshift(&repo(), tmp.path()).args(&args));
        assert_eq!(r.code, 2, "{args:?}: {}", r.all());
        assert!(!r.all().contains("hunter2secret"), "{args:?}: {}", r.all());
        assert!(
            r.stderr.contains("***") || r.stderr.contains("invalid"),
            "{}",
            r.stderr
        );
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("pgshift.toml"),
        "[environments.staging]\nurl = 'mysql://app:hunter2secret@h/db'\n",
    )
    .unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).arg("verify"));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(!r.all().contains("hunter2secret"), "{}", r.all());
}

#[test]
fn config_errors_name_the_key_and_exit_2() {
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pgshift.toml"), "migrations_folder = 'x'\n").unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).arg("verify"));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("migrations_folder"), "{}", r.stderr);

    let r = run(pgshift(dir.path(), tmp.path()).args(["--config", "missing.toml", "verify"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("missing.toml"), "{}", r.stderr);

    let r = run(pgshift(dir.path(), tmp.path()).args(["verify", "--no-such-flag"]));
    assert_eq!(r.code, 2, "{}", r.all());

    let empty = tempfile::tempdir().unwrap();
    let r = run(pgshift(empty.path(), tmp.path()).arg("verify"));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("supabase/migrations") && r.stderr.contains("not found"),
        "{}",
        r.stderr
    );
}

#[test]
fn sigint_during_replay_removes_the_shadow() {
    interrupt_during_replay(libc::SIGINT);
}

#[test]
fn sigterm_during_replay_removes_the_shadow() {
    interrupt_during_replay(libc::SIGTERM);
}

fn interrupt_during_replay(signal: i32) {
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("1_slow.sql"), "select pg_sleep(60);").unwrap();
    let child = pgshift(dir.path(), tmp.path())
        .args(["--shadow", "local", "verify", "."])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the server runs the slow statement.
    let needle = tmp.path().display().to_string();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let procs = live_processes_mentioning(&needle);
        if procs.iter().any(|p| p.contains("postgres")) {
            std::thread::sleep(std::time::Duration::from_millis(500));
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the shadow never started"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // SAFETY: signalling our own child.
    unsafe {
        libc::kill(child.id() as i32, signal);
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_no_leftovers(tmp.path());
}

/// Replays a real-world history with the setup its platform provides.
fn verify_realworld(name: &str, config: &str) {
    if !shared_or_skip(&format!("the {name} history")) {
        return;
    }
    let tmp = open_tempdir();
    let dir = tempfile::tempdir().unwrap();
    let base = corpus().join("realworld").join(name);
    let cfg = dir.path().join("pgshift.toml");
    std::fs::write(&cfg, config.replace("{base}", &base.display().to_string())).unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args([
        "--shadow",
        "local",
        "verify",
        &base.join("migrations").display().to_string(),
    ]));
    assert_eq!(r.code, 0, "{name}: {}", r.all());
    assert_no_leftovers(tmp.path());
}

#[test]
fn realworld_supabase_auth_history_verifies() {
    verify_realworld(
        "supabase_auth",
        "[shadow]\nsetup = ['{base}/setup.sql']\nreplay_user = 'supabase_auth_admin'\n",
    );
}

#[test]
fn realworld_supabase_storage_history_verifies() {
    verify_realworld(
        "supabase_storage",
        "[shadow]\nsetup = ['{base}/setup.sql']\nsearch_path = 'storage, public, extensions'\n",
    );
}

#[test]
fn usage_errors_and_missing_targets_exit_2() {
    let tmp = open_tempdir();
    let r = run(pgshift(&repo(), tmp.path()).args([
        "drift",
        "--target",
        "postgres://u:hunter2secret@127.0.0.1:1/db",
    ]));
    assert_eq!(r.code, 2, "unreachable: {}", r.all());
    assert!(!r.all().contains("hunter2secret"), "{}", r.all());
    let r = run(pgshift(&repo(), tmp.path()).args(["lint", "--format", "yaml"]));
    assert_eq!(r.code, 2, "bad format: {}", r.all());
    let r = run(pgshift(&repo(), tmp.path())
        .env_remove("DATABASE_URL")
        .args(["apply"]));
    assert_eq!(r.code, 2, "no target: {}", r.all());
    assert!(
        r.stderr.contains("--env NAME or --target URL"),
        "{}",
        r.stderr
    );
    let r = run(pgshift(&repo(), tmp.path()).args(["drift"]));
    assert_eq!(r.code, 2, "usage error: {}", r.all());
}

fn docker(args: &[&str]) -> bool {
    std::process::Command::new("docker")
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

fn docker_answers() -> bool {
    docker(&["version"])
}

fn docker_image_available(image: &str) -> bool {
    docker_answers() && docker(&["image", "inspect", image])
}

fn containers_from(image: &str) -> Vec<String> {
    let out = std::process::Command::new("docker")
        .args(["ps", "-aq", "--filter", &format!("ancestor={image}")])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn example_project_verifies_with_the_docker_shadow() {
    let image = "pgshift-postgres:15";
    if !docker_image_available(image) {
        // In CI, a Docker daemon without the image means setup did not build it: fail.
        assert!(
            std::env::var_os("CI").is_none() || !docker_answers(),
            "a Docker daemon answers but the {image} image is missing: scripts/setup.sh must build it"
        );
        eprintln!("SKIPPED: no Docker daemon or no {image} image (build it with docker/build-local-image.sh)");
        return;
    }
    let before = containers_from(image);
    let tmp = open_tempdir();
    let r = run(pgshift(&repo(), tmp.path()).args(["--shadow", "docker", "-v", "verify"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(
        r.stderr.contains("shadow: docker container"),
        "{}",
        r.stderr
    );
    // A failing replay removes its container too.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("1_bad.sql"), "create tabel t (a int);").unwrap();
    let r = run(pgshift(dir.path(), tmp.path()).args(["--shadow", "docker", "verify", "."]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("1_bad.sql:1:8"), "{}", r.stderr);
    let after = containers_from(image);
    let leaked: Vec<_> = after.iter().filter(|c| !before.contains(c)).collect();
    assert!(leaked.is_empty(), "containers left behind: {leaked:?}");
}

#[test]
fn two_first_runs_at_once_share_the_initdb_cache_safely() {
    let tmp = open_tempdir();
    let cache = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..2)
        .map(|_| {
            pgshift(&repo(), tmp.path())
                .env("PGSHIFT_CACHE_DIR", cache.path())
                .args(["--shadow", "local", "-q", "verify"])
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let entries: Vec<String> = std::fs::read_dir(cache.path().join("initdb"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        entries.len(),
        1,
        "one cached cluster, no staging leftovers: {entries:?}"
    );
    assert!(cache
        .path()
        .join("initdb")
        .join(&entries[0])
        .join("PG_VERSION")
        .is_file());
    // A third run uses the cache.
    let r = run(pgshift(&repo(), tmp.path())
        .env("PGSHIFT_CACHE_DIR", cache.path())
        .args(["--shadow", "local", "-q", "verify"]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert_no_leftovers(tmp.path());
}

/// Basejump replays on top of Supabase's auth and storage schemas: they are built first (as the
/// platform would), dumped, and the dump becomes the shadow's setup, as a user of a platform
/// schema would do it.
#[test]
fn realworld_basejump_history_verifies_on_top_of_auth_and_storage() {
    if !shared_or_skip("the basejump history") {
        return;
    }
    let cluster = Cluster::start();
    let base = corpus().join("realworld");
    let platform = cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let cfg = |toml: &str| {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join("pgshift.toml"), toml.replace("{base}", &base.display().to_string())).unwrap();
            pgshift::config::Config::load(None, dir.path(), &|_| None).unwrap()
        };
        pgshift::source::replay_file(&db.url, &base.join("supabase_app_basejump/setup.sql")).await.unwrap();
        let auth = cfg("[shadow]\nsetup = ['{base}/supabase_auth/setup.sql']\nreplay_user = 'supabase_auth_admin'\n");
        let files = pgshift::source::list_migrations(&base.join("supabase_auth/migrations")).unwrap();
        pgshift::source::replay_migrations(&db.url, &auth, &files, |_, _| {}).await.unwrap();
        let storage = cfg("[shadow]\nsearch_path = 'storage, public, extensions'\n");
        let files = pgshift::source::list_migrations(&base.join("supabase_storage/migrations")).unwrap();
        pgshift::source::replay_migrations(&db.url, &storage, &files, |_, _| {}).await.unwrap();
        db.url.clone()
    });
    let work = tempfile::tempdir().unwrap();
    let dump = work.path().join("platform.sql");
    let out = std::process::Command::new("pg_dump")
        .args(["--schema-only", "--no-owner", "--file"])
        .arg(&dump)
        .arg(&platform)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(
        work.path().join("pgshift.toml"),
        format!(
            "[shadow]\nsetup = ['{}', '{}']\nsearch_path = 'public, extensions'\n",
            dump.display(),
            base.join("supabase_app_basejump/setup.sql").display()
        ),
    )
    .unwrap();
    let tmp = open_tempdir();
    let r = run(pgshift(work.path(), tmp.path()).args([
        "--shadow",
        &cluster.url(),
        "verify",
        &base
            .join("supabase_app_basejump/migrations")
            .display()
            .to_string(),
    ]));
    assert_eq!(r.code, 0, "{}", r.all());
    assert!(r.stderr.contains("verified 4 migrations"), "{}", r.stderr);
}
