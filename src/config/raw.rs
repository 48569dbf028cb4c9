//! `pgshift.toml` as written: one struct per table, each rejecting keys it does not know.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use super::*;

/// The file as written. Every table rejects keys it does not know.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    pub(super) migrations_dir: Option<PathBuf>,
    pub(super) rollbacks_dir: Option<PathBuf>,
    pub(super) preset: Option<Preset>,
    #[serde(default)]
    pub(super) schemas: RawSchemas,
    #[serde(default)]
    pub(super) shadow: RawShadow,
    #[serde(default)]
    pub(super) environments: BTreeMap<String, RawEnvironment>,
    #[serde(default)]
    pub(super) lint: RawLint,
    #[serde(default)]
    pub(super) safety: RawSafety,
    #[serde(default)]
    pub(super) diff: RawDiff,
    #[serde(default)]
    pub(super) seed: RawSeed,
    #[serde(default)]
    pub(super) serve: RawServe,
    #[serde(default)]
    pub(super) exposure: RawExposure,
    #[serde(default)]
    pub(super) deploy: RawDeploy,
    #[serde(default)]
    pub(super) declarative: RawDeclarative,
}

/// `[deploy]`: how `apply` checks a target before each migration.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDeploy {
    /// Check the target against the migrations replayed in a shadow before each hand-written
    /// file (default: true for production environments).
    pub(super) verify_before: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDeclarative {
    /// The directory of declarative schema files (`supabase/schemas`): `generate`'s default
    /// `--to`, always loaded in dependency order.
    pub(super) schema_dir: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawServe {
    /// The variable holding `pgshift serve`'s API token (default `PGSHIFT_API_TOKEN`).
    pub(super) token_env: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawExposure {
    /// The roles whose access `pgshift exposure` and the `exposes-data` hazard follow.
    pub(super) roles: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSeed {
    /// Data files loaded after the migrations (`verify --seed`, plan validation).
    pub(super) files: Option<Vec<PathBuf>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDiff {
    pub(super) owners: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSafety {
    pub(super) lock_timeout: Option<String>,
    pub(super) statement_timeout: Option<String>,
    pub(super) long_statement_timeout: Option<String>,
    /// Hazards no migration may carry unless a command allows them (`--allow-hazard`).
    #[serde(default)]
    pub(super) deny: Vec<String>,
    /// Tables at least this big (`"1GB"`) make rewrites, full scans and exclusive locks on them
    /// blocking, when the target's sizes are known.
    pub(super) large_table: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLint {
    #[serde(default)]
    pub(super) warn: Vec<String>,
    #[serde(default)]
    pub(super) block: Vec<String>,
    #[serde(default)]
    pub(super) disable: Vec<String>,
    #[serde(default)]
    pub(super) enable: Vec<String>,
    pub(super) semantic: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSchemas {
    #[serde(default)]
    pub(super) include: Vec<String>,
    #[serde(default)]
    pub(super) exclude: Vec<String>,
    /// Kinds of objects pgshift does not model that comparisons pass over instead of refusing.
    #[serde(default)]
    pub(super) ignore_unmodelled: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawShadow {
    pub(super) provider: Option<String>,
    pub(super) image: Option<String>,
    pub(super) url: Option<String>,
    pub(super) bin_dir: Option<PathBuf>,
    #[serde(default)]
    pub(super) setup: Vec<PathBuf>,
    pub(super) replay_user: Option<String>,
    pub(super) search_path: Option<String>,
    pub(super) cache: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEnvironment {
    pub(super) url: Option<String>,
    pub(super) url_env: Option<String>,
    pub(super) confirm: Option<bool>,
    pub(super) backup: Option<bool>,
    #[serde(default)]
    pub(super) checks: Vec<String>,
    #[serde(default)]
    pub(super) check_commands: Vec<String>,
    pub(super) check_timeout: Option<u64>,
    pub(super) rollback_on_failure: Option<bool>,
    pub(super) sslmode: Option<String>,
    pub(super) sslrootcert: Option<PathBuf>,
    pub(super) sslcert: Option<PathBuf>,
    pub(super) sslkey: Option<PathBuf>,
    /// A fleet: several databases deployed together (one of the three).
    pub(super) urls: Option<Vec<String>>,
    pub(super) urls_env: Option<String>,
    pub(super) urls_file: Option<PathBuf>,
    pub(super) jobs: Option<usize>,
    pub(super) canary: Option<usize>,
    /// Overrides `[deploy] verify_before` for this environment.
    pub(super) verify_before: Option<bool>,
    pub(super) fail_fast: Option<bool>,
}
