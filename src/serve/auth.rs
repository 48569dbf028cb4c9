//! The API token: read once at start, at least [`MIN_LEN`] characters, compared in constant
//! time, never printed (its `Debug` is a placeholder).

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// The shortest token `pgshift serve` accepts.
pub const MIN_LEN: usize = 32;

/// The bearer token requests must present.
pub struct Token(String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(***)")
    }
}

impl Token {
    /// The token held by the variable `var` (`value` is its value, if set). The error says what
    /// to do and never holds the value.
    pub fn new(var: &str, value: Option<String>) -> Result<Self, String> {
        let how = "generate one with `openssl rand -hex 32`";
        match value {
            None => Err(format!(
                "no API token: set {var} to a secret of at least {MIN_LEN} characters ({how}); \
                 `[serve] token_env` in pgshift.toml names another variable"
            )),
            Some(v) if v.chars().count() < MIN_LEN => Err(format!(
                "the API token in {var} is too short ({} characters); use at least {MIN_LEN} ({how})",
                v.chars().count()
            )),
            Some(v) if v.trim() != v || v.chars().any(char::is_control) => Err(format!(
                "the API token in {var} starts or ends with whitespace or holds control characters; \
                 use a plain secret ({how})"
            )),
            Some(v) => Ok(Token(v)),
        }
    }

    /// Whether `presented` is the token. Both sides are hashed first, so the comparison takes
    /// the same time whatever the length or the first differing byte.
    pub fn matches(&self, presented: &[u8]) -> bool {
        let want = Sha256::digest(self.0.as_bytes());
        let got = Sha256::digest(presented);
        let diff = want
            .iter()
            .zip(got.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        std::hint::black_box(diff) == 0
    }

    /// Replaces the token wherever it appears in `text` (a last guard on error messages).
    pub fn scrub(&self, text: &str) -> String {
        text.replace(&self.0, "***")
    }
}

/// Middleware: `401` with no detail unless the request carries `Authorization: Bearer TOKEN`.
pub async fn require(State(token): State<Arc<Token>>, request: Request, next: Next) -> Response {
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .map(|v| v.as_bytes())
        .and_then(|v| {
            let (scheme, rest) = v.split_at(v.len().min(7));
            scheme.eq_ignore_ascii_case(b"bearer ").then_some(rest)
        });
    match presented {
        Some(t) if token.matches(t) => next.run(request).await,
        _ => (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
        )
            .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn short_missing_and_padded_tokens_are_refused_without_their_value() {
        let e = Token::new("PGSHIFT_API_TOKEN", None).unwrap_err();
        assert!(e.contains("PGSHIFT_API_TOKEN"), "{e}");
        let e = Token::new("T", Some("short-secret-value".into())).unwrap_err();
        assert!(
            e.contains("18 characters") && !e.contains("short-secret-value"),
            "{e}"
        );
        let e = Token::new("T", Some(format!(" {GOOD}"))).unwrap_err();
        assert!(!e.contains(GOOD), "{e}");
        assert!(Token::new("T", Some(GOOD.into())).is_ok());
    }

    #[test]
    fn only_the_exact_token_matches() {
        let t = Token::new("T", Some(GOOD.into())).unwrap();
        assert!(t.matches(GOOD.as_bytes()));
        assert!(!t.matches(&GOOD.as_bytes()[..31]));
        assert!(!t.matches(format!("{GOOD}x").as_bytes()));
        assert!(!t.matches(b""));
        assert!(!t.matches(GOOD.to_uppercase().as_bytes()));
        assert_eq!(format!("{t:?}"), "Token(***)");
        assert_eq!(t.scrub(&format!("a {GOOD} b")), "a *** b");
    }
}
