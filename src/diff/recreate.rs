//! Tables whose shape cannot change in place: recreated with their rows. Pure.
//!
//! PostgreSQL cannot turn a plain table into a partitioned one or back, change the type a typed
//! table is OF, reorder a table's parents, or make a column it declares itself inherited only
//! (`attislocal` is never reset by DDL; ATTACH and INHERIT keep columns local). Such a table is
//! stashed under a temporary name ([`Change::StashTable`]), created anew as the target
//! describes it, its rows copied over by column name and the stash dropped
//! ([`Change::CopyTableData`]); the planner keeps all of it in one transaction. The old keys and
//! indexes are dropped first so the new table can take their names; foreign keys that
//! reference the table, and views over it, are rebuilt around it by the planner.

use std::collections::BTreeSet;

use super::in_place::key_names;
use super::indexes::managed_index;
use super::tables::{create_table, ColumnCtx};
use super::{Change, ConvertedColumn, Out};
use crate::model::*;

/// The temporary name a recreated table's rows wait under: deterministic, at most 63 bytes.
pub fn stash_name(table: &QualifiedName) -> QualifiedName {
    let key = format!("{}.{}", table.schema, table.name);
    QualifiedName {
        schema: table.schema.clone(),
        name: crate::model::id::temporary_name("stash", &key, 4),
    }
}

/// The changes that recreate each of `recreated` (see the module comment), after the other
/// diffs ran: what they planned for these tables' partitions and owned sequences is taken over
/// here.
pub(super) fn recreate(
    out: &mut Out,
    from: &Schema,
    to: &Schema,
    recreated: &BTreeSet<QualifiedName>,
    ctx: &ColumnCtx,
) {
    // Parents before their partitions: a partition's indexes attach to what its parent's
    // recreation builds.
    let depth = |name: &QualifiedName| {
        let mut n = 0;
        let mut at = name;
        while let Some(p) = to.tables.get(at).and_then(|t| t.partition_of.as_ref()) {
            n += 1;
            at = &p.parent;
            if n > to.tables.len() {
                break;
            }
        }
        n
    };
    let mut ordered: Vec<&QualifiedName> = recreated.iter().collect();
    ordered.sort_by_key(|name| depth(name));
    for name in ordered {
        let (Some(a), Some(b)) = (from.tables.get(name), to.tables.get(name)) else {
            continue;
        };
        // A column of another table holding its row type would follow the stash's type and
        // hold the stash's drop back.
        let row_type = TypeRef::named(name);
        let holds = |s: &Schema, t: &QualifiedName, c: &str| {
            s.tables.get(t).is_some_and(|t| {
                t.columns
                    .iter()
                    .any(|x| x.name == c && x.data_type.element() == row_type)
            })
        };
        if let Some((t, c)) = from.tables.values().find_map(|t| {
            t.columns
                .iter()
                .find(|c| holds(from, &t.name, &c.name) && holds(to, &t.name, &c.name))
                .map(|c| (&t.name, &c.name))
        }) {
            out.unsupported(
                ObjectId::Table { name: name.clone() },
                format!(
                    "recreating table {name}, whose row type column {} of {t} holds (move that \
                     column off the row type in a migration of its own first)",
                    crate::model::id::display_ident(c)
                ),
            );
            continue;
        }
        // A partition recreated under a recreated parent detaches itself (its stash does)
        // before the parent is stashed, and is created anew as a partition of the new parent.
        table(out, from, to, a, b, recreated, ctx);
    }
    // A partition key column of a table kept as it is cannot be converted either.
    let mut refused = Vec::new();
    for c in &out.changes {
        let Change::RecreateType { columns, .. } = c else {
            continue;
        };
        for x in columns {
            let key = from
                .tables
                .get(&x.table)
                .and_then(|t| t.partition_key.as_deref());
            if key.is_some_and(|k| key_names(k).contains(&x.column)) {
                refused.push((x.table.clone(), x.column.clone()));
            }
        }
    }
    for (table, column) in refused {
        out.unsupported(
            ObjectId::Column {
                table: table.clone(),
                column: column.clone(),
            },
            key_type_refusal(&table, &column),
        );
    }
}

/// The conversions of `m`'s column in the partitions a recreated table detaches (those kept,
/// not recreated themselves): standalone while their parent is rebuilt, each converts its own.
fn detached_conversions(
    m: &ConvertedColumn,
    detach: &[QualifiedName],
    recreated: &BTreeSet<QualifiedName>,
    from: &Schema,
    to: &Schema,
) -> Vec<ConvertedColumn> {
    let column = |s: &Schema, p: &QualifiedName| {
        s.tables
            .get(p)
            .and_then(|t| t.columns.iter().find(|x| x.name == m.column))
            .cloned()
    };
    detach
        .iter()
        .filter(|p| !recreated.contains(*p))
        .filter_map(|p| {
            let (before, after) = (column(from, p)?, column(to, p)?);
            Some(ConvertedColumn {
                table: p.clone(),
                column: m.column.clone(),
                data_type: after.data_type,
                array: m.array,
                had_default: before.default.is_some(),
                default: after.default,
            })
        })
        .collect()
}

/// Why a plan that would convert a partition key column is refused: PostgreSQL cannot ("cannot
/// alter column ... because it is part of the partition key"), and the table is not recreated
/// around a recreated domain, range, collation or composite type (only around an enum).
fn key_type_refusal(table: &QualifiedName, column: &str) -> String {
    format!(
        "the partition key column {} of {table} uses a type the plan recreates (a domain, range, \
         collation or composite type, or an enum with domains over it), and PostgreSQL cannot \
         convert a partition key column; move the table off the type in a migration of its own first",
        crate::model::id::display_ident(column)
    )
}

fn table(
    out: &mut Out,
    from: &Schema,
    to: &Schema,
    a: &Table,
    b: &Table,
    recreated: &BTreeSet<QualifiedName>,
    ctx: &ColumnCtx,
) {
    let name = &b.name;
    let stash = stash_name(name);
    let (uncopied, all_casts) = super::copy_casts::copy_casts(a, b, ctx);
    // Partitions of the old table: those the target keeps are detached (and attached to the
    // new table where it says so); the others go with the stash, after their rows were copied
    // through it. Those that stay partitions of the new table are detached by the stash, after
    // the drops that free its names; those that leave it are detached on their own, before the
    // old table's keys and indexes are dropped: a detached partition keeps its copies of them
    // as its own (PostgreSQL docs, ALTER TABLE, DETACH PARTITION), which dropping them first
    // would take along.
    let old_parts = from.tables_under(name, false);
    let direct: Vec<QualifiedName> = from
        .tables
        .values()
        .filter(|p| p.partition_of.as_ref().is_some_and(|x| &x.parent == name))
        .map(|p| p.name.clone())
        .collect();
    // (A partition recreated itself is detached by its own stash.)
    let detach: Vec<QualifiedName> = direct
        .iter()
        .filter(|p| to.tables.contains_key(*p) && !recreated.contains(*p))
        .cloned()
        .collect();
    let leaving: Vec<&QualifiedName> = detach
        .iter()
        .filter(|p| to.partition_parent(p) != Some(name))
        .collect();
    let gone_with_stash: BTreeSet<&QualifiedName> = old_parts
        .iter()
        .filter(|p| !to.tables.contains_key(*p))
        .collect();
    out.changes.retain(|c| match c {
        Change::DropTable(t) => !gone_with_stash.contains(&t.name),
        Change::DetachPartition { parent, table } => parent != name || leaving.contains(&table),
        Change::AttachPartition { parent, .. } => parent != name,
        _ => true,
    });
    for p in &leaving {
        out.push_once(Change::DetachPartition {
            table: (*p).clone(),
            parent: name.clone(),
        });
    }
    // Sequences owned by its columns: the stash would take them along; the copy hands them to
    // their owner in the target (they are not dropped on their own).
    let owned: Vec<&Sequence> = from
        .sequences
        .values()
        .filter(|s| s.owned_by.as_ref().is_some_and(|(t, _)| t == name))
        .collect();
    out.changes.retain(|c| {
        let seq = match c {
            Change::DropSequence(s) => &s.name,
            Change::SetSequenceOwnedBy { name, .. } => name,
            _ => return true,
        };
        !owned.iter().any(|o| &o.name == seq)
    });
    let owned_sequences: Vec<(QualifiedName, Option<(QualifiedName, String)>)> = owned
        .iter()
        .filter_map(|s| {
            let target = to.sequences.get(&s.name)?;
            Some((s.name.clone(), target.owned_by.clone()))
        })
        .collect();

    // Free the names the new table takes: keys (and their indexes), indexes; foreign keys go
    // too, so that tables they reference may be dropped before the stash is.
    for c in a.constraints.values().filter(|c| !c.inherited) {
        if c.index.is_some() || c.kind == ConstraintKind::ForeignKey {
            out.push(Change::DropConstraint {
                table: name.clone(),
                constraint: c.clone(),
            });
        }
    }
    for i in from.indexes.values() {
        if &i.table == name && !managed_index(i) {
            out.push(Change::DropIndex(i.clone()));
        }
    }
    // Dropping a partitioned index drops its partitions' indexes with it (PostgreSQL docs, DROP
    // INDEX): those of partitions the target keeps are created again and attached to the new
    // table's index, deepest last.
    let mut gone: BTreeSet<&QualifiedName> = from
        .indexes
        .values()
        .filter(|i| &i.table == name && !managed_index(i))
        .map(|i| &i.name)
        .collect();
    loop {
        let below: Vec<&Index> = from
            .indexes
            .values()
            .filter(|i| i.constraint.is_none() && !gone.contains(&i.name))
            .filter(|i| i.parent.as_ref().is_some_and(|p| gone.contains(p)))
            .collect();
        if below.is_empty() {
            break;
        }
        for i in below {
            gone.insert(&i.name);
            let Some(target) = to.indexes.get(&i.name) else {
                continue;
            };
            let (Some(parent), false) = (&target.parent, recreated.contains(&target.table)) else {
                continue;
            };
            if out
                .changes
                .iter()
                .any(|c| matches!(c, Change::CreateIndex(x) if x.name == target.name))
            {
                continue;
            }
            out.new_index(target, to);
            out.push(Change::AttachIndex {
                index: target.name.clone(),
                parent: parent.clone(),
            });
        }
    }
    out.push(Change::StashTable {
        table: a.clone(),
        stash: stash.clone(),
        detach: detach
            .iter()
            .filter(|p| !leaving.contains(p))
            .cloned()
            .collect(),
        lost_columns: a
            .columns
            .iter()
            .filter(|c| {
                c.generated.is_none()
                    && (!b.columns.iter().any(|x| x.name == c.name) || uncopied.contains(&c.name))
            })
            .map(|c| c.name.clone())
            .collect(),
        released: from
            .indexes
            .values()
            .filter(|i| &i.table == name && i.parent.is_some())
            .map(|i| i.name.clone())
            .collect(),
    });

    create_table(out, b, &to.tables);
    for i in to.indexes.values().filter(|i| &i.table == name) {
        // A recreated partition's copy of a parent index the plan builds (ON ONLY the parent,
        // after the partition exists) is not made with the partition: it is built and attached.
        let parent_built = i.constraint.is_none()
            && i.parent.as_ref().is_some_and(|p| {
                out.changes
                    .iter()
                    .any(|c| matches!(c, Change::CreateIndex(x) if &x.name == p))
            });
        if parent_built {
            out.new_index(i, to);
            out.push(Change::AttachIndex {
                index: i.name.clone(),
                parent: i.parent.clone().expect("checked above"),
            });
        } else if managed_index(i) {
            out.index_properties(None, i, to);
        } else {
            out.new_index(i, to);
        }
    }
    for t in to.triggers.values().filter(|t| &t.table == name) {
        out.new_trigger(t, to);
    }
    // Its rules go with the stash (DROP TABLE drops them) like its triggers: the target's are
    // created on the new table, unless the rule's own change already creates it.
    for o in to.objects.values() {
        let Spec::Rule(r) = &o.spec else { continue };
        if &r.table != name {
            continue;
        }
        let id = o.spec.id();
        let created = out
            .changes
            .iter()
            .any(|c| matches!(c, Change::CreateObject(s) if s.id() == id));
        if !created {
            out.changes.extend(super::objects::create_changes(o));
        }
    }
    // Its partitions in the target that exist already (kept through the stash, or tables that
    // were standalone or another table's partitions) are attached to the new table; those
    // recreated themselves are created as its partitions.
    for p in to
        .tables
        .values()
        .filter(|p| from.tables.contains_key(&p.name) && !recreated.contains(&p.name))
    {
        if let Some(of) = p.partition_of.as_ref().filter(|of| &of.parent == name) {
            out.push(Change::AttachPartition {
                table: p.name.clone(),
                parent: name.clone(),
                bound: of.bound.clone(),
            });
        }
    }

    let old_column = |n: &str| a.columns.iter().find(|c| c.name == n);
    let copied: Vec<&Column> = b
        .columns
        .iter()
        .filter(|c| {
            c.generated.is_none() && old_column(&c.name).is_some() && !uncopied.contains(&c.name)
        })
        .collect();
    let identities = copied
        .iter()
        .filter_map(|c| {
            let new = c.identity.as_ref()?;
            let old = old_column(&c.name)?.identity.as_ref()?;
            Some((old.sequence.clone(), new.sequence.clone()))
        })
        .collect();
    // Enums the plan recreates while this table uses them: the new table is created with the
    // new type, so its columns leave the conversion (a key column could not be converted
    // anyway); the partitions it detaches are converted instead, standalone meanwhile; the
    // stash keeps the old type, so its rows are copied through text and it drops the old type
    // (the last stash to use it does).
    let mut through_text: Vec<(String, TypeRef)> = Vec::new();
    let mut old_enums: Vec<QualifiedName> = Vec::new();
    for c in out.changes.iter_mut() {
        let Change::RecreateEnum {
            new,
            columns,
            keep_old,
            ..
        } = c
        else {
            continue;
        };
        let mine: Vec<ConvertedColumn> = columns
            .iter()
            .filter(|x| &x.table == name)
            .cloned()
            .collect();
        if mine.is_empty() {
            continue;
        }
        columns.retain(|x| &x.table != name);
        for m in &mine {
            columns.extend(detached_conversions(m, &detach, recreated, from, to));
            through_text.push((m.column.clone(), m.data_type.clone()));
        }
        let later = columns.iter().any(|x| recreated.contains(&x.table));
        if !later {
            *keep_old = true;
            old_enums.push(new.name.clone());
        }
    }
    // Domains, ranges, collations and composite types the plan recreates while this table uses
    // them: the stash's columns are converted under its name (it is renamed before the
    // conversion), and the partitions it detaches on their own. A column of the stash's
    // partition key cannot be converted: refused by name.
    let old_key = a
        .partition_key
        .as_deref()
        .map(key_names)
        .unwrap_or_default();
    let mut refused: Vec<(ObjectId, String)> = Vec::new();
    for c in out.changes.iter_mut() {
        let Change::RecreateType { columns, .. } = c else {
            continue;
        };
        let mine: Vec<ConvertedColumn> = columns
            .iter()
            .filter(|x| &x.table == name)
            .cloned()
            .collect();
        for m in &mine {
            if old_key.contains(&m.column) {
                refused.push((
                    ObjectId::Column {
                        table: name.clone(),
                        column: m.column.clone(),
                    },
                    key_type_refusal(name, &m.column),
                ));
            }
            columns.extend(detached_conversions(m, &detach, recreated, from, to));
        }
        for x in columns.iter_mut().filter(|x| &x.table == name) {
            x.table = stash.clone();
        }
    }
    for (target, what) in refused {
        out.unsupported(target, what);
    }
    through_text.retain(|(c, _)| copied.iter().any(|x| &x.name == c));
    let casts = all_casts
        .into_iter()
        .filter(|c| !through_text.iter().any(|(x, _)| x == &c.column))
        .collect();
    out.push(Change::CopyTableData {
        casts,
        through_text,
        old_enums,
        table: name.clone(),
        stash,
        columns: copied.iter().map(|c| c.name.clone()).collect(),
        partitioned: a.partition_key.is_some(),
        into_partitions: b.partition_key.is_some(),
        overriding: copied
            .iter()
            .any(|c| c.identity.as_ref().is_some_and(|i| i.always)),
        identities,
        owned_sequences,
        publications: to
            .publications
            .values()
            .filter(|p| from.publications.get(&p.name) == Some(*p))
            .flat_map(|p| {
                p.tables
                    .iter()
                    .filter(|t| &t.table == name)
                    .map(|t| (p.name.clone(), t.clone()))
            })
            .collect(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qn(name: &str) -> QualifiedName {
        QualifiedName {
            schema: "public".into(),
            name: name.into(),
        }
    }

    #[test]
    fn stash_names_are_stable_short_and_per_table() {
        let a = stash_name(&qn("orders"));
        assert_eq!(a, stash_name(&qn("orders")));
        assert_ne!(a, stash_name(&qn("order_items")));
        assert!(a.name.starts_with("pgshift_stash_") && a.name.len() <= 63);
        assert_eq!(a.schema, "public");
    }
}
