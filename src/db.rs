//! Connecting to PostgreSQL. Every connection pgshift opens goes through [`connect`], which sets
//! the application name and a connect timeout and turns failures into messages that name the
//! (redacted) URL and say what to check.

use std::str::FromStr;
use std::time::Duration;

use tokio_postgres::Client;

use crate::redact;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("invalid database URL {url}: {message}")]
    BadUrl { url: String, message: String },
    #[error("cannot connect to {url}: {message}\n  check that the server is running, the URL is right and the network allows it")]
    Connect { url: String, message: String },
    #[error("{0}")]
    Query(String),
}

/// Opens a connection; the connection task runs on the current Tokio runtime.
pub async fn connect(url: &str) -> Result<Client, DbError> {
    let (driver_url, tls) = crate::tls::split_url(url).map_err(|message| DbError::BadUrl {
        url: redact::url(url),
        message,
    })?;
    let connector = crate::tls::connector(&tls).map_err(|message| DbError::Connect {
        url: redact::url(url),
        message,
    })?;
    let mut config =
        tokio_postgres::Config::from_str(&driver_url).map_err(|e| DbError::BadUrl {
            url: redact::url(url),
            message: redact::text(&e.to_string()),
        })?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(10));
    }
    if config.get_application_name().is_none() {
        config.application_name("pgshift");
    }
    let (client, connection) = config.connect(connector).await.map_err(|e| {
        let mut message = redact::text(&error_text(&e));
        if let Some(hint) = crate::tls::failure_hint(&tls, &message) {
            message.push_str(&format!("\n  {hint}"));
        }
        DbError::Connect {
            url: redact::url(url),
            message,
        }
    })?;
    tokio::spawn(async move {
        // Errors surface on the client's next call; nothing to do here.
        let _ = connection.await;
    });
    Ok(client)
}

/// The most useful text of a driver error: the server's message (with detail and hint) when
/// there is one, else the driver's message with its cause.
pub fn error_text(e: &tokio_postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        let mut s = db.message().to_string();
        if let Some(d) = db.detail() {
            s.push_str(&format!("\n  detail: {d}"));
        }
        if let Some(h) = db.hint() {
            s.push_str(&format!("\n  hint: {h}"));
        }
        return s;
    }
    let mut s = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        s.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    s
}

/// Returns `url` with its database name replaced by `database`.
pub fn with_database(url: &str, database: &str) -> Result<String, DbError> {
    let mut parsed = url::Url::parse(url).map_err(|e| DbError::BadUrl {
        url: redact::url(url),
        message: e.to_string(),
    })?;
    parsed.set_path(&format!("/{database}"));
    Ok(parsed.to_string())
}

/// The server's major version (`server_version_num / 10000`).
pub async fn server_major(client: &Client) -> Result<u32, DbError> {
    let row = client
        .query_one("SELECT current_setting('server_version_num')::int", &[])
        .await
        .map_err(|e| DbError::Query(error_text(&e)))?;
    Ok(row.get::<_, i32>(0) as u32 / 10000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_is_replaced_and_the_rest_kept() {
        assert_eq!(
            with_database(
                "postgres://u:p@h:5432/app?sslmode=disable",
                "pgshift_shadow_x"
            )
            .unwrap(),
            "postgres://u:p@h:5432/pgshift_shadow_x?sslmode=disable"
        );
        assert_eq!(
            with_database("postgresql://h", "d").unwrap(),
            "postgresql://h/d"
        );
    }

    #[test]
    fn bad_url_error_hides_password() {
        let err = tokio_postgres::Config::from_str("postgres://u:hunter2@h:notaport/db")
            .map(|_| ())
            .map_err(|e| DbError::BadUrl {
                url: redact::url("postgres://u:hunter2@h:notaport/db"),
                message: redact::text(&e.to_string()),
            })
            .unwrap_err();
        assert!(!err.to_string().contains("hunter2"));
    }
}
