//! The access log: one line per request on stderr (time, method, path, status, duration). Never
//! the query string, the headers (the token) or the body.

use std::time::{Instant, SystemTime};

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

/// Middleware writing the request's line once the response is ready.
pub async fn access_log(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    eprintln!(
        "{} {method} {} {} {} ms",
        crate::time::utc_iso(SystemTime::now()),
        crate::redact::text(&path),
        response.status().as_u16(),
        started.elapsed().as_millis()
    );
    response
}
