//! Partition indexes that go with their parent. Pure.
//!
//! An index (or key) of a partition that is attached to its partitioned parent's index cannot
//! be detached or dropped on its own: PostgreSQL drops it with the parent index (or the parent's
//! key), and only then. So when the plan drops a parent index or key, the partition indexes
//! attached to it that the target still has (as the partition's own, or attached elsewhere) are
//! made again after it; and when the target detaches one from a parent index it keeps, the
//! parent index is rebuilt (dropped, created again, its other partitions' indexes made and
//! attached again).

use std::collections::{BTreeMap, BTreeSet};

use super::{Change, Out};
use crate::model::*;

/// See the module comment. `from` and `to` are the indexes diffed (recreated tables' left out).
pub(super) fn orphaned(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Index>,
    to: &BTreeMap<QualifiedName, Index>,
    source: &Schema,
    target: &Schema,
) {
    // The indexes attached to each parent index, found once: a scan of all indexes per index
    // made the diff quadratic in the schema's size.
    let attached = |indexes: &BTreeMap<QualifiedName, Index>| {
        let mut by_parent: BTreeMap<QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
        for i in indexes.values() {
            if let Some(parent) = &i.parent {
                by_parent
                    .entry(parent.clone())
                    .or_default()
                    .push(i.name.clone());
            }
        }
        by_parent
    };
    let (from_children, to_children) = (attached(from), attached(to));
    if from_children.is_empty() && to_children.is_empty() {
        return;
    }
    let children = |by_parent: &BTreeMap<QualifiedName, Vec<QualifiedName>>,
                    parent: &QualifiedName| {
        by_parent.get(parent).cloned().unwrap_or_default()
    };
    // Parent indexes the plan drops: dropped indexes, and the indexes of dropped keys.
    let mut gone: BTreeSet<QualifiedName> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::DropIndex(i) => Some(i.name.clone()),
            Change::DropConstraint {
                constraint: Constraint {
                    index: Some(ix), ..
                },
                ..
            } => Some(ix.clone()),
            _ => None,
        })
        .filter(|n| from_children.contains_key(n))
        .collect();
    // Parent indexes (not a key's) the target keeps as they are but with fewer partitions'
    // indexes attached: rebuilt.
    let mut rebuilt: Vec<QualifiedName> = Vec::new();
    for (name, p) in from {
        let Some(q) = to.get(name) else { continue };
        if gone.contains(name) || p.constraint.is_some() || q.constraint.is_some() {
            continue;
        }
        // (A partition detached from the parent's table takes its indexes along.)
        let still_partition = |t: &QualifiedName| {
            target
                .tables
                .get(t)
                .and_then(|t| t.partition_of.as_ref())
                .is_some_and(|po| po.parent == q.table)
        };
        // A partition whose index attached to this one the target does not have attached as
        // it is (or renamed): gone while the parent index stays (made ON ONLY, left invalid),
        // the partition's own, reshaped, or another index in its place. PostgreSQL detaches a
        // partition's index only with its parent index or its table.
        let renamed = |c: &QualifiedName, b: &QualifiedName| {
            out.changes.iter().any(|x| {
                matches!(x, Change::RenameIndex { from, to, .. } if from == c && to == &b.name)
            })
        };
        let detached = children(&from_children, name).iter().any(|c| {
            let table = &from[c].table;
            still_partition(table)
                && !children(&to_children, name).iter().any(|b| {
                    &to[b].table == table
                        && (renamed(c, b)
                            || b == c
                                && from[c].definition == to[b].definition
                                && from[c].constraint.is_some() == to[b].constraint.is_some())
                })
        });
        if detached {
            out.push(Change::DropIndex(p.clone()));
            out.new_index(q, target);
            rebuilt.push(name.clone());
            gone.insert(name.clone());
        }
    }
    // Everything attached below a gone parent goes with it.
    let mut dropped: BTreeSet<QualifiedName> = BTreeSet::new();
    let mut queue: Vec<QualifiedName> = gone.iter().cloned().collect();
    while let Some(p) = queue.pop() {
        for c in children(&from_children, &p) {
            if dropped.insert(c.clone()) {
                queue.push(c);
            }
        }
    }
    // They are not renamed in place: they go, and come back under the target's name.
    out.changes
        .retain(|x| !matches!(x, Change::RenameIndex { from, .. } if dropped.contains(from)));
    // Indexes of a rebuilt parent come back attached to it, with those the target attaches.
    let mut remade: Vec<&Index> = dropped.iter().filter_map(|n| to.get(n)).collect();
    for p in &rebuilt {
        for c in children(&to_children, p) {
            if !dropped.contains(&c) {
                remade.extend(to.get(&c));
            }
        }
    }
    for b in remade {
        // Its table goes or is recreated: made with it.
        if !target.tables.contains_key(&b.table) || !source.tables.contains_key(&b.table) {
            continue;
        }
        if let Some(k) = &b.constraint {
            let Some(c) = target
                .tables
                .get(&b.table)
                .and_then(|t| t.constraints.get(k))
            else {
                continue;
            };
            // A key of its parent's is made by the parent's key when that is added; one the
            // plan adds anyway or keeps is not added again.
            let made = out.changes.iter().any(|x| {
                matches!(x, Change::AddConstraint { table, constraint } if table == &b.table && constraint.name == c.name)
            });
            let kept = source
                .tables
                .get(&b.table)
                .and_then(|t| t.constraints.get(k))
                .is_some_and(|a| a == c && !dropped.contains(&b.name));
            if !(c.inherited || made || kept) {
                out.push(Change::AddConstraint {
                    table: b.table.clone(),
                    constraint: c.clone(),
                });
                out.comment(
                    ObjectId::Constraint {
                        table: b.table.clone(),
                        name: c.name.clone(),
                    },
                    None,
                    c.comment.as_ref(),
                );
                out.index_properties(None, b, target);
            }
            // A rebuilt parent index (not a key's) is made ON ONLY: the key is attached to it.
            if let Some(parent) = b.parent.as_ref().filter(|p| rebuilt.contains(p)) {
                let attach = Change::AttachIndex {
                    index: b.name.clone(),
                    parent: parent.clone(),
                };
                if !out.changes.contains(&attach) {
                    out.push(attach);
                }
            }
            continue;
        }
        if let Some(parent) = &b.parent {
            // Under a key: made by the key's own add.
            if to.get(parent).is_some_and(|p| p.constraint.is_some()) {
                continue;
            }
        }
        if out
            .changes
            .iter()
            .any(|x| matches!(x, Change::CreateIndex(i) if i.name == b.name))
        {
            continue;
        }
        let attach = b.parent.as_ref().map(|parent| Change::AttachIndex {
            index: b.name.clone(),
            parent: parent.clone(),
        });
        // An index the plan keeps (the partition's own before) is attached as it is.
        let kept = from
            .get(&b.name)
            .is_some_and(|a| !dropped.contains(&b.name) && a.definition == b.definition);
        if kept {
            if let Some(x) = attach.filter(|x| !out.changes.contains(x)) {
                out.push(x);
            }
            continue;
        }
        out.changes
            .retain(|x| !matches!(x, Change::AttachIndex { index, .. } if index == &b.name));
        out.new_index(b, target);
        out.changes.extend(attach);
    }
}

/// A partition the plan creates with `CREATE TABLE ... PARTITION OF` gets a copy of every index
/// (and key) its parent has then, named by PostgreSQL (`<table>_<columns>_idx`, `_key`,
/// `_pkey`, made unique with a number). Where the target names the copy otherwise (an index
/// made by hand and attached, a key declared with the partition), the plan renames it.
/// `fresh` are the tables the plan creates (new or recreated).
pub(super) fn auto_named(
    out: &mut Out,
    source: &Schema,
    target: &Schema,
    fresh: &BTreeSet<QualifiedName>,
) {
    // Parent indexes that exist when the partition is created: kept by the plan as they are.
    let dropped: BTreeSet<&QualifiedName> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::DropIndex(i) => Some(&i.name),
            Change::DropConstraint {
                constraint: Constraint {
                    index: Some(ix), ..
                },
                ..
            } => Some(ix),
            _ => None,
        })
        .collect();
    let kept = |p: &QualifiedName| {
        !dropped.contains(p)
            && matches!((source.indexes.get(p), target.indexes.get(p)), (Some(a), Some(b)) if a.definition == b.definition && a.constraint == b.constraint)
    };
    let mut renames = Vec::new();
    for t in fresh {
        let Some(table) = target.tables.get(t) else {
            continue;
        };
        if table.partition_of.is_none() {
            continue;
        }
        // What exists when the partition is created (not its own indexes and keys yet).
        let mut taken = relation_names(source, &t.schema, t);
        taken.extend(relation_names(target, &t.schema, t));
        let mut copies: Vec<&Index> = target
            .indexes
            .values()
            .filter(|i| &i.table == t && i.parent.as_ref().is_some_and(&kept))
            .collect();
        copies.sort_by_key(|i| i.parent.clone());
        for i in copies {
            let label = match (&i.constraint, i.primary) {
                (_, true) => "pkey",
                (Some(k), _)
                    if table
                        .constraints
                        .get(k)
                        .is_some_and(|c| c.kind == ConstraintKind::Exclusion) =>
                {
                    "excl"
                }
                (Some(_), _) => "key",
                (None, _) => "idx",
            };
            let columns = column_names(i.key_columns.iter().chain(&i.include_columns));
            let addition = if i.primary { None } else { Some(columns) };
            let name = choose_relation_name(&t.name, addition.as_deref(), label, &taken);
            taken.insert(name.clone());
            if name != i.name.name {
                renames.push(Change::RenameIndex {
                    table: t.clone(),
                    from: QualifiedName::new(&t.schema, &name),
                    to: i.name.name.clone(),
                });
            }
        }
    }
    out.changes.extend(renames);
}

/// Names of relations and constraints in `schema` (PostgreSQL picks an index name that is
/// neither).
fn relation_names(s: &Schema, schema: &str, except: &QualifiedName) -> BTreeSet<String> {
    let indexes = s
        .indexes
        .values()
        .filter(|i| &i.table != except)
        .map(|i| &i.name);
    let names = s
        .tables
        .keys()
        .chain(s.views.keys())
        .chain(s.materialized_views.keys())
        .chain(s.sequences.keys())
        .chain(indexes)
        .chain(s.composite_types.keys())
        .filter(|n| n.schema == schema)
        .map(|n| n.name.clone());
    let constraints = s
        .tables
        .values()
        .filter(|t| t.name.schema == schema && &t.name != except)
        .flat_map(|t| t.constraints.keys().cloned());
    names.chain(constraints).collect()
}

/// The column part of an index name as PostgreSQL makes it (`ChooseIndexColumnNames`): key
/// and INCLUDE columns by name (`expr` for an expression), a repeated name numbered, joined by
/// `_` and cut at the name length limit. `columns` are quoted as the catalog gives them.
fn column_names<'a>(columns: impl Iterator<Item = &'a String>) -> String {
    let mut names: Vec<String> = Vec::new();
    for c in columns {
        let base = unquoted(c).unwrap_or_else(|| "expr".to_string());
        let mut name = base.clone();
        let mut n = 1;
        while names.contains(&name) {
            let suffix = n.to_string();
            name = format!("{}{suffix}", clip(&base, NAME_LIMIT - suffix.len()));
            n += 1;
        }
        names.push(name);
    }
    let mut out = String::new();
    for n in names {
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&n);
        if out.len() >= NAME_LIMIT + 1 {
            break;
        }
    }
    out
}

/// A column as written in an index definition, unquoted; none for an expression.
fn unquoted(c: &str) -> Option<String> {
    if let Some(inner) = c.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
        return (!inner.replace("\"\"", "").contains('"')).then(|| inner.replace("\"\"", "\""));
    }
    let mut chars = c.chars();
    let first = chars.next()?;
    ((first.is_ascii_lowercase() || first == '_')
        && chars.all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_' || ch == '$'))
    .then(|| c.to_string())
}

/// PostgreSQL's longest name, in bytes (NAMEDATALEN - 1).
const NAME_LIMIT: usize = 63;

/// `s` cut to at most `n` bytes on a character boundary.
fn clip(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `ChooseRelationName`: `name1[_name2]_label`, the longer part cut first to fit, and the label
/// numbered (`idx1`, `idx2`, ...) until the name is not `taken`.
fn choose_relation_name(
    name1: &str,
    name2: Option<&str>,
    label: &str,
    taken: &BTreeSet<String>,
) -> String {
    let make = |label: &str| {
        let overhead = usize::from(name2.is_some()) + label.len() + 1;
        let avail = NAME_LIMIT.saturating_sub(overhead);
        let (mut n1, mut n2) = (name1.len(), name2.map_or(0, str::len));
        while n1 + n2 > avail {
            if n1 > n2 {
                n1 -= 1;
            } else {
                n2 -= 1;
            }
        }
        let mut name = clip(name1, n1).to_string();
        if let Some(n) = name2 {
            name.push('_');
            name.push_str(clip(n, n2));
        }
        name.push('_');
        name.push_str(label);
        name
    };
    let mut name = make(label);
    let mut pass = 0;
    while taken.contains(&name) {
        pass += 1;
        name = make(&format!("{label}{pass}"));
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_chosen_as_postgresql_chooses_them() {
        let none = BTreeSet::new();
        let cols = |c: &[&str]| {
            let v: Vec<String> = c.iter().map(|s| s.to_string()).collect();
            column_names(v.iter())
        };
        assert_eq!(choose_relation_name("orders_2024", Some(&cols(&["k", "id"])), "idx", &none), "orders_2024_k_id_idx");
        assert_eq!(choose_relation_name("orders_2024", None, "pkey", &none), "orders_2024_pkey");
        assert_eq!(cols(&["lower(x)", "\"Mixed\"", "lower(y)"]), "expr_Mixed_expr1");
        let taken: BTreeSet<String> = ["t_a_idx".to_string(), "t_a_idx1".to_string()].into();
        assert_eq!(choose_relation_name("t", Some("a"), "idx", &taken), "t_a_idx2");
        // Too long: the longer part is cut first.
        let long = "a".repeat(70);
        let name = choose_relation_name(&long, Some("id"), "key", &none);
        assert_eq!(name.len(), 63);
        assert!(name.ends_with("a_id_key"));
    }
}
