//! Binding, serving and stopping: the bound address as the first line on stdout (`:0` picks a
//! port, so callers read it there), and on SIGTERM/SIGINT no new requests while the running one
//! finishes; a second signal stops at once (a migration in flight then rolls back with its
//! session).

use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use tokio::sync::Notify;

use super::routes::{self, AppState};
use crate::shadow::cleanup;

pub async fn run(state: AppState, addr: SocketAddr) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| {
        format!("cannot listen on {addr}; choose another address with --listen")
    })?;
    let bound = listener.local_addr()?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "listening on http://{bound}")?;
        out.flush()?;
    }
    if !bound.ip().is_loopback() {
        eprintln!(
            "warning: listening on {bound}, which is not a loopback address: anyone who can reach it \
             and holds the token can deploy; put TLS in front of it"
        );
    }
    eprintln!(
        "serving deploys of environment {}: POST /api/migrations, GET /api/migrations, GET /healthz",
        state.serving.describe()
    );
    let stop = Arc::new(Notify::new());
    cleanup::on_next_signal({
        let stop = stop.clone();
        move || stop.notify_one()
    });
    let busy = state.busy.clone();
    let app = routes::router(Arc::new(state));
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            stop.notified().await;
            eprintln!(
                "stopping: no new requests; the running one finishes first (signal again to stop at once)"
            );
        })
        .await
        .context("the server stopped")?;
    // A deploy whose client went away still runs: wait for it.
    let _idle = busy.lock().await;
    eprintln!("stopped");
    Ok(())
}
