//! The acceptance corpus (`tests/cases/<kind>/<case>.sql`, `-- @before` / `-- @after`): for every
//! case, the plan from before to after, applied to a fresh copy of before, must reach after (a
//! second diff is empty), and the rollback must return to before. Cases that do not pass yet are
//! listed with their reason in `tests/cases/KNOWN_FAILURES.tsv`: each line is a gap to close. The
//! test fails when a case outside that list fails, and when a listed case passes (so the list
//! stays exact). Set PGSHIFT_WRITE_KNOWN_FAILURES=1 to rewrite the list from a run.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use pgshift::catalog::{self, Filter};
use pgshift::diff::{diff_with, Options};
use pgshift::plan::plan;

struct Case {
    name: String,
    before: String,
    after: String,
    /// `-- diff-options: owners` in the header: the case manages owners.
    options: Options,
}

fn parse_case(path: &Path, root: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap();
    let b = text.find("-- @before").expect("-- @before");
    let a = text.find("-- @after").expect("-- @after");
    Case {
        name: path.strip_prefix(root).unwrap().display().to_string(),
        before: text[b + "-- @before".len()..a].to_string(),
        after: text[a + "-- @after".len()..].to_string(),
        options: Options {
            owners: text[..b]
                .lines()
                .any(|l| l.trim() == "-- diff-options: owners"),
        },
    }
}

fn cases() -> Vec<Case> {
    let root = repo().join("tests/cases");
    let mut files: Vec<PathBuf> = Vec::new();
    for kind in std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
    {
        for f in std::fs::read_dir(kind.path()).unwrap().flatten() {
            if f.path().extension().is_some_and(|e| e == "sql") {
                files.push(f.path());
            }
        }
    }
    files.sort();
    files.iter().map(|f| parse_case(f, &root)).collect()
}

/// What a case produced: the snapshot text (forward script, rollback script, hazards; or the
/// planner's refusal) and whether it round-trips.
struct Outcome {
    snapshot: String,
    result: Result<usize, String>,
    /// Blocking lint findings on the generated forward file that no declared hazard explains.
    lint: Vec<String>,
}

/// The reviewable text of a case's plans: the forward migration as `generate` writes it (hazards
/// noted, data-deleting statements held back) and the rollback (nothing held back).
fn snapshot_text(forward: &pgshift::plan::Plan, rollback: &pgshift::plan::Plan) -> String {
    let opts = pgshift::plan::ScriptOptions::default();
    let mut all = opts.clone();
    all.allowed.extend(pgshift::plan::HELD_BACK.iter().copied());
    format!(
        "-- forward\n{}\n-- rollback\n{}",
        forward.script(&opts),
        rollback.script(&all)
    )
}

async fn check(cluster: &Cluster, case: &Case) -> Outcome {
    let mut snapshot = String::new();
    let mut lint = Vec::new();
    let result = check_into(cluster, case, &mut snapshot, &mut lint).await;
    Outcome {
        snapshot,
        result,
        lint,
    }
}

/// Lints the forward migration as `generate` writes it: every blocking finding must be one of
/// the hazards the plan itself declares (a generated file never hides a danger the linter sees).
fn undeclared_lint(case: &str, forward: &pgshift::plan::Plan) -> Vec<String> {
    let script = forward.script(&pgshift::plan::ScriptOptions::default());
    let declared: std::collections::BTreeSet<_> = forward
        .steps
        .iter()
        .flat_map(|s| s.hazards.iter().map(|h| h.hazard))
        .collect();
    pgshift::lint::lint_text(case, &script, &pgshift::lint::Options::default())
        .into_iter()
        .filter(|f| f.severity == pgshift::lint::Severity::Blocking)
        .filter(|f| !f.hazards.iter().any(|h| declared.contains(h)))
        .map(|f| format!("{}:{} {}: {}", case, f.line, f.rule, f.message))
        .collect()
}

/// Runs one case; the error is one line.
async fn check_into(
    cluster: &Cluster,
    case: &Case,
    snapshot: &mut String,
    lint: &mut Vec<String>,
) -> Result<usize, String> {
    let filter = Filter::default();
    let load = |sql: String| async move {
        let db = cluster
            .server
            .create_database()
            .await
            .map_err(|e| e.to_string())?;
        pgshift::source::replay_text(&db.url, Path::new("case"), &sql)
            .await
            .map_err(|e| format!("load: {}", first_line(&e.to_string())))?;
        Ok::<_, String>(db)
    };
    let a_db = load(case.before.clone()).await?;
    let b_db = load(case.after.clone()).await?;
    let a = catalog::inspect_url(&a_db.url, &filter)
        .await
        .map_err(|e| e.to_string())?;
    let b = catalog::inspect_url(&b_db.url, &filter)
        .await
        .map_err(|e| e.to_string())?;
    let forward = plan(&a, &b, diff_with(&a, &b, case.options)).map_err(|e| {
        *snapshot = format!("-- refused\n{e}\n");
        format!("plan: {}", first_line(&e.to_string().replace('\n', " ")))
    })?;
    let rollback = plan(&b, &a, diff_with(&b, &a, case.options)).map_err(|e| {
        *snapshot = format!("-- rollback refused\n{e}\n");
        format!(
            "rollback plan: {}",
            first_line(&e.to_string().replace('\n', " "))
        )
    })?;
    *snapshot = snapshot_text(&forward, &rollback);
    *lint = undeclared_lint(&case.name, &forward);
    let work = load(case.before.clone()).await?;
    let client = pgshift::db::connect(&work.url)
        .await
        .map_err(|e| e.to_string())?;
    pgshift::apply::run_plan(&client, &forward)
        .await
        .map_err(|e| format!("apply: {}", first_line(&e.to_string())))?;
    let reached = catalog::inspect_url(&work.url, &filter)
        .await
        .map_err(|e| e.to_string())?;
    let left = diff_with(&reached, &b, case.options);
    if !left.is_empty() {
        return Err(format!(
            "after the plan {} differences remain: {}",
            left.changes.len(),
            describe(&left)
        ));
    }
    schema_equal(&work.url, &b_db.url).map_err(|e| format!("schema-equal after the plan: {e}"))?;
    pgshift::apply::run_plan(&client, &rollback)
        .await
        .map_err(|e| format!("rollback: {}", first_line(&e.to_string())))?;
    let back = catalog::inspect_url(&work.url, &filter)
        .await
        .map_err(|e| e.to_string())?;
    let left = diff_with(&back, &a, case.options);
    if !left.is_empty() {
        return Err(format!(
            "after the rollback {} differences remain: {}",
            left.changes.len(),
            describe(&left)
        ));
    }
    schema_equal(&work.url, &a_db.url)
        .map_err(|e| format!("schema-equal after the rollback: {e}"))?;
    Ok(forward.steps.len())
}

fn describe(c: &pgshift::diff::ChangeSet) -> String {
    c.changes
        .iter()
        .take(2)
        .map(|c| {
            first_line(&pgshift::sql::render::render(c))
                .chars()
                .take(100)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

const KNOWN: KnownFailures = KnownFailures {
    rel: "tests/cases/KNOWN_FAILURES.tsv",
    header: "# case\treason (written by the acceptance test; each line is a gap to close)",
};

#[test]
fn acceptance_corpus_round_trips() {
    let mut all = cases();
    assert!(all.len() >= 150, "the corpus has {} cases", all.len());
    // PGSHIFT_CASES=a,b runs only the cases whose names contain one of the comma-separated
    // substrings (while working on one kind).
    let only = std::env::var("PGSHIFT_CASES").ok();
    if let Some(only) = &only {
        all.retain(|c| only.split(',').any(|o| c.name.contains(o)));
    }
    let halves: Vec<Vec<&Case>> = {
        let mut h = vec![Vec::new(), Vec::new()];
        for (i, c) in all.iter().enumerate() {
            h[i % 2].push(c);
        }
        h
    };
    let outcomes: Vec<(String, Outcome)> = std::thread::scope(|scope| {
        let handles: Vec<_> = halves
            .into_iter()
            .map(|part| {
                scope.spawn(move || {
                    let cluster = Cluster::start();
                    part.into_iter()
                        .map(|c| (c.name.clone(), cluster.rt.block_on(check(&cluster, c))))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    // One snapshot per case under snapshots/: forward SQL, rollback SQL and hazards.
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for (name, o) in &outcomes {
            let snap_name = name.trim_end_matches(".sql").replace('/', "__");
            insta::assert_snapshot!(snap_name, o.snapshot);
        }
    });
    let undeclared: Vec<String> = outcomes.iter().flat_map(|(_, o)| o.lint.clone()).collect();
    println!(
        "generated migrations: {} blocking lint finding(s) not declared as hazards",
        undeclared.len()
    );
    let results: Vec<(String, Result<usize, String>)> =
        outcomes.into_iter().map(|(n, o)| (n, o.result)).collect();
    let known = KNOWN.read();
    let passed = results.iter().filter(|(_, r)| r.is_ok()).count();
    println!(
        "acceptance corpus: {passed} of {} cases round-trip ({} known failures listed)",
        results.len(),
        known.len()
    );
    if std::env::var_os("PGSHIFT_WRITE_KNOWN_FAILURES").is_some() && only.is_none() {
        KNOWN.write(&results);
        return;
    }
    let mut problems = KNOWN.problems(&results);
    problems.extend(undeclared);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
