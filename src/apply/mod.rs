//! The one executor: applies and rolls back migrations on a target database with a tracking
//! table, the deploy lock and one transaction per migration.
//!
//! Invariants:
//! - history is validated (edited, missing, out-of-order files) under the lock before anything runs;
//! - a transactional migration and its tracking rows commit together or not at all, so a crash
//!   or `kill -9` at any point leaves the migration either fully applied and recorded, or absent;
//! - statements that cannot run in a transaction run one by one with their progress recorded, so
//!   a failure leaves a clear state that a re-run resumes from the failed statement;
//! - the lock is released on every path (explicitly, and by the server when the session ends).

pub mod adopt;
pub mod backup;
pub mod checks;
pub mod deploy;
pub mod executor;
pub mod gate;
pub mod history;
pub mod lock;
pub mod locks;
pub mod outcome;
pub mod tracking;
pub mod validate;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tokio_postgres::Client;

use crate::db;
use crate::migrations::enclosed::Enclosed;
use crate::migrations::{self, checksum::checksum, Script};
use crate::source::{MigrationFile, ReplayError};
use executor::Executor;
use history::{Entry, Local};

#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("{0}")]
    Db(String),
    #[error(transparent)]
    Connect(#[from] db::DbError),
    #[error("another deploy held the lock for {0} s; try again when it has finished (or raise --lock-timeout)")]
    LockTimeout(u64),
    #[error("backup refused the deploy: {0}")]
    Backup(String),
    #[error("{}: {message}", path.display())]
    File { path: PathBuf, message: String },
    #[error("migration failed (nothing of it was kept): {0}")]
    Migration(ReplayError),
    #[error(
        "migration failed after {done} of its statements ran outside a transaction (they stay; a re-run \
         resumes at the failed statement once it is fixed): {error}"
    )]
    PartialMigration { error: ReplayError, done: usize },
    #[error("{0}")]
    Refused(String),
}

/// A migration file read and split, ready to run.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub local: Local,
    pub path: PathBuf,
    /// The file's statements (and its text).
    pub script: Script,
}

impl Prepared {
    /// Whether it runs inside one transaction (see `migrations::script`).
    pub fn transactional(&self) -> bool {
        self.script.transactional()
    }
}

/// Reads and splits a file; a parse error names file:line.
pub fn prepare(file: &MigrationFile) -> Result<Prepared, ApplyError> {
    let error = |message: String| ApplyError::File {
        path: file.path.clone(),
        message,
    };
    let script = file.script().map_err(error)?.clone();
    let missing: Vec<String> = crate::model::secret::variables_in(&script.text)
        .into_iter()
        .filter(|v| std::env::var_os(v).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(error(format!(
            "it needs secrets that are not set: {}; export each with its value (it is never \
             written to files or logs) and run again",
            missing.join(", ")
        )));
    }
    Ok(Prepared {
        local: Local {
            version: file.name.version.clone(),
            name: file.name.name.clone(),
            file_name: file.name.file_name.clone(),
            checksum: file.checksum().map_err(error)?.to_string(),
        },
        path: file.path.clone(),
        script,
    })
}

/// The checksums of local files, for status and validation.
pub fn locals(files: &[MigrationFile]) -> Result<Vec<Local>, ApplyError> {
    files
        .iter()
        .map(|f| {
            Ok(Local {
                version: f.name.version.clone(),
                name: f.name.name.clone(),
                file_name: f.name.file_name.clone(),
                checksum: f
                    .checksum()
                    .map_err(|message| ApplyError::File {
                        path: f.path.clone(),
                        message,
                    })?
                    .to_string(),
            })
        })
        .collect()
}

/// What a dry run found for one pending migration.
#[derive(Debug)]
pub enum DryRun {
    /// It ran, inside the dry run's transaction (rolled back). A file that runs statement by
    /// statement ran as `migrations::enclosed` puts it: `left_out` are the statements it left
    /// out (line, why).
    Applies { left_out: Vec<(usize, String)> },
    /// It failed there: the statement and the server's error.
    Fails(ReplayError),
    /// An earlier migration failed or could not run, so it was not checked.
    NotChecked,
}

impl DryRun {
    /// The lines a report prints for `file`'s outcome, each with whether it is a warning.
    pub fn report_lines(&self, file: &str) -> Vec<(bool, String)> {
        match self {
            DryRun::Applies { left_out } => {
                std::iter::once((false, format!("  ok    {file} (rolled back)")))
                    .chain(left_out.iter().map(|(line, why)| {
                        (
                            false,
                            format!("        {file}:{line}: not run in the dry run: {why}"),
                        )
                    }))
                    .collect()
            }
            DryRun::Fails(e) => vec![(true, format!("  FAIL  {file}: {e}"))],
            DryRun::NotChecked => vec![(
                true,
                format!("  skip  {file}: not checked: an earlier migration was not run"),
            )],
        }
    }
}

/// What one migration run did.
#[derive(Debug, Clone)]
pub struct RunReport {
    /// The migration's version.
    pub version: String,
    pub file_name: String,
    pub elapsed: Duration,
    pub statements: usize,
}

pub struct Applier {
    client: Client,
    /// Environment name recorded in the history (`--env`, or `target`).
    pub environment: String,
    supabase: bool,
    who: String,
    git: Option<String>,
}

fn q(e: tokio_postgres::Error) -> ApplyError {
    ApplyError::Db(db::error_text(&e))
}

/// Every version's state as the database behind `client` records it (read-only: creates
/// nothing).
pub async fn entries(client: &Client, files: &[MigrationFile]) -> Result<Vec<Entry>, ApplyError> {
    let applied = tracking::read(client).await?;
    Ok(history::reconcile(&locals(files)?, &applied))
}

impl Applier {
    pub async fn connect(url: &str, environment: &str) -> Result<Self, ApplyError> {
        Self::connect_at(url, environment, tracking::git_commit()).await
    }

    /// [`Applier::connect`] with the git commit recorded in the history already known (a run
    /// over many databases asks git once).
    pub async fn connect_at(
        url: &str,
        environment: &str,
        git: Option<String>,
    ) -> Result<Self, ApplyError> {
        let client = db::connect(url).await?;
        // If pgshift dies mid-migration, the server notices within a second and aborts the
        // statement (PostgreSQL 14+), so its transaction and the deploy lock go away at once
        // instead of when a long statement would have finished.
        let _ = client
            .batch_execute("SET client_connection_check_interval = 1000")
            .await;
        let supabase = tracking::has_supabase_history(&client).await?;
        let who = tracking::who(&client).await;
        Ok(Self {
            client,
            environment: environment.to_string(),
            supabase,
            who,
            git,
        })
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Every version's state (read-only: creates nothing).
    pub async fn status(&self, files: &[MigrationFile]) -> Result<Vec<Entry>, ApplyError> {
        entries(&self.client, files).await
    }

    /// Runs `work` holding the deploy lock (waiting up to `timeout`, calling `waiting` once if
    /// another deploy holds it), and releases the lock whatever `work` returns. The only way to
    /// take the lock: it cannot be left held on an error path (and the server releases it when
    /// the session ends, should pgshift die).
    pub async fn with_lock<R>(
        &self,
        timeout: Duration,
        waiting: impl FnMut(),
        work: impl AsyncFnOnce() -> R,
    ) -> Result<R, ApplyError> {
        lock::acquire(&self.client, timeout, waiting).await?;
        let result = work().await;
        lock::release(&self.client).await;
        Ok(result)
    }

    pub async fn ensure_tracking(&self) -> Result<(), ApplyError> {
        tracking::ensure(&self.client).await
    }

    /// Applies one migration (call with the lock held and tracking ensured). `previous` is its
    /// tracking row, used to resume a non-transactional migration that failed part-way; `note`
    /// goes into its history row (what the fingerprint gate decided).
    pub async fn apply_one(
        &self,
        m: &Prepared,
        previous: Option<&history::Applied>,
        note: Option<&str>,
    ) -> Result<RunReport, ApplyError> {
        let started = Instant::now();
        let ex = Executor::new(&self.client);
        let statements: Vec<&migrations::Statement> = m.script.statements().collect();
        if m.transactional() {
            ex.begin().await?;
            for stmt in &statements {
                if let Err(err) = ex.statement(&m.path, &m.script, stmt).await {
                    ex.rollback().await;
                    self.record_failure(m, &err, 0, started.elapsed(), note)
                        .await;
                    return Err(ApplyError::Migration(err));
                }
            }
            self.record_success(m, started.elapsed(), note).await?;
            ex.commit().await?;
        } else {
            // Resume after the statements a failed run completed, if those statements are
            // unchanged (the failed one may have been fixed).
            let resume = match previous.filter(|p| p.status != "completed" && p.statements_done > 0)
            {
                Some(p) => {
                    let done = (p.statements_done as usize).min(statements.len());
                    if p.progress_checksum.as_deref() != Some(prefix_checksum(m, done).as_str()) {
                        return Err(ApplyError::Refused(format!(
                            "{}: statements 1 to {done} already ran in an earlier attempt but have changed since; \
                             restore them (only the failed statement and those after it may change) or repair the \
                             database and its pgshift.schema_migrations row by hand",
                            m.path.display()
                        )));
                    }
                    done
                }
                None => 0,
            };
            self.upsert(m, "running", None, resume as i32, None).await?;
            // Where the file's own open BEGIN ... COMMIT block started: a failure inside it rolls
            // the whole block back, so the progress goes back to its BEGIN.
            let mut block: Option<usize> = None;
            for (i, stmt) in statements.iter().enumerate().skip(resume) {
                if let Err(err) = ex.statement(&m.path, &m.script, stmt).await {
                    // A statement that failed inside the file's own transaction block.
                    ex.rollback().await;
                    let done = block.unwrap_or(i);
                    self.record_failure(m, &err, done as i32, started.elapsed(), note)
                        .await;
                    return Err(ApplyError::PartialMigration { error: err, done });
                }
                match stmt.block {
                    Some(true) => block = Some(i),
                    Some(false) => block = None,
                    None => {}
                }
                self.client
                    .execute(
                        "UPDATE pgshift.schema_migrations SET statements_done = $2, progress_checksum = $3 \
                         WHERE version = $1",
                        &[&m.local.version, &((i + 1) as i32), &prefix_checksum(m, i + 1)],
                    )
                    .await
                    .map_err(q)?;
            }
            ex.begin().await?;
            self.record_success(m, started.elapsed(), note).await?;
            ex.commit().await?;
        }
        Ok(RunReport {
            version: m.local.version.clone(),
            file_name: m.local.file_name.clone(),
            elapsed: started.elapsed(),
            statements: m.script.len(),
        })
    }

    async fn upsert(
        &self,
        m: &Prepared,
        status: &str,
        elapsed: Option<Duration>,
        statements_done: i32,
        error: Option<&str>,
    ) -> Result<(), ApplyError> {
        let ms = elapsed.map(|d| d.as_millis() as i64);
        self.client
            .execute(
                "INSERT INTO pgshift.schema_migrations AS m (version, name, checksum, status, applied_at, execution_time_ms, \
                   applied_by, error_message, git_commit, statements_done) \
                 VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'completed' THEN now() END, $5, $6, $7, $8, $9) \
                 ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, \
                   status = EXCLUDED.status, applied_at = EXCLUDED.applied_at, \
                   execution_time_ms = EXCLUDED.execution_time_ms, applied_by = EXCLUDED.applied_by, \
                   error_message = EXCLUDED.error_message, git_commit = EXCLUDED.git_commit, \
                   statements_done = EXCLUDED.statements_done",
                &[
                    &m.local.version,
                    &m.local.name,
                    &m.local.checksum,
                    &status,
                    &ms,
                    &self.who,
                    &error,
                    &self.git,
                    &statements_done,
                ],
            )
            .await
            .map_err(q)?;
        Ok(())
    }

    /// Records a post-deploy check in the history (after the migration `version`).
    pub async fn record_check(
        &self,
        version: &str,
        r: &checks::CheckResult,
    ) -> Result<(), ApplyError> {
        let detail = match &r.message {
            Some(m) => format!("{} check `{}`: {m}", r.kind, r.check),
            None => format!("{} check `{}`", r.kind, r.check),
        };
        self.history(
            version,
            "check",
            if r.passed { "passed" } else { "failed" },
            Duration::from_millis(r.duration_ms),
            Some(&crate::redact::text(&detail)),
            None,
        )
        .await
    }

    async fn history(
        &self,
        version: &str,
        action: &str,
        status: &str,
        elapsed: Duration,
        error: Option<&str>,
        note: Option<&str>,
    ) -> Result<(), ApplyError> {
        self.client
            .execute(
                "INSERT INTO pgshift.migration_history (version, action, execution_time_ms, status, error_message, \
                   executed_by, environment, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[&version, &action, &(elapsed.as_millis() as i64), &status, &error, &self.who, &self.environment, &note],
            )
            .await
            .map_err(q)?;
        Ok(())
    }

    /// Tracking rows of a successful apply, inside the migration's transaction.
    async fn record_success(
        &self,
        m: &Prepared,
        elapsed: Duration,
        note: Option<&str>,
    ) -> Result<(), ApplyError> {
        self.upsert(m, "completed", Some(elapsed), m.script.len() as i32, None)
            .await?;
        self.history(&m.local.version, "apply", "completed", elapsed, None, note)
            .await?;
        if self.supabase {
            self.client
                .execute(
                    "INSERT INTO supabase_migrations.schema_migrations (version, name) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    &[&m.local.version, &m.local.name],
                )
                .await
                .map_err(q)?;
        }
        Ok(())
    }

    /// Records a failure after the migration's own work was rolled back (best effort: the
    /// failure itself is what the user must see).
    async fn record_failure(
        &self,
        m: &Prepared,
        err: &ReplayError,
        statements_done: i32,
        elapsed: Duration,
        note: Option<&str>,
    ) {
        let msg = format!("{}:{}: {}", err.line, err.column, err.message);
        let _ = self
            .upsert(m, "failed", Some(elapsed), statements_done, Some(&msg))
            .await;
        let _ = self
            .history(
                &m.local.version,
                "apply",
                "failed",
                elapsed,
                Some(&msg),
                note,
            )
            .await;
    }

    /// Runs the pending migrations in one transaction and rolls it back: proves they apply. A
    /// file that runs statement by statement runs as `migrations::enclosed` puts it (its own
    /// blocks as a savepoint, concurrent forms plainly). Stops at the first failure.
    pub async fn dry_run(&self, pending: &[Prepared]) -> Result<Vec<(String, DryRun)>, ApplyError> {
        Ok(self.dry_run_inspecting(pending, None).await?.0)
    }

    /// [`Applier::dry_run`]; with `inspect`, the schema is also read (through this filter)
    /// before the first migration and after each one that ran, inside the dry run's transaction:
    /// `schemas[0]` before, `schemas[k + 1]` after the k-th.
    pub async fn dry_run_inspecting(
        &self,
        pending: &[Prepared],
        inspect: Option<&crate::catalog::Filter>,
    ) -> Result<(Vec<(String, DryRun)>, Vec<crate::model::Schema>), ApplyError> {
        let mut out = Vec::new();
        let mut schemas = Vec::new();
        let ex = Executor::new(&self.client);
        ex.begin().await?;
        let read = async |schemas: &mut Vec<crate::model::Schema>| -> Result<(), ApplyError> {
            if let Some(filter) = inspect {
                let s = crate::catalog::inspect_in_transaction(&self.client, filter)
                    .await
                    .map_err(|e| ApplyError::Db(e.to_string()))?;
                schemas.push(s);
            }
            Ok(())
        };
        if let Err(e) = read(&mut schemas).await {
            ex.rollback().await;
            return Err(e);
        }
        let mut stopped = false;
        for m in pending {
            let outcome = if stopped {
                DryRun::NotChecked
            } else {
                let mut left_out = Vec::new();
                let mut failed = None;
                for stmt in migrations::enclosed::enclosed(&m.script) {
                    match stmt {
                        Enclosed::Run(stmt) => {
                            if let Err(e) = ex.statement(&m.path, &m.script, &stmt).await {
                                failed = Some(e);
                                break;
                            }
                        }
                        Enclosed::Skip { line, why } => left_out.push((line, why)),
                    }
                }
                match failed {
                    Some(e) => {
                        stopped = true;
                        DryRun::Fails(e)
                    }
                    None => {
                        if let Err(e) = read(&mut schemas).await {
                            ex.rollback().await;
                            return Err(e);
                        }
                        DryRun::Applies { left_out }
                    }
                }
            };
            out.push((m.local.file_name.clone(), outcome));
        }
        ex.rollback().await;
        Ok((out, schemas))
    }

    /// Rolls one applied migration back with its rollback file, in one transaction with the
    /// tracking update and history row.
    pub async fn rollback_one(
        &self,
        version: &str,
        rollback: &Prepared,
    ) -> Result<RunReport, ApplyError> {
        let started = Instant::now();
        let ex = Executor::new(&self.client);
        // A rollback that cannot run in a transaction runs statement by statement first; its
        // bookkeeping then commits on its own.
        let transactional = rollback.transactional();
        if transactional {
            ex.begin().await?;
        }
        for stmt in rollback.script.statements() {
            if let Err(err) = ex.statement(&rollback.path, &rollback.script, stmt).await {
                ex.rollback().await;
                let msg = format!("{}:{}: {}", err.line, err.column, err.message);
                let _ = self
                    .history(
                        version,
                        "rollback",
                        "failed",
                        started.elapsed(),
                        Some(&msg),
                        None,
                    )
                    .await;
                return Err(ApplyError::Migration(err));
            }
        }
        if !transactional {
            ex.begin().await?;
        }
        self.client
            .execute(
                "DELETE FROM pgshift.schema_migrations WHERE version = $1",
                &[&version],
            )
            .await
            .map_err(q)?;
        if self.supabase {
            self.client
                .execute(
                    "DELETE FROM supabase_migrations.schema_migrations WHERE version = $1",
                    &[&version],
                )
                .await
                .map_err(q)?;
        }
        self.history(
            version,
            "rollback",
            "completed",
            started.elapsed(),
            None,
            None,
        )
        .await?;
        ex.commit().await?;
        Ok(RunReport {
            version: version.to_string(),
            file_name: rollback.local.file_name.clone(),
            elapsed: started.elapsed(),
            statements: rollback.script.len(),
        })
    }
}

/// Checksum of the text of a migration's first `n` statements (what a resumed run skips).
fn prefix_checksum(m: &Prepared, n: usize) -> String {
    let text: Vec<&str> = m
        .script
        .statements()
        .take(n)
        .map(|s| s.text.as_str())
        .collect();
    checksum(text.join("\n;\n").as_bytes())
}

/// The rollback file of a migration: same file name in the rollbacks directory.
pub fn rollback_file(rollbacks_dir: &Path, local: &Local) -> MigrationFile {
    MigrationFile::new(
        migrations::MigrationName {
            file_name: local.file_name.clone(),
            version: local.version.clone(),
            name: local.name.clone(),
        },
        rollbacks_dir.join(&local.file_name),
    )
}
