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

use super::hazard::{Hazard, StepHazard};
use super::Step;
use crate::diff::Change;
use crate::model::*;
use crate::sql::writer::{ident, qualified, temporary_name};

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
    // the way of that change (a partial index naming an enum value being recreated).
    let reshaped = |t: &QualifiedName| {
        steps.iter().any(|s| match &s.change {
            Change::AlterColumnType { table, .. }
            | Change::DropColumn { table, .. }
            | Change::DropExpression { table, .. } => table == t,
            Change::RecreateEnum { columns, .. } | Change::RecreateType { columns, .. } => {
                columns.iter().any(|c| &c.table == t)
            }
            _ => false,
        })
    };
    let swapped: Vec<QualifiedName> = steps
        .iter()
        .enumerate()
        .filter_map(|(k, s)| match &s.change {
            Change::CreateIndex(i)
                if swappable(from, i) && !reshaped(&i.table) && !inside.contains(&k) =>
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
                    Some(old) => {
                        match replace_key_online(to, &step.change, table, constraint, &old) {
                            Some(replacement) => out.extend(replacement),
                            None => {
                                out.push(old);
                                out.push(step);
                            }
                        }
                    }
                    None => out.push(step),
                }
            }
            Change::DropIndex(i) if swapped.contains(&i.name) => {}
            Change::CreateIndex(i) if swapped.contains(&i.name) => match swap(&step.change, i) {
                Some(replacement) => out.extend(replacement),
                None => out.push(step),
            },
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
        later.sql == earlier.sql && later.sql.starts_with("DROP INDEX CONCURRENTLY IF EXISTS ")
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
fn swap(c: &Change, i: &Index) -> Option<Vec<Step>> {
    let (tmp, definition) = beside(i)?;
    let tmp_q = qualified(&tmp);
    Some(vec![
        step(c, format!("DROP INDEX CONCURRENTLY IF EXISTS {tmp_q}"), false, vec![]),
        step(
            c,
            concurrently(&definition)?,
            false,
            vec![hazard(
                Hazard::IndexBuild,
                format!(
                    "builds the new definition of {} beside the old one, concurrently: queries keep the old index meanwhile",
                    i.name
                ),
            )],
        ),
        step(
            c,
            format!("DROP INDEX CONCURRENTLY IF EXISTS {}", qualified(&i.name)),
            false,
            vec![hazard(
                Hazard::IndexDropped,
                super::hazard::index_redefined(&i.name),
            )],
        ),
        step(
            c,
            format!("ALTER INDEX {tmp_q} RENAME TO {}", ident(&i.name.name)),
            true,
            vec![hazard(
                Hazard::AcquiresAccessExclusiveLock,
                format!("briefly locks {} to rename the new index", i.table),
            )],
        ),
    ])
}

/// A deterministic temporary name for a new version of index `i`, built beside the old one, and
/// `i`'s definition under that name.
fn beside(i: &Index) -> Option<(QualifiedName, String)> {
    let tmp = temporary_name("new", &i.name.to_string(), 6);
    let named = format!("INDEX {} ON ", ident(&i.name.name));
    if !i.definition.contains(&named) {
        return None;
    }
    let definition = i
        .definition
        .replacen(&named, &format!("INDEX {} ON ", ident(&tmp)), 1);
    Some((QualifiedName::new(i.name.schema.clone(), tmp), definition))
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

/// `ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY|UNIQUE USING INDEX index` with the
/// constraint's deferrability (the index is renamed to the constraint's name).
fn key_using_index(table: &QualifiedName, constraint: &Constraint, index: &str) -> String {
    let kind = if constraint.kind == ConstraintKind::PrimaryKey {
        "PRIMARY KEY"
    } else {
        "UNIQUE"
    };
    let mut sql = format!(
        "ALTER TABLE {} ADD CONSTRAINT {} {kind} USING INDEX {}",
        qualified(table),
        ident(&constraint.name),
        ident(index)
    );
    if constraint.deferrable {
        sql.push_str(" DEFERRABLE");
        if constraint.initially_deferred {
            sql.push_str(" INITIALLY DEFERRED");
        }
    }
    sql
}

/// A table that exists before the plan and accepts online operations.
fn live_table(from: &Schema, table: &QualifiedName) -> bool {
    from.tables
        .get(table)
        .is_some_and(|t| t.partition_key.is_none())
        || from.materialized_views.contains_key(table)
}

fn hazard(h: Hazard, message: String) -> StepHazard {
    StepHazard { hazard: h, message }
}

fn step(change: &Change, sql: String, transactional: bool, hazards: Vec<StepHazard>) -> Step {
    Step {
        sql,
        change: change.clone(),
        hazards,
        transactional,
    }
}

/// `CREATE [UNIQUE] INDEX name ...` as `CREATE [UNIQUE] INDEX CONCURRENTLY name ...`.
fn concurrently(definition: &str) -> Option<String> {
    for prefix in ["CREATE UNIQUE INDEX ", "CREATE INDEX "] {
        if let Some(rest) = definition.strip_prefix(prefix) {
            return Some(format!("{prefix}CONCURRENTLY {rest}"));
        }
    }
    None
}

/// The steps that build an index concurrently: clear a leftover of an interrupted earlier
/// build, then build.
fn build_concurrently(c: &Change, index: &Index, what: String) -> Option<Vec<Step>> {
    let build = concurrently(&index.definition)?;
    Some(vec![
        step(
            c,
            format!(
                "DROP INDEX CONCURRENTLY IF EXISTS {}",
                qualified(&index.name)
            ),
            false,
            vec![],
        ),
        step(c, build, false, vec![hazard(Hazard::IndexBuild, what)]),
    ])
}

/// A deterministic name for a temporary constraint, at most 63 bytes.
fn temp_name(kind: &str, table: &QualifiedName, column: &str) -> String {
    temporary_name(kind, &format!("{table}.{column}"), 6)
}

fn rewrite(from: &Schema, to: &Schema, s: &Step) -> Option<Vec<Step>> {
    let c = &s.change;
    match c {
        // A partition's index too: it is attached to its parent's index afterwards.
        Change::CreateIndex(i) if live_table(from, &i.table) => build_concurrently(
            c,
            i,
            format!(
                "builds {} on {} concurrently: writes go on, the build takes longer",
                i.name, i.table
            ),
        ),
        Change::DropIndex(i)
            if live_table(from, &i.table) && i.parent.is_none() && i.constraint.is_none() =>
        {
            let hazards = s
                .hazards
                .iter()
                .filter(|h| h.hazard != Hazard::AcquiresAccessExclusiveLock)
                .cloned()
                .collect();
            Some(vec![step(
                c,
                format!("DROP INDEX CONCURRENTLY IF EXISTS {}", qualified(&i.name)),
                false,
                hazards,
            )])
        }
        Change::AddConstraint { table, constraint } if live_table(from, table) => {
            add_constraint_online(to, c, table, constraint)
        }
        Change::SetColumnNotNull {
            table,
            column,
            not_null: true,
        } if live_table(from, table) => {
            let check = temp_name("nn", table, column);
            let t = qualified(table);
            Some(vec![
                step(
                    c,
                    format!(
                        "ALTER TABLE {t} ADD CONSTRAINT {} CHECK ({} IS NOT NULL) NOT VALID",
                        ident(&check),
                        ident(column)
                    ),
                    true,
                    vec![hazard(
                        Hazard::AcquiresAccessExclusiveLock,
                        format!("briefly locks {table} to add a NOT VALID check on {column}"),
                    )],
                ),
                step(
                    c,
                    format!("ALTER TABLE {t} VALIDATE CONSTRAINT {}", ident(&check)),
                    false,
                    vec![hazard(
                        Hazard::FullTableScan,
                        format!(
                            "reads every row of {table} to check {column}; reads and writes go on"
                        ),
                    )],
                ),
                step(
                    c,
                    format!(
                        "ALTER TABLE {t} ALTER COLUMN {} SET NOT NULL",
                        ident(column)
                    ),
                    true,
                    vec![hazard(
                        Hazard::AcquiresAccessExclusiveLock,
                        format!(
                            "briefly locks {table}: the valid check proves {column} has no NULLs, so no scan"
                        ),
                    )],
                ),
                step(
                    c,
                    format!("ALTER TABLE {t} DROP CONSTRAINT {}", ident(&check)),
                    true,
                    vec![],
                ),
            ])
        }
        _ => None,
    }
}

/// A key whose definition changes on a live table: the new unique index is built concurrently
/// under a temporary name beside the old key; then, in one transaction, the old constraint is
/// dropped (`old`, with its hazards) and the new one takes the index (which renames it).
fn replace_key_online(
    to: &Schema,
    c: &Change,
    table: &QualifiedName,
    constraint: &Constraint,
    old: &Step,
) -> Option<Vec<Step>> {
    let (tmp, definition) = beside(key_index(to, table, constraint)?)?;
    let tmp_q = qualified(&tmp);
    let attach = key_using_index(table, constraint, &tmp.name);
    let mut drop_old = old.clone();
    drop_old.transactional = true;
    Some(vec![
        step(c, format!("DROP INDEX CONCURRENTLY IF EXISTS {tmp_q}"), false, vec![]),
        step(
            c,
            concurrently(&definition)?,
            false,
            vec![hazard(
                Hazard::IndexBuild,
                format!(
                    "builds the new unique index behind {} beside the old key, concurrently: writes go on",
                    constraint.name
                ),
            )],
        ),
        drop_old,
        step(
            c,
            attach,
            true,
            vec![hazard(
                Hazard::AcquiresAccessExclusiveLock,
                format!(
                    "briefly locks {table} to swap the old {} for the new index",
                    constraint.name
                ),
            )],
        ),
    ])
}

fn add_constraint_online(
    to: &Schema,
    c: &Change,
    table: &QualifiedName,
    constraint: &Constraint,
) -> Option<Vec<Step>> {
    let t = qualified(table);
    let name = ident(&constraint.name);
    match constraint.kind {
        ConstraintKind::ForeignKey | ConstraintKind::Check if constraint.validated => {
            let (lock, what) = match constraint.kind {
                ConstraintKind::ForeignKey => (
                    Hazard::AcquiresShareRowExclusiveLock,
                    "briefly blocks writes to",
                ),
                _ => (Hazard::AcquiresAccessExclusiveLock, "briefly locks"),
            };
            Some(vec![
                step(
                    c,
                    format!(
                        "ALTER TABLE {t} ADD CONSTRAINT {name} {} NOT VALID",
                        constraint.definition
                    ),
                    true,
                    vec![hazard(
                        lock,
                        format!(
                            "{what} {table} to add {} without checking existing rows",
                            constraint.name
                        ),
                    )],
                ),
                step(
                    c,
                    format!("ALTER TABLE {t} VALIDATE CONSTRAINT {name}"),
                    false,
                    vec![hazard(
                        Hazard::FullTableScan,
                        format!(
                            "checks every row of {table} against {}; reads and writes go on",
                            constraint.name
                        ),
                    )],
                ),
            ])
        }
        ConstraintKind::Unique | ConstraintKind::PrimaryKey => {
            let index = key_index(to, table, constraint)?;
            let mut steps = build_concurrently(
                c,
                index,
                format!(
                    "builds the unique index behind {} concurrently: writes go on",
                    constraint.name
                ),
            )?;
            steps.push(step(
                c,
                key_using_index(table, constraint, &index.name.name),
                true,
                vec![hazard(
                    Hazard::AcquiresAccessExclusiveLock,
                    format!(
                        "briefly locks {table} to turn the index into {}",
                        constraint.name
                    ),
                )],
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
    fn concurrent_index_text() {
        assert_eq!(
            concurrently("CREATE UNIQUE INDEX a ON public.t USING btree (x)").unwrap(),
            "CREATE UNIQUE INDEX CONCURRENTLY a ON public.t USING btree (x)"
        );
        assert_eq!(
            concurrently("CREATE INDEX \"A b\" ON public.t USING gin (x)").unwrap(),
            "CREATE INDEX CONCURRENTLY \"A b\" ON public.t USING gin (x)"
        );
        assert!(concurrently("ALTER TABLE x").is_none());
    }

    #[test]
    fn temp_names_are_stable_and_short() {
        let t = QualifiedName::new("public", "t");
        let a = temp_name("nn", &t, "c");
        assert_eq!(a, temp_name("nn", &t, "c"));
        assert_ne!(a, temp_name("nn", &t, "d"));
        assert!(a.len() <= 63);
    }
}
