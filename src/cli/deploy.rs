//! `pgshift apply`, `rollback` and `status`: thin commands over `apply::Applier`.

use std::io::{BufRead, IsTerminal, Write};
use std::time::Duration;

use anyhow::Result;

use super::{ApplyArgs, Context_, Outcome, RollbackArgs, StatusArgs};
use crate::apply::checks::{self, CheckResult, Checks};
use crate::apply::deploy::{self, DeployError, Deployment};
use crate::apply::history::{self, Entry, State};
use crate::apply::{self, backup, lock, Applier};
use crate::config::Environment;
use crate::redact;
use crate::source::{list_migrations, Loader, MigrationFile, Source};

/// The database a deploy command works on.
#[derive(Debug, Clone)]
pub struct Target {
    pub url: String,
    /// Name recorded in the history and used for backups (`--env` name, else `target`).
    pub name: String,
    pub confirm: bool,
    pub backup: bool,
    /// Post-deploy checks (none for a bare URL).
    pub checks: Checks,
    pub rollback_on_failure: bool,
    /// Check hand-written files against the migrations replayed before them (the fingerprint
    /// gate's `verify_before`).
    pub verify_before: bool,
}

/// `--env NAME`, else `--target URL`, else `DATABASE_URL`.
pub fn resolve_target(ctx: &Context_, env: Option<&str>, target: Option<&str>) -> Result<Target> {
    let t = match (env, target) {
        (Some(name), _) => {
            let e: &Environment = ctx.config.environment(name)?;
            Target {
                url: e.url()?,
                name: name.to_string(),
                confirm: e.confirm,
                backup: e.backup,
                checks: e.checks.clone(),
                rollback_on_failure: e.rollback_on_failure,
                verify_before: e.verify_before,
            }
        }
        (None, Some(url)) => Target {
            url: url.to_string(),
            name: "target".into(),
            confirm: false,
            backup: false,
            checks: Checks::default(),
            rollback_on_failure: false,
            verify_before: ctx.config.verify_before.unwrap_or(false),
        },
        (None, None) => match std::env::var("DATABASE_URL") {
            Ok(url) if !url.trim().is_empty() => Target {
                url,
                name: "target".into(),
                confirm: false,
                backup: false,
                checks: Checks::default(),
                rollback_on_failure: false,
                verify_before: ctx.config.verify_before.unwrap_or(false),
            },
            _ => anyhow::bail!("no target: pass --env NAME or --target URL, or set DATABASE_URL"),
        },
    };
    if !crate::config::is_postgres_url(&t.url) {
        anyhow::bail!(
            "the target must be a postgres:// or postgresql:// URL, got {}",
            redact::text(&t.url)
        );
    }
    if lock::looks_like_transaction_pooler(&t.url) {
        anyhow::bail!(
            "{} looks like a transaction-mode pooler (port 6543): advisory locks and sessions do not work through it; \
             use the direct or session-mode connection (Supabase: port 5432)",
            redact::url(&t.url)
        );
    }
    Ok(t)
}

fn timestamp() -> String {
    crate::time::utc_compact(std::time::SystemTime::now())
}

/// Asks for confirmation where the environment wants it. `Ok(false)`: refused.
pub(super) fn confirmed(ctx: &Context_, target: &Target, yes: bool, what: &str) -> Result<bool> {
    if !target.confirm || yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        eprintln!(
            "refused: environment `{}` needs confirmation to {what}; pass --yes (no terminal to ask at)",
            target.name
        );
        return Ok(false);
    }
    eprint!(
        "{what} on `{}` ({}). Type the environment name to continue: ",
        target.name,
        redact::url(&target.url)
    );
    std::io::stderr().flush().ok();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    if line.trim() == target.name {
        Ok(true)
    } else {
        ctx.ui.info("refused: the name did not match");
        Ok(false)
    }
}

/// Takes a backup when the environment wants one. Errors refuse the deploy.
/// After a deploy: does the target equal its applied migrations replayed in a shadow? Reported,
/// never fatal (the deploy itself succeeded); a shadow that cannot start skips the check.
async fn report_drift(ctx: &Context_, applier: &Applier, target: &Target, files: &[MigrationFile]) {
    match drift_against_applied(ctx, applier, target, files).await {
        Ok(r) if r.in_sync => ctx.ui.info(format!(
            "drift check: {} matches its applied migrations replayed in a shadow",
            target.name
        )),
        Ok(r) => {
            eprintln!(
                "warning: {} has drifted from its applied migrations ({} object(s) differ):",
                target.name,
                r.objects.len()
            );
            for o in &r.objects {
                eprintln!("  {:<22} {}", o.change, o.object);
            }
            eprintln!(
                "  `pgshift drift {}` shows the SQL that would reconcile it and the full diff",
                match target.name.as_str() {
                    "target" => "--target URL".to_string(),
                    name => format!("--env {name}"),
                }
            );
        }
        Err(e) => ctx.ui.info(format!(
            "drift check skipped: {}",
            redact::text(&format!("{e:#}"))
        )),
    }
}

/// The target compared with the migrations it has applied, replayed in a fresh shadow.
pub(super) async fn drift_against_applied(
    ctx: &Context_,
    applier: &Applier,
    target: &Target,
    files: &[MigrationFile],
) -> Result<super::drift::DriftReport> {
    let entries = applier.status(files).await?;
    let applied: Vec<MigrationFile> = entries
        .iter()
        .filter(|e| e.state == State::Applied)
        .filter_map(|e| files.iter().find(|f| f.name.version == e.version).cloned())
        .collect();
    let mut loader = Loader::new(&ctx.config);
    let url = loader.replayed(&applied, |_, _| {}).await?.url;
    let (want, got) = loader
        .load_pair(&Source::Url(url), &Source::Url(target.url.clone()))
        .await?;
    super::drift::compare(
        ctx.config.diff,
        "the applied migrations",
        &want,
        &redact::text(&target.name),
        &got,
    )
}

/// Says why a deploy did not run: a refusal is a failed check (exit 1), anything else an error.
fn deploy_outcome<T>(result: Result<T, DeployError>) -> Result<Result<T, Outcome>> {
    match result {
        Ok(t) => Ok(Ok(t)),
        Err(DeployError::Refused(r)) => {
            eprintln!("refused: {r}");
            Ok(Err(Outcome::CheckFailed))
        }
        Err(DeployError::Failed(e)) => Err(e.into()),
    }
}

fn waiting(ctx: &Context_) -> impl FnMut() + '_ {
    || {
        ctx.ui
            .info("waiting for another deploy to finish (advisory lock) ...")
    }
}

fn take_backup(ctx: &Context_, target: &Target, no_backup: bool) -> Result<()> {
    if !target.backup || no_backup {
        return Ok(());
    }
    let dir = ctx.cwd.join("backups").join(&target.name);
    let file = backup::dump(&target.url, &dir, &timestamp())?;
    ctx.ui.info(format!(
        "backup: {} (restore with: pg_restore --clean --if-exists --dbname {} {})",
        ctx.rel(&file),
        redact::url(&target.url),
        ctx.rel(&file)
    ));
    Ok(())
}

pub async fn apply(ctx: &Context_, args: ApplyArgs) -> Result<Outcome> {
    if let Some(fleet) = super::fleet::selected(ctx, args.env.as_deref(), &args.fleet)? {
        return super::fleet::apply(ctx, fleet, args).await;
    }
    if args.format == "json" {
        return super::deploy_run::apply_json(ctx, args).await;
    }
    let target = resolve_target(ctx, args.env.as_deref(), args.target.as_deref())?;
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let deployment = Deployment::open(&target.url, &target.name, files).await?;
    // A first look, without the lock: nothing to do, or an invalid history, needs no backup.
    // Every pending file must parse before anything runs.
    let pending = match deploy_outcome(
        deployment
            .pending(args.to.as_deref(), args.allow_out_of_order)
            .await,
    )? {
        Ok(p) => p,
        Err(outcome) => return Ok(outcome),
    };
    if pending.is_empty() {
        let entries = deployment.status().await?;
        ctx.ui.info(format!(
            "{}: up to date ({} migrations applied)",
            target.name,
            entries.len()
        ));
        return Ok(Outcome::Success);
    }
    ctx.ui.info(format!(
        "{}: {} pending migration(s)",
        target.name,
        pending.len()
    ));
    for (_, p) in &pending {
        ctx.ui.info(format!(
            "  {}{}",
            p.local.file_name,
            if p.transactional() {
                ""
            } else {
                "  (runs outside a transaction)"
            }
        ));
    }
    if denied_hazards(ctx, &pending, &args) {
        return Ok(Outcome::CheckFailed);
    }
    if args.dry_run {
        // The pending migrations run in one transaction that is rolled back; the schema is read
        // before and after each, so what each one exposes is found on the target itself.
        let filter = crate::catalog::filter_from_config(&ctx.config);
        let (results, schemas) = deployment.dry_run_inspecting(&pending, &filter).await?;
        // The fingerprint gate on the schemas the dry run read before each file.
        let mut gate = apply::gate::Gate::new(
            &ctx.config,
            super::gate::options(args.ignore_fingerprint, target.verify_before),
        );
        let mut refused = false;
        let mut notes = super::gate::DecisionNotes::default();
        for (file, d) in deployment
            .gate_dry_run(&pending, &schemas, &mut gate)
            .await?
        {
            match &d {
                apply::gate::Decision::Mismatch(m) => {
                    refused = true;
                    eprint!("{}", super::gate::report(ctx, m, &target.name).0);
                }
                d => {
                    if let Some(line) = notes.line(&file, d) {
                        ctx.ui.info(line);
                    }
                }
            }
        }
        for line in notes.summary() {
            ctx.ui.info(line);
        }
        // The pending files are deployed together: one migration set.
        let set: Vec<(String, String)> = pending
            .iter()
            .map(|(_, p)| (ctx.rel(&p.path), p.script.text.clone()))
            .collect();
        let findings = crate::lint::lint_set(&set, &ctx.config.lint);
        let findings = dry_run_findings(
            ctx,
            &target.url,
            &pending,
            &schemas,
            findings,
            &args.allow_hazard,
            &|m| ctx.ui.info(m),
        )
        .await;
        eprint!("{}", crate::lint::report::findings_text(&findings));
        ctx.ui
            .info(format!("lint: {}", crate::lint::report::verdict(&findings)));
        let failed = dry_run_report(ctx, results);
        ctx.ui.info("dry run: nothing was changed");
        return Ok(if failed || refused {
            Outcome::CheckFailed
        } else {
            Outcome::Success
        });
    }
    if !confirmed(ctx, &target, args.yes, "apply migrations")? {
        return Ok(Outcome::CheckFailed);
    }
    take_backup(ctx, &target, args.no_backup)?;
    let rollback_on_failure = args.rollback_on_failure || target.rollback_on_failure;
    // The versions this run applied, oldest first: what the run itself reports (under the lock
    // the pending list is read again, so the first look's may differ).
    let mut this_run: Vec<String> = Vec::new();
    let mut gate = apply::gate::Gate::new(
        &ctx.config,
        super::gate::options(args.ignore_fingerprint, target.verify_before),
    );
    let mut notes = super::gate::DecisionNotes::default();
    let applied = deployment
        .apply_gated(
            args.to.as_deref(),
            args.allow_out_of_order,
            Duration::from_secs(args.lock_timeout),
            waiting(ctx),
            Some(&mut gate),
            |p, d| {
                if let Some(line) = notes.line(&p.local.file_name, d) {
                    ctx.ui.info(line)
                }
            },
            |r| {
                this_run.push(r.version.clone());
                ctx.ui.info(format!(
                    "  applied  {}  {} ms  ({} statements)",
                    r.file_name,
                    r.elapsed.as_millis(),
                    r.statements
                ))
            },
        )
        .await;
    for line in notes.summary() {
        ctx.ui.info(line);
    }
    let applied = match applied {
        Err(DeployError::Refused(deploy::Refusal::Fingerprint(m))) => {
            eprint!("{}", super::gate::report(ctx, &m, &target.name).0);
            if let Some(line) = super::gate::kept_line(this_run.len()) {
                eprintln!("{line}");
            }
            return Ok(Outcome::CheckFailed);
        }
        Err(DeployError::Failed(e)) if rollback_on_failure && !this_run.is_empty() => {
            eprintln!("error: {}", crate::redact::text(&e.to_string()));
            roll_back_run(ctx, &deployment, &target, &this_run, &args).await?;
            return Err(e.into());
        }
        other => match deploy_outcome(other)? {
            Ok(a) => a,
            Err(outcome) => return Ok(outcome),
        },
    };
    ctx.ui.info(format!(
        "{}: {} migration(s) applied",
        target.name,
        applied.len()
    ));
    if !args.no_drift_check {
        report_drift(ctx, &deployment.applier, &target, &deployment.files).await;
    }
    let last = this_run.last().cloned().unwrap_or_default();
    if !run_checks(ctx, &deployment, &target, &last).await {
        if rollback_on_failure && !this_run.is_empty() {
            roll_back_run(ctx, &deployment, &target, &this_run, &args).await?;
        }
        return Ok(Outcome::CheckFailed);
    }
    Ok(Outcome::Success)
}

/// Runs the environment's post-deploy checks, prints and records each (after migration
/// `version`); true when all pass (or there are none).
async fn run_checks(
    ctx: &Context_,
    deployment: &Deployment,
    target: &Target,
    version: &str,
) -> bool {
    if target.checks.is_empty() {
        return true;
    }
    let results = checks::run(&target.url, &target.checks).await;
    print_checks(ctx, &results);
    for r in &results {
        if let Err(e) = deployment.applier.record_check(version, r).await {
            eprintln!("warning: the check result was not recorded: {e}");
        }
    }
    results.iter().all(|r| r.passed)
}

fn print_checks(ctx: &Context_, results: &[CheckResult]) {
    for r in results {
        let line = format!(
            "  check {}  {} `{}`  {} ms{}",
            if r.passed { "ok  " } else { "FAIL" },
            r.kind,
            r.check,
            r.duration_ms,
            r.message
                .as_ref()
                .map(|m| format!(": {m}"))
                .unwrap_or_default()
        );
        if r.passed {
            ctx.ui.info(line);
        } else {
            eprintln!("{}", crate::redact::text(&line));
        }
    }
}

/// `--rollback-on-failure`: rolls back the migrations this run applied, newest first.
async fn roll_back_run(
    ctx: &Context_,
    deployment: &Deployment,
    target: &Target,
    versions: &[String],
    args: &ApplyArgs,
) -> Result<()> {
    eprintln!(
        "rolling back the {} migration(s) this run applied (--rollback-on-failure)",
        versions.len()
    );
    take_backup(ctx, target, args.no_backup)?;
    let done = deployment
        .rollback_versions(
            versions,
            &ctx.config.rollbacks_dir,
            Duration::from_secs(args.lock_timeout),
            waiting(ctx),
            |r| {
                eprintln!(
                    "  rolled back  {}  {} ms",
                    r.file_name,
                    r.elapsed.as_millis()
                )
            },
        )
        .await;
    match done {
        Ok(r) => {
            eprintln!("{}: {} migration(s) rolled back", target.name, r.len());
            Ok(())
        }
        Err(DeployError::Refused(r)) => anyhow::bail!("automatic rollback refused: {r}"),
        Err(DeployError::Failed(e)) => Err(e.into()),
    }
}

/// `pgshift check --env NAME`: the environment's post-deploy checks alone.
pub async fn check(ctx: &Context_, args: super::CheckArgs) -> Result<Outcome> {
    if let Some(fleet) = super::fleet::selected(ctx, Some(&args.env), &args.fleet)? {
        return super::fleet::check(ctx, fleet, args).await;
    }
    let target = resolve_target(ctx, Some(&args.env), None)?;
    if target.checks.is_empty() {
        anyhow::bail!(
            "environment `{}` has no checks: add `checks = [\"SELECT ...\"]` or `check_commands = [...]` under [environments.{}] in pgshift.toml",
            target.name,
            target.name
        );
    }
    let results = checks::run(&target.url, &target.checks).await;
    if args.format == "json" {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "environment": target.name,
                "passed": results.iter().all(|r| r.passed),
                "checks": results,
            }))?
        );
    } else {
        print_checks(ctx, &results);
    }
    Ok(if results.iter().all(|r| r.passed) {
        Outcome::Success
    } else {
        Outcome::CheckFailed
    })
}

/// What a dry run finds beyond the static rules' `findings` on the pending migrations: what
/// each one exposes (`exposes-data`, from `schemas`, the target's schema read inside the dry run
/// before the first migration and after each that ran), and the target's table sizes on the
/// findings whose hazards grow with them (`[safety] large_table` deciding). Findings whose
/// hazards are all `allowed` become warnings. Narrowed access and sizes that could not be
/// measured are said through `say`.
pub(super) async fn dry_run_findings(
    ctx: &Context_,
    url: &str,
    pending: &[(Entry, apply::Prepared)],
    schemas: &[crate::model::Schema],
    mut findings: Vec<crate::lint::Finding>,
    allowed: &[crate::plan::hazard::Hazard],
    say: &(dyn Fn(String) + Sync),
) -> Vec<crate::lint::Finding> {
    let parsed: Vec<crate::lint::File> = pending
        .iter()
        .map(|(_, p)| crate::lint::File::parse(&ctx.rel(&p.path), &p.script.text))
        .collect();
    let roles = &ctx.config.exposure_roles;
    for (k, file) in parsed.iter().enumerate() {
        let (Some(before), Some(after)) = (schemas.get(k), schemas.get(k + 1)) else {
            break;
        };
        let changes = crate::exposure::changes(
            &crate::exposure::exposure(before, roles),
            &crate::exposure::exposure(after, roles),
            before,
            after,
        );
        for c in changes
            .iter()
            .filter(|c| c.direction != crate::exposure::Direction::Widened)
        {
            say(format!("{}: exposure: {}", file.path, c.message));
        }
        findings.extend(crate::lint::exposure::findings(
            &file.path,
            &file.stmts,
            &changes,
            &ctx.config.lint,
        ));
    }
    let tables = crate::lint::evidence::tables(parsed.iter().flat_map(|f| &f.stmts));
    match crate::catalog::sizes::measure(url, &tables).await {
        Ok(sizes) => {
            let stmts_of = |path: &str| {
                parsed
                    .iter()
                    .find(|f| f.path == path)
                    .map(|f| f.stmts.as_slice())
            };
            crate::lint::evidence::apply(
                &mut findings,
                &stmts_of,
                &sizes,
                ctx.config.large_table,
                &ctx.config.lint,
            );
        }
        Err(e) => say(format!(
            "table sizes not measured: {}",
            redact::text(&e.to_string())
        )),
    }
    for f in findings.iter_mut() {
        if !f.hazards.is_empty() && f.hazards.iter().all(|h| allowed.contains(h)) {
            f.severity = f.severity.min(crate::lint::Severity::Warning);
        }
    }
    findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.rule).cmp(&(&b.path, b.line, b.column, b.rule))
    });
    findings
}

/// Says which statements of the pending migrations carry a hazard that `[safety] deny` or
/// `--deny-hazard` refuses and `--allow-hazard` does not lift; true when there are any (the
/// deploy is refused, nothing runs).
fn denied_hazards(ctx: &Context_, pending: &[(Entry, apply::Prepared)], args: &ApplyArgs) -> bool {
    let denied: std::collections::BTreeSet<_> = ctx
        .config
        .deny
        .iter()
        .chain(&args.deny_hazard)
        .filter(|h| !args.allow_hazard.contains(h))
        .copied()
        .collect();
    let found = deploy::denied_statements(pending, &denied, &ctx.config.lint, |p| ctx.rel(p));
    if found.is_empty() {
        return false;
    }
    eprintln!(
        "refused: nothing was applied; {} statement hazard(s) are not allowed ([safety] deny, --deny-hazard); \
         pass --allow-hazard NAME to accept one:",
        found.len()
    );
    for d in found {
        eprintln!("  {}:{}: {}: {}", d.file, d.line, d.hazard, d.statement);
    }
    true
}

/// Prints what a dry run found for each file; true when one failed.
fn dry_run_report(ctx: &Context_, results: Vec<(String, apply::DryRun)>) -> bool {
    let mut failed = false;
    for (file, outcome) in results {
        failed |= matches!(outcome, apply::DryRun::Fails(_));
        for (warning, line) in outcome.report_lines(&file) {
            if warning {
                eprintln!("{line}");
            } else {
                ctx.ui.info(line);
            }
        }
    }
    failed
}

pub async fn rollback(ctx: &Context_, args: RollbackArgs) -> Result<Outcome> {
    if let Some(fleet) = super::fleet::selected(ctx, args.env.as_deref(), &args.fleet)? {
        return super::fleet::rollback(ctx, fleet, args).await;
    }
    if args.format == "json" {
        anyhow::bail!(
            "rollback --format json is for environments of several databases (`urls`, `urls_env`, \
             `urls_file`); a one-database rollback prints text"
        );
    }
    let target = resolve_target(ctx, args.env.as_deref(), args.target.as_deref())?;
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let deployment = Deployment::open(&target.url, &target.name, files).await?;
    let to = match (&args.last, &args.to) {
        (Some(n), _) => history::RollbackTo::Last(*n as usize),
        (None, Some(v)) => history::RollbackTo::Version(v),
        (None, None) => anyhow::bail!("say what to roll back: --last N or --to VERSION"),
    };
    // Every rollback file must exist and parse before anything runs.
    let plan = match deploy_outcome(
        deployment
            .rollback_plan(to, &ctx.config.rollbacks_dir)
            .await,
    )? {
        Ok(p) => p,
        Err(outcome) => return Ok(outcome),
    };
    if plan.is_empty() {
        ctx.ui.info("nothing to roll back");
        return Ok(Outcome::Success);
    }
    ctx.ui.info(format!(
        "{}: rolling back {} migration(s)",
        target.name,
        plan.len()
    ));
    for (_, p) in &plan {
        ctx.ui.info(format!("  {}", p.local.file_name));
    }
    if args.dry_run {
        // The rollback files run, newest first, in one transaction that is rolled back.
        let files: Vec<apply::Prepared> = plan.iter().map(|(_, p)| p.clone()).collect();
        let failed = dry_run_report(ctx, deployment.applier.dry_run(&files).await?);
        ctx.ui.info("dry run: nothing was changed");
        return Ok(if failed {
            Outcome::CheckFailed
        } else {
            Outcome::Success
        });
    }
    if !confirmed(ctx, &target, args.yes, "roll back migrations")? {
        return Ok(Outcome::CheckFailed);
    }
    take_backup(ctx, &target, args.no_backup)?;
    let done = deployment
        .rollback(
            to,
            &plan,
            Duration::from_secs(args.lock_timeout),
            waiting(ctx),
            |r| {
                ctx.ui.info(format!(
                    "  rolled back  {}  {} ms",
                    r.file_name,
                    r.elapsed.as_millis()
                ))
            },
        )
        .await;
    if let Err(outcome) = deploy_outcome(done)? {
        return Ok(outcome);
    }
    if !args.no_drift_check {
        report_drift(ctx, &deployment.applier, &target, &deployment.files).await;
    }
    let version = plan.last().map(|(v, _)| v.clone()).unwrap_or_default();
    if !run_checks(ctx, &deployment, &target, &version).await {
        return Ok(Outcome::CheckFailed);
    }
    Ok(Outcome::Success)
}

pub async fn status(ctx: &Context_, args: StatusArgs) -> Result<Outcome> {
    if let Some(fleet) = super::fleet::selected(ctx, args.env.as_deref(), &args.fleet)? {
        return super::fleet::status(ctx, fleet, args).await;
    }
    let target = resolve_target(ctx, args.env.as_deref(), args.target.as_deref())?;
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let applier = Applier::connect(&target.url, &target.name).await?;
    let entries = applier.status(&files).await?;
    let drift = if args.no_drift_check {
        None
    } else {
        Some(drift_against_applied(ctx, &applier, &target, &files).await)
    };
    if args.format == "json" {
        let report = crate::apply::outcome::StatusReport {
            drift: drift.as_ref().map(super::deploy_run::drift_summary),
            migrations: entries.clone(),
        };
        println!("{}", report.to_json()?);
    } else {
        println!(
            "{:<16} {:<44} {:<16} {:<21} {:>8}  BY",
            "VERSION", "NAME", "STATE", "APPLIED AT", "TIME"
        );
        for e in &entries {
            let (at, ms, by) = e
                .applied
                .as_ref()
                .map(|a| {
                    (
                        a.applied_at.clone().unwrap_or_default(),
                        a.execution_time_ms
                            .map(|m| format!("{m} ms"))
                            .unwrap_or_default(),
                        a.applied_by.clone().unwrap_or_default(),
                    )
                })
                .unwrap_or_default();
            let state = match &e.state {
                State::Applied => "applied",
                State::Pending => "pending",
                State::Failed => "failed",
                State::Edited { .. } => "EDITED",
                State::MissingLocally => "MISSING LOCALLY",
            };
            println!(
                "{:<16} {:<44} {:<16} {:<21} {:>8}  {by}",
                e.version, e.name, state, at, ms
            );
            if let (State::Failed, Some(msg)) = (
                &e.state,
                e.applied.as_ref().and_then(|a| a.error_message.as_ref()),
            ) {
                println!("{:<16} error: {msg}", "");
            }
        }
        let count = |s: fn(&State) -> bool| entries.iter().filter(|e| s(&e.state)).count();
        println!(
            "{} applied, {} pending, {} failed, {} edited, {} missing locally",
            count(|s| *s == State::Applied),
            count(|s| *s == State::Pending),
            count(|s| *s == State::Failed),
            count(|s| matches!(s, State::Edited { .. })),
            count(|s| *s == State::MissingLocally)
        );
        match &drift {
            None => {}
            Some(Ok(r)) if r.in_sync => {
                println!("drift: none (the schema matches the applied migrations)")
            }
            Some(Ok(r)) => {
                println!(
                    "drift: {} object(s) differ from the applied migrations; `pgshift drift` shows how",
                    r.objects.len()
                );
                for o in &r.objects {
                    println!("  {:<22} {}", o.change, o.object);
                }
            }
            Some(Err(e)) => println!("drift: not checked ({})", redact::text(&format!("{e:#}"))),
        }
    }
    let problems = history::problems(&entries, true);
    Ok(if problems.is_empty() {
        Outcome::Success
    } else {
        Outcome::CheckFailed
    })
}
