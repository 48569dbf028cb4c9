//! Composite types: attributes added at the end, dropped, or retyped in place (anything that
//! would reorder attributes is refused for now); recreated with the columns that hold them, and
//! the tables made OF them, moved off and back. Pure.

use std::collections::BTreeMap;

use super::types::{columns_of_type, columns_using};
use super::{keyed, AttributeAction, Change, Out};
use crate::model::*;

/// The comment and privileges of a composite type the plan creates (new or recreated), and
/// its attributes' comments.
fn decorate_created(out: &mut Out, c: &CompositeType) {
    out.decorate_new(
        ObjectId::Type {
            name: c.name.clone(),
        },
        c.comment.as_ref(),
        &c.privileges,
    );
    for at in &c.attributes {
        out.comment(
            ObjectId::Column {
                table: c.name.clone(),
                column: at.name.clone(),
            },
            None,
            at.comment.as_ref(),
        );
    }
}

pub(super) fn diff_composites(
    out: &mut Out,
    from_schema: &Schema,
    to: &BTreeMap<QualifiedName, CompositeType>,
    targets: super::type_dependents::TargetTypes,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let from = &from_schema.composite_types;
    let (removed, added, both) = keyed(from, to);
    for c in removed {
        out.push(Change::DropCompositeType(c.clone()));
    }
    for c in added {
        out.push(Change::CreateCompositeType(c.clone()));
        decorate_created(out, c);
    }
    for (a, b) in both {
        let CompositeType {
            name,
            attributes,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Type { name: name.clone() };
        let old = |n: &String| a.attributes.iter().any(|o| &o.name == n);
        let new = |n: &String| attributes.iter().any(|x| &x.name == n);
        // Kept attributes stay in order; new ones can only be appended.
        let kept: Vec<&String> = attributes
            .iter()
            .map(|x| &x.name)
            .filter(|n| old(n))
            .collect();
        let kept_before: Vec<&String> = a
            .attributes
            .iter()
            .map(|o| &o.name)
            .filter(|n| new(n))
            .collect();
        let appended_only = match attributes.iter().position(|x| !old(&x.name)) {
            Some(i) => attributes[i..].iter().all(|x| !old(&x.name)),
            None => true,
        };
        let reordered = kept != kept_before || !appended_only;
        let retyped = attributes.iter().any(|x| {
            a.attributes.iter().any(|o| {
                o.name == x.name && (o.data_type != x.data_type || o.collation != x.collation)
            })
        });
        // PostgreSQL retypes no attribute of a composite type that table columns use (adding
        // and dropping attributes it does): the type is recreated and its columns rebuilt field
        // by field, which also lets attributes move.
        // Arrays of it are converted through their text form, which holds the attributes by
        // position: only when the attributes keep their names and order.
        let same_names = a
            .attributes
            .iter()
            .map(|x| &x.name)
            .eq(attributes.iter().map(|x| &x.name));
        // Tables made OF the type take its attributes as their columns.
        let typed_tables = typed_tables(from_schema, name);
        let typed = !typed_tables.is_empty();
        if retyped || reordered {
            match columns_of_type(from_schema, name, None, to_tables) {
                Some(columns) if columns.iter().any(|c| c.array) && !same_names => {
                    out.unsupported(
                        id.clone(),
                        format!("adding, dropping or reordering attributes of composite type {name} while retyping others, which array columns use"),
                    );
                    continue;
                }
                // A table made OF the type moves to the new one by NOT OF and OF again, its
                // columns matched to the new attributes in between (OF wants the same names,
                // types and collations in the same order): only when the attributes it keeps
                // stay in order and it is OF the type in the target too.
                Some(columns)
                    if typed
                        && !columns.is_empty()
                        && (reordered || !typed_in_both(&typed_tables, to_tables, name)) =>
                {
                    out.unsupported(
                        id.clone(),
                        format!("recreating composite type {name}, which table columns hold and tables are made OF, while its attributes are reordered or a table stops being OF it (recreate those tables in an earlier migration)"),
                    );
                    continue;
                }
                // Attributes that move or come in between others need the type made anew
                // (ALTER TYPE only appends), also where no column uses it.
                Some(columns) if !columns.is_empty() || (reordered && !typed) => {
                    out.push(Change::RecreateType {
                        drop: Box::new(Change::DropCompositeType(a.clone())),
                        create: Box::new(Change::CreateCompositeType(b.clone())),
                        columns,
                        dependents: Vec::new(),
                        typed_tables,
                    });
                    decorate_created(out, b);
                    continue;
                }
                // Domains or ranges built over it (or over arrays of it) whose columns hold
                // it: PostgreSQL retypes no attribute then either ("cannot alter type ...
                // because column ... uses it"). They are recreated with it, their columns
                // parked as text, which holds the attributes by position.
                None => {
                    let deps =
                        super::type_dependents::dependents(from_schema, targets, name, to_tables);
                    if let Some(deps) = deps.filter(|d| d.in_use()) {
                        if !same_names {
                            out.unsupported(
                                id.clone(),
                                format!("adding, dropping or reordering attributes of composite type {name} while retyping others, which domains or ranges over it use"),
                            );
                            continue;
                        }
                        let own = columns_using(from_schema, name, None, to_tables);
                        out.push(Change::DropCompositeType(a.clone()));
                        out.push(Change::CreateCompositeType(b.clone()));
                        let n = out.changes.len();
                        super::type_dependents::recreate_with(out, n - 2, n - 1, own, deps);
                        decorate_created(out, b);
                        continue;
                    }
                }
                _ => {}
            }
        }
        if reordered {
            out.unsupported(
                id.clone(),
                if typed {
                    format!("reordering or inserting attributes of composite type {name}, which tables are made OF (ALTER TYPE only appends; recreate those tables in an earlier migration)")
                } else {
                    format!("reordering or inserting attributes of composite type {name}, which another type uses")
                },
            );
            continue;
        }
        let alter = |action| Change::AlterCompositeType {
            name: name.clone(),
            action,
            cascade: typed,
        };
        for o in a.attributes.iter().filter(|o| !new(&o.name)) {
            out.push(alter(AttributeAction::Drop(o.name.clone())));
        }
        for x in attributes {
            let cid = ObjectId::Column {
                table: name.clone(),
                column: x.name.clone(),
            };
            match a.attributes.iter().find(|o| o.name == x.name) {
                None => {
                    out.push(alter(AttributeAction::Add(x.clone())));
                    out.comment(cid, None, x.comment.as_ref());
                }
                Some(o) => {
                    if o.data_type != x.data_type || o.collation != x.collation {
                        out.push(alter(AttributeAction::SetType {
                            name: x.name.clone(),
                            data_type: x.data_type.clone(),
                            collation: x.collation.clone(),
                        }));
                    }
                    out.comment(cid, o.comment.as_ref(), x.comment.as_ref());
                }
            }
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

/// The tables made OF the composite type `name`, by name.
fn typed_tables(from: &Schema, name: &QualifiedName) -> Vec<QualifiedName> {
    from.tables
        .values()
        .filter(|t| t.of_type.as_ref() == Some(name))
        .map(|t| t.name.clone())
        .collect()
}

/// Whether every one of `typed` (the tables made OF `name`) stays in the target, OF it.
fn typed_in_both(
    typed: &[QualifiedName],
    to_tables: &BTreeMap<QualifiedName, Table>,
    name: &QualifiedName,
) -> bool {
    typed.iter().all(|t| {
        to_tables
            .get(t)
            .is_some_and(|b| b.of_type.as_ref() == Some(name))
    })
}
