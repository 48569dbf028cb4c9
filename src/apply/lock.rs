//! The deploy lock: a session-level advisory lock held for a whole apply or rollback, so two
//! deploys never interleave. PostgreSQL releases it when the session ends, so a killed pgshift
//! never leaves it behind; on every normal path it is released explicitly.
//!
//! Behind a transaction-mode pooler (PgBouncer or Supavisor in transaction mode, Supabase's port
//! 6543) session state does not survive between transactions: the lock would be taken on one
//! server connection and released on another. pgshift refuses such URLs; use the direct or
//! session-mode connection (Supabase: port 5432).

use std::time::{Duration, Instant};

use tokio_postgres::Client;

use super::ApplyError;
use crate::db;

/// `pgshift` as eight bytes: the key of the deploy lock.
pub const LOCK_KEY: i64 = 0x7067_7368_6966_7400;

/// Takes the lock, waiting up to `timeout` with a message while another deploy holds it.
pub async fn acquire(
    client: &Client,
    timeout: Duration,
    mut waiting: impl FnMut(),
) -> Result<(), ApplyError> {
    let start = Instant::now();
    let mut told = false;
    loop {
        let got: bool = client
            .query_one("SELECT pg_try_advisory_lock($1)", &[&LOCK_KEY])
            .await
            .map_err(|e| ApplyError::Db(db::error_text(&e)))?
            .get(0);
        if got {
            return Ok(());
        }
        if !told {
            waiting();
            told = true;
        }
        if start.elapsed() >= timeout {
            return Err(ApplyError::LockTimeout(timeout.as_secs()));
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

pub async fn release(client: &Client) {
    let _ = client
        .query_one("SELECT pg_advisory_unlock($1)", &[&LOCK_KEY])
        .await;
}

/// True when the URL points at Supabase's transaction-mode pooler port.
pub fn looks_like_transaction_pooler(url: &str) -> bool {
    url::Url::parse(url).ok().and_then(|u| u.port()) == Some(6543)
}
