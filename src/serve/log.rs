//! The access log: one line per request on stderr (time, method, path, status, duration). Never
//! the query string, the headers (the token) or the body. A request whose client went away
//! before the answer is logged too, with `-` for its status (its work goes on: see `routes`).

use std::time::{Instant, SystemTime};

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

/// Middleware writing the request's line once the response is ready (or the request is
/// dropped).
pub async fn access_log(request: Request, next: Next) -> Response {
    let mut line = Line {
        started: Instant::now(),
        method: request.method().to_string(),
        path: request.uri().path().to_string(),
        status: None,
    };
    let response = next.run(request).await;
    line.status = Some(response.status().as_u16());
    response
}

struct Line {
    started: Instant,
    method: String,
    path: String,
    status: Option<u16>,
}

impl Drop for Line {
    fn drop(&mut self) {
        eprintln!(
            "{} {} {} {} {} ms",
            crate::time::utc_iso(SystemTime::now()),
            self.method,
            crate::redact::text(&self.path),
            self.status
                .map_or("- (the client went away)".to_string(), |s| s.to_string()),
            self.started.elapsed().as_millis()
        );
    }
}
