//! Shadow benchmarks: cold start (initdb) vs cached start of a local shadow, and replay time of
//! large schemas and histories. Prints figures; asserts nothing.
//!
//! Run: `cargo run --release --bin pgshift-bench` (or without --release; start-up is I/O bound).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pgshift::config::{ShadowConfig, ShadowSpec};
use pgshift::shadow::local::{LocalProvider, StartKind};

const RUNS: usize = 3;

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(run());
    pgshift::shadow::cleanup::run_all();
}

async fn run() {
    let cfg = ShadowConfig {
        spec: ShadowSpec::Local,
        image: None,
        bin_dir: None,
        setup: vec![],
        replay_user: None,
        search_path: None,
    };
    let mut provider = match LocalProvider::from_config(&cfg) {
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
