//! `pgshift adopt (--env NAME | --target URL) [--write]`: takes over a database whose history
//! another tool kept (Supabase CLI's `supabase_migrations.schema_migrations`) or nobody did. The
//! local migrations are replayed one by one into one shadow database, fingerprinted after each;
//! the longest prefix whose fingerprint is the target's is what the target has applied. Names
//! and remote versions never decide. When shorter prefixes match too (the migrations after them
//! change data, not the schema), the report names them: the schema cannot say whether the target
//! ran those, and they are counted as applied. With `--write` exactly that prefix is recorded
//! in pgshift's tracking (history action `adopt`), after the target's fingerprint is read again
//! under the deploy lock. Exit 0 a prefix matches, 1 none does (nothing written) or refused.

use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;

use super::deploy::{confirmed, resolve_target};
use super::drift::compare;
use super::{Context_, Outcome};
use crate::apply::gate::ShadowReplay;
use crate::apply::{locals, Applier};
use crate::model::fingerprint::fingerprint;
use crate::redact;
use crate::source::list_migrations;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["env", "target"])))]
pub struct AdoptArgs {
    #[arg(long)]
    pub env: Option<String>,
    #[arg(long, value_name = "URL")]
    pub target: Option<String>,
    /// Record the matching prefix as applied in pgshift's tracking.
    #[arg(long)]
    pub write: bool,
    #[arg(long)]
    pub yes: bool,
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

/// One prefix of the local migrations, replayed.
#[derive(Debug, serde::Serialize)]
struct Prefix {
    /// How many local migrations (0: none).
    count: usize,
    /// The last one's version (`null` for none).
    version: Option<String>,
    fingerprint: String,
    matches: bool,
}

#[derive(Debug, serde::Serialize)]
struct Report {
    target: String,
    target_fingerprint: String,
    prefixes: Vec<Prefix>,
    /// How many local migrations the target has applied (`null`: no prefix matches).
    matched: Option<usize>,
    /// Versions after the shortest matching prefix and up to the matched one: they leave the
    /// schema as it was, so the target's schema cannot tell whether they ran (counted applied).
    undecided: Vec<String>,
    applied: Vec<String>,
    pending: Vec<String>,
    /// Versions the other tool's history records with no local file.
    remote_only: Vec<crate::apply::adopt::RemoteVersion>,
    /// Versions pgshift's tracking already records.
    recorded: Vec<String>,
    /// With no match: the prefix closest to the target and what differs from it.
    closest: Option<usize>,
    /// What differs between the target and the compared replay (the closest prefix without a
    /// match, else all local migrations: what the pending ones change).
    differences: Vec<crate::apply::outcome::DriftedObject>,
    written: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    refused: Option<String>,
}

pub async fn run(ctx: &Context_, args: AdoptArgs) -> Result<Outcome> {
    let target = resolve_target(ctx, args.env.as_deref(), args.target.as_deref())?;
    let files = list_migrations(&ctx.config.migrations_dir)?;
    let owners = ctx.config.diff.owners;
    let applier = Applier::connect(&target.url, &target.name).await?;
    let filter = crate::catalog::filter_from_config(&ctx.config);
    let actual = crate::catalog::inspect_url(&target.url, &filter).await?;
    let actual_fp = fingerprint(&actual, owners);
    let remote = applier.supabase_rows().await?;
    let recorded = applier.pgshift_rows().await?;
    // Replayed one file at a time into one shadow; fingerprints after each.
    let mut replay = ShadowReplay::new(&ctx.config);
    let mut prefixes = Vec::with_capacity(files.len() + 1);
    let (mut closest, mut full) = (None::<(usize, usize)>, None);
    for k in 0..=files.len() {
        replay.reach(&files[..k]).await.with_context(|| match k {
            0 => "the shadow's setup could not be replayed".to_string(),
            _ => format!(
                "{} could not be replayed in a shadow",
                files[k - 1].name.file_name
            ),
        })?;
        let schema = replay.schema().await?;
        let fp = fingerprint(&schema, owners);
        let differing = crate::diff::diff_with(&actual, &schema, ctx.config.diff)
            .changes
            .len();
        if closest.is_none_or(|(_, d)| differing <= d) {
            closest = Some((k, differing));
        }
        prefixes.push(Prefix {
            count: k,
            version: k.checked_sub(1).map(|i| files[i].name.version.clone()),
            matches: fp == actual_fp,
            fingerprint: fp,
        });
        if k == files.len() {
            full = Some(schema);
        }
    }
    let matched = prefixes.iter().rev().find(|p| p.matches).map(|p| p.count);
    let compared = match matched {
        Some(_) => full.expect("replayed above"),
        None => {
            let k = closest.map(|(k, _)| k).unwrap_or(0);
            replay.reach(&files[..k]).await?;
            replay.schema().await?
        }
    };
    let drift = compare(
        ctx.config.diff,
        "the local migrations",
        &compared,
        &target.name,
        &actual,
    )?;
    let k = matched.unwrap_or(0);
    let shortest = prefixes.iter().find(|p| p.matches).map_or(k, |p| p.count);
    let mut report = Report {
        undecided: files[shortest..k]
            .iter()
            .map(|f| f.name.version.clone())
            .collect(),
        target: redact::text(&target.name),
        target_fingerprint: actual_fp.clone(),
        applied: files[..k].iter().map(|f| f.name.version.clone()).collect(),
        pending: files[k..].iter().map(|f| f.name.version.clone()).collect(),
        remote_only: remote
            .iter()
            .filter(|r| !files.iter().any(|f| f.name.version == r.version))
            .cloned()
            .collect(),
        recorded: recorded.iter().map(|(v, _)| v.clone()).collect(),
        closest: matched.is_none().then(|| closest.map(|(k, _)| k)).flatten(),
        differences: drift
            .objects
            .iter()
            .map(|o| crate::apply::outcome::DriftedObject {
                change: o.change.clone(),
                object: o.object.clone(),
            })
            .collect(),
        prefixes,
        matched,
        written: false,
        refused: None,
    };
    // pgshift's own rows must agree with the match: each a version of the prefix, its checksum
    // the local file's.
    let local = locals(&files)?;
    let disagree: Vec<&String> = recorded
        .iter()
        .filter(|(v, sum)| {
            !local[..k]
                .iter()
                .any(|l| &l.version == v && sum.as_deref() == Some(l.checksum.as_str()))
        })
        .map(|(v, _)| v)
        .collect();
    let outcome = if matched.is_none() {
        Outcome::CheckFailed
    } else if !disagree.is_empty() {
        report.refused = Some(format!(
            "pgshift's tracking already records version(s) the schema does not support as applied: {}; \
             fix them with `pgshift repair` first",
            disagree.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
        ));
        Outcome::CheckFailed
    } else if args.write {
        write(
            ctx,
            &args,
            &target,
            &applier,
            &local[..k],
            &recorded,
            &actual_fp,
            &mut report,
        )
        .await?
    } else {
        Outcome::Success
    };
    if args.format == "json" {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", render(&report, &files));
    }
    Ok(outcome)
}

/// `--write`: the prefix recorded under the deploy lock, once the target's fingerprint is read
/// again there and is still the matched one.
#[allow(clippy::too_many_arguments)]
async fn write(
    ctx: &Context_,
    args: &AdoptArgs,
    target: &super::deploy::Target,
    applier: &Applier,
    prefix: &[crate::apply::history::Local],
    recorded: &[(String, Option<String>)],
    expected: &str,
    report: &mut Report,
) -> Result<Outcome> {
    let missing: Vec<_> = prefix
        .iter()
        .filter(|l| !recorded.iter().any(|(v, _)| v == &l.version))
        .cloned()
        .collect();
    if missing.is_empty() {
        return Ok(Outcome::Success);
    }
    if !confirmed(ctx, target, args.yes, "record migrations as applied")? {
        report.refused = Some("confirmation refused; nothing was written".into());
        return Ok(Outcome::CheckFailed);
    }
    let filter = crate::catalog::filter_from_config(&ctx.config);
    let note = format!(
        "adopt: the target's schema ({expected}) is the first {} local migration(s) replayed",
        prefix.len()
    );
    let result = applier
        .with_lock(
            Duration::from_secs(60),
            || {},
            async || {
                applier.ensure_tracking().await?;
                let now = crate::catalog::inspect(applier.client(), &filter)
                    .await
                    .map_err(|e| crate::apply::ApplyError::Db(e.to_string()))?;
                if fingerprint(&now, ctx.config.diff.owners) != expected {
                    return Ok(false);
                }
                applier
                    .record_applied(&missing, "adopt", &note, false)
                    .await?;
                Ok::<_, crate::apply::ApplyError>(true)
            },
        )
        .await??;
    if !result {
        report.refused = Some(
            "the target's schema changed meanwhile; nothing was written; run adopt again".into(),
        );
        return Ok(Outcome::CheckFailed);
    }
    report.written = true;
    report
        .recorded
        .extend(missing.iter().map(|l| l.version.clone()));
    Ok(Outcome::Success)
}

fn render(r: &Report, files: &[crate::source::MigrationFile]) -> String {
    let mut out = format!(
        "{}: schema fingerprint {}\n",
        r.target, r.target_fingerprint
    );
    out.push_str("local migrations replayed in a shadow:\n");
    for p in &r.prefixes {
        let name = match p.count {
            0 => "(none)".to_string(),
            k => files[k - 1].name.file_name.clone(),
        };
        out.push_str(&format!(
            "  {:>3}  {:<52} {}{}\n",
            p.count,
            name,
            p.fingerprint,
            if p.matches { "  = target" } else { "" }
        ));
    }
    match r.matched {
        Some(k) => {
            out.push_str(&format!(
                "matched: the target is the first {k} local migration(s) replayed\n"
            ));
            if !r.applied.is_empty() {
                out.push_str(&format!("  applied: {}\n", r.applied.join(", ")));
            }
            if !r.pending.is_empty() {
                out.push_str(&format!("  pending: {}\n", r.pending.join(", ")));
            }
            if !r.undecided.is_empty() {
                out.push_str(&format!(
                    "  note: the schema also matches the first {} migration(s): {} change(s) no schema \
                     (data only?), so whether the target ran them cannot be told; they are counted as \
                     applied (if they did not run, run them by hand, or record them pending with \
                     `pgshift repair --pending VERSION` after --write)\n",
                    k - r.undecided.len(),
                    r.undecided.join(", ")
                ));
            }
            if !r.differences.is_empty() {
                out.push_str(
                    "what the pending migrations change (the target vs all local migrations):\n",
                );
            }
        }
        None => {
            out.push_str("no prefix of the local migrations replays to the target's schema; nothing can be recorded\n");
            if let Some(k) = r.closest {
                out.push_str(&format!(
                    "closest: the first {k} local migration(s); what differs from them:\n"
                ));
            }
        }
    }
    for o in &r.differences {
        out.push_str(&format!("  {:<22} {}\n", o.change, o.object));
    }
    if !r.remote_only.is_empty() {
        out.push_str("versions the Supabase history records with no local file:\n");
        for v in &r.remote_only {
            out.push_str(&format!(
                "  {} {}{}\n",
                v.version,
                v.name,
                v.statements
                    .map(|n| format!(" ({n} statement(s))"))
                    .unwrap_or_default()
            ));
        }
    }
    if !r.recorded.is_empty() {
        out.push_str(&format!("recorded by pgshift: {}\n", r.recorded.join(", ")));
    }
    if let Some(why) = &r.refused {
        out.push_str(&format!("refused: {why}\n"));
    } else if r.written {
        out.push_str(
            "written: the matched migrations are recorded as applied (history action `adopt`)\n",
        );
    } else if r.matched.is_some() {
        out.push_str("nothing written; pass --write to record the applied migrations\n");
    }
    out
}
