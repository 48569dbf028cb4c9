//! `pgshift-bench fleet N`: the example project (`supabase/` and its migrations) applied to N
//! databases of one local cluster, with `--jobs 8` and sequentially (`--jobs 1`), against the
//! issue's baseline of one database deployed on its own times N; each run a
//! fresh set of N databases and a child process of its own (this binary, running the `pgshift`
//! command line in process), so its wall time and peak memory are its own. A third run at N/4
//! with `--jobs 8` shows whether memory grows with N. Prints figures, asserts nothing.

use std::path::Path;
use std::time::{Duration, Instant};

use pgshift::shadow::local::LocalProvider;

/// The hidden command the child processes run: `fleet-child ARGS...` is `pgshift ARGS...`.
pub const CHILD: &str = "fleet-child";

/// Runs `pgshift ARGS` in this process (the child side); its exit code.
pub fn child(args: &[String]) -> i32 {
    let cli = match <pgshift::cli::Cli as clap::Parser>::try_parse_from(
        std::iter::once("pgshift".to_string()).chain(args.iter().cloned()),
    ) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return 2;
        }
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let result = rt.block_on(pgshift::cli::run(cli));
    drop(rt);
    pgshift::shadow::cleanup::run_all();
    match result {
        Ok(pgshift::cli::Outcome::Success) => 0,
        Ok(pgshift::cli::Outcome::CheckFailed) => 1,
        Err(e) => {
            eprintln!("error: {}", pgshift::redact::text(&format!("{e:#}")));
            2
        }
    }
}

pub async fn fleet(n: usize) {
    let provider = match LocalProvider::from_config(&super::local_config()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("pgshift-bench: {e}");
            std::process::exit(2);
        }
    };
    let (server, _) = provider.start_with_kind().await.expect("start a cluster");
    println!(
        "fleet: the example project ({} migrations) applied to {n} databases of one local PostgreSQL {} \
         (build: {}), drift check and all",
        migrations().len(),
        server.major_version,
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    let project = tempfile::tempdir().expect("temp dir");
    copy_tree(&repo().join("supabase"), &project.path().join("supabase"));
    let postmaster = postmaster_pid(server.admin_url()).await;
    // The baseline the target is stated against: one database deployed on its own (an
    // environment with one `url`, as a team with one database runs it), times N. Best of three,
    // each on a fresh database.
    let mut single = Duration::MAX;
    for _ in 0..3 {
        let db = server.create_database().await.expect("create database");
        std::fs::write(
            project.path().join("pgshift.toml"),
            format!(
                "[environments.one]\nurl = '{}'\n[shadow]\nprovider = 'local'\n",
                db.url
            ),
        )
        .expect("write config");
        std::mem::forget(db);
        let out = project.path().join("out.json");
        let (elapsed, _, _, code) = run_child(
            project.path(),
            &out,
            &["-q", "apply", "--env", "one", "--format", "json"],
        );
        if code != 0 {
            println!("  one database on its own: exit {code}; see the output above");
        }
        single = single.min(elapsed);
    }
    println!(
        "  one database on its own: {:>6.1} s wall (best of 3); times {n}: {:.1} s",
        single.as_secs_f64(),
        single.as_secs_f64() * n as f64
    );
    std::fs::write(
        project.path().join("pgshift.toml"),
        "[environments.fleet]\nurls_file = 'tenants.txt'\n[shadow]\nprovider = 'local'\n",
    )
    .expect("write config");
    let mut figures = Vec::new();
    for (run, (count, jobs)) in [(n, 1), (n, 8), (n.div_ceil(4), 8)].into_iter().enumerate() {
        let mut list = String::new();
        for i in 0..count {
            let db = server.create_database().await.expect("create database");
            list.push_str(&format!("r{run}_t{i:04}={}\n", db.url));
            // Dropped with the cluster.
            std::mem::forget(db);
        }
        std::fs::write(project.path().join("tenants.txt"), list).expect("write tenants");
        let server_cpu_before = process_cpu(postmaster);
        let out = project.path().join("out.json");
        let (elapsed, peak_kib, own_cpu, code) = run_child(
            project.path(),
            &out,
            &[
                "-q",
                "apply",
                "--env",
                "fleet",
                "--jobs",
                &jobs.to_string(),
                "--format",
                "json",
            ],
        );
        if code != 0 {
            println!("  --jobs {jobs} over {count}: exit {code}; see the output above");
        }
        let server_cpu = process_cpu(postmaster).saturating_sub(server_cpu_before);
        println!(
            "  --jobs {jobs} over {count:>4} databases: {:>6.1} s wall  {:>6.1} ms per database  \
             peak RSS {:>5.1} MiB  CPU: pgshift {:>5.1} s, server {:>5.1} s",
            elapsed.as_secs_f64(),
            elapsed.as_secs_f64() * 1000.0 / count as f64,
            peak_kib as f64 / 1024.0,
            own_cpu.as_secs_f64(),
            server_cpu.as_secs_f64(),
        );
        println!("    {}", phases(&out));
        if jobs == 1 {
            println!(
                "    (with the server on this machine's {} cores, the work's CPU alone needs at \
                 least {:.1} s at any --jobs)",
                cores(),
                (own_cpu + server_cpu).as_secs_f64() / cores() as f64
            );
        }
        figures.push((count, jobs, elapsed, peak_kib));
    }
    let (seq, par) = (figures[0].2, figures[1].2);
    let one_times_n = single.as_secs_f64() * n as f64;
    println!(
        "  --jobs 8 took {:.0}% of one database's time times {n} ({:.1} s against {:.1} s; target: under 25%)",
        par.as_secs_f64() * 100.0 / one_times_n,
        par.as_secs_f64(),
        one_times_n
    );
    println!(
        "  --jobs 8 took {:.0}% of the fleet's own --jobs 1 run ({:.2}x faster)",
        par.as_secs_f64() * 100.0 / seq.as_secs_f64(),
        seq.as_secs_f64() / par.as_secs_f64()
    );
    println!(
        "  peak memory at --jobs 8: {:.1} MiB for {} databases, {:.1} MiB for {}",
        figures[2].3 as f64 / 1024.0,
        figures[2].0,
        figures[1].3 as f64 / 1024.0,
        figures[1].0
    );
    drop(server);
}

/// The server's postmaster (the parent of a backend): it reaps the backends, so its children's
/// CPU time is the CPU the server spent on the run.
async fn postmaster_pid(admin_url: &str) -> Option<u32> {
    let client = pgshift::db::connect(admin_url).await.ok()?;
    let backend: i32 = client
        .query_one("SELECT pg_backend_pid()", &[])
        .await
        .ok()?
        .get(0);
    let status = std::fs::read_to_string(format!("/proc/{backend}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("PPid:"))
        .and_then(|p| p.trim().parse().ok())
}

/// CPU time of a process and of its reaped children (user and system), from /proc.
fn process_cpu(pid: Option<u32>) -> Duration {
    let Some(stat) = pid.and_then(|p| std::fs::read_to_string(format!("/proc/{p}/stat")).ok())
    else {
        return Duration::ZERO;
    };
    // Fields after the command name (which may hold spaces): utime is the 14th field overall.
    let fields: Vec<u64> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .skip(11)
        .take(4)
        .filter_map(|f| f.parse().ok())
        .collect();
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Duration::from_millis(fields.iter().sum::<u64>() * 1000 / ticks)
}

fn cores() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

/// Runs this binary's child command in `cwd`, its stdout into the file `stdout`; (wall time,
/// peak RSS in KiB, CPU time, exit code).
fn run_child(cwd: &Path, stdout: &Path, args: &[&str]) -> (Duration, u64, Duration, i32) {
    let exe = std::env::current_exe().expect("own path");
    let stdout = std::fs::File::create(stdout).expect("create the output file");
    let started = Instant::now();
    let child = std::process::Command::new(exe)
        .arg(CHILD)
        .args(args)
        .current_dir(cwd)
        .stdin(std::process::Stdio::null())
        .stdout(stdout)
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .expect("start the child");
    let pid = child.id() as libc::pid_t;
    // wait4 gives this child's own resource usage (getrusage would give the maximum over all
    // children so far).
    let mut status = 0;
    // SAFETY: plain system call on our own child with valid out-pointers.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    // The child was reaped above; the handle must not wait again.
    std::mem::forget(child);
    let code = if waited == pid && libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    // Linux reports ru_maxrss in KiB.
    (
        elapsed,
        usage.ru_maxrss as u64,
        time(usage.ru_utime) + time(usage.ru_stime),
        code,
    )
}

fn repo() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn migrations() -> Vec<std::path::PathBuf> {
    std::fs::read_dir(repo().join("supabase/migrations"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(e.file_name());
        if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// Where a database's time went, from the run's JSON (`phases_ms` of each target): the mean of
/// each step, and how many drift checks the fingerprint settled.
fn phases(out: &Path) -> String {
    let Ok(v) = std::fs::read_to_string(out)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).map_err(|e| e.to_string()))
    else {
        return "(no JSON document to read the steps from)".to_string();
    };
    let targets = v["targets"].as_array().cloned().unwrap_or_default();
    let mut sums: Vec<(String, u64)> = Vec::new();
    for t in &targets {
        for (k, ms) in t["phases_ms"].as_object().into_iter().flatten() {
            let ms = ms.as_u64().unwrap_or(0);
            match sums.iter_mut().find(|(name, _)| name == k) {
                Some((_, sum)) => *sum += ms,
                None => sums.push((k.clone(), ms)),
            }
        }
    }
    let n = targets.len().max(1) as u64;
    let by_fingerprint = targets
        .iter()
        .filter(|t| t["drift"]["by"] == "fingerprint")
        .count();
    format!(
        "mean per database: {}; drift settled by fingerprint on {by_fingerprint} of {}",
        sums.iter()
            .map(|(k, sum)| format!("{k} {} ms", sum / n))
            .collect::<Vec<_>>()
            .join(", "),
        targets.len()
    )
}
