//! `apply` as one typed outcome ([`ApplyOutcome`]): the run behind `apply --format json` and
//! `pgshift serve`. The steps and their order are `apply`'s: the history checks of the first
//! look, the pending files' lint verdict, the hazards the policy denies, then either the dry run
//! or (after confirmation and the backup) the run under the deploy lock, the drift check, the
//! post-deploy checks, and the automatic rollback when a migration or a check fails.
//!
//! Every error after the target is reached ends up in the outcome (`result: "error"` with the
//! redacted message), so a program always learns what was applied. Progress lines go to stderr
//! when asked for (the CLI), never otherwise (the server logs one line per request).

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use anyhow::Result;

use super::deploy::{confirmed, drift_against_applied, resolve_target, Target};
use super::drift::DriftReport;
use super::{ApplyArgs, Context_, Outcome, Ui};
use crate::apply::deploy::{self, DeployError, Deployment};
use crate::apply::outcome::{
    AppliedMigration, ApplyOutcome, Conclusion, DriftSummary, DriftedObject, FailedMigration,
    LintSummary, Pending, RefusalKind, RolledBack, SkippedMigration, StatusReport, Verdict,
};
use crate::apply::{backup, checks, ApplyError, DryRun, RunReport};
use crate::plan::hazard::Hazard;
use crate::redact;
use crate::source::list_migrations;

/// What a run does beyond the target's own settings.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub dry_run: bool,
    /// Confirmation given (`--yes`).
    pub yes: bool,
    pub to: Option<String>,
    pub allow_out_of_order: bool,
    /// Hazards that refuse the run (`[safety] deny` and `--deny-hazard`, less `--allow-hazard`).
    pub denied: BTreeSet<Hazard>,
    /// How long to wait for another deploy's lock; zero: refuse at once.
    pub lock_timeout: Duration,
    /// How long the automatic rollback waits for the lock.
    pub rollback_lock_timeout: Duration,
    pub no_backup: bool,
    pub no_drift_check: bool,
    pub rollback_on_failure: bool,
    /// `--ignore-fingerprint`: the fingerprint gate lets every file run (the history says so).
    pub ignore_fingerprint: bool,
    /// The gate checks hand-written files against the migrations replayed before them.
    pub verify_before: bool,
}

impl RunOptions {
    /// `apply`'s flags.
    pub fn from_args(ctx: &Context_, args: &ApplyArgs, target: &Target) -> Self {
        let lock_timeout = Duration::from_secs(args.lock_timeout);
        RunOptions {
            dry_run: args.dry_run,
            yes: args.yes,
            to: args.to.clone(),
            allow_out_of_order: args.allow_out_of_order,
            denied: ctx
                .config
                .deny
                .iter()
                .chain(&args.deny_hazard)
                .filter(|h| !args.allow_hazard.contains(h))
                .copied()
                .collect(),
            lock_timeout,
            rollback_lock_timeout: lock_timeout,
            no_backup: args.no_backup,
            no_drift_check: args.no_drift_check,
            rollback_on_failure: args.rollback_on_failure || target.rollback_on_failure,
            ignore_fingerprint: args.ignore_fingerprint,
            verify_before: target.verify_before,
        }
    }

    /// What `apply --env NAME [--dry-run] --yes` runs, except that a deploy lock held by
    /// another deploy refuses at once instead of waiting: the deploy service's run.
    pub fn service(ctx: &Context_, target: &Target, dry_run: bool) -> Self {
        RunOptions {
            dry_run,
            yes: true,
            to: None,
            allow_out_of_order: false,
            denied: ctx.config.deny.clone(),
            lock_timeout: Duration::ZERO,
            rollback_lock_timeout: Duration::from_secs(60),
            no_backup: false,
            no_drift_check: false,
            rollback_on_failure: target.rollback_on_failure,
            ignore_fingerprint: false,
            verify_before: target.verify_before,
        }
    }
}

/// Where progress lines go: stderr through the UI (the CLI), or nowhere (the server).
#[derive(Debug, Clone, Copy)]
pub struct Progress(Option<Ui>);

impl Progress {
    pub fn stderr(ui: Ui) -> Self {
        Progress(Some(ui))
    }

    pub fn silent() -> Self {
        Progress(None)
    }

    fn info(&self, msg: impl AsRef<str>) {
        if let Some(ui) = &self.0 {
            ui.info(msg);
        }
    }

    fn warn(&self, msg: impl AsRef<str>) {
        if self.0.is_some() {
            eprintln!("{}", redact::text(msg.as_ref()));
        }
    }
}

/// `apply --format json`: the outcome on stdout, the usual exit code.
pub async fn apply_json(ctx: &Context_, args: ApplyArgs) -> Result<Outcome> {
    let target = resolve_target(ctx, args.env.as_deref(), args.target.as_deref())?;
    let opts = RunOptions::from_args(ctx, &args, &target);
    let outcome = run(ctx, &target, &opts, Progress::stderr(ctx.ui)).await?;
    println!("{}", serde_json::to_string_pretty(&outcome)?);
    match outcome.conclusion() {
        Conclusion::Success => Ok(Outcome::Success),
        Conclusion::CheckFailed => Ok(Outcome::CheckFailed),
        Conclusion::Error => anyhow::bail!(
            "{}",
            outcome
                .rollback_error
                .as_deref()
                .or(outcome.message.as_deref())
                .unwrap_or("the deploy failed")
        ),
    }
}

/// Runs `apply` on `target`. `Err` only when the migrations cannot be listed or the target
/// cannot be reached; everything after that is in the outcome.
pub async fn run(
    ctx: &Context_,
    target: &Target,
    opts: &RunOptions,
    say: Progress,
) -> Result<ApplyOutcome> {
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let deployment = Deployment::open(&target.url, &target.name, files).await?;
    let mut out = ApplyOutcome::new(&target.name, opts.dry_run);
    if let Err(e) = steps(ctx, target, opts, say, &deployment, &mut out).await {
        // Said once, by the caller (the CLI's exit message, the server's answer).
        out.finish(Verdict::Error, Some(format!("{e:#}")));
    }
    Ok(out)
}

async fn steps(
    ctx: &Context_,
    target: &Target,
    opts: &RunOptions,
    say: Progress,
    deployment: &Deployment,
    out: &mut ApplyOutcome,
) -> Result<()> {
    // The first look, without the lock: every pending file read and split before anything runs.
    let pending = match deployment
        .pending(opts.to.as_deref(), opts.allow_out_of_order)
        .await
    {
        Ok(p) => p,
        Err(DeployError::Refused(r)) => {
            say.warn(format!("refused: {r}"));
            out.refuse(RefusalKind::from(&r), r.to_string());
            return Ok(());
        }
        Err(DeployError::Failed(e)) => return Err(e.into()),
    };
    out.pending = pending
        .iter()
        .map(|(e, p)| Pending {
            version: e.version.clone(),
            name: e.name.clone(),
            file: ctx.rel(&p.path),
            transactional: p.transactional(),
        })
        .collect();
    if pending.is_empty() {
        let entries = deployment.status().await?;
        say.info(format!(
            "{}: up to date ({} migrations applied)",
            target.name,
            entries.len()
        ));
        out.finish(Verdict::UpToDate, None);
        return Ok(());
    }
    say.info(format!(
        "{}: {} pending migration(s)",
        target.name,
        pending.len()
    ));
    for p in &out.pending {
        say.info(format!(
            "  {}{}",
            p.file,
            if p.transactional {
                ""
            } else {
                "  (runs outside a transaction)"
            }
        ));
    }
    let mut findings = Vec::new();
    for (_, p) in &pending {
        findings.extend(crate::lint::lint_text(
            &ctx.rel(&p.path),
            &p.script.text,
            &ctx.config.lint,
        ));
    }
    let before = out.lint.findings.len();
    out.lint = LintSummary::new(findings);
    if out.lint.findings.len() != before {
        say.info(format!("lint, with the dry run: {}", out.lint.verdict));
    }
    let denied =
        deploy::denied_statements(&pending, &opts.denied, &ctx.config.lint, |p| ctx.rel(p));
    if !denied.is_empty() {
        let message = format!(
            "nothing was applied; {} statement hazard(s) are not allowed ([safety] deny, --deny-hazard); \
             pass --allow-hazard NAME to accept one",
            denied.len()
        );
        say.warn(format!("refused: {message}"));
        out.denied = denied.into_iter().map(Into::into).collect();
        out.refuse(RefusalKind::Hazards, message);
        return Ok(());
    }
    let mut gate = crate::apply::gate::Gate::new(
        &ctx.config,
        super::gate::options(opts.ignore_fingerprint, opts.verify_before),
    );
    if opts.dry_run {
        return dry_run(ctx, target, say, deployment, &pending, &mut gate, out).await;
    }
    if !confirmed(ctx, target, opts.yes, "apply migrations")? {
        out.refuse(
            RefusalKind::Confirmation,
            format!(
                "environment `{}` needs confirmation to apply migrations; pass --yes",
                target.name
            ),
        );
        return Ok(());
    }
    out.backup = take_backup(ctx, target, opts, say)?;
    // The versions this run applied, oldest first, as the run reports them (under the lock the
    // pending list is read again, so the first look's may differ).
    let mut this_run: Vec<RunReport> = Vec::new();
    let mut notes = super::gate::DecisionNotes::default();
    let result = deployment
        .apply_gated(
            opts.to.as_deref(),
            opts.allow_out_of_order,
            opts.lock_timeout,
            || say.info("waiting for another deploy to finish (advisory lock) ..."),
            Some(&mut gate),
            |p, d| {
                if let Some(line) = notes.line(&p.local.file_name, d) {
                    say.info(line);
                }
            },
            |r| {
                say.info(format!(
                    "  applied  {}  {} ms  ({} statements)",
                    r.file_name,
                    r.elapsed.as_millis(),
                    r.statements
                ));
                this_run.push(r.clone());
            },
        )
        .await;
    for line in notes.summary() {
        say.info(line);
    }
    out.applied = this_run
        .iter()
        .map(|r| {
            let (name, file) = local(ctx, deployment, &r.version);
            AppliedMigration {
                version: r.version.clone(),
                name,
                file,
                duration_ms: Some(r.elapsed.as_millis() as u64),
                statements: Some(r.statements),
            }
        })
        .collect();
    let versions: Vec<String> = this_run.iter().map(|r| r.version.clone()).collect();
    match result {
        Ok(_) => {}
        Err(DeployError::Refused(deploy::Refusal::Fingerprint(m))) => {
            let (text, refusal) = super::gate::report(ctx, &m, &target.name);
            say.warn(text.trim_end());
            let kept = super::gate::kept_line(versions.len());
            if let Some(line) = &kept {
                say.warn(line);
            }
            out.skipped = not_run(
                out,
                &versions,
                "not run: the fingerprint gate refused the run",
            );
            out.fingerprint = Some(refusal);
            let message = match kept {
                Some(k) => format!("{m}; {k}"),
                None => m.to_string(),
            };
            out.refuse(RefusalKind::Fingerprint, message);
            return Ok(());
        }
        Err(DeployError::Refused(r)) => {
            let message = match r {
                deploy::Refusal::LockTimeout(_) if opts.lock_timeout.is_zero() => {
                    "another deploy holds the deploy lock; nothing was run; try again when it has finished"
                        .to_string()
                }
                _ => r.to_string(),
            };
            say.warn(format!("refused: {message}"));
            out.refuse(RefusalKind::from(&r), message);
            return Ok(());
        }
        Err(DeployError::Failed(e)) => {
            let message = redact::text(&e.to_string());
            let failed = failed_migration(ctx, deployment, &e);
            let failed_version = failed.as_ref().map(|f| f.version.clone());
            out.failed.extend(failed);
            out.skipped = out
                .pending
                .iter()
                .filter(|p| !versions.contains(&p.version))
                .filter(|p| Some(&p.version) != failed_version.as_ref())
                .map(|p| SkippedMigration {
                    version: p.version.clone(),
                    name: p.name.clone(),
                    file: p.file.clone(),
                    reason: "not run: the run stopped at an earlier failure".into(),
                })
                .collect();
            if opts.rollback_on_failure && !versions.is_empty() {
                say.warn(format!("error: {message}"));
                roll_back_run(ctx, target, opts, say, deployment, &versions, out).await;
            }
            let verdict = if failed_version.is_some() {
                Verdict::Failed
            } else {
                Verdict::Error
            };
            out.finish(verdict, Some(message));
            return Ok(());
        }
    }
    say.info(format!(
        "{}: {} migration(s) applied",
        target.name,
        out.applied.len()
    ));
    if !opts.no_drift_check {
        let report =
            drift_against_applied(ctx, &deployment.applier, target, &deployment.files).await;
        let summary = drift_summary(&report);
        match &summary {
            DriftSummary {
                in_sync: Some(true),
                ..
            } => say.info(format!(
                "drift check: {} matches its applied migrations replayed in a shadow",
                target.name
            )),
            DriftSummary {
                objects: Some(objects),
                ..
            } => {
                say.warn(format!(
                    "warning: {} has drifted from its applied migrations ({} object(s) differ); \
                     `pgshift drift --env {}` shows how",
                    target.name,
                    objects.len(),
                    target.name
                ));
            }
            DriftSummary { error, .. } => say.info(format!(
                "drift check skipped: {}",
                error.as_deref().unwrap_or_default()
            )),
        }
        out.drift = Some(summary);
    }
    if !target.checks.is_empty() {
        let last = versions.last().cloned().unwrap_or_default();
        out.checks = checks::run(&target.url, &target.checks).await;
        for r in &out.checks {
            say.info(format!(
                "  check {}  {} `{}`  {} ms{}",
                if r.passed { "ok  " } else { "FAIL" },
                r.kind,
                r.check,
                r.duration_ms,
                r.message
                    .as_ref()
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default()
            ));
            if let Err(e) = deployment.applier.record_check(&last, r).await {
                say.warn(format!("warning: the check result was not recorded: {e}"));
            }
        }
        let failing = out.checks.iter().filter(|r| !r.passed).count();
        if failing > 0 {
            if opts.rollback_on_failure && !versions.is_empty() {
                roll_back_run(ctx, target, opts, say, deployment, &versions, out).await;
            }
            out.finish(
                Verdict::ChecksFailed,
                Some(format!("{failing} post-deploy check(s) failed")),
            );
            return Ok(());
        }
    }
    out.finish(Verdict::Applied, None);
    Ok(())
}

/// The pending migrations of `out` that are not among `versions` (this run's), as skipped.
fn not_run(out: &ApplyOutcome, versions: &[String], reason: &str) -> Vec<SkippedMigration> {
    out.pending
        .iter()
        .filter(|p| !versions.contains(&p.version))
        .map(|p| SkippedMigration {
            version: p.version.clone(),
            name: p.name.clone(),
            file: p.file.clone(),
            reason: reason.to_string(),
        })
        .collect()
}

/// The dry run: each transactional pending migration in one transaction that is rolled back.
async fn dry_run(
    ctx: &Context_,
    target: &Target,
    say: Progress,
    deployment: &Deployment,
    pending: &[(crate::apply::history::Entry, crate::apply::Prepared)],
    gate: &mut crate::apply::gate::Gate<'_>,
    out: &mut ApplyOutcome,
) -> Result<()> {
    let url = &target.url;
    // The schema is read before and after each migration inside the dry run: what each one
    // exposes joins the lint findings, with the target's table sizes.
    let filter = crate::catalog::filter_from_config(&ctx.config);
    let (results, schemas) = deployment.dry_run_inspecting(pending, &filter).await?;
    // The fingerprint gate, on the schema the dry run read before each file.
    let mut notes = super::gate::DecisionNotes::default();
    for (file, d) in deployment.gate_dry_run(pending, &schemas, gate).await? {
        if let crate::apply::gate::Decision::Mismatch(m) = &d {
            let (text, refusal) = super::gate::report(ctx, m, &target.name);
            say.warn(text.trim_end());
            out.fingerprint = Some(refusal);
        } else if let Some(line) = notes.line(&file, &d) {
            say.info(line);
        }
    }
    for line in notes.summary() {
        say.info(line);
    }
    let findings = super::deploy::dry_run_findings(
        ctx,
        url,
        pending,
        &schemas,
        out.lint.findings.clone(),
        &[],
        &|m| say.info(m),
    )
    .await;
    let before = out.lint.findings.len();
    out.lint = LintSummary::new(findings);
    if out.lint.findings.len() != before {
        say.info(format!("lint, with the dry run: {}", out.lint.verdict));
    }
    for ((e, p), (file_name, result)) in pending.iter().zip(results) {
        let file = ctx.rel(&p.path);
        let skipped = |reason: &str| SkippedMigration {
            version: e.version.clone(),
            name: e.name.clone(),
            file: file.clone(),
            reason: reason.to_string(),
        };
        for (warning, line) in result.report_lines(&file_name) {
            if warning {
                say.warn(line);
            } else {
                say.info(line);
            }
        }
        match result {
            DryRun::Applies { .. } => {
                out.applied.push(AppliedMigration {
                    version: e.version.clone(),
                    name: e.name.clone(),
                    file: file.clone(),
                    duration_ms: None,
                    statements: Some(p.script.len()),
                });
            }
            DryRun::Fails(err) => {
                out.failed
                    .push(FailedMigration::new(&e.version, &e.name, file, &err, None));
            }
            DryRun::NotChecked => {
                out.skipped
                    .push(skipped("not checked: an earlier migration was not run"));
            }
        }
    }
    say.info("dry run: nothing was changed");
    if let Some(f) = &out.fingerprint {
        let message = format!(
            "the fingerprint gate would refuse {}: the target's schema is {}, the file expects {}",
            f.file, f.actual, f.expected
        );
        out.refuse(RefusalKind::Fingerprint, message);
        return Ok(());
    }
    match out.failed.first() {
        Some(f) => {
            let message = format!("the dry run failed at {}:{}: {}", f.file, f.line, f.message);
            out.finish(Verdict::Failed, Some(message));
        }
        None => out.finish(Verdict::DryRun, None),
    }
    Ok(())
}

/// The backup before a run (or its automatic rollback), where the environment takes one: its
/// path as shown to people.
fn take_backup(
    ctx: &Context_,
    target: &Target,
    opts: &RunOptions,
    say: Progress,
) -> Result<Option<String>> {
    if !target.backup || opts.no_backup {
        return Ok(None);
    }
    let dir = ctx.cwd.join("backups").join(&target.name);
    let stamp = crate::time::utc_compact(std::time::SystemTime::now());
    let file = backup::dump(&target.url, &dir, &stamp)?;
    say.info(format!(
        "backup: {} (restore with: pg_restore --clean --if-exists --dbname {} {})",
        ctx.rel(&file),
        redact::url(&target.url),
        ctx.rel(&file)
    ));
    Ok(Some(ctx.rel(&file)))
}

/// `rollback_on_failure`: rolls back the migrations this run applied (`versions`, oldest
/// first), newest first; what it did goes into the outcome, and why it stopped when it did.
async fn roll_back_run(
    ctx: &Context_,
    target: &Target,
    opts: &RunOptions,
    say: Progress,
    deployment: &Deployment,
    versions: &[String],
    out: &mut ApplyOutcome,
) {
    say.warn(format!(
        "rolling back the {} migration(s) this run applied (--rollback-on-failure)",
        versions.len()
    ));
    match take_backup(ctx, target, opts, say) {
        Ok(Some(file)) => out.backup = Some(file),
        Ok(None) => {}
        Err(e) => {
            out.rollback_error = Some(redact::text(&format!("{e:#}")));
            return;
        }
    }
    let mut done = Vec::new();
    let result = deployment
        .rollback_versions(
            versions,
            &ctx.config.rollbacks_dir,
            opts.rollback_lock_timeout,
            || say.info("waiting for another deploy to finish (advisory lock) ..."),
            |r| {
                say.warn(format!(
                    "  rolled back  {}  {} ms",
                    r.file_name,
                    r.elapsed.as_millis()
                ));
                done.push(RolledBack {
                    version: r.version.clone(),
                    file_name: r.file_name.clone(),
                    duration_ms: r.elapsed.as_millis() as u64,
                });
            },
        )
        .await;
    out.rolled_back = done;
    let error = match result {
        Ok(r) => {
            say.warn(format!(
                "{}: {} migration(s) rolled back",
                target.name,
                r.len()
            ));
            return;
        }
        Err(DeployError::Refused(r)) => format!("automatic rollback refused: {r}"),
        Err(DeployError::Failed(e)) => e.to_string(),
    };
    out.rollback_error = Some(redact::text(&error));
}

/// The migration a failed run stopped at, located by the file the executor names.
fn failed_migration(
    ctx: &Context_,
    deployment: &Deployment,
    e: &ApplyError,
) -> Option<FailedMigration> {
    let (error, kept) = match e {
        ApplyError::Migration(error) => (error, None),
        ApplyError::PartialMigration { error, done } => (error, Some(*done)),
        _ => return None,
    };
    let file = deployment
        .files
        .iter()
        .find(|f| same_file(&f.path, &error.file))?;
    Some(FailedMigration::new(
        &file.name.version,
        &file.name.name,
        ctx.rel(&file.path),
        error,
        kept,
    ))
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || a.canonicalize()
            .ok()
            .is_some_and(|a| Some(a) == b.canonicalize().ok())
}

/// A version's name and file (as shown to people) among the local migrations.
fn local(ctx: &Context_, deployment: &Deployment, version: &str) -> (String, String) {
    deployment
        .files
        .iter()
        .find(|f| f.name.version == version)
        .map(|f| (f.name.name.clone(), ctx.rel(&f.path)))
        .unwrap_or_default()
}

/// The drift check's result as the JSON reports show it.
pub fn drift_summary(report: &Result<DriftReport>) -> DriftSummary {
    match report {
        Ok(r) => DriftSummary::checked(
            r.in_sync,
            r.objects
                .iter()
                .map(|o| DriftedObject {
                    change: o.change.clone(),
                    object: o.object.clone(),
                })
                .collect(),
        ),
        Err(e) => DriftSummary::not_checked(&format!("{e:#}")),
    }
}

/// `status --format json` for `target`, drift check included: what `GET /api/migrations`
/// answers.
pub async fn status_report(ctx: &Context_, target: &Target) -> Result<StatusReport> {
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let applier = crate::apply::Applier::connect(&target.url, &target.name).await?;
    let migrations = applier.status(&files).await?;
    let drift = drift_against_applied(ctx, &applier, target, &files).await;
    Ok(StatusReport {
        drift: Some(drift_summary(&drift)),
        migrations,
    })
}
