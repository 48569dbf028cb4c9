//! `status`, `drift` and `lint --env` over a fleet: each target read on its own connection
//! (nothing is written), compared with schemas built once per run.
//!
//! - `status`: each target's migrations (applied, pending, problems) and its drift from the
//!   migrations it has applied (one replay per distinct list, shared by the targets).
//! - `drift`: the expected schema (the migrations, or `--against`) is built ONCE, then every
//!   target is read and compared with it.
//! - `lint`: each target's pending migrations; the union is linted once (static and semantic
//!   tiers), and each target is judged on the findings in its own pending files.

use std::path::PathBuf;
use std::rc::Rc;

use anyhow::Result;
use serde_json::json;

use super::deploy::drift_check;
use super::job::{self, Fleet, Job, Ran};
use crate::apply::history::{self, Entry, State};
use crate::apply::Applier;
use crate::cli::{Context_, DriftArgs, LintArgs, Outcome, StatusArgs};
use crate::fleet::{FleetTarget, Outcome as Out, TargetError, TargetResult};
use crate::lint::report;
use crate::model::Schema;
use crate::source::{list_migrations, Loader, Source};

pub async fn status(ctx: &Context_, fleet: Fleet, args: StatusArgs) -> Result<Outcome> {
    Ok(run_status(ctx, &fleet, args.no_drift_check)
        .await?
        .finish(&fleet, &args.format))
}

/// `status` of every target; the results, not printed.
pub async fn run_status(ctx: &Context_, fleet: &Fleet, no_drift_check: bool) -> Result<Ran> {
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let job = Job::new(ctx, fleet, files);
    let finished = job::drive(&job, fleet, |job, t| async move {
        status_target(&job, no_drift_check, &t).await
    })
    .await;
    Ok(Ran::new(job, finished))
}

fn file_name(e: &Entry) -> String {
    e.local
        .as_ref()
        .map(|l| l.file_name.clone())
        .unwrap_or_else(|| format!("{}_{}", e.version, e.name))
}

/// The target's applied (recorded as completed) and pending migrations.
fn lists(entries: &[Entry]) -> (Vec<String>, Vec<String>) {
    let applied = entries
        .iter()
        .filter(|e| {
            matches!(
                e.state,
                State::Applied | State::Edited { .. } | State::MissingLocally
            )
        })
        .map(file_name)
        .collect();
    let pending = entries
        .iter()
        .filter(|e| e.is_pending())
        .map(file_name)
        .collect();
    (applied, pending)
}

async fn status_target(job: &Job, no_drift_check: bool, t: &FleetTarget) -> TargetResult {
    let name = t.name.as_str();
    let applier = match Applier::connect_at(&t.url, &job.env.name, job.git.clone()).await {
        Ok(a) => a,
        Err(e) => return TargetResult::failed(name, Out::Failed, job.apply_error(&e)),
    };
    let entries = match applier.status(&job.files).await {
        Ok(e) => e,
        Err(e) => return TargetResult::failed(name, Out::Failed, job.apply_error(&e)),
    };
    let (applied, pending) = lists(&entries);
    let problems: Vec<String> = history::problems(&entries, true)
        .iter()
        .map(|p| p.to_string())
        .collect();
    let failed: Vec<String> = entries
        .iter()
        .filter(|e| e.state == State::Failed)
        .map(file_name)
        .collect();
    let outcome = if !problems.is_empty() {
        Out::InvalidHistory
    } else if !pending.is_empty() {
        Out::Pending
    } else {
        Out::UpToDate
    };
    let mut result = TargetResult::new(name, outcome)
        .with("pending", &pending)
        .with("failed", &failed)
        .with("problems", &problems);
    result.note = format!("{} applied, {} pending", applied.len(), pending.len());
    if !failed.is_empty() {
        result
            .note
            .push_str(&format!(" ({} recorded as failed)", failed.len()));
    }
    result.applied = applied;
    if !problems.is_empty() {
        result.error = Some(TargetError::new(problems.join("\n")));
    }
    if !no_drift_check {
        drift_check(job, &applier, &mut result).await;
    }
    result
}

/// Objects listed per drifted target in the text output (the JSON has them all).
const SHOWN_OBJECTS: usize = 12;

pub async fn drift(ctx: &Context_, fleet: Fleet, args: DriftArgs) -> Result<Outcome> {
    let (expected, expected_label) = match &args.against {
        Some(a) => (Source::parse(a)?, crate::redact::text(a)),
        None => (
            Source::Dir(ctx.config.migrations_dir.clone()),
            format!("the migrations in {}", ctx.rel(&ctx.config.migrations_dir)),
        ),
    };
    if let Source::Env(name) = &expected {
        ctx.config.environment(name)?;
    }
    // Built once for the whole fleet.
    let want = {
        let mut loader = Loader::new(&ctx.config);
        let want = loader.load(&expected).await?;
        crate::diff::guard::check(
            &[(expected_label.as_str(), &want)],
            &ctx.config.ignore_unmodelled,
        )?;
        Rc::new(want)
    };
    // The tracking tables say which migrations each target is missing, when there are any.
    let files = if ctx.config.migrations_dir.is_dir() {
        list_migrations(&ctx.config.migrations_dir)?
    } else {
        Vec::new()
    };
    let job = Job::new(ctx, &fleet, files);
    let label = Rc::new(expected_label);
    let finished = job::drive(&job, &fleet, |job, t| {
        let (want, label) = (want.clone(), label.clone());
        async move { drift_target(&job, &want, &label, &t).await }
    })
    .await;
    let mut text = String::new();
    for r in finished
        .results
        .iter()
        .filter(|r| r.outcome == Out::Drifted)
    {
        text.push_str(&format!(
            "{}: what would reconcile each object:\n",
            r.target
        ));
        let objects: Vec<&serde_json::Value> = r.extra["objects"]
            .as_array()
            .into_iter()
            .flatten()
            .collect();
        for o in objects.iter().take(SHOWN_OBJECTS) {
            text.push_str(&format!(
                "  {:<22} {}\n",
                o["change"].as_str().unwrap_or(""),
                o["object"].as_str().unwrap_or("")
            ));
        }
        if objects.len() > SHOWN_OBJECTS {
            text.push_str(&format!(
                "  ... and {} more\n",
                objects.len() - SHOWN_OBJECTS
            ));
        }
    }
    if !text.is_empty() {
        text.push_str(
            "(`--format json` gives each target's reconciling SQL and DDL diff; \
             `pgshift drift --target URL` shows one database)\n\n",
        );
    }
    let mut extra = serde_json::Map::new();
    extra.insert("expected".into(), json!(label.as_str()));
    let replayed = matches!(
        expected,
        Source::Dir(_) | Source::SqlFile(_) | Source::Declarative(_)
    );
    extra.insert("shadow_replays".into(), json!(usize::from(replayed)));
    Ok(job::finish(
        &job,
        &fleet,
        finished,
        &args.format,
        extra,
        &text,
    ))
}

async fn drift_target(job: &Job, want: &Schema, label: &str, t: &FleetTarget) -> TargetResult {
    let name = t.name.as_str();
    // One connection per target: its schema, then its tracking table.
    let applier = match Applier::connect_at(&t.url, &job.env.name, job.git.clone()).await {
        Ok(a) => a,
        Err(e) => return TargetResult::failed(name, Out::Failed, job.apply_error(&e)),
    };
    let got = match crate::catalog::inspect(applier.client(), &job.filter).await {
        Ok(s) => s,
        Err(e) => return TargetResult::failed(name, Out::Failed, TargetError::new(job.text(&e))),
    };
    if let Err(e) = crate::diff::guard::check(
        &[(label, want), (name, &got)],
        &job.ctx.config.ignore_unmodelled,
    ) {
        return TargetResult::failed(name, Out::Failed, TargetError::new(job.text(&e)));
    }
    let report = match crate::cli::drift::compare(job.ctx.config.diff, label, want, name, &got) {
        Ok(r) => r,
        Err(e) => return TargetResult::failed(name, Out::Failed, TargetError::new(job.text(&e))),
    };
    let mut result = TargetResult::new(
        name,
        if report.in_sync {
            Out::InSync
        } else {
            Out::Drifted
        },
    );
    result.note = if report.in_sync {
        String::new()
    } else {
        format!("{} object(s) differ", report.objects.len())
    };
    // Which migrations it has applied (best effort: a database without tracking has none).
    if let Ok(entries) = applier.status(&job.files).await {
        let (applied, pending) = lists(&entries);
        if !pending.is_empty() && !report.in_sync {
            result
                .note
                .push_str(&format!("; {} migration(s) not applied yet", pending.len()));
        }
        result.applied = applied;
        result.set("pending", &pending);
    }
    result
        .with("in_sync", report.in_sync)
        .with("objects", &report.objects)
        .with("reconcile_sql", &report.reconcile_sql)
        .with("ddl_diff", &report.ddl_diff)
}

pub async fn lint(ctx: &Context_, fleet: Fleet, args: LintArgs) -> Result<Outcome> {
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let job = Job::new(ctx, &fleet, files);
    let mut finished = job::drive(&job, &fleet, |job, t| async move {
        pending_target(&job, &t).await
    })
    .await;
    // The union of what is pending anywhere, in version order, linted once.
    let pending_of = |r: &TargetResult| -> Vec<String> {
        r.extra
            .get("pending")
            .and_then(|p| p.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let union: Vec<PathBuf> = job
        .files
        .iter()
        .filter(|f| {
            finished
                .results
                .iter()
                .any(|r| pending_of(r).contains(&f.name.file_name))
        })
        .map(|f| f.path.clone())
        .collect();
    let (names, findings) = super::super::lint::findings(ctx, &args, &union, true).await?;
    for r in finished.results.iter_mut().filter(|r| r.ok) {
        let mine: Vec<String> = job
            .files
            .iter()
            .filter(|f| pending_of(r).contains(&f.name.file_name))
            .map(|f| job.rel(&f.path))
            .collect();
        let theirs: Vec<crate::lint::Finding> = findings
            .iter()
            .filter(|f| mine.contains(&f.path))
            .cloned()
            .collect();
        let blocking = report::blocking(&theirs);
        r.set("blocking", blocking);
        r.set(
            "warnings",
            report::count(&theirs, crate::lint::Severity::Warning),
        );
        if blocking > 0 {
            r.set_outcome(Out::Blocked);
            r.error = Some(TargetError::new(format!(
                "{blocking} blocking finding(s) in its pending migrations"
            )));
        }
    }
    let mut extra = serde_json::Map::new();
    let text = match args.format.as_str() {
        "json" => {
            let lint: serde_json::Value =
                serde_json::from_str(&report::json(&names, &findings)).unwrap_or_default();
            extra.insert("lint".into(), lint);
            String::new()
        }
        "github" => {
            print!("{}", report::github(&findings));
            String::new()
        }
        _ => format!("{}\n", report::text(&names, &findings)),
    };
    Ok(job::finish(
        &job,
        &fleet,
        finished,
        &args.format,
        extra,
        &text,
    ))
}

/// A target's pending migrations (read-only).
async fn pending_target(job: &Job, t: &FleetTarget) -> TargetResult {
    let name = t.name.as_str();
    let applier = match Applier::connect_at(&t.url, &job.env.name, job.git.clone()).await {
        Ok(a) => a,
        Err(e) => return TargetResult::failed(name, Out::Failed, job.apply_error(&e)),
    };
    let entries = match applier.status(&job.files).await {
        Ok(e) => e,
        Err(e) => return TargetResult::failed(name, Out::Failed, job.apply_error(&e)),
    };
    let (applied, pending) = lists(&entries);
    let mut result = TargetResult::new(
        name,
        if pending.is_empty() {
            Out::UpToDate
        } else {
            Out::Pending
        },
    )
    .with("pending", &pending);
    result.note = format!("{} pending", pending.len());
    result.applied = applied;
    result
}
