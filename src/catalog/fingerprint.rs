//! A schema's fingerprint: one query (`queries/fingerprint.sql`) that hashes a text line per
//! object, with no oid in it, on the server. Equal fingerprints mean equal schemas, so a database
//! compared with an expected schema whose fingerprint is known needs no full read when they match
//! (a fleet's drift checks); different fingerprints decide nothing: the full comparison does.

use tokio_postgres::Client;

use super::{Filter, InspectError};
use crate::db;

const QUERY: &str = include_str!("queries/fingerprint.sql");

/// The fingerprint of the schema the database on `client` holds (outside any transaction the
/// session has open: it opens and ends its own).
pub async fn fingerprint(client: &Client, filter: &Filter) -> Result<String, InspectError> {
    let error = |e: tokio_postgres::Error| InspectError::Query {
        query: "fingerprint",
        message: db::error_text(&e),
    };
    client
        .batch_execute("BEGIN READ ONLY; SET LOCAL search_path = ''; SET LOCAL jit = off")
        .await
        .map_err(error)?;
    let excluded: Vec<&str> = filter.excluded_schemas.iter().map(String::as_str).collect();
    let row = client.query_one(QUERY, &[&excluded]).await;
    let _ = client.batch_execute("COMMIT").await;
    let row = row.map_err(error)?;
    row.try_get::<_, Option<String>>(0)
        .map(Option::unwrap_or_default)
        .map_err(|e| InspectError::Row {
            query: "fingerprint",
            message: e.to_string(),
        })
}
