//! `pgshift diff --from SOURCE --to SOURCE`: the SQL that turns one schema into the other (or,
//! with `--rollback`, back), validated in a shadow database unless `--no-validate`: on tables
//! with rows (the seed, else generated rows) unless `--no-data-validation`.

use anyhow::Result;

use super::{Context_, DiffArgs, Outcome};
use crate::apply::validate::{self, Data, DataReport, ValidateError, Validator};
use crate::diff::diff_with;
use crate::model::Schema;
use crate::plan::{plan, Plan};
use crate::source::{Loader, Source};

/// How plans are validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validation {
    /// `--no-validate`.
    Off,
    /// `--no-data-validation`: on empty tables.
    Empty,
    /// On tables with rows: the seed when `--from` is the project's migrations, else generated.
    Rows,
}

impl Validation {
    pub fn from_flags(no_validate: bool, no_data_validation: bool) -> Self {
        match (no_validate, no_data_validation) {
            (true, _) => Validation::Off,
            (false, true) => Validation::Empty,
            (false, false) => Validation::Rows,
        }
    }
}

/// Forward and rollback plans between two sources, validated unless asked not to.
pub struct Plans {
    pub from: Schema,
    pub to: Schema,
    pub forward: Plan,
    pub rollback: Plan,
    /// Why the rollback could not be planned (what pgshift cannot express on the way back):
    /// `rollback` is then empty. The forward plan stands on its own only unvalidated and when no
    /// rollback is asked for; the commands that need the rollback return this error.
    pub rollback_refused: Option<crate::plan::PlanError>,
    /// What validation ran on; `None` when it did not run.
    pub validation: Option<DataReport>,
    /// How the forward plan changes what the exposure roles can do (its widenings are the
    /// `exposes-data` hazards of its steps).
    pub exposure: Vec<crate::exposure::Change>,
}

pub async fn plans(
    ctx: &Context_,
    loader: &mut Loader<'_>,
    from: &Source,
    to: &Source,
    validation: Validation,
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
    let planning = crate::progress::spinner("planning the change");
    let mut forward = plan(&a, &b, crate::diff::diff_using(&a, &b, options, &usings))?;
    drop(planning);
    let planning = crate::progress::spinner("planning the rollback");
    // A way back pgshift cannot express does not hold back a way forward it can (a value
    // added to an enum a composite type uses cannot be removed again): kept as the reason.
    let (mut rollback, rollback_refused) = match plan(&b, &a, diff_with(&b, &a, options)) {
        Ok(p) => (p, None),
        Err(e @ crate::plan::PlanError::Unsupported(_)) if validation == Validation::Off => (
            Plan {
                steps: Vec::new(),
                default_privileges: false,
            },
            Some(e),
        ),
        Err(e) => return Err(e.into()),
    };
    drop(planning);
    let roles = &ctx.config.exposure_roles;
    let annotating = crate::progress::spinner("working out what the plans expose");
    let exposure = crate::exposure::attach::annotate(&mut forward, &a, &b, roles);
    crate::exposure::attach::annotate(&mut rollback, &b, &a, roles);
    drop(annotating);
    let mut plans = Plans {
        from: a,
        to: b,
        forward,
        rollback,
        rollback_refused,
        validation: None,
        exposure,
    };
    if validation != Validation::Off {
        // The files are validated as they are written: the config's timeouts.
        let script = super::script_options(ctx, false, &[], &[]);
        let mut report =
            validate_plans(ctx, loader, from, &from_url, &plans, &script, validation).await?;
        report.seed_files = report
            .seed_files
            .iter()
            .map(|f| ctx.rel(std::path::Path::new(f)))
            .collect();
        for s in &report.skipped {
            ctx.ui.info(format!(
                "plan validation: no rows for {s}; that table was validated empty"
            ));
        }
        for w in &report.warnings {
            ctx.ui.info(format!("plan validation: {w}"));
        }
        ctx.ui.detail(format!(
            "validated: the plan reaches the target and the rollback returns to the source ({})",
            data_label(&report)
        ));
        plans.validation = Some(report);
    }
    Ok(plans)
}

/// Adds the sizes of the tables both plans work on, measured on the first of `sides` that is a
/// live database (a URL or an environment), to their size-dependent hazards; `[safety]
/// large_table` then decides which of them block. A target that cannot be measured is a notice,
/// not an error: the hazards stay as they are.
pub async fn attach_evidence(ctx: &Context_, plans: &mut Plans, sides: &[&Source]) -> Result<()> {
    let Some(side) = sides
        .iter()
        .find(|s| matches!(s, Source::Url(_) | Source::Env(_)))
    else {
        return Ok(());
    };
    let Some(url) = side.url(&ctx.config)? else {
        return Ok(());
    };
    use crate::plan::hazard::evidence;
    let mut tables = evidence::tables_to_measure(&plans.forward, &plans.from);
    tables.extend(evidence::tables_to_measure(&plans.rollback, &plans.to));
    tables.sort();
    tables.dedup();
    if tables.is_empty() {
        return Ok(());
    }
    let _progress = crate::progress::spinner(format!("measuring {} table(s)", tables.len()));
    match crate::catalog::sizes::measure(&url, &tables).await {
        Ok(sizes) => {
            let large = ctx.config.large_table;
            evidence::attach(&mut plans.forward, &plans.from, &sizes, large);
            evidence::attach(&mut plans.rollback, &plans.to, &sizes, large);
            ctx.ui.detail(format!(
                "evidence: measured {} table(s) on {}",
                sizes.len(),
                side.label()
            ));
        }
        Err(e) => ctx.ui.info(format!(
            "evidence: table sizes not measured on {}: {e}",
            side.label()
        )),
    }
    Ok(())
}

/// Says how the plan changes what the exposure roles can do, beyond its `exposes-data`
/// hazards (which the plan shows): access narrowed, or gained within row level security.
pub fn report_exposure(ctx: &Context_, changes: &[crate::exposure::Change]) {
    for c in changes
        .iter()
        .filter(|c| c.direction != crate::exposure::Direction::Widened)
    {
        ctx.ui.info(format!("exposure: {}", c.message));
    }
}

/// What validation ran on, in words (`with rows from supabase/seed.sql`).
pub fn data_label(r: &DataReport) -> String {
    match r.data.as_str() {
        "seed" => format!(
            "with rows from {} ({} row(s) in {} table(s))",
            r.seed_files.join(", "),
            r.rows,
            r.tables_with_rows
        ),
        "generated" => format!(
            "with generated rows ({} row(s) in {} table(s))",
            r.rows, r.tables_with_rows
        ),
        _ => "on empty tables".to_string(),
    }
}

/// Whether `from` is the project's migrations directory (the one the seed is written for).
fn is_project_migrations(ctx: &Context_, from: &Source) -> bool {
    let Source::Dir(dir) = from else {
        return false;
    };
    match (
        std::fs::canonicalize(dir),
        std::fs::canonicalize(&ctx.config.migrations_dir),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Builds `from` afresh in the shadow, applies the plan, requires the result to equal `to`,
/// applies the rollback, requires the result to equal `from`; with rows (see [`Validation`]),
/// on a copy whose tables hold rows, which must survive. A statement that fails with rows is
/// tried on an empty copy: when everything passes there, the rows are the cause, and the error
/// says which statement, table and reason, with the fix. Validation failures are errors (exit
/// 2), with rows or without.
async fn validate_plans(
    ctx: &Context_,
    loader: &mut Loader<'_>,
    from: &Source,
    from_url: &str,
    plans: &Plans,
    script: &crate::plan::ScriptOptions,
    validation: Validation,
) -> Result<DataReport> {
    let locks = std::sync::Mutex::new(Vec::new());
    let mut report = validate_recording(
        ctx, loader, from, from_url, plans, script, validation, &locks,
    )
    .await?;
    // What the lock recorder saw the plan's statements take in the shadow, against what their
    // hazards declare.
    let recorded: Vec<(usize, Vec<crate::plan::hazard::locks::TableLock>)> = locks
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .map(|s| (s.line, s.locks))
        .collect();
    let all = {
        let mut o = script.clone();
        o.allowed.extend(crate::plan::HELD_BACK.iter().copied());
        o
    };
    for (i, lock) in
        crate::plan::hazard::locks::undeclared_in_plan(&plans.forward, &all, &recorded, &plans.from)
    {
        let step = &plans.forward.steps[i];
        let declared = crate::plan::hazard::locks::declared_text(
            &step.hazards.iter().map(|h| h.hazard).collect::<Vec<_>>(),
        );
        let line = format!(
            "`{}` took {} on {} in the shadow ({}), stronger than its hazards declare ({declared})",
            step.sql.lines().next().unwrap_or(""),
            lock.mode,
            lock.table,
            lock.mode.blocks()
        );
        ctx.ui.info(format!("lock recorder: {line}"));
        report.undeclared_locks.push(line);
    }
    Ok(report)
}

/// [`validate_plans`], the forward plan's table locks recorded into `locks`.
#[allow(clippy::too_many_arguments)]
async fn validate_recording(
    ctx: &Context_,
    loader: &mut Loader<'_>,
    from: &Source,
    from_url: &str,
    plans: &Plans,
    script: &crate::plan::ScriptOptions,
    validation: Validation,
    locks: &std::sync::Mutex<Vec<crate::apply::locks::StatementLocks>>,
) -> Result<DataReport> {
    let hint = "(use --no-validate to see the plan anyway)";
    let filter = crate::catalog::filter_from_config(loader.config());
    let v = Validator {
        filter: &filter,
        options: loader.config().diff,
        script,
        locks: Some(locks),
    };
    // A source without a `public` schema (dropped) is copied without one: a fresh database has
    // it, and pg_dump writes nothing for its absence.
    let no_public = filter.includes("public") && !plans.from.schemas.contains_key("public");
    let url = corrected_copy(loader, from, from_url, plans, no_public, &v).await?;
    let validate_empty = |url: String| {
        let v = &v;
        async move {
            v.validate(
                &url,
                &plans.from,
                &plans.to,
                &plans.forward,
                &plans.rollback,
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e}\n{hint}"))
        }
    };
    if validation == Validation::Empty {
        validate_empty(url).await?;
        return Ok(DataReport::empty());
    }
    let seed = &ctx.config.seed_files;
    let data = if !seed.is_empty() && is_project_migrations(ctx, from) {
        Data::Seed(seed)
    } else {
        Data::Generate
    };
    let (mut report, result) = v
        .validate_rows(
            &url,
            &plans.from,
            &plans.to,
            &plans.forward,
            &plans.rollback,
            data,
        )
        .await;
    let error = match result {
        Ok(()) => return Ok(report),
        Err(e @ (ValidateError::Forward(_) | ValidateError::Rollback(_))) => e,
        Err(e) => anyhow::bail!(
            "{e}\n(--no-data-validation validates on empty tables; {})",
            &hint[1..hint.len() - 1]
        ),
    };
    // Does it fail without rows too? Then that is the error, as without rows.
    let empty = corrected_copy(loader, from, from_url, plans, no_public, &v).await?;
    validate_empty(empty).await?;
    let failure = v
        .row_failure(&error, &plans.forward, &plans.rollback)
        .ok_or_else(|| anyhow::anyhow!("{error}\n{hint}"))?;
    if validate::rollback_cannot_restore(&failure, &plans.forward) {
        report.warnings.push(format!(
            "{failure}\n  the plan deletes data of that table, so its rollback can only bring the shape back: the rollback was validated on empty tables"
        ));
        return Ok(report);
    }
    // Rows pgshift made up can break a check, a cast or a unique key that real rows would not:
    // such a failure is a warning. A NOT NULL column without a value fails on any row at all.
    let any_row = failure.reason.contains("contains null values");
    if report.data == "generated" && !any_row {
        report.warnings.push(format!(
            "{failure}\n  (on rows pgshift generated, which may not look like yours: add a seed, [seed] files, to make this an error)"
        ));
        return Ok(report);
    }
    anyhow::bail!(
        "{}\n(the plan and its rollback pass on empty tables: the rows are the cause; --no-data-validation validates on empty tables only)",
        ValidateError::Rows(failure)
    )
}

/// [`fresh_copy`], put right where a live database's schema dump is not faithful
/// ([`Validator::correct_copy`]): every copy validation runs on, the one without rows too.
async fn corrected_copy(
    loader: &mut Loader<'_>,
    from: &Source,
    from_url: &str,
    plans: &Plans,
    no_public: bool,
    v: &Validator<'_>,
) -> Result<String> {
    let url = fresh_copy(loader, from, from_url, plans, no_public).await?;
    if matches!(from, Source::Url(_) | Source::Env(_)) {
        v.correct_copy(&url, &plans.from)
            .await
            .map_err(|e| anyhow::anyhow!("{e}\n(use --no-validate to see the plan anyway)"))?;
    }
    Ok(url)
}

/// A fresh copy of `from`'s schema in the shadow.
async fn fresh_copy(
    loader: &mut Loader<'_>,
    from: &Source,
    from_url: &str,
    plans: &Plans,
    no_public: bool,
) -> Result<String> {
    Ok(match from {
        Source::Url(_) | Source::Env(_) => {
            // A copy of a live database's schema, made by pg_dump. The dump names roles (owners,
            // grantees, policies) that belong to the source's server, not to the database: the
            // shadow gets those of both sides' servers first, as the plan may name the target's.
            let dump = crate::apply::backup::restorable(
                &crate::apply::backup::schema_dump(from_url)?,
                &plans.from,
            );
            // A superuser of either server is made one (what only a superuser may own).
            let mut roles: std::collections::BTreeMap<&str, bool> = Default::default();
            for r in plans.from.roles.values().chain(plans.to.roles.values()) {
                *roles.entry(r.name.as_str()).or_default() |= r.superuser;
            }
            let url = loader.fresh_database_with_roles(roles).await?;
            let dump = if no_public {
                format!("DROP SCHEMA IF EXISTS public;\n{dump}")
            } else {
                dump
            };
            crate::source::replay_text(
                &url,
                std::path::Path::new("(schema dump of the source)"),
                &dump,
            )
            .await?;
            url
        }
        other => loader.database_for(other).await?,
    })
}

pub async fn run(ctx: &Context_, args: DiffArgs) -> Result<Outcome> {
    let from = Source::parse(&args.from)?;
    let to = Source::parse(&args.to)?;
    let mut loader = Loader::new(&ctx.config);
    let validation = Validation::from_flags(args.no_validate, args.no_data_validation);
    let mut p = plans(ctx, &mut loader, &from, &to, validation, &args.using).await?;
    // The plan runs on the `--from` database: its tables are the ones measured, else `--to`'s.
    attach_evidence(ctx, &mut p, &[&from, &to]).await?;
    report_exposure(ctx, &p.exposure);
    match p.rollback_refused.take() {
        Some(e) if args.rollback => return Err(e.into()),
        Some(e) => ctx.ui.info(format!("the plan has no rollback: {e}")),
        None => {}
    }
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
        // A rollback is run on purpose to undo: nothing is held back, hazards are still shown,
        // but for what undoes a statement the forward plan (under the same flags) holds back:
        // that was never removed.
        let mut forward = opts.clone();
        forward.needs = p.forward.needing_held_back(&p.from, &p.to, &forward);
        opts.kept = p.forward.kept_by_held_back(&p.rollback, &p.from, &forward);
        opts.allowed.extend(crate::plan::HELD_BACK.iter().copied());
    } else {
        opts.include_hint =
            "pgshift diff --allow-destructive (or --allow-hazard deletes-data)".into();
        // What cannot run while a statement before it is held back is held back with it.
        opts.needs = p.forward.needing_held_back(&p.from, &p.to, &opts);
    }
    if super::refuse_denied(chosen, &opts) {
        return Ok(Outcome::CheckFailed);
    }
    if args.format == "json" {
        let steps: Vec<serde_json::Value> = chosen
            .steps
            .iter()
            .map(|s| {
                let held = crate::plan::is_held_back(s, &opts);
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
        // stdout keeps the array of steps the CLI contract gives; what the plan was validated on
        // goes to stderr, as JSON (null: --no-validate).
        ctx.ui.info(format!(
            "validation: {}",
            serde_json::to_string(&p.validation)?
        ));
        println!("{}", serde_json::to_string_pretty(&steps)?);
    } else if chosen.is_empty() {
        println!("-- no differences");
    } else {
        print!("{}", chosen.script(&opts));
        let held = chosen.held_back(&opts);
        if held > 0 {
            ctx.ui.info(format!(
                "{held} statement(s) that delete data (or need one that does) are commented out; pass --allow-destructive to include them"
            ));
        }
    }
    ctx.ui.detail(format!("{} statements", chosen.steps.len()));
    Ok(Outcome::Success)
}
