//! Ordering edges between grants and revokes that pass a privilege on: a role can grant a
//! privilege to others only while it holds it WITH GRANT OPTION, and the grants it made must
//! go before its own grant option does (PostgreSQL docs, REVOKE: "dependent privileges exist"
//! otherwise). Pure.
//!
//! - A grant made by a role other than the owner goes after the grant that gives that role the
//!   privilege with the grant option (on the object, or on the table of a column).
//! - A revoke of a grant a role made goes before the revoke of that role's own privilege.
//! - Both run as the grantor, which names the object through its schema: a grantor's `USAGE`
//!   on that schema is granted before, and revoked after, them (lookup needs it, docs
//!   "Schemas and Privileges").

use crate::diff::Change;
use crate::model::*;

/// (before, after) pairs of step indexes.
pub(super) fn grant_edges(changes: &[Change]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (j, c) in changes.iter().enumerate() {
        let (target, grant, granting) = match c {
            Change::Grant { target, grant } => (target, grant, true),
            Change::Revoke { target, grant } => (target, grant, false),
            _ => continue,
        };
        let Some(grantor) = &grant.grantor else {
            continue;
        };
        for (i, d) in changes.iter().enumerate() {
            let (on, of, same_verb) = match d {
                Change::Grant { target, grant } => (target, grant, granting),
                Change::Revoke { target, grant } => (target, grant, !granting),
                _ => continue,
            };
            if i == j || !same_verb || &of.grantee != grantor {
                continue;
            }
            let lookup = of.privilege == "USAGE"
                && matches!(on, ObjectId::Schema { name } if Some(name) == schema_of(target));
            if lookup {
                out.push(if granting { (i, j) } else { (j, i) });
                continue;
            }
            if of.privilege != grant.privilege || !covers(on, target) {
                continue;
            }
            if granting && of.grantable {
                // The grantor's grant option first.
                out.push((i, j));
            } else if !granting {
                // What the grantor gave, before what it holds.
                out.push((j, i));
            }
        }
    }
    out
}

/// Whether a privilege on `on` lets its holder grant the same privilege on `target`: the same
/// object, or the table (view) of a column.
fn covers(on: &ObjectId, target: &ObjectId) -> bool {
    if on == target {
        return true;
    }
    match (on, target) {
        (
            ObjectId::Table { name }
            | ObjectId::View { name }
            | ObjectId::MaterializedView { name },
            ObjectId::Column { table, .. },
        ) => name == table,
        _ => false,
    }
}

/// The schema through which a statement names `target`, if it names one.
fn schema_of(target: &ObjectId) -> Option<&String> {
    match target {
        ObjectId::Function { id } | ObjectId::Aggregate { id } => Some(&id.name.schema),
        ObjectId::Table { name }
        | ObjectId::View { name }
        | ObjectId::MaterializedView { name }
        | ObjectId::Sequence { name }
        | ObjectId::Type { name }
        | ObjectId::ForeignTable { name }
        | ObjectId::Column { table: name, .. } => Some(&name.schema),
        _ => None,
    }
}
