//! The offline tier of the acceptance corpus: every case planned both ways from the two models
//! the PostgreSQL tier (`diff_cases.rs`) stored under `tests/models/`, with no server. It checks
//! the same snapshots, the same `expect-hazards` / `no-op` headers and the same per-statement
//! lint cross-check, so a change to diff, plan, safety, hazards or rendering gets its feedback in
//! seconds. The PostgreSQL tier stays the oracle: it proves the plans on a server and keeps the
//! stored models equal to what the server gives (`PGSHIFT_UPDATE_MODELS=1` rewrites them).

mod common;

use common::cases::*;

#[test]
fn acceptance_corpus_plans_offline() {
    let started = std::time::Instant::now();
    let all = cases();
    assert!(
        narrowed() || all.len() >= 150,
        "the corpus has {} cases",
        all.len()
    );
    let mut problems = Vec::new();
    let mut snapshots = Vec::new();
    for case in &all {
        let models = match stored_models(case) {
            Ok(m) => m,
            Err(e) => {
                problems.push(format!(
                    "{}: {e}; run PGSHIFT_UPDATE_MODELS=1 cargo test --test diff_cases",
                    case.name
                ));
                continue;
            }
        };
        // The models load into typed values (types, names) and write back byte for byte.
        let text = std::fs::read_to_string(models_path(case)).unwrap();
        if serde_json::to_string(&models).unwrap() + "\n" != text {
            problems.push(format!(
                "{}: the stored models do not write back as they were read",
                case.name
            ));
        }
        // One owner lookup answers what the list of every owner says, for every kind stored.
        for schema in [&models.before, &models.after] {
            for (id, owner) in schema.owners() {
                let expected = (!owner.is_empty()).then_some(owner);
                if schema.owner_of(&id) != expected {
                    problems.push(format!(
                        "{}: owner_of({id}) is {:?}, owners() says {owner:?}",
                        case.name,
                        schema.owner_of(&id)
                    ));
                }
            }
        }
        let planned = plan_case(case, &models.before, &models.after);
        problems.extend(planned.problems);
        snapshots.push((case.name.as_str(), planned.snapshot));
    }
    assert_snapshots(snapshots.iter().map(|(n, s)| (*n, s.as_str())));
    println!(
        "offline tier: {} cases planned both ways in {} ms",
        snapshots.len(),
        started.elapsed().as_millis()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
