//! Schemas, extensions and sequences: created, dropped, and altered in place (an extension's
//! schema and version, a sequence's options, owner column and logging), with their comments and
//! grants. Pure. An extension with no update path to its target version is dropped and created
//! again, the columns of its types moved off it meanwhile ([`Change::RecreateType`]).

use std::collections::BTreeMap;

use super::types::{converted, kept_columns};
use super::{keyed, Change, Out};
use crate::model::*;

pub(super) fn diff_schemas(
    out: &mut Out,
    from: &BTreeMap<String, Namespace>,
    to: &BTreeMap<String, Namespace>,
) {
    let (removed, added, both) = keyed(from, to);
    for s in removed {
        out.push(Change::DropSchema(s.clone()));
    }
    for s in added {
        let Namespace {
            name,
            owner: _,
            comment,
            privileges,
        } = s;
        out.push(Change::CreateSchema(s.clone()));
        out.decorate_new(
            ObjectId::Schema { name: name.clone() },
            comment.as_ref(),
            privileges,
        );
    }
    for (a, b) in both {
        let Namespace {
            name,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Schema { name: name.clone() };
        out.comment(id.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(
            id,
            &a.privileges,
            privileges,
            super::same_owner(&a.owner, &b.owner),
        );
    }
}

pub(super) fn diff_extensions(
    out: &mut Out,
    from_schema: &Schema,
    to: &BTreeMap<String, Extension>,
    to_excluded: &BTreeMap<String, String>,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let from = &from_schema.extensions;
    let (removed, added, both) = keyed(from, to);
    // An extension moving between an excluded schema and an included one: the side that
    // excludes it cannot see it, so a plan would create it again (or drop it) where it is.
    let crosses = |out: &mut Out, e: &Extension, excluded: &BTreeMap<String, String>| {
        let Some(other) = excluded.get(&e.name) else {
            return false;
        };
        out.unsupported(
            ObjectId::Extension {
                name: e.name.clone(),
            },
            format!(
                "moving extension {} between schema {other}, which is excluded, and schema {} (move it with ALTER EXTENSION ... SET SCHEMA, or stop excluding {other})",
                e.name, e.schema
            ),
        );
        true
    };
    for e in removed {
        if crosses(out, e, to_excluded) {
            continue;
        }
        out.push(Change::DropExtension(e.clone()));
    }
    for e in added {
        if crosses(out, e, &from_schema.excluded_extensions) {
            continue;
        }
        out.push(Change::CreateExtension(e.clone()));
        out.comment(
            ObjectId::Extension {
                name: e.name.clone(),
            },
            None,
            e.comment.as_ref(),
        );
    }
    for (a, b) in both {
        let Extension {
            name,
            schema,
            version,
            comment,
            update_targets: _,
            member_types: _,
            relocatable: _,
        } = b;
        let id = ObjectId::Extension { name: name.clone() };
        // An extension that is not relocatable has no SET SCHEMA (PostgreSQL docs, ALTER
        // EXTENSION: "only for relocatable extensions"): it moves by being recreated.
        let moves = &a.schema != schema;
        let recreated_elsewhere = moves && !a.relocatable;
        if moves && a.relocatable {
            out.push(Change::SetExtensionSchema {
                name: name.clone(),
                schema: schema.clone(),
            });
        }
        let reachable = a
            .update_targets
            .as_ref()
            .is_none_or(|targets| targets.contains(version));
        if &a.version != version && reachable && !recreated_elsewhere {
            out.push(Change::UpdateExtension {
                name: name.clone(),
                version: version.clone(),
            });
        } else if &a.version != version || recreated_elsewhere {
            // No update path from this version to that one (usually a downgrade), or a new
            // schema it cannot be moved to: the extension is dropped and created at that version
            // in that schema, the columns of its types parked as text meanwhile; what else uses
            // its objects is rebuilt around it by the planner.
            let uses = |c: &Column| {
                let base = c.data_type.element();
                a.member_types.iter().any(|t| t == &base)
            };
            let columns = converted(kept_columns(from_schema, to_tables, uses, |c, x| {
                x.data_type == c.data_type
            }));
            out.push(Change::RecreateType {
                drop: Box::new(Change::DropExtension(a.clone())),
                create: Box::new(Change::CreateExtension(b.clone())),
                columns,
                dependents: Vec::new(),
                typed_tables: Vec::new(),
            });
        }
        out.comment(id, a.comment.as_ref(), comment.as_ref());
    }
}

/// For a new sequence owned by an integer column that exists before the plan (and so may hold
/// values), its START and INCREMENT: the plan moves it past those values (see
/// [`Change::SetSequenceOwnedBy`]).
fn past_rows(s: &Sequence, from: &Schema) -> Option<(i64, i64)> {
    let (table, column) = s.owned_by.as_ref()?;
    let existing = from
        .tables
        .get(table)?
        .columns
        .iter()
        .find(|c| &c.name == column && c.generated.is_none())?;
    integer(&existing.data_type, from).then_some((s.options.start, s.options.increment))
}

/// Whether `t` is `smallint`, `integer` or `bigint`, or a domain over one of them.
fn integer(t: &TypeRef, from: &Schema) -> bool {
    if t.array_dims != 0 {
        return false;
    }
    match &t.schema {
        None => matches!(t.name.as_str(), "smallint" | "integer" | "bigint"),
        Some(schema) => from
            .domains
            .get(&QualifiedName::new(schema.clone(), t.name.clone()))
            .is_some_and(|d| integer(&d.base_type, from)),
    }
}

/// The sequence's persistence once its owner's `SET LOGGED` / `SET UNLOGGED` has run, when that
/// step carries it along: PostgreSQL 15 and later switch the sequences a table owns at that
/// moment (0 is a schema built by hand). That is when the same table owns it before and after
/// and the plan does not release it first (`released_first`: the owning column goes); a
/// sequence taken from or given to a switching table is released before the switch and given
/// its new owner after it (`plan::table_edges`), so the switch leaves it as it was.
pub(super) fn owner_switch(
    a: &Sequence,
    b: &Sequence,
    released_first: bool,
    source: &Schema,
    to_tables: &BTreeMap<QualifiedName, Table>,
) -> Option<bool> {
    if released_first || (source.server_version != 0 && source.server_version < 150_000) {
        return None;
    }
    let (table, _) = a.owned_by.as_ref()?;
    if b.owned_by.as_ref().map(|(t, _)| t) != Some(table) {
        return None;
    }
    let before = source.tables.get(table)?;
    let after = to_tables.get(table)?;
    (before.unlogged != after.unlogged).then_some(after.unlogged)
}

pub(super) fn diff_sequences(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Sequence>,
    to: &BTreeMap<QualifiedName, Sequence>,
    source: &Schema,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let (removed, added, both) = keyed(from, to);
    for s in removed {
        out.push(Change::DropSequence(s.clone()));
    }
    for s in added {
        out.push(Change::CreateSequence(s.clone()));
        if s.owned_by.is_some() {
            out.push(Change::SetSequenceOwnedBy {
                name: s.name.clone(),
                owned_by: s.owned_by.clone(),
                past_rows: past_rows(s, source),
            });
        }
        out.decorate_new(
            ObjectId::Sequence {
                name: s.name.clone(),
            },
            s.comment.as_ref(),
            &s.privileges,
        );
    }
    for (a, b) in both {
        let Sequence {
            name,
            options,
            owned_by,
            unlogged,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Sequence { name: name.clone() };
        if &a.options != options {
            out.push(Change::AlterSequence {
                name: name.clone(),
                options: options.clone(),
                narrowed: options.min_value > a.options.min_value
                    || options.max_value < a.options.max_value,
            });
        }
        let mut released_first = false;
        if &a.owned_by != owned_by {
            // Dropping the column (or table) that owns a sequence drops the sequence too:
            // one the target keeps is released first (OWNED BY NONE, ordered before that
            // drop), then given its new owner once that exists.
            let owner_goes = a.owned_by.as_ref().is_some_and(|(t, col)| {
                !to_tables
                    .get(t)
                    .is_some_and(|t| t.columns.iter().any(|c| &c.name == col))
            });
            if owner_goes && owned_by.is_some() {
                released_first = true;
                out.push(Change::SetSequenceOwnedBy {
                    name: name.clone(),
                    owned_by: None,
                    past_rows: None,
                });
            }
            out.push(Change::SetSequenceOwnedBy {
                name: name.clone(),
                owned_by: owned_by.clone(),
                past_rows: None,
            });
        }
        // The sequence as the plan leaves it before its own step: a table that switches to
        // LOGGED or UNLOGGED switches the sequences it owns along with it (PostgreSQL 15+,
        // ALTER TABLE SET LOGGED/UNLOGGED), so a serial column's sequence kept logged under an
        // unlogged table (as pg_dump restores it) is set back after the table's step.
        let unlogged_before =
            owner_switch(a, b, released_first, source, to_tables).unwrap_or(a.unlogged);
        if unlogged_before != *unlogged {
            out.push(Change::SetSequenceLogged {
                name: name.clone(),
                logged: !unlogged,
            });
        }
        out.comment(id.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(
            id,
            &a.privileges,
            privileges,
            super::same_owner(&a.owner, &b.owner),
        );
    }
}
