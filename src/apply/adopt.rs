//! Rows `adopt` and `repair` write into the tracking tables: a local migration recorded as
//! applied without running it, or a version's row removed, each with a history row (`adopt` or
//! `repair`) and its note. Deciding whether the schema allows it is the caller's job (it
//! compares fingerprints); these only write, in one transaction each.

use super::history::{Local, RecordSource};
use super::{q, tracking, Applier, ApplyError};

/// A row of Supabase CLI's `supabase_migrations.schema_migrations`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RemoteVersion {
    pub version: String,
    pub name: String,
    /// How many statements its `statements` column holds (`None` when it has no such column).
    pub statements: Option<i64>,
}

impl Applier {
    /// The versions pgshift's own tracking table records (not Supabase's), with their checksums.
    pub async fn pgshift_rows(&self) -> Result<Vec<(String, Option<String>)>, ApplyError> {
        Ok(tracking::read(self.client())
            .await?
            .into_iter()
            .filter(|a| a.source == RecordSource::Pgshift)
            .map(|a| (a.version, a.checksum))
            .collect())
    }

    /// Supabase CLI's history rows, when the target has its table; sorted by version.
    pub async fn supabase_rows(&self) -> Result<Vec<RemoteVersion>, ApplyError> {
        if !tracking::has_supabase_history(self.client()).await? {
            return Ok(Vec::new());
        }
        let has_statements: bool = self
            .client()
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = \
                 'supabase_migrations' AND table_name = 'schema_migrations' AND column_name = 'statements')",
                &[],
            )
            .await
            .map_err(q)?
            .get(0);
        let sql = if has_statements {
            "SELECT version::text, coalesce(name, '')::text, coalesce(pg_catalog.cardinality(statements), 0)::bigint \
             FROM supabase_migrations.schema_migrations ORDER BY version"
        } else {
            "SELECT version::text, coalesce(name, '')::text, NULL::bigint \
             FROM supabase_migrations.schema_migrations ORDER BY version"
        };
        Ok(self
            .client()
            .query(sql, &[])
            .await
            .map_err(q)?
            .into_iter()
            .map(|r| RemoteVersion {
                version: r.get(0),
                name: r.get(1),
                statements: r.get(2),
            })
            .collect())
    }

    /// Records `migrations` as applied without running them (call with the lock held and
    /// tracking ensured), one history row each with `action` and `note`; with `supabase`, also
    /// in Supabase's table when the target has it. All or nothing.
    pub async fn record_applied(
        &self,
        migrations: &[Local],
        action: &str,
        note: &str,
        supabase: bool,
    ) -> Result<(), ApplyError> {
        let client = self.client();
        client.batch_execute("BEGIN").await.map_err(q)?;
        let result = async {
            for m in migrations {
                client
                    .execute(
                        "INSERT INTO pgshift.schema_migrations AS m (version, name, checksum, status, applied_at, \
                           execution_time_ms, applied_by, error_message, git_commit, statements_done) \
                         VALUES ($1, $2, $3, 'completed', now(), NULL, $4, NULL, $5, 0) \
                         ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name, checksum = EXCLUDED.checksum, \
                           status = 'completed', applied_at = now(), applied_by = EXCLUDED.applied_by, \
                           error_message = NULL, git_commit = EXCLUDED.git_commit, statements_done = 0",
                        &[&m.version, &m.name, &m.checksum, &self.who, &self.git],
                    )
                    .await
                    .map_err(q)?;
                self.history(
                    &m.version,
                    action,
                    "completed",
                    std::time::Duration::ZERO,
                    None,
                    Some(note),
                )
                .await?;
                if supabase && self.supabase {
                    client
                        .execute(
                            "INSERT INTO supabase_migrations.schema_migrations (version, name) VALUES ($1, $2) \
                             ON CONFLICT DO NOTHING",
                            &[&m.version, &m.name],
                        )
                        .await
                        .map_err(q)?;
                }
            }
            Ok(())
        }
        .await;
        finish(client, result).await
    }

    /// Removes `version`'s rows (pgshift's, and Supabase's when the target has its table), with
    /// a history row (`action`, `note`). All or nothing.
    pub async fn record_removed(
        &self,
        version: &str,
        action: &str,
        note: &str,
    ) -> Result<(), ApplyError> {
        let client = self.client();
        client.batch_execute("BEGIN").await.map_err(q)?;
        let result = async {
            client
                .execute(
                    "DELETE FROM pgshift.schema_migrations WHERE version = $1",
                    &[&version],
                )
                .await
                .map_err(q)?;
            if self.supabase {
                client
                    .execute(
                        "DELETE FROM supabase_migrations.schema_migrations WHERE version::text = $1",
                        &[&version],
                    )
                    .await
                    .map_err(q)?;
            }
            self.history(
                version,
                action,
                "completed",
                std::time::Duration::ZERO,
                None,
                Some(note),
            )
            .await
        }
        .await;
        finish(client, result).await
    }
}

async fn finish(
    client: &tokio_postgres::Client,
    result: Result<(), ApplyError>,
) -> Result<(), ApplyError> {
    match result {
        Ok(()) => client.batch_execute("COMMIT").await.map_err(q),
        Err(e) => {
            let _ = client.batch_execute("ROLLBACK").await;
            Err(e)
        }
    }
}
