//! Reconciling local migration files with what a database says it has applied. Pure.
//!
//! Rules, checked before anything runs: a migration applied and edited since (checksum differs)
//! is refused; an applied version missing locally is refused; a pending migration older than the
//! newest applied one is refused unless out-of-order runs are allowed.

use std::cmp::Ordering;

use serde::Serialize;

use crate::migrations::files::compare_versions;

/// A local migration file.
#[derive(Debug, Clone, Serialize)]
pub struct Local {
    pub version: String,
    pub name: String,
    pub file_name: String,
    pub checksum: String,
}

/// Where an applied row came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordSource {
    /// pgshift's own `pgshift.schema_migrations`.
    Pgshift,
    /// Supabase CLI's `supabase_migrations.schema_migrations` (no checksum, no status).
    Supabase,
}

/// A row of the tracking table.
#[derive(Debug, Clone, Serialize)]
pub struct Applied {
    pub version: String,
    pub name: String,
    pub checksum: Option<String>,
    /// `running`, `completed` or `failed`.
    pub status: String,
    pub applied_at: Option<String>,
    pub execution_time_ms: Option<i64>,
    pub applied_by: Option<String>,
    pub error_message: Option<String>,
    /// Statements of a non-transactional migration that completed (to resume after a failure).
    pub statements_done: i32,
    /// Checksum of the statements counted in `statements_done`.
    pub progress_checksum: Option<String>,
    pub source: RecordSource,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum State {
    Applied,
    Pending,
    /// Recorded as failed (or still marked running after a crash).
    Failed,
    /// Applied, but the file changed since.
    Edited {
        applied_checksum: String,
        local_checksum: String,
    },
    /// Applied, but no local file has this version.
    MissingLocally,
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub version: String,
    pub name: String,
    pub state: State,
    pub local: Option<Local>,
    pub applied: Option<Applied>,
}

impl Entry {
    pub fn is_pending(&self) -> bool {
        matches!(self.state, State::Pending | State::Failed)
    }
}

/// One entry per version, in version order.
pub fn reconcile(local: &[Local], applied: &[Applied]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for l in local {
        // pgshift's own record wins over Supabase's for the same version.
        let a = applied
            .iter()
            .filter(|a| compare_versions(&a.version, &l.version) == Ordering::Equal)
            .min_by_key(|a| a.source != RecordSource::Pgshift)
            .cloned();
        let state = match &a {
            None => State::Pending,
            Some(a) if a.status != "completed" => State::Failed,
            Some(a) => match &a.checksum {
                Some(c) if c != &l.checksum => State::Edited {
                    applied_checksum: c.clone(),
                    local_checksum: l.checksum.clone(),
                },
                _ => State::Applied,
            },
        };
        out.push(Entry {
            version: l.version.clone(),
            name: l.name.clone(),
            state,
            local: Some(l.clone()),
            applied: a,
        });
    }
    for a in applied {
        let known = out
            .iter()
            .any(|e| compare_versions(&e.version, &a.version) == Ordering::Equal);
        if !known && a.status == "completed" {
            out.push(Entry {
                version: a.version.clone(),
                name: a.name.clone(),
                state: State::MissingLocally,
                local: None,
                applied: Some(a.clone()),
            });
        }
    }
    out.sort_by(|a, b| compare_versions(&a.version, &b.version));
    out
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Edited {
        file: String,
        applied_checksum: String,
        local_checksum: String,
    },
    MissingLocally {
        version: String,
        name: String,
    },
    OutOfOrder {
        file: String,
        newest_applied: String,
    },
    /// Recorded as failed, or still running (a deploy in progress, or one that died).
    NotCompleted {
        file: String,
        status: String,
        error: Option<String>,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Edited { file, applied_checksum, local_checksum } => write!(
                f,
                "{file} was edited after it was applied (applied checksum {applied_checksum}, file now {local_checksum}); \
                 restore the applied content and put the change in a new migration (`pgshift new`)"
            ),
            Problem::MissingLocally { version, name } => write!(
                f,
                "version {version} ({name}) is applied to the database but has no local file; restore the file \
                 (git history) before deploying"
            ),
            Problem::OutOfOrder { file, newest_applied } => write!(
                f,
                "{file} is pending but older than the newest applied version {newest_applied}; give it a newer \
                 version, or pass --allow-out-of-order"
            ),
            Problem::NotCompleted { file, status, error } => {
                write!(f, "{file} is recorded as {status}")?;
                if let Some(e) = error {
                    write!(f, " ({e})")?;
                }
                match status.as_str() {
                    "running" => write!(
                        f,
                        "; another deploy may still be running it, or one died part-way: wait for it, or check \
                         the database and apply the migration again before rolling back"
                    ),
                    _ => write!(
                        f,
                        "; the database may hold part of it: fix the file and apply it again (`pgshift apply`) \
                         before rolling back"
                    ),
                }
            }
        }
    }
}

/// What must stop a deploy.
pub fn problems(entries: &[Entry], allow_out_of_order: bool) -> Vec<Problem> {
    let mut out = Vec::new();
    let newest_applied = entries
        .iter()
        .filter(|e| {
            matches!(
                e.state,
                State::Applied | State::Edited { .. } | State::MissingLocally
            )
        })
        .map(|e| e.version.clone())
        .max_by(|a, b| compare_versions(a, b));
    for e in entries {
        match &e.state {
            State::Edited {
                applied_checksum,
                local_checksum,
            } => out.push(Problem::Edited {
                file: e
                    .local
                    .as_ref()
                    .map(|l| l.file_name.clone())
                    .unwrap_or_default(),
                applied_checksum: applied_checksum.clone(),
                local_checksum: local_checksum.clone(),
            }),
            State::MissingLocally => out.push(Problem::MissingLocally {
                version: e.version.clone(),
                name: e.name.clone(),
            }),
            State::Pending | State::Failed if !allow_out_of_order => {
                if let Some(newest) = &newest_applied {
                    if compare_versions(&e.version, newest) == Ordering::Less {
                        out.push(Problem::OutOfOrder {
                            file: e
                                .local
                                .as_ref()
                                .map(|l| l.file_name.clone())
                                .unwrap_or_default(),
                            newest_applied: newest.clone(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Which recorded migrations a rollback undoes.
#[derive(Debug, Clone, Copy)]
pub enum RollbackTo<'a> {
    /// The newest `n` recorded migrations, whatever their state.
    Last(usize),
    /// Every recorded migration newer than this version.
    Version(&'a str),
}

/// The migrations a rollback would undo, newest first, with what makes the rollback unsafe: any
/// of them edited since it was applied, recorded as failed or running, or missing locally. Every
/// migration the database records counts, in any state, so `--last 1` never skips a newer one
/// whose state is not clean.
pub fn rollback_selection<'a>(
    entries: &'a [Entry],
    to: RollbackTo<'_>,
) -> (Vec<&'a Entry>, Vec<Problem>) {
    let recorded = entries.iter().rev().filter(|e| e.applied.is_some());
    let chosen: Vec<&Entry> = match to {
        RollbackTo::Last(n) => recorded.take(n).collect(),
        RollbackTo::Version(v) => recorded
            .filter(|e| compare_versions(&e.version, v) == Ordering::Greater)
            .collect(),
    };
    let file = |e: &Entry| {
        e.local
            .as_ref()
            .map(|l| l.file_name.clone())
            .unwrap_or_else(|| format!("version {}", e.version))
    };
    let mut problems = Vec::new();
    for e in &chosen {
        match &e.state {
            State::Applied | State::Pending => {}
            State::Failed => {
                let a = e.applied.as_ref();
                problems.push(Problem::NotCompleted {
                    file: file(e),
                    status: a.map(|a| a.status.clone()).unwrap_or_default(),
                    error: a.and_then(|a| a.error_message.clone()),
                })
            }
            State::Edited {
                applied_checksum,
                local_checksum,
            } => problems.push(Problem::Edited {
                file: file(e),
                applied_checksum: applied_checksum.clone(),
                local_checksum: local_checksum.clone(),
            }),
            State::MissingLocally => problems.push(Problem::MissingLocally {
                version: e.version.clone(),
                name: e.name.clone(),
            }),
        }
    }
    (chosen, problems)
}

/// Pending entries up to and including `to` (all when `None`).
pub fn pending<'a>(entries: &'a [Entry], to: Option<&str>) -> Vec<&'a Entry> {
    entries
        .iter()
        .filter(|e| e.is_pending())
        .filter(|e| to.is_none_or(|t| compare_versions(&e.version, t) != Ordering::Greater))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(v: &str, sum: &str) -> Local {
        Local {
            version: v.into(),
            name: format!("m{v}"),
            file_name: format!("{v}_m{v}.sql"),
            checksum: sum.into(),
        }
    }

    fn applied(v: &str, sum: Option<&str>, status: &str, source: RecordSource) -> Applied {
        Applied {
            version: v.into(),
            name: format!("m{v}"),
            checksum: sum.map(String::from),
            status: status.into(),
            applied_at: None,
            execution_time_ms: None,
            applied_by: None,
            error_message: None,
            statements_done: 0,
            progress_checksum: None,
            source,
        }
    }

    #[test]
    fn states_and_problems() {
        let l = [
            local("1", "a"),
            local("2", "b"),
            local("3", "c"),
            local("5", "e"),
        ];
        let a = [
            applied("1", Some("a"), "completed", RecordSource::Pgshift),
            applied("2", Some("B"), "completed", RecordSource::Pgshift),
            applied("4", Some("d"), "completed", RecordSource::Pgshift),
            applied("5", Some("e"), "failed", RecordSource::Pgshift),
        ];
        let e = reconcile(&l, &a);
        let states: Vec<_> = e
            .iter()
            .map(|e| (e.version.as_str(), e.state.clone()))
            .collect();
        assert_eq!(states[0], ("1", State::Applied));
        assert!(matches!(states[1].1, State::Edited { .. }));
        assert_eq!(states[2], ("3", State::Pending));
        assert_eq!(states[3], ("4", State::MissingLocally));
        assert_eq!(states[4], ("5", State::Failed));
        let p = problems(&e, false);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p
            .iter()
            .any(|p| matches!(p, Problem::OutOfOrder { file, .. } if file == "3_m3.sql")));
        assert_eq!(problems(&e, true).len(), 2);
        assert_eq!(pending(&e, None).len(), 2);
        assert_eq!(pending(&e, Some("4")).len(), 1);
    }

    #[test]
    fn rollback_counts_every_recorded_migration_and_refuses_unclean_ones() {
        let l = [
            local("1", "a"),
            local("2", "b"),
            local("3", "c"),
            local("4", "d"),
        ];
        let versions = |v: &[&Entry]| v.iter().map(|e| e.version.clone()).collect::<Vec<_>>();
        // Clean: the newest applied ones, newest first; a pending newer file is not counted.
        let a = [
            applied("1", Some("a"), "completed", RecordSource::Pgshift),
            applied("2", Some("b"), "completed", RecordSource::Pgshift),
            applied("3", Some("c"), "completed", RecordSource::Pgshift),
        ];
        let e = reconcile(&l, &a);
        let (chosen, p) = rollback_selection(&e, RollbackTo::Last(2));
        assert_eq!(versions(&chosen), ["3", "2"]);
        assert!(p.is_empty());
        let (chosen, p) = rollback_selection(&e, RollbackTo::Version("1"));
        assert_eq!(versions(&chosen), ["3", "2"]);
        assert!(p.is_empty());
        // The newest edited: --last 1 picks it (never the one before) and refuses.
        let edited = [
            a[0].clone(),
            a[1].clone(),
            applied("3", Some("C"), "completed", RecordSource::Pgshift),
        ];
        let e = reconcile(&l, &edited);
        let (chosen, p) = rollback_selection(&e, RollbackTo::Last(1));
        assert_eq!(versions(&chosen), ["3"]);
        assert!(
            matches!(&p[..], [Problem::Edited { file, .. }] if file == "3_m3.sql"),
            "{p:?}"
        );
        // Failed or running newest.
        for status in ["failed", "running"] {
            let failed = [
                a[0].clone(),
                a[1].clone(),
                applied("3", Some("c"), status, RecordSource::Pgshift),
            ];
            let e = reconcile(&l, &failed);
            let (chosen, p) = rollback_selection(&e, RollbackTo::Last(1));
            assert_eq!(versions(&chosen), ["3"]);
            assert!(
                matches!(&p[..], [Problem::NotCompleted { status: s, .. }] if s == status),
                "{p:?}"
            );
            assert!(p[0].to_string().contains(status));
        }
        // Missing locally: counted, refused.
        let missing = [
            a[0].clone(),
            a[1].clone(),
            applied("5", Some("e"), "completed", RecordSource::Pgshift),
        ];
        let e = reconcile(&l, &missing);
        let (chosen, p) = rollback_selection(&e, RollbackTo::Version("1"));
        assert_eq!(versions(&chosen), ["5", "2"]);
        assert!(
            matches!(&p[..], [Problem::MissingLocally { version, .. }] if version == "5"),
            "{p:?}"
        );
    }

    #[test]
    fn supabase_records_count_as_applied_without_checksum() {
        let l = [local("20250101000000", "a")];
        let a = [applied(
            "20250101000000",
            None,
            "completed",
            RecordSource::Supabase,
        )];
        let e = reconcile(&l, &a);
        assert_eq!(e[0].state, State::Applied);
        assert!(problems(&e, false).is_empty());
    }
}
