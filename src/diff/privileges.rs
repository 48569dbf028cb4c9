//! Default privileges (`ALTER DEFAULT PRIVILEGES`), compared against PostgreSQL's built-in
//! defaults where an entry is absent, and owners (`ALTER ... OWNER TO`) when the diff manages
//! them. Pure.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Change, Out};
use crate::model::*;

/// The privileges objects get when `role` creates them and no `ALTER DEFAULT PRIVILEGES` entry
/// exists (PostgreSQL docs, "Privileges", Table 5.2): the owner has every privilege of the kind,
/// and PUBLIC may execute functions and use types. Entries for one schema only add to these.
fn builtin_default_privileges(role: &str, object_type: &str, version: u32) -> Vec<Grant> {
    let owner: &[&str] = match object_type {
        "tables" if version >= 170000 => &[
            "SELECT",
            "INSERT",
            "UPDATE",
            "DELETE",
            "TRUNCATE",
            "REFERENCES",
            "TRIGGER",
            "MAINTAIN",
        ],
        "tables" => &[
            "SELECT",
            "INSERT",
            "UPDATE",
            "DELETE",
            "TRUNCATE",
            "REFERENCES",
            "TRIGGER",
        ],
        "sequences" => &["SELECT", "UPDATE", "USAGE"],
        "functions" => &["EXECUTE"],
        "types" => &["USAGE"],
        "schemas" => &["USAGE", "CREATE"],
        _ => &[],
    };
    let mut out: Vec<Grant> = owner
        .iter()
        .map(|p| Grant {
            grantee: role.to_string(),
            privilege: p.to_string(),
            grantable: false,
        })
        .collect();
    let public = match object_type {
        "functions" => Some("EXECUTE"),
        "types" => Some("USAGE"),
        _ => None,
    };
    if let Some(p) = public {
        out.push(Grant {
            grantee: "PUBLIC".into(),
            privilege: p.into(),
            grantable: false,
        });
    }
    out.sort();
    out
}

/// Default privileges as the grants each (role, schema, object type) gives, with absent entries
/// read as PostgreSQL's built-in defaults: revokes for what goes, grants for what comes. Entries
/// of a schema that is dropped go with it.
pub(super) fn diff_default_privileges(
    out: &mut Out,
    from: &Schema,
    to: &[DefaultPrivilege],
    to_schemas: &BTreeMap<String, Namespace>,
) {
    type Key = (String, Option<String>, String);
    let by_key = |list: &[DefaultPrivilege]| -> BTreeMap<Key, Vec<Grant>> {
        list.iter()
            .map(|d| {
                (
                    (d.role.clone(), d.schema.clone(), d.object_type.clone()),
                    d.grants.clone(),
                )
            })
            .collect()
    };
    let a = by_key(&from.default_privileges);
    let b = by_key(to);
    let keys: std::collections::BTreeSet<Key> = a.keys().chain(b.keys()).cloned().collect();
    for key in keys {
        let (role, schema, object_type) = &key;
        if schema.as_ref().is_some_and(|s| !to_schemas.contains_key(s)) {
            continue;
        }
        let implicit = || match schema {
            None => builtin_default_privileges(role, object_type, from.server_version),
            Some(_) => Vec::new(),
        };
        let before = a.get(&key).cloned().unwrap_or_else(implicit);
        let after = b.get(&key).cloned().unwrap_or_else(implicit);
        for (list, other, revoke) in [(&before, &after, true), (&after, &before, false)] {
            for g in list.iter().filter(|g| !other.contains(g)) {
                out.push(Change::DefaultPrivilege {
                    role: role.clone(),
                    schema: schema.clone(),
                    object_type: object_type.clone(),
                    grant: g.clone(),
                    revoke,
                });
            }
        }
    }
}

/// `ALTER ... OWNER TO` for every object whose owner differs between the schemas, and for every
/// object the plan creates or rebuilds (it would otherwise belong to whoever runs the plan).
pub fn owner_changes(from: &Schema, to: &Schema, changes: &[Change]) -> Vec<Change> {
    let created: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.creates())
        .map(|c| c.target())
        .collect();
    let before: HashMap<ObjectId, &str> = from.owners().into_iter().collect();
    to.owners()
        .into_iter()
        .filter(|(id, owner)| {
            !owner.is_empty() && (created.contains(id) || before.get(id) != Some(owner))
        })
        .map(|(target, owner)| Change::SetOwner {
            target,
            owner: owner.to_string(),
        })
        .collect()
}
