//! Online rewrites: passes over an ordered plan that replace a statement which would block a
//! live table with an equivalent sequence that does not (or blocks only briefly). Only objects
//! that exist in the source schema are rewritten: a table created by the same plan is empty and
//! unused, so the plain statement is the right one. Each rewrite is proven by plan validation
//! (applied in a shadow, the plan still reaches the target).
//!
//! - `CREATE INDEX` and `DROP INDEX` run `CONCURRENTLY` (PostgreSQL docs, CREATE INDEX,
//!   "Building Indexes Concurrently"), outside a transaction. A concurrent build that fails
//!   leaves an INVALID index behind, so each build is preceded by `DROP INDEX CONCURRENTLY IF
//!   EXISTS` of its name: a re-run replaces the leftover instead of keeping it (which `IF NOT
//!   EXISTS` would do silently).
//! - UNIQUE and PRIMARY KEY constraints are added through a unique index built concurrently and
//!   `ADD CONSTRAINT ... USING INDEX` (docs, ALTER TABLE, "ADD table_constraint_using_index").
//!   One whose definition changes keeps the old key until the new index is built beside it
//!   (under a temporary name); the old constraint is dropped and the new one takes the index in
//!   one transaction, so the table is never without its key.
//! - FOREIGN KEY and CHECK constraints are added `NOT VALID`, then validated in their own
//!   transaction: validation takes only a SHARE UPDATE EXCLUSIVE lock, so reads and writes go on
//!   while existing rows are checked (docs, ALTER TABLE, "VALIDATE CONSTRAINT").
//! - `SET NOT NULL` goes through `CHECK (col IS NOT NULL) NOT VALID`, `VALIDATE`, then
//!   `SET NOT NULL`, which PostgreSQL 12+ proves from the valid check without a scan under the
//!   exclusive lock (docs, ALTER TABLE, "SET/DROP NOT NULL"), and the check is dropped.
//!
//! Partitioned tables keep the plain statements: PostgreSQL refuses CONCURRENTLY and NOT VALID
//! foreign keys on them.

use std::collections::HashSet;

use super::Step;
use crate::diff::{Change, NotNullStage, Phase};
use crate::model::*;
use crate::sql::render::render;
use crate::sql::writer::temporary_name;

/// Rewrites the steps of a plan from `from` to `to` for a live database.
pub fn online(from: &Schema, to: &Schema, steps: Vec<Step>) -> Vec<Step> {
    // Between a table's stash and the copy of its rows the table has no rows: every step there
    // stays in its plain, transactional form, so the recreate is never split across
    // transactions (a failure would otherwise leave the rows in the stash).
    let mut inside: HashSet<usize> = HashSet::new();
    for (k, s) in steps.iter().enumerate() {
        if let Change::StashTable { stash, .. } = &s.change {
            let end = steps.iter().position(
                |x| matches!(&x.change, Change::CopyTableData { stash: s2, .. } if s2 == stash),
            );
            inside.extend(k + 1..end.unwrap_or(k + 1));
        }
    }
    // Indexes whose definition changes on a live table are rebuilt beside the old one and
    // swapped in, so queries never run without the index.
    // Not when the table's columns change shape in the same plan: the old index may stand in
    // the way of that change (a partial index naming an enum value being recreated). Nor when
    // the table is attached as a partition: the old index must be gone before, or PostgreSQL
    // may take it as the copy of its parent's index. A column change on a parent recurses to
    // its partitions and children (a dropped column takes their indexes on it along).
    let reshaped = |t: &QualifiedName| {
        let ancestors = super::table_edges::ancestors(from, t);
        steps.iter().any(|s| match &s.change {
            Change::AttachPartition { table, .. } => table == t,
            c => c
                .reshaped_columns()
                .into_iter()
                .any(|(table, _, direct)| table == t || (direct && ancestors.contains(table))),
        })
    };
    // Nor when the old index uses something the plan drops (an operator class or collation
    // recreated): it must go before that, so the new one cannot be built beside it.
    let dropped: HashSet<ObjectId> = steps
        .iter()
        .filter(|s| s.change.phase() == Phase::Drop && !matches!(s.change, Change::DropIndex(_)))
        .map(|s| s.change.target())
        .collect();
    let holds_dropped = |name: &QualifiedName| {
        from.dependencies.iter().any(|(a, b)| {
            matches!(a, ObjectId::Index { name: n } if n == name) && dropped.contains(b)
        })
    };
    let swapped: Vec<QualifiedName> = steps
        .iter()
        .enumerate()
        .filter_map(|(k, s)| match &s.change {
            Change::CreateIndex(i)
                if swappable(from, i)
                    && !reshaped(&i.table)
                    && !holds_dropped(&i.name)
                    && !inside.contains(&k) =>
            {
                Some(i.name.clone())
            }
            _ => None,
        })
        .filter(|name| {
            steps.iter().any(|s| {
                matches!(&s.change, Change::DropIndex(old) if &old.name == name && swappable(from, old))
            })
        })
        .collect();
    // Keys (UNIQUE, PRIMARY KEY) dropped and added again under the same name on a live table
    // (not when its columns change shape: a rewrite under an exclusive lock would only rebuild
    // the old key's index for nothing).
    let key =
        |c: &Constraint| matches!(c.kind, ConstraintKind::Unique | ConstraintKind::PrimaryKey);
    let replaced_keys: Vec<(QualifiedName, String)> = steps
        .iter()
        .enumerate()
        .filter_map(|(k, s)| match &s.change {
            Change::AddConstraint { table, constraint }
                if key(constraint)
                    && live_table(from, table)
                    && !reshaped(table)
                    && !inside.contains(&k) =>
            {
                Some((table.clone(), constraint.name.clone()))
            }
            _ => None,
        })
        .filter(|(t, n)| {
            steps.iter().any(|s| {
                matches!(&s.change, Change::DropConstraint { table, constraint }
                    if table == t && &constraint.name == n && key(constraint)
                        && !loses_not_null(&steps, t, &constraint.columns))
            })
        })
        .collect();
    let recreated: Vec<QualifiedName> = steps
        .iter()
        .filter_map(|s| match &s.change {
            Change::StashTable { table, .. } => Some(table.name.clone()),
            _ => None,
        })
        .collect();
    let mut held: Vec<Step> = Vec::new();
    let mut out = Vec::with_capacity(steps.len());
    for (k, step) in steps.into_iter().enumerate() {
        if inside.contains(&k) {
            out.push(step);
            continue;
        }
        match &step.change {
            Change::DropConstraint { table, constraint }
                if replaced_keys.contains(&(table.clone(), constraint.name.clone())) =>
            {
                held.push(step);
            }
            Change::AddConstraint { table, constraint }
                if replaced_keys.contains(&(table.clone(), constraint.name.clone())) =>
            {
                let at = held.iter().position(|d| {
                    matches!(&d.change, Change::DropConstraint { table: t, constraint: c }
                        if t == table && c.name == constraint.name)
                });
                let old = at.map(|i| held.remove(i));
                match old {
                    Some(old) => match replace_key_online(from, to, table, constraint, &old) {
                        Some(replacement) => out.extend(replacement),
                        None => {
                            out.push(old);
                            out.push(step);
                        }
                    },
                    None => out.push(step),
                }
            }
            Change::DropIndex(i) if swapped.contains(&i.name) => {}
            Change::CreateIndex(i) if swapped.contains(&i.name) => out.extend(swap(from, to, i)),
            // A foreign key to a recreated table is checked in the recreate's transaction: an
            // online detour would split it, leaving the new table without its indexes,
            // triggers and views until the rest ran.
            Change::AddConstraint {
                constraint:
                    Constraint {
                        foreign_key: Some(fk),
                        ..
                    },
                ..
            } if recreated.contains(&fk.references) => out.push(step),
            _ => match rewrite(from, to, &step) {
                Some(replacement) => out.extend(replacement),
                None => out.push(step),
            },
        }
    }
    // A key's drop always precedes its add (drops come first), so nothing is left here; were
    // one left, it still runs.
    out.extend(held);
    // A concurrent build right after the concurrent drop of the same index needs no second
    // drop to clear a leftover.
    out.dedup_by(|later, earlier| {
        matches!((&later.change, &earlier.change), (
            Change::DropIndexConcurrently { name: a, leftover: true },
            Change::DropIndexConcurrently { name: b, .. },
        ) if a == b)
    });
    out
}

/// A standalone index on a live table (not a constraint's, not a partition's).
/// Whether the plan drops NOT NULL from one of `columns` of `table`: a column of a primary key
/// cannot lose it while the key stands, so the old key must go first (no online swap).
fn loses_not_null(steps: &[Step], table: &QualifiedName, columns: &[String]) -> bool {
    steps.iter().any(|s| {
        matches!(&s.change, Change::SetColumnNotNull { table: t, column, not_null: false }
            if t == table && columns.contains(column))
    })
}

fn swappable(from: &Schema, i: &Index) -> bool {
    live_table(from, &i.table) && i.parent.is_none() && i.constraint.is_none()
}

/// Build the new definition under a temporary name, drop the old index, take its name.
fn swap(from: &Schema, to: &Schema, i: &Index) -> Vec<Step> {
    let (tmp, mut steps) = build_beside(from, to, i);
    steps.extend([
        typed(
            from,
            to,
            Change::DropIndexConcurrently {
                name: i.name.clone(),
                leftover: false,
            },
        ),
        typed(
            from,
            to,
            Change::RenameIndex {
                table: i.table.clone(),
                from: tmp,
                to: i.name.name.clone(),
            },
        ),
    ]);
    steps
}

/// The steps that build `index` concurrently under a temporary name beside the index it
/// replaces (clearing a leftover of an interrupted earlier build first), and that name.
fn build_beside(from: &Schema, to: &Schema, index: &Index) -> (QualifiedName, Vec<Step>) {
    let tmp = beside(index);
    let steps = build_concurrently(from, to, index, Some(&tmp));
    (tmp, steps)
}

/// A deterministic temporary name for a new version of index `i`, built beside the old one.
fn beside(i: &Index) -> QualifiedName {
    QualifiedName::new(
        i.name.schema.clone(),
        temporary_name("new", &i.name.to_string(), 6),
    )
}

/// The unique index the target gives a UNIQUE or PRIMARY KEY constraint.
fn key_index<'a>(
    to: &'a Schema,
    table: &QualifiedName,
    constraint: &Constraint,
) -> Option<&'a Index> {
    to.indexes
        .values()
        .find(|i| i.table == *table && i.constraint.as_deref() == Some(constraint.name.as_str()))
}

/// A table that exists before the plan and accepts online operations.
fn live_table(from: &Schema, table: &QualifiedName) -> bool {
    from.tables
        .get(table)
        .is_some_and(|t| t.partition_key.is_none())
        || from.materialized_views.contains_key(table)
}

/// A step of a rewrite: the typed change, its SQL, its hazards and whether it runs in a
/// transaction, each decided by the change alone (rendering, `hazard::hazards`,
/// `Change::transactional`).
fn typed(from: &Schema, to: &Schema, change: Change) -> Step {
    Step {
        sql: render(&change),
        hazards: super::hazard::hazards(&change, from, to, false),
        transactional: change.transactional(),
        change,
    }
}

/// The steps that build an index concurrently (under `build_as` when given): clear a leftover
/// of an interrupted earlier build of that name, then build.
fn build_concurrently(
    from: &Schema,
    to: &Schema,
    index: &Index,
    build_as: Option<&QualifiedName>,
) -> Vec<Step> {
    vec![
        typed(
            from,
            to,
            Change::DropIndexConcurrently {
                name: build_as.unwrap_or(&index.name).clone(),
                leftover: true,
            },
        ),
        typed(
            from,
            to,
            Change::CreateIndexConcurrently {
                index: index.clone(),
                build_as: build_as.map(|n| n.name.clone()),
            },
        ),
    ]
}

/// A deterministic name for a temporary constraint, at most 63 bytes.
fn temp_name(kind: &str, table: &QualifiedName, column: &str) -> String {
    temporary_name(kind, &format!("{table}.{column}"), 6)
}

fn rewrite(from: &Schema, to: &Schema, s: &Step) -> Option<Vec<Step>> {
    match &s.change {
        // A partition's index too: it is attached to its parent's index afterwards.
        Change::CreateIndex(i) if live_table(from, &i.table) => {
            Some(build_concurrently(from, to, i, None))
        }
        Change::DropIndex(i)
            if live_table(from, &i.table) && i.parent.is_none() && i.constraint.is_none() =>
        {
            Some(vec![typed(
                from,
                to,
                Change::DropIndexConcurrently {
                    name: i.name.clone(),
                    leftover: false,
                },
            )])
        }
        Change::AddConstraint { table, constraint } if live_table(from, table) => {
            add_constraint_online(from, to, table, constraint)
        }
        Change::SetColumnNotNull {
            table,
            column,
            not_null: true,
        } if live_table(from, table) => {
            let check = temp_name("nn", table, column);
            let stage = |stage| {
                typed(
                    from,
                    to,
                    Change::SetNotNullOnline {
                        table: table.clone(),
                        column: column.clone(),
                        check: check.clone(),
                        stage,
                    },
                )
            };
            Some(vec![
                stage(NotNullStage::AddCheck),
                stage(NotNullStage::Validate),
                stage(NotNullStage::SetNotNull),
                stage(NotNullStage::DropCheck),
            ])
        }
        _ => None,
    }
}

/// A key whose definition changes on a live table: the new unique index is built concurrently
/// under a temporary name beside the old key; then, in one transaction, the old constraint is
/// dropped (`old`, with its hazards) and the new one takes the index (which renames it).
fn replace_key_online(
    from: &Schema,
    to: &Schema,
    table: &QualifiedName,
    constraint: &Constraint,
    old: &Step,
) -> Option<Vec<Step>> {
    let index = key_index(to, table, constraint)?;
    let (tmp, mut steps) = build_beside(from, to, index);
    let mut drop_old = old.clone();
    drop_old.transactional = true;
    steps.extend([
        drop_old,
        typed(
            from,
            to,
            Change::AddKeyUsingIndex {
                table: table.clone(),
                constraint: constraint.clone(),
                index: tmp.name,
                replaces: true,
            },
        ),
    ]);
    Some(steps)
}

fn add_constraint_online(
    from: &Schema,
    to: &Schema,
    table: &QualifiedName,
    constraint: &Constraint,
) -> Option<Vec<Step>> {
    match constraint.kind {
        ConstraintKind::ForeignKey | ConstraintKind::Check if constraint.validated => Some(vec![
            typed(
                from,
                to,
                Change::AddConstraintNotValid {
                    table: table.clone(),
                    constraint: constraint.clone(),
                },
            ),
            typed(
                from,
                to,
                Change::ValidateConstraint {
                    table: table.clone(),
                    constraint: constraint.name.clone(),
                },
            ),
        ]),
        ConstraintKind::Unique | ConstraintKind::PrimaryKey => {
            let index = key_index(to, table, constraint)?;
            let mut steps = build_concurrently(from, to, index, None);
            steps.push(typed(
                from,
                to,
                Change::AddKeyUsingIndex {
                    table: table.clone(),
                    constraint: constraint.clone(),
                    index: index.name.name.clone(),
                    replaces: false,
                },
            ));
            Some(steps)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_stable_and_short() {
        let t = QualifiedName::new("public", "t");
        let a = temp_name("nn", &t, "c");
        assert_eq!(a, temp_name("nn", &t, "c"));
        assert_ne!(a, temp_name("nn", &t, "d"));
        assert!(a.len() <= 63);
    }
}
