//! `pgshift repair (--env NAME | --target URL) --applied VERSION | --pending VERSION [--force]`:
//! marks one local migration applied (recorded with its checksum) or removes its row, history
//! action `repair`. Refused (exit 1) when the schema contradicts it: `--applied` needs the
//! target's fingerprint to be the replay of the recorded versions plus this one, `--pending` the
//! replay of the recorded versions without it. `--force` overrides that, saying what it overrode
//! (on stderr and in the history row).

use std::time::Duration;

use anyhow::Result;
use clap::Args;

use super::deploy::{confirmed, resolve_target};
use super::{Context_, Outcome};
use crate::apply::gate::ShadowReplay;
use crate::apply::history::State;
use crate::apply::{locals, Applier};
use crate::model::fingerprint::fingerprint;
use crate::source::list_migrations;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["env", "target"])))]
#[command(group(clap::ArgGroup::new("how").required(true).args(["applied", "pending"])))]
pub struct RepairArgs {
    #[arg(long)]
    pub env: Option<String>,
    #[arg(long, value_name = "URL")]
    pub target: Option<String>,
    /// Record this local migration as applied (without running it).
    #[arg(long, value_name = "VERSION")]
    pub applied: Option<String>,
    /// Remove this version's row: it counts as not applied.
    #[arg(long, value_name = "VERSION")]
    pub pending: Option<String>,
    /// Write it even when the target's schema contradicts it.
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context_, args: RepairArgs) -> Result<Outcome> {
    let target = resolve_target(ctx, args.env.as_deref(), args.target.as_deref())?;
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let applier = Applier::connect(&target.url, &target.name).await?;
    let entries = applier.status(&files).await?;
    let (version, applying) = match (&args.applied, &args.pending) {
        (Some(v), _) => (v.clone(), true),
        (None, Some(v)) => (v.clone(), false),
        (None, None) => anyhow::bail!("say what to repair: --applied VERSION or --pending VERSION"),
    };
    let entry = entries.iter().find(|e| e.version == version);
    let recorded = |v: &str| {
        entries
            .iter()
            .any(|e| e.version == v && e.applied.as_ref().is_some_and(|a| a.status == "completed"))
    };
    if applying {
        if !files.iter().any(|f| f.name.version == version) {
            anyhow::bail!(
                "there is no local migration with version {version} in {}",
                ctx.rel(&ctx.config.migrations_dir)
            );
        }
        if entry.is_some_and(|e| e.state == State::Applied) {
            ctx.ui.info(format!(
                "{version} is already recorded as applied; nothing to do"
            ));
            return Ok(Outcome::Success);
        }
    } else if entry.and_then(|e| e.applied.as_ref()).is_none() {
        ctx.ui
            .info(format!("{version} is not recorded; nothing to do"));
        return Ok(Outcome::Success);
    }
    // The schema the target should have once the repair is written.
    let expected_files: Vec<_> = files
        .iter()
        .filter(|f| {
            let v = f.name.version.as_str();
            if v == version {
                applying
            } else {
                recorded(v)
            }
        })
        .cloned()
        .collect();
    let mut replay = ShadowReplay::new(&ctx.config);
    replay.reach(&expected_files).await?;
    let want = replay.schema().await?;
    let filter = crate::catalog::filter_from_config(&ctx.config);
    let got = crate::catalog::inspect_url(&target.url, &filter).await?;
    let owners = ctx.config.diff.owners;
    let (want_fp, got_fp) = (fingerprint(&want, owners), fingerprint(&got, owners));
    let what = if applying {
        format!("{version} applied")
    } else {
        format!("{version} not applied")
    };
    let mut note = format!("repair: {what}; the target's schema is {got_fp}");
    if want_fp != got_fp {
        let drift = super::drift::compare(
            ctx.config.diff,
            "the recorded migrations replayed",
            &want,
            &target.name,
            &got,
        )?;
        let verb = if args.force { "overriding" } else { "refused" };
        eprintln!(
            "{verb}: the target's schema contradicts `{what}`: the recorded migrations {} replayed give {want_fp}, the target has {got_fp}; what differs:",
            if applying { "and it" } else { "without it" }
        );
        for o in &drift.objects {
            eprintln!("  {:<22} {}", o.change, o.object);
        }
        if !args.force {
            eprintln!(
                "nothing was written; make the schema match, or pass --force to record it anyway"
            );
            return Ok(Outcome::CheckFailed);
        }
        note = format!(
            "repair --force: {what}, although the target's schema ({got_fp}) is not the replay ({want_fp}); {} object(s) differ",
            drift.objects.len()
        );
    }
    if !confirmed(ctx, &target, args.yes, "repair the migration history")? {
        return Ok(Outcome::CheckFailed);
    }
    applier
        .with_lock(
            Duration::from_secs(60),
            || {},
            async || {
                applier.ensure_tracking().await?;
                if applying {
                    let local: Vec<_> = locals(&files)?
                        .into_iter()
                        .filter(|l| l.version == version)
                        .collect();
                    applier.record_applied(&local, "repair", &note, true).await
                } else {
                    applier.record_removed(&version, "repair", &note).await
                }
            },
        )
        .await??;
    ctx.ui
        .info(format!("recorded: {what} (history action `repair`)"));
    Ok(Outcome::Success)
}
