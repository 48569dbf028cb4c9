//! Benchmarks; print figures, assert nothing.
//!
//! - shadow: cold start (initdb) vs cached start of a local shadow, and replay time of large
//!   real-world schemas;
//! - catalog: inspecting a generated schema of 1000 and 5000 tables next to one
//!   `pg_dump --schema-only` of the same database (target: inspect at most half of pg_dump);
//! - diff-phases: a generated schema against a 5% modification of it (columns added, retyped and
//!   dropped, indexes, checks, a dropped view, new tables), with introspection of both sides,
//!   diff, plan and render timed separately in this process, next to one
//!   `pg_dump --schema-only`;
//! - diff and replay (`scale.rs`): the `pgshift` binary at 1,000 to 10,000 tables with its peak
//!   memory, and a long migration history, next to pg_dump and psql.
//!
//! - fleet: the example project applied to N databases with `--jobs 8` against `--jobs 1`, with
//!   each run's peak memory (target: under a quarter of the sequential time, memory flat in N).
//!
//! Run: `cargo run --release --bin pgshift-bench [shadow|catalog|diff|diff-phases] [TABLES...]`,
//! `pgshift-bench replay [FILES]`, or
//! `pgshift-bench inspect URL [URL] [RUNS]` to time (or profile) inspections of one database,
//! or of two at once as `diff` reads them, or `pgshift-bench fleet [N]` (default 100).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pgshift::config::{ShadowConfig, ShadowSpec};
use pgshift::shadow::local::{LocalProvider, StartKind};

/// The allocator the `pgshift` binary uses, so figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const RUNS: usize = 3;
/// The catalog and diff benchmarks compare medians of two commands on a busy two-core machine:
/// more runs.
const CATALOG_RUNS: usize = 7;

mod fleet;
mod scale;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some(fleet::CHILD) {
        std::process::exit(fleet::child(&args[1..]));
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let what = args.first().map(String::as_str).unwrap_or("all");
    let sizes: Vec<usize> = args.iter().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        vec![1000, 5000]
    } else {
        sizes
    };
    if matches!(what, "all" | "shadow") {
        rt.block_on(run());
    }
    if matches!(what, "all" | "catalog") {
        rt.block_on(catalog(&sizes));
    }
    if matches!(what, "all" | "diff-phases") {
        rt.block_on(diff(&sizes));
    }
    if what == "diff" {
        // The command as users run it, at 1,000, 5,000 and 10,000 tables unless told.
        let sizes = if args.len() > 1 {
            sizes
        } else {
            vec![1000, 5000, 10000]
        };
        rt.block_on(scale::diff(&sizes));
    }
    if what == "sizes" {
        scale::sizes();
    }
    if what == "queries" {
        rt.block_on(scale::queries(
            args.get(1).expect("queries URL"),
            args.get(2).map(String::as_str),
        ));
    }
    if what == "sql" {
        // A catalog query as sent to a server of the given version (default 150000), to time
        // variants of it by hand: `sql NAME [VERSION]`.
        let name = args.get(1).expect("sql NAME [VERSION]");
        let version = args.get(2).and_then(|v| v.parse().ok()).unwrap_or(150000);
        for (n, sql) in pgshift::catalog::rendered_queries(version, "NULL::text") {
            if n == name {
                println!("{sql}");
            }
        }
    }
    if what == "load" {
        let n = args
            .get(1)
            .and_then(|a| a.parse().ok())
            .expect("load N URL_A URL_B");
        rt.block_on(scale::load(n, &args[2], &args[3]));
    }
    if what == "replay" {
        let n = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
        rt.block_on(scale::replay(n));
    }
    if what == "inspect" {
        // Repeated inspections of one database, or of two at once, for profiling:
        // `inspect URL [URL] [RUNS]`.
        let urls: Vec<&String> = args.iter().skip(1).filter(|a| a.contains("://")).collect();
        let runs = args
            .iter()
            .skip(1)
            .find_map(|r| r.parse().ok())
            .unwrap_or(20);
        rt.block_on(inspect_repeatedly(&urls, runs));
    }
    if what == "fleet" {
        let n = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100);
        rt.block_on(fleet::fleet(n));
    }
    pgshift::shadow::cleanup::run_all();
}

async fn run() {
    let mut provider = match LocalProvider::from_config(&local_config()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("pgshift-bench: {e}");
            std::process::exit(2);
        }
    };
    println!(
        "PostgreSQL {} from {}",
        provider.version,
        provider.bin_dir.display()
    );

    let mut cold = Vec::new();
    let mut cached = Vec::new();
    for _ in 0..RUNS {
        // A fresh cache dir makes the first start cold and the second cached.
        let cache = tempfile::tempdir().expect("temp dir");
        provider.cache_dir = Some(cache.path().to_path_buf());
        for (want, into) in [
            (StartKind::Cold, &mut cold),
            (StartKind::Cached, &mut cached),
        ] {
            let t = Instant::now();
            let (server, kind) = provider.start_with_kind().await.expect("start shadow");
            let elapsed = t.elapsed();
            assert_eq!(kind, want);
            into.push(elapsed);
            drop(server);
        }
    }
    report("shadow start, cold (initdb)", &cold);
    report("shadow start, cached data dir", &cached);

    provider.cache_dir = std::env::var_os("PGSHIFT_CACHE_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs::cache_dir().map(|d| d.join("pgshift")));
    let (server, _) = provider.start_with_kind().await.expect("start shadow");
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/realworld");
    for name in ["danbooru", "pagila_2024", "chinook"] {
        let file = corpus.join(name).join("schema.sql");
        if !file.is_file() {
            println!("{name}: skipped ({} not found)", file.display());
            continue;
        }
        let mut times = Vec::new();
        let mut statements = 0;
        for _ in 0..RUNS {
            let db = server.create_database().await.expect("create database");
            let t = Instant::now();
            match pgshift::source::replay_file(&db.url, &file).await {
                Ok(r) => {
                    statements = r.statements;
                    times.push(t.elapsed());
                }
                Err(e) => {
                    println!("{name}: replay failed: {e}");
                    break;
                }
            }
        }
        if !times.is_empty() {
            report(
                &format!(
                    "replay {name} ({} KiB, {statements} statements)",
                    size_kib(&file)
                ),
                &times,
            );
        }
    }
    drop(server);
}

/// A schema of `n` tables in the shape of real applications: identity keys, foreign keys to the
/// previous table, checks, defaults, an index per table, a comment, and a view every tenth table.
fn generated_schema(n: usize) -> String {
    let mut sql = String::from("CREATE SCHEMA app;\n");
    for i in 0..n {
        let fk = if i > 0 {
            format!(", parent_id bigint REFERENCES app.t{} (id)", i - 1)
        } else {
            String::new()
        };
        sql.push_str(&format!(
            "CREATE TABLE app.t{i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, \
             amount numeric(10,2) CHECK (amount >= 0), created_at timestamptz NOT NULL DEFAULT now(){fk});\n\
             CREATE INDEX t{i}_name ON app.t{i} (name);\nCOMMENT ON TABLE app.t{i} IS 'table {i}';\n"
        ));
        if i % 10 == 9 {
            sql.push_str(&format!(
                "CREATE VIEW app.v{i} AS SELECT id, name FROM app.t{i} WHERE amount > 0;\n"
            ));
        }
    }
    sql
}

async fn catalog(sizes: &[usize]) {
    let provider = LocalProvider::from_config(&local_config()).expect("local PostgreSQL");
    let (server, _) = provider.start_with_kind().await.expect("start shadow");
    let filter = pgshift::catalog::Filter::default();
    for &n in sizes {
        let db = server.create_database().await.expect("create database");
        let client = pgshift::db::connect(&db.url).await.expect("connect");
        client
            .batch_execute(&generated_schema(n))
            .await
            .expect("load generated schema");
        settle(&client).await;
        // Runs alternate between the two, so a change in the machine's load over the
        // benchmark weighs on both alike.
        let mut inspect_times = Vec::new();
        let mut client_times = Vec::new();
        let mut objects = 0;
        let mut dump_times = Vec::new();
        for _ in 0..CATALOG_RUNS {
            let t = Instant::now();
            let cpu = own_cpu();
            let s = pgshift::catalog::inspect_url(&db.url, &filter)
                .await
                .expect("inspect");
            inspect_times.push(t.elapsed());
            client_times.push(own_cpu() - cpu);
            objects = s.counts().values().sum::<usize>();
            let t = Instant::now();
            let out = std::process::Command::new(provider.bin_dir.join("pg_dump"))
                .args(["--schema-only", "--no-owner", "-d", &db.url])
                .stdout(std::process::Stdio::null())
                .status()
                .expect("run pg_dump");
            assert!(out.success(), "pg_dump failed");
            dump_times.push(t.elapsed());
        }
        report(
            &format!(
                "inspect {n} tables ({objects} objects, {} queries)",
                pgshift::catalog::QUERY_COUNT
            ),
            &inspect_times,
        );
        report(
            &format!("inspect {n} tables: pgshift's own CPU time"),
            &client_times,
        );
        report(&format!("pg_dump --schema-only {n} tables"), &dump_times);
        let median = |v: &mut Vec<Duration>| {
            v.sort();
            v[v.len() / 2].as_secs_f64()
        };
        println!(
            "{:<55} {:.2} (target <= 0.50)",
            format!("ratio inspect / pg_dump, {n} tables"),
            median(&mut inspect_times) / median(&mut dump_times)
        );
    }
}

async fn inspect_repeatedly(urls: &[&String], runs: usize) {
    let filter = pgshift::catalog::Filter::default();
    let (mut times, mut client) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (t, cpu) = (Instant::now(), own_cpu());
        let failed = match urls {
            [a, b] => {
                let (a, b) = pgshift::catalog::inspect_pair(a, b, &filter).await;
                a.and(b).err()
            }
            [a] => pgshift::catalog::inspect_url(a, &filter).await.err(),
            _ => {
                eprintln!("pgshift-bench: inspect needs one or two database URLs");
                std::process::exit(2);
            }
        };
        if let Some(e) = failed {
            eprintln!("pgshift-bench: {e}");
            std::process::exit(2);
        }
        times.push(t.elapsed());
        client.push(own_cpu() - cpu);
    }
    report("inspect", &times);
    report("inspect: pgshift's own CPU time", &client);
}

/// Vacuums and analyzes a freshly loaded database, as a long-lived one would have been: otherwise
/// autovacuum wakes up on the new catalog rows in the middle of the timed runs.
async fn settle(client: &tokio_postgres::Client) {
    client
        .batch_execute("VACUUM ANALYZE")
        .await
        .expect("vacuum");
}

/// Changes 5% of the tables of [`generated_schema`]: of every twentieth table one change, in turn a
/// new column, a column retyped, a dropped column, a new index, a new check, and a new table.
fn modification(n: usize) -> String {
    let mut sql = String::new();
    for (k, i) in (0..n).step_by(20).enumerate() {
        sql.push_str(&match k % 6 {
            0 => format!("ALTER TABLE app.t{i} ADD COLUMN note text DEFAULT 'x';\n"),
            1 => format!("ALTER TABLE app.t{i} ALTER COLUMN amount TYPE numeric(12,2);\n"),
            2 => format!("DROP VIEW IF EXISTS app.v{};\nALTER TABLE app.t{i} DROP COLUMN created_at;\n", i + 9),
            3 => format!("CREATE INDEX t{i}_created ON app.t{i} (created_at);\n"),
            4 => format!("ALTER TABLE app.t{i} ADD CONSTRAINT t{i}_name_len CHECK (length(name) < 200);\n"),
            _ => format!("CREATE TABLE app.extra{i} (id bigint PRIMARY KEY, t_id bigint REFERENCES app.t{i} (id));\n"),
        });
    }
    sql
}

async fn diff(sizes: &[usize]) {
    let provider = LocalProvider::from_config(&local_config()).expect("local PostgreSQL");
    let (server, _) = provider.start_with_kind().await.expect("start shadow");
    let filter = pgshift::catalog::Filter::default();
    for &n in sizes {
        let from = server.create_database().await.expect("create database");
        let to = server.create_database().await.expect("create database");
        for (db, extra) in [(&from, String::new()), (&to, modification(n))] {
            let client = pgshift::db::connect(&db.url).await.expect("connect");
            client
                .batch_execute(&format!("{}{extra}", generated_schema(n)))
                .await
                .expect("load generated schema");
            settle(&client).await;
        }
        let (mut read, mut diffing, mut planning, mut render, mut total) =
            (vec![], vec![], vec![], vec![], vec![]);
        let mut statements = 0;
        let mut dump = Vec::new();
        // Runs alternate with pg_dump's, as in the catalog benchmark.
        for _ in 0..CATALOG_RUNS {
            let t = Instant::now();
            let out = std::process::Command::new(provider.bin_dir.join("pg_dump"))
                .args(["--schema-only", "--no-owner", "-d", &from.url])
                .stdout(std::process::Stdio::null())
                .status()
                .expect("run pg_dump");
            assert!(out.success(), "pg_dump failed");
            dump.push(t.elapsed());
            let t0 = Instant::now();
            let (a, b) = pgshift::catalog::inspect_pair(&from.url, &to.url, &filter).await;
            let (a, b) = (a.expect("inspect"), b.expect("inspect"));
            let t1 = Instant::now();
            let changes = pgshift::diff::diff(&a, &b);
            let t2 = Instant::now();
            let p = pgshift::plan::plan(&a, &b, changes).expect("plan");
            let t3 = Instant::now();
            let sql = p.script(&pgshift::plan::ScriptOptions::default());
            let t4 = Instant::now();
            statements = p.steps.len();
            assert!(!sql.is_empty());
            read.push(t1 - t0);
            diffing.push(t2 - t1);
            planning.push(t3 - t2);
            render.push(t4 - t3);
            total.push(t4 - t0);
        }
        report(&format!("diff {n} tables: inspect both sides"), &read);
        report(&format!("diff {n} tables: diff"), &diffing);
        report(
            &format!("diff {n} tables: plan ({statements} statements)"),
            &planning,
        );
        report(&format!("diff {n} tables: render"), &render);
        report(&format!("diff {n} tables: total"), &total);
        report(&format!("pg_dump --schema-only {n} tables"), &dump);
        let median = |v: &mut Vec<Duration>| {
            v.sort();
            v[v.len() / 2].as_secs_f64()
        };
        println!(
            "{:<55} {:.2} (target <= 0.50)",
            format!("ratio diff total / pg_dump, {n} tables"),
            median(&mut total) / median(&mut dump)
        );
    }
}

/// CPU time (user and system) this process has used so far: the client's share of a run, which
/// on a two-core machine competes with the server's.
fn own_cpu() -> Duration {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let time = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    if std::env::var_os("BENCH_SPLIT").is_some() {
        eprintln!(
            "user {:?} sys {:?}",
            time(usage.ru_utime),
            time(usage.ru_stime)
        );
    }
    time(usage.ru_utime) + time(usage.ru_stime)
}

/// A local shadow found the default way.
pub fn local_config() -> ShadowConfig {
    ShadowConfig {
        spec: ShadowSpec::Local,
        image: None,
        bin_dir: None,
        setup: vec![],
        replay_user: None,
        search_path: None,
        cache: false,
    }
}

fn size_kib(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len() / 1024).unwrap_or(0)
}

fn report(what: &str, times: &[Duration]) {
    let mut ms: Vec<f64> = times.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
    ms.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{what:<55} min {:>8.1} ms   median {:>8.1} ms   ({} runs)",
        ms[0],
        ms[ms.len() / 2],
        ms.len()
    );
}
