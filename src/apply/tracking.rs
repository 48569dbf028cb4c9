//! The tracking tables in the target database.
//!
//! `pgshift.schema_migrations` holds one row per version (checksum, status, timing, who, error,
//! git commit, progress of non-transactional files); `pgshift.migration_history` holds one row
//! per apply, rollback, check, `adopt` or `repair`, with a note (what the fingerprint gate
//! decided, what `repair --force` overrode). When the target also has Supabase CLI's
//! `supabase_migrations.schema_migrations`, its versions count as applied and new ones are
//! recorded there too, so a team can switch without a repair step.

use tokio_postgres::Client;

use super::history::{Applied, RecordSource};
use super::ApplyError;
use crate::db;

pub const SETUP: &str = r#"
CREATE SCHEMA IF NOT EXISTS pgshift;
CREATE TABLE IF NOT EXISTS pgshift.schema_migrations (
  version text PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed')),
  applied_at timestamptz,
  execution_time_ms bigint,
  applied_by text,
  error_message text,
  git_commit text,
  statements_done integer NOT NULL DEFAULT 0,
  progress_checksum text
);
CREATE TABLE IF NOT EXISTS pgshift.migration_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version text NOT NULL,
  action text NOT NULL CONSTRAINT migration_history_action_check CHECK (action IN ('apply', 'rollback', 'check', 'adopt', 'repair')),
  executed_at timestamptz NOT NULL DEFAULT now(),
  execution_time_ms bigint,
  status text NOT NULL,
  error_message text,
  executed_by text,
  environment text,
  note text
);
-- Tables made before the fingerprint gate have no note (what the gate decided, `adopt`,
-- `repair --force`).
ALTER TABLE pgshift.migration_history ADD COLUMN IF NOT EXISTS note text;
DO $pgshift$ BEGIN
  -- Tables made before `adopt` and `repair` were recorded allow fewer actions.
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'pgshift.migration_history'::regclass
                 AND conname = 'migration_history_action_check'
                 AND pg_get_constraintdef(oid) LIKE '%''repair''%') THEN
    ALTER TABLE pgshift.migration_history DROP CONSTRAINT IF EXISTS migration_history_action_check;
    ALTER TABLE pgshift.migration_history ADD CONSTRAINT migration_history_action_check
      CHECK (action IN ('apply', 'rollback', 'check', 'adopt', 'repair'));
  END IF;
END $pgshift$;
"#;

fn q(e: tokio_postgres::Error) -> ApplyError {
    ApplyError::Db(db::error_text(&e))
}

/// Creates the tracking tables if they are missing (call with the deploy lock held).
pub async fn ensure(client: &Client) -> Result<(), ApplyError> {
    client.batch_execute(SETUP).await.map_err(q)
}

/// Whether a table exists (`schema.table`, unquoted names).
async fn table_exists(client: &Client, schema: &str, table: &str) -> Result<bool, ApplyError> {
    let row = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = $1 AND c.relname = $2)",
            &[&schema, &table],
        )
        .await
        .map_err(q)?;
    Ok(row.get(0))
}

pub async fn has_supabase_history(client: &Client) -> Result<bool, ApplyError> {
    table_exists(client, "supabase_migrations", "schema_migrations").await
}

/// Every recorded migration, from pgshift's table and Supabase's when present.
pub async fn read(client: &Client) -> Result<Vec<Applied>, ApplyError> {
    let mut out = Vec::new();
    if table_exists(client, "pgshift", "schema_migrations").await? {
        for r in client
            .query(
                "SELECT version, name, checksum, status, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), \
                 execution_time_ms, applied_by, error_message, statements_done, progress_checksum \
                 FROM pgshift.schema_migrations",
                &[],
            )
            .await
            .map_err(q)?
        {
            out.push(Applied {
                version: r.get(0),
                name: r.get(1),
                checksum: Some(r.get(2)),
                status: r.get(3),
                applied_at: r.get(4),
                execution_time_ms: r.get(5),
                applied_by: r.get(6),
                error_message: r.get(7),
                statements_done: r.get(8),
                progress_checksum: r.get(9),
                source: RecordSource::Pgshift,
            });
        }
    }
    if has_supabase_history(client).await? {
        for r in client
            .query(
                "SELECT version::text, coalesce(name, '')::text FROM supabase_migrations.schema_migrations",
                &[],
            )
            .await
            .map_err(q)?
        {
            out.push(Applied {
                version: r.get(0),
                name: r.get(1),
                checksum: None,
                status: "completed".into(),
                applied_at: None,
                execution_time_ms: None,
                applied_by: None,
                error_message: None,
                statements_done: 0,
                progress_checksum: None,
                source: RecordSource::Supabase,
            });
        }
    }
    Ok(out)
}

/// Who is deploying: the operating-system user and the database role.
pub async fn who(client: &Client) -> String {
    let os = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .ok()
        .filter(|u| !u.is_empty())
        .or_else(os_user_from_passwd)
        .unwrap_or_else(|| "unknown".into());
    let role: String = client
        .query_one("SELECT current_user::text", &[])
        .await
        .map(|r| r.get(0))
        .unwrap_or_default();
    format!("{os} as {role}")
}

/// The name of the effective user from /etc/passwd (when USER is not set, as under cron or CI).
fn os_user_from_passwd() -> Option<String> {
    // SAFETY: geteuid has no preconditions.
    let uid = unsafe { libc::geteuid() };
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|l| {
        let mut f = l.split(':');
        let name = f.next()?;
        let _ = f.next()?;
        (f.next()?.parse::<u32>().ok()? == uid).then(|| name.to_string())
    })
}

/// The git commit of the working tree, when there is one.
pub fn git_commit() -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
}
