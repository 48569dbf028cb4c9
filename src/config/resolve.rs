//! The file as written, checked and resolved into a [`Config`]: paths against the file's
//! directory, environment variables over the file, defaults where nothing is given.

use std::path::{Path, PathBuf};

use super::raw::*;
use super::values::{exposure_roles, valid_duration};
use super::*;

pub(super) fn parse(text: &str, path: &Path) -> Result<RawConfig, ConfigError> {
    toml::from_str(text).map_err(|e| ConfigError::Invalid {
        path: path.to_path_buf(),
        message: redact::text(e.to_string().trim_end()),
    })
}

/// A fleet environment's list of databases, checked for the keys that go with it: one of `urls`,
/// `urls_env`, `urls_file`, not beside `url`/`url_env`; `jobs` at least 1 and only on a fleet.
pub(super) fn fleet_urls(
    name: &str,
    e: &RawEnvironment,
    base: &Path,
) -> Result<Option<FleetUrls>, String> {
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

pub(super) fn resolve(
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
    // Unset, the preset follows the project: Supabase's conventions (its managed schemas left
    // out) only where a `supabase/` directory says this is a Supabase project. Elsewhere schemas
    // named `auth`, `storage` or `extensions` are the user's own and are compared like any other.
    let preset = preset.unwrap_or(if base.join("supabase").is_dir() {
        Preset::Supabase
    } else {
        Preset::None
    });
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
