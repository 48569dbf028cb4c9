//! `pgshift verify [DIR]`: replay every migration into a fresh shadow database and report each
//! file's result and time.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clap::Args;

use super::{Context_, Outcome};
use crate::shadow;
use crate::source;

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Migrations directory (default: migrations_dir from pgshift.toml, else supabase/migrations).
    pub dir: Option<PathBuf>,
}

pub async fn run(ctx: &Context_, args: VerifyArgs) -> Result<Outcome> {
    let dir = args
        .dir
        .unwrap_or_else(|| ctx.config.migrations_dir.clone());
    let files = source::list_migrations(&dir)?;
    if files.is_empty() {
        ctx.ui.info(format!("no migrations in {}", ctx.rel(&dir)));
        return Ok(Outcome::Success);
    }
    let started = Instant::now();
    let server = shadow::start(&ctx.config.shadow, None).await?;
    ctx.ui.detail(format!("shadow: {}", server.description));
    let shadow_ready = started.elapsed();
    let database = server.create_database().await?;
    let width = files
        .iter()
        .map(|f| f.name.file_name.len())
        .max()
        .unwrap_or(0);
    let reports = source::replay_migrations(&database.url, &ctx.config, &files, |f, r| {
        ctx.ui.info(format!(
            "  ok  {:width$}  {:>6} ms  ({} statements)",
            f.name.file_name,
            r.elapsed.as_millis(),
            r.statements
        ));
    })
    .await?;
    ctx.ui.info(format!(
        "verified {} migrations from {} in {:.2} s (shadow: {}, ready in {:.2} s)",
        reports.len(),
        ctx.rel(&dir),
        started.elapsed().as_secs_f64(),
        server.provider,
        shadow_ready.as_secs_f64()
    ));
    Ok(Outcome::Success)
}
