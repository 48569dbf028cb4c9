//! Statements that cannot run while a statement before them is held back. A held-back drop
//! keeps its object, and with it every name the object holds: a table replaced by a view of
//! the same name, a new table whose key or index takes a dropped table's index name, a column
//! added again under a dropped column's name. Written as is, such a statement fails the whole
//! migration ("relation ... already exists"), so it is held back with the drop it needs, and so
//! is everything that needs it in turn (its comments, grants, indexes, constraints, and the
//! objects that depend on it). A migration written without `--allow-destructive` then runs;
//! with it, everything is included as before.

use std::collections::BTreeMap;

use super::rebuild::owner_name;
use super::script::is_held_back;
use super::{Plan, ScriptOptions};
use crate::diff::Change;
use crate::model::*;

/// A name PostgreSQL keeps unique: a relation or type in its schema (tables, views,
/// sequences, indexes and types share `pg_class` and `pg_type` names), a column of a table, a
/// constraint of a table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    Relation(QualifiedName),
    Column(QualifiedName, String),
    Constraint(QualifiedName, String),
}

/// The names object `id` holds by itself.
fn slots(id: &ObjectId) -> Vec<Slot> {
    match id {
        ObjectId::Table { name }
        | ObjectId::View { name }
        | ObjectId::MaterializedView { name }
        | ObjectId::Sequence { name }
        | ObjectId::Index { name }
        | ObjectId::Type { name } => vec![Slot::Relation(name.clone())],
        ObjectId::Column { table, column } => vec![Slot::Column(table.clone(), column.clone())],
        ObjectId::Constraint { table, name } => {
            vec![Slot::Constraint(table.clone(), name.clone())]
        }
        _ => Vec::new(),
    }
}

/// The names a held-back drop of `id` keeps taken in `from`: the object's own, and for a table
/// those of its constraints, indexes and the sequences it owns, which would go with it.
fn kept_names(id: &ObjectId, from: &Schema) -> Vec<Slot> {
    let mut out = slots(id);
    if let ObjectId::Table { name } = id {
        if let Some(t) = from.tables.get(name) {
            out.extend(
                t.constraints
                    .keys()
                    .map(|c| Slot::Constraint(name.clone(), c.clone())),
            );
        }
        out.extend(
            from.indexes
                .values()
                .filter(|i| i.table == *name)
                .map(|i| Slot::Relation(i.name.clone())),
        );
        out.extend(
            from.sequences
                .values()
                .filter(|s| s.owned_by.as_ref().is_some_and(|(t, _)| t == name))
                .map(|s| Slot::Relation(s.name.clone())),
        );
    }
    out
}

/// The names a change takes.
fn taken_names(change: &Change) -> Vec<Slot> {
    match change {
        Change::AddColumn { table, column } => {
            vec![Slot::Column(table.clone(), column.name.clone())]
        }
        Change::AddConstraint { table, constraint }
        | Change::AddConstraintNotValid { table, constraint } => {
            let mut out = vec![Slot::Constraint(table.clone(), constraint.name.clone())];
            // A key or exclusion constraint makes an index of its name.
            if matches!(
                constraint.kind,
                ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclusion
            ) {
                out.push(Slot::Relation(QualifiedName::new(
                    table.schema.clone(),
                    constraint.name.clone(),
                )));
            }
            out
        }
        Change::RenameIndex { from, to, .. } => vec![Slot::Relation(QualifiedName::new(
            from.schema.clone(),
            to.clone(),
        ))],
        c if c.creates()
            || matches!(
                c,
                Change::CreateIndex(_) | Change::CreateIndexConcurrently { .. }
            ) =>
        {
            slots(&c.target())
        }
        _ => Vec::new(),
    }
}

impl Plan {
    /// The steps (by target) that cannot run while a step before them is held back under
    /// `opts`, each with the held-back target it needs. For [`ScriptOptions::needs`].
    pub fn needing_held_back(
        &self,
        from: &Schema,
        to: &Schema,
        opts: &ScriptOptions,
    ) -> BTreeMap<ObjectId, ObjectId> {
        let mut kept: BTreeMap<Slot, ObjectId> = BTreeMap::new();
        let mut needs: BTreeMap<ObjectId, ObjectId> = BTreeMap::new();
        for s in &self.steps {
            let id = s.change.target();
            if is_held_back(s, opts) {
                for slot in kept_names(&id, from) {
                    kept.entry(slot).or_insert_with(|| id.clone());
                }
                continue;
            }
            if kept.is_empty() {
                continue;
            }
            let needed = taken_names(&s.change)
                .iter()
                .find_map(|slot| kept.get(slot))
                .or_else(|| held_with(&needs, &id, to))
                .or_else(|| {
                    if needs.is_empty() {
                        return None;
                    }
                    to.dependencies
                        .of(&id)
                        .find_map(|referenced| held_with(&needs, referenced, to))
                })
                .cloned();
            if let Some(held) = needed {
                needs.insert(id, held);
            }
        }
        needs
    }
}

/// The held-back target that `id`, or the table, view or materialized view it belongs to in
/// `to` (a column, constraint, index, trigger, policy), needs.
fn held_with<'a>(
    needs: &'a BTreeMap<ObjectId, ObjectId>,
    id: &ObjectId,
    to: &Schema,
) -> Option<&'a ObjectId> {
    needs.get(id).or_else(|| {
        let relation = owner_name(id, to)?;
        [
            ObjectId::Table {
                name: relation.clone(),
            },
            ObjectId::View {
                name: relation.clone(),
            },
            ObjectId::MaterializedView {
                name: relation.clone(),
            },
        ]
        .iter()
        .find_map(|r| needs.get(r))
    })
}

/// The held-back targets `needs` names, for messages.
pub(super) fn needed(opts: &ScriptOptions, id: &ObjectId) -> Option<String> {
    opts.needs.get(id).map(ToString::to_string)
}
