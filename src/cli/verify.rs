//! `pgshift verify [DIR]`: replay every migration into a fresh shadow database and report each
//! file's result and time. Where a migration has a rollback file, check it too: apply the
//! migration, apply its rollback, require the schema to equal the one before the migration, then
//! apply the migration again (so the rest of the history replays on the right schema). With
//! `--seed`, the seed files (`[seed] files`) are loaded after the last migration, as a project's
//! local database loads them; an error names the seed file's line. `verify declarative:DIR` (or a
//! directory of declarative schema files) loads the files in dependency order instead.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clap::Args;

use super::{Context_, Outcome};
use crate::shadow;
use crate::source;

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Migrations directory (default: migrations_dir from pgshift.toml, else supabase/migrations),
    /// or `declarative:DIR`, declarative schema files to load.
    pub dir: Option<PathBuf>,
    /// Skip checking rollback files.
    #[arg(long)]
    pub no_rollbacks: bool,
    /// Load the seed files (`[seed] files`; default `supabase/seed.sql` under the supabase
    /// preset) after the migrations.
    #[arg(long)]
    pub seed: bool,
}

pub async fn run(ctx: &Context_, args: VerifyArgs) -> Result<Outcome> {
    if let Some(dir) = args.dir.as_deref().and_then(|d| declarative_dir(ctx, d)) {
        return verify_declarative(ctx, &dir).await;
    }
    let dir = args
        .dir
        .clone()
        .unwrap_or_else(|| ctx.config.migrations_dir.clone());
    let files = source::list_migrations(&dir)?;
    if args.seed && ctx.config.seed_files.is_empty() {
        anyhow::bail!(
            "--seed: no seed files; add them to pgshift.toml (`[seed] files = [\"supabase/seed.sql\"]`)"
        );
    }
    if files.is_empty() {
        ctx.ui.info(format!("no migrations in {}", ctx.rel(&dir)));
        return Ok(Outcome::Success);
    }
    let started = Instant::now();
    let rollbacks_dir = &ctx.config.rollbacks_dir;
    let any_rollback = !args.no_rollbacks
        && files
            .iter()
            .any(|f| rollbacks_dir.join(&f.name.file_name).is_file());
    if !any_rollback {
        return replay_only(ctx, &dir, &files, &args, started).await;
    }
    let server = shadow::start(&ctx.config.shadow, None).await?;
    ctx.ui.detail(format!("shadow: {}", server.description));
    let shadow_ready = started.elapsed();
    let database = server.create_database().await?;
    let width = files
        .iter()
        .map(|f| f.name.file_name.len())
        .max()
        .unwrap_or(0);
    for setup in &ctx.config.shadow.setup {
        source::replay_file(&database.url, setup).await?;
    }
    let run_url = source::replay_url(
        &database.url,
        ctx.config.shadow.replay_user.as_deref(),
        ctx.config.shadow.search_path.as_deref(),
    )?;
    let filter = crate::catalog::filter_from_config(&ctx.config);
    let (mut checked, mut missing, mut failed) = (0usize, 0usize, Vec::new());
    let progress = crate::progress::bar("replaying migrations", files.len());
    for (i, f) in files.iter().enumerate() {
        progress.step(i, &f.name.file_name);
        let rollback = rollbacks_dir.join(&f.name.file_name);
        let check_rollback = !args.no_rollbacks && rollback.is_file();
        let before = if check_rollback {
            Some(crate::catalog::inspect_url(&database.url, &filter).await?)
        } else {
            None
        };
        let r = source::replay_file(&run_url, &f.path).await?;
        ctx.ui.info(format!(
            "  ok  {:width$}  {:>6} ms  ({} statements)",
            f.name.file_name,
            r.elapsed.as_millis(),
            r.statements
        ));
        let Some(before) = before else {
            missing += 1;
            continue;
        };
        checked += 1;
        if let Err(e) = source::replay_file(&run_url, &rollback).await {
            failed.push(format!("{}: the rollback fails: {e}", ctx.rel(&rollback)));
            break;
        }
        let back = crate::catalog::inspect_url(&database.url, &filter).await?;
        let left = crate::diff::diff(&back, &before);
        if !left.is_empty() {
            let what: Vec<String> = left
                .changes
                .iter()
                .take(5)
                .map(|c| format!("{} {}", c.verb(), c.target()))
                .collect();
            failed.push(format!(
                "{}: after the rollback the schema differs from the one before {} ({} difference(s): {})",
                ctx.rel(&rollback),
                f.name.file_name,
                left.changes.len(),
                what.join("; ")
            ));
        }
        if let Err(e) = source::replay_file(&run_url, &f.path).await {
            failed.push(format!(
                "{}: cannot be applied again after its rollback: {e}",
                f.name.file_name
            ));
            break;
        }
        ctx.ui.info("      rollback ok, re-applied");
    }
    if args.seed && failed.is_empty() {
        load_seed(ctx, &run_url).await?;
    }
    if !args.no_rollbacks && (checked > 0 || missing > 0) {
        ctx.ui.info(format!(
            "rollbacks: {checked} checked, {} failed, {missing} migration(s) without a rollback file in {}",
            failed.len(),
            ctx.rel(rollbacks_dir)
        ));
    }
    for f in &failed {
        eprintln!("FAIL {f}");
    }
    ctx.ui.info(format!(
        "verified {} migrations from {} in {:.2} s (shadow: {}, ready in {:.2} s)",
        files.len(),
        ctx.rel(&dir),
        started.elapsed().as_secs_f64(),
        server.provider,
        shadow_ready.as_secs_f64()
    ));
    if !failed.is_empty() {
        return Ok(Outcome::CheckFailed);
    }
    Ok(Outcome::Success)
}

/// The declarative directory `dir` names: `declarative:DIR`, or a directory of declarative
/// files that is not the migrations directory.
fn declarative_dir(ctx: &Context_, dir: &std::path::Path) -> Option<PathBuf> {
    let text = dir.to_string_lossy();
    if let Some(rest) = text.strip_prefix("declarative:") {
        return Some(PathBuf::from(rest));
    }
    let same = match (
        std::fs::canonicalize(dir),
        std::fs::canonicalize(&ctx.config.migrations_dir),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    (!same && crate::declarative::looks_declarative(dir)).then(|| dir.to_path_buf())
}

/// Loads declarative files into a fresh shadow database, in dependency order.
async fn verify_declarative(ctx: &Context_, dir: &std::path::Path) -> Result<Outcome> {
    if !dir.is_dir() {
        anyhow::bail!(
            "{} is not a directory of declarative schema files",
            ctx.rel(dir)
        );
    }
    let started = Instant::now();
    let mut loader = source::Loader::new(&ctx.config);
    let url = loader.fresh_database().await?;
    let report = source::load_declarative(&url, &ctx.config, dir).await?;
    ctx.ui.info(format!(
        "ok: {} statement(s) of {} declarative file(s) in {} load in dependency order ({} retry round(s), {} ms)",
        report.statements,
        report.files,
        ctx.rel(dir),
        report.retries,
        started.elapsed().as_millis()
    ));
    Ok(Outcome::Success)
}

/// Loads the seed files into the database at `run_url`, a line per file.
async fn load_seed(ctx: &Context_, run_url: &str) -> Result<()> {
    for seed in &ctx.config.seed_files {
        let r = source::replay_file(run_url, seed)
            .await
            .map_err(|e| anyhow::anyhow!("loading the seed: {e}"))?;
        ctx.ui.info(format!(
            "  ok  seed {}  {:>6} ms  ({} statements)",
            ctx.rel(seed),
            r.elapsed.as_millis(),
            r.statements
        ));
    }
    Ok(())
}

/// `verify` with no rollback to check: the migrations replayed through the template cache
/// (`shadow::template`), so a set that replayed unchanged before, on the same PostgreSQL and
/// setup, is cloned and said to be so; `--no-cache` replays it.
async fn replay_only(
    ctx: &Context_,
    dir: &std::path::Path,
    files: &[source::MigrationFile],
    args: &VerifyArgs,
    started: Instant,
) -> Result<Outcome> {
    let width = files
        .iter()
        .map(|f| f.name.file_name.len())
        .max()
        .unwrap_or(0);
    let mut loader = source::Loader::new(&ctx.config);
    let replayed = loader
        .replayed(files, |f, r| {
            ctx.ui.info(format!(
                "  ok  {:width$}  {:>6} ms  ({} statements)",
                f.name.file_name,
                r.elapsed.as_millis(),
                r.statements
            ))
        })
        .await?;
    let server = loader.shadow().await?;
    ctx.ui.detail(format!("shadow: {}", server.description));
    let provider = server.provider;
    if replayed.cloned {
        for f in files {
            ctx.ui.info(format!(
                "  ok  {:width$}  (unchanged: cloned from the template cache)",
                f.name.file_name
            ));
        }
    }
    if args.seed {
        let run_url = source::replay_url(
            &replayed.url,
            ctx.config.shadow.replay_user.as_deref(),
            ctx.config.shadow.search_path.as_deref(),
        )?;
        load_seed(ctx, &run_url).await?;
    }
    if !args.no_rollbacks {
        ctx.ui.info(format!(
            "rollbacks: 0 checked, 0 failed, {} migration(s) without a rollback file in {}",
            files.len(),
            ctx.rel(&ctx.config.rollbacks_dir)
        ));
    }
    ctx.ui.info(format!(
        "verified {} migrations from {} in {:.2} s (shadow: {provider}{})",
        files.len(),
        ctx.rel(dir),
        started.elapsed().as_secs_f64(),
        if replayed.cloned {
            ", unchanged since a previous run: cloned from the template cache; --no-cache replays"
        } else {
            ""
        }
    ));
    Ok(Outcome::Success)
}
