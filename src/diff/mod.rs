//! `(&Schema, &Schema) -> ChangeSet`: what turns the first schema into the second, as typed
//! changes. Pure.
//!
//! One keyed comparison per object kind decides create, drop, alter or recreate. Model structs
//! are destructured without `..`, so a field added to the model is a compile error here until
//! the diff handles it. What cannot be expressed yet becomes [`Change::Unsupported`], which the
//! planner refuses with its message: never a silent skip.
//!
//! Each object family has its own file (`schemas`, `types`, `tables`, `indexes`, `views`,
//! `routines`, `triggers`, `privileges`, `objects`); this one holds what they share (`Out`,
//! `keyed`, the objects recreated on any change) and calls them in order.

mod base_types;
pub mod change;
mod classify;
mod columns;
mod composites;
mod copy_casts;
mod foreign_tables;
pub mod guard;
mod identity_sequences;
mod in_place;
mod index_names;
mod indexes;
mod inherited_columns;
mod languages;
pub mod objects;
mod partition_copies;
mod partition_indexes;
mod privileges;
mod publications;
mod recreate;
mod recreated;
use recreated::{diff_recreated, Recreated};
mod renames;
mod routines;
mod schemas;
mod tables;
mod triggers;
mod type_dependents;
mod types;
pub mod views;

use std::collections::{BTreeMap, BTreeSet};

pub use change::{
    AttributeAction, Change, ConvertedColumn, CopyCast, DomainAction, EnumPosition, IdentityAction,
    NotNullStage, ObjectAction, OptionChange, Phase,
};
pub use indexes::index_properties;
pub use privileges::{identity_sequences_created, owner_changes, with_default_privileges};
pub use recreate::stash_name;
pub use tables::option_changes;
pub use types::enum_additions;

use crate::model::*;

/// The changes, in the order the diff found them (the planner orders them).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ChangeSet {
    pub changes: Vec<Change>,
    /// Whether the plan sets owners (of objects whose owner differs, and of every object it
    /// creates), as [`Options::owners`] asked.
    #[serde(skip)]
    pub owners: bool,
}

/// What a diff compares beyond the schema itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Manage owners (`[diff] owners = true`, `--owners`). Off by default: the role that runs a
    /// migration usually owns what it creates, and environments often differ in role names.
    pub owners: bool,
}

impl ChangeSet {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Removed, added and common entries of two keyed maps, in key order.
fn keyed<'a, K: Ord + 'a, V: 'a>(
    from: impl IntoIterator<Item = (&'a K, &'a V)>,
    to: impl IntoIterator<Item = (&'a K, &'a V)>,
) -> (Vec<&'a V>, Vec<&'a V>, Vec<(&'a V, &'a V)>) {
    // Both sides iterate in key order (BTreeMap, SmallMap): one merge pass.
    let (mut removed, mut added, mut both) = (Vec::new(), Vec::new(), Vec::new());
    let mut from = from.into_iter().peekable();
    let mut to = to.into_iter().peekable();
    loop {
        match (from.peek(), to.peek()) {
            (Some((a, _)), Some((b, _))) => match a.cmp(b) {
                std::cmp::Ordering::Less => removed.extend(from.next().map(|(_, v)| v)),
                std::cmp::Ordering::Greater => added.extend(to.next().map(|(_, v)| v)),
                std::cmp::Ordering::Equal => {
                    if let (Some((_, a)), Some((_, b))) = (from.next(), to.next()) {
                        both.push((a, b));
                    }
                }
            },
            (Some(_), None) => removed.extend(from.next().map(|(_, v)| v)),
            (None, Some(_)) => added.extend(to.next().map(|(_, v)| v)),
            (None, None) => break,
        }
    }
    (removed, added, both)
}

/// Privileges a freshly created object has without any GRANT (owner's own left out, as in the
/// model): EXECUTE on functions and USAGE on types for PUBLIC.
fn default_grants(target: &ObjectId) -> Vec<Grant> {
    let public = |p: &str| Grant {
        grantee: "PUBLIC".into(),
        privilege: p.into(),
        grantable: false,
        grantor: None,
    };
    match target {
        ObjectId::Function { .. } | ObjectId::Aggregate { .. } => vec![public("EXECUTE")],
        ObjectId::Type { .. } | ObjectId::Language { .. } => vec![public("USAGE")],
        _ => Vec::new(),
    }
}

struct Out {
    changes: Vec<Change>,
}

impl Out {
    fn push(&mut self, c: Change) {
        self.changes.push(c);
    }

    /// Pushes `c` unless the same change is there already (several paths may ask for it).
    fn push_once(&mut self, c: Change) {
        if !self.changes.contains(&c) {
            self.changes.push(c);
        }
    }

    fn comment(&mut self, target: ObjectId, from: Option<&String>, to: Option<&String>) {
        if from != to {
            self.push(Change::Comment {
                target,
                comment: to.cloned(),
            });
        }
    }

    /// Grants and revokes from `from` to `to`. `owner` is the object's owner when both sides
    /// have the same: its own privileges are implicit, so its entries are only the grant
    /// options it holds on itself (the catalog keeps nothing else of them), and one going away
    /// leaves it the privilege: revoked whole, then granted back without the option.
    fn grants(&mut self, target: ObjectId, from: &[Grant], to: &[Grant], owner: Option<&str>) {
        for g in from.iter().filter(|g| !to.contains(g)) {
            self.push(Change::Revoke {
                target: target.clone(),
                grant: g.clone(),
            });
            if owner == Some(g.grantee.as_str()) {
                self.push(Change::Grant {
                    target: target.clone(),
                    grant: Grant {
                        grantable: false,
                        ..g.clone()
                    },
                });
            }
        }
        for g in to.iter().filter(|g| !from.contains(g)) {
            self.push(Change::Grant {
                target: target.clone(),
                grant: g.clone(),
            });
        }
    }

    /// Comment and grants of a newly created object.
    fn decorate_new(&mut self, target: ObjectId, comment: Option<&String>, privileges: &[Grant]) {
        self.comment(target.clone(), None, comment);
        let defaults = default_grants(&target);
        self.grants(target, &defaults, privileges, None);
    }

    fn unsupported(&mut self, target: ObjectId, what: impl Into<String>) {
        self.push(Change::Unsupported {
            target,
            what: what.into(),
        });
    }
}

/// The owner both sides of an object share, whose own entries [`Out::grants`] reads as grant
/// options it holds on itself.
fn same_owner<'a>(a: &'a str, b: &'a str) -> Option<&'a str> {
    (a == b && !a.is_empty()).then_some(a)
}

/// The comment and grant changes an object needs right after it is created (for objects the
/// planner drops and recreates).
pub fn decorations_of_new(
    target: ObjectId,
    comment: Option<&String>,
    privileges: &[Grant],
) -> Vec<Change> {
    let mut out = Out {
        changes: Vec::new(),
    };
    out.decorate_new(target, comment, privileges);
    out.changes
}

/// The changes that turn `from` into `to`, owners left alone.
pub fn diff(from: &Schema, to: &Schema) -> ChangeSet {
    diff_with(from, to, Options::default())
}

/// The changes that turn `from` into `to`, as `options` ask.
pub fn diff_with(from: &Schema, to: &Schema, options: Options) -> ChangeSet {
    diff_using(from, to, options, &Usings::new())
}

/// Conversions users give for column type changes: (table, column) -> the `USING` expression
/// (`--using 'schema.table.column=EXPRESSION'`).
pub type Usings = BTreeMap<(QualifiedName, String), String>;

/// [`diff_with`], with the conversions a user gave for column type changes: such a column is
/// converted with its expression, where it would otherwise be cast or, with no cast, replaced.
pub fn diff_using(from: &Schema, to: &Schema, options: Options, usings: &Usings) -> ChangeSet {
    let mut out = Out {
        changes: Vec::new(),
    };
    let Schema {
        server_version: _,
        schemas,
        extensions,
        collations,
        enums,
        domains,
        composite_types,
        range_types,
        sequences,
        tables,
        views,
        materialized_views,
        indexes,
        functions,
        aggregates,
        triggers,
        event_triggers,
        // Read by `diff_publications`, once the tables' changes are known.
        publications: _,
        default_privileges,
        // Read by `diff_member_privileges`, once the extensions' changes are known.
        member_privileges: _,
        objects,
        dependencies: _,
        uncastable,
        unassignable,
        // Never compared: comparisons refuse while either side has any (see `guard`).
        unmodelled: _,
        // A fact of the server, not of the schema.
        roles: _,
        reader: _,
        // Read by `diff_extensions` (an extension moving in or out of an excluded schema).
        excluded_extensions: _,
        // Derived from the tables, for look-ups.
        identity_index: _,
    } = to;
    schemas::diff_schemas(&mut out, &from.schemas, schemas);
    schemas::diff_extensions(&mut out, from, extensions, &to.excluded_extensions, tables);
    diff_recreated(
        &mut out,
        &from.collations,
        collations,
        Change::DropCollation,
        Change::CreateCollation,
    );
    types::diff_enums(&mut out, from, enums, tables);
    types::diff_domains(&mut out, from, domains, tables);
    composites::diff_composites(
        &mut out,
        from,
        composite_types,
        type_dependents::TargetTypes {
            domains,
            range_types,
            composite_types,
        },
        tables,
    );
    diff_recreated(
        &mut out,
        &from.range_types,
        range_types,
        Change::DropRangeType,
        Change::CreateRangeType,
    );
    schemas::diff_sequences(&mut out, &from.sequences, sequences, from, tables);
    routines::diff_functions(&mut out, &from.functions, functions);
    diff_recreated(
        &mut out,
        &from.aggregates,
        aggregates,
        Change::DropAggregate,
        Change::CreateAggregate,
    );
    let enum_types: BTreeSet<TypeRef> = from
        .enums
        .keys()
        .chain(enums.keys())
        .flat_map(|n| {
            let t = TypeRef::named(n);
            [t.array_of(), t]
        })
        .collect();
    let extension_moves: Vec<(String, String)> = extensions
        .values()
        .filter_map(|e| {
            let before = from.extensions.get(&e.name)?;
            (before.schema != e.schema).then(|| (before.schema.clone(), e.schema.clone()))
        })
        .collect();
    // Tables recreated with their rows: their own indexes and triggers come with them.
    let recreated = in_place::tables(from, to);
    let foreign_heirs_above = foreign_tables::foreign_heirs_above(from, to);
    let ctx = tables::ColumnCtx {
        uncastable,
        unassignable,
        usings,
        sequences_before: &from.sequences,
        enum_types: &enum_types,
        extension_moves: &extension_moves,
        from_tables: &from.tables,
        to_tables: tables,
        recreated: &recreated,
        foreign_heirs_above: &foreign_heirs_above,
    };
    tables::diff_tables(&mut out, &from.tables, tables, &ctx, &recreated);
    fn index_table(i: &Index) -> &QualifiedName {
        &i.table
    }
    let (from_indexes, to_indexes) = (
        without_tables(&from.indexes, &recreated, index_table),
        without_tables(indexes, &recreated, index_table),
    );
    let fresh: BTreeSet<QualifiedName> = tables
        .keys()
        .filter(|t| !from.tables.contains_key(*t) || recreated.contains(*t))
        .cloned()
        .collect();
    indexes::diff_indexes(&mut out, &from_indexes, &to_indexes, from, to, &fresh);
    partition_indexes::orphaned(&mut out, &from_indexes, &to_indexes, from, to);
    partition_indexes::joining_partitions(&mut out, from, to, &fresh);
    partition_indexes::keys_adopted(&mut out, from, to);
    views::diff_views(&mut out, &from.views, views, false);
    views::diff_views(&mut out, &from.materialized_views, materialized_views, true);
    fn trigger_table(t: &Trigger) -> &QualifiedName {
        &t.table
    }
    triggers::diff_triggers(
        &mut out,
        &without_tables(&from.triggers, &recreated, trigger_table),
        &without_tables(triggers, &recreated, trigger_table),
        to,
    );
    triggers::diff_event_triggers(&mut out, &from.event_triggers, event_triggers);
    objects::diff_objects(&mut out, &from.objects, objects);
    privileges::diff_default_privileges(&mut out, from, default_privileges, schemas);
    privileges::regrant_columns(&mut out, to);
    // A serial column turned identity: its sequence is replaced by the identity's own, in the
    // identity's step.
    let replaced: Vec<QualifiedName> = out
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::AlterIdentity {
                action:
                    IdentityAction::Add {
                        identity,
                        replaces_sequence: true,
                    },
                ..
            } => Some(identity.sequence.clone()),
            _ => None,
        })
        .collect();
    out.changes
        .retain(|c| !matches!(c, Change::DropSequence(s) if replaced.contains(&s.name)));
    types::recreate_types_in_use(
        &mut out,
        from,
        type_dependents::TargetTypes {
            domains,
            range_types,
            composite_types,
        },
        tables,
    );
    row_types_in_use(&mut out, from, tables);
    // An identity sequence made with its column (a new table or column, an identity added)
    // gets its comment after it.
    let new_sequences: Vec<QualifiedName> = out
        .changes
        .iter()
        .flat_map(identity_sequences_created)
        .collect();
    for name in new_sequences {
        if let Some(comment) = to
            .identity_sequence(&name)
            .and_then(|(_, i)| i.comment.clone())
        {
            out.comment(ObjectId::Sequence { name }, None, Some(&comment));
        }
    }
    recreate::recreate(&mut out, from, to, &recreated, &ctx);
    identity_sequences::identity_persistence(&mut out, from, to);
    base_types::cascade_io_functions(&mut out, from, to);
    types::refuse_canonical_ranges(&mut out);
    privileges::diff_member_privileges(&mut out, from, to);
    publications::diff_publications(&mut out, from, to);
    renames::constraint_renames(&mut out, from, to);
    let owners = if options.owners {
        owner_changes(from, to, &out.changes)
    } else {
        privileges::owners_kept(from, &out.changes)
    };
    out.changes.extend(owners);
    let owned_by = privileges::owned_by_owners(from, &out.changes);
    out.changes.extend(owned_by);
    if !options.owners {
        privileges::drop_moot_owner_privileges(&mut out.changes, from, to);
    }
    ChangeSet {
        changes: out.changes,
        owners: options.owners,
    }
}

/// A table whose row type another table's column stores (`home public.addresses`) cannot change
/// a column's type: PostgreSQL refuses to rewrite it ("cannot alter table ... because column
/// ... uses its row type"). Such a change is refused by name rather than planned to fail.
fn row_types_in_use(out: &mut Out, from: &Schema, to_tables: &BTreeMap<QualifiedName, Table>) {
    let mut refused: BTreeMap<QualifiedName, String> = BTreeMap::new();
    for c in &out.changes {
        let (Change::AlterColumnType { table, .. } | Change::ReplaceColumn { table, .. }) = c
        else {
            continue;
        };
        let user = from.tables.values().find_map(|t| {
            t.columns
                .iter()
                .find(|col| col.data_type.names(table) && col.data_type.array_dims <= 1)
                .filter(|col| {
                    // Only a use the target keeps (a column dropped first is no obstacle).
                    to_tables
                        .get(&t.name)
                        .is_some_and(|b| b.columns.iter().any(|x| x.name == col.name))
                })
                .map(|col| format!("{}.{}", t.name, col.name))
        });
        if let Some(user) = user {
            refused.entry(table.clone()).or_insert(user);
        }
    }
    for (table, user) in refused {
        out.unsupported(
            ObjectId::Table {
                name: table.clone(),
            },
            format!(
                "changing a column type of table {table}, whose row type column {user} stores (change or drop that column in an earlier migration)"
            ),
        );
    }
}

/// `map` without the entries that belong to one of `tables` (`table` names an entry's table).
fn without_tables<'a, K: Ord + Clone, V: Clone>(
    map: &'a BTreeMap<K, V>,
    tables: &BTreeSet<QualifiedName>,
    table: impl Fn(&V) -> &QualifiedName,
) -> std::borrow::Cow<'a, BTreeMap<K, V>> {
    if tables.is_empty() {
        return std::borrow::Cow::Borrowed(map);
    }
    std::borrow::Cow::Owned(
        map.iter()
            .filter(|(_, v)| !tables.contains(table(v)))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_schemas_have_no_changes() {
        let a = Schema::default();
        assert!(diff(&a, &a.clone()).is_empty());
    }

    fn with_schemas(owners: &[(&str, &str)]) -> Schema {
        let mut s = Schema::default();
        for (name, owner) in owners {
            let ns = Namespace {
                name: name.to_string(),
                owner: owner.to_string(),
                comment: None,
                privileges: Vec::new(),
            };
            s.schemas.insert(name.to_string(), ns);
        }
        s
    }

    #[test]
    fn privileges_an_unmanaged_owner_holds_are_neither_granted_nor_revoked() {
        // The source's owner alice keeps the schema (owners not managed): the target's grant
        // to alice is hers already, and the target's owner carol keeps the grant she has in
        // the source (the target gives her everything as its owner).
        let usage = |role: &str, grantable: bool| Grant {
            grantee: role.into(),
            privilege: "USAGE".into(),
            grantable,
            grantor: None,
        };
        let mut a = with_schemas(&[("app", "alice")]);
        a.schemas.get_mut("app").unwrap().privileges = vec![usage("carol", false)];
        let mut b = with_schemas(&[("app", "carol")]);
        b.schemas.get_mut("app").unwrap().privileges = vec![usage("alice", false)];
        assert!(diff(&a, &b).is_empty());
        assert!(diff(&b, &a).is_empty());
        // A grant option is granted even to the owner; another role's grant as usual.
        b.schemas.get_mut("app").unwrap().privileges =
            vec![usage("alice", true), usage("dave", false)];
        let granted: Vec<String> = diff(&a, &b)
            .changes
            .iter()
            .filter_map(|c| match c {
                Change::Grant { grant, .. } => Some(grant.grantee.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(granted, vec!["alice".to_string(), "dave".to_string()]);
        // Managed owners: everything is compared.
        b.schemas.get_mut("app").unwrap().privileges = vec![usage("alice", false)];
        assert!(!diff_with(&a, &b, Options { owners: true }).is_empty());
    }

    #[test]
    fn owners_are_compared_only_when_asked_and_set_on_every_new_object() {
        let a = with_schemas(&[("app", "alice"), ("same", "bob")]);
        let b = with_schemas(&[("app", "carol"), ("same", "bob"), ("new", "bob")]);
        // Off by default: only the new schema is created, no owner set anywhere.
        let plain = diff(&a, &b);
        assert_eq!(plain.changes.len(), 1);
        assert!(!plain
            .changes
            .iter()
            .any(|c| matches!(c, Change::SetOwner { .. })));
        let owners = diff_with(&a, &b, Options { owners: true });
        let set: Vec<(String, String)> = owners
            .changes
            .iter()
            .filter_map(|c| match c {
                Change::SetOwner { target, owner } => Some((target.to_string(), owner.clone())),
                _ => None,
            })
            .collect();
        // The changed owner, and the new schema's (it would otherwise belong to whoever runs
        // the plan); the unchanged one is left alone.
        assert_eq!(
            set,
            vec![
                ("schema app".to_string(), "carol".to_string()),
                ("schema new".to_string(), "bob".to_string())
            ]
        );
        // Same owners: nothing to do, even when asked.
        assert!(diff_with(&b, &b.clone(), Options { owners: true }).is_empty());
    }

    fn table(name: &str, columns: &[(&str, &str)]) -> Table {
        Table {
            name: QualifiedName::new("public", name),
            columns: columns
                .iter()
                .map(|(n, t)| Column {
                    name: n.to_string(),
                    data_type: TypeRef::parse(t),
                    collation: None,
                    not_null: false,
                    default: None,
                    identity: None,
                    generated: None,
                    inherited: false,
                    comment: None,
                    privileges: vec![],
                    settings: ColumnSettings::default(),
                    rewrites_on_add: false,
                })
                .collect(),
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

    fn with_tables(tables: Vec<Table>) -> Schema {
        let mut s = Schema::default();
        for t in tables {
            s.tables.insert(t.name.clone(), t);
        }
        s
    }

    #[test]
    fn a_column_type_change_of_a_table_whose_row_type_is_stored_is_refused_by_name() {
        let person = table("person", &[("id", "integer"), ("home", "public.addr")]);
        let a = with_tables(vec![
            table("addr", &[("street", "text"), ("zip", "integer")]),
            person.clone(),
        ]);
        let b = with_tables(vec![
            table("addr", &[("street", "text"), ("zip", "text")]),
            person,
        ]);
        let refusals: Vec<String> = diff(&a, &b)
            .changes
            .iter()
            .filter_map(|c| match c {
                Change::Unsupported { what, .. } => Some(what.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(refusals.len(), 1);
        assert!(refusals[0].contains("public.addr") && refusals[0].contains("public.person.home"));
        // Without the stored row type the change is planned.
        let alone =
            |s: &Schema| with_tables(vec![s.tables[&QualifiedName::new("public", "addr")].clone()]);
        assert!(!diff(&alone(&a), &alone(&b))
            .changes
            .iter()
            .any(|c| matches!(c, Change::Unsupported { .. })));
    }

    #[test]
    fn a_table_recreated_while_another_table_holds_its_row_type_is_refused_by_name() {
        let events = table("events", &[("id", "integer"), ("at", "date")]);
        let mut partitioned = events.clone();
        partitioned.partition_key = Some("RANGE (at)".into());
        let log = table("log", &[("id", "integer"), ("ev", "public.events[]")]);
        let a = with_tables(vec![events.clone(), log.clone()]);
        let b = with_tables(vec![partitioned.clone(), log]);
        let refusals = |a: &Schema, b: &Schema| -> Vec<String> {
            diff(a, b)
                .changes
                .iter()
                .filter_map(|c| match c {
                    Change::Unsupported { what, .. } => Some(what.clone()),
                    _ => None,
                })
                .collect()
        };
        let got = refusals(&a, &b);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("recreating table public.events") && got[0].contains("public.log"),
            "{got:?}"
        );
        // A table that leaves the row type in the target is no reason to refuse.
        let c = with_tables(vec![partitioned, table("log", &[("id", "integer")])]);
        assert!(refusals(&a, &c).is_empty());
    }
}
