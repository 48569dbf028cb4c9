//! Whether a table's shape can change in place, and which tables are recreated with their rows
//! instead ([`super::recreate`] plans that). Pure.
//!
//! PostgreSQL cannot turn a plain table into a partitioned one or back, change the type a typed
//! table is OF, reorder a table's parents, or make a column it declares itself inherited only
//! (`attislocal` is never reset by DDL; ATTACH and INHERIT keep columns local).

use std::collections::BTreeSet;

use crate::model::*;

/// Why `a` (of the schema `from`) cannot become `b` (of the schema `to`) in place, if it cannot.
pub(super) fn reason(a: &Table, b: &Table, from: &Schema, to: &Schema) -> Option<&'static str> {
    if a.partition_key != b.partition_key {
        return Some("its partitioning changes");
    }
    if a.of_type != b.of_type {
        return Some("the type it is OF changes");
    }
    // PostgreSQL cannot change the type or collation of a column its partition key uses
    // ("cannot alter column ... because it is part of the partition key").
    if let Some(key) = &b.partition_key {
        let retyped = b.columns.iter().any(|c| {
            a.columns.iter().any(|x| {
                x.name == c.name && (x.data_type != c.data_type || x.collation != c.collation)
            }) && key_names(key).contains(&c.name)
        });
        if retyped {
            return Some("a column of its partition key changes type");
        }
        // An enum that loses or reorders values is recreated and its columns converted: a key
        // column cannot be, so the table is recreated around the new type.
        if !key_enums(a, b, from, to).is_empty() {
            return Some("an enum a column of its partition key uses is recreated");
        }
    }
    let kept: Vec<&QualifiedName> = a
        .inherits
        .iter()
        .filter(|p| b.inherits.contains(p))
        .collect();
    if !kept
        .iter()
        .copied()
        .eq(b.inherits.iter().filter(|p| a.inherits.contains(p)))
    {
        // INHERIT only appends a parent.
        return Some("the order of its parents changes");
    }
    // Partitions' columns may be local or not to the same effect; plain inheritance children
    // keep a local column when the parent drops its own.
    let becomes_inherited = b.partition_of.is_none()
        && b.columns
            .iter()
            .any(|c| c.inherited && a.columns.iter().any(|x| x.name == c.name && !x.inherited));
    if becomes_inherited {
        return Some("columns it declares itself become inherited only");
    }
    let kept_parents: Vec<&Table> = b
        .inherits
        .iter()
        .filter(|p| a.inherits.contains(p))
        .filter_map(|p| to.tables.get(p))
        .collect();
    // The reverse: a column it has only from a parent it keeps, that the target declares as
    // its own too. Only NO INHERIT sets `attislocal`, and for every column of that parent.
    let becomes_local = b.partition_of.is_none()
        && b.columns.iter().any(|c| {
            !c.inherited
                && a.columns.iter().any(|x| x.name == c.name && x.inherited)
                && kept_parents
                    .iter()
                    .any(|p| p.columns.iter().any(|x| x.name == c.name))
        });
    if becomes_local {
        return Some("columns it has only by inheritance become its own too");
    }
    // A CHECK it declares that the target has only from a parent it keeps: a merged copy
    // cannot be dropped ("cannot drop inherited constraint") and stays local.
    let check_becomes_inherited = b.partition_of.is_none()
        && b.constraints.values().any(|y| {
            y.inherited
                && y.kind == ConstraintKind::Check
                && a.constraints.get(&y.name).is_some_and(|x| !x.inherited)
                && kept_parents
                    .iter()
                    .any(|p| p.constraints.contains_key(&y.name))
        });
    if check_becomes_inherited {
        return Some("a CHECK it declares becomes inherited only");
    }
    // INHERIT needs the child to have the new parent's columns already, and a column added for
    // it stays the child's own: one the target has only by inheritance from a new parent (no
    // parent it keeps brings it) cannot be made in place.
    let gains_inherited = b.partition_of.is_none()
        && b.columns.iter().any(|c| {
            c.inherited
                && !a.columns.iter().any(|x| x.name == c.name)
                && !kept_parents
                    .iter()
                    .any(|p| p.columns.iter().any(|x| x.name == c.name))
        });
    if gains_inherited {
        return Some("a new parent brings columns it has only by inheritance");
    }
    // NO INHERIT leaves the child its own copy of a column no remaining parent brings: one the
    // target still has only by inheritance (from a new parent) cannot stay so in place.
    let loses_parents = b.partition_of.is_none()
        && b.columns.iter().any(|c| {
            c.inherited
                && a.columns.iter().any(|x| x.name == c.name && x.inherited)
                && !kept_parents
                    .iter()
                    .any(|p| p.columns.iter().any(|x| x.name == c.name))
        });
    if loses_parents {
        return Some("columns it has only by inheritance lose every parent that brings them");
    }
    None
}

/// The enums that `b`'s partition key columns use (kept from `a`) and that the plan recreates
/// (values removed or reordered), with those columns: PostgreSQL cannot convert a key column.
fn key_enums(a: &Table, b: &Table, from: &Schema, to: &Schema) -> Vec<(String, QualifiedName)> {
    let Some(key) = &b.partition_key else {
        return Vec::new();
    };
    let names = key_names(key);
    b.columns
        .iter()
        .filter(|c| names.contains(&c.name))
        .filter(|c| {
            a.columns
                .iter()
                .any(|x| x.name == c.name && x.data_type == c.data_type)
        })
        .filter_map(|c| {
            let e = to
                .enums
                .values()
                .find(|e| c.data_type.names(&e.name) && !c.data_type.is_array())?;
            let old = from.enums.get(&e.name)?;
            super::types::enum_additions(&old.values, &e.values)
                .is_none()
                .then(|| (c.name.clone(), e.name.clone()))
        })
        .collect()
}

/// The names a partition key's definition (`RANGE (a, lower(b))`) mentions, unquoted: its
/// columns, and maybe function names too (a false match only recreates a table that could
/// have changed in place).
pub(super) fn key_names(key: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut chars = key.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '"' {
            let mut name = String::new();
            while let Some(c) = chars.next() {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        name.push('"');
                        continue;
                    }
                    break;
                }
                name.push(c);
            }
            out.insert(name);
        } else if c == '\'' {
            // A literal: skipped whole ('' inside it ends and starts it again, to no effect).
            for c in chars.by_ref() {
                if c == '\'' {
                    break;
                }
            }
        } else if c.is_alphabetic() || c == '_' {
            let mut name = c.to_string();
            while let Some(&c) = chars.peek() {
                if c.is_alphanumeric() || c == '_' || c == '$' {
                    name.push(c);
                    chars.next();
                } else {
                    break;
                }
            }
            out.insert(name);
        }
    }
    out
}

/// The tables of `to` that also exist in `from` and must be recreated, with the inheritance
/// children of those (kept by the target): a child cannot stay attached to a stash.
pub(super) fn tables(from: &Schema, to: &Schema) -> BTreeSet<QualifiedName> {
    let mut set: BTreeSet<QualifiedName> = to
        .tables
        .values()
        .filter(|b| {
            // Stubs (policies on managed tables) have no shape of their own.
            !(b.columns.is_empty() && b.owner.is_empty())
        })
        .filter_map(|b| {
            let a = from.tables.get(&b.name)?;
            reason(a, b, from, to).map(|_| b.name.clone())
        })
        .collect();
    loop {
        let children: Vec<QualifiedName> = from
            .tables
            .values()
            .filter(|t| {
                !set.contains(&t.name)
                    && to.tables.contains_key(&t.name)
                    && t.inherits.iter().any(|p| set.contains(p))
            })
            .map(|t| t.name.clone())
            .collect();
        if children.is_empty() {
            return set;
        }
        set.extend(children);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_key_names_are_read_unquoted() {
        let names = key_names(r#"RANGE ("Day ""1""", lower(name), (id + 1)) "#);
        let want: BTreeSet<String> = ["RANGE", "Day \"1\"", "lower", "name", "id"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(names, want);
        assert!(key_names("LIST ((kind = 'x'))").contains("kind"));
        assert!(!key_names("LIST ((kind = 'x'))").contains("x"));
    }

    fn qn(name: &str) -> QualifiedName {
        QualifiedName {
            schema: "public".into(),
            name: name.into(),
        }
    }

    fn column(name: &str, inherited: bool) -> Column {
        Column {
            name: name.into(),
            data_type: "integer".into(),
            collation: None,
            not_null: false,
            default: None,
            identity: None,
            generated: None,
            inherited,
            comment: None,
            privileges: vec![],
            settings: ColumnSettings::default(),
            rewrites_on_add: false,
        }
    }

    fn table(columns: Vec<Column>) -> Table {
        Table {
            name: qn("t"),
            columns,
            constraints: Default::default(),
            policies: Default::default(),
            unlogged: false,
            partition_key: None,
            partition_of: None,
            inherits: vec![],
            of_type: None,
            replica_identity: ReplicaIdentity::Default,
            rls_enabled: false,
            rls_forced: false,
            options: vec![],
            access_method: None,
            owner: "app".into(),
            comment: None,
            privileges: vec![],
        }
    }

    #[test]
    fn shapes_that_cannot_change_in_place() {
        let plain = table(vec![column("a", false), column("b", false)]);
        assert_eq!(
            reason(&plain, &plain, &Schema::default(), &Schema::default()),
            None
        );

        let mut partitioned = plain.clone();
        partitioned.partition_key = Some("RANGE (a)".into());
        assert!(reason(&plain, &partitioned, &Schema::default(), &Schema::default()).is_some());
        assert!(reason(&partitioned, &plain, &Schema::default(), &Schema::default()).is_some());

        let mut typed = plain.clone();
        typed.of_type = Some(qn("shape"));
        assert!(reason(&plain, &typed, &Schema::default(), &Schema::default()).is_some());

        let mut two = plain.clone();
        two.inherits = vec![qn("p1"), qn("p2")];
        let mut swapped = plain.clone();
        swapped.inherits = vec![qn("p2"), qn("p1")];
        assert!(reason(&two, &swapped, &Schema::default(), &Schema::default()).is_some());
        // Adding or removing a parent is done in place.
        let mut one = plain.clone();
        one.inherits = vec![qn("p2")];
        assert_eq!(
            reason(&one, &two, &Schema::default(), &Schema::default()),
            None
        );
        assert_eq!(
            reason(&two, &one, &Schema::default(), &Schema::default()),
            None
        );

        // A column declared by the table that must become inherited only.
        let mut child = plain.clone();
        child.inherits = vec![qn("p1")];
        let mut inherited = child.clone();
        inherited.columns[0].inherited = true;
        assert!(reason(&child, &inherited, &Schema::default(), &Schema::default()).is_some());
        // The other way is ALTER TABLE ONLY parent DROP COLUMN, in place.
        assert_eq!(
            reason(&inherited, &child, &Schema::default(), &Schema::default()),
            None
        );
        // Partitions' columns may stay local.
        let mut partition = inherited.clone();
        partition.inherits = vec![];
        partition.partition_of = Some(PartitionOf {
            parent: qn("p1"),
            bound: "DEFAULT".into(),
        });
        let mut attached = partition.clone();
        attached.columns[0].inherited = false;
        assert_eq!(
            reason(
                &attached,
                &partition,
                &Schema::default(),
                &Schema::default()
            ),
            None
        );

        // A column it has only by inheritance, whose parents it leaves for one that brings it
        // too: NO INHERIT would leave it its own.
        let mut to = Schema::default();
        let mut p2 = table(vec![column("a", false)]);
        p2.name = qn("p2");
        to.tables.insert(qn("p2"), p2);
        let mut moved = inherited.clone();
        moved.inherits = vec![qn("p2")];
        assert!(reason(&inherited, &moved, &Schema::default(), &to).is_some());
        // A parent it keeps still brings it: in place.
        let mut both = inherited.clone();
        both.inherits = vec![qn("p1"), qn("p2")];
        assert_eq!(reason(&both, &moved, &Schema::default(), &to), None);
    }
}
