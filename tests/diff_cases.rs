//! The acceptance corpus (`tests/cases/<kind>/<case>.sql`, `-- @before` / `-- @after`): for every
//! case, the plan from before to after, applied to a fresh copy of before, must reach after (a
//! second diff is empty), and the rollback must return to before. Cases that do not pass yet are
//! listed with their reason in `tests/cases/KNOWN_FAILURES.tsv`: each line is a gap to close. The
//! test fails when a case outside that list fails, and when a listed case passes (so the list
//! stays exact). Set PGSHIFT_WRITE_KNOWN_FAILURES=1 to rewrite the list from a run.

mod common;

use common::cases::*;
use common::*;
use pgshift::apply::validate::{self, ValidateError};
use pgshift::catalog::{self, Filter};
use pgshift::model::Schema;

/// What a case produced: the snapshot text (forward script, rollback script, hazards; or the
/// planner's refusal) and whether it round-trips.
struct Outcome {
    snapshot: String,
    result: Result<usize, String>,
    /// Blocking lint findings on the generated forward file that its statements do not declare
    /// as hazards, header expectations not met, stale stored models.
    problems: Vec<String>,
    /// The same case with the names it defines renamed to names that need quoting (`None` when
    /// it defines none outside strings and bodies).
    quoted: Option<Result<usize, String>>,
}

/// A stable hash of a case's name (FNV-1a), for the fixed shares `cargo test` runs.
fn share(case: &Case) -> u64 {
    case.name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `cargo test` runs one case in this many on PostgreSQL (and one in `4 * SHARE` again under
/// quoted names), which keeps it within CI's time; the offline tier plans every case from its
/// stored models in each run, and the ignored test runs them all.
const SHARE: u64 = 4;

/// Whether every case runs (and every one also quoted): the ignored test, `PGSHIFT_ALL_QUOTED=1`,
/// a narrowed run, or when the known-failures lists are rewritten.
fn runs_all(all: bool) -> bool {
    all || narrowed()
        || std::env::var_os("PGSHIFT_ALL_QUOTED").is_some()
        || std::env::var_os("PGSHIFT_WRITE_KNOWN_FAILURES").is_some()
}

/// The cases that run on PostgreSQL in this run: every case with [`runs_all`], else the fixed
/// share whose hash [`SHARE`] divides, and for a family with none of those its case of lowest
/// hash, so every family runs in every run.
fn sample(all: &[Case], everything: bool) -> Vec<&Case> {
    if runs_all(everything) {
        return all.iter().collect();
    }
    let family = |c: &Case| c.name.split('/').next().unwrap_or_default().to_string();
    let mut lowest: std::collections::BTreeMap<String, &Case> = Default::default();
    for c in all {
        let e = lowest.entry(family(c)).or_insert(c);
        if share(c) < share(e) {
            *e = c;
        }
    }
    all.iter()
        .filter(|c| {
            share(c) % SHARE == 0 || lowest.get(&family(c)).is_some_and(|l| l.name == c.name)
        })
        .collect()
}

/// Whether a case also runs with its names renamed to ones that need quoting: every case with
/// [`runs_all`], else a fixed share of the sample.
fn runs_quoted(case: &Case, all: bool) -> bool {
    runs_all(all) || share(case) % (4 * SHARE) == 0
}

async fn check(cluster: &Cluster, case: &Case, all_quoted: bool) -> Outcome {
    let mut snapshot = String::new();
    let mut problems = Vec::new();
    let result = check_into(cluster, case, &mut snapshot, &mut problems, false).await;
    let renamed = if runs_quoted(case, all_quoted) {
        rename::rename_case(&case.before, &case.after)
    } else {
        None
    };
    let quoted = match renamed {
        Some((before, after)) => {
            let renamed = Case {
                before,
                after,
                ..case.clone()
            };
            let (mut s, mut p) = (String::new(), Vec::new());
            match check_into(cluster, &renamed, &mut s, &mut p, true).await {
                // The renamed SQL itself does not load (it names something PostgreSQL names
                // implicitly, such as a serial's sequence): a limit of the renaming, not a case.
                Err(e) if e.starts_with("load:") => None,
                r => Some(r),
            }
        }
        None => None,
    };
    Outcome {
        snapshot,
        result,
        problems,
        quoted,
    }
}

/// Keeps `tests/models/` (what the offline tier plans from) equal to what the server gives:
/// rewritten with `PGSHIFT_UPDATE_MODELS=1`, else a difference is a problem to report.
fn refresh_models(case: &Case, before: &Schema, after: &Schema) -> Option<String> {
    let models = Models {
        case: case.checksum.clone(),
        before: before.clone(),
        after: after.clone(),
    };
    // A minor release of the same major version reads the same models: the stored ones are
    // compared as if read from this server's minor version.
    let same_major = |mut m: Models| {
        for (stored, read) in [(&mut m.before, before), (&mut m.after, after)] {
            if stored.server_version / 10000 == read.server_version / 10000 {
                stored.server_version = read.server_version;
            }
        }
        m
    };
    if stored_models(case).is_ok_and(|m| same_major(m) == models) {
        return None;
    }
    if std::env::var_os("PGSHIFT_UPDATE_MODELS").is_none() {
        return Some(format!(
            "{}: the stored models differ from the server's; rewrite them with \
             PGSHIFT_UPDATE_MODELS=1 cargo test --test diff_cases",
            case.name
        ));
    }
    let path = models_path(case);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, serde_json::to_string(&models).unwrap() + "\n").unwrap();
    None
}

/// Runs one case; the error is one line.
async fn check_into(
    cluster: &Cluster,
    case: &Case,
    snapshot: &mut String,
    problems: &mut Vec<String>,
    renamed: bool,
) -> Result<usize, String> {
    let filter = Filter::default();
    let load = |sql: String| async move { load_sql(cluster, &sql).await };
    let a_db = load(case.before.clone()).await?;
    let b_db = load(case.after.clone()).await?;
    // Read as `diff` reads them: both at once, with the conversions each side's server cannot
    // cast.
    let (a, b) = catalog::inspect_pair(&a_db.url, &b_db.url, &filter).await;
    let (a, b) = (a.map_err(|e| e.to_string())?, b.map_err(|e| e.to_string())?);
    if !renamed {
        problems.extend(refresh_models(case, &a, &b));
    }
    let planned = plan_case(case, &a, &b);
    *snapshot = planned.snapshot;
    problems.extend(planned.problems);
    let (forward, rollback) = planned.plans?;
    let work = load(case.before.clone()).await?;
    // The files as `generate` writes them, through the one executor and the library's checks.
    let opts = pgshift::plan::ScriptOptions::default();
    let leftover = |e: ValidateError| match e {
        ValidateError::Leftover { what, lines } => format!(
            "{what}: {} difference(s) remain: {}",
            lines.len(),
            lines
                .iter()
                .take(2)
                .map(|l| l.trim().chars().take(100).collect::<String>())
                .collect::<Vec<_>>()
                .join(" | ")
        ),
        e => first_line(&e.to_string()),
    };
    validate::run_plan(&work.url, "forward.sql", &forward, &opts, &b)
        .await
        .map_err(|e| format!("apply: {}", first_line(&e.to_string())))?;
    validate::check_reaches(&work.url, &b, &filter, case.options, "after the plan")
        .await
        .map_err(leftover)?;
    schema_equal(&work.url, &b_db.url).map_err(|e| format!("schema-equal after the plan: {e}"))?;
    validate::run_plan(&work.url, "rollback.sql", &rollback, &opts, &a)
        .await
        .map_err(|e| format!("rollback: {}", first_line(&e.to_string())))?;
    validate::check_reaches(&work.url, &a, &filter, case.options, "after the rollback")
        .await
        .map_err(leftover)?;
    schema_equal(&work.url, &a_db.url)
        .map_err(|e| format!("schema-equal after the rollback: {e}"))?;
    Ok(forward.steps.len())
}

const KNOWN: KnownFailures = KnownFailures {
    rel: "tests/cases/KNOWN_FAILURES.tsv",
    header: "# case\treason (written by the acceptance test; each line is a gap to close)",
};

const KNOWN_QUOTED: KnownFailures = KnownFailures {
    rel: "tests/cases/KNOWN_FAILURES_QUOTED.tsv",
    header: "# case\treason, with the names the case defines renamed to names that need quoting (written by the acceptance test; each line is a gap to close)",
};

#[test]
fn renaming_names_to_quoted_ones_follows_references_but_not_bodies() {
    let (b, _) = rename::rename_case(
        "create table users (id int primary key, email text);\n\
         create index users_email on users (email);\n\
         create function f() returns int language sql as $$ select count(*) from users $$;",
        "create table users (id int);",
    )
    .unwrap();
    assert!(
        b.contains("create index \"users_emailé Q\" on users (\"emailé Q\")"),
        "{b}"
    );
    assert!(b.contains("(\"idé Q\" int primary key"), "{b}");
    // `users` (and `f`, inside `from`) are written inside a body, which the scanner cannot see
    // into: they keep their names.
    assert!(b.contains("create table users ("), "{b}");
    assert!(b.contains("select count(*) from users $$"), "{b}");
}

#[test]
fn acceptance_corpus_round_trips() {
    round_trips(false);
}

/// [`acceptance_corpus_round_trips`] on every case, each also run under quoted names (`cargo test
/// --test diff_cases -- --ignored`).
#[test]
#[ignore = "every case, and every case again quoted, takes several times as long; cargo test runs a fixed quarter, a sixteenth of them quoted"]
fn acceptance_corpus_round_trips_with_every_case_quoted() {
    round_trips(true);
}

fn round_trips(all_quoted: bool) {
    let all = cases();
    assert!(
        narrowed() || all.len() >= 150,
        "the corpus has {} cases",
        all.len()
    );
    let outcomes: Vec<(String, Outcome)> = on_threads(
        sample(&all, all_quoted),
        CORPUS_THREADS,
        Cluster::start,
        |cluster, c| {
            let outcome = cluster.rt.block_on(check(cluster, c, all_quoted));
            cluster.drop_shadow_databases();
            (c.name.clone(), outcome)
        },
    );
    assert_snapshots(
        outcomes
            .iter()
            .map(|(n, o)| (n.as_str(), o.snapshot.as_str())),
    );
    let undeclared: Vec<String> = outcomes
        .iter()
        .flat_map(|(_, o)| o.problems.clone())
        .collect();
    println!(
        "generated migrations: {} problem(s) (blocking lint findings not declared by their statement, header \
         expectations not met, stale stored models)",
        undeclared.len()
    );
    let quoted: Vec<(String, Result<usize, String>)> = outcomes
        .iter()
        .filter_map(|(n, o)| o.quoted.clone().map(|r| (n.clone(), r)))
        .collect();
    let results: Vec<(String, Result<usize, String>)> =
        outcomes.into_iter().map(|(n, o)| (n, o.result)).collect();
    let known = KNOWN.read();
    let passed = results.iter().filter(|(_, r)| r.is_ok()).count();
    println!(
        "acceptance corpus: {passed} of {} cases round-trip ({} known failures listed)",
        results.len(),
        known.len()
    );
    println!(
        "with names that need quoting: {} of {} cases round-trip ({} known failures listed)",
        quoted.iter().filter(|(_, r)| r.is_ok()).count(),
        quoted.len(),
        KNOWN_QUOTED.read().len()
    );
    if std::env::var_os("PGSHIFT_WRITE_KNOWN_FAILURES").is_some() && !narrowed() {
        KNOWN.write(&results);
        KNOWN_QUOTED.write(&quoted);
        return;
    }
    let mut problems = KNOWN.problems(&results);
    // Without the schema-equal oracle (a bare clone), a case listed for what only that oracle
    // sees passes here: only new failures count then.
    let exact = shared_available();
    problems.extend(
        KNOWN_QUOTED
            .problems(&quoted)
            .into_iter()
            .map(|p| format!("with quoted names: {p}")),
    );
    problems.extend(undeclared);
    problems.retain(|p| exact || !p.contains("passes now"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
