//! Command-line arguments (the CLI contract shared by every command) and dispatch.
//!
//! Each command lives in its own file with an args struct and `run(...) -> Result<Outcome>`.
//! Exit codes are decided in one place, `main.rs`: 0 success, 1 a check failed, 2 an error.

pub mod adopt;
pub mod deploy;
pub mod deploy_run;
pub mod diff;
pub mod drift;
pub mod export;
pub mod exposure;
pub mod fleet;
pub mod gate;
pub mod generate;
pub mod inspect;
pub mod lint;
pub mod new;
pub mod repair;
pub mod serve;
pub mod verify;

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};

use crate::config::{Config, ShadowSpec};
use crate::redact;

/// What a command concluded, when it did not fail with an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0: success, no drift, safe to deploy.
    Success,
    /// Exit 1: a check failed (drift, blocking findings, refused confirmation, invalid history).
    CheckFailed,
}

#[derive(Debug, Parser)]
#[command(
    name = "pgshift",
    version,
    about = "Safe PostgreSQL schema changes from SQL migration files",
    after_help = "Exit codes: 0 success, 1 a check failed (drift, blocking lint findings, hazards not allowed, \
                  confirmation refused, invalid migration history), 2 an error (bad input, bad config, \
                  connection failure, SQL error).\n\
                  SOURCE is a postgres:// or postgresql:// URL, a .sql file, a migrations directory, a directory of declarative schema files \
                  (`declarative:DIR`, or any directory whose files are not all named <version>_<name>.sql), `empty`, or `env:NAME`."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Config file (default: ./pgshift.toml when present).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Where shadow databases come from: auto, local, docker, or a postgres:// URL of a server
    /// where pgshift may create databases (overrides PGSHIFT_SHADOW and [shadow]).
    #[arg(long, global = true, value_name = "auto|local|docker|URL")]
    pub shadow: Option<String>,
    /// Leave this schema out of comparisons, as `[schemas] exclude` does (repeatable).
    #[arg(long, global = true, value_name = "NAME")]
    pub exclude_schema: Vec<String>,
    /// Replay migrations in full instead of cloning the template a previous run left in the
    /// shadow cache (as `[shadow] cache = false`).
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// More output (repeat for more).
    #[arg(short, long, global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,
    /// Only errors and results.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Replay all migrations into a fresh shadow database.
    Verify(verify::VerifyArgs),
    /// Show the schema of a SOURCE.
    Inspect(InspectArgs),
    /// SQL that turns one schema into another.
    Diff(DiffArgs),
    /// Write a new migration (and its rollback) from the difference between two schemas.
    Generate(GenerateArgs),
    /// Review migration files for dangerous operations.
    Lint(LintArgs),
    /// Check that a database matches what the migrations produce.
    Drift(DriftArgs),
    /// Apply pending migrations to an environment.
    Apply(ApplyArgs),
    /// Roll back applied migrations.
    Rollback(RollbackArgs),
    /// Show the migration state of an environment.
    Status(StatusArgs),
    /// Run an environment's post-deploy checks (`checks`, `check_commands`) alone.
    Check(CheckArgs),
    /// Create a new, empty migration file and its rollback.
    New(NewArgs),
    /// Serve deploys of one non-production environment over HTTP, behind a token.
    Serve(serve::ServeArgs),
    /// Show what each exposure role (`[exposure] roles`) can read or change in a SOURCE.
    Exposure(exposure::ExposureArgs),
    /// Take over a database with another tool's history (or none): find which local
    /// migrations it has applied by schema fingerprint, and with --write record them.
    Adopt(adopt::AdoptArgs),
    /// Mark one migration applied or pending by hand, refused when the schema contradicts it.
    Repair(repair::RepairArgs),
    /// Write a schema as declarative files (one per table, function, view...) that load back
    /// to the same schema.
    Export(export::ExportArgs),
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    pub source: String,
    #[arg(long, default_value = "json", value_parser = ["json", "sql"])]
    pub format: String,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Compare and set owners too (as `[diff] owners = true`).
    #[arg(long)]
    pub owners: bool,
    #[arg(long, value_name = "SOURCE")]
    pub from: String,
    #[arg(long, value_name = "SOURCE")]
    pub to: String,
    #[arg(long)]
    pub rollback: bool,
    /// Write statements that delete data as is, instead of commented out.
    #[arg(long)]
    pub allow_destructive: bool,
    /// Write statements with this hazard as is (repeatable; e.g. deletes-data).
    #[arg(long, value_name = "HAZARD", value_parser = parse_hazard)]
    pub allow_hazard: Vec<crate::plan::hazard::Hazard>,
    /// Refuse (exit 1) when a statement carries this hazard (repeatable; adds to `[safety]
    /// deny`; `--allow-hazard` lifts it).
    #[arg(long, value_name = "HAZARD", value_parser = parse_hazard)]
    pub deny_hazard: Vec<crate::plan::hazard::Hazard>,
    /// Convert a column whose type changes with this expression instead of a cast (repeatable;
    /// `schema.table.column=EXPRESSION`, e.g. `public.sessions.login_id=gen_random_uuid()`).
    /// Where no cast exists and no expression is given, the column is replaced (its values are
    /// lost). The rollback casts or replaces as usual.
    #[arg(long, value_name = "COLUMN=EXPRESSION", value_parser = parse_using)]
    pub using: Vec<((crate::model::QualifiedName, String), String)>,
    #[arg(long)]
    pub no_validate: bool,
    /// Validate the plan on empty tables only, instead of on tables holding the seed's rows (or
    /// a few generated rows per table).
    #[arg(long)]
    pub no_data_validation: bool,
    #[arg(long, default_value = "sql", value_parser = ["sql", "json"])]
    pub format: String,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Compare and set owners too (as `[diff] owners = true`).
    #[arg(long)]
    pub owners: bool,
    pub description: String,
    #[arg(long, value_name = "SOURCE")]
    pub from: Option<String>,
    #[arg(long, value_name = "SOURCE")]
    pub to: Option<String>,
    /// Write statements that delete data as is, instead of commented out.
    #[arg(long)]
    pub allow_destructive: bool,
    /// Write statements with this hazard as is (repeatable; e.g. deletes-data).
    #[arg(long, value_name = "HAZARD", value_parser = parse_hazard)]
    pub allow_hazard: Vec<crate::plan::hazard::Hazard>,
    /// Refuse (exit 1) when a statement carries this hazard (repeatable; adds to `[safety]
    /// deny`; `--allow-hazard` lifts it).
    #[arg(long, value_name = "HAZARD", value_parser = parse_hazard)]
    pub deny_hazard: Vec<crate::plan::hazard::Hazard>,
    /// Convert a column whose type changes with this expression instead of a cast (repeatable;
    /// `schema.table.column=EXPRESSION`, e.g. `public.sessions.login_id=gen_random_uuid()`).
    /// Where no cast exists and no expression is given, the column is replaced (its values are
    /// lost). The rollback casts or replaces as usual.
    #[arg(long, value_name = "COLUMN=EXPRESSION", value_parser = parse_using)]
    pub using: Vec<((crate::model::QualifiedName, String), String)>,
    #[arg(long)]
    pub no_validate: bool,
    /// Validate the plan on empty tables only, instead of on tables holding the seed's rows (or
    /// a few generated rows per table).
    #[arg(long)]
    pub no_data_validation: bool,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Files or directories to check (default: the migrations not yet applied to --env or
    /// --target, else every migration file).
    pub paths: Vec<PathBuf>,
    #[arg(long, default_value = "text", value_parser = ["text", "json", "github"])]
    pub format: String,
    /// Check only the migrations not yet applied to this environment.
    #[arg(long, conflicts_with = "target")]
    pub env: Option<String>,
    /// Check only the migrations not yet applied to this database.
    #[arg(long, value_name = "URL")]
    pub target: Option<String>,
    /// List the rules, their default severity and what they catch.
    #[arg(long)]
    pub list_rules: bool,
    /// Require the semantic tier: replay the files in a shadow database and report what they
    /// really change (catches changes no statement shows, such as a DROP built inside a DO
    /// block). It runs by default whenever a shadow database can be built; with this flag, not
    /// being able to build one is an error instead of a notice.
    #[arg(long, conflicts_with = "static_only")]
    pub semantic: bool,
    /// Run the static rules only (no shadow database); `[lint] semantic = false` in the config
    /// does the same for every run.
    #[arg(long)]
    pub static_only: bool,
    /// Findings whose hazards are all allowed (repeatable; e.g. exposes-data) are reported as
    /// warnings, which do not block.
    #[arg(long, value_name = "HAZARD", value_parser = parse_hazard)]
    pub allow_hazard: Vec<crate::plan::hazard::Hazard>,
    /// Report this rule's `info` notes as warnings, as `[lint] enable` does (repeatable, or
    /// comma-separated; the same flag as squawk's, whose opt-in rules are notes here).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub include: Vec<String>,
    /// Do not run this rule, as `[lint] disable` does (repeatable, or comma-separated; the same
    /// flag as squawk's).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub exclude: Vec<String>,
    #[command(flatten)]
    pub fleet: fleet::FleetArgs,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["env", "target"])))]
pub struct DriftArgs {
    /// Compare and set owners too (as `[diff] owners = true`).
    #[arg(long)]
    pub owners: bool,
    #[arg(long)]
    pub env: Option<String>,
    #[arg(long, value_name = "SOURCE")]
    pub target: Option<String>,
    #[arg(long, value_name = "SOURCE")]
    pub against: Option<String>,
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    #[command(flatten)]
    pub fleet: fleet::FleetArgs,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").args(["env", "target"])))]
pub struct ApplyArgs {
    #[arg(long)]
    pub env: Option<String>,
    #[arg(long, value_name = "URL")]
    pub target: Option<String>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub yes: bool,
    #[arg(long, value_name = "VERSION")]
    pub to: Option<String>,
    #[arg(long)]
    pub no_backup: bool,
    /// Apply pending migrations older than the newest applied one.
    #[arg(long)]
    pub allow_out_of_order: bool,
    /// Refuse (exit 1, nothing run) when a pending migration's statement carries this hazard
    /// (repeatable; adds to `[safety] deny`).
    #[arg(long, value_name = "HAZARD", value_parser = parse_hazard)]
    pub deny_hazard: Vec<crate::plan::hazard::Hazard>,
    /// Lift a denied hazard for this run (repeatable).
    #[arg(long, value_name = "HAZARD", value_parser = parse_hazard)]
    pub allow_hazard: Vec<crate::plan::hazard::Hazard>,
    /// Seconds to wait for another deploy's lock before giving up (exit 1).
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    pub lock_timeout: u64,
    /// Skip comparing the target with its migrations replayed in a shadow afterwards.
    #[arg(long)]
    pub no_drift_check: bool,
    /// When a post-deploy check or a migration of this run fails, roll back what this run
    /// applied (newest first, with their rollback files); also `[environments.NAME]
    /// rollback_on_failure = true`.
    #[arg(long)]
    pub rollback_on_failure: bool,
    /// `json`: print the run's outcome as one JSON object on stdout (what was applied, skipped
    /// or failed, lint findings, drift, checks, what was rolled back); progress stays on stderr.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// Run generated files even when the target is not the schema their header names (the
    /// fingerprint gate); each history row says so.
    #[arg(long)]
    pub ignore_fingerprint: bool,
    #[command(flatten)]
    pub fleet: fleet::FleetArgs,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").args(["env", "target"])))]
#[command(group(clap::ArgGroup::new("how").required(true).args(["last", "to"])))]
pub struct RollbackArgs {
    #[arg(long)]
    pub env: Option<String>,
    #[arg(long, value_name = "URL")]
    pub target: Option<String>,
    #[arg(long, value_name = "N")]
    pub last: Option<u32>,
    #[arg(long, value_name = "VERSION")]
    pub to: Option<String>,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub yes: bool,
    #[arg(long)]
    pub no_backup: bool,
    /// Seconds to wait for another deploy's lock before giving up (exit 1).
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    pub lock_timeout: u64,
    /// Skip comparing the target with its migrations replayed in a shadow afterwards.
    #[arg(long)]
    pub no_drift_check: bool,
    /// Output: text, or json (environments of several databases only, for now).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    #[command(flatten)]
    pub fleet: fleet::FleetArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long)]
    pub env: String,
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    #[command(flatten)]
    pub fleet: fleet::FleetArgs,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").args(["env", "target"])))]
pub struct StatusArgs {
    #[arg(long)]
    pub env: Option<String>,
    #[arg(long, value_name = "URL")]
    pub target: Option<String>,
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// Skip comparing the target with its applied migrations replayed in a shadow.
    #[arg(long)]
    pub no_drift_check: bool,
    #[command(flatten)]
    pub fleet: fleet::FleetArgs,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    pub description: String,
}

/// How much to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

/// Output for people, on stderr, redacted. Results meant for programs go to stdout.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub verbosity: Verbosity,
}

impl Ui {
    pub fn info(&self, msg: impl AsRef<str>) {
        if self.verbosity >= Verbosity::Normal {
            crate::progress::eprintln(&redact::text(msg.as_ref()));
        }
    }

    pub fn detail(&self, msg: impl AsRef<str>) {
        if self.verbosity >= Verbosity::Verbose {
            crate::progress::eprintln(&redact::text(msg.as_ref()));
        }
    }
}

/// Everything a command needs from the global options.
#[derive(Debug)]
pub struct Context_ {
    pub config: Config,
    pub ui: Ui,
    pub cwd: PathBuf,
}

impl Context_ {
    /// A path as people want to read it: relative to the working directory when inside it.
    pub fn rel(&self, path: &std::path::Path) -> String {
        path.strip_prefix(&self.cwd)
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

impl Global {
    fn context(&self) -> Result<Context_> {
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        let mut config = Config::load(self.config.as_deref(), &cwd, &|k| std::env::var(k).ok())?;
        if let Some(s) = &self.shadow {
            config.shadow.spec = ShadowSpec::parse(s)?;
        }
        if self.no_cache {
            config.shadow.cache = false;
        }
        config
            .exclude_schemas
            .extend(self.exclude_schema.iter().cloned());
        let verbosity = if self.quiet {
            Verbosity::Quiet
        } else if self.verbose > 0 {
            Verbosity::Verbose
        } else {
            Verbosity::Normal
        };
        Ok(Context_ {
            config,
            ui: Ui { verbosity },
            cwd,
        })
    }
}

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> Result<Outcome> {
    let mut ctx = cli.global.context()?;
    crate::progress::set_verbose(ctx.ui.verbosity >= Verbosity::Verbose);
    crate::progress::set_timings(!cli.global.quiet && cli.global.verbose >= 2);
    // Progress only for people watching a terminal; never in pipes, with -q or JSON output.
    crate::progress::enable(
        !cli.global.quiet
            && std::io::IsTerminal::is_terminal(&std::io::stderr())
            && std::env::var_os("PGSHIFT_NO_PROGRESS").is_none()
            && !cli.command.prints_json()
            // The deploy service's stderr is its access log.
            && !matches!(cli.command, Command::Serve(_)),
    );
    if let Command::Diff(DiffArgs { owners: true, .. })
    | Command::Generate(GenerateArgs { owners: true, .. })
    | Command::Drift(DriftArgs { owners: true, .. }) = &cli.command
    {
        ctx.config.diff.owners = true;
    }
    if let Command::Lint(LintArgs {
        include, exclude, ..
    }) = &cli.command
    {
        let lint = &mut ctx.config.lint;
        lint.enable
            .extend(include.iter().map(|r| r.trim().to_string()));
        lint.disable
            .extend(exclude.iter().map(|r| r.trim().to_string()));
        lint.validate()
            .map_err(|e| anyhow::anyhow!("--include/--exclude: {e}"))?;
    }
    match cli.command {
        Command::Verify(args) => verify::run(&ctx, args).await,
        Command::Inspect(args) => inspect::run(&ctx, args).await,
        Command::Diff(args) => diff::run(&ctx, args).await,
        Command::Generate(args) => generate::run(&ctx, args).await,
        Command::Lint(args) => lint::run(&ctx, args).await,
        Command::Drift(args) => drift::run(&ctx, args).await,
        Command::Apply(args) => deploy::apply(&ctx, args).await,
        Command::Rollback(args) => deploy::rollback(&ctx, args).await,
        Command::Status(args) => deploy::status(&ctx, args).await,
        Command::Check(args) => deploy::check(&ctx, args).await,
        Command::New(args) => new::run(&ctx, args),
        Command::Exposure(args) => exposure::run(&ctx, args).await,
        Command::Export(args) => export::run(&ctx, args).await,
        Command::Serve(args) => serve::run(&ctx, args).await,
        Command::Adopt(args) => adopt::run(&ctx, args).await,
        Command::Repair(args) => repair::run(&ctx, args).await,
    }
}

impl Command {
    /// Whether the command prints JSON (`--format json`): then nothing extra goes to stderr.
    fn prints_json(&self) -> bool {
        let format = match self {
            Command::Inspect(a) => &a.format,
            Command::Diff(a) => &a.format,
            Command::Lint(a) => &a.format,
            Command::Drift(a) => &a.format,
            Command::Status(a) => &a.format,
            Command::Check(a) => &a.format,
            Command::Apply(a) => &a.format,
            Command::Rollback(a) => &a.format,
            Command::Adopt(a) => &a.format,
            _ => return false,
        };
        format == "json"
    }
}

fn parse_hazard(s: &str) -> std::result::Result<crate::plan::hazard::Hazard, String> {
    crate::plan::hazard::Hazard::parse(s).ok_or_else(|| {
        format!(
            "unknown hazard `{s}`; one of: {}",
            crate::plan::hazard::Hazard::ALL
                .iter()
                .map(|h| h.name())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

/// `schema.table.column=EXPRESSION` (or `table.column=...`, in `public`); names as SQL writes
/// them (`"Mixed Case"` quoted).
fn parse_using(
    s: &str,
) -> std::result::Result<((crate::model::QualifiedName, String), String), String> {
    let usage = || {
        format!(
            "`{s}` is not COLUMN=EXPRESSION; write it like public.sessions.login_id=gen_random_uuid()"
        )
    };
    // The column's name ends at the first `=` outside double quotes.
    let mut quoted = false;
    let mut split = None;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '=' if !quoted => {
                split = Some(i);
                break;
            }
            _ => {}
        }
    }
    let at = split.ok_or_else(usage)?;
    let (column, expression) = (s[..at].trim(), s[at + 1..].trim());
    if expression.is_empty() {
        return Err(usage());
    }
    let mut parts: Vec<String> = Vec::new();
    let (mut cur, mut quoted, mut chars) = (String::new(), false, column.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            '.' if !quoted => parts.push(std::mem::take(&mut cur)),
            c if quoted => cur.push(c),
            c => cur.extend(c.to_lowercase()),
        }
    }
    parts.push(cur);
    let (schema, table, col) = match parts.as_slice() {
        [t, c] => ("public".to_string(), t.clone(), c.clone()),
        [s, t, c] => (s.clone(), t.clone(), c.clone()),
        _ => return Err(usage()),
    };
    if quoted || [&schema, &table, &col].iter().any(|p| p.is_empty()) {
        return Err(usage());
    }
    Ok((
        (crate::model::QualifiedName::new(schema, table), col),
        expression.to_string(),
    ))
}

/// Script options from `--allow-destructive`, `--allow-hazard`, `--deny-hazard` and the config.
pub fn script_options(
    ctx: &Context_,
    allow_destructive: bool,
    allow_hazard: &[crate::plan::hazard::Hazard],
    deny_hazard: &[crate::plan::hazard::Hazard],
) -> crate::plan::ScriptOptions {
    let t = &ctx.config.timeouts;
    let mut o = crate::plan::ScriptOptions {
        lock_timeout: t.lock.clone(),
        statement_timeout: t.statement.clone(),
        long_statement_timeout: t.long_statement.clone(),
        ..Default::default()
    };
    o.allowed.extend(allow_hazard.iter().copied());
    o.denied.extend(ctx.config.deny.iter().copied());
    o.denied.extend(deny_hazard.iter().copied());
    if allow_destructive {
        o.allowed.insert(crate::plan::hazard::Hazard::DeletesData);
    }
    o
}

/// Says which statements carry a denied hazard (on stderr); true when there are any: the command
/// then refuses with exit 1.
pub fn refuse_denied(plan: &crate::plan::Plan, opts: &crate::plan::ScriptOptions) -> bool {
    let denied = plan.denied(opts);
    if denied.is_empty() {
        return false;
    }
    eprintln!(
        "refused: {} statement(s) carry hazards that are not allowed ([safety] deny, --deny-hazard, \
         or on a table over [safety] large_table); pass --allow-hazard NAME to accept one:",
        denied.len()
    );
    for (step, hazards) in denied {
        let names: Vec<&str> = hazards.iter().map(|h| h.name()).collect();
        eprintln!(
            "  {}: {}",
            names.join(", "),
            step.sql.lines().next().unwrap_or("")
        );
        for h in step.hazards.iter().filter(|h| hazards.contains(&h.hazard)) {
            if let Some(e) = h.evidence.as_ref().filter(|e| e.blocks(h.hazard)) {
                eprintln!(
                    "    {}: {}",
                    h.hazard,
                    crate::plan::hazard::evidence::describe_size(&e.size)
                );
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn using_names_a_column_and_keeps_the_expression() {
        let ((t, c), e) = parse_using("public.sessions.login_id=login_id::text::uuid").unwrap();
        assert_eq!(t.to_string(), "public.sessions");
        assert_eq!(
            (c.as_str(), e.as_str()),
            ("login_id", "login_id::text::uuid")
        );
        let ((t, c), e) =
            parse_using("Events.\"At Time\" = to_timestamp(\"At Time\" = 1)").unwrap();
        assert_eq!(
            (t.schema.as_str(), t.name.as_str(), c.as_str()),
            ("public", "events", "At Time")
        );
        assert_eq!(e, "to_timestamp(\"At Time\" = 1)");
        let ((_, c), _) = parse_using("s.t.\"a\"\"b\"=1").unwrap();
        assert_eq!(c, "a\"b");
        assert!(parse_using("nope").is_err());
        assert!(parse_using("a.b.c.d=1").is_err());
        assert!(parse_using("t.c=").is_err());
        assert!(parse_using("c=1").is_err());
    }
}
