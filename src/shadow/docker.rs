//! Docker shadow servers through testcontainers: an image from the config (default: a locally
//! built `pgshift-postgres:<major>` when present, else the official `postgres:<major>`), a random
//! port mapped on 127.0.0.1, readiness by connecting, and removal on every exit path.
//!
//! testcontainers removes a container when its handle drops, but only inside a Tokio runtime and
//! never on a signal. pgshift therefore takes ownership of the container id and removes it through
//! its cleanup registry, which covers panics and signals too.

use std::time::Duration;

use testcontainers::core::{IntoContainerPort, WaitFor};
use testcontainers::runners::AsyncRunner;
use testcontainers::{GenericImage, ImageExt};

use super::cleanup::{Action, Guard};
use super::local::retry_until;
use super::{ShadowError, ShadowProvider, ShadowServer};
use crate::config::ShadowConfig;
use crate::db;

/// PostgreSQL major version used when no target version is known.
pub const DEFAULT_MAJOR: u32 = 15;

#[derive(Debug, Clone)]
pub struct DockerProvider {
    configured_image: Option<String>,
    major: u32,
}

impl DockerProvider {
    pub fn from_config(cfg: &ShadowConfig, target_major: Option<u32>) -> Self {
        Self {
            configured_image: cfg.image.clone(),
            major: target_major.unwrap_or(DEFAULT_MAJOR),
        }
    }

    /// The image to run: configured, else the locally built one if present, else the official.
    pub fn image(&self) -> String {
        self.configured_image
            .clone()
            .unwrap_or_else(|| format!("pgshift-postgres:{}", self.major))
    }

    /// The official image for the major version, used when the local one is not built.
    fn fallback_image(&self) -> String {
        format!("postgres:{}", self.major)
    }
}

impl ShadowProvider for DockerProvider {
    fn name(&self) -> &'static str {
        "docker"
    }

    async fn start(&self) -> Result<ShadowServer, ShadowError> {
        let image = match &self.configured_image {
            Some(i) => i.clone(),
            None if image_present(&self.image()).await => self.image(),
            None => self.fallback_image(),
        };
        let (name, tag) = match image.rsplit_once(':') {
            Some((n, t)) if !t.contains('/') => (n.to_string(), t.to_string()),
            _ => (image.clone(), "latest".to_string()),
        };
        let container = GenericImage::new(name, tag)
            .with_exposed_port(5432.tcp())
            .with_wait_for(WaitFor::Nothing)
            .with_env_var("POSTGRES_HOST_AUTH_METHOD", "trust")
            .with_env_var("POSTGRES_PASSWORD", "pgshift")
            .with_cmd(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])
            .start()
            .await
            .map_err(|e| {
                ShadowError::Docker(format!(
                    "cannot start image {image}: {e}\n  build the local image with docker/build-local-image.sh, \
                     or set [shadow] image to an image this Docker can run"
                ))
            })?;
        let id = container.id().to_string();
        let guard = Guard::register(Action::RemoveContainer { id: id.clone() });
        let port = container.get_host_port_ipv4(5432.tcp()).await;
        // Our guard owns removal from here on (see the module comment).
        std::mem::forget(container);
        let port = port.map_err(|e| {
            ShadowError::Docker(format!("container {id} has no port mapped for 5432: {e}"))
        })?;
        let admin_url = format!("postgres://postgres:pgshift@127.0.0.1:{port}/postgres");
        let client = retry_until(Duration::from_secs(60), || async {
            let c = db::connect(&admin_url).await?;
            // The official image restarts the server once after its init scripts: make sure the
            // final server answers by running a query.
            c.simple_query("SELECT 1")
                .await
                .map_err(|e| db::DbError::Query(e.to_string()))?;
            Ok::<_, db::DbError>(c)
        })
        .await
        .map_err(|e| {
            ShadowError::Docker(format!(
                "container {id} from {image} never accepted connections: {e}"
            ))
        })?;
        let major = db::server_major(&client).await?;
        Ok(ShadowServer {
            provider: "docker",
            admin_url,
            major_version: major,
            description: format!(
                "docker container {} from {image} on 127.0.0.1:{port}",
                &id[..12.min(id.len())]
            ),
            drop_databases: false,
            local: None,
            _guard: Some(guard),
            lock: None,
        })
    }
}

async fn image_present(image: &str) -> bool {
    tokio::process::Command::new("docker")
        .args(["image", "inspect", image])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .await
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Whether a Docker daemon answers (`docker version` reaches the server).
pub async fn daemon_reachable() -> bool {
    let run = tokio::process::Command::new("docker")
        .args(["version", "--format", "{{.Server.Version}}"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    matches!(tokio::time::timeout(Duration::from_secs(5), run).await, Ok(Ok(s)) if s.success())
}
