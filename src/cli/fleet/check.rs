//! `check --env NAME` over a fleet: the environment's post-deploy checks (`checks`,
//! `check_commands`) on every target, with the fleet's runner (canaries, then at most `jobs` at
//! once). Each target passes when all its checks pass; nothing is recorded in the targets'
//! history (as `check` on one database). Exit 1 when any target's check fails.

use anyhow::Result;

use super::job::{self, Fleet, Job, Ran};
use crate::apply::checks;
use crate::cli::{CheckArgs, Context_, Outcome};
use crate::fleet::{FleetTarget, Outcome as Out, TargetError, TargetResult};

pub async fn check(ctx: &Context_, fleet: Fleet, args: CheckArgs) -> Result<Outcome> {
    if fleet.env.checks.is_empty() {
        anyhow::bail!(
            "environment `{name}` has no checks: add `checks = [\"SELECT ...\"]` or `check_commands = [...]` \
             under [environments.{name}] in pgshift.toml",
            name = fleet.env.name
        );
    }
    // The checks need no migration files.
    let job = Job::new(ctx, &fleet, Vec::new());
    let finished = job::drive(&job, &fleet, |job, t| async move {
        check_target(&job, &t).await
    })
    .await;
    let mut ran = Ran::new(job, finished);
    ran.extra_json.insert("shadow_replays".into(), 0.into());
    Ok(ran.finish(&fleet, &args.format))
}

async fn check_target(job: &Job, t: &FleetTarget) -> TargetResult {
    let results = checks::run(&t.url, &job.env.checks).await;
    let failed = failures(&results);
    let mut result = if failed.is_empty() {
        TargetResult::new(&t.name, Out::Passed)
    } else {
        TargetResult::failed(
            &t.name,
            Out::ChecksFailed,
            TargetError::new(failed.join("\n")),
        )
    };
    result.note = format!(
        "{} of {} check(s) passed",
        results.len() - failed.len(),
        results.len()
    );
    result.with("checks", &results)
}

/// One line per failed post-deploy check: `KIND check `NAME` failed: MESSAGE`.
pub(super) fn failures(results: &[crate::apply::checks::CheckResult]) -> Vec<String> {
    results
        .iter()
        .filter(|r| !r.passed)
        .map(|r| {
            format!(
                "{} check `{}` failed{}",
                r.kind,
                r.check,
                r.message
                    .as_ref()
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default()
            )
        })
        .collect()
}
