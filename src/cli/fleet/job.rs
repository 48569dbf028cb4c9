//! What every fleet command shares: the `--jobs`, `--canary` and `--fail-fast` flags, choosing
//! the fleet path (an environment that lists several databases), the run's context shared by its
//! tasks, confirmation, and printing the results (a line per target as it finishes, then the
//! table or the JSON document). Exit: 0 when every target succeeded, 1 otherwise.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::rc::Rc;

use anyhow::Result;
use clap::Args;

use crate::apply::history::Entry;
use crate::apply::{ApplyError, Prepared};
use crate::cli::{Context_, Outcome};
use crate::config::Environment;
use crate::fleet::report::{self, Progress, Summary, TargetError, TargetResult};
use crate::fleet::run::{self, Finished};
use crate::fleet::{shadow::Expected, FleetTarget, Plan, Scrub};
use crate::source::MigrationFile;

/// Flags of the commands that work over a fleet.
#[derive(Debug, Clone, Default, Args)]
pub struct FleetArgs {
    /// Fleet environments: databases worked on at once after the canaries (default: the
    /// environment's `jobs`, else 4).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// Fleet environments: databases that go first, one by one; if one does not succeed, no
    /// other starts (default: the environment's `canary`, else 1).
    #[arg(long, value_name = "N")]
    pub canary: Option<u32>,
    /// Fleet environments: start no new database after one fails (those running finish); also
    /// the environment's `fail_fast = true`.
    #[arg(long)]
    pub fail_fast: bool,
}

impl FleetArgs {
    fn given(&self) -> Option<&'static str> {
        if self.jobs.is_some() {
            Some("--jobs")
        } else if self.canary.is_some() {
            Some("--canary")
        } else if self.fail_fast {
            Some("--fail-fast")
        } else {
            None
        }
    }
}

/// A fleet environment chosen by `--env`, with its targets resolved.
#[derive(Debug, Clone)]
pub struct Fleet {
    pub env: Environment,
    pub targets: Vec<FleetTarget>,
    pub plan: Plan,
}

/// The fleet `--env` names, when it lists several databases; `None` for everything else (the
/// single-target path, unchanged). The fleet flags without a fleet change nothing.
pub fn selected(ctx: &Context_, env: Option<&str>, args: &FleetArgs) -> Result<Option<Fleet>> {
    let environment = match env {
        Some(name) => Some(ctx.config.environment(name)?),
        None => None,
    };
    let Some(e) = environment.filter(|e| e.fleet.is_some()) else {
        // One database is a fleet of one: the flags have nothing to spread, which is no error
        // (scripts pass them to every environment alike).
        if let Some(flag) = args.given() {
            ctx.ui.detail(format!(
                "{flag} has no effect: {} is one database",
                env.map(|n| format!("environment `{n}`"))
                    .unwrap_or_else(|| "the target".to_string())
            ));
        }
        return Ok(None);
    };
    let targets = crate::fleet::targets::resolve(e, &|k| std::env::var(k).ok())?;
    for t in &targets {
        if crate::apply::lock::looks_like_transaction_pooler(&t.url) {
            anyhow::bail!(
                "target `{}` of environment `{}` looks like a transaction-mode pooler (port 6543): \
                 advisory locks and sessions do not work through it; list the direct or session-mode \
                 connection (Supabase: port 5432)",
                t.name,
                e.name
            );
        }
    }
    let plan = Plan {
        jobs: args.jobs.map(|j| j as usize).unwrap_or(e.jobs),
        canary: args.canary.map(|c| c as usize).unwrap_or(e.canary),
        fail_fast: args.fail_fast || e.fail_fast,
    };
    Ok(Some(Fleet {
        env: e.clone(),
        targets,
        plan,
    }))
}

/// Everything a run's tasks share (one per run, behind an `Rc`).
pub struct Job {
    pub ctx: Context_,
    pub env: Environment,
    pub files: Vec<MigrationFile>,
    pub scrub: Scrub,
    /// Schemas replayed in a shadow, once per distinct list of migrations.
    pub expected: Expected,
    pub filter: crate::catalog::Filter,
    /// The git commit recorded in each database's history (asked once per run).
    pub git: Option<String>,
    /// The static lint findings of each distinct set of pending files (dry runs).
    lints: RefCell<BTreeMap<Vec<String>, Vec<crate::lint::Finding>>>,
}

impl Job {
    pub fn new(ctx: &Context_, fleet: &Fleet, files: Vec<MigrationFile>) -> Rc<Job> {
        Rc::new(Job {
            ctx: Context_ {
                config: ctx.config.clone(),
                ui: ctx.ui,
                cwd: ctx.cwd.clone(),
            },
            env: fleet.env.clone(),
            files,
            scrub: Scrub::new(fleet.targets.iter().map(|t| t.url.as_str())),
            expected: Expected::new(&ctx.config),
            filter: crate::catalog::filter_from_config(&ctx.config),
            lints: RefCell::new(BTreeMap::new()),
            git: crate::apply::tracking::git_commit(),
        })
    }

    /// The static lint findings of `pending` deployed together (one migration set), computed
    /// once per run for each distinct set.
    pub fn lint_set(&self, pending: &[(Entry, Prepared)]) -> Vec<crate::lint::Finding> {
        let key: Vec<String> = pending
            .iter()
            .map(|(_, p)| p.local.file_name.clone())
            .collect();
        if let Some(found) = self.lints.borrow().get(&key) {
            return found.clone();
        }
        let set: Vec<(String, String)> = pending
            .iter()
            .map(|(_, p)| (self.rel(&p.path), p.script.text.clone()))
            .collect();
        let found = crate::lint::lint_set(&set, &self.ctx.config.lint);
        self.lints.borrow_mut().insert(key, found.clone());
        found
    }

    /// A path as people read it (relative to the working directory).
    pub fn rel(&self, p: &std::path::Path) -> String {
        self.ctx.rel(p)
    }

    /// An error's text with paths under the working directory shortened.
    pub fn text(&self, e: &dyn std::fmt::Display) -> String {
        format!("{e:#}").replace(&format!("{}/", self.ctx.cwd.display()), "")
    }

    /// An `apply` error as a target's error: a failed migration keeps its file, line and column.
    pub fn apply_error(&self, e: &ApplyError) -> TargetError {
        match e {
            ApplyError::Migration(r) => TargetError {
                message: format!(
                    "{} (nothing of this migration was kept)\n  statement: {}",
                    r.message, r.excerpt
                ),
                file: Some(self.rel(&r.file)),
                line: Some(r.line),
                column: Some(r.column),
            },
            ApplyError::PartialMigration { error: r, done } => TargetError {
                message: format!(
                    "{} ({done} statement(s) ran outside a transaction and stay; a re-run resumes at \
                     the failed statement once it is fixed)\n  statement: {}",
                    r.message, r.excerpt
                ),
                file: Some(self.rel(&r.file)),
                line: Some(r.line),
                column: Some(r.column),
            },
            other => TargetError::new(self.text(other)),
        }
    }
}

/// Runs `work` over the fleet, printing each target's line as it finishes.
pub async fn drive<W, Fut>(job: &Rc<Job>, fleet: &Fleet, work: W) -> Finished
where
    W: Fn(Rc<Job>, FleetTarget) -> Fut,
    Fut: std::future::Future<Output = TargetResult> + 'static,
{
    let width = fleet
        .targets
        .iter()
        .map(|t| t.name.chars().count())
        .max()
        .unwrap_or(6)
        .clamp(6, 48);
    let quiet = job.ctx.ui.verbosity == crate::cli::Verbosity::Quiet;
    let mut progress = Progress::new(&fleet.env.name, fleet.targets.len(), width, quiet);
    if !quiet {
        crate::progress::eprintln(&format!(
            "{}: {} database(s); {} canary first, then {} at a time{}",
            fleet.env.name,
            fleet.targets.len(),
            fleet.plan.canary.min(fleet.targets.len()),
            fleet.plan.jobs,
            if fleet.plan.fail_fast {
                " (--fail-fast)"
            } else {
                ""
            }
        ));
    }
    let finished = run::run(
        &fleet.targets,
        fleet.plan,
        |t| {
            let job = job.clone();
            let fut = work(job.clone(), t);
            async move { fut.await.scrubbed(&job.scrub) }
        },
        |r, c| progress.finished(r, c.done, c.running, c.failed),
    )
    .await;
    drop(progress);
    finished
}

/// A finished run and what its command adds to the output.
pub struct Ran {
    pub job: Rc<Job>,
    pub finished: Finished,
    /// Top-level fields of the JSON document besides `targets` and `summary` (and
    /// `shadow_replays`, the migration lists replayed in a shadow for the run, unless given).
    pub extra_json: serde_json::Map<String, serde_json::Value>,
    /// Text printed before the table.
    pub extra_text: String,
}

impl Ran {
    pub fn new(job: Rc<Job>, finished: Finished) -> Self {
        Ran {
            job,
            finished,
            extra_json: serde_json::Map::new(),
            extra_text: String::new(),
        }
    }

    /// Whether every target succeeded.
    pub fn ok(&self) -> bool {
        self.finished.results.iter().all(|r| r.ok)
    }

    fn summary(&self, fleet: &Fleet) -> Summary {
        Summary::of(
            &self.finished.results,
            self.finished.stopped.clone(),
            fleet.plan.jobs,
            fleet.plan.canary,
            self.finished.elapsed.as_millis() as u64,
        )
    }

    /// The JSON document (`--format json`, and what `pgshift serve` answers).
    pub fn document(&self, fleet: &Fleet) -> String {
        let mut extra = self.extra_json.clone();
        extra
            .entry("shadow_replays")
            .or_insert_with(|| self.job.expected.replays().into());
        report::json(&self.finished.results, &self.summary(fleet), extra)
    }

    /// Prints the table (text) or the JSON document; the exit outcome: success only when every
    /// target succeeded.
    pub fn finish(&self, fleet: &Fleet, format: &str) -> Outcome {
        if format == "json" {
            println!("{}", self.document(fleet));
        } else {
            print!(
                "{}",
                self.job.scrub.text(&format!(
                    "{}{}",
                    self.extra_text,
                    report::table(&self.finished.results, &self.summary(fleet))
                ))
            );
        }
        if self.ok() {
            Outcome::Success
        } else {
            Outcome::CheckFailed
        }
    }
}

/// Prints the table (text) or the JSON document, and the exit outcome (see [`Ran::finish`]).
pub fn finish(
    job: &Rc<Job>,
    fleet: &Fleet,
    finished: Finished,
    format: &str,
    extra_json: serde_json::Map<String, serde_json::Value>,
    extra_text: &str,
) -> Outcome {
    Ran {
        job: job.clone(),
        finished,
        extra_json,
        extra_text: extra_text.to_string(),
    }
    .finish(fleet, format)
}

/// Asks once for the whole fleet where the environment wants confirmation. `Ok(false)`: refused.
pub fn confirmed(ctx: &Context_, fleet: &Fleet, yes: bool, what: &str) -> Result<bool> {
    if !fleet.env.confirm || yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        eprintln!(
            "refused: environment `{}` needs confirmation to {what}; pass --yes (no terminal to ask at)",
            fleet.env.name
        );
        return Ok(false);
    }
    eprint!(
        "{what} on `{}` ({} databases). Type the environment name to continue: ",
        fleet.env.name,
        fleet.targets.len()
    );
    std::io::stderr().flush().ok();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    if line.trim() == fleet.env.name {
        Ok(true)
    } else {
        ctx.ui.info("refused: the name did not match");
        Ok(false)
    }
}

/// How long each step of a target's work took, in milliseconds (`phases_ms` in the JSON): where a
/// run's time goes.
pub struct Phases {
    last: std::time::Instant,
    pub ms: serde_json::Map<String, serde_json::Value>,
}

impl Phases {
    pub fn start() -> Self {
        Phases {
            last: std::time::Instant::now(),
            ms: serde_json::Map::new(),
        }
    }

    /// The step `name` ended now (it began where the previous one ended).
    pub fn done(&mut self, name: &str) {
        let now = std::time::Instant::now();
        self.ms.insert(
            name.to_string(),
            ((now - self.last).as_millis() as u64).into(),
        );
        self.last = now;
    }
}
