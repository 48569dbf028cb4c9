//! `pgshift serve` over a fleet environment: `GET /api/migrations` answers what
//! `status --env NAME --format json` prints for the fleet, `POST /api/migrations` runs what
//! `apply --env NAME [--dry-run] --yes --format json` runs over it (canaries, `jobs`,
//! `fail_fast` from the environment) and answers its document.
//!
//! The fleet runner keeps its tasks on one thread (see `fleet::run`), so a request's run goes to a
//! thread of its own with its own single-threaded runtime; the request task waits for it and the
//! run finishes even when the client goes away. Per-target lines are not printed: the server logs
//! one line per request.

use anyhow::{Context, Result};
use axum::http::StatusCode;

use crate::cli::fleet::{self, Fleet};
use crate::cli::{ApplyArgs, Context_, Verbosity};
use crate::fleet::Outcome;

/// The fleet's status document.
pub async fn status(ctx: &Context_, fleet: &Fleet) -> Result<String> {
    let (ctx, fleet) = (quiet(ctx), fleet.clone());
    on_own_thread(move || async move {
        let ran = fleet::run_status(&ctx, &fleet, false).await?;
        Ok(ran.document(&fleet))
    })
    .await
}

/// A deploy (or its dry run) of every target: the HTTP status and the document.
pub async fn deploy(ctx: &Context_, fleet: &Fleet, dry_run: bool) -> Result<(StatusCode, String)> {
    let (ctx, fleet) = (quiet(ctx), fleet.clone());
    on_own_thread(move || async move {
        let ran = fleet::run_apply(&ctx, &fleet, service_args(&fleet, dry_run)).await?;
        let outcomes: Vec<Outcome> = ran.finished.results.iter().map(|r| r.outcome).collect();
        Ok((http_status(&outcomes), ran.document(&fleet)))
    })
    .await
}

/// What `apply --env NAME [--dry-run] --yes` takes, except that a deploy lock held on a target
/// makes that target `lock_busy` at once instead of waiting (as the one-database service).
fn service_args(fleet: &Fleet, dry_run: bool) -> ApplyArgs {
    ApplyArgs {
        env: Some(fleet.env.name.clone()),
        target: None,
        dry_run,
        yes: true,
        to: None,
        no_backup: false,
        allow_out_of_order: false,
        deny_hazard: Vec::new(),
        allow_hazard: Vec::new(),
        lock_timeout: 0,
        no_drift_check: false,
        rollback_on_failure: false,
        ignore_fingerprint: false,
        format: "json".into(),
        fleet: Default::default(),
    }
}

/// `200` when every target succeeded; `409` when nothing ran because another deploy held the
/// deploy lock (a target `lock_busy`, the others skipped or with nothing to do); `422` when any
/// target did not succeed.
pub fn http_status(outcomes: &[Outcome]) -> StatusCode {
    if outcomes.iter().all(|o| o.ok()) {
        return StatusCode::OK;
    }
    let busy = outcomes.contains(&Outcome::LockBusy);
    let nothing_ran = outcomes.iter().all(|o| {
        matches!(
            o,
            Outcome::LockBusy | Outcome::Skipped | Outcome::NothingToDo
        )
    });
    if busy && nothing_ran {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

/// The server's context with per-target lines off.
fn quiet(ctx: &Context_) -> Context_ {
    Context_ {
        config: ctx.config.clone(),
        ui: crate::cli::Ui {
            verbosity: Verbosity::Quiet,
        },
        cwd: ctx.cwd.clone(),
    }
}

async fn on_own_thread<T, F, Fut>(work: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<T>>,
{
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("pgshift-fleet".into())
        .spawn(move || {
            let result = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .context("cannot start the fleet's runtime")
                .and_then(|rt| rt.block_on(work()));
            let _ = tx.send(result);
        })
        .context("cannot start the fleet's thread")?;
    rx.await
        .map_err(|_| anyhow::anyhow!("the fleet run stopped unexpectedly"))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_targets() {
        use Outcome::*;
        assert_eq!(http_status(&[Applied, NothingToDo]), StatusCode::OK);
        assert_eq!(http_status(&[DryRun, DryRun]), StatusCode::OK);
        assert_eq!(
            http_status(&[Applied, Failed]),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            http_status(&[Applied, LockBusy]),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(http_status(&[LockBusy, Skipped]), StatusCode::CONFLICT);
        assert_eq!(http_status(&[NothingToDo, LockBusy]), StatusCode::CONFLICT);
        assert_eq!(
            http_status(&[ChecksFailed, Applied]),
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
}
