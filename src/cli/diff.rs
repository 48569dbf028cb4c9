//! `pgshift diff --from SOURCE --to SOURCE`: the SQL that turns one schema into the other (or,
//! with `--rollback`, back), validated in a shadow database unless `--no-validate`.

use anyhow::Result;

use super::{Context_, DiffArgs, Outcome};
use crate::diff::diff_with;
use crate::model::Schema;
use crate::plan::{plan, Plan};
use crate::source::{Loader, Source};

/// Forward and rollback plans between two sources, validated unless asked not to.
pub struct Plans {
    pub from: Schema,
    pub to: Schema,
    pub forward: Plan,
    pub rollback: Plan,
}

pub async fn plans(
    ctx: &Context_,
    loader: &mut Loader<'_>,
    from: &Source,
    to: &Source,
    validate: bool,
    usings: &[((crate::model::QualifiedName, String), String)],
) -> Result<Plans> {
    let from_url = loader.database_for(from).await?;
    let to_url = loader.database_for(to).await?;
    let filter = crate::catalog::filter_from_config(&ctx.config);
    // Both sides are read at once (each on its own connections and snapshot).
    let (a, b) = crate::catalog::inspect_pair(&from_url, &to_url, &filter).await;
    let (a, b) = (a?, b?);
    // Objects the model does not hold would be passed over: refuse rather than plan without them.
    crate::diff::guard::check(
        &[
            (&format!("--from {}", from.label()), &a),
            (&format!("--to {}", to.label()), &b),
        ],
        &ctx.config.ignore_unmodelled,
    )?;
    let options = ctx.config.diff;
    let usings: crate::diff::Usings = usings.iter().cloned().collect();
    for (table, column) in usings.keys() {
        let known = b
            .tables
            .get(table)
            .is_some_and(|t| t.columns.iter().any(|c| &c.name == column));
        if !known {
            anyhow::bail!(
                "--using names {table}.{}, which the target has no column of",
                crate::model::id::display_ident(column)
            );
        }
    }
    let forward = plan(&a, &b, crate::diff::diff_using(&a, &b, options, &usings))?;
    let rollback = plan(&b, &a, diff_with(&b, &a, options))?;
    let plans = Plans {
        from: a,
        to: b,
        forward,
        rollback,
    };
    if validate {
        // The files are validated as they are written: the config's timeouts.
        let script = super::script_options(ctx, false, &[], &[]);
        validate_plans(loader, from, &from_url, &plans, &script).await?;
        ctx.ui.detail(
            "validated: the plan reaches the target and the rollback returns to the source",
        );
    }
    Ok(plans)
}

/// Builds `from` afresh in the shadow, applies the plan, requires the result to equal `to`,
/// applies the rollback, requires the result to equal `from`.
async fn validate_plans(
    loader: &mut Loader<'_>,
    from: &Source,
    from_url: &str,
    plans: &Plans,
    script: &crate::plan::ScriptOptions,
) -> Result<()> {
    let url = match from {
        Source::Url(_) | Source::Env(_) => {
            // A copy of a live database's schema, made by pg_dump.
            let dump = crate::apply::backup::schema_dump(from_url)?;
            let url = loader.fresh_database().await?;
            crate::source::replay_text(
                &url,
                std::path::Path::new("(schema dump of the source)"),
                &dump,
            )
            .await?;
            url
        }
        other => loader.database_for(other).await?,
    };
    let filter = crate::catalog::filter_from_config(loader.config());
    crate::apply::validate::Validator {
        filter: &filter,
        options: loader.config().diff,
        script,
    }
    .validate(
        &url,
        &plans.from,
        &plans.to,
        &plans.forward,
        &plans.rollback,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}\n(use --no-validate to see the plan anyway)"))
}

pub async fn run(ctx: &Context_, args: DiffArgs) -> Result<Outcome> {
    let from = Source::parse(&args.from)?;
    let to = Source::parse(&args.to)?;
    let mut loader = Loader::new(&ctx.config);
    let p = plans(ctx, &mut loader, &from, &to, !args.no_validate, &args.using).await?;
    let chosen = if args.rollback {
        &p.rollback
    } else {
        &p.forward
    };
    let mut opts = super::script_options(
        ctx,
        args.allow_destructive,
        &args.allow_hazard,
        &args.deny_hazard,
    );
    if args.rollback {
        // A rollback is run on purpose to undo: nothing is held back, hazards are still shown.
        opts.allowed.extend(crate::plan::HELD_BACK.iter().copied());
    } else {
        opts.include_hint =
            "pgshift diff --allow-destructive (or --allow-hazard deletes-data)".into();
    }
    if super::refuse_denied(chosen, &opts) {
        return Ok(Outcome::CheckFailed);
    }
    if args.format == "json" {
        let steps: Vec<serde_json::Value> = chosen
            .steps
            .iter()
            .map(|s| {
                let held = s.hazards.iter().any(|h| {
                    crate::plan::HELD_BACK.contains(&h.hazard) && !opts.allowed.contains(&h.hazard)
                });
                serde_json::json!({
                    "sql": s.sql,
                    "hazards": s.hazards,
                    "transactional": s.transactional,
                    "lock_timeout": opts.lock_timeout,
                    "statement_timeout": crate::plan::Plan::statement_timeout(s, &opts),
                    "held_back": held,
                    "change": s.change,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&steps)?);
    } else if chosen.is_empty() {
        println!("-- no differences");
    } else {
        print!("{}", chosen.script(&opts));
        let held = chosen.held_back(&opts);
        if held > 0 {
            ctx.ui.info(format!(
                "{held} statement(s) that delete data are commented out; pass --allow-destructive to include them"
            ));
        }
    }
    ctx.ui.detail(format!("{} statements", chosen.steps.len()));
    Ok(Outcome::Success)
}
