//! `pgshift inspect SOURCE [--format json|sql]`: the schema of a SOURCE as JSON (the model), or
//! as canonical DDL (with the diff engine).

use std::io::Write;

use anyhow::{Context, Result};

use super::{Context_, InspectArgs, Outcome};
use crate::source::{Loader, Source};

pub async fn run(ctx: &Context_, args: InspectArgs) -> Result<Outcome> {
    let source = Source::parse(&args.source)?;
    let mut loader = Loader::new(&ctx.config);
    let schema = loader.load(&source).await?;
    if args.format == "sql" {
        print!("{}", crate::plan::ddl(&schema)?);
        if !schema.unmodelled.is_empty() {
            let mut note = format!(
                "not written: {} object(s) pgshift does not model (see `inspect --format json`, \"unmodelled\"):",
                schema.unmodelled.len()
            );
            for o in &schema.unmodelled {
                note.push_str(&format!("\n  {} ({})", o.description, o.kind));
            }
            ctx.ui.info(note);
        }
        return Ok(Outcome::Success);
    }
    // Streamed: a schema of thousands of tables is never one string in memory.
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    serde_json::to_writer_pretty(&mut out, &schema)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush())
        .context("cannot write the schema")?;
    let counts = schema.counts();
    ctx.ui.detail(format!(
        "{} tables, {} views, {} functions, {} indexes",
        counts["tables"], counts["views"], counts["functions"], counts["indexes"]
    ));
    Ok(Outcome::Success)
}
