//! `(&Schema, &Schema) -> ChangeSet`: what turns the first schema into the second, as typed
//! changes. Pure.
//!
//! One keyed comparison per object kind decides create, drop, alter or recreate. Model structs
//! are destructured without `..`, so a field added to the model is a compile error here until
//! the diff handles it. What cannot be expressed yet becomes [`Change::Unsupported`], which the
//! planner refuses with its message: never a silent skip.

pub mod change;
mod classify;
pub mod guard;
pub mod objects;
mod recreate;

use std::collections::{BTreeMap, BTreeSet, HashMap};

pub use change::{
    AttributeAction, Change, ConvertedColumn, DomainAction, EnumPosition, IdentityAction,
    NotNullStage, ObjectAction, OptionChange, Phase,
};
pub use recreate::{descendants, stash_name};

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
fn keyed<'a, K: Ord, V>(
    from: &'a BTreeMap<K, V>,
    to: &'a BTreeMap<K, V>,
) -> (Vec<&'a V>, Vec<&'a V>, Vec<(&'a V, &'a V)>) {
    let removed = from
        .iter()
        .filter(|(k, _)| !to.contains_key(k))
        .map(|(_, v)| v)
        .collect();
    let added = to
        .iter()
        .filter(|(k, _)| !from.contains_key(k))
        .map(|(_, v)| v)
        .collect();
    let both = from
        .iter()
        .filter_map(|(k, a)| to.get(k).map(|b| (a, b)))
        .collect();
    (removed, added, both)
}

/// Privileges a freshly created object has without any GRANT (owner's own left out, as in the
/// model): EXECUTE on functions and USAGE on types for PUBLIC.
fn default_grants(target: &ObjectId) -> Vec<Grant> {
    let public = |p: &str| Grant {
        grantee: "PUBLIC".into(),
        privilege: p.into(),
        grantable: false,
    };
    match target {
        ObjectId::Function { .. } | ObjectId::Aggregate { .. } => vec![public("EXECUTE")],
        ObjectId::Type { .. } => vec![public("USAGE")],
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

    /// The settings of a column the plan creates, when they are not the defaults.
    fn new_column_settings(&mut self, table: &QualifiedName, c: &Column) {
        if !c.settings.is_default() {
            self.push(Change::SetColumnSettings {
                table: table.clone(),
                column: c.name.clone(),
                from: ColumnSettings::default(),
                to: c.settings.clone(),
            });
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

    fn grants(&mut self, target: ObjectId, from: &[Grant], to: &[Grant]) {
        for g in from.iter().filter(|g| !to.contains(g)) {
            self.push(Change::Revoke {
                target: target.clone(),
                grant: g.clone(),
            });
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
        self.grants(target, &defaults, privileges);
    }

    /// A new index and what it carries beside its definition ([`index_properties`]).
    fn new_index(&mut self, i: &Index, to: &Schema) {
        self.push(Change::CreateIndex(i.clone()));
        self.index_properties(None, i, to);
    }

    /// [`index_properties`], each change once (a new table sets its replica identity itself).
    fn index_properties(&mut self, from: Option<&Index>, i: &Index, to: &Schema) {
        for c in index_properties(from, i, to) {
            if !self.changes.contains(&c) {
                self.push(c);
            }
        }
    }

    /// A new trigger, its enabled state when not the default, and its comment.
    fn new_trigger(&mut self, t: &Trigger) {
        self.push(Change::CreateTrigger(t.clone()));
        if t.enabled != "O" {
            self.push(Change::SetTriggerEnabled {
                table: t.table.clone(),
                name: t.name.clone(),
                enabled: t.enabled.clone(),
            });
        }
        let id = ObjectId::Trigger {
            table: t.table.clone(),
            name: t.name.clone(),
        };
        self.comment(id, None, t.comment.as_ref());
    }

    fn unsupported(&mut self, target: ObjectId, what: impl Into<String>) {
        self.push(Change::Unsupported {
            target,
            what: what.into(),
        });
    }
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

/// What an index carries beside its definition, as changes from `from` (`None` when the plan
/// creates or rebuilds it) to `i` in the target schema `to`: its comment, the statistics
/// targets of its columns, whether its table is clustered on it, and for a new index the
/// replica identity of its table when that names it (dropping an index loses all of these;
/// PostgreSQL docs, ALTER TABLE, "REPLICA IDENTITY": with the index gone the table behaves as
/// NOTHING).
pub fn index_properties(from: Option<&Index>, i: &Index, to: &Schema) -> Vec<Change> {
    let Index {
        name,
        table,
        // The definition says the rest; a new one rebuilds the index (`diff_indexes`).
        definition: _,
        method: _,
        unique: _,
        primary: _,
        key_columns: _,
        include_columns: _,
        predicate: _,
        constraint: _,
        parent: _,
        nulls_not_distinct: _,
        valid: _,
        comment,
        clustered,
        statistics,
    } = i;
    let mut out = Vec::new();
    if from.and_then(|a| a.comment.as_ref()) != comment.as_ref() {
        out.push(Change::Comment {
            target: ObjectId::Index { name: name.clone() },
            comment: comment.clone(),
        });
    }
    let no_statistics = BTreeMap::new();
    let old_statistics = from.map_or(&no_statistics, |a| &a.statistics);
    if old_statistics != statistics {
        out.push(Change::SetIndexStatistics {
            index: name.clone(),
            from: old_statistics.clone(),
            to: statistics.clone(),
        });
    }
    let was_clustered = from.is_some_and(|a| a.clustered);
    if *clustered && !was_clustered {
        out.push(Change::SetCluster {
            table: table.clone(),
            index: Some(name.name.clone()),
        });
    } else if !clustered
        && was_clustered
        // CLUSTER ON another index unmarks this one.
        && !to.indexes.values().any(|x| &x.table == table && x.clustered)
    {
        out.push(Change::SetCluster {
            table: table.clone(),
            index: None,
        });
    }
    let identity = ReplicaIdentity::Index(name.name.clone());
    if from.is_none()
        && to
            .tables
            .get(table)
            .is_some_and(|t| t.replica_identity == identity)
    {
        out.push(Change::SetReplicaIdentity {
            table: table.clone(),
            identity,
        });
    }
    out
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
        publications,
        default_privileges,
        objects,
        dependencies: _,
        uncastable,
        // Never compared: comparisons refuse while either side has any (see `guard`).
        unmodelled: _,
    } = to;
    diff_schemas(&mut out, &from.schemas, schemas);
    diff_extensions(&mut out, from, extensions, tables);
    diff_recreated(
        &mut out,
        &from.collations,
        collations,
        Change::DropCollation,
        Change::CreateCollation,
    );
    diff_enums(&mut out, from, enums, tables);
    diff_domains(&mut out, &from.domains, domains);
    diff_composites(&mut out, from, composite_types, tables);
    diff_recreated(
        &mut out,
        &from.range_types,
        range_types,
        Change::DropRangeType,
        Change::CreateRangeType,
    );
    diff_sequences(&mut out, &from.sequences, sequences);
    diff_functions(&mut out, &from.functions, functions);
    diff_recreated(
        &mut out,
        &from.aggregates,
        aggregates,
        Change::DropAggregate,
        Change::CreateAggregate,
    );
    let enum_types: BTreeSet<String> = from
        .enums
        .keys()
        .chain(enums.keys())
        .flat_map(|n| {
            let q = crate::sql::writer::qualified(n);
            [format!("{q}[]"), q]
        })
        .collect();
    let extension_moves: Vec<(String, String)> = extensions
        .values()
        .filter_map(|e| {
            let before = from.extensions.get(&e.name)?;
            let prefix = |s: &str| format!("{}.", crate::sql::writer::ident(s));
            (before.schema != e.schema).then(|| (prefix(&before.schema), prefix(&e.schema)))
        })
        .collect();
    let ctx = ColumnCtx {
        uncastable,
        usings,
        sequences_before: &from.sequences,
        enum_types: &enum_types,
        extension_moves: &extension_moves,
        from_tables: &from.tables,
        to_tables: tables,
    };
    // Tables recreated with their rows: their own indexes and triggers come with them.
    let recreated = recreate::tables(from, to);
    diff_tables(&mut out, &from.tables, tables, &ctx, &recreated);
    fn index_table(i: &Index) -> &QualifiedName {
        &i.table
    }
    diff_indexes(
        &mut out,
        &without_tables(&from.indexes, &recreated, index_table),
        &without_tables(indexes, &recreated, index_table),
        to,
    );
    diff_views(&mut out, &from.views, views, false);
    diff_views(&mut out, &from.materialized_views, materialized_views, true);
    fn trigger_table(t: &Trigger) -> &QualifiedName {
        &t.table
    }
    diff_triggers(
        &mut out,
        &without_tables(&from.triggers, &recreated, trigger_table),
        &without_tables(triggers, &recreated, trigger_table),
    );
    diff_recreated(
        &mut out,
        &from.event_triggers,
        event_triggers,
        Change::DropEventTrigger,
        Change::CreateEventTrigger,
    );
    diff_recreated(
        &mut out,
        &from.publications,
        publications,
        Change::DropPublication,
        Change::CreatePublication,
    );
    objects::diff_objects(&mut out, &from.objects, objects);
    diff_default_privileges(&mut out, from, default_privileges, schemas);
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
    recreate_types_in_use(&mut out, from, tables);
    recreate::recreate(&mut out, from, to, &recreated);
    if options.owners {
        let owners = owner_changes(from, to, &out.changes);
        out.changes.extend(owners);
    }
    ChangeSet {
        changes: out.changes,
        owners: options.owners,
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

/// `ALTER ... OWNER TO` for every object whose owner differs between the schemas, and for every
/// object the plan creates or rebuilds (it would otherwise belong to whoever runs the plan).
pub fn owner_changes(from: &Schema, to: &Schema, changes: &[Change]) -> Vec<Change> {
    let created: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.creates())
        .map(|c| c.target())
        .collect();
    let before: HashMap<ObjectId, &str> = from.owners().into_iter().collect();
    to.owners()
        .into_iter()
        .filter(|(id, owner)| {
            !owner.is_empty() && (created.contains(id) || before.get(id) != Some(owner))
        })
        .map(|(target, owner)| Change::SetOwner {
            target,
            owner: owner.to_string(),
        })
        .collect()
}

/// A domain or range type the diff drops and creates again while table columns use it: PostgreSQL
/// cannot drop it under them, so the pair becomes one [`Change::RecreateType`] that moves the
/// columns off and back.
fn recreate_types_in_use(out: &mut Out, from: &Schema, to_tables: &BTreeMap<QualifiedName, Table>) {
    let dropped = |c: &Change| match c {
        Change::DropDomain(d) => Some(d.name.clone()),
        Change::DropRangeType(r) => Some(r.name.clone()),
        Change::DropCollation(c) => Some(c.name.clone()),
        _ => None,
    };
    let created = |c: &Change, name: &QualifiedName| match c {
        Change::CreateDomain(d) => &d.name == name,
        Change::CreateRangeType(r) => &r.name == name,
        Change::CreateCollation(c) => &c.name == name,
        _ => false,
    };
    let mut i = 0;
    while i < out.changes.len() {
        let Some(name) = dropped(&out.changes[i]) else {
            i += 1;
            continue;
        };
        let Some(j) = out.changes.iter().position(|c| created(c, &name)) else {
            i += 1;
            continue;
        };
        let columns = if matches!(out.changes[i], Change::DropCollation(_)) {
            columns_of_collation(from, &name, to_tables)
        } else {
            columns_of_type(from, &name, to_tables)
        };
        match columns {
            Some(columns) if !columns.is_empty() => {
                let create = out.changes.remove(j);
                let at = if j < i { i - 1 } else { i };
                let drop = out.changes[at].clone();
                out.changes[at] = Change::RecreateType {
                    drop: Box::new(drop),
                    create: Box::new(create),
                    columns,
                };
                i = at + 1;
            }
            None => {
                out.unsupported(
                    ObjectId::Type { name: name.clone() },
                    format!("recreating type {name}, which another type uses"),
                );
                i += 1;
            }
            Some(_) => i += 1,
        }
    }
}

/// The privileges objects get when `role` creates them and no `ALTER DEFAULT PRIVILEGES` entry
/// exists (PostgreSQL docs, "Privileges", Table 5.2): the owner has every privilege of the kind,
/// and PUBLIC may execute functions and use types. Entries for one schema only add to these.
fn builtin_default_privileges(role: &str, object_type: &str, version: u32) -> Vec<Grant> {
    let owner: &[&str] = match object_type {
        "tables" if version >= 170000 => &[
            "SELECT",
            "INSERT",
            "UPDATE",
            "DELETE",
            "TRUNCATE",
            "REFERENCES",
            "TRIGGER",
            "MAINTAIN",
        ],
        "tables" => &[
            "SELECT",
            "INSERT",
            "UPDATE",
            "DELETE",
            "TRUNCATE",
            "REFERENCES",
            "TRIGGER",
        ],
        "sequences" => &["SELECT", "UPDATE", "USAGE"],
        "functions" => &["EXECUTE"],
        "types" => &["USAGE"],
        "schemas" => &["USAGE", "CREATE"],
        _ => &[],
    };
    let mut out: Vec<Grant> = owner
        .iter()
        .map(|p| Grant {
            grantee: role.to_string(),
            privilege: p.to_string(),
            grantable: false,
        })
        .collect();
    let public = match object_type {
        "functions" => Some("EXECUTE"),
        "types" => Some("USAGE"),
        _ => None,
    };
    if let Some(p) = public {
        out.push(Grant {
            grantee: "PUBLIC".into(),
            privilege: p.into(),
            grantable: false,
        });
    }
    out.sort();
    out
}

/// Default privileges as the grants each (role, schema, object type) gives, with absent entries
/// read as PostgreSQL's built-in defaults: revokes for what goes, grants for what comes. Entries
/// of a schema that is dropped go with it.
fn diff_default_privileges(
    out: &mut Out,
    from: &Schema,
    to: &[DefaultPrivilege],
    to_schemas: &BTreeMap<String, Namespace>,
) {
    type Key = (String, Option<String>, String);
    let by_key = |list: &[DefaultPrivilege]| -> BTreeMap<Key, Vec<Grant>> {
        list.iter()
            .map(|d| {
                (
                    (d.role.clone(), d.schema.clone(), d.object_type.clone()),
                    d.grants.clone(),
                )
            })
            .collect()
    };
    let a = by_key(&from.default_privileges);
    let b = by_key(to);
    let keys: std::collections::BTreeSet<Key> = a.keys().chain(b.keys()).cloned().collect();
    for key in keys {
        let (role, schema, object_type) = &key;
        if schema.as_ref().is_some_and(|s| !to_schemas.contains_key(s)) {
            continue;
        }
        let implicit = || match schema {
            None => builtin_default_privileges(role, object_type, from.server_version),
            Some(_) => Vec::new(),
        };
        let before = a.get(&key).cloned().unwrap_or_else(implicit);
        let after = b.get(&key).cloned().unwrap_or_else(implicit);
        for (list, other, revoke) in [(&before, &after, true), (&after, &before, false)] {
            for g in list.iter().filter(|g| !other.contains(g)) {
                out.push(Change::DefaultPrivilege {
                    role: role.clone(),
                    schema: schema.clone(),
                    object_type: object_type.clone(),
                    grant: g.clone(),
                    revoke,
                });
            }
        }
    }
}

/// Objects recreated (drop and create) on any change beyond comment, privileges and owner,
/// which are altered in place.
trait Recreated: PartialEq + Clone {
    fn id(&self) -> ObjectId;
    fn comment(&self) -> Option<&String>;
    fn privileges(&self) -> &[Grant] {
        &[]
    }
    /// The object with comment, privileges and owner cleared.
    fn core(&self) -> Self;
}

impl Recreated for RangeType {
    fn id(&self) -> ObjectId {
        ObjectId::Type {
            name: self.name.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn privileges(&self) -> &[Grant] {
        &self.privileges
    }
    fn core(&self) -> Self {
        RangeType {
            owner: String::new(),
            comment: None,
            privileges: Vec::new(),
            ..self.clone()
        }
    }
}

impl Recreated for Aggregate {
    fn id(&self) -> ObjectId {
        ObjectId::Aggregate {
            id: self.id.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn privileges(&self) -> &[Grant] {
        &self.privileges
    }
    fn core(&self) -> Self {
        Aggregate {
            owner: String::new(),
            comment: None,
            privileges: Vec::new(),
            ..self.clone()
        }
    }
}

impl Recreated for Collation {
    fn id(&self) -> ObjectId {
        ObjectId::Collation {
            name: self.name.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn core(&self) -> Self {
        Collation {
            owner: String::new(),
            comment: None,
            ..self.clone()
        }
    }
}

impl Recreated for EventTrigger {
    fn id(&self) -> ObjectId {
        ObjectId::EventTrigger {
            name: self.name.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn core(&self) -> Self {
        EventTrigger {
            owner: String::new(),
            comment: None,
            ..self.clone()
        }
    }
}

impl Recreated for Publication {
    fn id(&self) -> ObjectId {
        ObjectId::Publication {
            name: self.name.clone(),
        }
    }
    fn comment(&self) -> Option<&String> {
        self.comment.as_ref()
    }
    fn core(&self) -> Self {
        Publication {
            owner: String::new(),
            comment: None,
            ..self.clone()
        }
    }
}

fn diff_recreated<K: Ord, V: Recreated>(
    out: &mut Out,
    from: &BTreeMap<K, V>,
    to: &BTreeMap<K, V>,
    drop: fn(V) -> Change,
    create: fn(V) -> Change,
) {
    let (removed, added, both) = keyed(from, to);
    for v in removed {
        out.push(drop(v.clone()));
    }
    for v in added {
        out.push(create(v.clone()));
        out.decorate_new(v.id(), v.comment(), v.privileges());
    }
    for (a, b) in both {
        if a.core() != b.core() {
            out.push(drop(a.clone()));
            out.push(create(b.clone()));
            out.decorate_new(b.id(), b.comment(), b.privileges());
        } else {
            out.comment(b.id(), a.comment(), b.comment());
            out.grants(b.id(), a.privileges(), b.privileges());
        }
    }
}

/// Domains are altered in place (default, NOT NULL, checks by name); a new base type or
/// collation recreates them.
fn diff_domains(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Domain>,
    to: &BTreeMap<QualifiedName, Domain>,
) {
    let (removed, added, both) = keyed(from, to);
    for d in removed {
        out.push(Change::DropDomain(d.clone()));
    }
    let check_id = |d: &QualifiedName, c: &DomainCheck| ObjectId::DomainConstraint {
        domain: d.clone(),
        name: c.name.clone(),
    };
    for d in added {
        out.push(Change::CreateDomain(d.clone()));
        for c in &d.checks {
            out.comment(check_id(&d.name, c), None, c.comment.as_ref());
        }
        out.decorate_new(
            ObjectId::Type {
                name: d.name.clone(),
            },
            d.comment.as_ref(),
            &d.privileges,
        );
    }
    for (a, b) in both {
        let Domain {
            name,
            base_type,
            collation,
            default,
            not_null,
            checks,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Type { name: name.clone() };
        if &a.base_type != base_type || &a.collation != collation {
            out.push(Change::DropDomain(a.clone()));
            out.push(Change::CreateDomain(b.clone()));
            for c in checks {
                out.comment(check_id(name, c), None, c.comment.as_ref());
            }
            out.decorate_new(id, comment.as_ref(), privileges);
            continue;
        }
        let alter = |action| Change::AlterDomain {
            name: name.clone(),
            action,
        };
        if &a.default != default {
            out.push(alter(DomainAction::SetDefault(default.clone())));
        }
        if &a.not_null != not_null {
            out.push(alter(DomainAction::SetNotNull(*not_null)));
        }
        let same = |x: &DomainCheck, y: &DomainCheck| {
            x.name == y.name && x.definition == y.definition && x.validated == y.validated
        };
        for c in &a.checks {
            match checks.iter().find(|n| n.name == c.name) {
                Some(n) if same(n, c) => {
                    out.comment(check_id(name, c), c.comment.as_ref(), n.comment.as_ref())
                }
                _ => out.push(alter(DomainAction::DropCheck(c.name.clone()))),
            }
        }
        for c in checks {
            if !a.checks.iter().any(|o| same(o, c)) {
                out.push(alter(DomainAction::AddCheck(c.clone())));
                out.comment(check_id(name, c), None, c.comment.as_ref());
            }
        }
        out.comment(id.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(id, &a.privileges, privileges);
    }
}

/// Composite types: attributes added at the end, dropped, or retyped in place; anything that
/// would reorder attributes is refused for now.
fn diff_composites(
    out: &mut Out,
    from_schema: &Schema,
    to: &BTreeMap<QualifiedName, CompositeType>,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let from = &from_schema.composite_types;
    let (removed, added, both) = keyed(from, to);
    for c in removed {
        out.push(Change::DropCompositeType(c.clone()));
    }
    for c in added {
        out.push(Change::CreateCompositeType(c.clone()));
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
        if retyped || reordered {
            match columns_of_type(from_schema, name, to_tables) {
                Some(columns) if columns.iter().any(|c| c.array) => {
                    out.unsupported(
                        id.clone(),
                        format!("changing composite type {name}, which array columns use"),
                    );
                    continue;
                }
                Some(columns) if !columns.is_empty() => {
                    out.push(Change::RecreateType {
                        drop: Box::new(Change::DropCompositeType(a.clone())),
                        create: Box::new(Change::CreateCompositeType(b.clone())),
                        columns,
                    });
                    out.decorate_new(id, comment.as_ref(), privileges);
                    for at in attributes {
                        let cid = ObjectId::Column {
                            table: name.clone(),
                            column: at.name.clone(),
                        };
                        out.comment(cid, None, at.comment.as_ref());
                    }
                    continue;
                }
                _ => {}
            }
        }
        if reordered {
            out.unsupported(
                id.clone(),
                format!("reordering or inserting attributes of composite type {name}"),
            );
            continue;
        }
        let typed = from_schema
            .tables
            .values()
            .any(|t| t.of_type.as_ref() == Some(name));
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
        out.grants(id, &a.privileges, privileges);
    }
}

fn diff_schemas(
    out: &mut Out,
    from: &BTreeMap<String, Namespace>,
    to: &BTreeMap<String, Namespace>,
) {
    let (removed, added, both) = keyed(from, to);
    for s in removed {
        out.push(Change::DropSchema(s.clone()));
    }
    for s in added {
        let Namespace {
            name,
            owner: _,
            comment,
            privileges,
        } = s;
        out.push(Change::CreateSchema(s.clone()));
        out.decorate_new(
            ObjectId::Schema { name: name.clone() },
            comment.as_ref(),
            privileges,
        );
    }
    for (a, b) in both {
        let Namespace {
            name,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Schema { name: name.clone() };
        out.comment(id.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(id, &a.privileges, privileges);
    }
}

fn diff_extensions(
    out: &mut Out,
    from_schema: &Schema,
    to: &BTreeMap<String, Extension>,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let from = &from_schema.extensions;
    let (removed, added, both) = keyed(from, to);
    for e in removed {
        out.push(Change::DropExtension(e.clone()));
    }
    for e in added {
        out.push(Change::CreateExtension(e.clone()));
        out.comment(
            ObjectId::Extension {
                name: e.name.clone(),
            },
            None,
            e.comment.as_ref(),
        );
    }
    for (a, b) in both {
        let Extension {
            name,
            schema,
            version,
            comment,
            update_targets: _,
            member_types: _,
        } = b;
        let id = ObjectId::Extension { name: name.clone() };
        if &a.schema != schema {
            out.push(Change::SetExtensionSchema {
                name: name.clone(),
                schema: schema.clone(),
            });
        }
        let reachable = a
            .update_targets
            .as_ref()
            .is_none_or(|targets| targets.contains(version));
        if &a.version != version && reachable {
            out.push(Change::UpdateExtension {
                name: name.clone(),
                version: version.clone(),
            });
        } else if &a.version != version {
            // No update path from this version to that one (usually a downgrade): the extension
            // is dropped and created at that version, the columns of its types parked as text
            // meanwhile; what else uses its objects is rebuilt around it by the planner.
            let uses = |c: &Column| {
                let base = c.data_type.strip_suffix("[]").unwrap_or(&c.data_type);
                a.member_types.iter().any(|t| t == base)
            };
            let columns = converted(kept_columns(from_schema, to_tables, uses, |c, x| {
                x.data_type == c.data_type
            }));
            out.push(Change::RecreateType {
                drop: Box::new(Change::DropExtension(a.clone())),
                create: Box::new(Change::CreateExtension(b.clone())),
                columns,
            });
        }
        out.comment(id, a.comment.as_ref(), comment.as_ref());
    }
}

fn diff_enums(
    out: &mut Out,
    from_schema: &Schema,
    to: &BTreeMap<QualifiedName, Enum>,
    to_tables: &BTreeMap<QualifiedName, Table>,
) {
    let from = &from_schema.enums;
    let (removed, added, both) = keyed(from, to);
    for e in removed {
        out.push(Change::DropEnum(e.clone()));
    }
    for e in added {
        out.push(Change::CreateEnum(e.clone()));
        out.decorate_new(
            ObjectId::Type {
                name: e.name.clone(),
            },
            e.comment.as_ref(),
            &e.privileges,
        );
    }
    for (a, b) in both {
        let Enum {
            name,
            values,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Type { name: name.clone() };
        match enum_additions(&a.values, values) {
            Some(adds) => {
                for (value, position) in adds {
                    out.push(Change::AddEnumValue {
                        name: name.clone(),
                        value,
                        position,
                    });
                }
            }
            None => match columns_of_type(from_schema, name, to_tables) {
                Some(columns) => out.push(Change::RecreateEnum {
                    old: a.clone(),
                    new: b.clone(),
                    columns,
                }),
                None => out.unsupported(
                    id.clone(),
                    format!("removing or reordering values of enum {name} used by a domain, a composite type or a range"),
                ),
            },
        }
        out.comment(id.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(id, &a.privileges, privileges);
    }
}

/// The table columns of type `name` (or an array of it) that stay in the target, to convert when
/// the type is recreated. `None` when a domain, composite type or range uses it (not converted
/// yet).
fn columns_of_type(
    from: &Schema,
    name: &QualifiedName,
    to_tables: &BTreeMap<QualifiedName, Table>,
) -> Option<Vec<ConvertedColumn>> {
    let ty = crate::sql::writer::qualified(name);
    let array = format!("{ty}[]");
    let uses = |t: &str| t == ty || t == array;
    if from.domains.values().any(|d| uses(&d.base_type))
        || from
            .composite_types
            .values()
            .any(|c| c.attributes.iter().any(|a| uses(&a.data_type)))
        || from.range_types.values().any(|r| uses(&r.subtype))
    {
        return None;
    }
    let kept = kept_columns(
        from,
        to_tables,
        |c| uses(&c.data_type),
        |c, x| x.data_type == c.data_type,
    );
    Some(converted(kept))
}

/// Columns that keep their type, to move off it and back while it is recreated.
fn converted(kept: Vec<(&QualifiedName, &Column, &Column)>) -> Vec<ConvertedColumn> {
    kept.into_iter()
        .map(|(table, c, after)| ConvertedColumn {
            table: table.clone(),
            column: c.name.clone(),
            data_type: c.data_type.clone(),
            array: c.data_type.ends_with("[]"),
            had_default: c.default.is_some(),
            default: after.default.clone(),
        })
        .collect()
}

/// The own (not inherited) table columns of `from` that `uses` picks and that stay in the
/// target as `kept` says: (table, column before, column after).
fn kept_columns<'a>(
    from: &'a Schema,
    to_tables: &'a BTreeMap<QualifiedName, Table>,
    uses: impl Fn(&Column) -> bool,
    kept: impl Fn(&Column, &Column) -> bool,
) -> Vec<(&'a QualifiedName, &'a Column, &'a Column)> {
    let mut out = Vec::new();
    for t in from.tables.values() {
        for c in t.columns.iter().filter(|c| !c.inherited && uses(c)) {
            let after = to_tables
                .get(&t.name)
                .and_then(|b| b.columns.iter().find(|x| x.name == c.name))
                .filter(|x| kept(c, x));
            if let Some(after) = after {
                out.push((&t.name, c, after));
            }
        }
    }
    out
}

/// The table columns whose collation is `name` and stays so in the target, to move off it while
/// it is recreated. `None` when anything else uses it (an index naming it, a domain, a type).
fn columns_of_collation(
    from: &Schema,
    name: &QualifiedName,
    to_tables: &BTreeMap<QualifiedName, Table>,
) -> Option<Vec<ConvertedColumn>> {
    let id = ObjectId::Collation { name: name.clone() };
    // Columns move off it; an index whose collation comes from its column follows the column
    // (pg_get_indexdef names a collation only when the index has its own).
    let follows = |user: &ObjectId| match user {
        ObjectId::Column { .. } => true,
        ObjectId::Index { name } => from
            .indexes
            .get(name)
            .is_some_and(|i| !i.definition.contains(" COLLATE ")),
        _ => false,
    };
    let other_users = from
        .dependencies
        .iter()
        .any(|(user, used)| used == &id && !follows(user));
    if other_users
        || from
            .domains
            .values()
            .any(|d| d.collation.as_ref() == Some(name))
        || from.composite_types.values().any(|c| {
            c.attributes
                .iter()
                .any(|a| a.collation.as_ref() == Some(name))
        })
    {
        return None;
    }
    let kept = kept_columns(
        from,
        to_tables,
        |c| c.collation.as_ref() == Some(name),
        |c, x| x.data_type == c.data_type && x.collation == c.collation,
    );
    Some(
        kept.into_iter()
            .map(|(table, c, _)| ConvertedColumn {
                table: table.clone(),
                column: c.name.clone(),
                data_type: c.data_type.clone(),
                array: false,
                had_default: false,
                default: None,
            })
            .collect(),
    )
}

/// The values to add (with their position) when `from` is an ordered subsequence of `to`;
/// `None` when values were removed or reordered.
pub fn enum_additions(from: &[String], to: &[String]) -> Option<Vec<(String, EnumPosition)>> {
    let mut it = to.iter();
    for v in from {
        it.by_ref().find(|t| *t == v)?;
    }
    let mut adds = Vec::new();
    for (i, v) in to.iter().enumerate() {
        if from.contains(v) {
            continue;
        }
        // Anchor on the next existing value after it (or the previous one, else the end).
        let position = match to[i + 1..].iter().find(|n| from.contains(n)) {
            Some(next) => EnumPosition::Before(next.clone()),
            None => match to[..i]
                .iter()
                .rev()
                .find(|p| from.contains(p) || adds.iter().any(|(a, _)| a == *p))
            {
                Some(prev) => EnumPosition::After(prev.clone()),
                None => EnumPosition::End,
            },
        };
        adds.push((v.clone(), position));
    }
    Some(adds)
}

fn diff_sequences(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Sequence>,
    to: &BTreeMap<QualifiedName, Sequence>,
) {
    let (removed, added, both) = keyed(from, to);
    for s in removed {
        out.push(Change::DropSequence(s.clone()));
    }
    for s in added {
        out.push(Change::CreateSequence(s.clone()));
        if s.owned_by.is_some() {
            out.push(Change::SetSequenceOwnedBy {
                name: s.name.clone(),
                owned_by: s.owned_by.clone(),
            });
        }
        out.decorate_new(
            ObjectId::Sequence {
                name: s.name.clone(),
            },
            s.comment.as_ref(),
            &s.privileges,
        );
    }
    for (a, b) in both {
        let Sequence {
            name,
            options,
            owned_by,
            unlogged,
            owner: _,
            comment,
            privileges,
        } = b;
        let id = ObjectId::Sequence { name: name.clone() };
        if &a.options != options {
            out.push(Change::AlterSequence {
                name: name.clone(),
                options: options.clone(),
                narrowed: options.min_value > a.options.min_value
                    || options.max_value < a.options.max_value,
            });
        }
        if &a.owned_by != owned_by {
            out.push(Change::SetSequenceOwnedBy {
                name: name.clone(),
                owned_by: owned_by.clone(),
            });
        }
        if &a.unlogged != unlogged {
            out.push(Change::SetSequenceLogged {
                name: name.clone(),
                logged: !unlogged,
            });
        }
        out.comment(id.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(id, &a.privileges, privileges);
    }
}

fn diff_functions(
    out: &mut Out,
    from: &BTreeMap<FunctionId, Function>,
    to: &BTreeMap<FunctionId, Function>,
) {
    let (removed, added, both) = keyed(from, to);
    for f in removed {
        out.push(Change::DropFunction(f.clone()));
    }
    for f in added {
        out.push(Change::CreateFunction(f.clone()));
        out.decorate_new(
            ObjectId::Function { id: f.id.clone() },
            f.comment.as_ref(),
            &f.privileges,
        );
    }
    for (a, b) in both {
        let Function {
            id,
            kind,
            definition,
            arguments,
            returns,
            language: _,
            volatility: _,
            security_definer: _,
            strict: _,
            leakproof: _,
            parallel: _,
            config: _,
            owner: _,
            comment,
            privileges,
        } = b;
        // Everything but comment, privileges and owner is in the definition.
        let oid = ObjectId::Function { id: id.clone() };
        if &a.definition != definition {
            if &a.kind != kind || &a.returns != returns || &a.arguments != arguments {
                // CREATE OR REPLACE cannot change the result type or argument names/defaults.
                out.push(Change::DropFunction(a.clone()));
                out.push(Change::CreateFunction(b.clone()));
                out.decorate_new(oid, comment.as_ref(), privileges);
                continue;
            }
            out.push(Change::CreateFunction(b.clone()));
        }
        out.comment(oid.clone(), a.comment.as_ref(), comment.as_ref());
        out.grants(oid, &a.privileges, privileges);
    }
}

/// What column changes need to know beyond the two columns.
struct ColumnCtx<'a> {
    /// Conversions the target's server has no cast for (see [`Schema::uncastable`]).
    uncastable: &'a BTreeSet<(String, String)>,
    usings: &'a Usings,
    sequences_before: &'a BTreeMap<QualifiedName, Sequence>,
    /// Enum types (and their arrays) of either side, as columns spell them.
    enum_types: &'a BTreeSet<String>,
    /// Extensions that move schema, as (old schema, new schema) prefixes of the type names
    /// columns spell (`public.`, `ext.`): a column of an extension's type keeps its type.
    extension_moves: &'a [(String, String)],
    /// Both sides' tables (inheritance children of a table whose column goes).
    from_tables: &'a BTreeMap<QualifiedName, Table>,
    to_tables: &'a BTreeMap<QualifiedName, Table>,
}

impl ColumnCtx<'_> {
    /// Whether two column types are the same type: equal, or an extension's type seen before
    /// and after the extension moves schema.
    fn same_type(&self, a: &str, b: &str) -> bool {
        a == b
            || self.extension_moves.iter().any(|(from, to)| {
                let (x, y) = (a.strip_prefix(from.as_str()), b.strip_prefix(to.as_str()));
                x.is_some() && x == y
            })
    }
}

fn diff_tables(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Table>,
    to: &BTreeMap<QualifiedName, Table>,
    ctx: &ColumnCtx,
    recreated: &BTreeSet<QualifiedName>,
) {
    let (removed, added, both) = keyed(from, to);
    for t in removed {
        // Stubs carry only policies on managed tables: drop the policies, never the table.
        if t.columns.is_empty() && t.owner.is_empty() {
            for p in t.policies.values() {
                out.push(Change::DropPolicy {
                    table: t.name.clone(),
                    policy: p.clone(),
                });
            }
            continue;
        }
        out.push(Change::DropTable(t.clone()));
    }
    for t in added {
        if t.columns.is_empty() && t.owner.is_empty() {
            for p in t.policies.values() {
                out.push(Change::CreatePolicy {
                    table: t.name.clone(),
                    policy: p.clone(),
                });
            }
            continue;
        }
        create_table(out, t);
    }
    for (a, b) in both {
        if !recreated.contains(&a.name) {
            alter_table(out, a, b, ctx);
        }
    }
}

/// A new table: CREATE TABLE with its columns, then constraints, RLS, policies, comments and
/// grants as separate steps (so foreign keys can follow every table they reference).
fn create_table(out: &mut Out, t: &Table) {
    out.push(Change::CreateTable(t.clone()));
    for c in t.columns.iter().filter(|c| !c.inherited) {
        out.new_column_settings(&t.name, c);
    }
    let tid = ObjectId::Table {
        name: t.name.clone(),
    };
    for c in t.constraints.values().filter(|c| !c.inherited) {
        out.push(Change::AddConstraint {
            table: t.name.clone(),
            constraint: c.clone(),
        });
        out.comment(
            ObjectId::Constraint {
                table: t.name.clone(),
                name: c.name.clone(),
            },
            None,
            c.comment.as_ref(),
        );
    }
    if t.replica_identity != ReplicaIdentity::Default {
        out.push(Change::SetReplicaIdentity {
            table: t.name.clone(),
            identity: t.replica_identity.clone(),
        });
    }
    if t.rls_enabled {
        out.push(Change::SetRowLevelSecurity {
            table: t.name.clone(),
            enabled: true,
        });
    }
    if t.rls_forced {
        out.push(Change::SetForceRowLevelSecurity {
            table: t.name.clone(),
            forced: true,
        });
    }
    for p in t.policies.values() {
        out.push(Change::CreatePolicy {
            table: t.name.clone(),
            policy: p.clone(),
        });
        out.comment(
            ObjectId::Policy {
                table: t.name.clone(),
                name: p.name.clone(),
            },
            None,
            p.comment.as_ref(),
        );
    }
    for c in &t.columns {
        let cid = ObjectId::Column {
            table: t.name.clone(),
            column: c.name.clone(),
        };
        out.comment(cid.clone(), None, c.comment.as_ref());
        out.grants(cid, &[], &c.privileges);
    }
    out.decorate_new(tid, t.comment.as_ref(), &t.privileges);
}

/// Storage parameters or view options that are the same set (their order is how they were
/// set, not what they mean).
fn same_options(a: &[String], b: &[String]) -> bool {
    let sorted = |o: &[String]| {
        let mut v = o.to_vec();
        v.sort();
        v
    };
    sorted(a) == sorted(b)
}

/// The options (`name=value`) to SET and the names to RESET that turn `from` into `to`, in the
/// order `to` lists them: storage parameters of a table, attribute options of a column.
pub fn option_changes(from: &[String], to: &[String]) -> (Vec<String>, Vec<String>) {
    let key = |o: &String| o.split('=').next().unwrap_or_default().to_string();
    let mut reset: Vec<String> = from
        .iter()
        .map(key)
        .filter(|k| !to.iter().any(|o| &key(o) == k))
        .collect();
    let mut set: Vec<String> = to.iter().filter(|o| !from.contains(o)).cloned().collect();
    // PostgreSQL keeps the untouched options in place and appends the ones SET: when that does
    // not give the target's order, everything is reset and set again in order.
    let kept = from.iter().filter(|o| to.contains(o));
    if !kept.chain(&set).eq(to.iter()) {
        reset = from.iter().map(key).collect();
        set = to.to_vec();
    }
    (set, reset)
}

fn alter_table(out: &mut Out, a: &Table, b: &Table, ctx: &ColumnCtx) {
    let Table {
        name,
        columns,
        constraints,
        policies,
        unlogged,
        // A different partitioning, typed-table type or order of parents recreates the table
        // (`recreate`), which never comes here.
        partition_key: _,
        partition_of,
        inherits,
        of_type,
        replica_identity,
        rls_enabled,
        rls_forced,
        options,
        access_method,
        owner: _,
        comment,
        privileges,
    } = b;
    let tid = ObjectId::Table { name: name.clone() };
    // A typed table's columns come and go with its type's attributes (ALTER TYPE ... CASCADE),
    // and take their types from it: only their own options are compared here.
    let typed = a.of_type.is_some() && &a.of_type == of_type;
    if &a.unlogged != unlogged {
        out.push(Change::SetTableLogged {
            table: name.clone(),
            logged: !unlogged,
        });
    }
    if &a.access_method != access_method {
        out.push(Change::SetAccessMethod {
            table: name.clone(),
            method: access_method.clone(),
        });
    }
    if &a.partition_of != partition_of {
        // Bounds cannot be altered: detach and attach again; the rows stay either way.
        if let Some(p) = &a.partition_of {
            out.push(Change::DetachPartition {
                table: name.clone(),
                parent: p.parent.clone(),
            });
        }
        if let Some(p) = partition_of {
            out.push(Change::AttachPartition {
                table: name.clone(),
                parent: p.parent.clone(),
                bound: p.bound.clone(),
            });
        }
    }
    if &a.inherits != inherits {
        // INHERIT appends a parent (a new order of those that stay recreates the table).
        for p in a.inherits.iter().filter(|p| !inherits.contains(p)) {
            out.push(Change::SetInherit {
                table: name.clone(),
                parent: p.clone(),
                inherit: false,
            });
        }
        for p in inherits.iter().filter(|p| !a.inherits.contains(p)) {
            out.push(Change::SetInherit {
                table: name.clone(),
                parent: p.clone(),
                inherit: true,
            });
        }
    }
    if !same_options(&a.options, options) {
        let (set, reset) = option_changes(&a.options, options);
        out.push(Change::SetTableOptions {
            table: name.clone(),
            set,
            reset,
        });
    }
    // Columns, by name.
    for c in a
        .columns
        .iter()
        .filter(|c| !typed && !c.inherited && !columns.iter().any(|n| n.name == c.name))
    {
        // Inheritance children that keep the column as their own in the target: the parent
        // drops it ONLY (their copies become local, values kept), and the other children drop
        // theirs.
        let children = |tables: &'_ BTreeMap<QualifiedName, Table>| {
            tables
                .values()
                .filter(|t| t.inherits.contains(name))
                .map(|t| t.name.clone())
                .collect::<Vec<_>>()
        };
        let keeps = |t: &QualifiedName| {
            ctx.to_tables.get(t).is_some_and(|t| {
                t.inherits.contains(name)
                    && t.columns.iter().any(|x| x.name == c.name && !x.inherited)
            })
        };
        let only = children(ctx.to_tables).iter().any(keeps);
        out.push(Change::DropColumn {
            table: name.clone(),
            column: c.clone(),
            only,
        });
        if only {
            for child in children(ctx.from_tables).iter().filter(|t| !keeps(t)) {
                let kept_table = ctx.to_tables.contains_key(child);
                let column = ctx
                    .from_tables
                    .get(child)
                    .and_then(|t| t.columns.iter().find(|x| x.name == c.name));
                if let (true, Some(column)) = (kept_table, column) {
                    out.push(Change::DropColumn {
                        table: child.clone(),
                        column: column.clone(),
                        only: false,
                    });
                }
            }
        }
    }
    for c in columns.iter().filter(|c| !c.inherited) {
        let cid = ObjectId::Column {
            table: name.clone(),
            column: c.name.clone(),
        };
        match a.columns.iter().find(|o| o.name == c.name) {
            None if typed => {
                out.new_column_settings(name, c);
                out.comment(cid.clone(), None, c.comment.as_ref());
                out.grants(cid, &[], &c.privileges);
                if c.not_null {
                    out.push(Change::SetColumnNotNull {
                        table: name.clone(),
                        column: c.name.clone(),
                        not_null: true,
                    });
                }
                if c.default.is_some() {
                    out.push(Change::SetColumnDefault {
                        table: name.clone(),
                        column: c.name.clone(),
                        default: c.default.clone(),
                    });
                }
            }
            Some(o) if typed => {
                let o = Column {
                    data_type: c.data_type.clone(),
                    collation: c.collation.clone(),
                    ..o.clone()
                };
                alter_column(out, name, &o, c, ctx)
            }
            None => {
                out.push(Change::AddColumn {
                    table: name.clone(),
                    column: c.clone(),
                });
                out.new_column_settings(name, c);
                out.comment(cid.clone(), None, c.comment.as_ref());
                out.grants(cid, &[], &c.privileges);
            }
            Some(o) => alter_column(out, name, o, c, ctx),
        }
    }
    // Constraints, by name: any change is drop and add.
    let (removed, added, both) = keyed(&a.constraints, constraints);
    for c in removed.into_iter().filter(|c| !c.inherited) {
        out.push(Change::DropConstraint {
            table: name.clone(),
            constraint: c.clone(),
        });
    }
    for c in added.into_iter().filter(|c| !c.inherited) {
        out.push(Change::AddConstraint {
            table: name.clone(),
            constraint: c.clone(),
        });
        out.comment(
            ObjectId::Constraint {
                table: name.clone(),
                name: c.name.clone(),
            },
            None,
            c.comment.as_ref(),
        );
    }
    for (x, y) in both {
        if y.inherited {
            continue;
        }
        let cid = ObjectId::Constraint {
            table: name.clone(),
            name: y.name.clone(),
        };
        // A partition's constraint copied from its parent becomes its own when the table is
        // detached (and is adopted when it is attached): not a change of its own. NO INHERIT
        // means something for CHECK constraints only (PostgreSQL sets it on the keys of plain
        // tables and clears it on those of partitions).
        let same = |c: &Constraint| Constraint {
            comment: None,
            index: None,
            inherited: false,
            no_inherit: c.no_inherit && c.kind == ConstraintKind::Check,
            ..c.clone()
        };
        if same(x) != same(y) {
            out.push(Change::DropConstraint {
                table: name.clone(),
                constraint: x.clone(),
            });
            out.push(Change::AddConstraint {
                table: name.clone(),
                constraint: y.clone(),
            });
            out.comment(cid, None, y.comment.as_ref());
        } else {
            out.comment(cid, x.comment.as_ref(), y.comment.as_ref());
        }
    }
    if &a.replica_identity != replica_identity {
        out.push(Change::SetReplicaIdentity {
            table: name.clone(),
            identity: replica_identity.clone(),
        });
    }
    if &a.rls_enabled != rls_enabled {
        out.push(Change::SetRowLevelSecurity {
            table: name.clone(),
            enabled: *rls_enabled,
        });
    }
    if &a.rls_forced != rls_forced {
        out.push(Change::SetForceRowLevelSecurity {
            table: name.clone(),
            forced: *rls_forced,
        });
    }
    let (removed, added, both) = keyed(&a.policies, policies);
    for p in removed {
        out.push(Change::DropPolicy {
            table: name.clone(),
            policy: p.clone(),
        });
    }
    for p in added {
        out.push(Change::CreatePolicy {
            table: name.clone(),
            policy: p.clone(),
        });
        out.comment(
            ObjectId::Policy {
                table: name.clone(),
                name: p.name.clone(),
            },
            None,
            p.comment.as_ref(),
        );
    }
    for (x, y) in both {
        let pid = ObjectId::Policy {
            table: name.clone(),
            name: y.name.clone(),
        };
        let same = |p: &Policy| Policy {
            comment: None,
            ..p.clone()
        };
        if same(x) != same(y) {
            out.push(Change::DropPolicy {
                table: name.clone(),
                policy: x.clone(),
            });
            out.push(Change::CreatePolicy {
                table: name.clone(),
                policy: y.clone(),
            });
            out.comment(pid, None, y.comment.as_ref());
        } else {
            out.comment(pid, x.comment.as_ref(), y.comment.as_ref());
        }
    }
    out.comment(tid.clone(), a.comment.as_ref(), comment.as_ref());
    out.grants(tid, &a.privileges, privileges);
}

fn alter_column(out: &mut Out, table: &QualifiedName, a: &Column, b: &Column, ctx: &ColumnCtx) {
    let Column {
        name,
        data_type,
        collation,
        not_null,
        default,
        identity,
        generated,
        inherited: _,
        comment,
        privileges,
        settings,
        // Follows from the default and the type, which are compared.
        rewrites_on_add: _,
    } = b;
    let cid = ObjectId::Column {
        table: table.clone(),
        column: name.clone(),
    };
    // Attribute options are compared in order: PostgreSQL keeps the order they were set in,
    // and dumps show it.
    if &a.settings != settings {
        out.push(Change::SetColumnSettings {
            table: table.clone(),
            column: name.clone(),
            from: a.settings.clone(),
            to: settings.clone(),
        });
    }
    if &a.generated != generated {
        if a.generated.is_some() && generated.is_none() {
            out.push(Change::DropExpression {
                table: table.clone(),
                column: name.clone(),
            });
        } else {
            // PostgreSQL before 17 cannot change a stored expression in place: the column is
            // dropped and added again (a generated column's values are recomputed, so nothing
            // is lost when it was generated before; a plain column turned generated loses its
            // values, which the drop's hazards say).
            out.push(Change::DropColumn {
                table: table.clone(),
                column: a.clone(),
                only: false,
            });
            out.push(Change::AddColumn {
                table: table.clone(),
                column: b.clone(),
            });
            out.new_column_settings(table, b);
            out.comment(cid.clone(), None, comment.as_ref());
            out.grants(cid, &[], privileges);
            return;
        }
    }
    let identity_dropped = a.identity.is_some() && identity.is_none();
    if identity_dropped {
        out.push(Change::AlterIdentity {
            table: table.clone(),
            column: name.clone(),
            action: IdentityAction::Drop,
        });
    }
    let retyped = !ctx.same_type(&a.data_type, data_type) || &a.collation != collation;
    let using = ctx.usings.get(&(table.clone(), name.clone()));
    let via_text = &a.data_type != data_type
        && (ctx.enum_types.contains(&a.data_type) || ctx.enum_types.contains(data_type));
    if retyped
        && using.is_none()
        && !via_text
        && ctx
            .uncastable
            .contains(&(a.data_type.clone(), data_type.clone()))
    {
        // No cast path: the column is replaced with its new type, default and NOT NULL in one
        // statement (its indexes, constraints and the views over it are rebuilt around it by
        // the planner); its settings, comment and grants are set again.
        out.push(Change::ReplaceColumn {
            table: table.clone(),
            old: a.clone(),
            new: b.clone(),
        });
        out.new_column_settings(table, b);
        out.comment(cid.clone(), None, comment.as_ref());
        out.grants(cid, &[], privileges);
        return;
    }
    // PostgreSQL converts the default along with the column and fails when it cannot: the
    // default goes first and comes back after.
    let default_around_type =
        retyped && a.default.is_some() && a.identity.is_none() && generated.is_none();
    if default_around_type {
        out.push(Change::SetColumnDefault {
            table: table.clone(),
            column: name.clone(),
            default: None,
        });
    }
    if retyped {
        out.push(Change::AlterColumnType {
            table: table.clone(),
            column: name.clone(),
            data_type: data_type.clone(),
            collation: collation.clone(),
            via_text,
            using: using.cloned(),
        });
    }
    let identity_added = a.identity.is_none() && identity.is_some();
    if default_around_type {
        if default.is_some() && identity.is_none() {
            out.push(Change::SetColumnDefault {
                table: table.clone(),
                column: name.clone(),
                default: default.clone(),
            });
        }
    } else if &a.default != default && generated.is_none() && (identity.is_none() || identity_added)
    {
        // A column getting an identity loses its default first (a serial's nextval).
        out.push(Change::SetColumnDefault {
            table: table.clone(),
            column: name.clone(),
            default: default.clone(),
        });
    }
    if &a.not_null != not_null {
        out.push(Change::SetColumnNotNull {
            table: table.clone(),
            column: name.clone(),
            not_null: *not_null,
        });
    }
    match (&a.identity, identity) {
        (None, Some(i)) => out.push(Change::AlterIdentity {
            table: table.clone(),
            column: name.clone(),
            action: IdentityAction::Add {
                identity: i.clone(),
                replaces_sequence: ctx.sequences_before.contains_key(&i.sequence),
            },
        }),
        (Some(x), Some(y)) => {
            if x.always != y.always {
                out.push(Change::AlterIdentity {
                    table: table.clone(),
                    column: name.clone(),
                    action: IdentityAction::SetGenerated(y.always),
                });
            }
            // The sequence's type follows the column's; compare the rest.
            let mut before = x.options.clone();
            before.data_type = y.options.data_type.clone();
            if before != y.options {
                out.push(Change::AlterIdentity {
                    table: table.clone(),
                    column: name.clone(),
                    action: IdentityAction::SetOptions {
                        options: y.options.clone(),
                        sequence: x.sequence.clone(),
                        narrowed: y.options.min_value > x.options.min_value
                            || y.options.max_value < x.options.max_value,
                    },
                });
            }
        }
        _ => {}
    }
    out.comment(cid.clone(), a.comment.as_ref(), comment.as_ref());
    out.grants(cid, &a.privileges, privileges);
}

/// Indexes created by constraints, and partition indexes attached to a partitioned parent, are
/// made by their constraint or parent: they are not diffed on their own.
fn managed_index(i: &Index) -> bool {
    i.constraint.is_some() || i.parent.is_some()
}

fn diff_indexes(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, Index>,
    to: &BTreeMap<QualifiedName, Index>,
    target: &Schema,
) {
    let (removed, added, both) = keyed(from, to);
    for i in removed.into_iter().filter(|i| !managed_index(i)) {
        out.push(Change::DropIndex(i.clone()));
    }
    // A new index on a partitioned table is created ON ONLY the parent (as the catalog gives
    // it); each partition's index is built on its own (concurrently where the partition
    // exists) under its own name, and attached, which makes the parent index valid.
    let new_parent = |i: &Index| {
        i.constraint.is_none() && i.parent.as_ref().is_some_and(|p| !from.contains_key(p))
    };
    for i in &added {
        if !managed_index(i) {
            out.new_index(i, target);
        } else if !new_parent(i) {
            // Made by its constraint or with its partition; what it carries is set after.
            out.index_properties(None, i, target);
        }
    }
    for i in added.iter().filter(|i| new_parent(i)) {
        let Some(parent) = &i.parent else {
            continue;
        };
        out.new_index(i, target);
        out.push(Change::AttachIndex {
            index: i.name.clone(),
            parent: parent.clone(),
        });
    }
    for (a, b) in both {
        let Index {
            name,
            table: _,
            definition,
            method: _,
            unique: _,
            primary: _,
            key_columns: _,
            include_columns: _,
            predicate: _,
            constraint: _,
            parent: _,
            nulls_not_distinct: _,
            valid: _,
            // Compared by `index_properties`.
            comment: _,
            clustered: _,
            statistics: _,
        } = b;
        // The definition holds table, method, uniqueness, keys, INCLUDE and predicate.
        if managed_index(b) || managed_index(a) {
            let mut rebuilt = false;
            if a.constraint.is_some() != b.constraint.is_some() {
                // The constraint's own drop or add takes or makes its index; the standalone
                // index is dropped first or created after.
                let iid = ObjectId::Index { name: name.clone() };
                if !managed_index(b) {
                    out.new_index(b, target);
                    continue;
                } else if !managed_index(a) {
                    out.push(Change::DropIndex(a.clone()));
                    rebuilt = true;
                } else {
                    out.unsupported(
                        iid,
                        "an index moving between a partitioned parent and a constraint",
                    );
                }
            } else if a.constraint.is_none() && a.parent != b.parent {
                // A partition's own index joining its parent's partitioned index. ATTACH
                // PARTITION of the table adopts matching indexes already; leaving happens only
                // with DETACH PARTITION of the table, which takes its indexes along.
                if let Some(parent) = &b.parent {
                    out.push(Change::AttachIndex {
                        index: name.clone(),
                        parent: parent.clone(),
                    });
                }
            }
            // A constraint added again (its definition changed) builds its index anew.
            let readded = out.changes.iter().any(|c| {
                matches!(c, Change::AddConstraint { constraint: Constraint { index: Some(ix), .. }, .. } if ix == name)
            });
            let before = (!rebuilt && !readded).then_some(a);
            out.index_properties(before, b, target);
            continue;
        }
        if &a.definition != definition {
            out.push(Change::DropIndex(a.clone()));
            out.new_index(b, target);
        } else {
            out.index_properties(Some(a), b, target);
        }
    }
}

/// Builds a view change (drop or create, plain or materialized).
type ViewChange = fn(View) -> Change;

fn diff_views(
    out: &mut Out,
    from: &BTreeMap<QualifiedName, View>,
    to: &BTreeMap<QualifiedName, View>,
    materialized: bool,
) {
    let id = |v: &View| {
        if materialized {
            ObjectId::MaterializedView {
                name: v.name.clone(),
            }
        } else {
            ObjectId::View {
                name: v.name.clone(),
            }
        }
    };
    let (drop, create): (ViewChange, ViewChange) = if materialized {
        (Change::DropMaterializedView, Change::CreateMaterializedView)
    } else {
        (Change::DropView, Change::CreateView)
    };
    let (removed, added, both) = keyed(from, to);
    for v in removed {
        out.push(drop(v.clone()));
    }
    for v in added {
        out.push(create(v.clone()));
        decorate_view(out, id(v), v);
    }
    for (a, b) in both {
        let View {
            name: _,
            definition,
            columns,
            options,
            owner: _,
            comment,
            privileges,
        } = b;
        let vid = id(b);
        let body_changed = &a.definition != definition
            || a.columns.iter().map(|c| (&c.name, &c.data_type)).ne(columns
                .iter()
                .take(a.columns.len())
                .map(|c| (&c.name, &c.data_type)))
            || a.columns.len() > columns.len()
            || !same_options(&a.options, options);
        if !body_changed && a.columns.len() == columns.len() {
            out.comment(vid.clone(), a.comment.as_ref(), comment.as_ref());
            out.grants(vid.clone(), &a.privileges, privileges);
            decorate_view_columns(out, Some(a), b);
            continue;
        }
        let appended_only = !materialized
            && same_options(&a.options, options)
            && a.columns.len() <= columns.len()
            && a.columns
                .iter()
                .zip(columns)
                .all(|(x, y)| x.name == y.name && x.data_type == y.data_type);
        if appended_only {
            out.push(Change::ReplaceView(b.clone()));
            out.comment(vid.clone(), a.comment.as_ref(), comment.as_ref());
            out.grants(vid.clone(), &a.privileges, privileges);
            decorate_view_columns(out, Some(a), b);
        } else {
            out.push(drop(a.clone()));
            out.push(create(b.clone()));
            decorate_view(out, vid, b);
        }
    }
}

fn decorate_view(out: &mut Out, vid: ObjectId, v: &View) {
    out.decorate_new(vid.clone(), v.comment.as_ref(), &v.privileges);
    decorate_view_columns(out, None, v);
}

fn decorate_view_columns(out: &mut Out, from: Option<&View>, to: &View) {
    for c in &to.columns {
        let old = from.and_then(|f| f.columns.iter().find(|o| o.name == c.name));
        let cid = ObjectId::Column {
            table: to.name.clone(),
            column: c.name.clone(),
        };
        out.comment(
            cid.clone(),
            old.and_then(|o| o.comment.as_ref()),
            c.comment.as_ref(),
        );
        out.grants(
            cid,
            old.map(|o| &o.privileges[..]).unwrap_or(&[]),
            &c.privileges,
        );
    }
}

fn diff_triggers(
    out: &mut Out,
    from: &BTreeMap<(QualifiedName, String), Trigger>,
    to: &BTreeMap<(QualifiedName, String), Trigger>,
) {
    let (removed, added, both) = keyed(from, to);
    for t in removed {
        out.push(Change::DropTrigger(t.clone()));
    }
    for t in added {
        out.new_trigger(t);
    }
    for (a, b) in both {
        let Trigger {
            table,
            name,
            function,
            definition,
            enabled,
            constraint_trigger,
            comment,
        } = b;
        let tid = ObjectId::Trigger {
            table: table.clone(),
            name: name.clone(),
        };
        if &a.definition != definition
            || &a.function != function
            || &a.constraint_trigger != constraint_trigger
        {
            out.push(Change::DropTrigger(a.clone()));
            out.new_trigger(b);
            continue;
        }
        if &a.enabled != enabled {
            out.push(Change::SetTriggerEnabled {
                table: table.clone(),
                name: name.clone(),
                enabled: enabled.clone(),
            });
        }
        out.comment(tid, a.comment.as_ref(), comment.as_ref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn enum_values_are_added_in_place() {
        let adds = enum_additions(&s(&["a", "c"]), &s(&["a", "b", "c", "d"])).unwrap();
        assert_eq!(
            adds,
            vec![
                ("b".into(), EnumPosition::Before("c".into())),
                ("d".into(), EnumPosition::After("c".into()))
            ]
        );
        assert!(enum_additions(&s(&["a", "b"]), &s(&["b", "a"])).is_none());
        assert!(enum_additions(&s(&["a", "b"]), &s(&["a"])).is_none());
        assert_eq!(
            enum_additions(&s(&[]), &s(&["x"])).unwrap(),
            vec![("x".into(), EnumPosition::End)]
        );
    }

    #[test]
    fn options_are_set_and_reset_in_the_targets_order() {
        // A new key is appended, a dropped one reset, a changed value set again.
        assert_eq!(
            option_changes(&s(&["a=1", "b=2"]), &s(&["a=1", "c=3"])),
            (s(&["c=3"]), s(&["b"]))
        );
        assert_eq!(
            option_changes(&s(&["a=1", "b=2"]), &s(&["a=1", "b=5"])),
            (s(&["b=5"]), s(&[]))
        );
        // Appending cannot give this order: everything is reset and set again.
        assert_eq!(
            option_changes(&s(&["a=1", "b=2"]), &s(&["b=2", "a=1"])),
            (s(&["b=2", "a=1"]), s(&["a", "b"]))
        );
        assert_eq!(option_changes(&s(&["a=1"]), &s(&[])), (s(&[]), s(&["a"])));
    }

    fn index(table: &str, name: &str) -> Index {
        Index {
            name: QualifiedName::new("app", name),
            table: QualifiedName::new("app", table),
            definition: format!("CREATE INDEX {name} ON app.{table} USING btree (lower(x))"),
            method: "btree".into(),
            unique: false,
            primary: false,
            key_columns: vec!["lower(x)".into()],
            include_columns: vec![],
            predicate: None,
            constraint: None,
            parent: None,
            nulls_not_distinct: false,
            valid: true,
            comment: None,
            clustered: false,
            statistics: BTreeMap::new(),
        }
    }

    fn with_indexes(indexes: &[Index]) -> Schema {
        let mut s = Schema::default();
        for i in indexes {
            s.indexes.insert(i.name.clone(), i.clone());
        }
        s
    }

    #[test]
    fn a_new_index_gets_its_comment_statistics_clustering_and_replica_identity() {
        let mut i = index("Mixed Case", "weird \"name\"");
        i.comment = Some("lookups".into());
        i.clustered = true;
        i.statistics.insert(1, 3000);
        let mut to = with_indexes(&[i.clone()]);
        let mut t = crate::model::Table {
            name: i.table.clone(),
            columns: vec![],
            constraints: Default::default(),
            policies: Default::default(),
            unlogged: false,
            partition_key: None,
            partition_of: None,
            inherits: vec![],
            of_type: None,
            replica_identity: ReplicaIdentity::Index(i.name.name.clone()),
            rls_enabled: false,
            rls_forced: false,
            options: vec![],
            access_method: None,
            owner: "app".into(),
            comment: None,
            privileges: vec![],
        };
        to.tables.insert(t.name.clone(), t.clone());
        let sql: Vec<String> = index_properties(None, &i, &to)
            .iter()
            .map(crate::sql::render::render)
            .collect();
        assert_eq!(
            sql,
            vec![
                "COMMENT ON INDEX app.\"weird \"\"name\"\"\" IS 'lookups'",
                "ALTER INDEX app.\"weird \"\"name\"\"\" ALTER COLUMN 1 SET STATISTICS 3000",
                "ALTER TABLE app.\"Mixed Case\" CLUSTER ON \"weird \"\"name\"\"\"",
                "ALTER TABLE app.\"Mixed Case\" REPLICA IDENTITY USING INDEX \"weird \"\"name\"\"\"",
            ]
        );
        // Unchanged in place: nothing (the table's own diff says its replica identity).
        assert!(index_properties(Some(&i), &i, &to).is_empty());
        t.replica_identity = ReplicaIdentity::Default;
        to.tables.insert(t.name.clone(), t);
        assert_eq!(index_properties(None, &i, &to).len(), 3);
    }

    #[test]
    fn clustering_moves_with_one_statement_and_goes_with_set_without_cluster() {
        let mut a = index("t", "a");
        let b = index("t", "b");
        a.clustered = true;
        let mut b_clustered = b.clone();
        b_clustered.clustered = true;
        let a_plain = index("t", "a");
        // From a to b: CLUSTER ON b unmarks a; nothing is said for a.
        let to = with_indexes(&[a_plain.clone(), b_clustered.clone()]);
        assert!(index_properties(Some(&a), &a_plain, &to).is_empty());
        assert_eq!(
            index_properties(Some(&b), &b_clustered, &to),
            vec![Change::SetCluster {
                table: QualifiedName::new("app", "t"),
                index: Some("b".into()),
            }]
        );
        // No index of the table clustered any more.
        let to = with_indexes(&[a_plain.clone(), b.clone()]);
        assert_eq!(
            index_properties(Some(&a), &a_plain, &to),
            vec![Change::SetCluster {
                table: QualifiedName::new("app", "t"),
                index: None,
            }]
        );
    }

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
}
