//! Breaking false cycles in the step graph. Pure.
//!
//! Some edges are not PostgreSQL's to impose: a column default is part of its table's step only
//! for readability (pg_dump sets one apart when it closes a cycle, `ALTER TABLE ... SET
//! DEFAULT` after the table and the routine it calls exist, and the default is dropped on its
//! own before them the other way), and what a function body calls or reads is recorded by no
//! one (PostgreSQL checks a SQL body's names when it is created, nothing else). When the
//! ordering gets stuck, the defaults of the tables in the cycle that use a routine or sequence
//! of the cycle are set apart; failing that, the body edges inside the cycle are given up. A
//! cycle is reported only when neither breaks it. Foreign keys, constraints, policies and
//! triggers are steps of their own already, so they never close a cycle through their table.

use std::collections::{BTreeSet, HashSet};

use super::body::{body, calls, reads, Body};
use super::PlanError;
use crate::diff::{Change, Phase};
use crate::model::*;

/// The plan order of `changes`, breaking what false cycles it can (which may set column
/// defaults apart from their tables' steps, appending steps to `changes`).
pub(super) fn ordered(
    from: &Schema,
    to: &Schema,
    changes: &mut Vec<Change>,
) -> Result<Vec<usize>, PlanError> {
    let soft = body_edges(changes, to);
    let mut given_up: HashSet<(usize, usize)> = HashSet::new();
    loop {
        let kept: Vec<(usize, usize)> = soft
            .iter()
            .filter(|e| !given_up.contains(e))
            .copied()
            .collect();
        let cycles = match super::order::order(from, to, changes, &kept) {
            Ok(order) => return Ok(order),
            Err(cycles) => cycles,
        };
        // Every cycle at once: each retry builds the graph anew.
        let mut broken = false;
        for cycle in &cycles {
            broken |= set_defaults_apart(from, to, changes, cycle);
        }
        if broken {
            continue;
        }
        let inside: Vec<(usize, usize)> = kept
            .into_iter()
            .filter(|(a, b)| cycles.iter().any(|c| c.contains(a) && c.contains(b)))
            .collect();
        if !inside.is_empty() {
            given_up.extend(inside);
            continue;
        }
        return Err(PlanError::Cycle(
            cycles
                .into_iter()
                .next()
                .unwrap_or_default()
                .into_iter()
                .map(|i| format!("{} {}", changes[i].verb(), changes[i].target()))
                .collect(),
        ));
    }
}

/// Whether a column's dependency on `referenced` comes from its default (or generated
/// expression) rather than from its type.
pub(super) fn expression_use(referenced: &ObjectId) -> bool {
    matches!(
        referenced,
        ObjectId::Function { .. }
            | ObjectId::Aggregate { .. }
            | ObjectId::Operator { .. }
            | ObjectId::Sequence { .. }
    )
}

/// Sets apart the defaults of the tables created, dropped or stashed in `cycle` that use an
/// object the cycle creates or drops: created without it and set after, or dropped before the
/// table goes.
/// Whether it changed anything.
fn set_defaults_apart(
    from: &Schema,
    to: &Schema,
    changes: &mut Vec<Change>,
    cycle: &[usize],
) -> bool {
    let in_cycle: BTreeSet<ObjectId> = cycle.iter().map(|&i| changes[i].target()).collect();
    let uses_cycle = |schema: &Schema, table: &QualifiedName, column: &str| {
        let id = ObjectId::Column {
            table: table.clone(),
            column: column.to_string(),
        };
        schema
            .dependencies
            .iter()
            .any(|(a, b)| a == &id && expression_use(b) && in_cycle.contains(b))
    };
    let mut more = Vec::new();
    for &i in cycle {
        match &mut changes[i] {
            Change::CreateTable(t) => {
                let name = t.name.clone();
                for c in t.columns.iter_mut() {
                    if c.generated.is_some() || c.identity.is_some() || c.inherited {
                        continue;
                    }
                    if c.default.is_some() && uses_cycle(to, &name, &c.name) {
                        more.push(Change::SetColumnDefault {
                            table: name.clone(),
                            column: c.name.clone(),
                            default: c.default.take(),
                        });
                    }
                }
            }
            Change::DropTable(t) | Change::StashTable { table: t, .. } => {
                for c in &t.columns {
                    if c.generated.is_some() || c.identity.is_some() || c.inherited {
                        continue;
                    }
                    if c.default.is_some() && uses_cycle(from, &t.name, &c.name) {
                        more.push(Change::SetColumnDefault {
                            table: t.name.clone(),
                            column: c.name.clone(),
                            default: None,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    more.retain(|c| !changes.contains(c));
    let changed = !more.is_empty();
    changes.extend(more);
    changed
}

/// Edges (before, after) from what created functions' bodies call and read, which PostgreSQL
/// does not record: a function after the functions it calls (not when they call each other),
/// after the views and materialized views it reads (unless they use it), and a SQL function,
/// whose body PostgreSQL checks when it is created, after the tables it reads.
pub(super) fn body_edges(changes: &[Change], to: &Schema) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let created_functions: Vec<(usize, Body)> = changes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.phase() == Phase::Create)
        .filter_map(|(i, c)| match c {
            Change::CreateFunction(f) | Change::ReplaceFunction(f) => Some((i, body(f))),
            _ => None,
        })
        .collect();
    if created_functions.is_empty() {
        return out;
    }
    for (i, f) in &created_functions {
        for (j, g) in &created_functions {
            if i != j
                && f.function.id.name != g.function.id.name
                && calls(f, g.function)
                && !calls(g, f.function)
            {
                out.push((*j, *i));
            }
        }
    }
    for (j, c) in changes.iter().enumerate() {
        let (name, id, table) = match c {
            Change::CreateView(v) => (
                &v.name,
                ObjectId::View {
                    name: v.name.clone(),
                },
                false,
            ),
            Change::CreateMaterializedView(v) => (
                &v.name,
                ObjectId::MaterializedView {
                    name: v.name.clone(),
                },
                false,
            ),
            Change::CreateTable(t) => (
                &t.name,
                ObjectId::Table {
                    name: t.name.clone(),
                },
                true,
            ),
            _ => continue,
        };
        for (i, f) in &created_functions {
            if table && f.function.language != "sql" {
                continue;
            }
            let function = ObjectId::Function {
                id: f.function.id.clone(),
            };
            if reads(f, name) && !to.dependencies.contains(&id, &function) {
                out.push((j, *i));
            }
        }
    }
    out
}
