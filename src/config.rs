//! `pgshift.toml` and the environment variables that override it.
//!
//! Invariants: unknown keys are errors that name the key; every path in the config is resolved
//! against the directory holding the config file; defaults work with no file at all. Environment
//! variables win over the file (`PGSHIFT_SHADOW` for the shadow, `DATABASE_URL` for a default
//! target), and command-line flags win over both.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::redact;

mod values;
pub use values::parse_size;
use values::{exposure_roles, valid_duration};

/// The name of the config file looked up in the working directory when `--config` is not given.
pub const CONFIG_FILE: &str = "pgshift.toml";

/// Schemas a Supabase project's platform manages; the `supabase` preset leaves them out of
/// comparisons (user objects attached to them are still kept by the catalog).
pub const SUPABASE_MANAGED_SCHEMAS: &[&str] = &[
    "auth",
    "storage",
    "realtime",
    "_realtime",
    "extensions",
    "graphql",
    "graphql_public",
    "vault",
    "pgsodium",
    "pgsodium_masks",
    "supabase_functions",
    "supabase_migrations",
    "net",
    "cron",
    "pgbouncer",
    "_analytics",
];

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {}: {error}", path.display())]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("invalid config file {}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
    #[error("unknown environment `{name}`: {hint}")]
    UnknownEnvironment { name: String, hint: String },
    #[error("environment `{name}` has no URL: {hint}")]
    MissingUrl { name: String, hint: String },
    #[error("invalid --shadow / PGSHIFT_SHADOW value `{0}`: use auto, local, docker or a postgres:// URL")]
    BadShadow(String),
    /// A fleet's list of databases (`urls`, `urls_env`, `urls_file`) is not valid; `origin`
    /// names where (the file and line, the variable, or the list entry).
    #[error("{origin}: {message}")]
    Targets { origin: String, message: String },
}

/// The file as written. Every table rejects keys it does not know.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    migrations_dir: Option<PathBuf>,
    rollbacks_dir: Option<PathBuf>,
    preset: Option<Preset>,
    #[serde(default)]
    schemas: RawSchemas,
    #[serde(default)]
    shadow: RawShadow,
    #[serde(default)]
    environments: BTreeMap<String, RawEnvironment>,
    #[serde(default)]
    lint: RawLint,
    #[serde(default)]
    safety: RawSafety,
    #[serde(default)]
    diff: RawDiff,
    #[serde(default)]
    seed: RawSeed,
    #[serde(default)]
    serve: RawServe,
    #[serde(default)]
    exposure: RawExposure,
    #[serde(default)]
    deploy: RawDeploy,
    #[serde(default)]
    declarative: RawDeclarative,
}

/// `[deploy]`: how `apply` checks a target before each migration.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeploy {
    /// Check the target against the migrations replayed in a shadow before each hand-written
    /// file (default: true for production environments).
    verify_before: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeclarative {
    /// The directory of declarative schema files (`supabase/schemas`): `generate`'s default
    /// `--to`, always loaded in dependency order.
    schema_dir: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServe {
    /// The variable holding `pgshift serve`'s API token (default `PGSHIFT_API_TOKEN`).
    token_env: Option<String>,
}

/// `[serve]`: the deploy service's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeConfig {
    /// The environment variable that holds the API token.
    pub token_env: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExposure {
    /// The roles whose access `pgshift exposure` and the `exposes-data` hazard follow.
    roles: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSeed {
    /// Data files loaded after the migrations (`verify --seed`, plan validation).
    files: Option<Vec<PathBuf>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDiff {
    owners: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSafety {
    lock_timeout: Option<String>,
    statement_timeout: Option<String>,
    long_statement_timeout: Option<String>,
    /// Hazards no migration may carry unless a command allows them (`--allow-hazard`).
    #[serde(default)]
    deny: Vec<String>,
    /// Tables at least this big (`"1GB"`) make rewrites, full scans and exclusive locks on them
    /// blocking, when the target's sizes are known.
    large_table: Option<String>,
}

/// Timeouts written into generated migrations (`[safety]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeouts {
    pub lock: String,
    pub statement: String,
    pub long_statement: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLint {
    #[serde(default)]
    warn: Vec<String>,
    #[serde(default)]
    block: Vec<String>,
    #[serde(default)]
    disable: Vec<String>,
    #[serde(default)]
    enable: Vec<String>,
    semantic: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchemas {
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    /// Kinds of objects pgshift does not model that comparisons pass over instead of refusing.
    #[serde(default)]
    ignore_unmodelled: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawShadow {
    provider: Option<String>,
    image: Option<String>,
    url: Option<String>,
    bin_dir: Option<PathBuf>,
    #[serde(default)]
    setup: Vec<PathBuf>,
    replay_user: Option<String>,
    search_path: Option<String>,
    cache: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnvironment {
    url: Option<String>,
    url_env: Option<String>,
    confirm: Option<bool>,
    backup: Option<bool>,
    #[serde(default)]
    checks: Vec<String>,
    #[serde(default)]
    check_commands: Vec<String>,
    check_timeout: Option<u64>,
    rollback_on_failure: Option<bool>,
    sslmode: Option<String>,
    sslrootcert: Option<PathBuf>,
    sslcert: Option<PathBuf>,
    sslkey: Option<PathBuf>,
    /// A fleet: several databases deployed together (one of the three).
    urls: Option<Vec<String>>,
    urls_env: Option<String>,
    urls_file: Option<PathBuf>,
    jobs: Option<usize>,
    canary: Option<usize>,
    /// Overrides `[deploy] verify_before` for this environment.
    verify_before: Option<bool>,
    fail_fast: Option<bool>,
}

/// Which platform conventions apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// Supabase: platform-managed schemas are excluded from comparisons.
    #[default]
    Supabase,
    /// Plain PostgreSQL: only system schemas are excluded.
    None,
}

/// Where throwaway shadow databases come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShadowSpec {
    /// Local binaries if found, else Docker if a daemon answers.
    Auto,
    /// `initdb` into a temp dir with local PostgreSQL binaries.
    Local,
    /// A container started through the Docker engine.
    Docker,
    /// An existing server where pgshift creates (and drops) its own databases.
    Server(String),
}

impl ShadowSpec {
    pub fn parse(s: &str) -> Result<Self, ConfigError> {
        match s.trim() {
            "auto" => Ok(Self::Auto),
            "local" => Ok(Self::Local),
            "docker" => Ok(Self::Docker),
            u if is_postgres_url(u) => Ok(Self::Server(u.to_string())),
            other => Err(ConfigError::BadShadow(redact::text(other))),
        }
    }
}

/// True for `postgres://` and `postgresql://` URLs.
pub fn is_postgres_url(s: &str) -> bool {
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

#[derive(Debug, Clone)]
pub struct ShadowConfig {
    pub spec: ShadowSpec,
    /// Docker image; `None` means pgshift's default.
    pub image: Option<String>,
    pub bin_dir: Option<PathBuf>,
    /// SQL files replayed into every shadow before the migrations (roles and schemas the platform
    /// provides, for example).
    pub setup: Vec<PathBuf>,
    /// Role that replays the migrations, when it is not the shadow's superuser.
    pub replay_user: Option<String>,
    /// search_path the migrations are replayed with, when they rely on one being set.
    pub search_path: Option<String>,
    /// Whether replayed migrations are kept as a template database to clone next time
    /// (`[shadow] cache`, default true; `--no-cache` turns it off). See `shadow::template`.
    pub cache: bool,
}

#[derive(Debug, Clone)]
pub struct Environment {
    pub name: String,
    url: Option<String>,
    url_env: Option<String>,
    pub confirm: bool,
    pub backup: bool,
    /// Post-deploy checks: SQL queries returning one boolean, and shell commands.
    pub checks: crate::apply::checks::Checks,
    /// Roll back what an `apply` run applied when a check or a migration of it fails.
    pub rollback_on_failure: bool,
    /// The databases of a fleet environment (`urls`, `urls_env` or `urls_file`); `None` for an
    /// environment of one database (`url`, `url_env`). Resolved by `fleet::targets`.
    pub fleet: Option<FleetUrls>,
    /// A fleet's databases worked on at once (`jobs`, default 4).
    pub jobs: usize,
    /// A fleet's databases that go first, one by one (`canary`, default 1).
    pub canary: usize,
    /// A fleet starts no new database after one did not succeed (`fail_fast`, default false;
    /// `--fail-fast` sets it for one run).
    pub fail_fast: bool,
    /// `sslmode`, `sslrootcert`, `sslcert`, `sslkey`: added to the URL unless it sets them.
    pub tls: Vec<(String, String)>,
    /// Before each hand-written pending file (one without a schema fingerprint), compare the
    /// target with the migrations replayed in a shadow up to it (`verify_before`, `[deploy]
    /// verify_before`; default: true for production).
    pub verify_before: bool,
}

/// Where a fleet environment's databases are listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FleetUrls {
    /// `urls = [...]`: each a URL or `name=URL`.
    List(Vec<String>),
    /// `urls_env = "VAR"`: the variable holds URLs (or `name=URL`) separated by newlines or
    /// commas.
    Env(String),
    /// `urls_file = "tenants.txt"` (resolved against the config file's directory): one URL or
    /// `name=URL` a line, `#` comments.
    File(PathBuf),
}

/// Default of `[environments.NAME] jobs`.
pub const DEFAULT_JOBS: usize = 4;
/// Default of `[environments.NAME] canary`.
pub const DEFAULT_CANARY: usize = 1;

impl Environment {
    /// The environment's URL: `url_env`'s variable when set, else `url`.
    pub fn url(&self) -> Result<String, ConfigError> {
        if self.fleet.is_some() {
            return Err(ConfigError::MissingUrl {
                name: self.name.clone(),
                hint:
                    "it lists several databases (`urls`, `urls_env` or `urls_file`); this command \
                       works on one database: pass its URL instead (apply, rollback, status, drift \
                       and lint --env cover the whole fleet)"
                        .into(),
            });
        }
        self.bare_url()
            .map(|url| crate::tls::with_params(&url, &self.tls))
    }

    fn bare_url(&self) -> Result<String, ConfigError> {
        if let Some(var) = &self.url_env {
            match std::env::var(var) {
                Ok(v) if !v.trim().is_empty() => return Ok(v),
                _ if self.url.is_none() => {
                    return Err(ConfigError::MissingUrl {
                        name: self.name.clone(),
                        hint: format!("set the environment variable {var}"),
                    })
                }
                _ => {}
            }
        }
        self.url.clone().ok_or_else(|| ConfigError::MissingUrl {
            name: self.name.clone(),
            hint: format!(
                "add `url` or `url_env` under [environments.{}] in pgshift.toml",
                self.name
            ),
        })
    }
}

/// The resolved configuration every command works from.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it came from, if any.
    pub file: Option<PathBuf>,
    pub migrations_dir: PathBuf,
    pub rollbacks_dir: PathBuf,
    pub preset: Preset,
    pub include_schemas: Vec<String>,
    pub exclude_schemas: Vec<String>,
    /// `[schemas] ignore_unmodelled`: kinds of objects the model does not hold that `diff`,
    /// `generate` and `drift` pass over instead of refusing (see `diff::guard`).
    pub ignore_unmodelled: std::collections::BTreeSet<String>,
    pub shadow: ShadowConfig,
    pub environments: BTreeMap<String, Environment>,
    /// `[lint]`: which rules warn, block or do not run.
    pub lint: crate::lint::Options,
    /// `[safety]`: timeouts of generated migrations.
    pub timeouts: Timeouts,
    /// `[safety] deny`: hazards that make `diff`, `generate` and `apply` refuse (exit 1).
    pub deny: std::collections::BTreeSet<crate::plan::hazard::Hazard>,
    /// `[diff]`: what comparisons cover beyond the schema (owners).
    pub diff: crate::diff::Options,
    /// `[seed] files`: data loaded after the migrations by `verify --seed` and by plan
    /// validation (default under the `supabase` preset: `supabase/seed.sql` when it exists).
    pub seed_files: Vec<PathBuf>,
    /// `[serve]`: where `pgshift serve` reads its token.
    pub serve: ServeConfig,
    /// `[exposure] roles`: whose access the exposure report and the `exposes-data` hazard
    /// follow (default: `anon` and `authenticated` under the `supabase` preset, else `PUBLIC`;
    /// `PUBLIC` is always added under the `none` preset).
    pub exposure_roles: Vec<String>,
    /// `[safety] large_table` in bytes: with the target's sizes known, rewrites, full scans
    /// and exclusive locks on a table at least this big block, and on a smaller one are notes.
    pub large_table: Option<u64>,
    /// `[deploy] verify_before` as written (`None`: production environments verify, others do
    /// not; a bare `--target URL` does not).
    pub verify_before: Option<bool>,
    /// `[declarative] schema_dir`: the declarative schema files, when the project has them.
    pub declarative_dir: Option<PathBuf>,
}

impl Config {
    /// Loads `explicit` if given (it must exist), else `pgshift.toml` in `cwd` if present, else
    /// defaults. `env` is the process environment, passed in so tests can control it.
    pub fn load(
        explicit: Option<&Path>,
        cwd: &Path,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let (file, raw) = match explicit {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|error| ConfigError::Read {
                    path: path.to_path_buf(),
                    error,
                })?;
                (Some(path.to_path_buf()), parse(&text, path)?)
            }
            None => {
                let path = cwd.join(CONFIG_FILE);
                match std::fs::read_to_string(&path) {
                    Ok(text) => (Some(path.clone()), parse(&text, &path)?),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        (None, RawConfig::default())
                    }
                    Err(error) => return Err(ConfigError::Read { path, error }),
                }
            }
        };
        let base = match &file {
            Some(f) => match f.parent() {
                Some(p) if !p.as_os_str().is_empty() => cwd.join(p),
                _ => cwd.to_path_buf(),
            },
            None => cwd.to_path_buf(),
        };
        resolve(raw, file, &base, env)
    }

    /// Schemas left out of comparisons: the preset's managed schemas plus `schemas.exclude`.
    pub fn excluded_schemas(&self) -> Vec<String> {
        let mut out: Vec<String> = match self.preset {
            Preset::Supabase => SUPABASE_MANAGED_SCHEMAS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            Preset::None => Vec::new(),
        };
        out.extend(self.exclude_schemas.iter().cloned());
        out.retain(|s| !self.include_schemas.contains(s));
        out.sort();
        out.dedup();
        out
    }

    pub fn environment(&self, name: &str) -> Result<&Environment, ConfigError> {
        self.environments.get(name).ok_or_else(|| ConfigError::UnknownEnvironment {
            name: name.to_string(),
            hint: if self.environments.is_empty() {
                format!(
                    "no environments are configured; add [environments.{name}] with `url` or `url_env` to {}",
                    self.file_label()
                )
            } else {
                format!(
                    "configured environments are: {}",
                    self.environments.keys().cloned().collect::<Vec<_>>().join(", ")
                )
            },
        })
    }

    fn file_label(&self) -> String {
        self.file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| CONFIG_FILE.to_string())
    }
}

fn parse(text: &str, path: &Path) -> Result<RawConfig, ConfigError> {
    toml::from_str(text).map_err(|e| ConfigError::Invalid {
        path: path.to_path_buf(),
        message: redact::text(e.to_string().trim_end()),
    })
}

/// A fleet environment's list of databases, checked for the keys that go with it: one of `urls`,
/// `urls_env`, `urls_file`, not beside `url`/`url_env`; `jobs` at least 1 and only on a fleet.
fn fleet_urls(name: &str, e: &RawEnvironment, base: &Path) -> Result<Option<FleetUrls>, String> {
    let given: Vec<&str> = [
        ("urls", e.urls.is_some()),
        ("urls_env", e.urls_env.is_some()),
        ("urls_file", e.urls_file.is_some()),
    ]
    .iter()
    .filter(|(_, set)| *set)
    .map(|(k, _)| *k)
    .collect();
    if given.len() > 1 {
        return Err(format!(
            "[environments.{name}] has {}: keep one list of databases",
            given.join(" and ")
        ));
    }
    if !given.is_empty() && (e.url.is_some() || e.url_env.is_some()) {
        return Err(format!(
            "[environments.{name}] has `{}` beside `url`/`url_env`: an environment is one database \
             (`url`, `url_env`) or several (`urls`, `urls_env`, `urls_file`), not both",
            given[0]
        ));
    }
    if given.is_empty() {
        if let Some(key) = [
            ("jobs", e.jobs.is_some()),
            ("canary", e.canary.is_some()),
            ("fail_fast", e.fail_fast.is_some()),
        ]
        .iter()
        .find(|(_, set)| *set)
        .map(|(k, _)| *k)
        {
            return Err(format!(
                "[environments.{name}] {key} applies to environments of several databases \
                 (`urls`, `urls_env` or `urls_file`)"
            ));
        }
        return Ok(None);
    }
    if e.jobs == Some(0) {
        return Err(format!(
            "[environments.{name}] jobs = 0: at least one database must run at a time"
        ));
    }
    Ok(Some(if let Some(list) = &e.urls {
        FleetUrls::List(list.clone())
    } else if let Some(var) = &e.urls_env {
        FleetUrls::Env(var.clone())
    } else {
        FleetUrls::File(base.join(e.urls_file.as_ref().expect("one key is given")))
    }))
}

fn resolve(
    raw: RawConfig,
    file: Option<PathBuf>,
    base: &Path,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Config, ConfigError> {
    let RawConfig {
        migrations_dir,
        rollbacks_dir,
        preset,
        schemas,
        shadow,
        environments,
        lint,
        safety,
        diff,
        seed,
        serve,
        exposure,
        deploy,
        declarative,
    } = raw;
    let invalid = |message: String| ConfigError::Invalid {
        path: file.clone().unwrap_or_else(|| PathBuf::from(CONFIG_FILE)),
        message,
    };
    let spec = match env("PGSHIFT_SHADOW").filter(|v| !v.trim().is_empty()) {
        Some(v) => ShadowSpec::parse(&v)?,
        None => match (shadow.provider.as_deref(), &shadow.url) {
            (None | Some("server"), Some(url)) => ShadowSpec::parse(url).map_err(|_| {
                invalid("[shadow] url must be a postgres:// or postgresql:// URL".into())
            })?,
            (Some("server"), None) => {
                return Err(invalid("[shadow] provider = \"server\" needs `url`".into()))
            }
            (Some(p), _) => ShadowSpec::parse(p).map_err(|_| {
                invalid(format!(
                    "[shadow] provider `{p}` is not one of auto, local, docker, server"
                ))
            })?,
            (None, None) => ShadowSpec::Auto,
        },
    };
    let mut envs = BTreeMap::new();
    for (name, e) in environments {
        let fleet = fleet_urls(&name, &e, base).map_err(invalid)?;
        if e.url.is_none() && e.url_env.is_none() && fleet.is_none() {
            return Err(invalid(format!(
                "[environments.{name}] needs `url` or `url_env` (the name of a variable holding the URL), \
                 or for several databases `urls`, `urls_env` or `urls_file`"
            )));
        }
        if let Some(u) = &e.url {
            if !is_postgres_url(u) {
                return Err(invalid(format!(
                    "[environments.{name}] url must start with postgres:// or postgresql://"
                )));
            }
        }
        let production = name == "production" || name == "prod";
        if let Some(mode) = &e.sslmode {
            if crate::tls::SslMode::parse(mode).is_none() {
                return Err(invalid(format!(
                    "[environments.{name}] sslmode `{mode}` is not one of disable, allow, prefer, require, verify-ca, verify-full"
                )));
            }
        }
        let mut tls: Vec<(String, String)> = e
            .sslmode
            .map(|m| ("sslmode".into(), m))
            .into_iter()
            .collect();
        for (key, path) in [
            ("sslrootcert", e.sslrootcert),
            ("sslcert", e.sslcert),
            ("sslkey", e.sslkey),
        ] {
            if let Some(path) = path {
                let value = if path.as_os_str() == "system" || path.is_absolute() {
                    path.display().to_string()
                } else {
                    base.join(path).display().to_string()
                };
                tls.push((key.into(), value));
            }
        }
        envs.insert(
            name.clone(),
            Environment {
                name,
                url: e.url,
                url_env: e.url_env,
                confirm: e.confirm.unwrap_or(production),
                backup: e.backup.unwrap_or(production),
                checks: crate::apply::checks::Checks {
                    sql: e.checks,
                    commands: e.check_commands,
                    timeout: std::time::Duration::from_secs(e.check_timeout.unwrap_or(30)),
                },
                rollback_on_failure: e.rollback_on_failure.unwrap_or(false),
                fleet,
                jobs: e.jobs.unwrap_or(DEFAULT_JOBS),
                canary: e.canary.unwrap_or(DEFAULT_CANARY),
                fail_fast: e.fail_fast.unwrap_or(false),
                tls,
                verify_before: e
                    .verify_before
                    .or(deploy.verify_before)
                    .unwrap_or(production),
            },
        );
    }
    let lint = crate::lint::Options {
        warn: lint.warn.into_iter().collect(),
        block: lint.block.into_iter().collect(),
        disable: lint.disable.into_iter().collect(),
        enable: lint.enable.into_iter().collect(),
        static_only: lint.semantic == Some(false),
    };
    lint.validate()
        .map_err(|m| invalid(format!("[lint] {m}")))?;
    let mut timeouts = Timeouts {
        lock: "3s".into(),
        statement: "1min".into(),
        long_statement: "1h".into(),
    };
    for (key, value, slot) in [
        ("lock_timeout", safety.lock_timeout, &mut timeouts.lock),
        (
            "statement_timeout",
            safety.statement_timeout,
            &mut timeouts.statement,
        ),
        (
            "long_statement_timeout",
            safety.long_statement_timeout,
            &mut timeouts.long_statement,
        ),
    ] {
        if let Some(v) = value {
            if !valid_duration(&v) {
                return Err(invalid(format!(
                    "[safety] {key} = \"{v}\" is not a duration; write it like \"3s\", \"500ms\", \"5min\" or \"1h\""
                )));
            }
            *slot = v.trim().to_string();
        }
    }
    let deny = safety
        .deny
        .iter()
        .map(|name| {
            crate::plan::hazard::Hazard::parse(name.trim()).ok_or_else(|| {
                invalid(format!(
                    "[safety] deny names an unknown hazard `{name}`; one of: {}",
                    crate::plan::hazard::Hazard::ALL
                        .iter()
                        .map(|h| h.name())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })
        })
        .collect::<Result<_, _>>()?;
    let ignore_unmodelled = schemas
        .ignore_unmodelled
        .iter()
        .map(|kind| {
            let kind = kind.trim();
            if crate::model::UNMODELLED_KINDS.contains(&kind) {
                Ok(kind.to_string())
            } else {
                Err(invalid(format!(
                    "[schemas] ignore_unmodelled names an unknown kind `{kind}`; one of: {}",
                    crate::model::UNMODELLED_KINDS.join(", ")
                )))
            }
        })
        .collect::<Result<_, _>>()?;
    let token_env = match serve.token_env {
        None => "PGSHIFT_API_TOKEN".to_string(),
        Some(v) if !v.trim().is_empty() && !v.contains('=') => v.trim().to_string(),
        Some(v) => {
            return Err(invalid(format!(
                "[serve] token_env = \"{v}\" is not the name of an environment variable; write it like \"STAGING_API_TOKEN\""
            )))
        }
    };
    let preset = preset.unwrap_or_default();
    let large_table = match &safety.large_table {
        None => None,
        Some(v) => Some(parse_size(v).filter(|&b| b > 0).ok_or_else(|| {
            invalid(format!(
                "[safety] large_table = \"{v}\" is not a size; write it like \"500MB\", \"1GB\" or \"2TB\""
            ))
        })?),
    };
    let exposure_roles = exposure_roles(preset, exposure.roles).map_err(invalid)?;
    let seed_files = match seed.files {
        Some(files) => files.into_iter().map(|p| base.join(p)).collect(),
        None => {
            let default = base.join("supabase/seed.sql");
            if preset == Preset::Supabase && default.is_file() {
                vec![default]
            } else {
                Vec::new()
            }
        }
    };
    Ok(Config {
        file,
        migrations_dir: base.join(migrations_dir.unwrap_or_else(|| "supabase/migrations".into())),
        rollbacks_dir: base.join(rollbacks_dir.unwrap_or_else(|| "supabase/rollbacks".into())),
        preset,
        include_schemas: schemas.include,
        exclude_schemas: schemas.exclude,
        ignore_unmodelled,
        shadow: ShadowConfig {
            spec,
            image: shadow.image,
            bin_dir: shadow.bin_dir.map(|p| base.join(p)),
            setup: shadow.setup.into_iter().map(|p| base.join(p)).collect(),
            replay_user: shadow.replay_user,
            search_path: shadow.search_path,
            cache: shadow.cache.unwrap_or(true),
        },
        environments: envs,
        lint,
        timeouts,
        deny,
        diff: crate::diff::Options {
            owners: diff.owners.unwrap_or(false),
        },
        seed_files,
        serve: ServeConfig { token_env },
        exposure_roles,
        large_table,
        verify_before: deploy.verify_before,
        declarative_dir: declarative.schema_dir.map(|p| base.join(p)),
    })
}

#[cfg(test)]
mod tests;
