//! What a fleet run reports: one result per target (outcome, what it applied, its error with the
//! file and line when a migration failed), a summary, the text table and the JSON document, and
//! the progress line shown on a terminal.
//!
//! Invariants: results are listed in the fleet's order whatever order they finished in; every
//! text that reaches output went through [`Scrub`] (URL passwords, and each target's password
//! wherever it appears, even inside a server's message).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::redact;

/// How one target ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// `apply` applied migrations.
    Applied,
    /// `rollback` rolled migrations back.
    RolledBack,
    /// `apply`/`rollback` found nothing to do.
    NothingToDo,
    /// `--dry-run`: what would run ran in a transaction that was rolled back.
    DryRun,
    /// `status`, `lint`: no migration is pending.
    UpToDate,
    /// `status`, `lint`: migrations are pending (not a failure).
    Pending,
    /// `drift`: the database matches.
    InSync,
    /// `drift`: the database differs.
    Drifted,
    /// `check`: every post-deploy check passed.
    Passed,
    /// `lint`: a pending migration has blocking findings.
    Blocked,
    /// `status`: the migration history is not valid (edited, failed, missing files).
    InvalidHistory,
    /// The migration history is not valid, or a policy refused the deploy: nothing ran.
    Refused,
    /// The deploy ran but a post-deploy check failed.
    ChecksFailed,
    /// Another deploy kept the lock: nothing ran.
    LockBusy,
    /// An error: a migration failed (nothing of it was kept), no connection, ...
    Failed,
    /// Not started: a canary failed, or `--fail-fast` after a failure.
    Skipped,
}

impl Outcome {
    /// Whether the target counts as a success (exit 0 when every target is).
    pub fn ok(self) -> bool {
        match self {
            Outcome::Applied
            | Outcome::RolledBack
            | Outcome::NothingToDo
            | Outcome::DryRun
            | Outcome::UpToDate
            | Outcome::Pending
            | Outcome::InSync
            | Outcome::Passed => true,
            Outcome::Drifted
            | Outcome::Blocked
            | Outcome::InvalidHistory
            | Outcome::Refused
            | Outcome::ChecksFailed
            | Outcome::LockBusy
            | Outcome::Failed
            | Outcome::Skipped => false,
        }
    }

    /// As people read it.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Applied => "applied",
            Outcome::RolledBack => "rolled back",
            Outcome::NothingToDo => "nothing to do",
            Outcome::DryRun => "dry run",
            Outcome::UpToDate => "up to date",
            Outcome::Pending => "pending",
            Outcome::InSync => "in sync",
            Outcome::Drifted => "DRIFT",
            Outcome::Passed => "passed",
            Outcome::Blocked => "BLOCKED",
            Outcome::InvalidHistory => "INVALID HISTORY",
            Outcome::Refused => "REFUSED",
            Outcome::ChecksFailed => "CHECKS FAILED",
            Outcome::LockBusy => "LOCK BUSY",
            Outcome::Failed => "FAILED",
            Outcome::Skipped => "skipped",
        }
    }

    /// The JSON name (snake_case), for the summary's counts.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Applied => "applied",
            Outcome::RolledBack => "rolled_back",
            Outcome::NothingToDo => "nothing_to_do",
            Outcome::DryRun => "dry_run",
            Outcome::UpToDate => "up_to_date",
            Outcome::Pending => "pending",
            Outcome::InSync => "in_sync",
            Outcome::Drifted => "drifted",
            Outcome::Passed => "passed",
            Outcome::Blocked => "blocked",
            Outcome::InvalidHistory => "invalid_history",
            Outcome::Refused => "refused",
            Outcome::ChecksFailed => "checks_failed",
            Outcome::LockBusy => "lock_busy",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
        }
    }
}

/// Why a target did not succeed: the message, and where in which file when a migration failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TargetError {
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl TargetError {
    pub fn new(message: impl Into<String>) -> Self {
        TargetError {
            message: message.into(),
            file: None,
            line: None,
            column: None,
        }
    }

    /// One line for the per-target line and the table: `file:line: first line of the message`.
    pub fn short(&self) -> String {
        let first = self.message.lines().next().unwrap_or("").trim();
        match (&self.file, self.line) {
            (Some(f), Some(l)) if !first.contains(f.as_str()) => format!("{f}:{l}: {first}"),
            _ => first.to_string(),
        }
    }
}

/// One target's result. The command adds its own fields (`extra`, flattened into the JSON).
#[derive(Debug, Clone, Serialize)]
pub struct TargetResult {
    pub target: String,
    pub ok: bool,
    pub outcome: Outcome,
    /// Migrations (file names) the run applied; for `status`, `drift` and `lint`, the ones the
    /// target has applied.
    pub applied: Vec<String>,
    pub error: Option<TargetError>,
    pub elapsed_ms: u64,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// A short note for the text line (`9 applied`, `3 objects differ`).
    #[serde(skip)]
    pub note: String,
}

impl TargetResult {
    pub fn new(target: &str, outcome: Outcome) -> Self {
        TargetResult {
            target: target.to_string(),
            ok: outcome.ok(),
            outcome,
            applied: Vec::new(),
            error: None,
            elapsed_ms: 0,
            extra: serde_json::Map::new(),
            note: String::new(),
        }
    }

    pub fn failed(target: &str, outcome: Outcome, error: TargetError) -> Self {
        TargetResult {
            error: Some(error),
            ..TargetResult::new(target, outcome)
        }
    }

    /// Sets the outcome (and `ok` with it).
    pub fn set_outcome(&mut self, outcome: Outcome) {
        self.outcome = outcome;
        self.ok = outcome.ok();
    }

    pub fn with(mut self, key: &str, value: impl Serialize) -> Self {
        self.set(key, value);
        self
    }

    pub fn set(&mut self, key: &str, value: impl Serialize) {
        self.extra.insert(
            key.to_string(),
            serde_json::to_value(value).unwrap_or(serde_json::Value::Null),
        );
    }

    /// The line printed when the target finishes.
    pub fn line(&self, width: usize) -> String {
        let detail = match (&self.error, self.note.is_empty()) {
            (Some(e), true) => e.short(),
            (Some(e), false) => format!("{}; {}", self.note, e.short()),
            (None, _) => self.note.clone(),
        };
        format!(
            "{:<width$}  {:<15}  {:>7}  {}",
            self.target,
            self.outcome.label(),
            format!("{:.1} s", self.elapsed_ms as f64 / 1000.0),
            detail,
        )
        .trim_end()
        .to_string()
    }

    /// Every text of the result through `scrub`.
    pub fn scrubbed(mut self, scrub: &Scrub) -> Self {
        if let Some(e) = &mut self.error {
            e.message = scrub.text(&e.message);
        }
        self.note = scrub.text(&self.note);
        self.target = scrub.text(&self.target);
        for v in self.extra.values_mut() {
            scrub.value(v);
        }
        self
    }
}

/// Why the run stopped starting targets, if it did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Stopped {
    /// A canary did not succeed: nothing after the canaries started.
    CanaryFailed { target: String },
    /// `--fail-fast`: a target failed, so no new one started.
    FailFast { target: String },
}

/// The whole run.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub targets: usize,
    pub ok: usize,
    pub not_ok: usize,
    /// Targets per outcome (snake_case names).
    pub outcomes: BTreeMap<&'static str, usize>,
    pub stopped: Option<Stopped>,
    pub jobs: usize,
    pub canary: usize,
    pub elapsed_ms: u64,
}

impl Summary {
    pub fn of(
        results: &[TargetResult],
        stopped: Option<Stopped>,
        jobs: usize,
        canary: usize,
        elapsed_ms: u64,
    ) -> Self {
        let mut outcomes = BTreeMap::new();
        for r in results {
            *outcomes.entry(r.outcome.key()).or_insert(0) += 1;
        }
        let ok = results.iter().filter(|r| r.ok).count();
        Summary {
            targets: results.len(),
            ok,
            not_ok: results.len() - ok,
            outcomes,
            stopped,
            jobs,
            canary,
            elapsed_ms,
        }
    }

    /// `24 targets: 23 applied, 1 failed (4.2 s)`, then why the run stopped, if it did.
    pub fn line(&self) -> String {
        let counts: Vec<String> = self
            .outcomes
            .iter()
            .map(|(k, n)| format!("{n} {}", k.replace('_', " ")))
            .collect();
        let mut s = format!(
            "{} target{}: {} ({:.1} s, {} at a time)",
            self.targets,
            if self.targets == 1 { "" } else { "s" },
            counts.join(", "),
            self.elapsed_ms as f64 / 1000.0,
            self.jobs
        );
        match &self.stopped {
            Some(Stopped::CanaryFailed { target }) => s.push_str(&format!(
                "\nstopped: the canary `{target}` did not succeed, so no other target started"
            )),
            Some(Stopped::FailFast { target }) => s.push_str(&format!(
                "\nstopped: `{target}` did not succeed and --fail-fast is set, so no new target started"
            )),
            None => {}
        }
        s
    }
}

/// The summary table: one row per target in the fleet's order, then the counts.
pub fn table(results: &[TargetResult], summary: &Summary) -> String {
    let width = name_width(results);
    let mut out = format!(
        "{:<width$}  {:<15}  {:>7}  DETAIL\n",
        "TARGET", "OUTCOME", "TIME"
    );
    for r in results {
        out.push_str(&r.line(width));
        out.push('\n');
    }
    out.push_str(&summary.line());
    out.push('\n');
    out
}

/// The width of the target column: the longest name, within reason.
pub fn name_width(results: &[TargetResult]) -> usize {
    results
        .iter()
        .map(|r| r.target.chars().count())
        .max()
        .unwrap_or(6)
        .clamp(6, 48)
}

/// The JSON document: `{"targets": [...], "summary": {...}}` plus the command's own top-level
/// fields (keys in this order; a target's own fields after `target`, `ok`, `outcome`, `applied`,
/// `error`, `elapsed_ms`).
pub fn json(
    results: &[TargetResult],
    summary: &Summary,
    extra: serde_json::Map<String, serde_json::Value>,
) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        targets: &'a [TargetResult],
        summary: &'a Summary,
        #[serde(flatten)]
        extra: serde_json::Map<String, serde_json::Value>,
    }
    serde_json::to_string_pretty(&Doc {
        targets: results,
        summary,
        extra,
    })
    .unwrap_or_default()
}

/// Removes secrets from text: URL passwords (as everywhere in pgshift), then each fleet target's
/// password wherever it appears, as written and percent-decoded (a server message may quote it
/// without its URL).
#[derive(Debug, Clone, Default)]
pub struct Scrub {
    secrets: Vec<String>,
}

/// Passwords shorter than this are not searched for in free text: replacing every `ab` would
/// garble messages. URLs still lose them.
const MIN_SECRET: usize = 4;

impl Scrub {
    pub fn new<'a>(urls: impl IntoIterator<Item = &'a str>) -> Self {
        let mut secrets: Vec<String> = Vec::new();
        for u in urls {
            let Ok(parsed) = url::Url::parse(u) else {
                continue;
            };
            let Some(p) = parsed.password() else {
                continue;
            };
            let decoded = url::form_urlencoded::parse(format!("p={p}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            for s in [p.to_string(), decoded] {
                if s.chars().count() >= MIN_SECRET && !secrets.contains(&s) {
                    secrets.push(s);
                }
            }
        }
        // Longest first, so a password that contains another is replaced whole.
        secrets.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        Scrub { secrets }
    }

    pub fn text(&self, s: &str) -> String {
        let mut out = redact::text(s);
        for secret in &self.secrets {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), "***");
            }
        }
        out
    }

    fn value(&self, v: &mut serde_json::Value) {
        match v {
            serde_json::Value::String(s) => *s = self.text(s),
            serde_json::Value::Array(a) => a.iter_mut().for_each(|v| self.value(v)),
            serde_json::Value::Object(o) => o.values_mut().for_each(|v| self.value(v)),
            _ => {}
        }
    }
}

/// Lines for people on stderr as targets finish and, when progress is shown (a terminal, not
/// `-q`, not JSON: see `crate::progress`), a bar below them: done, running, failed.
pub struct Progress {
    width: usize,
    quiet: bool,
    bar: crate::progress::Task,
}

impl Progress {
    pub fn new(label: &str, total: usize, width: usize, quiet: bool) -> Self {
        Progress {
            width,
            quiet,
            bar: crate::progress::bar(label, total),
        }
    }

    /// Prints a finished target's line (failures even when quiet) and moves the bar.
    pub fn finished(&mut self, r: &TargetResult, done: usize, running: usize, failed: usize) {
        if !self.quiet || !r.ok {
            crate::progress::eprintln(&r.line(self.width));
        }
        self.bar
            .step(done, &format!("{running} running, {failed} failed"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrub_hides_url_passwords_and_bare_passwords() {
        let s = Scrub::new([
            "postgres://app:s3cr%40tpw@h/db",
            "postgres://h/x",
            "postgres://u:ab@h/y",
        ]);
        let t = s.text(
            "cannot reach postgres://app:s3cr%40tpw@h/db: the server said s3cr@tpw was wrong",
        );
        assert!(!t.contains("s3cr"), "{t}");
        assert!(t.contains("postgres://app:***@h/db"), "{t}");
        assert_eq!(
            s.text("about a tab"),
            "about a tab",
            "short passwords are left in free text"
        );
    }

    #[test]
    fn results_serialise_in_the_documented_shape() {
        let mut r = TargetResult::failed(
            "acme",
            Outcome::Failed,
            TargetError {
                message: "relation \"tasks\" already exists".into(),
                file: Some("supabase/migrations/1_tasks.sql".into()),
                line: Some(3),
                column: Some(1),
            },
        );
        r.applied.push("0_init.sql".into());
        let r = r.with("pending", ["1_tasks.sql"]);
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v["target"], "acme");
        assert_eq!(v["ok"], false);
        assert_eq!(v["outcome"], "failed");
        assert_eq!(v["applied"][0], "0_init.sql");
        assert_eq!(v["error"]["line"], 3);
        assert_eq!(v["pending"][0], "1_tasks.sql");
        assert_eq!(
            r.error.as_ref().unwrap().short(),
            "supabase/migrations/1_tasks.sql:3: relation \"tasks\" already exists"
        );
        let ok = TargetResult::new("globex", Outcome::NothingToDo);
        let summary = Summary::of(&[r, ok], None, 4, 1, 1200);
        assert_eq!((summary.ok, summary.not_ok), (1, 1));
        assert_eq!(summary.outcomes["failed"], 1);
        assert_eq!(summary.outcomes["nothing_to_do"], 1);
        assert!(summary
            .line()
            .starts_with("2 targets: 1 failed, 1 nothing to do"));
    }
}
