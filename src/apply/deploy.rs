//! The deploy workflow on one target, as a library: which migrations `apply` runs and which
//! `rollback` undoes, the history checks before anything runs and again under the deploy lock,
//! the statements a hazard policy refuses, and the runs themselves, with typed outcomes. Callers
//! (the CLI today) add what is theirs around it: confirmation, backups, printing, exit codes.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use super::gate::{Decision, Gate, Mismatch};
use super::history::{self, Entry, Problem, RollbackTo, State};
use super::{prepare, rollback_file, Applier, ApplyError, DryRun, Prepared, RunReport};
use crate::plan::hazard::Hazard;
use crate::source::MigrationFile;

/// Why a deploy does not run (nothing was changed): a check that failed, not an error.
#[derive(Debug)]
pub enum Refusal {
    /// The history is not valid for `apply` (edited, failed, missing, out of order).
    History(Vec<Problem>),
    /// A migration `rollback` would undo, or a newer applied one, is not in a clean state.
    RollbackNotClean(Vec<Problem>),
    /// Another deploy kept the lock.
    LockTimeout(String),
    /// The history changed while waiting for the lock.
    HistoryChanged,
    /// The fingerprint gate: the target is not the schema a pending file was written for.
    /// Nothing of that file ran; files of the same run before it stay applied.
    Fingerprint(Box<Mismatch>),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |f: &mut std::fmt::Formatter<'_>, problems: &[Problem]| {
            problems.iter().try_for_each(|p| write!(f, "\n  - {p}"))
        };
        match self {
            Refusal::History(p) => {
                write!(f, "the migration history is not valid:")?;
                list(f, p)
            }
            Refusal::RollbackNotClean(p) => {
                write!(
                    f,
                    "nothing was rolled back; the migrations to roll back are not in a clean state:"
                )?;
                list(f, p)
            }
            Refusal::LockTimeout(e) => write!(f, "{e}"),
            Refusal::HistoryChanged => write!(
                f,
                "nothing was rolled back; the migration history changed while waiting for the lock; run the command again"
            ),
            Refusal::Fingerprint(m) => write!(f, "{m}"),
        }
    }
}

/// A deploy that did not run: refused (a failed check) or failed (an error).
#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error("refused: {0}")]
    Refused(Refusal),
    #[error(transparent)]
    Failed(#[from] ApplyError),
}

/// A statement of a pending migration that carries a hazard the policy refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denied {
    pub file: String,
    pub line: usize,
    pub hazard: Hazard,
    pub statement: String,
}

/// One target and the migrations of the project.
pub struct Deployment {
    pub applier: Applier,
    pub files: Vec<MigrationFile>,
}

impl Deployment {
    pub async fn open(
        url: &str,
        environment: &str,
        files: Vec<MigrationFile>,
    ) -> Result<Self, ApplyError> {
        Ok(Deployment {
            applier: Applier::connect(url, environment).await?,
            files,
        })
    }

    /// [`Deployment::open`] with the git commit recorded in the history already known.
    pub async fn open_at(
        url: &str,
        environment: &str,
        files: Vec<MigrationFile>,
        git: Option<String>,
    ) -> Result<Self, ApplyError> {
        Ok(Deployment {
            applier: Applier::connect_at(url, environment, git).await?,
            files,
        })
    }

    /// Every version's state.
    pub async fn status(&self) -> Result<Vec<Entry>, ApplyError> {
        self.applier.status(&self.files).await
    }

    /// The pending migrations up to `to`, each read and split (and its secrets checked), with
    /// the entry it came from; refused when the history is not valid. Reads nothing but the
    /// tracking table.
    pub async fn pending(
        &self,
        to: Option<&str>,
        allow_out_of_order: bool,
    ) -> Result<Vec<(Entry, Prepared)>, DeployError> {
        let entries = self.status().await?;
        self.pending_of(&entries, to, allow_out_of_order)
    }

    /// [`Deployment::pending`] from the states `entries` (as [`Deployment::status`] read them).
    pub fn pending_of(
        &self,
        entries: &[Entry],
        to: Option<&str>,
        allow_out_of_order: bool,
    ) -> Result<Vec<(Entry, Prepared)>, DeployError> {
        let problems = history::problems(entries, allow_out_of_order);
        if !problems.is_empty() {
            return Err(DeployError::Refused(Refusal::History(problems)));
        }
        let mut out = Vec::new();
        for e in history::pending(entries, to) {
            if let Some(file) = self.files.iter().find(|f| f.name.version == e.version) {
                out.push((e.clone(), prepare(file)?));
            }
        }
        Ok(out)
    }

    /// Runs the pending migrations in transactions that are rolled back.
    pub async fn dry_run(
        &self,
        pending: &[(Entry, Prepared)],
    ) -> Result<Vec<(String, DryRun)>, ApplyError> {
        let prepared: Vec<Prepared> = pending.iter().map(|(_, p)| p.clone()).collect();
        self.applier.dry_run(&prepared).await
    }

    /// [`Deployment::dry_run`], reading the schema before the first migration and after each
    /// one that ran (see [`crate::apply::Applier::dry_run_inspecting`]).
    pub async fn dry_run_inspecting(
        &self,
        pending: &[(Entry, Prepared)],
        filter: &crate::catalog::Filter,
    ) -> Result<(Vec<(String, DryRun)>, Vec<crate::model::Schema>), ApplyError> {
        let prepared: Vec<Prepared> = pending.iter().map(|(_, p)| p.clone()).collect();
        self.applier
            .dry_run_inspecting(&prepared, Some(filter))
            .await
    }

    /// Applies what is pending up to `to` under the deploy lock (waiting up to `lock_timeout`,
    /// calling `waiting` once if another deploy holds it), the history checked again under it;
    /// `on_applied` after each migration. The reports of the migrations applied.
    pub async fn apply(
        &self,
        to: Option<&str>,
        allow_out_of_order: bool,
        lock_timeout: Duration,
        waiting: impl FnMut(),
        on_applied: impl FnMut(&RunReport),
    ) -> Result<Vec<RunReport>, DeployError> {
        self.apply_gated(
            to,
            allow_out_of_order,
            lock_timeout,
            waiting,
            None,
            |_, _| {},
            on_applied,
        )
        .await
    }

    /// [`Deployment::apply`] with the fingerprint gate: under the lock, before each pending
    /// file, the target's schema (after the files of this run before it) is checked by `gate`;
    /// `on_gate` hears each decision that lets a file run (its note goes into the file's history
    /// row). A mismatch refuses ([`Refusal::Fingerprint`]): nothing of that file runs, the files
    /// of this run before it stay applied.
    #[allow(clippy::too_many_arguments)]
    pub async fn apply_gated(
        &self,
        to: Option<&str>,
        allow_out_of_order: bool,
        lock_timeout: Duration,
        waiting: impl FnMut(),
        mut gate: Option<&mut Gate<'_>>,
        mut on_gate: impl FnMut(&Prepared, &Decision),
        mut on_applied: impl FnMut(&RunReport),
    ) -> Result<Vec<RunReport>, DeployError> {
        self.locked(lock_timeout, waiting, async || {
            self.applier.ensure_tracking().await?;
            // Every file is read (and its secrets checked) before the first one runs.
            let pending = self.pending(to, allow_out_of_order).await?;
            let applied = self.applied_files().await?;
            let mut reports = Vec::with_capacity(pending.len());
            for (i, (e, m)) in pending.iter().enumerate() {
                let mut note = None;
                if let Some(gate) = gate.as_deref_mut() {
                    let target = if gate.needs_schema(m) {
                        Some(
                            crate::catalog::inspect(self.applier.client(), &gate.filter())
                                .await
                                .map_err(|e| ApplyError::Db(e.to_string()))?,
                        )
                    } else {
                        None
                    };
                    let before = self.expected_before(&applied, &pending[..i]);
                    match gate.check(m, target.as_ref(), &before).await? {
                        Decision::Mismatch(mm) => {
                            return Err(DeployError::Refused(Refusal::Fingerprint(mm)))
                        }
                        d => {
                            on_gate(m, &d);
                            note = d.note();
                        }
                    }
                }
                let r = self
                    .applier
                    .apply_one(m, e.applied.as_ref(), note.as_deref())
                    .await?;
                on_applied(&r);
                reports.push(r);
            }
            Ok(reports)
        })
        .await
    }

    /// The local files the target records as applied, in version order.
    pub async fn applied_files(&self) -> Result<Vec<MigrationFile>, ApplyError> {
        let entries = self.status().await?;
        Ok(self
            .files
            .iter()
            .filter(|f| {
                entries
                    .iter()
                    .any(|e| e.version == f.name.version && e.state == State::Applied)
            })
            .cloned()
            .collect())
    }

    /// What the target should hold before the next of `pending` runs: the files it records as
    /// applied, then those of this run before it.
    pub fn expected_before(
        &self,
        applied: &[MigrationFile],
        earlier: &[(Entry, Prepared)],
    ) -> Vec<MigrationFile> {
        let mut out = applied.to_vec();
        out.extend(earlier.iter().filter_map(|(e, _)| {
            self.files
                .iter()
                .find(|f| f.name.version == e.version)
                .cloned()
        }));
        out
    }

    /// The gate over a dry run: each pending file that ran (or would have been next) decided on
    /// `schemas` (the target's schema read inside the dry run before each, see
    /// [`Deployment::dry_run_inspecting`]); stops at the first mismatch, which is last.
    pub async fn gate_dry_run(
        &self,
        pending: &[(Entry, Prepared)],
        schemas: &[crate::model::Schema],
        gate: &mut Gate<'_>,
    ) -> Result<Vec<(String, Decision)>, ApplyError> {
        let applied = self.applied_files().await?;
        let mut out = Vec::new();
        for (i, (_, m)) in pending.iter().enumerate() {
            let before = self.expected_before(&applied, &pending[..i]);
            let d = gate.check(m, schemas.get(i), &before).await?;
            let stop = matches!(d, Decision::Mismatch(_));
            out.push((m.local.file_name.clone(), d));
            if stop {
                break;
            }
        }
        Ok(out)
    }

    /// The migrations `to` selects for rollback, newest first, each with its rollback file read
    /// and split (from `rollbacks_dir`); refused when one of them is not in a clean state.
    pub async fn rollback_plan(
        &self,
        to: RollbackTo<'_>,
        rollbacks_dir: &Path,
    ) -> Result<Vec<(String, Prepared)>, DeployError> {
        let entries = self.status().await?;
        let (chosen, problems) = history::rollback_selection(&entries, to);
        if !problems.is_empty() {
            return Err(DeployError::Refused(Refusal::RollbackNotClean(problems)));
        }
        let mut out = Vec::new();
        for e in chosen {
            let Some(local) = e.local.as_ref() else {
                return Err(ApplyError::Refused(format!(
                    "version {} has no local file to roll back",
                    e.version
                ))
                .into());
            };
            let file = rollback_file(rollbacks_dir, local);
            if !file.path.is_file() {
                return Err(ApplyError::File {
                    path: file.path.clone(),
                    message: format!(
                        "no rollback file for {}; write it (or restore it) before rolling back",
                        local.file_name
                    ),
                }
                .into());
            }
            out.push((e.version.clone(), prepare(&file)?));
        }
        Ok(out)
    }

    /// Runs the rollback files of `plan` (from [`Deployment::rollback_plan`] with the same `to`)
    /// under the deploy lock, refused if the selection changed meanwhile; `on_done` after each.
    pub async fn rollback(
        &self,
        to: RollbackTo<'_>,
        plan: &[(String, Prepared)],
        lock_timeout: Duration,
        waiting: impl FnMut(),
        mut on_done: impl FnMut(&RunReport),
    ) -> Result<Vec<RunReport>, DeployError> {
        self.locked(lock_timeout, waiting, async || {
            // Checked again under the lock: another deploy may have run since the first look.
            let entries = self.status().await?;
            let (now, problems) = history::rollback_selection(&entries, to);
            let same = now
                .iter()
                .map(|e| &e.version)
                .eq(plan.iter().map(|(v, _)| v));
            if !problems.is_empty() || !same {
                return Err(DeployError::Refused(Refusal::HistoryChanged));
            }
            let mut reports = Vec::with_capacity(plan.len());
            for (version, p) in plan {
                let r = self.applier.rollback_one(version, p).await?;
                on_done(&r);
                reports.push(r);
            }
            Ok(reports)
        })
        .await
    }

    /// Rolls back `versions` (applied by this run, given oldest first) newest first with their
    /// rollback files, under the deploy lock: what `--rollback-on-failure` does. Every rollback
    /// file is read first; a missing one stops before anything runs, naming it.
    pub async fn rollback_versions(
        &self,
        versions: &[String],
        rollbacks_dir: &Path,
        lock_timeout: Duration,
        waiting: impl FnMut(),
        mut on_done: impl FnMut(&RunReport),
    ) -> Result<Vec<RunReport>, DeployError> {
        let entries = self.status().await?;
        let mut plan = Vec::new();
        for v in versions.iter().rev() {
            let Some(local) = entries
                .iter()
                .find(|e| &e.version == v)
                .and_then(|e| e.local.as_ref())
            else {
                continue;
            };
            let file = rollback_file(rollbacks_dir, local);
            if !file.path.is_file() {
                return Err(ApplyError::File {
                    path: file.path.clone(),
                    message: format!(
                        "automatic rollback stopped: no rollback file for {}; nothing was rolled back; \
                         write it and run `pgshift rollback`",
                        local.file_name
                    ),
                }
                .into());
            }
            plan.push((v.clone(), prepare(&file)?));
        }
        self.locked(lock_timeout, waiting, async || {
            let mut reports = Vec::with_capacity(plan.len());
            for (version, p) in &plan {
                let r = self.applier.rollback_one(version, p).await?;
                on_done(&r);
                reports.push(r);
            }
            Ok(reports)
        })
        .await
    }

    async fn locked<T>(
        &self,
        timeout: Duration,
        waiting: impl FnMut(),
        work: impl AsyncFnOnce() -> Result<T, DeployError>,
    ) -> Result<T, DeployError> {
        match self.applier.with_lock(timeout, waiting, work).await {
            Ok(result) => result,
            Err(e @ ApplyError::LockTimeout(_)) => {
                Err(DeployError::Refused(Refusal::LockTimeout(e.to_string())))
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// The statements of `pending` that carry a hazard in `denied` (files named by `name`), from the
/// lint rules and a generated file's `-- hazard` notes.
pub fn denied_statements(
    pending: &[(Entry, Prepared)],
    denied: &BTreeSet<Hazard>,
    lint: &crate::lint::Options,
    name: impl Fn(&Path) -> String,
) -> Vec<Denied> {
    if denied.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (_, p) in pending {
        let file = name(&p.path);
        for h in crate::lint::hazards::statement_hazards(&file, &p.script.text, lint) {
            if denied.contains(&h.hazard) {
                found.push(Denied {
                    file: file.clone(),
                    line: h.line,
                    hazard: h.hazard,
                    statement: h.statement,
                });
            }
        }
    }
    found
}
