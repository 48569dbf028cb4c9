//! Post-deploy checks: SQL queries that must return one `true`, and shell commands that must
//! exit 0, each within a timeout. Run after `apply` and `rollback` (after the drift check) and by
//! `pgshift check`.

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::db;

/// The checks of an environment (`[environments.NAME] checks`, `check_commands`,
/// `check_timeout`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checks {
    pub sql: Vec<String>,
    pub commands: Vec<String>,
    pub timeout: Duration,
}

impl Checks {
    pub fn is_empty(&self) -> bool {
        self.sql.is_empty() && self.commands.is_empty()
    }
}

/// How one check went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckResult {
    /// `sql` or `command`.
    pub kind: &'static str,
    /// The query or command.
    pub check: String,
    pub passed: bool,
    pub duration_ms: u64,
    /// Why it failed (the server's error, the value returned, the command's exit and output).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Runs every check against the database at `url`, in order (SQL first), each within the
/// timeout; a check that cannot run fails with the reason.
pub async fn run(url: &str, checks: &Checks) -> Vec<CheckResult> {
    let mut out = Vec::new();
    for q in &checks.sql {
        let started = Instant::now();
        let result = tokio::time::timeout(checks.timeout, sql_check(url, q, checks.timeout)).await;
        let message = match result {
            Ok(Ok(())) => None,
            Ok(Err(m)) => Some(m),
            Err(_) => Some(format!("timed out after {} s", checks.timeout.as_secs())),
        };
        out.push(CheckResult {
            kind: "sql",
            check: q.clone(),
            passed: message.is_none(),
            duration_ms: started.elapsed().as_millis() as u64,
            message,
        });
    }
    for c in &checks.commands {
        let started = Instant::now();
        let message = command_check(c, checks.timeout).await.err();
        out.push(CheckResult {
            kind: "command",
            check: c.clone(),
            passed: message.is_none(),
            duration_ms: started.elapsed().as_millis() as u64,
            message,
        });
    }
    out
}

async fn sql_check(url: &str, query: &str, timeout: Duration) -> Result<(), String> {
    let client = db::connect(url).await.map_err(|e| e.to_string())?;
    let _ = client
        .batch_execute(&format!(
            "SET statement_timeout = {}",
            timeout.as_millis().max(1)
        ))
        .await;
    let rows = client
        .simple_query(query)
        .await
        .map_err(|e| db::error_text(&e))?;
    let values: Vec<Option<String>> = rows
        .iter()
        .filter_map(|m| match m {
            tokio_postgres::SimpleQueryMessage::Row(r) => Some(r.get(0).map(str::to_string)),
            _ => None,
        })
        .collect();
    match values.as_slice() {
        [Some(v)] if v == "t" || v == "true" => Ok(()),
        [v] => Err(format!(
            "returned {} instead of true",
            v.as_deref().unwrap_or("NULL")
        )),
        rows => Err(format!(
            "returned {} rows; a check returns one row with one boolean",
            rows.len()
        )),
    }
}

async fn command_check(command: &str, timeout: Duration) -> Result<(), String> {
    let child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("cannot start sh: {e}"))?;
    match tokio::time::timeout(timeout, child.wait_with_output()).await {
        Err(_) => Err(format!("timed out after {} s (killed)", timeout.as_secs())),
        Ok(Err(e)) => Err(e.to_string()),
        Ok(Ok(o)) if o.status.success() => Ok(()),
        Ok(Ok(o)) => {
            let output = String::from_utf8_lossy(&o.stderr).trim().to_string();
            let output = if output.is_empty() {
                String::from_utf8_lossy(&o.stdout).trim().to_string()
            } else {
                output
            };
            let tail: String = output.lines().rev().take(3).collect::<Vec<_>>().join(" | ");
            Err(format!(
                "exited with {}{}",
                o.status
                    .code()
                    .map_or("a signal".to_string(), |c| c.to_string()),
                if tail.is_empty() {
                    String::new()
                } else {
                    format!(": {}", crate::redact::text(&tail))
                }
            ))
        }
    }
}
