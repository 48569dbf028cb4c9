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

/// A size as PostgreSQL writes them (`8kB`, `500MB`, `1GB`, `2TB`, or bytes), in bytes; the units
/// are powers of 1024, as in `pg_size_pretty`. Case does not matter.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    let number: u64 = s[..digits].parse().ok()?;
    let factor: u64 = match s[digits..].trim().to_ascii_lowercase().as_str() {
        "" | "b" | "bytes" => 1,
        "kb" => 1 << 10,
        "mb" => 1 << 20,
        "gb" => 1 << 30,
        "tb" => 1 << 40,
        _ => return None,
    };
    number.checked_mul(factor)
}

/// A PostgreSQL duration as the timeout settings accept it: a number with an optional unit.
fn valid_duration(s: &str) -> bool {
    let s = s.trim();
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && ["", "ms", "s", "min", "h", "d"].contains(&s[digits..].trim())
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
    /// `sslmode`, `sslrootcert`, `sslcert`, `sslkey`: added to the URL unless it sets them.
    pub tls: Vec<(String, String)>,
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
        if let Some(key) = [("jobs", e.jobs.is_some()), ("canary", e.canary.is_some())]
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
                tls,
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
    })
}

/// The roles `[exposure] roles` names, or the preset's: `anon` and `authenticated` (the roles
/// Supabase's Data API runs requests as) under `supabase`, `PUBLIC` (everyone) under `none`,
/// where `PUBLIC` always comes first. Names are taken as written (role names are
/// case-sensitive); `public` in any case means `PUBLIC`.
fn exposure_roles(preset: Preset, listed: Option<Vec<String>>) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |r: String| {
        if !out.contains(&r) {
            out.push(r);
        }
    };
    if preset == Preset::None {
        push("PUBLIC".into());
    }
    let listed = match (listed, preset) {
        (Some(l), _) => l,
        (None, Preset::Supabase) => vec!["anon".into(), "authenticated".into()],
        (None, Preset::None) => vec![],
    };
    for r in listed {
        let r = r.trim().to_string();
        if r.is_empty() {
            return Err("[exposure] roles names an empty role".into());
        }
        push(if r.eq_ignore_ascii_case("public") {
            "PUBLIC".into()
        } else {
            r
        });
    }
    if out.is_empty() {
        return Err(
            "[exposure] roles is empty; name at least one role (or PUBLIC for everyone)".into(),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn load_text(text: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pgshift.toml");
        std::fs::write(&path, text).unwrap();
        Config::load(Some(&path), dir.path(), env)
    }

    #[test]
    fn defaults_work_without_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let c = Config::load(None, dir.path(), &no_env).unwrap();
        assert!(c.file.is_none());
        assert_eq!(c.migrations_dir, dir.path().join("supabase/migrations"));
        assert_eq!(c.rollbacks_dir, dir.path().join("supabase/rollbacks"));
        assert_eq!(c.shadow.spec, ShadowSpec::Auto);
        assert_eq!(c.preset, Preset::Supabase);
        assert!(c.excluded_schemas().contains(&"auth".to_string()));
    }

    #[test]
    fn unknown_keys_are_named() {
        let err = load_text("migrations_dir = 'm'\nmigration_dir = 'x'\n", &no_env).unwrap_err();
        assert!(err.to_string().contains("migration_dir"), "{err}");
        let err = load_text("[shadow]\nimage_name = 'x'\n", &no_env).unwrap_err();
        assert!(err.to_string().contains("image_name"), "{err}");
        let err = load_text(
            "[environments.prod]\nurl = 'postgres://h/db'\nconfrim = true\n",
            &no_env,
        )
        .unwrap_err();
        assert!(err.to_string().contains("confrim"), "{err}");
    }

    #[test]
    fn environments_resolve_urls_and_production_defaults() {
        let c = load_text(
            "[environments.staging]\nurl_env = 'STAGING_URL'\n[environments.production]\nurl = 'postgres://p/db'\n",
            &no_env,
        )
        .unwrap();
        let prod = c.environment("production").unwrap();
        assert!(prod.confirm && prod.backup);
        let staging = c.environment("staging").unwrap();
        assert!(!staging.confirm && !staging.backup);
        let err = staging.url().unwrap_err().to_string();
        assert!(err.contains("STAGING_URL"), "{err}");
        let err = c.environment("qa").unwrap_err().to_string();
        assert!(err.contains("production, staging"), "{err}");
    }

    #[test]
    fn a_fleet_has_one_list_and_its_own_keys() {
        let c = load_text(
            "[environments.tenants]\nurls = ['postgres://h/a', 'b=postgres://h/b']\njobs = 8\n\
             [environments.regions]\nurls_file = 'regions.txt'\n",
            &no_env,
        )
        .unwrap();
        let t = c.environment("tenants").unwrap();
        assert_eq!(
            t.fleet,
            Some(FleetUrls::List(vec![
                "postgres://h/a".into(),
                "b=postgres://h/b".into()
            ]))
        );
        assert_eq!((t.jobs, t.canary), (8, DEFAULT_CANARY));
        match &c.environment("regions").unwrap().fleet {
            Some(FleetUrls::File(p)) => assert!(p.is_absolute() && p.ends_with("regions.txt")),
            other => panic!("{other:?}"),
        }
        for (text, says) in [
            (
                "[environments.x]\nurls = []\nurls_env = 'V'\n",
                "has urls and urls_env",
            ),
            (
                "[environments.x]\nurl = 'postgres://h/a'\nurls_file = 't.txt'\n",
                "not both",
            ),
            (
                "[environments.x]\nurl = 'postgres://h/a'\njobs = 2\n",
                "jobs applies to",
            ),
            ("[environments.x]\nurls_env = 'V'\njobs = 0\n", "jobs = 0"),
            (
                "[environments.x]\nconfirm = true\n",
                "or for several databases",
            ),
        ] {
            let err = load_text(text, &no_env).unwrap_err().to_string();
            assert!(err.contains(says), "{text}: {err}");
        }
    }

    #[test]
    fn shadow_comes_from_env_before_file() {
        let env = |k: &str| (k == "PGSHIFT_SHADOW").then(|| "docker".to_string());
        let c = load_text("[shadow]\nprovider = 'local'\n", &env).unwrap();
        assert_eq!(c.shadow.spec, ShadowSpec::Docker);
        let c = load_text("[shadow]\nurl = 'postgres://u@h/db'\n", &no_env).unwrap();
        assert_eq!(
            c.shadow.spec,
            ShadowSpec::Server("postgres://u@h/db".into())
        );
        assert!(load_text("[shadow]\nprovider = 'podman'\n", &no_env).is_err());
    }

    #[test]
    fn bad_shadow_value_does_not_echo_a_password() {
        let err = ShadowSpec::parse("mysql://u:hunter2@h/db")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("hunter2"), "{err}");
    }

    #[test]
    fn ignore_unmodelled_takes_known_kinds_only() {
        let c = load_text(
            "[schemas]\nignore_unmodelled = ['cast', 'user_mapping']\n",
            &no_env,
        )
        .unwrap();
        assert_eq!(
            c.ignore_unmodelled.iter().collect::<Vec<_>>(),
            ["cast", "user_mapping"]
        );
        let err = load_text("[schemas]\nignore_unmodelled = ['casts']\n", &no_env)
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown kind `casts`"), "{err}");
        assert!(err.contains("cast, cluster_index"), "{err}");
    }

    #[test]
    fn seed_files_default_to_the_supabase_seed_when_it_exists() {
        let dir = tempfile::tempdir().unwrap();
        let c = Config::load(None, dir.path(), &no_env).unwrap();
        assert!(c.seed_files.is_empty());
        std::fs::create_dir(dir.path().join("supabase")).unwrap();
        std::fs::write(dir.path().join("supabase/seed.sql"), "").unwrap();
        let c = Config::load(None, dir.path(), &no_env).unwrap();
        assert_eq!(c.seed_files, [dir.path().join("supabase/seed.sql")]);
        let path = dir.path().join("pgshift.toml");
        std::fs::write(&path, "preset = 'none'\n").unwrap();
        let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
        assert!(
            c.seed_files.is_empty(),
            "the default belongs to the supabase preset"
        );
        std::fs::write(&path, "[seed]\nfiles = ['data/a.sql', 'data/b.sql']\n").unwrap();
        let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
        assert_eq!(
            c.seed_files,
            [dir.path().join("data/a.sql"), dir.path().join("data/b.sql")]
        );
        std::fs::write(&path, "[seed]\nfiles = []\n").unwrap();
        let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
        assert!(
            c.seed_files.is_empty(),
            "an empty list turns the default off"
        );
        std::fs::write(&path, "[seed]\nfile = 'x.sql'\n").unwrap();
        let err = Config::load(Some(&path), dir.path(), &no_env).unwrap_err();
        assert!(err.to_string().contains("`file`"), "{err}");
    }

    #[test]
    fn serve_reads_its_token_from_a_named_variable() {
        let c = load_text("", &no_env).unwrap();
        assert_eq!(c.serve.token_env, "PGSHIFT_API_TOKEN");
        let c = load_text("[serve]\ntoken_env = 'STAGING_API_TOKEN'\n", &no_env).unwrap();
        assert_eq!(c.serve.token_env, "STAGING_API_TOKEN");
        let err = load_text("[serve]\ntoken_env = ''\n", &no_env).unwrap_err();
        assert!(err.to_string().contains("token_env"), "{err}");
        let err = load_text("[serve]\ntoken = 'abc'\n", &no_env).unwrap_err();
        assert!(err.to_string().contains("`token`"), "{err}");
    }

    #[test]
    fn exposure_roles_and_large_table() {
        let c = load_text("", &no_env).unwrap();
        assert_eq!(c.exposure_roles, ["anon", "authenticated"]);
        assert_eq!(c.large_table, None);
        let c = load_text("preset = 'none'\n", &no_env).unwrap();
        assert_eq!(c.exposure_roles, ["PUBLIC"]);
        let c = load_text(
            "preset = 'none'\n[exposure]\nroles = ['web_anon', 'public']\n[safety]\nlarge_table = '1GB'\n",
            &no_env,
        )
        .unwrap();
        assert_eq!(c.exposure_roles, ["PUBLIC", "web_anon"]);
        assert_eq!(c.large_table, Some(1 << 30));
        let c = load_text("[exposure]\nroles = ['api_user']\n", &no_env).unwrap();
        assert_eq!(c.exposure_roles, ["api_user"]);
        let err = load_text("[exposure]\nroles = []\n", &no_env).unwrap_err();
        assert!(
            err.to_string().contains("[exposure] roles is empty"),
            "{err}"
        );
        let err = load_text("[safety]\nlarge_table = 'huge'\n", &no_env).unwrap_err();
        assert!(err.to_string().contains("large_table = \"huge\""), "{err}");
        let err = load_text("[exposure]\nrole = ['x']\n", &no_env).unwrap_err();
        assert!(err.to_string().contains("`role`"), "{err}");
        assert_eq!(parse_size("8kB"), Some(8192));
        assert_eq!(parse_size("500 MB"), Some(500 << 20));
        assert_eq!(parse_size("1024"), Some(1024));
        assert_eq!(parse_size("1.5GB"), None);
        assert_eq!(parse_size("GB"), None);
    }

    #[test]
    fn paths_are_relative_to_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let path = dir.path().join("sub/pgshift.toml");
        std::fs::write(&path, "migrations_dir = 'db/migrations'\n").unwrap();
        let c = Config::load(Some(&path), dir.path(), &no_env).unwrap();
        assert_eq!(c.migrations_dir, dir.path().join("sub/db/migrations"));
    }
}
