//! The routes: `GET /healthz` (no token), `GET /api/migrations` (what `status --format json`
//! prints) and `POST /api/migrations` (what `apply --env NAME [--dry-run] --yes` runs, answered
//! with its outcome); over a fleet, the fleet's documents (`serve::fleet`). The work of a request
//! runs in its own task, so a client that goes away does not cut a migration short; the server
//! waits for it before it exits.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{middleware, Router};
use serde::Deserialize;

use super::auth::{self, Token};
use super::log;
use crate::apply::outcome::{ApplyOutcome, RefusalKind, Verdict};
use crate::cli::deploy::Target;
use crate::cli::deploy_run::{self, Progress, RunOptions};
use crate::cli::fleet::Fleet;
use crate::cli::Context_;

/// What the server deploys: one database, or every database of a fleet environment.
pub enum Serving {
    One(Target),
    Fleet(Fleet),
}

impl Serving {
    /// For the first lines on stderr: the environment and where it is.
    pub fn describe(&self) -> String {
        match self {
            Serving::One(t) => format!("`{}` ({})", t.name, crate::redact::url(&t.url)),
            Serving::Fleet(f) => format!("`{}` ({} databases)", f.env.name, f.targets.len()),
        }
    }
}

/// What every request works from.
pub struct AppState {
    pub ctx: Context_,
    pub serving: Serving,
    pub token: Arc<Token>,
    /// Held by the request working on the environment: one at a time.
    pub busy: Arc<tokio::sync::Mutex<()>>,
}

pub fn router(state: Arc<AppState>) -> Router {
    let api = Router::new()
        .route("/api/migrations", get(status).post(deploy))
        .route_layer(middleware::from_fn_with_state(
            state.token.clone(),
            auth::require,
        ));
    Router::new()
        .route("/healthz", get(healthz))
        .merge(api)
        .layer(middleware::from_fn(log::access_log))
        .with_state(state)
}

async fn healthz() -> &'static str {
    "ok"
}

/// `GET /api/migrations`: waits for a running deploy, then reports.
async fn status(State(s): State<Arc<AppState>>) -> Response {
    let guard = s.busy.clone().lock_owned().await;
    let target = match &s.serving {
        Serving::One(t) => t.clone(),
        Serving::Fleet(f) => {
            let task = tokio::spawn({
                let (s, f) = (s.clone(), f.clone());
                async move {
                    let _guard = guard;
                    super::fleet::status(&s.ctx, &f).await
                }
            });
            return match task.await {
                Ok(Ok(body)) => json_body(&s, StatusCode::OK, body),
                Ok(Err(e)) => error(&s, StatusCode::INTERNAL_SERVER_ERROR, &format!("{e:#}")),
                Err(_) => error(
                    &s,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the status request stopped unexpectedly",
                ),
            };
        }
    };
    let task = tokio::spawn({
        let s = s.clone();
        async move {
            let _guard = guard;
            deploy_run::status_report(&s.ctx, &target).await
        }
    });
    match task.await {
        Ok(Ok(report)) => match report.to_json() {
            Ok(body) => json_body(&s, StatusCode::OK, body),
            Err(e) => error(&s, StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
        },
        Ok(Err(e)) => error(&s, StatusCode::INTERNAL_SERVER_ERROR, &format!("{e:#}")),
        Err(_) => error(
            &s,
            StatusCode::INTERNAL_SERVER_ERROR,
            "the status request stopped unexpectedly",
        ),
    }
}

/// `POST /api/migrations`: a deploy (or its dry run); `409` at once when one is running.
async fn deploy(State(s): State<Arc<AppState>>, body: Bytes) -> Response {
    let dry_run = match dry_run(&body) {
        Ok(d) => d,
        Err(message) => return error(&s, StatusCode::BAD_REQUEST, &message),
    };
    let Ok(guard) = s.busy.clone().try_lock_owned() else {
        return error(
            &s,
            StatusCode::CONFLICT,
            "a deploy is already running on this server; nothing was run; try again when it has finished",
        );
    };
    let target = match &s.serving {
        Serving::One(t) => t.clone(),
        Serving::Fleet(f) => {
            // Its own task: the run goes on (and keeps the server busy) if the client goes away.
            let task = tokio::spawn({
                let (s, f) = (s.clone(), f.clone());
                async move {
                    let _guard = guard;
                    super::fleet::deploy(&s.ctx, &f, dry_run).await
                }
            });
            return match task.await {
                Ok(Ok((code, body))) => json_body(&s, code, body),
                Ok(Err(e)) => error(&s, StatusCode::INTERNAL_SERVER_ERROR, &format!("{e:#}")),
                Err(_) => error(
                    &s,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the deploy stopped unexpectedly; `GET /api/migrations` shows what was applied",
                ),
            };
        }
    };
    let task = tokio::spawn({
        let s = s.clone();
        async move {
            let _guard = guard;
            let opts = RunOptions::service(&s.ctx, &target, dry_run);
            deploy_run::run(&s.ctx, &target, &opts, Progress::silent()).await
        }
    });
    match task.await {
        Ok(Ok(outcome)) => outcome_response(&s, &outcome),
        Ok(Err(e)) => error(&s, StatusCode::INTERNAL_SERVER_ERROR, &format!("{e:#}")),
        Err(_) => error(
            &s,
            StatusCode::INTERNAL_SERVER_ERROR,
            "the deploy stopped unexpectedly; `GET /api/migrations` shows what was applied",
        ),
    }
}

/// The body of `POST /api/migrations`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeployRequest {
    #[serde(rename = "dryRun", alias = "dry_run")]
    dry_run: Option<bool>,
}

/// Whether a request body asks for a dry run: `{"dryRun": false}` (or `dry_run`) deploys;
/// an empty body, `{}` or `null` is a dry run. Malformed JSON or an unknown field is refused,
/// named.
pub fn dry_run(body: &[u8]) -> Result<bool, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(true);
    }
    let request: DeployRequest = serde_json::from_slice(body).map_err(|e| {
        format!(
            "invalid request body: {e}; send a JSON object: {{\"dryRun\": true}} or {{\"dryRun\": false}}"
        )
    })?;
    Ok(request.dry_run.unwrap_or(true))
}

/// The HTTP status of a run: `200` done, `409` another deploy holds the lock, `422` refused or
/// failed (a migration or a check), `500` an error.
pub fn http_status(o: &ApplyOutcome) -> StatusCode {
    match o.result {
        Verdict::Applied | Verdict::UpToDate | Verdict::DryRun => StatusCode::OK,
        Verdict::Refused if o.refusal == Some(RefusalKind::LockHeld) => StatusCode::CONFLICT,
        Verdict::Refused | Verdict::Failed | Verdict::ChecksFailed => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Verdict::Error => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn outcome_response(s: &AppState, o: &ApplyOutcome) -> Response {
    /// An outcome that ends in an error also says it under `error`, as every `500` does.
    #[derive(serde::Serialize)]
    struct WithError<'a> {
        error: &'a str,
        #[serde(flatten)]
        outcome: &'a ApplyOutcome,
    }
    let code = http_status(o);
    let body = if code == StatusCode::INTERNAL_SERVER_ERROR {
        serde_json::to_string_pretty(&WithError {
            error: o.message.as_deref().unwrap_or("the deploy failed"),
            outcome: o,
        })
    } else {
        serde_json::to_string_pretty(o)
    };
    match body {
        Ok(body) => json_body(s, code, body),
        Err(e) => error(s, StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

/// `{"error": MESSAGE}`, redacted.
fn error(s: &AppState, code: StatusCode, message: &str) -> Response {
    let body = serde_json::json!({ "error": crate::redact::text(message) }).to_string();
    json_body(s, code, body)
}

fn json_body(s: &AppState, code: StatusCode, body: String) -> Response {
    (
        code,
        [(header::CONTENT_TYPE, "application/json")],
        s.token.scrub(&body) + "\n",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_says_whether_to_deploy_and_anything_else_is_named() {
        assert_eq!(dry_run(b""), Ok(true));
        assert_eq!(dry_run(b" \n"), Ok(true));
        assert_eq!(dry_run(b"{}"), Ok(true));
        assert_eq!(dry_run(br#"{"dryRun": null}"#), Ok(true));
        assert_eq!(dry_run(br#"{"dryRun": true}"#), Ok(true));
        assert_eq!(dry_run(br#"{"dryRun": false}"#), Ok(false));
        assert_eq!(dry_run(br#"{"dry_run": false}"#), Ok(false));
        let e = dry_run(br#"{"dryRun": false, "force": true}"#).unwrap_err();
        assert!(e.contains("unknown field `force`"), "{e}");
        let e = dry_run(br#"{"dryRun": "no"}"#).unwrap_err();
        assert!(e.contains("invalid type"), "{e}");
        let e = dry_run(b"{dryRun: false").unwrap_err();
        assert!(e.contains("line 1 column 2"), "{e}");
        let e = dry_run(br#"{"dryRun": false, "dry_run": false}"#).unwrap_err();
        assert!(e.contains("duplicate field"), "{e}");
    }

    #[test]
    fn statuses_follow_the_outcome() {
        let mut o = ApplyOutcome::new("staging", false);
        assert_eq!(http_status(&o), StatusCode::OK);
        o.refuse(RefusalKind::LockHeld, "busy".into());
        assert_eq!(http_status(&o), StatusCode::CONFLICT);
        o.refuse(RefusalKind::History, "edited".into());
        assert_eq!(http_status(&o), StatusCode::UNPROCESSABLE_ENTITY);
        o.finish(Verdict::Failed, None);
        assert_eq!(http_status(&o), StatusCode::UNPROCESSABLE_ENTITY);
        o.finish(Verdict::Error, None);
        assert_eq!(http_status(&o), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
