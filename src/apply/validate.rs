//! Plan validation: the files `generate` writes, exactly as written (sections, `BEGIN ...
//! COMMIT`, timeouts), run through the one executor on a fresh copy of the source; the result
//! must equal the target, and the rollback file must bring it back. Statements a file holds back
//! (commented out until `--allow-destructive`) are included: validation proves the file that
//! reaches the target.
//!
//! Validation with rows ([`Validator::validate_rows`]) first loads the seed files, or generates
//! a few rows per table ([`rows`]), then checks that rows survive the plan and the rollback
//! ([`survival`]); a statement that only fails because of rows is described by [`diagnose`].

mod diagnose;
mod partitions;
pub mod rows;
pub mod survival;
mod values;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub use diagnose::RowFailure;

use super::executor;
use super::ApplyError;
use crate::catalog::{self, Filter, InspectError};
use crate::diff::{diff_with, Options};
use crate::model::{option_parts, secret, Schema, Spec};
use crate::plan::{plan, Plan, ScriptOptions};

#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    #[error("plan validation: the plan failed in a shadow copy of the source: {0}")]
    Forward(ApplyError),
    #[error("plan validation: the rollback failed in the shadow: {0}")]
    Rollback(ApplyError),
    #[error("plan validation failed: {what}; leftover differences:\n{}", lines.join("\n"))]
    Leftover { what: String, lines: Vec<String> },
    #[error(transparent)]
    Inspect(#[from] InspectError),
    #[error("plan validation with rows: {0}")]
    Rows(RowFailure),
    #[error("plan validation with rows: rows did not survive {what}:\n{}", lines.iter().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n"))]
    RowsLost { what: String, lines: Vec<String> },
    #[error("plan validation: loading the seed: {0}")]
    Seed(crate::source::SourceError),
    #[error("plan validation: {0}")]
    Data(ApplyError),
}

/// The migration file a plan is validated as: the one `generate` writes under `opts`, with
/// every held-back statement included.
pub fn validated_script(plan: &Plan, opts: &ScriptOptions) -> String {
    plan.script(&opts.including_held_back())
}

/// Runs `plan` as its migration file (see [`validated_script`]) on the database at `url`, the
/// secrets it sets filled with the markers of `reaches`, the schema it leads to.
pub async fn run_plan(
    url: &str,
    name: &str,
    plan: &Plan,
    opts: &ScriptOptions,
    reaches: &Schema,
) -> Result<usize, ApplyError> {
    let values = secret_values(reaches);
    executor::run_text(
        url,
        Path::new(name),
        &validated_script(plan, opts),
        executor::Secrets::Values(&values),
    )
    .await
}

/// Each secret placeholder `schema` would fill, with the digest marker the model holds for it.
fn secret_values(schema: &Schema) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (id, o) in &schema.objects {
        let options = match &o.spec {
            Spec::ForeignDataWrapper(w) => &w.options,
            Spec::ForeignServer(s) => &s.options,
            Spec::UserMapping(m) => &m.options,
            Spec::Subscription(s) => {
                if let Some(range) = secret::conninfo_password(&s.connection) {
                    out.insert(
                        secret::variable(id, "password"),
                        s.connection[range].to_string(),
                    );
                }
                continue;
            }
            _ => continue,
        };
        for o in options {
            let (name, value) = option_parts(o);
            if secret::is_secret_option(name) {
                out.insert(secret::variable(id, name), value.to_string());
            }
        }
    }
    out
}

/// Whether the database at `url` now equals `want`; the leftover differences as the plan that
/// would remove them (first lines), else.
pub async fn check_reaches(
    url: &str,
    want: &Schema,
    filter: &Filter,
    options: Options,
    what: &str,
) -> Result<(), ValidateError> {
    let got = catalog::inspect_url(url, filter).await?;
    let left = diff_with(&got, want, options);
    if left.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = match plan(&got, want, left) {
        Ok(p) => p
            .steps
            .iter()
            .map(|s| format!("  {}", s.sql.lines().next().unwrap_or("")))
            .collect(),
        Err(e) => vec![format!("  {e}")],
    };
    Err(ValidateError::Leftover {
        what: what.to_string(),
        lines,
    })
}

/// How plans are validated: the catalog filter and diff options both sides were read with, and
/// the options the files are written under.
pub struct Validator<'a> {
    pub filter: &'a Filter,
    pub options: Options,
    pub script: &'a ScriptOptions,
    /// When set, the forward plan's run records here the table locks each of its statements
    /// takes (`apply::locks`), replacing what an earlier run recorded.
    pub locks: Option<&'a std::sync::Mutex<Vec<super::locks::StatementLocks>>>,
}

impl Validator<'_> {
    /// Validates a forward plan from `from` to `to` and its rollback on `url`, a fresh copy of
    /// `from`.
    pub async fn validate(
        &self,
        url: &str,
        from: &Schema,
        to: &Schema,
        forward: &Plan,
        rollback: &Plan,
    ) -> Result<(), ValidateError> {
        let _progress =
            crate::progress::spinner("validating the plan and its rollback in a shadow");
        self.run_forward(url, to, forward).await?;
        self.run_rollback(url, from, rollback).await
    }

    /// Makes the shadow copy of the source at `url` (its schema dump, replayed) equal to
    /// `from` before the plans run on it. A dump is not always faithful: a table created
    /// `INHERITS` or `PARTITION OF` copies its parent's column storage and compression, and
    /// pg_dump writes a child's own only where it differs from its type's, so a child that
    /// kept its type's storage under a parent that changed afterwards comes back with the
    /// parent's. What the replay left different is put right with a plan of its own.
    pub async fn correct_copy(&self, url: &str, from: &Schema) -> Result<(), ValidateError> {
        let what = "the shadow copy of the source differs from the source";
        let got = catalog::inspect_url(url, self.filter).await?;
        let left = diff_with(&got, from, self.options);
        if left.is_empty() {
            return Ok(());
        }
        let fix = plan(&got, from, left).map_err(|e| ValidateError::Leftover {
            what: what.to_string(),
            lines: vec![format!("  {e}")],
        })?;
        run_plan(
            url,
            "(the copy of the source, put right)",
            &fix,
            self.script,
            from,
        )
        .await
        .map_err(ValidateError::Forward)?;
        check_reaches(url, from, self.filter, self.options, what).await
    }

    /// Runs the forward plan on `url` and checks it reaches `to`.
    async fn run_forward(
        &self,
        url: &str,
        to: &Schema,
        forward: &Plan,
    ) -> Result<(), ValidateError> {
        let name = "(the generated migration)";
        match self.locks {
            None => {
                run_plan(url, name, forward, self.script, to)
                    .await
                    .map_err(ValidateError::Forward)?;
            }
            Some(log) => {
                let values = secret_values(to);
                let (_, recorded) = executor::run_text_recording(
                    url,
                    Path::new(name),
                    &validated_script(forward, self.script),
                    executor::Secrets::Values(&values),
                )
                .await
                .map_err(ValidateError::Forward)?;
                *log.lock().unwrap_or_else(|p| p.into_inner()) = recorded;
            }
        }
        check_reaches(
            url,
            to,
            self.filter,
            self.options,
            "after the plan, the shadow still differs from the target",
        )
        .await
    }

    /// Runs the rollback on `url` and checks it returns to `from`.
    async fn run_rollback(
        &self,
        url: &str,
        from: &Schema,
        rollback: &Plan,
    ) -> Result<(), ValidateError> {
        run_plan(url, "(the generated rollback)", rollback, self.script, from)
            .await
            .map_err(ValidateError::Rollback)?;
        check_reaches(
            url,
            from,
            self.filter,
            self.options,
            "after the rollback, the shadow still differs from the source",
        )
        .await
    }
}

/// Where the rows of validation with rows come from.
#[derive(Debug, Clone, Copy)]
pub enum Data<'a> {
    /// Seed files, loaded in order.
    Seed(&'a [PathBuf]),
    /// A few rows per table, generated from the catalog.
    Generate,
}

/// What validation ran on, for people and for JSON output.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct DataReport {
    /// `seed`, `generated` or `empty` (no rows: `--no-data-validation`).
    pub data: String,
    /// The seed files loaded (as given).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub seed_files: Vec<String>,
    /// Tables that held rows when the plan ran, and their rows.
    pub tables_with_rows: usize,
    pub rows: i64,
    /// Tables that could not be given rows, with the reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<String>,
    /// What was only checked on empty tables, and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Statements of the plan that took a stronger table lock in the shadow than their hazards
    /// declare (the lock recorder's reading).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub undeclared_locks: Vec<String>,
}

impl DataReport {
    /// The report of validation on empty tables.
    pub fn empty() -> Self {
        DataReport {
            data: "empty".into(),
            ..Default::default()
        }
    }
}

impl Validator<'_> {
    /// Validates like [`Validator::validate`], on `url` (a fresh copy of `from`) after giving
    /// its tables rows from `data`, and requires the rows to survive: each table's row count
    /// after the plan, and after the rollback, equals the count before (unless a statement
    /// declares `deletes-data` on it), and a recreated table keeps its rows' values.
    ///
    /// The report holds what ran even when validation fails. A statement that fails comes back
    /// as [`ValidateError::Forward`] / [`ValidateError::Rollback`], as on empty tables: whether
    /// rows alone are the cause is for the caller to find out on an empty copy (see
    /// [`Validator::row_failure`]).
    #[allow(clippy::too_many_arguments)]
    pub async fn validate_rows(
        &self,
        url: &str,
        from: &Schema,
        to: &Schema,
        forward: &Plan,
        rollback: &Plan,
        data: Data<'_>,
    ) -> (DataReport, Result<(), ValidateError>) {
        let mut report = DataReport::default();
        let result = self
            .validate_rows_into(&mut report, url, from, to, forward, rollback, data)
            .await;
        (report, result)
    }

    #[allow(clippy::too_many_arguments)]
    async fn validate_rows_into(
        &self,
        report: &mut DataReport,
        url: &str,
        from: &Schema,
        to: &Schema,
        forward: &Plan,
        rollback: &Plan,
        data: Data<'_>,
    ) -> Result<(), ValidateError> {
        match data {
            Data::Seed(files) => {
                report.data = "seed".into();
                for f in files {
                    crate::source::replay_file(url, f)
                        .await
                        .map_err(ValidateError::Seed)?;
                    report.seed_files.push(f.display().to_string());
                }
            }
            Data::Generate => {
                report.data = "generated".into();
                let g = rows::generate(url, self.filter)
                    .await
                    .map_err(ValidateError::Data)?;
                report.skipped = g
                    .skipped
                    .iter()
                    .map(|(t, why)| format!("{t}: {why}"))
                    .collect();
            }
        }
        let recreated: BTreeSet<_> = survival::recreated(forward)
            .into_iter()
            .chain(survival::recreated(rollback))
            .collect();
        let checksums: BTreeMap<_, _> = recreated
            .iter()
            .map(|t| (t.clone(), survival::kept_columns(from, to, t)))
            .collect();
        let snap = |checksums: BTreeMap<_, _>, left: BTreeMap<_, _>| async move {
            survival::snapshot(url, self.filter, &checksums, &left)
                .await
                .map_err(ValidateError::Data)
        };
        // Rows that join a recreated table's tree in the plan count with it before.
        let before = snap(checksums.clone(), survival::joining(forward)).await?;
        report.tables_with_rows = before.counts.values().filter(|n| **n > 0).count();
        report.rows = before.counts.values().sum();
        self.run_forward(url, to, forward).await?;
        let forward_loses = survival::losing(forward);
        let forward_recreates = survival::recreated(forward);
        let after = snap(
            checksums
                .iter()
                .filter(|(t, _)| forward_recreates.contains(*t))
                .map(|(t, c)| (t.clone(), c.clone()))
                .collect(),
            survival::leaving(forward),
        )
        .await?;
        let lost = survival::compare(&before, &after, &forward_loses);
        if !lost.is_empty() {
            return Err(ValidateError::RowsLost {
                what: "the plan (no statement declares deletes-data on these tables)".into(),
                lines: lost,
            });
        }
        self.run_rollback(url, from, rollback).await?;
        let back = snap(checksums, survival::leaving(rollback)).await?;
        let exempt: BTreeSet<_> = forward_loses
            .into_iter()
            .chain(survival::losing(rollback))
            .collect();
        let lost = survival::compare(&before, &back, &exempt);
        if !lost.is_empty() {
            return Err(ValidateError::RowsLost {
                what:
                    "the plan and its rollback (no statement declares deletes-data on these tables)"
                        .into(),
                lines: lost,
            });
        }
        Ok(())
    }

    /// Describes `error`, which [`Validator::validate_rows`] returned while validation on empty
    /// tables passes: the statement failed because of rows. `None` when the error is not a
    /// failing statement.
    pub fn row_failure(
        &self,
        error: &ValidateError,
        forward: &Plan,
        rollback: &Plan,
    ) -> Option<RowFailure> {
        let (file, plan, e) = match error {
            ValidateError::Forward(e) => ("the plan", forward, e),
            ValidateError::Rollback(e) => ("the rollback", rollback, e),
            _ => return None,
        };
        let step = diagnose::failed_step(plan, self.script, e);
        Some(diagnose::describe(file, step, e))
    }
}

/// Whether a rollback statement failing on `failure`'s table is expected: the plan declares
/// `deletes-data` on that table, so the rollback can only bring its shape back, not the values
/// it needs (a dropped `NOT NULL` column re-added without a default fails on the rows).
pub fn rollback_cannot_restore(failure: &RowFailure, forward: &Plan) -> bool {
    failure.file == "the rollback"
        && failure.table.as_ref().is_some_and(|t| {
            survival::losing(forward)
                .iter()
                .any(|l| &l.to_string() == t)
        })
}
