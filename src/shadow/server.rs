//! Shadow databases on an existing server: pgshift creates `pgshift_shadow_*` databases from
//! template0, works in them and drops them on every exit path. It never drops a database without
//! that prefix, and never touches the database named in the URL beyond connecting to it.

use super::cleanup::DATABASE_PREFIX;
use super::{ShadowError, ShadowProvider, ShadowServer};
use crate::db;
use crate::redact;

#[derive(Debug, Clone)]
pub struct ServerProvider {
    pub url: String,
}

impl ShadowProvider for ServerProvider {
    fn name(&self) -> &'static str {
        "server"
    }

    async fn start(&self) -> Result<ShadowServer, ShadowError> {
        let client = db::connect(&self.url).await?;
        let major = db::server_major(&client).await?;
        Ok(ShadowServer {
            provider: "server",
            admin_url: self.url.clone(),
            major_version: major,
            description: format!("server {} (PostgreSQL {major})", redact::url(&self.url)),
            drop_databases: true,
            local: None,
            _guard: None,
            lock: None,
        })
    }
}

/// Drops a shadow database from outside any async context (guards and signal handlers). Runs
/// on its own thread with its own runtime, so it works whether or not a runtime is running here.
pub fn drop_database_blocking(admin_url: &str, name: &str) -> Result<(), String> {
    if !name.starts_with(DATABASE_PREFIX) {
        return Err(format!("{name} was not created by pgshift"));
    }
    let admin_url = admin_url.to_string();
    let name = name.to_string();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        rt.block_on(async {
            let client = db::connect(&admin_url).await.map_err(|e| e.to_string())?;
            drop_database(&client, &admin_url, &name).await
        })
    })
    .join()
    .map_err(|_| "the cleanup thread panicked".to_string())?
}

/// Drops shadow database `name` through `admin` (connected with `admin_url`). A database that
/// holds subscriptions cannot be dropped (PostgreSQL docs, DROP DATABASE), and a subscription
/// with a slot name tries to drop its slot on the publisher: so each is first disabled, its slot
/// unset and dropped, inside the shadow (plans create them `WITH (connect = false)`, so there
/// is no slot of theirs on any publisher). WITH (FORCE) (PostgreSQL 13+) ends sessions still
/// connected to it.
pub async fn drop_database(
    admin: &tokio_postgres::Client,
    admin_url: &str,
    name: &str,
) -> Result<(), String> {
    use crate::sql::writer::ident;
    let subscriptions = admin
        .query(
            "SELECT s.subname::text FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid \
             WHERE d.datname = $1 ORDER BY 1",
            &[&name],
        )
        .await
        .map_err(|e| db::error_text(&e))?;
    if !subscriptions.is_empty() {
        let url = db::with_database(admin_url, name).map_err(|e| e.to_string())?;
        let shadow = db::connect(&url).await.map_err(|e| e.to_string())?;
        for row in subscriptions {
            let sub = ident(row.get::<_, &str>(0));
            shadow
                .batch_execute(&format!(
                    "ALTER SUBSCRIPTION {sub} DISABLE; \
                     ALTER SUBSCRIPTION {sub} SET (slot_name = NONE); \
                     DROP SUBSCRIPTION {sub}"
                ))
                .await
                .map_err(|e| db::error_text(&e))?;
        }
    }
    admin
        .batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            ident(name)
        ))
        .await
        .map_err(|e| db::error_text(&e))
}
