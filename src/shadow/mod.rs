//! Throwaway "shadow" PostgreSQL servers and databases: one trait, three providers.
//!
//! - [`local::LocalProvider`]: `initdb` into a temp dir with local binaries (an initdb'd cluster is
//!   cached per PostgreSQL version and copied, so later starts skip initdb);
//! - [`docker::DockerProvider`]: a container started through the Docker engine (testcontainers);
//! - [`server::ServerProvider`]: an existing server where pgshift creates its own databases.
//!
//! Invariant: everything a provider starts or creates is registered with [`cleanup`] the moment it
//! exists, so no server, container, database or temp dir outlives pgshift, whatever way it ends.

pub mod binaries;
pub mod cleanup;
pub mod docker;
pub mod local;
pub mod scratch;
pub mod server;
pub mod template;

use std::sync::atomic::{AtomicU64, Ordering};

use tokio_postgres::Client;

use crate::config::{ShadowConfig, ShadowSpec};
use crate::db::{self, DbError};
use crate::redact;
use cleanup::{Action, Guard, DATABASE_PREFIX};

#[derive(Debug, thiserror::Error)]
pub enum ShadowError {
    #[error("no shadow database available: {0}")]
    NoProvider(String),
    #[error("local shadow: {0}")]
    Local(String),
    #[error("docker shadow: {0}")]
    Docker(String),
    #[error("shadow server: {0}")]
    Server(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// A source of throwaway PostgreSQL servers.
#[allow(async_fn_in_trait)]
pub trait ShadowProvider {
    /// `local`, `docker` or `server`.
    fn name(&self) -> &'static str;
    /// Starts (or connects to) a server pgshift may create databases in.
    async fn start(&self) -> Result<ShadowServer, ShadowError>;
}

/// A running server that holds shadow databases.
#[derive(Debug)]
pub struct ShadowServer {
    pub provider: &'static str,
    /// Superuser (or CREATEDB) connection to a maintenance database.
    admin_url: String,
    pub major_version: u32,
    /// Human-readable, redacted description (`local PostgreSQL 15 in /tmp/...`).
    pub description: String,
    /// Whether databases must be dropped one by one: a server we do not own, or a local server
    /// on the template cache's data directory, which outlives it.
    drop_databases: bool,
    /// The local server's data directory and how to restart it (local provider only).
    pub local: Option<local::Running>,
    /// Stops the server (None when the server is not ours).
    _guard: Option<Guard>,
    /// The template cache's lock on the data directory the server runs on, released after the
    /// guard has stopped the server (fields drop in order).
    lock: Option<std::fs::File>,
}

/// One database in a shadow server; dropped with the guard when the server is not ours.
#[derive(Debug)]
pub struct ShadowDatabase {
    pub name: String,
    pub url: String,
    _guard: Option<Guard>,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

impl ShadowServer {
    /// Creates a fresh, empty database from template0 (so nothing added to template1 leaks in).
    pub async fn create_database(&self) -> Result<ShadowDatabase, ShadowError> {
        self.create_database_from("template0").await
    }

    /// Creates a fresh database as a copy of `template` (template0, or a database of this server
    /// nobody is connected to).
    pub async fn create_database_from(
        &self,
        template: &str,
    ) -> Result<ShadowDatabase, ShadowError> {
        let name = unique_database_name();
        let _progress =
            crate::progress::spinner(format!("creating a shadow database from {template}"));
        let admin = db::connect(&self.admin_url).await?;
        // FILE_COPY (15+) copies template0's few files instead of WAL-logging every block,
        // which is about three times faster for a fresh database.
        let strategy = if self.major_version >= 15 {
            " STRATEGY FILE_COPY"
        } else {
            ""
        };
        admin
            .batch_execute(&format!(
                "CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'{strategy}",
                crate::sql::writer::ident(&name),
                crate::sql::writer::ident(template)
            ))
            .await
            .map_err(|e| {
                ShadowError::Server(format!(
                    "cannot create database {name} on {}: {}\n  the shadow role needs CREATEDB",
                    redact::url(&self.admin_url),
                    db::error_text(&e)
                ))
            })?;
        let guard = self.drop_databases.then(|| {
            Guard::register(Action::DropDatabase {
                admin_url: self.admin_url.clone(),
                name: name.clone(),
            })
        });
        let url = db::with_database(&self.admin_url, &name)?;
        Ok(ShadowDatabase {
            name,
            url,
            _guard: guard,
        })
    }

    /// Whether pgshift started this server (local or docker) and may change what belongs to the
    /// whole server, such as roles; a server given by URL is someone else's.
    pub fn is_ours(&self) -> bool {
        self._guard.is_some()
    }

    /// The names of the server's roles.
    pub async fn role_names(&self) -> Result<Vec<String>, ShadowError> {
        role_names(&self.admin().await?).await
    }

    /// The superuser URL of the maintenance database (holds no password for local servers).
    pub fn admin_url(&self) -> &str {
        &self.admin_url
    }

    /// Connects to the maintenance database as the shadow's superuser.
    pub async fn admin(&self) -> Result<Client, ShadowError> {
        Ok(db::connect(&self.admin_url).await?)
    }
}

/// The names of the roles of the server `admin` is connected to.
async fn role_names(admin: &Client) -> Result<Vec<String>, ShadowError> {
    let rows = admin
        .query("SELECT rolname::text FROM pg_roles ORDER BY 1", &[])
        .await
        .map_err(|e| DbError::Query(db::error_text(&e)))?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// `pgshift_shadow_<pid>_<time>_<n>`: unique per process and call, always with the prefix.
fn unique_database_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{DATABASE_PREFIX}{}_{:08x}_{}",
        std::process::id(),
        nanos,
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

/// Starts a shadow server as the config (and `--shadow`) says. `auto` tries local binaries, then
/// a Docker daemon. `target_major` picks the Docker image's version when it is known.
pub async fn start(
    cfg: &ShadowConfig,
    target_major: Option<u32>,
) -> Result<ShadowServer, ShadowError> {
    let _progress = crate::progress::spinner("starting a shadow PostgreSQL");
    match &cfg.spec {
        ShadowSpec::Local => local::LocalProvider::from_config(cfg)?.start().await,
        ShadowSpec::Docker => {
            docker::DockerProvider::from_config(cfg, target_major)
                .start()
                .await
        }
        ShadowSpec::Server(url) => server::ServerProvider { url: url.clone() }.start().await,
        ShadowSpec::Auto => {
            let local_err = match local::LocalProvider::from_config(cfg) {
                Ok(p) => return p.start().await,
                Err(e) => e,
            };
            let docker = docker::DockerProvider::from_config(cfg, target_major);
            if docker::daemon_reachable().await {
                return docker.start().await;
            }
            Err(ShadowError::NoProvider(format!(
                "{local_err}\n  and no Docker daemon answers.\n  Choose one of:\n    \
                 local:  install PostgreSQL (e.g. `apt-get install postgresql`) or set PG_BIN / [shadow] bin_dir to its bin directory\n    \
                 docker: start a Docker daemon (image from [shadow] image, default {})\n    \
                 server: pass --shadow postgres://USER@HOST/DB (or PGSHIFT_SHADOW, or [shadow] url) for a server where pgshift may create databases",
                docker.image()
            )))
        }
    }
}
