//! The objects of `model::object` (rules, statistics, operators, casts, text search and foreign
//! data objects, ...): created, dropped, altered in place where PostgreSQL can, recreated
//! otherwise. Pure.
//!
//! In place: a rule's enabled state, a statistics target, a text search configuration's
//! mappings (so indexes and columns that name the configuration keep it), the options, version
//! and functions of wrappers, servers and user mappings, foreign tables (`foreign_tables`), and a subscription's
//! connection, publications and options. Anything else recreates the object; the planner
//! rebuilds what depends on it.

use std::collections::BTreeMap;

use super::{keyed, Change, ObjectAction, OptionChange, Out};
use crate::model::*;

pub(super) fn diff_objects(
    out: &mut Out,
    from: &BTreeMap<ObjectId, CatalogObject>,
    to: &BTreeMap<ObjectId, CatalogObject>,
) {
    let (removed, added, both) = keyed(from, to);
    for o in removed {
        out.push(Change::DropObject(o.spec.clone()));
    }
    for o in added {
        create(out, o);
    }
    for (a, b) in both {
        let id = b.spec.id();
        match alterations(&a.spec, &b.spec) {
            Some(actions) => {
                for action in actions {
                    out.push(Change::AlterObject {
                        id: id.clone(),
                        action,
                    });
                }
                out.comment(id.clone(), a.comment.as_ref(), b.comment.as_ref());
                column_decorations(out, Some(&a.spec), &b.spec);
                out.grants(
                    id,
                    &a.privileges,
                    &b.privileges,
                    super::same_owner(&a.owner, &b.owner),
                );
            }
            None => {
                out.push(Change::DropObject(a.spec.clone()));
                create(out, b);
            }
        }
    }
    recreate_one_way_links(out, from, to);
}

/// An operator the plan creates that names, one way only, an operator that exists already:
/// creating it would link that operator back (PostgreSQL fills in an empty link of the operator
/// it names), so that operator is created again after it (see
/// [`crate::model::operator::one_way_links`]).
fn recreate_one_way_links(
    out: &mut Out,
    from: &BTreeMap<ObjectId, CatalogObject>,
    to: &BTreeMap<ObjectId, CatalogObject>,
) {
    let created = |out: &Out, id: &ObjectId| {
        out.changes
            .iter()
            .any(|c| matches!(c, Change::CreateObject(s) if &s.id() == id))
    };
    let mut i = 0;
    while i < out.changes.len() {
        let Change::CreateObject(Spec::Operator(op)) = &out.changes[i] else {
            i += 1;
            continue;
        };
        for other in crate::model::operator::one_way_links(op, to) {
            if created(out, &other) {
                continue;
            }
            if let (Some(a), Some(b)) = (from.get(&other), to.get(&other)) {
                out.push(Change::DropObject(a.spec.clone()));
                create(out, b);
            }
        }
        i += 1;
    }
}

/// The changes that create `o` as the target has it: the object, then what its definition
/// leaves at the default (a rule's enabled state, a statistics target), comments and grants.
pub fn create_changes(o: &CatalogObject) -> Vec<Change> {
    let mut out = Out {
        changes: Vec::new(),
    };
    create(&mut out, o);
    out.changes
}

fn create(out: &mut Out, o: &CatalogObject) {
    let id = o.spec.id();
    // A base type starts as a shell its I/O functions can name.
    if let Spec::BaseType(t) = &o.spec {
        out.push(Change::CreateObject(Spec::ShellType(ShellType {
            name: t.name.clone(),
            for_base_type: true,
        })));
    }
    out.push(Change::CreateObject(o.spec.clone()));
    match &o.spec {
        Spec::Rule(r) if r.enabled != "O" => out.push(Change::AlterObject {
            id: id.clone(),
            action: ObjectAction::SetRuleEnabled(r.enabled.clone()),
        }),
        Spec::Statistics(s) if s.target.is_some() => out.push(Change::AlterObject {
            id: id.clone(),
            action: ObjectAction::SetStatisticsTarget(s.target),
        }),
        Spec::ForeignTable(t) => {
            for action in super::foreign_tables::create_actions(t) {
                out.push(Change::AlterObject {
                    id: id.clone(),
                    action,
                });
            }
        }
        _ => {}
    }
    column_decorations(out, None, &o.spec);
    out.decorate_new(id, o.comment.as_ref(), &o.privileges);
}

/// Comments on a foreign table's columns and their privileges, and on its CHECK constraints (a
/// constraint added anew, or again with another definition, has none yet).
fn column_decorations(out: &mut Out, from: Option<&Spec>, to: &Spec) {
    let Spec::ForeignTable(t) = to else {
        return;
    };
    for c in &t.checks {
        let old = match from {
            Some(Spec::ForeignTable(a)) => a
                .checks
                .iter()
                .find(|o| o.name == c.name && o.definition == c.definition),
            _ => None,
        };
        out.comment(
            ObjectId::Constraint {
                table: t.name.clone(),
                name: c.name.clone(),
            },
            old.and_then(|o| o.comment.as_ref()),
            c.comment.as_ref(),
        );
    }
    let before = |name: &str| match from {
        Some(Spec::ForeignTable(a)) => a.columns.iter().find(|c| c.name == name),
        _ => None,
    };
    for c in &t.columns {
        let id = ObjectId::Column {
            table: t.name.clone(),
            column: c.name.clone(),
        };
        let old = before(&c.name);
        out.comment(
            id.clone(),
            old.and_then(|o| o.comment.as_ref()),
            c.comment.as_ref(),
        );
        let granted = old.map(|o| o.privileges.as_slice()).unwrap_or_default();
        out.grants(id, granted, &c.privileges, None);
    }
}

/// The in-place changes that turn `a` into `b`, or `None` when `b` must be created anew.
fn alterations(a: &Spec, b: &Spec) -> Option<Vec<ObjectAction>> {
    if a == b {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    match (a, b) {
        (Spec::Rule(x), Spec::Rule(y)) => {
            let Rule {
                table,
                name,
                definition,
                enabled,
            } = y;
            if (&x.table, &x.name, &x.definition) != (table, name, definition) {
                return None;
            }
            if &x.enabled != enabled {
                out.push(ObjectAction::SetRuleEnabled(enabled.clone()));
            }
        }
        (Spec::Statistics(x), Spec::Statistics(y)) => {
            let Statistics {
                name,
                table,
                definition,
                target,
            } = y;
            if (&x.name, &x.table, &x.definition) != (name, table, definition) {
                return None;
            }
            if &x.target != target {
                out.push(ObjectAction::SetStatisticsTarget(*target));
            }
        }
        (Spec::TextSearchConfiguration(x), Spec::TextSearchConfiguration(y)) => {
            let TextSearchConfiguration {
                name: _,
                parser,
                mappings,
            } = y;
            if &x.parser != parser {
                return None;
            }
            let old: BTreeMap<&str, &Vec<QualifiedName>> = x
                .mappings
                .iter()
                .map(|m| (m.token.as_str(), &m.dictionaries))
                .collect();
            let new: BTreeMap<&str, &Vec<QualifiedName>> = mappings
                .iter()
                .map(|m| (m.token.as_str(), &m.dictionaries))
                .collect();
            for token in old.keys().filter(|t| !new.contains_key(*t)) {
                out.push(ObjectAction::SetMapping {
                    token: token.to_string(),
                    dictionaries: None,
                    existed: true,
                });
            }
            for m in mappings {
                let before = old.get(m.token.as_str());
                if before != Some(&&m.dictionaries) {
                    out.push(ObjectAction::SetMapping {
                        token: m.token.clone(),
                        dictionaries: Some(m.dictionaries.clone()),
                        existed: before.is_some(),
                    });
                }
            }
        }
        (Spec::ForeignDataWrapper(x), Spec::ForeignDataWrapper(y)) => {
            let ForeignDataWrapper {
                name: _,
                handler,
                validator,
                options,
            } = y;
            if (&x.handler, &x.validator) != (handler, validator) {
                out.push(ObjectAction::SetWrapperFunctions {
                    handler: handler.clone(),
                    validator: validator.clone(),
                });
            }
            push_options(&mut out, &x.options, options);
        }
        (Spec::ForeignServer(x), Spec::ForeignServer(y)) => {
            let ForeignServer {
                name: _,
                wrapper,
                server_type,
                version,
                options,
            } = y;
            if (&x.wrapper, &x.server_type) != (wrapper, server_type) {
                return None;
            }
            if &x.version != version {
                out.push(ObjectAction::SetServerVersion(version.clone()));
            }
            push_options(&mut out, &x.options, options);
        }
        (Spec::UserMapping(x), Spec::UserMapping(y)) => {
            let UserMapping {
                user: _,
                server: _,
                options,
            } = y;
            push_options(&mut out, &x.options, options);
        }
        (Spec::ForeignTable(x), Spec::ForeignTable(y)) => {
            return super::foreign_tables::alterations(x, y);
        }
        (Spec::BaseType(x), Spec::BaseType(y)) => return super::base_types::alterations(x, y),
        (Spec::Language(_), Spec::Language(_)) | (Spec::Transform(_), Spec::Transform(_)) => {
            return super::languages::alterations(a, b);
        }
        (Spec::Subscription(x), Spec::Subscription(y)) => {
            let Subscription {
                name: _,
                connection,
                publications,
                slot_name,
                binary,
                streaming,
                two_phase,
                disable_on_error,
                synchronous_commit,
            } = y;
            // two_phase is fixed when the subscription is created (PostgreSQL 15).
            if &x.two_phase != two_phase {
                return None;
            }
            if &x.connection != connection {
                out.push(ObjectAction::SetConnection(connection.clone()));
            }
            if &x.publications != publications {
                out.push(ObjectAction::SetPublications(publications.clone()));
            }
            if (
                &x.slot_name,
                x.binary,
                x.streaming,
                x.disable_on_error,
                &x.synchronous_commit,
            ) != (
                slot_name,
                *binary,
                *streaming,
                *disable_on_error,
                synchronous_commit,
            ) {
                out.push(ObjectAction::SetSubscriptionSettings(y.clone()));
            }
        }
        _ => return None,
    }
    Some(out)
}

fn push_options(out: &mut Vec<ObjectAction>, from: &Options, to: &Options) {
    let changes = option_changes(from, to);
    if !changes.is_empty() {
        out.push(ObjectAction::SetOptions(changes));
    }
}

/// The `OPTIONS (...)` entries of ALTER that turn `from` into `to`: drops, then changed values
/// and additions in the target's order.
pub fn option_changes(from: &Options, to: &Options) -> Vec<OptionChange> {
    let old: BTreeMap<&str, &str> = from.iter().map(|o| option_parts(o)).collect();
    let new: BTreeMap<&str, &str> = to.iter().map(|o| option_parts(o)).collect();
    let mut out: Vec<OptionChange> = from
        .iter()
        .map(|o| option_parts(o).0)
        .filter(|n| !new.contains_key(n))
        .map(|n| OptionChange::Drop {
            name: n.to_string(),
        })
        .collect();
    for o in to {
        let (name, value) = option_parts(o);
        match old.get(name) {
            None => out.push(OptionChange::Add {
                name: name.to_string(),
                value: value.to_string(),
            }),
            Some(v)
                if *v != value && !(secret::is_secret_option(name) && secret::same(v, value)) =>
            {
                out.push(OptionChange::Set {
                    name: name.to_string(),
                    value: value.to_string(),
                })
            }
            Some(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(v: &[&str]) -> Options {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_are_dropped_set_and_added() {
        let changes = option_changes(
            &opts(&["host=a", "port=5432", "dbname=x=y"]),
            &opts(&["dbname=x=z", "host=a", "user=u"]),
        );
        assert_eq!(
            changes,
            vec![
                OptionChange::Drop {
                    name: "port".into()
                },
                OptionChange::Set {
                    name: "dbname".into(),
                    value: "x=z".into()
                },
                OptionChange::Add {
                    name: "user".into(),
                    value: "u".into()
                },
            ]
        );
    }

    fn config(mappings: &[(&str, &[&str])]) -> Spec {
        Spec::TextSearchConfiguration(TextSearchConfiguration {
            name: QualifiedName::new("app", "cfg"),
            parser: QualifiedName::new("pg_catalog", "default"),
            mappings: mappings
                .iter()
                .map(|(t, d)| TextSearchMapping {
                    token: t.to_string(),
                    dictionaries: d
                        .iter()
                        .map(|n| QualifiedName::new("pg_catalog", *n))
                        .collect(),
                })
                .collect(),
        })
    }

    #[test]
    fn text_search_mappings_change_in_place() {
        let a = config(&[("asciiword", &["simple"]), ("word", &["simple"])]);
        let b = config(&[("asciiword", &["english_stem"]), ("email", &["simple"])]);
        let actions = alterations(&a, &b).unwrap();
        let tokens: Vec<(&str, bool, bool)> = actions
            .iter()
            .map(|a| match a {
                ObjectAction::SetMapping {
                    token,
                    dictionaries,
                    existed,
                } => (token.as_str(), dictionaries.is_some(), *existed),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            tokens,
            vec![
                ("word", false, true),
                ("asciiword", true, true),
                ("email", true, false)
            ]
        );
    }
}
