//! `apply` and `rollback` over a fleet: on each target, what the single-target commands do (its
//! own connection, history checks, hazard policy, backup, deploy lock, one transaction per
//! migration, drift check and post-deploy checks), through the same `apply::deploy` library; the
//! outcome of each target is a result instead of an exit code.

use std::rc::Rc;
use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::job::{self, Fleet, Job, Phases, Ran};
use crate::apply::checks;
use crate::apply::deploy::{self, DeployError, Deployment, Refusal};
use crate::apply::history::{self, State};
use crate::apply::outcome::LintSummary;
use crate::apply::{self, backup, Applier};
use crate::cli::{ApplyArgs, Context_, Outcome, RollbackArgs};
use crate::fleet::{FleetTarget, Outcome as Out, TargetError, TargetResult};
use crate::source::{list_migrations, MigrationFile};

pub async fn apply(ctx: &Context_, fleet: Fleet, args: ApplyArgs) -> Result<Outcome> {
    if !args.dry_run && !job::confirmed(ctx, &fleet, args.yes, "apply migrations")? {
        return Ok(Outcome::CheckFailed);
    }
    let format = args.format.clone();
    Ok(run_apply(ctx, &fleet, args).await?.finish(&fleet, &format))
}

/// `apply` on every target (confirmation already given); the results, not printed.
pub async fn run_apply(ctx: &Context_, fleet: &Fleet, args: ApplyArgs) -> Result<Ran> {
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let job = Job::new(ctx, fleet, files);
    let args = Rc::new(args);
    let finished = job::drive(&job, fleet, |job, t| {
        let args = args.clone();
        async move { apply_target(&job, &args, &t).await }
    })
    .await;
    let mut ran = Ran::new(job, finished);
    if args.dry_run {
        ran.extra_text = dry_run_text(&ran.finished.results);
    }
    Ok(ran)
}

pub async fn rollback(ctx: &Context_, fleet: Fleet, args: RollbackArgs) -> Result<Outcome> {
    if args.last.is_none() && args.to.is_none() {
        anyhow::bail!("say what to roll back: --last N or --to VERSION");
    }
    let files = list_migrations(&ctx.config.migrations_dir)?;
    if !args.dry_run && !job::confirmed(ctx, &fleet, args.yes, "roll back migrations")? {
        return Ok(Outcome::CheckFailed);
    }
    let job = Job::new(ctx, &fleet, files);
    let args = Rc::new(args);
    let finished = job::drive(&job, &fleet, |job, t| {
        let args = args.clone();
        async move { rollback_target(&job, &args, &t).await }
    })
    .await;
    Ok(job::finish(
        &job,
        &fleet,
        finished,
        &args.format,
        serde_json::Map::new(),
        "",
    ))
}

/// A refused or failed deploy as the target's result.
fn deploy_error(job: &Job, target: &str, e: DeployError) -> TargetResult {
    match e {
        DeployError::Refused(r @ Refusal::LockTimeout(_)) => {
            TargetResult::failed(target, Out::LockBusy, TargetError::new(r.to_string()))
        }
        DeployError::Refused(r) => {
            TargetResult::failed(target, Out::Refused, TargetError::new(r.to_string()))
        }
        DeployError::Failed(e) => TargetResult::failed(target, Out::Failed, job.apply_error(&e)),
    }
}

/// `apply` on one target, with how long each step took (`phases_ms`).
async fn apply_target(job: &Rc<Job>, args: &ApplyArgs, t: &FleetTarget) -> TargetResult {
    let mut phases = Phases::start();
    let mut result = apply_steps(job, args, t, &mut phases).await;
    result.set("phases_ms", phases.ms);
    result
}

async fn apply_steps(
    job: &Rc<Job>,
    args: &ApplyArgs,
    t: &FleetTarget,
    phases: &mut Phases,
) -> TargetResult {
    let name = t.name.as_str();
    let deployment = match Deployment::open_at(
        &t.url,
        &job.env.name,
        job.files.clone(),
        job.git.clone(),
    )
    .await
    {
        Ok(d) => d,
        Err(e) => return TargetResult::failed(name, Out::Failed, job.apply_error(&e)),
    };
    phases.done("connect");
    // One read of the tracking tables serves the pending list and the drift replay's list.
    let entries = match deployment.status().await {
        Ok(e) => e,
        Err(e) => return TargetResult::failed(name, Out::Failed, job.apply_error(&e)),
    };
    let pending = match deployment.pending_of(&entries, args.to.as_deref(), args.allow_out_of_order)
    {
        Ok(p) => p,
        Err(e) => return deploy_error(job, name, e),
    };
    phases.done("history");
    if pending.is_empty() {
        let mut r = TargetResult::new(name, Out::NothingToDo);
        r.note = "up to date".into();
        return r;
    }
    let pending_names: Vec<String> = pending
        .iter()
        .map(|(_, p)| p.local.file_name.clone())
        .collect();
    let denied: std::collections::BTreeSet<_> = job
        .ctx
        .config
        .deny
        .iter()
        .chain(&args.deny_hazard)
        .filter(|h| !args.allow_hazard.contains(h))
        .copied()
        .collect();
    let found = deploy::denied_statements(&pending, &denied, &job.ctx.config.lint, |p| job.rel(p));
    if !found.is_empty() {
        let mut message = format!(
            "nothing was applied; {} statement hazard(s) are not allowed ([safety] deny, --deny-hazard); \
             pass --allow-hazard NAME to accept one:",
            found.len()
        );
        for d in &found {
            message.push_str(&format!(
                "\n  {}:{}: {}: {}",
                d.file, d.line, d.hazard, d.statement
            ));
        }
        let first = &found[0];
        return TargetResult::failed(
            name,
            Out::Refused,
            TargetError {
                message,
                file: Some(first.file.clone()),
                line: Some(first.line),
                column: None,
            },
        )
        .with("pending", &pending_names);
    }
    if args.dry_run {
        return dry_run(job, args, &deployment, &pending, t).await;
    }
    if !args.no_drift_check {
        // The drift check afterwards compares with what applied + pending replay to: start that
        // replay now, beside this target's deploy (the first target would otherwise wait for it,
        // alone, while the canary holds the others back).
        let mut after: Vec<MigrationFile> = Vec::new();
        for f in &job.files {
            let applied = entries
                .iter()
                .any(|e| e.version == f.name.version && e.state == State::Applied);
            if applied || pending_names.contains(&f.name.file_name) {
                after.push(f.clone());
            }
        }
        let job = job.clone();
        tokio::task::spawn_local(async move {
            // The result is kept in the cache; an error is reported by the drift check itself.
            let _ = job.expected.of(&after).await;
        });
    }
    let mut result = TargetResult::new(name, Out::Applied).with("pending", &pending_names);
    if let Err(e) = take_backup(job, t, args.no_backup, &mut result).await {
        result.error = Some(e);
        result.set_outcome(Out::Failed);
        return result;
    }
    if job.env.backup && !args.no_backup {
        phases.done("backup");
    }
    let rollback_on_failure = args.rollback_on_failure || job.env.rollback_on_failure;
    let mut this_run: Vec<String> = Vec::new();
    let mut applied_names: Vec<String> = Vec::new();
    let lock_timeout = Duration::from_secs(args.lock_timeout);
    // The fingerprint gate, as on one database: each database is checked on its own.
    let mut gate = crate::apply::gate::Gate::new(
        &job.ctx.config,
        crate::cli::gate::options(args.ignore_fingerprint, job.env.verify_before),
    );
    let mut notes: Vec<String> = Vec::new();
    let applied = deployment
        .apply_gated(
            args.to.as_deref(),
            args.allow_out_of_order,
            lock_timeout,
            || waiting(job, name),
            Some(&mut gate),
            |p, d| {
                if let Some(line) = crate::cli::gate::decision_line(&p.local.file_name, d) {
                    notes.push(line.trim().to_string());
                }
            },
            |r| {
                this_run.push(r.version.clone());
                applied_names.push(r.file_name.clone());
            },
        )
        .await;
    result.applied = applied_names;
    if !notes.is_empty() {
        result.set("gate", &notes);
    }
    phases.done("apply");
    if let Err(DeployError::Refused(Refusal::Fingerprint(m))) = applied {
        let (text, refusal) = crate::cli::gate::report(&job.ctx, &m, name);
        let mut failed =
            TargetResult::failed(name, Out::Refused, TargetError::new(text.trim_end()));
        failed.set("fingerprint", &refusal);
        failed.applied = std::mem::take(&mut result.applied);
        return failed;
    }
    if let Err(e) = applied {
        let failed = deploy_error(job, name, e);
        result.error = failed.error;
        result.set_outcome(failed.outcome);
        if rollback_on_failure && !this_run.is_empty() {
            roll_back_run(job, &deployment, &this_run, lock_timeout, &mut result).await;
        }
        return result;
    }
    result.note = format!("{} migration(s)", result.applied.len());
    if !args.no_drift_check {
        drift_check(job, &deployment.applier, &mut result).await;
        phases.done("drift");
    }
    let last = this_run.last().cloned().unwrap_or_default();
    let passed = post_deploy_checks(job, &deployment, &t.url, &last, &mut result).await;
    if !job.env.checks.is_empty() {
        phases.done("checks");
    }
    if !passed && rollback_on_failure && !this_run.is_empty() {
        roll_back_run(job, &deployment, &this_run, lock_timeout, &mut result).await;
    }
    result
}

/// The dry run on one target: the pending files linted as one set (static rules, once per run
/// for each distinct set), run in a transaction that is rolled back with the target's schema read
/// before and after each, so what each exposes and the target's table sizes join its findings.
async fn dry_run(
    job: &Job,
    args: &ApplyArgs,
    deployment: &Deployment,
    pending: &[(history::Entry, apply::Prepared)],
    t: &FleetTarget,
) -> TargetResult {
    let name = t.name.as_str();
    let names: Vec<String> = pending
        .iter()
        .map(|(_, p)| p.local.file_name.clone())
        .collect();
    let mut result = TargetResult::new(name, Out::DryRun).with("pending", &names);
    let (outcomes, schemas) = match deployment.dry_run_inspecting(pending, &job.filter).await {
        Ok(o) => o,
        Err(e) => {
            result.error = Some(job.apply_error(&e));
            result.set_outcome(Out::Failed);
            return result;
        }
    };
    let (ui, scrub) = (job.ctx.ui, &job.scrub);
    let findings = crate::cli::deploy::dry_run_findings(
        &job.ctx,
        &t.url,
        pending,
        &schemas,
        job.lint_set(pending),
        &args.allow_hazard,
        &|m| ui.detail(scrub.text(&format!("{name}: {m}"))),
    )
    .await;
    let lint = LintSummary::new(findings);
    let mut checked = Vec::new();
    for (file, outcome) in outcomes {
        let state = match outcome {
            apply::DryRun::Applies { .. } => "applies",
            apply::DryRun::NotChecked => "not_checked",
            apply::DryRun::Fails(e) => {
                result.error = Some(job.apply_error(&apply::ApplyError::Migration(e)));
                result.set_outcome(Out::Failed);
                "fails"
            }
        };
        checked.push(json!({ "file": file, "dry_run": state }));
    }
    result.note = format!(
        "{} pending (rolled back, nothing changed); lint: {}",
        names.len(),
        if lint.findings.is_empty() {
            "no findings".to_string()
        } else {
            format!(
                "{} finding(s), {}",
                lint.findings.len(),
                lint.verdict.to_lowercase()
            )
        }
    );
    result.with("dry_run", checked).with("lint", lint)
}

/// What the dry run found on each target, for the text output: targets with the same findings
/// and the same dry-run results are listed together, each finding once.
fn dry_run_text(results: &[TargetResult]) -> String {
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for r in results {
        let mut text = String::new();
        for f in r
            .extra
            .get("lint")
            .and_then(|l| l.get("findings"))
            .and_then(|f| f.as_array())
            .into_iter()
            .flatten()
        {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_string();
            text.push_str(&format!(
                "  {}:{}:{}: {}[{}] {}\n",
                s("path"),
                f["line"],
                f["column"],
                if s("severity") == "blocking" {
                    "error"
                } else {
                    "warning"
                },
                s("rule"),
                s("message")
            ));
        }
        for f in r
            .extra
            .get("dry_run")
            .and_then(|d| d.as_array())
            .into_iter()
            .flatten()
        {
            let state = f["dry_run"].as_str().unwrap_or("");
            if state != "applies" {
                text.push_str(&format!(
                    "  dry run: {} {}\n",
                    f["file"].as_str().unwrap_or(""),
                    state.replace('_', " ")
                ));
            }
        }
        if text.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(t, _)| *t == text) {
            Some((_, targets)) => targets.push(&r.target),
            None => groups.push((text, vec![&r.target])),
        }
    }
    let mut out = String::new();
    for (text, targets) in groups {
        let shown: Vec<&str> = targets.iter().take(8).copied().collect();
        out.push_str(&format!(
            "{}{} ({} database{}):\n{text}",
            shown.join(", "),
            if targets.len() > shown.len() {
                format!(" and {} more", targets.len() - shown.len())
            } else {
                String::new()
            },
            targets.len(),
            if targets.len() == 1 { "" } else { "s" }
        ));
    }
    out
}

async fn rollback_target(job: &Job, args: &RollbackArgs, t: &FleetTarget) -> TargetResult {
    let name = t.name.as_str();
    let deployment = match Deployment::open_at(
        &t.url,
        &job.env.name,
        job.files.clone(),
        job.git.clone(),
    )
    .await
    {
        Ok(d) => d,
        Err(e) => return TargetResult::failed(name, Out::Failed, job.apply_error(&e)),
    };
    let to = match (&args.last, &args.to) {
        (Some(n), _) => history::RollbackTo::Last(*n as usize),
        (None, Some(v)) => history::RollbackTo::Version(v),
        (None, None) => history::RollbackTo::Last(0),
    };
    let plan = match deployment
        .rollback_plan(to, &job.ctx.config.rollbacks_dir)
        .await
    {
        Ok(p) => p,
        Err(e) => return deploy_error(job, name, e),
    };
    if plan.is_empty() {
        let mut r = TargetResult::new(name, Out::NothingToDo);
        r.note = "nothing to roll back".into();
        return r;
    }
    let names: Vec<String> = plan
        .iter()
        .map(|(_, p)| p.local.file_name.clone())
        .collect();
    if args.dry_run {
        let mut r = TargetResult::new(name, Out::DryRun).with("would_roll_back", &names);
        r.note = format!("would roll back {} (nothing changed)", names.len());
        return r;
    }
    let mut result = TargetResult::new(name, Out::RolledBack);
    if let Err(e) = take_backup(job, t, args.no_backup, &mut result).await {
        result.error = Some(e);
        result.set_outcome(Out::Failed);
        return result;
    }
    let mut done: Vec<String> = Vec::new();
    let outcome = deployment
        .rollback(
            to,
            &plan,
            Duration::from_secs(args.lock_timeout),
            || waiting(job, name),
            |r| done.push(r.file_name.clone()),
        )
        .await;
    result.set("rolled_back", &done);
    if let Err(e) = outcome {
        let failed = deploy_error(job, name, e);
        result.error = failed.error;
        result.set_outcome(failed.outcome);
        return result;
    }
    result.note = format!("{} migration(s)", done.len());
    if !args.no_drift_check {
        drift_check(job, &deployment.applier, &mut result).await;
    }
    let version = plan.last().map(|(v, _)| v.clone()).unwrap_or_default();
    post_deploy_checks(job, &deployment, &t.url, &version, &mut result).await;
    result
}

fn waiting(job: &Job, target: &str) {
    job.ctx.ui.detail(job.scrub.text(&format!(
        "{target}: waiting for another deploy to finish (advisory lock) ..."
    )));
}

/// A backup where the environment takes one: `backups/<env>/<target>/<timestamp>.dump`, made
/// on a blocking thread so the other targets go on meanwhile. An error refuses the target.
async fn take_backup(
    job: &Job,
    t: &FleetTarget,
    no_backup: bool,
    result: &mut TargetResult,
) -> Result<(), TargetError> {
    if !job.env.backup || no_backup {
        return Ok(());
    }
    let dir = job
        .ctx
        .cwd
        .join("backups")
        .join(&job.env.name)
        .join(&t.slug);
    let url = t.url.clone();
    let stamp = crate::time::utc_compact(std::time::SystemTime::now());
    let dumped = tokio::task::spawn_blocking(move || backup::dump(&url, &dir, &stamp)).await;
    match dumped {
        Ok(Ok(file)) => {
            result.set("backup", job.rel(&file));
            Ok(())
        }
        Ok(Err(e)) => Err(TargetError::new(format!(
            "{}; nothing was applied",
            job.text(&e)
        ))),
        Err(e) => Err(TargetError::new(format!(
            "the backup did not finish ({e}); nothing was applied"
        ))),
    }
}

/// The target compared with the migrations it has applied, replayed in a shadow once per run
/// for every target with the same list. Reported in `drift`; never fails the target (as after a
/// single-target deploy). When the target's fingerprint equals the expected schema's, it is in
/// sync without a full read of its catalog (`"by": "fingerprint"`); otherwise its schema is read
/// and compared (`"by": "comparison"`).
pub async fn drift_check(job: &Job, applier: &Applier, result: &mut TargetResult) {
    let value = match drift_against_applied(job, applier).await {
        Ok(None) => json!({ "checked": true, "in_sync": true, "objects": [], "by": "fingerprint" }),
        Ok(Some(r)) => {
            if !r.in_sync {
                result.note.push_str(&format!(
                    "; warning: drifted from its applied migrations ({} object(s) differ)",
                    r.objects.len()
                ));
            }
            json!({ "checked": true, "in_sync": r.in_sync, "objects": r.objects, "by": "comparison" })
        }
        Err(e) => json!({ "checked": false, "error": e }),
    };
    result.set("drift", value);
}

/// `None` when the fingerprints match (in sync), else the full comparison.
async fn drift_against_applied(
    job: &Job,
    applier: &Applier,
) -> Result<Option<crate::cli::drift::DriftReport>, String> {
    let entries = applier.status(&job.files).await.map_err(|e| job.text(&e))?;
    let applied: Vec<MigrationFile> = entries
        .iter()
        .filter(|e| e.state == State::Applied)
        .filter_map(|e| {
            job.files
                .iter()
                .find(|f| f.name.version == e.version)
                .cloned()
        })
        .collect();
    let want = job.expected.of(&applied).await?;
    // On the target's own connection: no more backends per target than a deploy needs.
    if let Some(expected) = &want.fingerprint {
        if let Ok(got) = crate::catalog::fingerprint(applier.client(), &job.filter).await {
            if &got == expected {
                return Ok(None);
            }
        }
    }
    let got = crate::catalog::inspect(applier.client(), &job.filter)
        .await
        .map_err(|e| job.text(&e))?;
    crate::cli::drift::compare(
        job.ctx.config.diff,
        "the applied migrations",
        &want.schema,
        "target",
        &got,
    )
    .map(Some)
    .map_err(|e| job.text(&e))
}

/// The environment's post-deploy checks on this target, each recorded in its history; true
/// when all pass (or there are none). A failure makes the target `checks_failed`.
async fn post_deploy_checks(
    job: &Job,
    deployment: &Deployment,
    url: &str,
    version: &str,
    result: &mut TargetResult,
) -> bool {
    if job.env.checks.is_empty() {
        return true;
    }
    let results = checks::run(url, &job.env.checks).await;
    for r in &results {
        // Best effort, as after a single-target deploy: the check's own result is what counts.
        let _ = deployment.applier.record_check(version, r).await;
    }
    let failed = super::check::failures(&results);
    result.set("checks", &results);
    if failed.is_empty() {
        return true;
    }
    result.error = Some(TargetError::new(failed.join("\n")));
    result.set_outcome(Out::ChecksFailed);
    false
}

/// `--rollback-on-failure` on one target: the migrations this run applied, newest first.
async fn roll_back_run(
    job: &Job,
    deployment: &Deployment,
    versions: &[String],
    lock_timeout: Duration,
    result: &mut TargetResult,
) {
    let mut done = Vec::new();
    let outcome = deployment
        .rollback_versions(
            versions,
            &job.ctx.config.rollbacks_dir,
            lock_timeout,
            || {},
            |r| done.push(r.file_name.clone()),
        )
        .await;
    result.set("rolled_back", &done);
    let note = match outcome {
        Ok(r) => format!("rolled back the {} migration(s) this run applied", r.len()),
        Err(e) => format!("the automatic rollback did not finish: {}", job.text(&e)),
    };
    match &mut result.error {
        Some(e) => e.message.push_str(&format!("\n{note}")),
        None => result.error = Some(TargetError::new(note)),
    }
}
