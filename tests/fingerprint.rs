//! The schema fingerprint on the acceptance corpus (`tests/cases`): the same schema built two
//! ways (the `after` SQL replayed, and `before` replayed then the generated plan applied, which
//! creates objects in another order and adds columns last) has the same fingerprint; `before`
//! and `after` of every case that is not a no-op have different ones (a no-op's are equal). A
//! fixed sample runs by default, every case with `--ignored`. Cases the plan does not reach yet
//! (`tests/cases/KNOWN_FAILURES.tsv`) only check the second property.

mod common;

use common::cases::*;
use common::*;
use pgshift::apply::validate;
use pgshift::catalog::{self, Filter};
use pgshift::model::fingerprint::fingerprint;

async fn check(cluster: &Cluster, case: &Case) -> Result<(), String> {
    let filter = Filter::default();
    let owners = case.options.owners;
    let load = |sql: String| async move { load_sql(cluster, &sql).await };
    let a_db = load(case.before.clone()).await?;
    let b_db = load(case.after.clone()).await?;
    let (a, b) = catalog::inspect_pair(&a_db.url, &b_db.url, &filter).await;
    let (a, b) = (a.map_err(|e| e.to_string())?, b.map_err(|e| e.to_string())?);
    let (fa, fb) = (fingerprint(&a, owners), fingerprint(&b, owners));
    let empty = pgshift::diff::diff_with(&a, &b, case.options).is_empty();
    if case.no_op || empty {
        if fa != fb {
            return Err(format!(
                "the two sides diff empty but have fingerprints {fa} and {fb}"
            ));
        }
        return Ok(());
    }
    if fa == fb {
        return Err(format!(
            "before and after differ but share the fingerprint {fa}"
        ));
    }
    let known = KnownFailures {
        rel: "tests/cases/KNOWN_FAILURES.tsv",
        header: "",
    }
    .read();
    if known.contains_key(&case.name) {
        return Ok(());
    }
    let Ok((forward, _)) = plan_case(case, &a, &b).plans else {
        return Ok(());
    };
    let work = load(case.before.clone()).await?;
    let opts = pgshift::plan::ScriptOptions::default();
    validate::run_plan(&work.url, "forward.sql", &forward, &opts, &b)
        .await
        .map_err(|e| format!("apply: {}", first_line(&e.to_string())))?;
    let w = catalog::inspect_url(&work.url, &filter)
        .await
        .map_err(|e| e.to_string())?;
    let fw = fingerprint(&w, owners);
    if fw != fb {
        return Err(format!(
            "after built two ways: replayed {fb}, before + plan {fw} (diff empty: {})",
            pgshift::diff::diff_with(&w, &b, case.options).is_empty()
        ));
    }
    Ok(())
}

fn run_cases(every: usize) {
    let cluster = Cluster::start();
    let cases = cases();
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in cases.iter().step_by(every) {
        checked += 1;
        if let Err(e) = cluster.rt.block_on(check(&cluster, case)) {
            failures.push(format!("{}: {e}", case.name));
        }
        cluster.drop_shadow_databases();
    }
    eprintln!(
        "fingerprint: {checked} case(s) checked, {} failed",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fingerprints_name_schemas_on_a_sample_of_the_corpus() {
    run_cases(20);
}

#[test]
#[ignore = "every case of the corpus: minutes"]
fn fingerprints_name_schemas_on_the_whole_corpus() {
    run_cases(1);
}
