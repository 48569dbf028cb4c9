//! `pgshift lint`: reviews migration files for operations that are dangerous on a live database.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::{deploy, Context_, LintArgs, Outcome};
use crate::apply::Applier;
use crate::lint::{self, report, Finding};
use crate::source::list_migrations;

pub async fn run(ctx: &Context_, args: LintArgs) -> Result<Outcome> {
    if args.list_rules {
        for r in lint::RULES {
            let options = &ctx.config.lint;
            let severity = options.severity(r, None).name();
            let off = if options.runs(r) { "" } else { " (disabled)" };
            println!("{:<46} {:<9} {}{off}", r.name, severity, r.summary);
        }
        return Ok(Outcome::Success);
    }
    if args.paths.is_empty() {
        if let Some(fleet) = super::fleet::selected(ctx, args.env.as_deref(), &args.fleet)? {
            return super::fleet::lint(ctx, fleet, args).await;
        }
    }
    let (files, pending) = files_to_lint(ctx, &args).await?;
    let (names, findings) = findings(ctx, &args, &files, pending).await?;
    let out = match args.format.as_str() {
        "json" => report::json(&names, &findings),
        "github" => report::github(&findings),
        _ => report::text(&names, &findings),
    };
    print!("{out}");
    Ok(if report::blocking(&findings) == 0 {
        Outcome::Success
    } else {
        Outcome::CheckFailed
    })
}

/// The findings of `files` (static rules, then the semantic tier when it runs), and the files'
/// names as reports show them. `pending`: the files are the migrations not yet applied to a
/// database, deployed together (what one creates is new in the next).
pub(super) async fn findings(
    ctx: &Context_,
    args: &LintArgs,
    files: &[PathBuf],
    pending: bool,
) -> Result<(Vec<String>, Vec<Finding>)> {
    let mut texts = Vec::new();
    let mut included_seen: Vec<PathBuf> = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", ctx.rel(path)))?;
        // Files it includes (`\i`, `\ir`) run in its place: their statements are linted too,
        // each under its own name and lines, before the file (once each).
        for (inc, bytes) in crate::migrations::include::included(path, &text) {
            if included_seen.contains(&inc) {
                continue;
            }
            if let Ok(inner) = String::from_utf8(bytes) {
                texts.push((ctx.rel(&inc), inner));
            }
            included_seen.push(inc);
        }
        texts.push((ctx.rel(path), text));
    }
    let names: Vec<String> = texts.iter().map(|(name, _)| name.clone()).collect();
    // Each linted file parsed, with its text, for the semantic tier and the target's evidence.
    let parsed: Vec<(lint::File, String)> = files
        .iter()
        .filter_map(|path| texts.iter().find(|(name, _)| *name == ctx.rel(path)))
        .map(|(name, text)| (lint::File::parse(name, text), text.clone()))
        .collect();
    // The migrations not yet applied to a database are deployed together: what one creates is new
    // in the next. Other files may already be applied, so each stands alone.
    let mut findings: Vec<Finding> = if pending {
        lint::lint_set(&texts, &ctx.config.lint)
    } else {
        texts
            .iter()
            .flat_map(|(name, text)| lint::lint_text(name, text, &ctx.config.lint))
            .collect()
    };
    let semantic_wanted = args.semantic || !(args.static_only || ctx.config.lint.static_only);
    if files.is_empty() {
        ctx.ui.info("lint: no migration files to check");
    } else if semantic_wanted {
        match semantic(ctx, files, &parsed, &findings).await {
            Ok(extra) => {
                findings.extend(extra);
                findings.sort_by(|a, b| {
                    (&a.path, a.line, a.column, a.rule).cmp(&(&b.path, b.line, b.column, b.rule))
                });
            }
            // Asked for explicitly: not being able to run it is an error.
            Err(e) if args.semantic => return Err(e),
            Err(e) => ctx.ui.info(format!(
                "lint: the semantic tier did not run ({e:#}); these are the static rules' findings \
                 only (--static-only skips the semantic tier without this notice, --semantic makes \
                 this an error)"
            )),
        }
    }
    if !parsed.is_empty() && (args.env.is_some() || args.target.is_some()) {
        evidence(ctx, args, &parsed, &mut findings).await;
    }
    allow_hazards(&mut findings, &args.allow_hazard);
    Ok((names, findings))
}

/// Adds the target's table sizes to the findings whose hazards grow with them (`[safety]
/// large_table` deciding their severity). A target whose one URL cannot be had (an environment
/// of several databases) or measured is a notice: the findings stay as they are.
async fn evidence(
    ctx: &Context_,
    args: &LintArgs,
    parsed: &[(lint::File, String)],
    findings: &mut [Finding],
) {
    let target = match deploy::resolve_target(ctx, args.env.as_deref(), args.target.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            ctx.ui
                .info(format!("lint: table sizes not measured: {e:#}"));
            return;
        }
    };
    let tables = lint::evidence::tables(parsed.iter().flat_map(|(f, _)| &f.stmts));
    match crate::catalog::sizes::measure(&target.url, &tables).await {
        Ok(sizes) => {
            let stmts_of = |path: &str| {
                parsed
                    .iter()
                    .find(|(f, _)| f.path == path)
                    .map(|(f, _)| f.stmts.as_slice())
            };
            lint::evidence::apply(
                findings,
                &stmts_of,
                &sizes,
                ctx.config.large_table,
                &ctx.config.lint,
            );
        }
        Err(e) => ctx.ui.info(format!(
            "lint: table sizes not measured on {}: {e}",
            target.name
        )),
    }
}

/// `--allow-hazard`: a finding whose hazards are all allowed still shows, as a warning.
fn allow_hazards(findings: &mut [Finding], allowed: &[crate::plan::hazard::Hazard]) {
    for f in findings.iter_mut() {
        if !f.hazards.is_empty() && f.hazards.iter().all(|h| allowed.contains(h)) {
            f.severity = f.severity.min(lint::Severity::Warning);
        }
    }
}

/// The files named on the command line (directories give their `.sql` files), else the
/// migrations not yet applied to `--env`/`--target` (then `true`: a migration set deployed
/// together), else every migration file.
async fn files_to_lint(ctx: &Context_, args: &LintArgs) -> Result<(Vec<PathBuf>, bool)> {
    if !args.paths.is_empty() {
        let mut out = Vec::new();
        for p in &args.paths {
            let p = ctx.cwd.join(p);
            if p.is_dir() {
                out.extend(sql_files(&p)?);
            } else if p.is_file() {
                out.push(p);
            } else {
                anyhow::bail!("{}: no such file or directory", ctx.rel(&p));
            }
        }
        return Ok((out, false));
    }
    let migrations = list_migrations(&ctx.config.migrations_dir)?;
    if args.env.is_none() && args.target.is_none() {
        return Ok((migrations.into_iter().map(|m| m.path).collect(), false));
    }
    let target = deploy::resolve_target(ctx, args.env.as_deref(), args.target.as_deref())?;
    let applier = Applier::connect(&target.url, &target.name).await?;
    let entries = applier.status(&migrations).await?;
    let pending: Vec<PathBuf> = entries
        .iter()
        .filter(|e| e.is_pending())
        .filter_map(|e| {
            migrations
                .iter()
                .find(|m| m.name.version == e.version)
                .map(|m| m.path.clone())
        })
        .collect();
    ctx.ui.info(format!(
        "lint: {} migration{} not yet applied to {}",
        pending.len(),
        if pending.len() == 1 { "" } else { "s" },
        target.name
    ));
    Ok((pending, true))
}

/// The semantic tier: builds the schema the linted files start from in a shadow database (the
/// migrations before them), then replays each file and turns what changed into findings.
async fn semantic(
    ctx: &Context_,
    files: &[PathBuf],
    parsed: &[(lint::File, String)],
    static_findings: &[Finding],
) -> Result<Vec<Finding>> {
    use crate::source::{replay_file_recording, replay_url, SourceError};
    let migrations = if ctx.config.migrations_dir.is_dir() {
        list_migrations(&ctx.config.migrations_dir)?
    } else {
        Vec::new()
    };
    let same = |a: &Path, b: &Path| {
        a == b
            || (a.canonicalize().ok().is_some() && a.canonicalize().ok() == b.canonicalize().ok())
    };
    let linted_versions: Vec<&crate::source::MigrationFile> = migrations
        .iter()
        .filter(|m| files.iter().any(|f| same(f, &m.path)))
        .collect();
    // The schema before the first linted file: earlier migrations, or all of them when the
    // linted files are not in the migrations directory (new files on top of it).
    let base: Vec<crate::source::MigrationFile> = match linted_versions.first() {
        Some(first) => migrations
            .iter()
            .filter(|m| m.name.cmp_version(&first.name) == std::cmp::Ordering::Less)
            .filter(|m| !files.iter().any(|f| same(f, &m.path)))
            .cloned()
            .collect(),
        None => migrations.clone(),
    };
    let mut loader = crate::source::Loader::new(&ctx.config);
    let url = loader
        .replayed(&base, |_, _| {})
        .await
        .context("cannot build the schema the linted files start from")?
        .url;
    let run_url = replay_url(
        &url,
        ctx.config.shadow.replay_user.as_deref(),
        ctx.config.shadow.search_path.as_deref(),
    )?;
    let filter = crate::catalog::filter_from_config(&ctx.config);
    let mut out = Vec::new();
    for (path, (file, text)) in files.iter().zip(parsed) {
        let name = ctx.rel(path);
        let before = crate::catalog::inspect_url(&url, &filter).await?;
        let recorded = match replay_file_recording(&run_url, &url, path).await {
            Ok((_, recorded)) => recorded,
            Err(SourceError::Replay(e)) => {
                out.push(Finding {
                    path: name.clone(),
                    line: e.line,
                    column: e.column,
                    rule: crate::lint::semantic::REPLAY_ERROR,
                    severity: lint::Severity::Blocking,
                    hazards: vec![],
                    message: format!("the file fails in a shadow database: {}", e.message),
                    hint: "fix the statement; later files were not replayed".into(),
                    statement: e.excerpt.clone(),
                });
                break;
            }
            Err(e) => return Err(e.into()),
        };
        let after = crate::catalog::inspect_url(&url, &filter).await?;
        out.extend(exposure_findings(ctx, &name, file, &before, &after));
        out.extend(lock_findings(ctx, path, file, text, &recorded, &before));
        match crate::plan::plan(&before, &after, crate::diff::diff(&before, &after)) {
            Ok(p) => out.extend(crate::lint::semantic::findings(
                &name,
                &p,
                static_findings,
                &ctx.config.lint,
            )),
            Err(e) => ctx.ui.info(format!(
                "lint: semantic tier: {name}: the change cannot be described yet ({e})"
            )),
        }
    }
    Ok(out)
}

/// What the file widened for the exposure roles, as `exposes-data` findings on the statements
/// that did it; what it narrowed, or opened within row level security, as notices.
fn exposure_findings(
    ctx: &Context_,
    name: &str,
    file: &lint::File,
    before: &crate::model::Schema,
    after: &crate::model::Schema,
) -> Vec<Finding> {
    let roles = &ctx.config.exposure_roles;
    let changes = crate::exposure::changes(
        &crate::exposure::exposure(before, roles),
        &crate::exposure::exposure(after, roles),
        before,
        after,
    );
    for c in changes
        .iter()
        .filter(|c| c.direction != crate::exposure::Direction::Widened)
    {
        ctx.ui
            .info(format!("lint: {name}: exposure: {}", c.message));
    }
    lint::exposure::findings(name, &file.stmts, &changes, &ctx.config.lint)
}

/// The statements whose recorded locks are stronger than their hazards declare.
fn lock_findings(
    ctx: &Context_,
    path: &Path,
    file: &lint::File,
    text: &str,
    recorded: &[crate::apply::locks::StatementLocks],
    before: &crate::model::Schema,
) -> Vec<Finding> {
    let mut declared: std::collections::BTreeMap<usize, Vec<crate::plan::hazard::Hazard>> =
        Default::default();
    for h in lint::hazards::statement_hazards(&file.path, text, &ctx.config.lint) {
        declared.entry(h.line).or_default().push(h.hazard);
    }
    let rec: Vec<lint::locks::Recorded<'_>> = recorded
        .iter()
        .filter(|s| s.file == path)
        .map(|s| lint::locks::Recorded {
            line: s.line,
            column: s.column,
            locks: &s.locks,
        })
        .collect();
    let existing = |t: &crate::model::QualifiedName| {
        before.tables.contains_key(t) || before.materialized_views.contains_key(t)
    };
    lint::locks::findings(
        &file.path,
        &file.stmts,
        &rec,
        &declared,
        &existing,
        &ctx.config.lint,
    )
}

fn sql_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "sql"))
        .collect();
    // Migration files sort by version, others by name.
    out.sort_by(|a, b| {
        let name = |p: &PathBuf| {
            p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        };
        let (na, nb) = (name(a), name(b));
        match (
            crate::migrations::files::MigrationName::parse(&na),
            crate::migrations::files::MigrationName::parse(&nb),
        ) {
            (Some(x), Some(y)) => x.cmp_version(&y).then(na.cmp(&nb)),
            _ => na.cmp(&nb),
        }
    });
    Ok(out)
}
