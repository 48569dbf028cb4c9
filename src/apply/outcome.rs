//! What one `apply` run did, as data: the object `apply --format json` prints and `pgshift serve`
//! answers, one serializable type for both (and the `status --format json` report beside it).
//! Pure: the deploy workflow fills it from the library's typed reports, never from text.
//!
//! Invariants: every message in it is redacted; a migration appears in at most one of `applied`,
//! `skipped` and `failed`; `ok` is true exactly when `result` is `applied`, `up_to_date` or
//! `dry_run`.

use serde::Serialize;

use super::checks::CheckResult;
use super::deploy::{Denied, Refusal};
use super::history::Entry;
use crate::lint::Finding;
use crate::plan::hazard::Hazard;
use crate::redact;
use crate::source::ReplayError;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every pending migration was applied and every post-deploy check passed.
    Applied,
    /// Nothing was pending.
    UpToDate,
    /// A dry run in which every migration it could run ran (and was rolled back).
    DryRun,
    /// Nothing ran: the history, a denied hazard, the deploy lock or the confirmation said no.
    Refused,
    /// A migration failed (in a dry run: would fail); nothing of it was kept.
    Failed,
    /// The migrations were applied, then a post-deploy check failed.
    ChecksFailed,
    /// An error that is not a migration's: connection, backup, a file that cannot be read.
    Error,
}

/// Why a run was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalKind {
    /// The migration history is not valid (edited, failed, missing, out of order).
    History,
    /// Another deploy holds the deploy lock.
    LockHeld,
    /// A pending statement carries a hazard the policy denies.
    Hazards,
    /// The environment needs confirmation and none was given.
    Confirmation,
    /// The fingerprint gate: the target is not the schema a pending file was written for
    /// (see [`ApplyOutcome::fingerprint`]).
    Fingerprint,
}

impl From<&Refusal> for RefusalKind {
    fn from(r: &Refusal) -> Self {
        match r {
            Refusal::LockTimeout(_) => RefusalKind::LockHeld,
            Refusal::History(_) | Refusal::RollbackNotClean(_) | Refusal::HistoryChanged => {
                RefusalKind::History
            }
            Refusal::Fingerprint(_) => RefusalKind::Fingerprint,
        }
    }
}

/// What a program does with the outcome: the exit-code contract of the CLI (0, 1, 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conclusion {
    Success,
    /// Refused, a check failed, or a dry run found a failing migration (exit 1).
    CheckFailed,
    /// A migration failed, an error, or the automatic rollback did not finish (exit 2).
    Error,
}

/// A pending migration as the run's first look found it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pending {
    pub version: String,
    pub name: String,
    pub file: String,
    /// False for a file that runs statement by statement (CREATE INDEX CONCURRENTLY, ...).
    pub transactional: bool,
}

/// A migration that ran: applied (in a dry run: ran in the transaction that was rolled back).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppliedMigration {
    pub version: String,
    pub name: String,
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statements: Option<usize>,
}

/// A pending migration that did not run, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedMigration {
    pub version: String,
    pub name: String,
    pub file: String,
    pub reason: String,
}

/// A migration that failed: the server's message and where in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FailedMigration {
    pub version: String,
    pub name: String,
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The server's error (with its detail and hint).
    pub message: String,
    /// The statement's first lines.
    pub statement: String,
    /// For a file that runs statement by statement: how many of its statements ran and stay (a
    /// re-run resumes after them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statements_kept: Option<usize>,
}

impl FailedMigration {
    /// From the executor's error; `file` is the path as shown to people.
    pub fn new(
        version: &str,
        name: &str,
        file: String,
        e: &ReplayError,
        kept: Option<usize>,
    ) -> Self {
        FailedMigration {
            version: version.to_string(),
            name: name.to_string(),
            file,
            line: e.line,
            column: e.column,
            message: redact::text(&e.message),
            statement: redact::text(&e.excerpt),
            statements_kept: kept,
        }
    }
}

/// A migration the automatic rollback undid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RolledBack {
    pub version: String,
    pub file_name: String,
    pub duration_ms: u64,
}

/// The lint findings of the pending files and the verdict over them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LintSummary {
    pub findings: Vec<Finding>,
    pub blocking: usize,
    pub verdict: String,
}

impl LintSummary {
    pub fn new(findings: Vec<Finding>) -> Self {
        LintSummary {
            blocking: crate::lint::report::blocking(&findings),
            verdict: crate::lint::report::verdict(&findings),
            findings,
        }
    }
}

/// A pending statement whose hazard the policy denies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeniedStatement {
    pub file: String,
    pub line: usize,
    pub hazard: Hazard,
    pub statement: String,
}

impl From<Denied> for DeniedStatement {
    fn from(d: Denied) -> Self {
        DeniedStatement {
            file: d.file,
            line: d.line,
            hazard: d.hazard,
            statement: redact::text(&d.statement),
        }
    }
}

/// The drift check: the target compared with its applied migrations replayed in a shadow.
/// `{"checked": true, "in_sync": .., "objects": [..]}`, or `{"checked": false, "error": ..}` when
/// it could not run. (Fields in alphabetical order: the order `status --format json` always had.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DriftSummary {
    pub checked: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_sync: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objects: Option<Vec<DriftedObject>>,
}

/// One object that differs, and what would reconcile it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DriftedObject {
    pub change: String,
    pub object: String,
}

impl DriftSummary {
    pub fn checked(in_sync: bool, objects: Vec<DriftedObject>) -> Self {
        DriftSummary {
            checked: true,
            error: None,
            in_sync: Some(in_sync),
            objects: Some(objects),
        }
    }

    pub fn not_checked(error: &str) -> Self {
        DriftSummary {
            checked: false,
            error: Some(redact::text(error)),
            in_sync: None,
            objects: None,
        }
    }
}

/// `status --format json` and `GET /api/migrations`: every version's state and the drift check
/// (`null` when skipped).
#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    pub drift: Option<DriftSummary>,
    pub migrations: Vec<Entry>,
}

impl StatusReport {
    /// Pretty JSON, every object's keys in alphabetical order (the order the report always had).
    pub fn to_json(&self) -> serde_json::Result<String> {
        serde_json::to_string_pretty(&serde_json::to_value(self)?)
    }
}

/// The file the fingerprint gate refused, the two fingerprints and what differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FingerprintRefusal {
    pub version: String,
    pub file: String,
    /// `header` (the file's `-- from:` fingerprint) or `replay` (the migrations before it
    /// replayed in a shadow, for a hand-written file).
    pub basis: super::gate::Basis,
    pub expected: String,
    pub actual: String,
    /// The objects that differ between the migrations before the file, replayed in a shadow,
    /// and the target (`null` when that replay could not be made).
    pub differences: Option<Vec<DriftedObject>>,
    /// The fingerprint of that replay, when made (for a header that came from elsewhere, it may
    /// differ from `expected`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replayed: Option<String>,
}

/// One `apply` run.
#[derive(Debug, Clone, Serialize)]
pub struct ApplyOutcome {
    /// The environment (`--env` name, or `target`).
    pub environment: String,
    pub dry_run: bool,
    pub result: Verdict,
    /// True when the run did what was asked (`applied`, `up_to_date`, `dry_run`).
    pub ok: bool,
    /// Why it was refused or failed, for people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refusal: Option<RefusalKind>,
    /// What was pending at the first look, in order.
    pub pending: Vec<Pending>,
    pub applied: Vec<AppliedMigration>,
    pub skipped: Vec<SkippedMigration>,
    pub failed: Vec<FailedMigration>,
    /// The pending files' lint findings.
    pub lint: LintSummary,
    /// Statements refused by `[safety] deny` / `--deny-hazard`.
    pub denied: Vec<DeniedStatement>,
    /// The backup taken before the run (a path), when the environment takes one.
    pub backup: Option<String>,
    /// The drift check after the run (`null` when it did not run).
    pub drift: Option<DriftSummary>,
    /// The post-deploy checks.
    pub checks: Vec<CheckResult>,
    /// What the automatic rollback (`rollback_on_failure`) undid, newest first.
    pub rolled_back: Vec<RolledBack>,
    /// Why the automatic rollback stopped, when it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rollback_error: Option<String>,
    /// The fingerprint gate's refusal (`refusal: "fingerprint"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<FingerprintRefusal>,
}

impl ApplyOutcome {
    /// An outcome with nothing done yet (up to date until told otherwise).
    pub fn new(environment: &str, dry_run: bool) -> Self {
        ApplyOutcome {
            environment: environment.to_string(),
            dry_run,
            result: Verdict::UpToDate,
            ok: true,
            message: None,
            refusal: None,
            pending: Vec::new(),
            applied: Vec::new(),
            skipped: Vec::new(),
            failed: Vec::new(),
            lint: LintSummary::new(Vec::new()),
            denied: Vec::new(),
            backup: None,
            drift: None,
            checks: Vec::new(),
            rolled_back: Vec::new(),
            rollback_error: None,
            fingerprint: None,
        }
    }

    /// Sets how the run ended (the message redacted).
    pub fn finish(&mut self, result: Verdict, message: Option<String>) {
        self.result = result;
        self.ok = matches!(
            result,
            Verdict::Applied | Verdict::UpToDate | Verdict::DryRun
        );
        self.message = message.map(|m| redact::text(&m));
    }

    /// Refused: nothing ran.
    pub fn refuse(&mut self, kind: RefusalKind, message: String) {
        self.refusal = Some(kind);
        self.finish(Verdict::Refused, Some(message));
    }

    /// The exit-code contract: what `apply` (text or JSON) exits with for this outcome.
    pub fn conclusion(&self) -> Conclusion {
        if self.rollback_error.is_some() {
            return Conclusion::Error;
        }
        match self.result {
            Verdict::Applied | Verdict::UpToDate | Verdict::DryRun => Conclusion::Success,
            Verdict::Refused | Verdict::ChecksFailed => Conclusion::CheckFailed,
            Verdict::Failed if self.dry_run => Conclusion::CheckFailed,
            Verdict::Failed | Verdict::Error => Conclusion::Error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn replay_error() -> ReplayError {
        ReplayError {
            file: PathBuf::from("/p/supabase/migrations/2_b.sql"),
            line: 3,
            column: 1,
            message: "relation \"nowhere\" does not exist".into(),
            excerpt: "alter table nowhere add column x int".into(),
        }
    }

    #[test]
    fn a_failed_run_lists_the_migration_with_its_line_and_exits_2() {
        let mut o = ApplyOutcome::new("staging", false);
        o.failed.push(FailedMigration::new(
            "2",
            "b",
            "supabase/migrations/2_b.sql".into(),
            &replay_error(),
            None,
        ));
        o.finish(
            Verdict::Failed,
            Some("failed at postgres://u:hunter2@h/db".into()),
        );
        assert!(!o.ok);
        assert_eq!(o.conclusion(), Conclusion::Error);
        let v = serde_json::to_value(&o).unwrap();
        assert_eq!(v["result"], "failed");
        assert_eq!(v["failed"][0]["line"], 3);
        assert_eq!(v["failed"][0]["file"], "supabase/migrations/2_b.sql");
        assert!(v["failed"][0].get("statements_kept").is_none());
        assert!(!v["message"].as_str().unwrap().contains("hunter2"));
        for key in [
            "applied",
            "skipped",
            "lint",
            "drift",
            "checks",
            "rolled_back",
            "pending",
            "denied",
            "backup",
        ] {
            assert!(v.get(key).is_some(), "{key} missing from {v}");
        }
    }

    #[test]
    fn conclusions_follow_the_exit_code_contract() {
        let mut o = ApplyOutcome::new("staging", true);
        assert_eq!(o.conclusion(), Conclusion::Success);
        o.finish(Verdict::Failed, None);
        assert_eq!(
            o.conclusion(),
            Conclusion::CheckFailed,
            "a dry run that finds a failure exits 1"
        );
        let mut o = ApplyOutcome::new("staging", false);
        o.refuse(RefusalKind::LockHeld, "busy".into());
        assert_eq!(o.conclusion(), Conclusion::CheckFailed);
        assert_eq!(serde_json::to_value(&o).unwrap()["refusal"], "lock_held");
        o.finish(Verdict::ChecksFailed, None);
        assert_eq!(o.conclusion(), Conclusion::CheckFailed);
        o.rollback_error = Some("no rollback file".into());
        assert_eq!(o.conclusion(), Conclusion::Error);
    }

    #[test]
    fn drift_keeps_the_status_shape() {
        let d = DriftSummary::checked(
            false,
            vec![DriftedObject {
                change: "drop table".into(),
                object: "public.x".into(),
            }],
        );
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"checked":true,"in_sync":false,"objects":[{"change":"drop table","object":"public.x"}]}"#
        );
        let d = DriftSummary::not_checked("cannot reach postgres://u:pw@h/db");
        assert_eq!(
            serde_json::to_string(&d).unwrap(),
            r#"{"checked":false,"error":"cannot reach postgres://u:***@h/db"}"#
        );
    }
}
