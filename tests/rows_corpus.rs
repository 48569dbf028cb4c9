//! Validation with rows over the acceptance corpus (`tests/cases/`): each case's `before` is
//! given generated rows (`apply::validate::rows`), then its plan and rollback run as `generate`
//! validates them. Every plan must either keep the rows (counts of every table no statement
//! declares `deletes-data` on, and the values of recreated tables) or fail at a statement that
//! rows alone stop, reported with its table, the server's reason and a fix. The generator must
//! never fail, and a table it cannot fill is said with its reason.
//!
//! `cargo test` runs a fixed sample (every twelfth case); `cargo test --test rows_corpus --
//! --ignored --nocapture` runs all of them and prints what each case did.

mod common;

use common::cases::*;
use common::*;
use pgshift::apply::validate::{Data, ValidateError, Validator};
use pgshift::catalog::{self, Filter};

/// What one case did with rows.
enum Result_ {
    /// The plan and rollback kept the rows: tables that held rows, rows.
    Kept(usize, i64),
    /// A statement stopped on the rows, reported as such (the report's text).
    StoppedByRows(String),
    /// The case does not plan, or does not load: the acceptance test's business.
    NotPlanned,
}

async fn check(cluster: &Cluster, case: &Case) -> Result<(Result_, Vec<String>), String> {
    let filter = Filter::default();
    let load = |sql: String| async move { load_sql(cluster, &sql).await };
    let (Ok(a_db), Ok(b_db)) = (
        load(case.before.clone()).await,
        load(case.after.clone()).await,
    ) else {
        return Ok((Result_::NotPlanned, Vec::new()));
    };
    let (a, b) = catalog::inspect_pair(&a_db.url, &b_db.url, &filter).await;
    let (a, b) = (a.map_err(|e| e.to_string())?, b.map_err(|e| e.to_string())?);
    let Ok((forward, rollback)) = plan_case(case, &a, &b).plans else {
        return Ok((Result_::NotPlanned, Vec::new()));
    };
    let work = load(case.before.clone()).await?;
    let script = pgshift::plan::ScriptOptions::default();
    let validator = Validator {
        filter: &filter,
        options: case.options,
        script: &script,
        locks: None,
    };
    let (report, result) = validator
        .validate_rows(&work.url, &a, &b, &forward, &rollback, Data::Generate)
        .await;
    let skipped = report.skipped.clone();
    match result {
        Ok(()) => Ok((Result_::Kept(report.tables_with_rows, report.rows), skipped)),
        Err(e @ (ValidateError::Forward(_) | ValidateError::Rollback(_))) => {
            let failure = validator
                .row_failure(&e, &forward, &rollback)
                .ok_or_else(|| format!("not described: {}", first_line(&e.to_string())))?;
            // A row failure names its statement, the server's reason and a fix (its table too
            // when the statement works on one; a type's change names the type).
            if failure.statement.is_empty()
                || failure.reason.is_empty()
                || failure.suggestion.is_empty()
            {
                return Err(format!("a row failure not described: {failure}"));
            }
            Ok((Result_::StoppedByRows(failure.to_string()), skipped))
        }
        Err(e) => Err(first_line(&e.to_string()).replace('\n', " ")),
    }
}

fn run_cases(sample: bool) {
    if !shared_or_skip("the acceptance corpus with rows") {
        return;
    }
    let all: Vec<Case> = cases()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !sample || narrowed() || i % 12 == 0)
        .map(|(_, c)| c)
        .collect();
    let outcomes = on_threads(
        all.iter().collect(),
        CORPUS_THREADS,
        Cluster::start,
        |cluster, case| {
            let outcome = cluster.rt.block_on(check(cluster, case));
            cluster.drop_shadow_databases();
            (case, outcome)
        },
    );
    let (mut kept, mut stopped, mut not_planned, mut rows, mut filled) = (0, 0, 0, 0i64, 0);
    let mut skipped_tables = Vec::new();
    let mut problems = Vec::new();
    for (case, outcome) in outcomes {
        match outcome {
            Ok((outcome, skipped)) => {
                skipped_tables.extend(skipped.into_iter().map(|s| format!("{}: {s}", case.name)));
                match outcome {
                    Result_::Kept(tables, n) => {
                        kept += 1;
                        filled += tables;
                        rows += n;
                    }
                    Result_::StoppedByRows(text) => {
                        stopped += 1;
                        if std::env::var_os("PGSHIFT_ROWS_VERBOSE").is_some() {
                            println!("{}: {text}", case.name);
                        }
                    }
                    Result_::NotPlanned => not_planned += 1,
                }
            }
            Err(e) => problems.push(format!("{}: {e}", case.name)),
        }
    }
    println!(
        "rows corpus: {} case(s): {kept} kept their rows ({rows} rows in {filled} tables), \
         {stopped} stopped by rows and reported, {not_planned} not planned, {} problem(s); \
         {} table(s) the generator could not fill",
        all.len(),
        problems.len(),
        skipped_tables.len()
    );
    for s in &skipped_tables {
        println!("  not filled: {s}");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(kept > 0 || narrowed(), "no case kept rows");
}

#[test]
fn sample_of_the_acceptance_corpus_keeps_its_rows_or_says_why() {
    run_cases(true);
}

#[test]
#[ignore = "every case with rows takes several minutes; cargo test runs every twelfth"]
fn acceptance_corpus_keeps_its_rows_or_says_why() {
    run_cases(false);
}
