//! `pgshift-bench diff N...` and `pgshift-bench replay N`: pgshift at scale, next to PostgreSQL's
//! own tools in the same run. Prints figures, asserts nothing.
//!
//! - diff: schema A of N tables in the shape of real applications (identity keys, foreign keys,
//!   checks, uniques, indexes, enums, views, functions, triggers, row-level policies, grants,
//!   comments), B = A with about 5% of its objects changed, both loaded into one throwaway
//!   cluster; the `pgshift` binary beside this one runs
//!   `diff --from A --to B --allow-destructive --no-validate` as a child process (best of k,
//!   with its peak resident memory from wait4), against `pg_dump --schema-only` of A (best of
//!   k, alternating); then the ratio and MB per 1,000 tables.
//! - replay: a history of N migration files replayed by `pgshift verify` (which reports its
//!   time) against `psql -f` of each file in turn into a fresh database.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pgshift::shadow::local::LocalProvider;

/// Runs of each command; the best counts (the machine is shared).
const RUNS: usize = 3;

/// Schema A: `n` tables in schema `app`, each object family present.
pub fn schema(n: usize) -> String {
    let mut sql = String::from(
        "CREATE SCHEMA app;\n\
         DO $$ BEGIN CREATE ROLE bench_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\n\
         CREATE TYPE app.status AS ENUM ('new', 'active', 'closed');\n\
         CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$\n\
         BEGIN NEW.updated_at := now(); RETURN NEW; END $$;\n",
    );
    for i in 0..n {
        let fk = if i > 0 {
            format!(
                ", parent_id bigint REFERENCES app.t{} (id) ON DELETE CASCADE",
                i - 1
            )
        } else {
            String::new()
        };
        sql.push_str(&format!(
            "CREATE TABLE app.t{i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, \
             name text NOT NULL, amount numeric(10,2) CHECK (amount >= 0), \
             status app.status NOT NULL DEFAULT 'new', code text UNIQUE, \
             created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz{fk});\n\
             CREATE INDEX t{i}_name ON app.t{i} (name);\n\
             CREATE INDEX t{i}_recent ON app.t{i} (created_at DESC) WHERE status <> 'closed';\n\
             COMMENT ON TABLE app.t{i} IS 'table {i}';\n\
             COMMENT ON COLUMN app.t{i}.amount IS 'amount of {i}';\n"
        ));
        if i % 2 == 0 {
            sql.push_str(&format!("GRANT SELECT ON app.t{i} TO bench_reader;\n"));
        }
        if i % 5 == 0 {
            sql.push_str(&format!(
                "ALTER TABLE app.t{i} ENABLE ROW LEVEL SECURITY;\n\
                 CREATE POLICY t{i}_visible ON app.t{i} FOR SELECT USING (status <> 'closed');\n"
            ));
        }
        if i % 10 == 9 {
            sql.push_str(&format!(
                "CREATE VIEW app.v{i} AS SELECT id, name FROM app.t{i} WHERE amount > 0;\n\
                 CREATE FUNCTION app.total{i}(min numeric) RETURNS numeric LANGUAGE sql STABLE \
                 AS $$ SELECT sum(amount) FROM app.t{i} WHERE amount >= min $$;\n\
                 CREATE TRIGGER t{i}_touch BEFORE UPDATE ON app.t{i} FOR EACH ROW \
                 EXECUTE FUNCTION app.touch();\n"
            ));
        }
        if i % 100 == 99 {
            sql.push_str(&format!(
                "CREATE TYPE app.kind{i} AS ENUM ('a', 'b', 'c');\n"
            ));
        }
    }
    sql
}

/// B's changes to A: one change to every twentieth table, in turn a new column, a retyped
/// column, a dropped column (with its view), a new index, a new check, a new table, a changed
/// function, a changed policy, a revoked grant and a new enum value.
pub fn modification(n: usize) -> String {
    let mut sql = String::new();
    for (k, i) in (0..n).step_by(20).enumerate() {
        let v = i - i % 10 + 9;
        sql.push_str(&match k % 10 {
            0 => format!("ALTER TABLE app.t{i} ADD COLUMN note text DEFAULT 'x';\n"),
            1 => format!("ALTER TABLE app.t{i} ALTER COLUMN amount TYPE numeric(12,2);\n"),
            2 => format!("ALTER TABLE app.t{i} DROP COLUMN updated_at;\n"),
            3 => format!("CREATE INDEX t{i}_created ON app.t{i} (created_at);\n"),
            4 => format!(
                "ALTER TABLE app.t{i} ADD CONSTRAINT t{i}_name_len CHECK (length(name) < 200);\n"
            ),
            5 => format!(
                "CREATE TABLE app.extra{i} (id bigint PRIMARY KEY, t_id bigint REFERENCES app.t{i} (id));\n"
            ),
            6 if v < n => format!(
                "CREATE OR REPLACE FUNCTION app.total{v}(min numeric) RETURNS numeric LANGUAGE sql \
                 STABLE AS $$ SELECT coalesce(sum(amount), 0) FROM app.t{v} WHERE amount >= min $$;\n"
            ),
            7 => format!(
                "ALTER TABLE app.t{i} ENABLE ROW LEVEL SECURITY;\n\
                 DROP POLICY IF EXISTS t{i}_visible ON app.t{i};\n\
                 CREATE POLICY t{i}_visible ON app.t{i} FOR SELECT USING (status = 'active');\n"
            ),
            8 => format!("REVOKE ALL ON app.t{i} FROM bench_reader;\n"),
            _ => format!("COMMENT ON TABLE app.t{i} IS 'table {i}, changed';\n"),
        });
    }
    if n >= 100 {
        sql.push_str("ALTER TYPE app.kind99 ADD VALUE 'd';\n");
    }
    sql
}

/// The `pgshift` binary next to this one.
fn pgshift_binary() -> PathBuf {
    let me = std::env::current_exe().expect("own path");
    me.with_file_name("pgshift")
}

/// Runs `cmd` (stdout discarded) and returns its wall time and peak resident memory in KiB.
// The child is reaped by wait4 (which also gives its resource usage), not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn measured(cmd: &mut Command) -> (Duration, u64) {
    let t = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id() as libc::pid_t;
    let mut stderr = child.stderr.expect("stderr");
    let mut err = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut err).ok();
    let mut status = 0;
    // SAFETY: wait4 writes the status and the usage it is given, for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = t.elapsed();
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        panic!("{cmd:?} failed: {err}");
    }
    (elapsed, usage.ru_maxrss as u64)
}

fn best(v: &[Duration]) -> f64 {
    v.iter().min().expect("runs").as_secs_f64()
}

pub async fn diff(sizes: &[usize]) {
    let provider = LocalProvider::from_config(&super::local_config()).expect("local PostgreSQL");
    let (server, _) = provider.start_with_kind().await.expect("start shadow");
    let bin = pgshift_binary();
    println!(
        "pgshift: {} ({} build), load average {}",
        bin.display(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "optimised"
        },
        load_average()
    );
    for &n in sizes {
        let from = server.create_database().await.expect("create database");
        let to = server.create_database().await.expect("create database");
        let t = Instant::now();
        for (db, extra) in [(&from, String::new()), (&to, modification(n))] {
            let client = pgshift::db::connect(&db.url).await.expect("connect");
            client
                .batch_execute(&format!("{}{extra}", schema(n)))
                .await
                .expect("load generated schema");
            client
                .batch_execute("VACUUM ANALYZE")
                .await
                .expect("vacuum");
        }
        println!(
            "{n} tables: loaded A and B in {:.1} s",
            t.elapsed().as_secs_f64()
        );
        let (mut ours, mut dump, mut rss) = (vec![], vec![], 0);
        for _ in 0..RUNS {
            let (t, _) = measured(Command::new(provider.bin_dir.join("pg_dump")).args([
                "--schema-only",
                "--no-owner",
                "-d",
                &from.url,
            ]));
            dump.push(t);
            let (t, kib) = measured(
                Command::new(&bin)
                    .args(["diff", "--from", &from.url, "--to", &to.url])
                    .args(["--allow-destructive", "--no-validate"])
                    .env("PGSHIFT_NO_PROGRESS", "1"),
            );
            ours.push(t);
            rss = rss.max(kib);
        }
        let mb = rss as f64 / 1024.0;
        println!(
            "{n:>6} tables: pgshift diff {:>7.2} s   pg_dump {:>7.2} s   ratio {:.2} (target <= 0.50)   peak {:>6.0} MB   {:.1} MB per 1,000 tables   (best of {RUNS}, load {})",
            best(&ours),
            best(&dump),
            best(&ours) / best(&dump),
            mb,
            mb * 1000.0 / n as f64,
            load_average()
        );
        drop((from, to));
    }
}

/// A history of `n` migration files: tables, then changes to them, in the order real histories
/// grow (each file small, many touching earlier ones).
fn history(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).expect("history dir");
    for i in 0..n {
        let sql = match i % 4 {
            0 => format!(
                "CREATE TABLE h{i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);\n\
                 CREATE INDEX h{i}_name ON h{i} (name);\n"
            ),
            1 => format!("ALTER TABLE h{} ADD COLUMN created_at timestamptz DEFAULT now();\n", i - 1),
            2 => format!(
                "CREATE VIEW v{i} AS SELECT id, name FROM h{};\nCOMMENT ON VIEW v{i} IS 'view {i}';\n",
                i - 2
            ),
            _ => format!(
                "ALTER TABLE h{} ADD CONSTRAINT h{}_name_len CHECK (length(name) < 100);\n",
                i - 3,
                i - 3
            ),
        };
        std::fs::write(
            dir.join(format!("{:014}_step_{i}.sql", 20250101000000u64 + i as u64)),
            sql,
        )
        .expect("write migration");
    }
}

pub async fn replay(n: usize) {
    let provider = LocalProvider::from_config(&super::local_config()).expect("local PostgreSQL");
    let (server, _) = provider.start_with_kind().await.expect("start shadow");
    let project = tempfile::tempdir().expect("temp dir");
    let dir = project.path().join("migrations");
    history(&dir, n);
    std::fs::write(
        project.path().join("pgshift.toml"),
        "migrations_dir = \"migrations\"\n",
    )
    .expect("config");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let bin = pgshift_binary();
    let (mut psql, mut ours) = (vec![], vec![]);
    for _ in 0..RUNS {
        let db = server.create_database().await.expect("create database");
        let t = Instant::now();
        for f in &files {
            let ok = Command::new(provider.bin_dir.join("psql"))
                .args([
                    "-X",
                    "-q",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-1",
                    "-d",
                    &db.url,
                    "-f",
                ])
                .arg(f)
                .stdout(Stdio::null())
                .status()
                .expect("psql")
                .success();
            assert!(ok, "psql failed on {}", f.display());
        }
        psql.push(t.elapsed());
        let (t, _) = measured(
            Command::new(&bin)
                .current_dir(project.path())
                .args(["--no-cache", "-q", "--shadow", "local", "verify"])
                .env("PGSHIFT_NO_PROGRESS", "1"),
        );
        ours.push(t);
    }
    println!(
        "replay {n} files: pgshift verify {:.2} s (its own shadow start included)   psql -f per file {:.2} s   ratio {:.2} (target <= 1)   (best of {RUNS}, load {})",
        best(&ours),
        best(&psql),
        best(&ours) / best(&psql),
        load_average()
    );
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

/// `pgshift-bench queries URL`: each catalog query alone, in the inspection's settings: its
/// server time (EXPLAIN ANALYZE), then its wall time, rows and bytes as the client receives
/// them. Where an inspection's time goes on the server. `pgshift-bench queries URL NAME` prints
/// query NAME's plan with its timings instead.
pub async fn queries(url: &str, only: Option<&str>) {
    let client = pgshift::db::connect(url).await.expect("connect");
    client
        .batch_execute(
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL search_path = ''; \
             SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; SET LOCAL enable_mergejoin = off; \
             SET LOCAL enable_sort = off",
        )
        .await
        .expect("begin");
    let version: i32 = client
        .query_one("SELECT current_setting('server_version_num')::int", &[])
        .await
        .expect("version")
        .get(0);
    let mut total = (0.0, 0.0, 0usize);
    println!(
        "{:<20} {:>10} {:>10} {:>8} {:>10}",
        "query", "server ms", "wall ms", "rows", "KiB"
    );
    for (name, sql) in pgshift::catalog::rendered_queries(version as u32, "NULL::text") {
        if let Some(only) = only {
            if name == only {
                let plan = client
                    .simple_query(&format!("EXPLAIN (ANALYZE, VERBOSE) {sql}"))
                    .await
                    .expect("explain");
                for m in &plan {
                    if let tokio_postgres::SimpleQueryMessage::Row(r) = m {
                        println!("{}", r.get(0).unwrap_or(""));
                    }
                }
            }
            continue;
        }
        let plan = client
            .simple_query(&format!("EXPLAIN (ANALYZE, FORMAT JSON) {sql}"))
            .await
            .expect("explain");
        let plan: serde_json::Value = plan
            .iter()
            .find_map(|m| match m {
                tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0),
                _ => None,
            })
            .and_then(|p| serde_json::from_str(p).ok())
            .unwrap_or_default();
        let server = plan[0]["Execution Time"].as_f64().unwrap_or(0.0);
        let t = Instant::now();
        let rows = client.simple_query(&sql).await.expect("query");
        let wall = t.elapsed().as_secs_f64() * 1000.0;
        let mut bytes = 0usize;
        let mut n = 0usize;
        for m in &rows {
            if let tokio_postgres::SimpleQueryMessage::Row(r) = m {
                n += 1;
                bytes += (0..r.len())
                    .map(|i| r.get(i).map_or(0, str::len))
                    .sum::<usize>();
            }
        }
        total = (total.0 + server, total.1 + wall, total.2 + bytes);
        println!(
            "{name:<20} {server:>10.1} {wall:>10.1} {n:>8} {:>10}",
            bytes / 1024
        );
    }
    println!(
        "{:<20} {:>10.1} {:>10.1} {:>8} {:>10}",
        "total",
        total.0,
        total.1,
        "",
        total.2 / 1024
    );
}

/// `pgshift-bench load N URL_A URL_B`: loads schema A of N tables into the first database and
/// B into the second (for profiling with `queries` or by hand).
pub async fn load(n: usize, a: &str, b: &str) {
    for (url, extra) in [(a, String::new()), (b, modification(n))] {
        let client = pgshift::db::connect(url).await.expect("connect");
        client
            .batch_execute(&format!("{}{extra}", schema(n)))
            .await
            .expect("load generated schema");
        client
            .batch_execute("VACUUM ANALYZE")
            .await
            .expect("vacuum");
    }
}

/// `pgshift-bench sizes`: the in-memory size of the model's structs (bytes before their heap
/// parts), the first thing to look at when a model of many objects takes much memory.
pub fn sizes() {
    use pgshift::model::*;
    use std::mem::size_of;
    for (name, size) in [
        ("Table", size_of::<relation::Table>()),
        ("Column", size_of::<relation::Column>()),
        ("Identity", size_of::<relation::Identity>()),
        ("Constraint", size_of::<relation::Constraint>()),
        ("Index", size_of::<relation::Index>()),
        ("View", size_of::<relation::View>()),
        ("Trigger", size_of::<relation::Trigger>()),
        ("Policy", size_of::<relation::Policy>()),
        ("Function", size_of::<routine::Function>()),
        ("ObjectId", size_of::<ObjectId>()),
        ("QualifiedName", size_of::<QualifiedName>()),
    ] {
        println!("{name:<16} {size:>6} bytes");
    }
}
