//! Measuring tables on a target: row estimates, total size and recent write rate, the evidence
//! size-dependent hazards carry (`plan::hazard::evidence`). One query, read-only.

use crate::db;
use crate::model::QualifiedName;
use crate::plan::hazard::evidence::{RecentWrites, Sizes, TableSize};

/// The sizes of `tables` in the database at `url`; tables it does not have are left out.
pub async fn measure(url: &str, tables: &[QualifiedName]) -> Result<Sizes, db::DbError> {
    if tables.is_empty() {
        return Ok(Sizes::new());
    }
    let client = db::connect(url).await?;
    measure_with(&client, tables).await
}

/// [`measure`] on an open connection.
pub async fn measure_with(
    client: &tokio_postgres::Client,
    tables: &[QualifiedName],
) -> Result<Sizes, db::DbError> {
    let schemas: Vec<&str> = tables.iter().map(|t| t.schema.as_str()).collect();
    let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
    let rows = client
        .query(include_str!("queries/sizes.sql"), &[&schemas, &names])
        .await
        .map_err(|e| {
            db::DbError::Query(format!("measuring table sizes: {}", db::error_text(&e)))
        })?;
    let mut out = Sizes::new();
    for r in rows {
        let table = QualifiedName::new(r.get::<_, String>(0), r.get::<_, String>(1));
        let writes: Option<i64> = r.get(4);
        let seconds: Option<i64> = r.get(5);
        out.insert(
            table.clone(),
            TableSize {
                table,
                rows: r.get(2),
                bytes: r.get(3),
                recent_writes: match (writes, seconds) {
                    (Some(rows), Some(seconds)) => Some(RecentWrites { rows, seconds }),
                    _ => None,
                },
            },
        );
    }
    Ok(out)
}
