//! `pgshift serve --env NAME [--listen ADDR]`: the deploy service (see `crate::serve`). Refuses
//! to start (exit 2) for an environment that needs confirmation, without a token of at least 32
//! characters, or with an address it cannot use.

use std::sync::Arc;

use anyhow::Result;
use clap::Args;

use super::deploy::resolve_target;
use super::{Context_, Outcome};
use crate::serve::auth::Token;
use crate::serve::routes::{AppState, Serving};
use crate::serve::{listen, server};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The environment to deploy (from pgshift.toml); one with `confirm = true` (the default for
    /// production/prod) is refused.
    #[arg(long)]
    pub env: String,
    /// Where to listen: HOST:PORT, or :PORT for loopback (default 127.0.0.1:8080; :0 picks a
    /// free port, printed on stdout).
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
}

pub async fn run(ctx: &Context_, args: ServeArgs) -> Result<Outcome> {
    let env = ctx.config.environment(&args.env)?;
    if env.confirm {
        anyhow::bail!(
            "refused: `pgshift serve` does not serve environment `{name}`: it needs confirmation \
             (`confirm = true`, the default for production and prod); deploy it from the CLI or CI \
             with `pgshift apply --env {name} --yes`",
            name = args.env
        );
    }
    let var = &ctx.config.serve.token_env;
    let token = Token::new(var, std::env::var(var).ok()).map_err(anyhow::Error::msg)?;
    let addr = listen::parse(args.listen.as_deref()).map_err(anyhow::Error::msg)?;
    let serving = match super::fleet::selected(ctx, Some(&args.env), &Default::default())? {
        Some(fleet) => Serving::Fleet(fleet),
        None => Serving::One(resolve_target(ctx, Some(&args.env), None)?),
    };
    let state = AppState {
        ctx: Context_ {
            config: ctx.config.clone(),
            ui: ctx.ui,
            cwd: ctx.cwd.clone(),
        },
        serving,
        token: Arc::new(token),
        busy: Default::default(),
    };
    server::run(state, addr).await?;
    Ok(Outcome::Success)
}
