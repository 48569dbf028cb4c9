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
use crate::sql::writer::{literal, type_ref};

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

/// What the server at `url` says of the conversions in `pairs`: those it has no cast for, and
/// those it can cast but not in an assignment (`ALTER COLUMN ... TYPE` without `USING`). A
/// type the server does not know (created or dropped by the plan) is not judged here.
pub async fn probe(
    url: &str,
    pairs: &BTreeSet<(TypeRef, TypeRef)>,
) -> Result<Verdicts, InspectError> {
    let mut out = Verdicts::default();
    if pairs.is_empty() {
        return Ok(out);
    }
    let client = db::connect(url).await.map_err(|e| InspectError::Query {
        query: "casts",
        message: e.to_string(),
    })?;
    for (old, new) in pairs {
        let (old_sql, new_sql) = (type_ref(old), type_ref(new));
        let pair = (old.clone(), new.clone());
        if let Err(e) = client
            .simple_query(&format!("SELECT NULL::{old_sql}::{new_sql}"))
            .await
        {
            if e.code() == Some(&SqlState::CANNOT_COERCE) {
                out.uncastable.insert(pair);
            }
            continue;
        }
        let sql = ASSIGNABLE
            .replace("{old}", &literal(&old_sql))
            .replace("{new}", &literal(&new_sql));
        let assignable = client
            .query_one(&sql, &[])
            .await
            .map(|row| row.get::<_, Option<bool>>(0).unwrap_or(true))
            .unwrap_or(true);
        if !assignable {
            out.unassignable.insert(pair);
        }
    }
    Ok(out)
}

/// What [`probe`] found.
#[derive(Debug, Default)]
pub struct Verdicts {
    pub uncastable: BTreeSet<(TypeRef, TypeRef)>,
    pub unassignable: BTreeSet<(TypeRef, TypeRef)>,
}

/// Whether PostgreSQL converts `{old}` to `{new}` in an assignment, as its coercion rules do
/// (find_coercion_pathway): both types taken to their domains' base types; the same type, a
/// pg_cast entry marked assignment or implicit, arrays by their elements, or any type into a
/// string type (by I/O). Each step of the walk is tried; a cast between domains themselves is
/// never used by PostgreSQL, and a type that is not found answers NULL (judged assignable).
const ASSIGNABLE: &str = "WITH RECURSIVE w(s, t, n) AS (
  SELECT {old}::regtype::oid, {new}::regtype::oid, 0
  UNION ALL
  SELECT CASE WHEN st.typtype = 'd' THEN st.typbasetype
              WHEN tt.typtype = 'd' THEN w.s
              ELSE st.typelem END,
         CASE WHEN st.typtype = 'd' THEN w.t
              WHEN tt.typtype = 'd' THEN tt.typbasetype
              ELSE tt.typelem END,
         w.n + 1
  FROM w JOIN pg_type st ON st.oid = w.s JOIN pg_type tt ON tt.oid = w.t
  WHERE w.n < 16 AND (st.typtype = 'd' OR tt.typtype = 'd'
                      OR (st.typelem <> 0 AND st.typlen = -1 AND tt.typelem <> 0 AND tt.typlen = -1))
)
SELECT bool_or(w.s = w.t
               OR EXISTS (SELECT 1 FROM pg_cast c WHERE c.castsource = w.s AND c.casttarget = w.t
                            AND c.castcontext IN ('a', 'i'))
               OR (SELECT t.typcategory = 'S' FROM pg_type t WHERE t.oid = w.t))
FROM w";

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
    let (into_b, into_a) = (into_b?, into_a?);
    (b.uncastable, b.unassignable) = (into_b.uncastable, into_b.unassignable);
    (a.uncastable, a.unassignable) = (into_a.uncastable, into_a.unassignable);
    Ok(())
}
