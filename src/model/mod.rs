//! The typed schema model: pure data, produced by `catalog` and compared by `diff`.
//!
//! Invariants: names are stored raw (unquoted) and quoted only when SQL is rendered; every
//! object has a typed [`ObjectId`]; every collection that reaches output is ordered (`BTreeMap`
//! keyed by id, or a `Vec` in a meaningful order such as column position or enum value order),
//! so the same database always gives the same model and the same JSON.

pub mod base_type;
pub mod dependencies;
pub mod fingerprint;
pub mod foreign;
pub mod id;
pub mod language;
pub mod memo;
pub mod object;
pub mod operator;
pub mod privilege;
pub mod relation;
pub mod routine;
pub mod rule;
pub mod secret;
pub mod small_map;
pub mod text_search;
pub mod type_ref;
pub mod types;
pub mod unmodelled;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

pub use dependencies::{Dependencies, DependencyBuilder};
pub use id::{FunctionId, ObjectId, QualifiedName};
pub use object::*;
pub use privilege::{DefaultPrivilege, Grant, MemberPrivileges, Role};
pub use relation::*;
pub use routine::*;
pub use small_map::SmallMap;
pub use type_ref::TypeRef;
pub use types::*;
pub use unmodelled::{UnmodelledObject, UNMODELLED_KINDS};

/// One database's schema.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schema {
    /// `server_version_num` of the database it was read from (0 when built by hand).
    pub server_version: u32,
    #[serde(with = "values")]
    pub schemas: BTreeMap<String, Namespace>,
    #[serde(with = "values")]
    pub extensions: BTreeMap<String, Extension>,
    #[serde(with = "values")]
    pub collations: BTreeMap<QualifiedName, Collation>,
    #[serde(with = "values")]
    pub enums: BTreeMap<QualifiedName, Enum>,
    #[serde(with = "values")]
    pub domains: BTreeMap<QualifiedName, Domain>,
    #[serde(with = "values")]
    pub composite_types: BTreeMap<QualifiedName, CompositeType>,
    #[serde(with = "values")]
    pub range_types: BTreeMap<QualifiedName, RangeType>,
    #[serde(with = "values")]
    pub sequences: BTreeMap<QualifiedName, Sequence>,
    #[serde(with = "values")]
    pub tables: BTreeMap<QualifiedName, Table>,
    #[serde(with = "values")]
    pub views: BTreeMap<QualifiedName, View>,
    #[serde(with = "values")]
    pub materialized_views: BTreeMap<QualifiedName, View>,
    #[serde(with = "values")]
    pub indexes: BTreeMap<QualifiedName, Index>,
    #[serde(with = "values")]
    pub functions: BTreeMap<FunctionId, Function>,
    #[serde(with = "values")]
    pub aggregates: BTreeMap<FunctionId, Aggregate>,
    #[serde(with = "values")]
    pub triggers: BTreeMap<(QualifiedName, String), Trigger>,
    #[serde(with = "values")]
    pub event_triggers: BTreeMap<String, EventTrigger>,
    #[serde(with = "values")]
    pub publications: BTreeMap<String, Publication>,
    pub default_privileges: Vec<DefaultPrivilege>,
    /// Privileges on extensions' members (plpgsql's included) that differ from those the
    /// extension's script left, by the member's id (see [`MemberPrivileges`]).
    #[serde(default, with = "values", skip_serializing_if = "BTreeMap::is_empty")]
    pub member_privileges: BTreeMap<ObjectId, MemberPrivileges>,
    /// Rules, statistics, operators, casts, text search and foreign data objects, ... (see
    /// [`object`]), by identity.
    #[serde(default, with = "values", skip_serializing_if = "BTreeMap::is_empty")]
    pub objects: BTreeMap<ObjectId, CatalogObject>,
    /// `dependent -> referenced` edges between objects of this model (from pg_depend and
    /// pg_rewrite). Objects outside the model (system types, excluded schemas) are left out.
    pub dependencies: Dependencies,
    /// Column type conversions (from type, to type, as columns spell them) that the server this
    /// schema was read from has no cast for (`cannot cast type bigint to uuid`): found by
    /// probing the conversions a diff into this schema needs (`catalog::casts`). A fact of the
    /// server, never compared.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub uncastable: BTreeSet<(TypeRef, TypeRef)>,
    /// Column type conversions the server has a cast for, but none that PostgreSQL applies on
    /// its own in an assignment (`text` to `integer`): such a change needs `USING`. Probed with
    /// `uncastable`; a fact of the server, never compared.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub unassignable: BTreeSet<(TypeRef, TypeRef)>,
    /// Objects of the included schemas (and of the database: casts, languages, servers...) that
    /// the model does not hold, sorted by kind and description. Never compared: `diff`,
    /// `generate` and `drift` refuse while either side has any (see `diff::guard`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmodelled: Vec<UnmodelledObject>,
    /// Extensions installed in excluded schemas (name -> schema): left out of the model, read
    /// so that one moving between such a schema and an included one is refused by name rather
    /// than planned as created or dropped. Never compared.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub excluded_extensions: BTreeMap<String, String>,
    /// The server's roles (not the predefined `pg_*` ones), by name: who is a member of whom,
    /// who bypasses row level security. What the exposure report reads; a fact of the server,
    /// never compared and never written out (the model's JSON stays the schema's).
    #[serde(skip)]
    pub roles: ServerRoles,
    /// The role the schema was read as (`current_user`), the role a plan from this schema is
    /// assumed to run as; `None` for a model not read from a server. A fact of the reading,
    /// never compared; kept in the model's JSON so a stored model plans as the server's does.
    #[serde(default, skip_serializing_if = "Reader::is_unknown")]
    pub reader: Reader,
    /// Identity sequences by name: the table (and the table count when built, so a schema
    /// changed since reads the tables again) and the column's position.
    #[serde(skip)]
    pub identity_index: memo::Memo<IdentityIndex>,
}

/// [`Schema::identity_index`]'s value.
pub struct IdentityIndex {
    tables: usize,
    by_sequence: std::collections::HashMap<QualifiedName, (QualifiedName, usize)>,
}

/// The role a schema was read as ([`Schema::reader`]): equal whatever it holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Reader(pub Option<String>);

impl Reader {
    pub fn is_unknown(&self) -> bool {
        self.0.is_none()
    }
}

impl PartialEq for Reader {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Reader {}

/// The server's roles by name ([`Schema::roles`]): facts of the server read alongside the
/// schema, equal whatever they hold, so two schemas compare (and the model's JSON round-trips)
/// as schemas.
#[derive(Debug, Clone, Default)]
pub struct ServerRoles(pub BTreeMap<String, Role>);

impl PartialEq for ServerRoles {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for ServerRoles {}

impl std::ops::Deref for ServerRoles {
    type Target = BTreeMap<String, Role>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for ServerRoles {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl FromIterator<(String, Role)> for ServerRoles {
    fn from_iter<I: IntoIterator<Item = (String, Role)>>(iter: I) -> Self {
        ServerRoles(iter.into_iter().collect())
    }
}

/// A schema (namespace).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Namespace {
    pub name: String,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    pub name: String,
    pub schema: String,
    pub version: String,
    pub comment: Option<String>,
    /// The versions `ALTER EXTENSION ... UPDATE` can reach from this one with the scripts
    /// installed on the server it was read from (`None`: not known). Not compared: it describes
    /// the server, not the schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_targets: Option<Vec<String>>,
    /// The types the extension creates (as `format_type` names them, schema-qualified), which
    /// table columns may use. Not compared: they follow from name and version.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_types: Vec<TypeRef>,
    /// `pg_extension.extrelocatable`: whether `ALTER EXTENSION ... SET SCHEMA` can move it (an
    /// extension that is not is dropped and created in the new schema). Not compared: it
    /// describes the extension's packaging, not the schema.
    #[serde(default = "relocatable", skip_serializing_if = "is_relocatable")]
    pub relocatable: bool,
}

fn relocatable() -> bool {
    true
}

fn is_relocatable(r: &bool) -> bool {
    *r
}

/// An object that knows its own key in the model's maps.
pub trait Keyed {
    type Key: Ord;
    fn key(&self) -> Self::Key;
}

macro_rules! keyed {
    ($($ty:ty => $key:ty, |$s:ident| $e:expr;)*) => {$(
        impl Keyed for $ty {
            type Key = $key;
            fn key(&$s) -> $key { $e }
        }
    )*};
}

keyed! {
    Namespace => String, |self| self.name.clone();
    Extension => String, |self| self.name.clone();
    Collation => QualifiedName, |self| self.name.clone();
    Enum => QualifiedName, |self| self.name.clone();
    Domain => QualifiedName, |self| self.name.clone();
    CompositeType => QualifiedName, |self| self.name.clone();
    RangeType => QualifiedName, |self| self.name.clone();
    Sequence => QualifiedName, |self| self.name.clone();
    Table => QualifiedName, |self| self.name.clone();
    View => QualifiedName, |self| self.name.clone();
    Index => QualifiedName, |self| self.name.clone();
    Function => FunctionId, |self| self.id.clone();
    Aggregate => FunctionId, |self| self.id.clone();
    Trigger => (QualifiedName, String), |self| (self.table.clone(), self.name.clone());
    EventTrigger => String, |self| self.name.clone();
    Publication => String, |self| self.name.clone();
    Constraint => String, |self| self.name.clone();
    Policy => String, |self| self.name.clone();
    MemberPrivileges => ObjectId, |self| self.member.clone();
}

/// Builds a keyed map from objects (later duplicates win; keys are unique in a catalog).
pub fn keyed<V: Keyed>(items: impl IntoIterator<Item = V>) -> BTreeMap<V::Key, V> {
    items.into_iter().map(|v| (v.key(), v)).collect()
}

/// Serializes a keyed map as the list of its values, in key order: JSON map keys must be
/// strings, and a list of self-describing objects reads better anyway.
pub mod values {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Keyed;

    pub fn serialize<K, V: Serialize, S: Serializer>(
        map: &BTreeMap<K, V>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.values())
    }

    pub fn deserialize<'de, V, D>(d: D) -> Result<BTreeMap<V::Key, V>, D::Error>
    where
        V: Keyed + Deserialize<'de>,
        D: Deserializer<'de>,
    {
        Ok(super::keyed(Vec::<V>::deserialize(d)?))
    }
}

impl Schema {
    /// The partitioned table `table` is a partition of, if it is one.
    pub fn partition_parent(&self, table: &QualifiedName) -> Option<&QualifiedName> {
        self.tables
            .get(table)
            .and_then(|t| t.partition_of.as_ref())
            .map(|p| &p.parent)
    }

    /// Every object that has an owner, with its owner (empty when the catalog gave none), in a
    /// fixed order. Sequences a column owns are left out: they follow their table's owner.
    pub fn owners(&self) -> Vec<(ObjectId, &str)> {
        let mut out: Vec<(ObjectId, &str)> = Vec::new();
        let ty = |name: &QualifiedName| ObjectId::Type { name: name.clone() };
        for s in self.schemas.values() {
            out.push((
                ObjectId::Schema {
                    name: s.name.clone(),
                },
                &s.owner,
            ));
        }
        for c in self.collations.values() {
            let id = ObjectId::Collation {
                name: c.name.clone(),
            };
            out.push((id, &c.owner));
        }
        out.extend(self.enums.values().map(|e| (ty(&e.name), e.owner.as_str())));
        out.extend(
            self.domains
                .values()
                .map(|d| (ty(&d.name), d.owner.as_str())),
        );
        out.extend(
            self.composite_types
                .values()
                .map(|c| (ty(&c.name), c.owner.as_str())),
        );
        out.extend(
            self.range_types
                .values()
                .map(|r| (ty(&r.name), r.owner.as_str())),
        );
        for s in self.sequences.values().filter(|s| s.owned_by.is_none()) {
            let id = ObjectId::Sequence {
                name: s.name.clone(),
            };
            out.push((id, &s.owner));
        }
        for t in self.tables.values() {
            out.push((
                ObjectId::Table {
                    name: t.name.clone(),
                },
                &t.owner,
            ));
        }
        for v in self.views.values() {
            out.push((
                ObjectId::View {
                    name: v.name.clone(),
                },
                &v.owner,
            ));
        }
        for v in self.materialized_views.values() {
            let id = ObjectId::MaterializedView {
                name: v.name.clone(),
            };
            out.push((id, &v.owner));
        }
        for f in self.functions.values() {
            out.push((ObjectId::Function { id: f.id.clone() }, &f.owner));
        }
        for a in self.aggregates.values() {
            out.push((ObjectId::Aggregate { id: a.id.clone() }, &a.owner));
        }
        for e in self.event_triggers.values() {
            let id = ObjectId::EventTrigger {
                name: e.name.clone(),
            };
            out.push((id, &e.owner));
        }
        for p in self.publications.values() {
            let id = ObjectId::Publication {
                name: p.name.clone(),
            };
            out.push((id, &p.owner));
        }
        for (id, o) in &self.objects {
            if !o.owner.is_empty() {
                out.push((id.clone(), &o.owner));
            }
        }
        out
    }

    /// The owner of the object `id` names, as [`Schema::owners`] lists it (a sequence owned by
    /// a column has none of its own: it follows its table).
    pub fn owner_of(&self, id: &ObjectId) -> Option<&str> {
        let owner = match id {
            ObjectId::Schema { name } => &self.schemas.get(name)?.owner,
            ObjectId::Collation { name } => &self.collations.get(name)?.owner,
            ObjectId::Type { name } => {
                if let Some(e) = self.enums.get(name) {
                    &e.owner
                } else if let Some(d) = self.domains.get(name) {
                    &d.owner
                } else if let Some(c) = self.composite_types.get(name) {
                    &c.owner
                } else if let Some(r) = self.range_types.get(name) {
                    &r.owner
                } else {
                    &self.objects.get(id)?.owner
                }
            }
            ObjectId::Sequence { name } => {
                let s = self.sequences.get(name)?;
                if s.owned_by.is_some() {
                    return None;
                }
                &s.owner
            }
            ObjectId::Table { name } => &self.tables.get(name)?.owner,
            ObjectId::View { name } => &self.views.get(name)?.owner,
            ObjectId::MaterializedView { name } => &self.materialized_views.get(name)?.owner,
            ObjectId::Function { id } => &self.functions.get(id)?.owner,
            ObjectId::Aggregate { id } => &self.aggregates.get(id)?.owner,
            ObjectId::EventTrigger { name } => &self.event_triggers.get(name)?.owner,
            ObjectId::Publication { name } => &self.publications.get(name)?.owner,
            _ => &self.objects.get(id)?.owner,
        };
        (!owner.is_empty()).then_some(owner.as_str())
    }

    /// The tables under `table`: its partitions and, with `children`, its inheritance children,
    /// and theirs at every depth, sorted.
    pub fn tables_under(&self, table: &QualifiedName, children: bool) -> Vec<QualifiedName> {
        // A set: a child of two parents under `table` is met twice.
        let mut out: BTreeSet<QualifiedName> = BTreeSet::new();
        let mut queue = vec![table.clone()];
        while let Some(t) = queue.pop() {
            for x in self.tables.values() {
                let under = x.partition_of.as_ref().is_some_and(|p| p.parent == t)
                    || (children && x.inherits.contains(&t));
                if under && out.insert(x.name.clone()) {
                    queue.push(x.name.clone());
                }
            }
        }
        out.into_iter().collect()
    }

    /// The table and identity of the identity column whose sequence is `name`.
    pub fn identity_sequence(&self, name: &QualifiedName) -> Option<(&Table, &Identity)> {
        let index = self.identity_index.get_or_init(|| IdentityIndex {
            tables: self.tables.len(),
            by_sequence: self
                .tables
                .values()
                .flat_map(|t| {
                    t.columns.iter().enumerate().filter_map(|(k, c)| {
                        let i = c.identity.as_deref()?;
                        Some((i.sequence.clone(), (t.name.clone(), k)))
                    })
                })
                .collect(),
        });
        if index.tables == self.tables.len() {
            let (table, k) = index.by_sequence.get(name)?;
            let t = self.tables.get(table)?;
            let found = t.columns.get(*k).and_then(|c| c.identity.as_deref());
            if let Some(i) = found.filter(|i| &i.sequence == name) {
                return Some((t, i));
            }
        }
        self.tables.values().find_map(|t| {
            t.columns.iter().find_map(|c| {
                c.identity
                    .as_deref()
                    .filter(|i| &i.sequence == name)
                    .map(|i| (t, i))
            })
        })
    }

    /// The privileges and owner of the object `id` names, for the kinds that `ALTER DEFAULT
    /// PRIVILEGES` covers, with the kind's name there (`tables`, `sequences`, `functions`,
    /// `types`, `schemas`) and the schema it lives in (none for a schema).
    pub fn default_privilege_target<'a>(
        &'a self,
        id: &'a ObjectId,
    ) -> Option<(&'static str, Option<&'a str>, &'a [Grant], &'a str)> {
        let ty = |name: &QualifiedName| {
            self.enums
                .get(name)
                .map(|e| (&e.privileges, &e.owner))
                .or_else(|| self.domains.get(name).map(|d| (&d.privileges, &d.owner)))
                .or_else(|| {
                    self.composite_types
                        .get(name)
                        .map(|c| (&c.privileges, &c.owner))
                })
                .or_else(|| {
                    self.range_types
                        .get(name)
                        .map(|r| (&r.privileges, &r.owner))
                })
                .or_else(|| {
                    self.objects
                        .get(&ObjectId::Type { name: name.clone() })
                        .map(|o| (&o.privileges, &o.owner))
                })
        };
        let (kind, schema, (privileges, owner)) = match id {
            ObjectId::Schema { name } => {
                let s = self.schemas.get(name)?;
                ("schemas", None, (&s.privileges, &s.owner))
            }
            ObjectId::Table { name } => {
                let t = self.tables.get(name)?;
                ("tables", Some(name), (&t.privileges, &t.owner))
            }
            ObjectId::View { name } => {
                let v = self.views.get(name)?;
                ("tables", Some(name), (&v.privileges, &v.owner))
            }
            ObjectId::MaterializedView { name } => {
                let v = self.materialized_views.get(name)?;
                ("tables", Some(name), (&v.privileges, &v.owner))
            }
            ObjectId::ForeignTable { name } => {
                let o = self.objects.get(id)?;
                ("tables", Some(name), (&o.privileges, &o.owner))
            }
            ObjectId::Sequence { name } => match self.sequences.get(name) {
                Some(s) => ("sequences", Some(name), (&s.privileges, &s.owner)),
                None => {
                    let (t, i) = self.identity_sequence(name)?;
                    ("sequences", Some(name), (&i.privileges, &t.owner))
                }
            },
            ObjectId::Function { id: f } => {
                let r = self.functions.get(f)?;
                ("functions", Some(&f.name), (&r.privileges, &r.owner))
            }
            ObjectId::Aggregate { id: f } => {
                let a = self.aggregates.get(f)?;
                ("functions", Some(&f.name), (&a.privileges, &a.owner))
            }
            ObjectId::Type { name } => ("types", Some(name), ty(name)?),
            _ => return None,
        };
        let schema = schema.map(|n| n.schema.as_str());
        Some((kind, schema, privileges.as_slice(), owner.as_str()))
    }

    /// Whether the model holds the object `id` names.
    pub fn contains(&self, id: &ObjectId) -> bool {
        match id {
            ObjectId::Schema { name } => self.schemas.contains_key(name),
            ObjectId::Extension { name } => self.extensions.contains_key(name),
            ObjectId::Collation { name } => self.collations.contains_key(name),
            ObjectId::Type { name } => {
                self.enums.contains_key(name)
                    || self.domains.contains_key(name)
                    || self.composite_types.contains_key(name)
                    || self.range_types.contains_key(name)
                    || self.objects.contains_key(id)
            }
            ObjectId::Sequence { name } => self.sequences.contains_key(name),
            ObjectId::Table { name } => self.tables.contains_key(name),
            ObjectId::Column { table, column } => {
                self.tables
                    .get(table)
                    .is_some_and(|t| t.columns.iter().any(|c| &c.name == column))
                    || self
                        .views
                        .get(table)
                        .is_some_and(|v| v.columns.iter().any(|c| &c.name == column))
                    || self
                        .materialized_views
                        .get(table)
                        .is_some_and(|v| v.columns.iter().any(|c| &c.name == column))
            }
            ObjectId::Constraint { table, name } => self
                .tables
                .get(table)
                .is_some_and(|t| t.constraints.contains_key(name)),
            ObjectId::Index { name } => self.indexes.contains_key(name),
            ObjectId::View { name } => self.views.contains_key(name),
            ObjectId::MaterializedView { name } => self.materialized_views.contains_key(name),
            ObjectId::Function { id } => self.functions.contains_key(id),
            ObjectId::Aggregate { id } => self.aggregates.contains_key(id),
            ObjectId::Trigger { table, name } => {
                self.triggers.contains_key(&(table.clone(), name.clone()))
            }
            ObjectId::EventTrigger { name } => self.event_triggers.contains_key(name),
            ObjectId::Policy { table, name } => self
                .tables
                .get(table)
                .is_some_and(|t| t.policies.contains_key(name)),
            ObjectId::Publication { name } => self.publications.contains_key(name),
            ObjectId::DomainConstraint { domain, name } => self
                .domains
                .get(domain)
                .is_some_and(|d| d.checks.iter().any(|c| &c.name == name)),
            ObjectId::Rule { .. }
            | ObjectId::Statistics { .. }
            | ObjectId::Operator { .. }
            | ObjectId::OperatorFamily { .. }
            | ObjectId::OperatorClass { .. }
            | ObjectId::Cast { .. }
            | ObjectId::Conversion { .. }
            | ObjectId::Language { .. }
            | ObjectId::Transform { .. }
            | ObjectId::ShellType { .. }
            | ObjectId::AccessMethod { .. }
            | ObjectId::TextSearchParser { .. }
            | ObjectId::TextSearchTemplate { .. }
            | ObjectId::TextSearchDictionary { .. }
            | ObjectId::TextSearchConfiguration { .. }
            | ObjectId::ForeignDataWrapper { .. }
            | ObjectId::ForeignServer { .. }
            | ObjectId::UserMapping { .. }
            | ObjectId::ForeignTable { .. }
            | ObjectId::Subscription { .. } => self.objects.contains_key(id),
        }
    }

    /// Number of objects of each kind, for summaries and tests.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        let mut m = BTreeMap::new();
        m.insert("schemas", self.schemas.len());
        m.insert("extensions", self.extensions.len());
        m.insert("collations", self.collations.len());
        m.insert("enums", self.enums.len());
        m.insert("domains", self.domains.len());
        m.insert("composite_types", self.composite_types.len());
        m.insert("range_types", self.range_types.len());
        m.insert("sequences", self.sequences.len());
        m.insert("tables", self.tables.len());
        m.insert("views", self.views.len());
        m.insert("materialized_views", self.materialized_views.len());
        m.insert("indexes", self.indexes.len());
        m.insert("functions", self.functions.len());
        m.insert("aggregates", self.aggregates.len());
        m.insert("triggers", self.triggers.len());
        m.insert("event_triggers", self.event_triggers.len());
        m.insert("publications", self.publications.len());
        m.insert("other_objects", self.objects.len());
        m.insert(
            "constraints",
            self.tables.values().map(|t| t.constraints.len()).sum(),
        );
        m.insert(
            "policies",
            self.tables.values().map(|t| t.policies.len()).sum(),
        );
        m
    }
}
