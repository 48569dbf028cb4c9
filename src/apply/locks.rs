//! The lock recorder: which table locks each statement of a script really takes, read from
//! `pg_locks` for the replaying session's backend by a second connection.
//!
//! Inside a transaction a lock is held until the transaction ends, so the locks that appear
//! after a statement and were not there before it are that statement's, read once it returns.
//! A statement outside a transaction (CREATE INDEX CONCURRENTLY) has released its locks by the
//! time it returns: one that could run in a transaction runs in one of its own (which changes
//! nothing about what it does) and is read the same way; one that cannot (CREATE INDEX
//! CONCURRENTLY) has its session sampled while it runs; and because such statements wait
//! for older snapshots before they finish (PostgreSQL docs, "Building Indexes Concurrently"), a
//! third connection holds one open while it starts: the statement then waits, holding its
//! table lock, until the recorder has read it and lets the snapshot go. A statement that finishes
//! between two samples without waiting is recorded with what the samples saw.
//!
//! Only locks on tables, partitioned tables and materialized views the recorder can see are
//! kept: catalogs, indexes and relations still uncommitted in the replaying session (new ones,
//! which nobody else can be waiting on) are left out.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio_postgres::Client;

use super::ApplyError;
use crate::db;
use crate::model::QualifiedName;
use crate::plan::hazard::locks::{strongest, LockMode, TableLock};

/// The table locks one statement took.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct StatementLocks {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// The statement's first line.
    pub statement: String,
    /// Whether it ran inside a transaction.
    pub transactional: bool,
    /// The strongest lock it took on each table.
    pub locks: Vec<TableLock>,
}

/// Locks of the session's backend: table locks it holds, and whether it waits for one.
const LOCKS: &str = "SELECT n.nspname, c.relname, l.mode, l.granted \
     FROM pg_catalog.pg_locks l \
     LEFT JOIN pg_catalog.pg_class c ON c.oid = l.relation AND c.relkind IN ('r', 'p', 'm') \
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
     WHERE l.pid = $1";

/// Records the locks of the statements one executor runs on one session.
pub struct LockRecorder {
    observer: Client,
    holder: Client,
    pid: i32,
    /// The locks the session held after the previous statement.
    held: Mutex<BTreeSet<TableLock>>,
    log: Mutex<Vec<StatementLocks>>,
}

fn q(e: tokio_postgres::Error) -> ApplyError {
    ApplyError::Db(format!("lock recorder: {}", db::error_text(&e)))
}

impl LockRecorder {
    /// A recorder for the session of `session` (a connection to the database at `url`).
    pub async fn new(url: &str, session: &Client) -> Result<Self, ApplyError> {
        let pid: i32 = session
            .query_one("SELECT pg_backend_pid()", &[])
            .await
            .map_err(q)?
            .get(0);
        let observer = db::connect(url).await?;
        let holder = db::connect(url).await?;
        Ok(LockRecorder {
            observer,
            holder,
            pid,
            held: Mutex::new(BTreeSet::new()),
            log: Mutex::new(Vec::new()),
        })
    }

    /// What was recorded, in the order the statements ran.
    pub fn take(&self) -> Vec<StatementLocks> {
        std::mem::take(&mut *self.log.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// A transaction of the session began or ended: nothing is held.
    pub fn reset(&self) {
        self.held.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }

    /// The session's table locks now, and whether it waits for a lock.
    async fn sample(&self) -> Result<(BTreeSet<TableLock>, bool), ApplyError> {
        let rows = self.observer.query(LOCKS, &[&self.pid]).await.map_err(q)?;
        let mut locks = BTreeSet::new();
        let mut waiting = false;
        for r in rows {
            let granted: bool = r.get(3);
            if !granted {
                waiting = true;
                continue;
            }
            let (Some(schema), Some(name)) =
                (r.get::<_, Option<String>>(0), r.get::<_, Option<String>>(1))
            else {
                continue;
            };
            if schema == "pg_catalog" || schema == "information_schema" || schema.starts_with("pg_")
            {
                continue;
            }
            if let Some(mode) = r
                .get::<_, Option<String>>(2)
                .as_deref()
                .and_then(LockMode::parse)
            {
                locks.insert(TableLock {
                    table: QualifiedName::new(schema, name),
                    mode,
                });
            }
        }
        Ok((locks, waiting))
    }

    /// Whether the session is inside a transaction block (one a script opened itself).
    async fn in_transaction(&self) -> Result<bool, ApplyError> {
        let row = self
            .observer
            .query_opt(
                "SELECT state FROM pg_catalog.pg_stat_activity WHERE pid = $1",
                &[&self.pid],
            )
            .await
            .map_err(q)?;
        Ok(row
            .and_then(|r| r.get::<_, Option<String>>(0))
            .is_some_and(|s| s.starts_with("idle in transaction")))
    }

    /// Runs `statement` (one statement of a script, in `file` at `line`:`column`, on
    /// `session`) and records the locks it took. `transactional`: a transaction is open around
    /// it. `may_wrap`: outside one, it could run inside one: it then runs in a transaction of its
    /// own (which changes nothing about what it does), so its locks are read before they go.
    pub async fn observe(
        &self,
        session: &Client,
        at: (&Path, usize, usize, &str),
        transactional: bool,
        may_wrap: bool,
        statement: impl std::future::Future<Output = Result<(), crate::source::ReplayError>>,
    ) -> Result<Result<(), crate::source::ReplayError>, ApplyError> {
        let mut seen = BTreeSet::new();
        let wrapped = !transactional && may_wrap && !self.in_transaction().await?;
        let result = if transactional {
            statement.await
        } else if wrapped {
            session.batch_execute("BEGIN").await.map_err(q)?;
            statement.await
        } else {
            self.sampled(statement, &mut seen).await?
        };
        let (after, _) = self.sample().await?;
        if wrapped {
            let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
            session.batch_execute(end).await.map_err(q)?;
        }
        let transactional = transactional || wrapped;
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        let new: Vec<TableLock> = seen
            .into_iter()
            .chain(after.iter().cloned())
            .filter(|l| !held.contains(l))
            .collect();
        *held = if wrapped { BTreeSet::new() } else { after };
        drop(held);
        let (file, line, column, text) = at;
        self.log
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(StatementLocks {
                file: file.to_path_buf(),
                line,
                column,
                statement: crate::source::excerpt(text),
                transactional,
                locks: strongest(new),
            });
        Ok(result)
    }

    /// Runs a statement outside a transaction while sampling its session, an older snapshot
    /// held open until it is seen waiting (or for at most two seconds).
    async fn sampled<T>(
        &self,
        statement: impl std::future::Future<Output = T>,
        seen: &mut BTreeSet<TableLock>,
    ) -> Result<T, ApplyError> {
        self.holder
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT 1")
            .await
            .map_err(q)?;
        let mut holding = true;
        let started = Instant::now();
        let mut statement = std::pin::pin!(statement);
        let result = loop {
            tokio::select! {
                r = &mut statement => break r,
                _ = tokio::time::sleep(Duration::from_millis(5)) => {
                    let (locks, waiting) = self.sample().await?;
                    seen.extend(locks);
                    if holding && (waiting || started.elapsed() > Duration::from_secs(2)) {
                        self.holder.batch_execute("COMMIT").await.map_err(q)?;
                        holding = false;
                    }
                }
            }
        };
        if holding {
            self.holder.batch_execute("COMMIT").await.map_err(q)?;
        }
        Ok(result)
    }
}
