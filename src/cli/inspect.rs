//! `pgshift inspect SOURCE [--format json|sql]`: the schema of a SOURCE as JSON (the model), or
//! as canonical DDL (with the diff engine).

use anyhow::{Context, Result};

use super::{Context_, InspectArgs, Outcome};
use crate::source::{Loader, Source};

pub async fn run(ctx: &Context_, args: InspectArgs) -> Result<Outcome> {
    let source = Source::parse(&args.source)?;
    if args.format == "sql" {
        anyhow::bail!("`pgshift inspect --format sql` is not available in this build yet (it arrives with the diff engine); use --format json");
    }
    let mut loader = Loader::new(&ctx.config);
    let schema = loader.load(&source).await?;
    let json = serde_json::to_string_pretty(&schema).context("cannot serialize the schema")?;
    println!("{json}");
    let counts = schema.counts();
    ctx.ui.detail(format!(
        "{} tables, {} views, {} functions, {} indexes",
        counts["tables"], counts["views"], counts["functions"], counts["indexes"]
    ));
    Ok(Outcome::Success)
}
