//! `pgshift serve` and `apply --format json` against real PostgreSQL: the built binary serving
//! a throwaway cluster, driven with real HTTP requests. Tokens, status, dry runs, deploys, bad
//! bodies, the deploy lock, refusals at start, redacted errors, and SIGTERM during a migration.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

const TOKEN: &str = "serve-test-token-5d41402abc4b2a76b9719d911017c592";

fn project(
    migrations: &[(&str, &str)],
    rollbacks: &[(&str, &str)],
    config: &str,
) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (sub, files) in [("migrations", migrations), ("rollbacks", rollbacks)] {
        let d = dir.path().join("supabase").join(sub);
        std::fs::create_dir_all(&d).unwrap();
        for (name, sql) in files {
            std::fs::write(d.join(name), sql).unwrap();
        }
    }
    std::fs::write(dir.path().join("pgshift.toml"), config).unwrap();
    dir
}

const STAGING: &str = "preset = \"none\"\n[environments.staging]\nurl_env = \"STAGING_URL\"\n";

fn database(cluster: &Cluster) -> String {
    cluster.rt.block_on(async {
        let db = cluster.server.create_database().await.unwrap();
        let url = db.url.clone();
        std::mem::forget(db);
        url
    })
}

fn exists(cluster: &Cluster, url: &str, relation: &str) -> bool {
    cluster.query_at(
        url,
        &format!("select to_regclass('{relation}') is not null"),
    )[0] == "t"
}

fn command(dir: &Path, tmp: &Path, url: &str) -> Command {
    let mut c = pgshift(dir, tmp);
    c.stdin(Stdio::null())
        .env("STAGING_URL", url)
        .env("PGSHIFT_API_TOKEN", TOKEN);
    c
}

/// A running `pgshift serve`, its stderr collected as it comes.
struct Server {
    child: Child,
    base: String,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    fn start(dir: &Path, tmp: &Path, url: &str) -> Server {
        let mut c = command(dir, tmp, url);
        c.args(["serve", "--env", "staging", "--listen", ":0"]);
        Server::spawn(c)
    }

    /// Starts `pgshift serve` as `c` says and reads the address it prints.
    fn spawn(mut c: Command) -> Server {
        let mut child = c
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start pgshift serve");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut err = child.stderr.take().unwrap();
        let sink = stderr.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = err.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        let (tx, rx) = std::sync::mpsc::channel();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let first = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no address printed; stderr: {}", stderr.lock().unwrap()));
        let base = first
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("first line is not the address: {first}"))
            .to_string();
        assert!(base.starts_with("http://127.0.0.1:"), "{base}");
        Server {
            child,
            base,
            stderr,
        }
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// SIGTERM, then the exit code (waiting up to a minute).
    fn terminate(&mut self) -> i32 {
        // SAFETY: kill(2) on the pid of a child this test started and has not reaped.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        self.wait()
    }

    fn wait(&mut self) -> i32 {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "pgshift serve did not stop; stderr: {}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .timeout_global(Some(Duration::from_secs(180)))
        .build()
        .into()
}

struct Reply {
    status: u16,
    body: String,
}

impl Reply {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

fn reply(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Reply {
    let mut r = r.expect("HTTP request");
    Reply {
        status: r.status().as_u16(),
        body: r.body_mut().read_to_string().unwrap(),
    }
}

fn get(base: &str, path: &str, token: Option<&str>) -> Reply {
    let mut req = agent().get(format!("{base}{path}"));
    if let Some(t) = token {
        req = req.header("Authorization", format!("Bearer {t}"));
    }
    reply(req.call())
}

fn post(base: &str, body: &str) -> Reply {
    let req = agent()
        .post(format!("{base}/api/migrations"))
        .header("Authorization", format!("Bearer {TOKEN}"));
    reply(if body.is_empty() {
        req.send_empty()
    } else {
        req.header("Content-Type", "application/json").send(body)
    })
}

fn versions(v: &serde_json::Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("no {key} in {v}"))
        .iter()
        .map(|m| m["version"].as_str().unwrap().to_string())
        .collect()
}

const A: (&str, &str) = (
    "1_a.sql",
    "create table public.a (id bigint primary key);\n",
);
const B: (&str, &str) = (
    "2_b.sql",
    "create table public.b (id bigint primary key);\n",
);

#[test]
fn the_token_guards_the_api_and_deploys_answer_with_their_outcome() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    let url = database(&cluster);
    let p = project(&[A, B], &[], STAGING);
    let mut server = Server::start(p.path(), tmp.path(), &url);
    let base = server.base.clone();

    let r = get(&base, "/healthz", None);
    assert_eq!((r.status, r.body.as_str()), (200, "ok"));
    for token in [
        None,
        Some("x".repeat(TOKEN.len())),
        Some(format!("{TOKEN}x")),
    ] {
        let r = get(&base, "/api/migrations", token.as_deref());
        assert_eq!((r.status, r.body.as_str()), (401, ""), "{token:?}");
    }
    let r = reply(
        agent()
            .get(format!("{base}/api/migrations"))
            .header("Authorization", format!("Basic {TOKEN}"))
            .call(),
    );
    assert_eq!(r.status, 401);

    // Bodies that are not a request are refused, named; nothing runs.
    let r = post(&base, "{\"dryRun\": fals}");
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(
        r.json()["error"]
            .as_str()
            .unwrap()
            .contains("line 1 column"),
        "{}",
        r.body
    );
    let r = post(&base, "{\"dryRun\": false, \"force\": true}");
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(
        r.json()["error"]
            .as_str()
            .unwrap()
            .contains("unknown field `force`"),
        "{}",
        r.body
    );
    assert!(!exists(&cluster, &url, "public.a"));

    // An empty body is a dry run: it proves both migrations and changes nothing.
    for body in ["", "{\"dryRun\": true}"] {
        let r = post(&base, body);
        assert_eq!(r.status, 200, "{}", r.body);
        let v = r.json();
        assert_eq!(
            (v["dry_run"].as_bool(), v["result"].as_str()),
            (Some(true), Some("dry_run")),
            "{v}"
        );
        assert_eq!(versions(&v, "applied"), ["1", "2"]);
        assert_eq!(v["lint"]["verdict"], "SAFE TO DEPLOY");
    }
    assert!(!exists(&cluster, &url, "public.a"));
    assert!(!exists(&cluster, &url, "pgshift.schema_migrations"));

    // A deploy applies, says what it applied, checks drift.
    let r = post(&base, "{\"dryRun\": false}");
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(
        (v["result"].as_str(), v["ok"].as_bool()),
        (Some("applied"), Some(true)),
        "{v}"
    );
    assert_eq!(versions(&v, "applied"), ["1", "2"]);
    assert_eq!(v["applied"][0]["file"], "supabase/migrations/1_a.sql");
    assert_eq!(v["drift"]["in_sync"], true, "{v}");
    assert!(exists(&cluster, &url, "public.a") && exists(&cluster, &url, "public.b"));
    let r = post(&base, "{\"dry_run\": false}");
    assert_eq!(
        (r.status, r.json()["result"].as_str()),
        (200, Some("up_to_date"))
    );

    // Status is what `status --format json` prints.
    let r = get(&base, "/api/migrations", Some(TOKEN));
    assert_eq!(r.status, 200, "{}", r.body);
    let cli = run(command(p.path(), tmp.path(), &url)
        .args(["status", "--env", "staging", "--format", "json"]));
    assert_eq!(cli.code, 0, "{}", cli.all());
    let from_cli: serde_json::Value = serde_json::from_str(&cli.stdout).unwrap();
    assert_eq!(r.json(), from_cli);
    assert_eq!(r.json()["migrations"].as_array().unwrap().len(), 2);

    // A migration that fails: 422 with the server's message and its line; nothing of it stays.
    std::fs::write(
        p.path().join("supabase/migrations/3_c.sql"),
        "create table public.c (id int);\nalter table public.nowhere add column x int;\n",
    )
    .unwrap();
    std::fs::write(
        p.path().join("supabase/migrations/4_d.sql"),
        "create table public.d (id int);\n",
    )
    .unwrap();
    let r = post(&base, "{\"dryRun\": false}");
    assert_eq!(r.status, 422, "{}", r.body);
    let v = r.json();
    assert_eq!(v["result"], "failed", "{v}");
    assert_eq!(versions(&v, "failed"), ["3"]);
    assert_eq!(v["failed"][0]["line"], 2, "{v}");
    assert!(
        v["failed"][0]["message"]
            .as_str()
            .unwrap()
            .contains("\"public.nowhere\" does not exist"),
        "{v}"
    );
    assert_eq!(versions(&v, "skipped"), ["4"]);
    assert!(versions(&v, "applied").is_empty());
    assert!(!exists(&cluster, &url, "public.c") && !exists(&cluster, &url, "public.d"));

    assert_eq!(server.terminate(), 0, "{}", server.stderr());
    let log = server.stderr();
    assert!(!log.contains(TOKEN), "the token reached the log:\n{log}");
    for line in [
        "GET /healthz 200",
        "GET /api/migrations 401",
        "POST /api/migrations 400",
        "POST /api/migrations 200",
        "POST /api/migrations 422",
    ] {
        assert!(log.contains(line), "no `{line}` in the log:\n{log}");
    }
    assert_no_leftovers(tmp.path());
}

#[test]
fn a_deploy_lock_held_elsewhere_answers_409_at_once_and_failing_checks_roll_back() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    let url = database(&cluster);
    // A check that passes until public.b exists; the environment rolls back on a failure.
    let config = format!(
        "{STAGING}checks = [\"select to_regclass('public.b') is null\"]\nrollback_on_failure = true\n"
    );
    let p = project(&[A], &[("2_b.sql", "drop table public.b;\n")], &config);
    let server = Server::start(p.path(), tmp.path(), &url);
    // Another deploy: a session holding pgshift's advisory lock.
    let holder = cluster.rt.block_on(async {
        let c = pgshift::db::connect(&url).await.unwrap();
        c.execute(
            "select pg_advisory_lock($1)",
            &[&pgshift::apply::lock::LOCK_KEY],
        )
        .await
        .unwrap();
        c
    });
    let r = post(&server.base, "{\"dryRun\": false}");
    assert_eq!(r.status, 409, "{}", r.body);
    let v = r.json();
    assert_eq!(
        (v["result"].as_str(), v["refusal"].as_str()),
        (Some("refused"), Some("lock_held")),
        "{v}"
    );
    assert!(
        v["message"].as_str().unwrap().contains("another deploy"),
        "{v}"
    );
    assert!(!exists(&cluster, &url, "public.a"));
    cluster.rt.block_on(async {
        holder
            .execute(
                "select pg_advisory_unlock($1)",
                &[&pgshift::apply::lock::LOCK_KEY],
            )
            .await
            .unwrap();
    });
    let r = post(&server.base, "{\"dryRun\": false}");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["checks"][0]["passed"], true, "{}", r.body);
    assert!(exists(&cluster, &url, "public.a"));

    // The check fails after public.b: 422, and this run's migration is rolled back.
    std::fs::write(p.path().join("supabase/migrations").join(B.0), B.1).unwrap();
    let r = post(&server.base, "{\"dryRun\": false}");
    assert_eq!(r.status, 422, "{}", r.body);
    let v = r.json();
    assert_eq!(v["result"], "checks_failed", "{v}");
    assert_eq!(v["checks"][0]["passed"], false, "{v}");
    assert_eq!(versions(&v, "applied"), ["2"]);
    assert_eq!(versions(&v, "rolled_back"), ["2"]);
    assert!(!exists(&cluster, &url, "public.b") && exists(&cluster, &url, "public.a"));
    assert_eq!(
        cluster.query_at(&url, "select version from pgshift.schema_migrations"),
        ["1"]
    );
}

#[test]
fn sigterm_during_a_slow_migration_lets_it_finish_and_exits_cleanly() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    let url = database(&cluster);
    let slow = (
        "1_slow.sql",
        "create table public.first (id int);\nselect pg_sleep(3);\ncreate table public.second (id int);\n",
    );
    let p = project(&[slow], &[], STAGING);
    let mut server = Server::start(p.path(), tmp.path(), &url);
    let base = server.base.clone();
    let deploy = std::thread::spawn(move || post(&base, "{\"dryRun\": false}"));
    // Wait until the migration is sleeping inside its transaction.
    let started = Instant::now();
    while cluster.query_at(
        &url,
        "select count(*) from pg_stat_activity where query like 'select pg_sleep(3)%' and state = 'active'",
    )[0] == "0"
    {
        assert!(started.elapsed() < Duration::from_secs(60), "the migration never started");
        std::thread::sleep(Duration::from_millis(50));
    }
    // One request at a time: a second deploy is turned away at once.
    let r = post(&server.base, "{\"dryRun\": true}");
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(
        r.json()["error"]
            .as_str()
            .unwrap()
            .contains("already running"),
        "{}",
        r.body
    );

    assert_eq!(server.terminate(), 0, "{}", server.stderr());
    let r = deploy.join().unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(versions(&r.json(), "applied"), ["1"]);
    assert!(exists(&cluster, &url, "public.first") && exists(&cluster, &url, "public.second"));
    assert_eq!(
        cluster.query_at(&url, "select status from pgshift.schema_migrations"),
        ["completed"]
    );
    assert!(server.stderr().contains("stopping"), "{}", server.stderr());
    assert_no_leftovers(tmp.path());
}

#[test]
fn serve_refuses_production_and_weak_tokens_and_redacts_its_errors() {
    let tmp = open_tempdir();
    let config = format!(
        "{STAGING}[environments.production]\nurl = \"postgres://app:prodsecret@127.0.0.1:1/db\"\n"
    );
    let p = project(&[A], &[], &config);
    // Nothing listens on port 1: every database request fails.
    let url = "postgres://app:s3cretpw@127.0.0.1:1/db";

    let r = run(command(p.path(), tmp.path(), url).args(["serve", "--env", "production"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("needs confirmation"), "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);

    let short = "too-short-token-123";
    let r = run(command(p.path(), tmp.path(), url)
        .env("PGSHIFT_API_TOKEN", short)
        .args(["serve", "--env", "staging"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("at least 32"), "{}", r.stderr);
    assert!(!r.all().contains(short), "{}", r.all());

    let r = run(command(p.path(), tmp.path(), url)
        .env_remove("PGSHIFT_API_TOKEN")
        .args(["serve", "--env", "staging"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("no API token"), "{}", r.stderr);

    // `[serve] token_env` names the variable.
    std::fs::write(
        p.path().join("pgshift.toml"),
        format!("{config}[serve]\ntoken_env = \"STAGING_API_TOKEN\"\n"),
    )
    .unwrap();
    let r = run(command(p.path(), tmp.path(), url).args(["serve", "--env", "staging"]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(r.stderr.contains("STAGING_API_TOKEN"), "{}", r.stderr);
    std::fs::write(p.path().join("pgshift.toml"), &config).unwrap();

    let r = run(command(p.path(), tmp.path(), url).args([
        "serve",
        "--env",
        "staging",
        "--listen",
        "example.com:80",
    ]));
    assert_eq!(r.code, 2, "{}", r.all());
    assert!(
        r.stderr.contains("--listen `example.com:80`"),
        "{}",
        r.stderr
    );

    // A database that cannot be reached: 500 with a message that holds no password.
    let mut server = Server::start(p.path(), tmp.path(), url);
    for r in [
        get(&server.base, "/api/migrations", Some(TOKEN)),
        post(&server.base, ""),
    ] {
        assert_eq!(r.status, 500, "{}", r.body);
        let e = r.json()["error"].as_str().unwrap().to_string();
        assert!(
            e.contains("cannot connect to postgres://app:***@127.0.0.1:1/db"),
            "{e}"
        );
        assert!(
            !r.body.contains("s3cretpw") && !r.body.contains(TOKEN),
            "{}",
            r.body
        );
    }
    assert_eq!(server.terminate(), 0);
    assert!(!server.stderr().contains("s3cretpw"), "{}", server.stderr());
}

#[test]
fn apply_format_json_prints_the_outcome_with_the_usual_exit_codes() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    let url = database(&cluster);
    let checks = |check: &str| format!("{STAGING}checks = [\"{check}\"]\n");
    let p = project(
        &[A],
        &[
            ("1_a.sql", "drop table public.a;\n"),
            ("2_b.sql", "drop table public.b;\n"),
        ],
        &checks("select true"),
    );
    let apply = |extra: &[&str]| {
        let mut c = command(p.path(), tmp.path(), &url);
        c.args(["apply", "--env", "staging", "--format", "json"])
            .args(extra);
        let r = run(&mut c);
        let v: serde_json::Value = serde_json::from_str(&r.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", r.all()));
        (r.code, v)
    };

    let (code, v) = apply(&["--dry-run"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(
        (v["result"].as_str(), v["dry_run"].as_bool()),
        (Some("dry_run"), Some(true))
    );
    assert!(!exists(&cluster, &url, "public.a"));

    let (code, v) = apply(&[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(versions(&v, "applied"), ["1"]);
    assert_eq!(v["checks"][0]["passed"], true, "{v}");
    assert_eq!(v["drift"]["checked"], true, "{v}");

    // A failing check with --rollback-on-failure: exit 1, the run's migration rolled back.
    std::fs::write(p.path().join("supabase/migrations/2_b.sql"), B.1).unwrap();
    std::fs::write(p.path().join("pgshift.toml"), checks("select false")).unwrap();
    let (code, v) = apply(&["--rollback-on-failure"]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["result"], "checks_failed", "{v}");
    assert_eq!(
        v["checks"][0]["message"], "returned f instead of true",
        "{v}"
    );
    assert_eq!(versions(&v, "applied"), ["2"]);
    assert_eq!(versions(&v, "rolled_back"), ["2"]);
    assert!(!exists(&cluster, &url, "public.b") && exists(&cluster, &url, "public.a"));

    // A failing migration: exit 2, and the outcome still on stdout.
    std::fs::write(p.path().join("pgshift.toml"), STAGING).unwrap();
    std::fs::write(
        p.path().join("supabase/migrations/2_b.sql"),
        "create table public.b (id int references public.nowhere);\n",
    )
    .unwrap();
    let (code, v) = apply(&[]);
    assert_eq!(code, 2, "{v}");
    assert_eq!(versions(&v, "failed"), ["2"]);
    assert_eq!(v["failed"][0]["file"], "supabase/migrations/2_b.sql");
    assert_eq!(v["failed"][0]["line"], 1);
    let (code, v) = apply(&["--dry-run"]);
    assert_eq!(code, 1, "a dry run that finds a failure exits 1: {v}");
    assert_eq!(
        (v["result"].as_str(), versions(&v, "failed")),
        (Some("failed"), vec!["2".to_string()])
    );
}

/// The parts of a fleet document that do not depend on timing.
fn fleet_view(v: &serde_json::Value) -> Vec<(String, String, String, String)> {
    v["targets"]
        .as_array()
        .unwrap_or_else(|| panic!("no targets in {v}"))
        .iter()
        .map(|t| {
            (
                t["target"].as_str().unwrap().to_string(),
                t["outcome"].as_str().unwrap().to_string(),
                t["applied"].to_string(),
                t["pending"].to_string(),
            )
        })
        .collect()
}

#[test]
fn serve_deploys_a_fleet_and_answers_per_database() {
    let tmp = open_tempdir();
    let cluster = Cluster::start();
    let urls: Vec<String> = (0..3).map(|_| database(&cluster)).collect();
    // The third cannot take 2_b.sql: public.b exists there already.
    cluster.query_at(&urls[2], "create table public.b (id int)");
    let config = format!(
        "preset = \"none\"\n[environments.tenants]\nurls = [{}]\njobs = 2\ncanary = 1\n",
        urls.iter()
            .enumerate()
            .map(|(i, u)| format!("\"t{}={u}\"", i + 1))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let p = project(&[A, B], &[], &config);
    let mut server = {
        let mut child = command(p.path(), tmp.path(), "unused");
        child.args(["serve", "--env", "tenants", "--listen", ":0"]);
        Server::spawn(child)
    };
    let base = server.base.clone();

    // Status: every database's migrations, as `status --format json` prints them.
    let r = get(&base, "/api/migrations", Some(TOKEN));
    assert_eq!(r.status, 200, "{}", r.body);
    let served = r.json();
    assert_eq!(served["summary"]["outcomes"]["pending"], 3, "{served}");
    let cli = run(command(p.path(), tmp.path(), "unused")
        .args(["status", "--env", "tenants", "--format", "json"]));
    assert_eq!(cli.code, 0, "{}", cli.all());
    let cli: serde_json::Value = serde_json::from_str(&cli.stdout).unwrap();
    assert_eq!(fleet_view(&served), fleet_view(&cli));
    assert_eq!(served["summary"]["outcomes"], cli["summary"]["outcomes"]);

    // A dry run: each database's dry run and lint findings; the third fails; nothing changes.
    let r = post(&base, "{\"dryRun\": true}");
    assert_eq!(r.status, 422, "{}", r.body);
    let v = r.json();
    let t = v["targets"].as_array().unwrap();
    assert_eq!(t.len(), 3);
    for target in &t[..2] {
        assert_eq!(target["outcome"], "dry_run", "{target}");
        assert_eq!(target["lint"]["verdict"], "SAFE TO DEPLOY", "{target}");
        assert_eq!(target["dry_run"][1]["dry_run"], "applies", "{target}");
    }
    assert_eq!(t[2]["outcome"], "failed", "{}", t[2]);
    assert_eq!(t[2]["error"]["file"], "supabase/migrations/2_b.sql");
    assert!(urls.iter().all(|u| !exists(&cluster, u, "public.a")));

    // A deploy: the first two applied, the third failed with nothing of 2_b kept: 422.
    let r = post(&base, "{\"dryRun\": false}");
    assert_eq!(r.status, 422, "{}", r.body);
    let v = r.json();
    assert_eq!(
        fleet_view(&v)
            .iter()
            .map(|(n, o, a, _)| (n.as_str(), o.as_str(), a.as_str()))
            .collect::<Vec<_>>(),
        [
            ("t1", "applied", "[\"1_a.sql\",\"2_b.sql\"]"),
            ("t2", "applied", "[\"1_a.sql\",\"2_b.sql\"]"),
            ("t3", "failed", "[\"1_a.sql\"]"),
        ],
        "{v}"
    );
    assert_eq!(v["summary"]["ok"], 2);
    assert_eq!(v["targets"][0]["drift"]["in_sync"], true, "{v}");
    assert!(exists(&cluster, &urls[2], "public.a"));

    // Fixed, but another deploy holds the third one's lock and the others have nothing to do:
    // nothing ran, 409.
    cluster.query_at(&urls[2], "drop table public.b");
    let holder = cluster.rt.block_on(async {
        let c = pgshift::db::connect(&urls[2]).await.unwrap();
        c.execute(
            "select pg_advisory_lock($1)",
            &[&pgshift::apply::lock::LOCK_KEY],
        )
        .await
        .unwrap();
        c
    });
    let r = post(&base, "{\"dryRun\": false}");
    assert_eq!(r.status, 409, "{}", r.body);
    let v = r.json();
    assert_eq!(v["targets"][2]["outcome"], "lock_busy", "{v}");
    assert_eq!(v["summary"]["outcomes"]["nothing_to_do"], 2, "{v}");
    cluster.rt.block_on(async {
        holder
            .execute(
                "select pg_advisory_unlock($1)",
                &[&pgshift::apply::lock::LOCK_KEY],
            )
            .await
            .unwrap();
    });

    // Then the deploy finishes the third: 200.
    let r = post(&base, "{\"dryRun\": false}");
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert_eq!(v["targets"][2]["outcome"], "applied", "{v}");
    assert_eq!(v["targets"][2]["applied"][0], "2_b.sql", "{v}");
    assert!(exists(&cluster, &urls[2], "public.b"));
    schema_equal(&urls[0], &urls[2]).unwrap();

    // One access-log line per request, no per-database lines, never the token.
    let log = server.stderr();
    assert!(!log.contains(TOKEN));
    assert!(!log.lines().any(|l| l.starts_with("t1 ")), "{log}");
    assert_eq!(server.terminate(), 0, "{}", server.stderr());
}
