//! `pgshift export DIR [--from SOURCE] [--layout per-object|per-schema] [--force]`: writes a
//! schema as declarative files (see `declarative::export`) that load back, through the
//! declarative loader, to the same schema.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;

use super::{Context_, Outcome};
use crate::declarative::Layout;
use crate::source::{Loader, Source};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The directory to write the files into (created when missing; it must be empty unless
    /// --force).
    pub dir: PathBuf,
    /// The schema to export (default: the migrations replayed in a shadow database).
    #[arg(long, value_name = "SOURCE")]
    pub from: Option<String>,
    /// per-object: a file per table (with its indexes, constraints, triggers, policies, grants
    /// and comments), function, view, type...; per-schema: a file per schema.
    #[arg(long, default_value = "per-object", value_parser = ["per-object", "per-schema"])]
    pub layout: String,
    /// Set owners too (as `[diff] owners = true`).
    #[arg(long)]
    pub owners: bool,
    /// Write into a directory that is not empty: its `.sql` files are removed first (other
    /// files are left alone).
    #[arg(long)]
    pub force: bool,
}

pub async fn run(ctx: &Context_, args: ExportArgs) -> Result<Outcome> {
    let layout = match args.layout.as_str() {
        "per-schema" => Layout::PerSchema,
        _ => Layout::PerObject,
    };
    let from_arg = args
        .from
        .clone()
        .unwrap_or_else(|| ctx.rel(&ctx.config.migrations_dir));
    if args.from.is_none() && !ctx.config.migrations_dir.exists() {
        bail!(
            "nothing to export: the migrations directory {from_arg} does not exist; pass --from SOURCE"
        );
    }
    let existing = sql_files(&args.dir)?;
    let occupied = match std::fs::read_dir(&args.dir) {
        Ok(mut entries) => entries.next().is_some(),
        Err(_) => false,
    };
    if occupied && !args.force {
        bail!(
            "{} is not empty: export writes into an empty directory; pass --force to remove its .sql files and write there",
            ctx.rel(&args.dir)
        );
    }
    let from = Source::parse(&from_arg)?;
    let mut loader = Loader::new(&ctx.config);
    let schema = loader.load(&from).await?;
    let base_url = loader.baseline().await?;
    let filter = crate::catalog::filter_from_config(&ctx.config);
    let base = crate::catalog::inspect_url(&base_url, &filter).await?;
    let mut options = ctx.config.diff;
    options.owners |= args.owners;
    let files = crate::declarative::export(&base, &schema, layout, options)?;
    for f in &existing {
        std::fs::remove_file(f).with_context(|| format!("cannot remove {}", ctx.rel(f)))?;
    }
    for f in &files {
        let path = args.dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", ctx.rel(parent)))?;
        }
        std::fs::write(&path, &f.text)
            .with_context(|| format!("cannot write {}", ctx.rel(&path)))?;
        println!("{}", ctx.rel(&path));
    }
    if !existing.is_empty() {
        ctx.ui.info(format!(
            "removed {} .sql file(s) that were in {} (--force)",
            existing.len(),
            ctx.rel(&args.dir)
        ));
    }
    ctx.ui.info(format!(
        "wrote {} file(s) to {} from {}",
        files.len(),
        ctx.rel(&args.dir),
        from.label()
    ));
    if !schema.unmodelled.is_empty() {
        let mut note = format!(
            "not written: {} object(s) pgshift does not model:",
            schema.unmodelled.len()
        );
        for o in &schema.unmodelled {
            note.push_str(&format!("\n  {} ({})", o.description, o.kind));
        }
        ctx.ui.info(note);
    }
    Ok(Outcome::Success)
}

/// The `.sql` files under `dir` (none when it does not exist).
fn sql_files(dir: &Path) -> Result<Vec<PathBuf>> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    if !dir.is_dir() {
        bail!("{} is not a directory", dir.display());
    }
    let names = crate::declarative::files::list(dir)?;
    Ok(names.into_iter().map(|n| dir.join(n)).collect())
}
