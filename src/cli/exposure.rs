//! `pgshift exposure [SOURCE] [--env NAME] [--format text|json]`: what each exposure role
//! (`[exposure] roles`) can do in a schema, per table, view, column, SECURITY DEFINER function,
//! sequence and default privilege, with the rows row level security lets it reach.

use anyhow::Result;
use clap::Args;

use super::{Context_, Outcome};
use crate::source::{Loader, Source};

#[derive(Debug, Args)]
pub struct ExposureArgs {
    /// The schema to report on: a postgres:// URL, a .sql file, a migrations directory, or
    /// env:NAME (default: the migrations directory).
    #[arg(conflicts_with = "env")]
    pub source: Option<String>,
    /// The database of this environment (as `env:NAME`).
    #[arg(long)]
    pub env: Option<String>,
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

pub async fn run(ctx: &Context_, args: ExposureArgs) -> Result<Outcome> {
    let source = match (&args.env, &args.source) {
        (Some(env), _) => {
            ctx.config.environment(env)?;
            Source::Env(env.clone())
        }
        (None, Some(s)) => Source::parse(s)?,
        (None, None) => Source::parse(&ctx.rel(&ctx.config.migrations_dir))?,
    };
    let mut loader = Loader::new(&ctx.config);
    let schema = loader.load(&source).await?;
    let roles = &ctx.config.exposure_roles;
    for r in roles {
        if r != "PUBLIC" && !schema.roles.is_empty() && !schema.roles.contains_key(r) {
            ctx.ui.info(format!(
                "exposure: role {r} does not exist in {}; it is shown with what PUBLIC may do",
                source.label()
            ));
        }
    }
    let x = crate::exposure::exposure(&schema, roles);
    if args.format == "json" {
        println!(
            "{}",
            serde_json::to_string_pretty(&crate::exposure::report::json(&x))?
        );
    } else {
        print!("{}", crate::exposure::report::text(&x));
    }
    Ok(Outcome::Success)
}
