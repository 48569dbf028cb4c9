//! `pgshift drift`: does a live database match what the migrations produce (or another
//! environment)? A summary by object, the SQL that would reconcile, and a unified diff of both
//! sides' canonical DDL. Exit 0 in sync, 1 drift, 2 error.

use anyhow::Result;

use super::{Context_, DriftArgs, Outcome};
use crate::diff::diff_with;
use crate::model::Schema;
use crate::plan::{ddl, plan};
use crate::source::{Loader, Source};

/// What differs between the expected schema and the actual one.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DriftReport {
    pub in_sync: bool,
    /// What was checked (redacted).
    pub actual: String,
    /// What it was compared with (redacted).
    pub expected: String,
    /// One entry per changed object: what would reconcile it.
    pub objects: Vec<DriftObject>,
    /// The SQL that turns the actual schema into the expected one.
    pub reconcile_sql: String,
    /// Unified diff of the canonical DDL, expected (---) to actual (+++).
    pub ddl_diff: String,
    /// Local migrations a target that records its migrations has not applied yet: what they
    /// change is part of the differences (empty when it records none, or compared otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct DriftObject {
    pub object: String,
    pub change: String,
}

/// Compares two loaded schemas. Pure.
pub fn compare(
    options: crate::diff::Options,
    expected_label: &str,
    expected: &Schema,
    actual_label: &str,
    actual: &Schema,
) -> Result<DriftReport> {
    let changes = diff_with(actual, expected, options);
    let in_sync = changes.is_empty();
    let (objects, reconcile_sql) = if in_sync {
        (vec![], String::new())
    } else {
        let objects = changes
            .changes
            .iter()
            .map(|c| DriftObject {
                object: c.target().to_string(),
                change: c.verb(),
            })
            .collect();
        // Written as `generate` would write it, nothing held back: the reader decides.
        let mut opts = crate::plan::ScriptOptions::default();
        opts.allowed.extend(crate::plan::HELD_BACK.iter().copied());
        let sql = match plan(actual, expected, changes) {
            Ok(p) => p.script(&opts),
            Err(e) => format!("-- pgshift cannot write the reconciling SQL: {e}\n"),
        };
        (objects, sql)
    };
    let ddl_diff = if in_sync {
        String::new()
    } else {
        let a = ddl(expected).unwrap_or_else(|e| format!("-- {e}\n"));
        let b = ddl(actual).unwrap_or_else(|e| format!("-- {e}\n"));
        similar::TextDiff::from_lines(&a, &b)
            .unified_diff()
            .context_radius(3)
            .header(expected_label, actual_label)
            .to_string()
    };
    Ok(DriftReport {
        in_sync,
        actual: actual_label.to_string(),
        expected: expected_label.to_string(),
        objects,
        reconcile_sql,
        ddl_diff,
        pending: Vec::new(),
    })
}

/// The local migrations `url` has not applied, when it records at least one as applied
/// (pgshift's tracking or Supabase's history). Read only; `None` when it cannot be read (the
/// comparison above already reported a connection problem).
async fn pending_at(ctx: &Context_, url: &str) -> Option<Vec<String>> {
    let files = crate::source::list_migrations(&ctx.config.migrations_dir).ok()?;
    let client = crate::db::connect(url).await.ok()?;
    let entries = crate::apply::entries(&client, &files).await.ok()?;
    if !entries
        .iter()
        .any(|e| matches!(e.state, crate::apply::history::State::Applied))
    {
        return None;
    }
    Some(
        entries
            .iter()
            .filter(|e| e.is_pending())
            .map(|e| e.version.clone())
            .collect(),
    )
}

/// Loads both sides and compares them.
pub async fn check(
    loader: &mut Loader<'_>,
    expected: &Source,
    expected_label: &str,
    actual: &Source,
    actual_label: &str,
) -> Result<DriftReport> {
    let (want, got) = loader.load_pair(expected, actual).await?;
    // Objects the model does not hold could differ unseen: refuse rather than report in sync.
    crate::diff::guard::check(
        &[(expected_label, &want), (actual_label, &got)],
        &loader.config().ignore_unmodelled,
    )?;
    compare(
        loader.config().diff,
        expected_label,
        &want,
        actual_label,
        &got,
    )
}

/// The report as text for people.
pub fn render_text(r: &DriftReport) -> String {
    if r.in_sync {
        return format!("in sync: {} matches {}\n", r.actual, r.expected);
    }
    let mut out = format!(
        "DRIFT: {} differs from {} ({} change{})\n\n",
        r.actual,
        r.expected,
        r.objects.len(),
        if r.objects.len() == 1 { "" } else { "s" }
    );
    if !r.pending.is_empty() {
        out.push_str(&format!(
            "note: {} local migration(s) are not applied there yet ({}): what they change is part of \
             the differences below; `pgshift apply` runs them (`pgshift status` compares the target \
             with the migrations it has applied)\n\n",
            r.pending.len(),
            r.pending.join(", ")
        ));
    }
    out.push_str("What would reconcile each object:\n");
    for o in &r.objects {
        out.push_str(&format!("  {:<22} {}\n", o.change, o.object));
    }
    out.push_str("\nSQL that would bring the database back in line with the migrations:\n\n");
    out.push_str(&r.reconcile_sql);
    out.push_str("\nCanonical DDL, expected (---) vs actual (+++):\n\n");
    out.push_str(&r.ddl_diff);
    out
}

pub async fn run(ctx: &Context_, args: DriftArgs) -> Result<Outcome> {
    if let Some(fleet) = super::fleet::selected(ctx, args.env.as_deref(), &args.fleet)? {
        return super::fleet::drift(ctx, fleet, args).await;
    }
    let (actual, actual_label) = match (&args.env, &args.target) {
        (Some(env), _) => (Source::Env(env.clone()), format!("environment `{env}`")),
        (None, Some(t)) => (Source::parse(t)?, crate::redact::text(t)),
        (None, None) => unreachable!("clap requires --env or --target"),
    };
    if let Source::Env(name) = &actual {
        ctx.config.environment(name)?;
    }
    let (expected, expected_label) = match &args.against {
        Some(a) => (Source::parse(a)?, crate::redact::text(a)),
        None => (
            Source::Dir(ctx.config.migrations_dir.clone()),
            format!("the migrations in {}", ctx.rel(&ctx.config.migrations_dir)),
        ),
    };
    let mut loader = Loader::new(&ctx.config);
    let mut report = check(
        &mut loader,
        &expected,
        &expected_label,
        &actual,
        &actual_label,
    )
    .await?;
    if !report.in_sync && args.against.is_none() {
        let url = match (&args.env, &args.target, &actual) {
            (Some(env), ..) => ctx.config.environment(env)?.url().ok(),
            (None, Some(t), Source::Url(_)) => Some(t.clone()),
            _ => None,
        };
        if let Some(url) = url {
            report.pending = pending_at(ctx, &url).await.unwrap_or_default();
        }
    }
    if args.format == "json" {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", render_text(&report));
    }
    Ok(if report.in_sync {
        Outcome::Success
    } else {
        Outcome::CheckFailed
    })
}
