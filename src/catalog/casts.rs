//! Which column type conversions have no cast on a server. `ALTER COLUMN ... TYPE t USING c::t`
//! fails at once when PostgreSQL has no cast path from the old type to the new one (`cannot cast
//! type bigint to uuid`), whatever the rows hold. Only the server knows every path (pg_cast,
//! binary coercions, I/O conversions to and from string types, array and domain coercions,
//! user-defined casts), so each conversion a diff needs is asked of the server that will run
//! it, as `SELECT NULL::old::new`, which touches no data. The answers go into
//! `Schema::uncastable` of the side being diffed into.

use std::collections::BTreeSet;

use tokio_postgres::error::SqlState;

use super::InspectError;
use crate::db;
use crate::model::{Schema, TypeRef};

/// The conversions a diff from `from` into `to` needs: (old type, new type) of every column
/// both sides' tables have under the same name with different types. Pure.
pub fn needed(from: &Schema, to: &Schema) -> BTreeSet<(TypeRef, TypeRef)> {
    let mut out = BTreeSet::new();
    for (name, b) in &to.tables {
        let Some(a) = from.tables.get(name) else {
            continue;
        };
        for new in &b.columns {
            if let Some(old) = a.columns.iter().find(|c| c.name == new.name) {
                if old.data_type != new.data_type {
                    out.insert((old.data_type.clone(), new.data_type.clone()));
                }
            }
        }
    }
    out
}

/// The conversions of `pairs` that the server at `url` has no cast for. A type the server does
/// not know (created or dropped by the plan) is not judged here.
pub async fn probe(
    url: &str,
    pairs: &BTreeSet<(TypeRef, TypeRef)>,
) -> Result<BTreeSet<(TypeRef, TypeRef)>, InspectError> {
    let mut out = BTreeSet::new();
    if pairs.is_empty() {
        return Ok(out);
    }
    let client = db::connect(url).await.map_err(|e| InspectError::Query {
        query: "casts",
        message: e.to_string(),
    })?;
    for (old, new) in pairs {
        let sql = format!(
            "SELECT NULL::{}::{}",
            crate::sql::writer::type_ref(old),
            crate::sql::writer::type_ref(new)
        );
        if let Err(e) = client.simple_query(&sql).await {
            if e.code() == Some(&SqlState::CANNOT_COERCE) {
                out.insert((old.clone(), new.clone()));
            }
        }
    }
    Ok(out)
}

/// Fills both sides' `uncastable` with the conversions each direction needs, asked of the
/// server each direction runs on.
pub async fn probe_pair(
    a_url: &str,
    a: &mut Schema,
    b_url: &str,
    b: &mut Schema,
) -> Result<(), InspectError> {
    let (forward, back) = (needed(a, b), needed(b, a));
    let (into_b, into_a) =
        futures_util::future::join(probe(b_url, &forward), probe(a_url, &back)).await;
    b.uncastable = into_b?;
    a.uncastable = into_a?;
    Ok(())
}
