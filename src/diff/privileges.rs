//! Default privileges (`ALTER DEFAULT PRIVILEGES`), compared against PostgreSQL's built-in
//! defaults where an entry is absent, and owners (`ALTER ... OWNER TO`) when the diff manages
//! them. Pure.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Change, IdentityAction, Out};
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
            grantor: None,
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
            grantor: None,
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
    let created = created_objects(changes);
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

/// Owners left alone (no `--owners`) still stay where they were: an object the plan drops and
/// creates again would otherwise pass to the role that runs the plan. Each object `changes`
/// rebuilds whose owner in `from` is not the role `from` was read as (the role assumed to run
/// the plan) is given that owner again. Dropping the object already takes membership in its
/// owner, which is all `OWNER TO` asks. Models not read from a server (no reader) are left as
/// they are.
pub fn owners_kept(from: &Schema, changes: &[Change]) -> Vec<Change> {
    let Some(reader) = from.reader.0.as_deref() else {
        return Vec::new();
    };
    created_objects(changes)
        .into_iter()
        .filter_map(|target| {
            let owner = from.owner_of(&target)?;
            (owner != reader).then(|| Change::SetOwner {
                owner: owner.to_string(),
                target,
            })
        })
        .collect()
}

/// `ALTER SEQUENCE ... OWNED BY` needs the sequence and its table to have one owner (PostgreSQL
/// refuses with "sequence must have same owner as table it is linked to"). A sequence the plan
/// creates belongs to the role that runs the plan (the role `from` was read as), one that exists
/// to its owner in `from`; where that is not the owner of a table the plan keeps, the sequence is
/// first given the table's owner (ordered before its `OWNED BY`, which goes before any new owner
/// of the table: `ALTER TABLE ... OWNER TO` carries owned sequences along). A table the plan
/// creates belongs to the runner until its own `OWNER TO`, like the sequence.
pub fn owned_by_owners(from: &Schema, changes: &[Change]) -> Vec<Change> {
    let created = created_objects(changes);
    changes
        .iter()
        .filter_map(|c| {
            let Change::SetSequenceOwnedBy {
                name,
                owned_by: Some((table, _)),
                ..
            } = c
            else {
                return None;
            };
            if created.contains(&ObjectId::Table {
                name: table.clone(),
            }) {
                return None;
            }
            let owner = from.tables.get(table)?.owner.as_str();
            let target = ObjectId::Sequence { name: name.clone() };
            let current = if created.contains(&target) {
                from.reader.0.as_deref()?
            } else {
                from.sequences.get(name)?.owner.as_str()
            };
            (!owner.is_empty() && current != owner).then(|| Change::SetOwner {
                target,
                owner: owner.to_string(),
            })
        })
        .collect()
}

/// The objects `changes` create (new, or made again).
fn created_objects(changes: &[Change]) -> BTreeSet<ObjectId> {
    changes
        .iter()
        .filter(|c| c.creates())
        .map(|c| c.target())
        .collect()
}

/// The identity sequences `c` creates with their columns (a new table's, a new identity, a
/// column added or replaced).
pub fn identity_sequences_created(c: &Change) -> Vec<QualifiedName> {
    let of = |col: &Column| col.identity.as_ref().map(|i| i.sequence.clone());
    match c {
        Change::CreateTable(t) => t.columns.iter().filter_map(of).collect(),
        Change::AddColumn { column, .. } => of(column).into_iter().collect(),
        Change::ReplaceColumn { new, .. } => of(new).into_iter().collect(),
        Change::AlterIdentity {
            action: IdentityAction::Add { identity, .. },
            ..
        } => vec![identity.sequence.clone()],
        _ => Vec::new(),
    }
}

/// Settles the grants of the objects the plan creates.
///
/// An identity sequence is created with its column, with no grants: the target's are granted
/// after it (what the diff said of the sequence, which assumed it stays, is dropped).
///
/// Objects the plan creates also get, on creation, the grants `ALTER DEFAULT PRIVILEGES` gives
/// the role that runs the plan (for that kind, globally or in that schema), and a global entry
/// can take PostgreSQL's built-in ones away. Which role runs the plan, and whether an entry the
/// plan changes is in effect yet when an object is created, are not known here; so after each
/// created object every grant any entry of `from` or `to` could have added and the target lacks
/// is revoked (a no-op where it was not added), and every target grant such an entry could add
/// or take away is granted explicitly (a no-op where it is held). Revokes go before grants, so
/// a grant option an entry added is replaced by the target's plain grant. The object ends with
/// exactly the target's privileges whoever runs the plan.
pub fn with_default_privileges(from: &Schema, to: &Schema, changes: Vec<Change>) -> Vec<Change> {
    let entries: Vec<&DefaultPrivilege> = from
        .default_privileges
        .iter()
        .chain(&to.default_privileges)
        .collect();
    let identities: BTreeSet<ObjectId> = changes
        .iter()
        .flat_map(identity_sequences_created)
        .map(|name| ObjectId::Sequence { name })
        .collect();
    if entries.is_empty() && identities.is_empty() {
        return changes;
    }
    let created: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.creates())
        .map(|c| c.target())
        .chain(identities.iter().cloned())
        .collect();
    let mut fixes: BTreeMap<ObjectId, (Vec<Grant>, Vec<Grant>)> = BTreeMap::new();
    for id in created {
        let Some((kind, schema, privileges, owner)) = to.default_privilege_target(&id) else {
            continue;
        };
        let mut may_add: BTreeSet<&Grant> = BTreeSet::new();
        let mut may_remove: BTreeSet<Grant> = BTreeSet::new();
        for d in entries.iter().filter(|d| {
            d.object_type == kind && (d.schema.is_none() || d.schema.as_deref() == schema)
        }) {
            let builtin = builtin_default_privileges(&d.role, kind, to.server_version);
            may_add.extend(
                d.grants
                    .iter()
                    .filter(|g| g.grantee != d.role && g.grantee != owner && !builtin.contains(g)),
            );
            if d.schema.is_none() {
                may_remove.extend(
                    builtin
                        .into_iter()
                        .filter(|g| g.grantee != d.role && !d.grants.contains(g)),
                );
            }
        }
        let revokes: Vec<Grant> = may_add
            .iter()
            .filter(|g| !privileges.contains(g))
            .map(|g| (*g).clone())
            .collect();
        let identity = identities.contains(&id);
        // Target grants an entry could add or take away, and those of a grantee and privilege
        // the revokes touch (granted again after them); all of a new identity sequence's.
        let grants: Vec<Grant> = privileges
            .iter()
            .filter(|g| {
                identity
                    || may_add.contains(g)
                    || may_remove.contains(g)
                    || revokes.iter().any(|r| r.same_privilege(g))
            })
            .cloned()
            .collect();
        if identity || !revokes.is_empty() || !grants.is_empty() {
            fixes.insert(id, (revokes, grants));
        }
    }
    if fixes.is_empty() {
        return changes;
    }
    // The diff's own grants and revokes of these objects that the fixes repeat (all of a new
    // identity sequence's) are dropped where they stand and made again in the fixes' order.
    let mut out: Vec<Change> = changes
        .into_iter()
        .filter(|c| match c {
            Change::Grant { target, grant } => !fixes
                .get(target)
                .is_some_and(|(_, grants)| identities.contains(target) || grants.contains(grant)),
            Change::Revoke { target, grant } => !fixes
                .get(target)
                .is_some_and(|(revokes, _)| identities.contains(target) || revokes.contains(grant)),
            _ => true,
        })
        .collect();
    for (target, (revokes, grants)) in fixes {
        for grant in revokes {
            out.push(Change::Revoke {
                target: target.clone(),
                grant,
            });
        }
        for grant in grants {
            out.push(Change::Grant {
                target: target.clone(),
                grant,
            });
        }
    }
    out
}

/// Column privileges the target keeps under a table-level privilege the plan revokes: revoking
/// a privilege on a table also revokes it on each of its columns (PostgreSQL docs, REVOKE), so
/// they are granted again (after the revoke: the planner orders them so).
pub(super) fn regrant_columns(out: &mut Out, to: &Schema) {
    let revoked: Vec<(QualifiedName, Grant)> = out
        .changes
        .iter()
        .filter_map(Change::relation_revoke)
        .map(|(name, grant)| (name.clone(), grant.clone()))
        .collect();
    for (name, revoked) in revoked {
        let columns: Vec<(&String, &Vec<Grant>)> = match to.tables.get(&name) {
            Some(t) => t.columns.iter().map(|c| (&c.name, &c.privileges)).collect(),
            None => to
                .views
                .get(&name)
                .or_else(|| to.materialized_views.get(&name))
                .map(|v| v.columns.iter().map(|c| (&c.name, &c.privileges)).collect())
                .unwrap_or_default(),
        };
        for (column, privileges) in columns {
            let target = ObjectId::Column {
                table: name.clone(),
                column: column.clone(),
            };
            for g in privileges.iter().filter(|g| g.same_privilege(&revoked)) {
                let granted = out.changes.iter().any(|x| {
                    matches!(x, Change::Grant { target: t2, grant } if t2 == &target && grant == g)
                });
                if !granted {
                    out.push(Change::Grant {
                        target: target.clone(),
                        grant: g.clone(),
                    });
                }
            }
        }
    }
}

/// Privileges on extensions' members (see [`MemberPrivileges`]): from what `from` has (the
/// initial grants where it has no entry, or where the plan creates the extension anew) to what
/// `to` has (likewise). Members of an extension the target does not have go with it; those of
/// one that moves to another schema keep their privileges and are compared under their new
/// names. (A member that an update of its extension removes, yet whose privileges the source
/// had changed, is still named: the plan's validation reports it.)
pub(super) fn diff_member_privileges(out: &mut Out, from: &Schema, to: &Schema) {
    // Extensions the plan creates (or drops and creates again): their members start from the
    // initial grants.
    let created: BTreeSet<String> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::CreateExtension(e) => Some(e.name.clone()),
            Change::RecreateType { create, .. } => match &**create {
                Change::CreateExtension(e) => Some(e.name.clone()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let before: BTreeMap<ObjectId, &MemberPrivileges> = from
        .member_privileges
        .values()
        .map(|m| {
            let moved = m
                .extension
                .as_ref()
                .and_then(|e| from.extensions.get(e).zip(to.extensions.get(e)))
                .filter(|(a, b)| a.schema != b.schema);
            let id = match moved {
                Some((a, b)) => in_schema(&m.member, &a.schema, &b.schema),
                None => m.member.clone(),
            };
            (id, m)
        })
        .collect();
    let ids: BTreeSet<&ObjectId> = before.keys().chain(to.member_privileges.keys()).collect();
    for id in ids {
        let (was, will) = (before.get(id).copied(), to.member_privileges.get(id));
        let Some(any) = will.or(was) else {
            continue;
        };
        // Built-in objects, and plpgsql (not modelled as an extension), are in every database.
        let extension = any.extension.as_deref();
        if let Some(e) = extension.filter(|e| *e != "plpgsql") {
            if !to.extensions.contains_key(e) {
                continue;
            }
        }

        let initial = &any.initial;
        let was = match was {
            Some(m) if !extension.is_some_and(|e| created.contains(e)) => &m.current,
            _ => initial,
        };
        let will = will.map_or(initial, |m| &m.current);
        out.grants(id.clone(), was, will, None);
    }
}

/// `id` as it is named once its extension moves from schema `old` to `new`: its own schema, and
/// the extension's types its arguments name (`old.gtrgm` becomes `new.gtrgm`).
fn in_schema(id: &ObjectId, old: &str, new: &str) -> ObjectId {
    let name = |q: &QualifiedName| q.in_renamed_schema(old, new);
    let function = |f: &FunctionId| f.in_renamed_schema(old, new);
    match id {
        ObjectId::Function { id } => ObjectId::Function { id: function(id) },
        ObjectId::Aggregate { id } => ObjectId::Aggregate { id: function(id) },
        ObjectId::Table { name: n } => ObjectId::Table { name: name(n) },
        ObjectId::View { name: n } => ObjectId::View { name: name(n) },
        ObjectId::MaterializedView { name: n } => ObjectId::MaterializedView { name: name(n) },
        ObjectId::Sequence { name: n } => ObjectId::Sequence { name: name(n) },
        ObjectId::Type { name: n } => ObjectId::Type { name: name(n) },
        ObjectId::Column { table, column } => ObjectId::Column {
            table: name(table),
            column: column.clone(),
        },
        other => other.clone(),
    }
}

/// Grants and revokes that owners left alone make moot, on an object whose owner differs
/// between the schemas: a privilege the target grants to the role that owns the object in the
/// source (and keeps owning it, owners not being managed) is that owner's already (PostgreSQL
/// docs, "Privileges": the owner has all privileges), so GRANT changes nothing and a second
/// diff would ask for it again; and a privilege the source grants to the role that owns the
/// object in the target is one the target gives that role (as its owner), so it is not revoked
/// (a rollback, run where the source's owner still owns the object, would take it from the
/// owner itself). Those with the grant option stay: an owner holds that only when granted.
pub(super) fn drop_moot_owner_privileges(changes: &mut Vec<Change>, from: &Schema, to: &Schema) {
    let owner = |s: &'_ Schema, id: &ObjectId| -> Option<String> {
        match id {
            ObjectId::Column { table, .. } => [
                ObjectId::Table {
                    name: table.clone(),
                },
                ObjectId::View {
                    name: table.clone(),
                },
                ObjectId::MaterializedView {
                    name: table.clone(),
                },
            ]
            .iter()
            .find_map(|t| s.owner_of(t).map(str::to_string)),
            other => s.owner_of(other).map(str::to_string),
        }
    };
    changes.retain(|c| {
        let (target, grant, granting) = match c {
            Change::Grant { target, grant } => (target, grant, true),
            Change::Revoke { target, grant } => (target, grant, false),
            _ => return true,
        };
        if grant.grantable {
            return true;
        }
        let (before, after) = (owner(from, target), owner(to, target));
        // A grant to the source's owner, a revoke from the target's.
        let moot_for = if granting { &before } else { &after };
        before == after || moot_for.as_deref() != Some(grant.grantee.as_str())
    });
}
