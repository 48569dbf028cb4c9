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

mod raw;
mod resolve;
mod values;
use raw::*;
use resolve::*;
pub use values::parse_size;

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

/// `[serve]`: the deploy service's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeConfig {
    /// The environment variable that holds the API token.
    pub token_env: String,
}

/// Timeouts written into generated migrations (`[safety]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeouts {
    pub lock: String,
    pub statement: String,
    pub long_statement: String,
}

/// Which platform conventions apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// Supabase: platform-managed schemas are excluded from comparisons (the default where the
    /// project has a `supabase/` directory).
    #[default]
    Supabase,
    /// Plain PostgreSQL: only system schemas are excluded (the default elsewhere).
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

#[cfg(test)]
mod tests;
