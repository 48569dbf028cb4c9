//! The rows the catalog queries return, decoded by [`super::decode`]: field names equal the
//! queries' column aliases (a tuple struct's fields are the columns in order); nested objects and
//! lists arrive as `json` columns. Hand-made rows in tests are JSON documents of the same shape.
//! Pure data; `build` turns them into the model.

use serde::Deserialize;

use crate::model::TypeRef;

#[derive(Debug, Clone, Deserialize)]
pub struct NameRef {
    pub schema: String,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct FunctionRef {
    pub schema: String,
    pub name: String,
    pub args: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SchemaRow {
    pub name: String,
    pub owner: String,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ExtensionRow {
    pub name: String,
    pub schema: String,
    pub version: String,
    pub comment: Option<String>,
    pub update_targets: Vec<String>,
    pub member_types: Vec<TypeRef>,
    pub relocatable: bool,
    pub member_privileges: Option<Vec<MemberPrivilegesRow>>,
}

/// Privileges on one member of an extension (or one built-in object, `builtin_privileges.sql`)
/// that differ from its initial ones.
#[derive(Debug, Clone, Deserialize)]
pub struct MemberPrivilegesRow {
    pub kind: String,
    pub schema: Option<String>,
    pub name: String,
    pub sub: Option<String>,
    pub owner: String,
    pub current: Vec<String>,
    pub initial: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CollationRow {
    pub schema: String,
    pub name: String,
    pub provider: String,
    pub deterministic: bool,
    pub lc_collate: Option<String>,
    pub lc_ctype: Option<String>,
    pub icu_locale: Option<String>,
    pub icu_rules: Option<String>,
    pub owner: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DomainCheckRow {
    pub name: String,
    pub definition: String,
    pub validated: bool,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AttributeRow {
    pub name: String,
    pub data_type: TypeRef,
    pub collation: Option<NameRef>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TypeRow {
    /// `enum`, `domain`, `composite` or `range`.
    pub kind: String,
    pub schema: String,
    pub name: String,
    pub owner: String,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
    pub enum_values: Option<Vec<String>>,
    pub base_type: Option<TypeRef>,
    pub collation: Option<NameRef>,
    pub default: Option<String>,
    pub not_null: bool,
    pub checks: Option<Vec<DomainCheckRow>>,
    pub attributes: Option<Vec<AttributeRow>>,
    pub subtype: Option<TypeRef>,
    pub subtype_opclass: Option<String>,
    pub range_collation: Option<NameRef>,
    pub canonical: Option<String>,
    pub subtype_diff: Option<String>,
    pub multirange_name: Option<NameRef>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OwnedByRow {
    pub schema: String,
    pub table: String,
    pub column: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SequenceRow {
    /// The object's oid (0 in hand-made rows), its address in dependency edges.
    #[serde(default)]
    pub oid: u32,
    pub schema: String,
    pub name: String,
    pub data_type: TypeRef,
    pub start: i64,
    pub increment: i64,
    pub min_value: i64,
    pub max_value: i64,
    pub cache: i64,
    pub cycle: bool,
    pub unlogged: bool,
    pub owned_by: Option<OwnedByRow>,
    pub owner: String,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PartitionOfRow {
    pub schema: String,
    pub name: String,
    pub bound: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct IdentityRow {
    pub always: bool,
    pub schema: String,
    pub sequence: String,
    /// The sequence's oid, its pg_depend address (0 in hand-made rows: none).
    #[serde(default)]
    pub sequence_oid: u32,
    pub data_type: TypeRef,
    pub start: i64,
    pub increment: i64,
    pub min_value: i64,
    pub max_value: i64,
    pub cache: i64,
    pub cycle: bool,
    /// The sequence is UNLOGGED (PostgreSQL 15+).
    #[serde(default)]
    pub unlogged: bool,
    /// The sequence's owner and ACL (its grants are its own, apart from the table's).
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub acl: Option<Vec<String>>,
    #[serde(default)]
    pub comment: Option<String>,
}

/// An identity column's sequence, by the table's oid and the column's attribute number.
#[derive(Debug, Clone, Deserialize)]
pub struct IdentityColumnRow {
    pub table_oid: u32,
    pub num: i16,
    #[serde(flatten)]
    pub identity: IdentityRow,
}

/// A table's column. The tables query sends columns as JSON arrays in this field order (an
/// object per column costs a fifth more to build on large schemas); hand-made rows may use
/// objects.
#[derive(Debug, Clone, Deserialize)]
pub struct ColumnRow {
    pub name: String,
    /// `attnum` (constraints name their columns by it).
    #[serde(default)]
    pub num: i16,
    pub data_type: TypeRef,
    /// Boxed, as every rarely set field of this row: a 10,000-table schema has 80,000
    /// columns, decoded for both sides of a diff at once.
    pub collation: Option<Box<NameRef>>,
    pub not_null: bool,
    pub default: Option<String>,
    pub generated: Option<Box<str>>,
    pub inherited: bool,
    /// Per-column statistics target when set.
    #[serde(default)]
    pub statistics: Option<i32>,
    /// `attstorage` when it differs from the type's (`p`, `e`, `m`, `x`).
    #[serde(default)]
    pub storage: Option<Box<str>>,
    /// The type's own storage, sent only beside `storage`.
    #[serde(default)]
    pub type_storage: Option<Box<str>>,
    #[serde(default)]
    pub compression: Option<Box<str>>,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
    /// The default's (or generation expression's) pg_attrdef oid: its address in dependency
    /// edges.
    #[serde(default)]
    pub default_oid: Option<u32>,
    /// Adding the column rewrites the table (a volatile default, a constrained domain).
    #[serde(default)]
    pub rewrites_on_add: bool,
    /// `attoptions` (`n_distinct=-0.5`).
    #[serde(default)]
    pub options: Option<Vec<String>>,
    /// From the identities query (not sent by the tables query).
    #[serde(default)]
    pub identity: Option<Box<IdentityRow>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TableRow {
    /// The object's oid (0 in hand-made rows), its address in dependency edges.
    #[serde(default)]
    pub oid: u32,
    pub schema: String,
    pub name: String,
    pub unlogged: bool,
    pub partition_key: Option<String>,
    pub partition_of: Option<PartitionOfRow>,
    pub inherits: Option<Vec<NameRef>>,
    #[serde(default)]
    pub of_type: Option<NameRef>,
    pub replica_identity: String,
    pub replica_identity_index: Option<String>,
    pub rls_enabled: bool,
    pub rls_forced: bool,
    pub options: Vec<String>,
    /// `pg_am.amname` of `relam` (none for a partitioned table).
    #[serde(default)]
    pub access_method: Option<String>,
    pub owner: String,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
    pub columns: Option<Vec<ColumnRow>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ForeignKeyRow {
    pub schema: String,
    pub table: String,
    /// The referenced table's oid.
    #[serde(default)]
    pub oid: u32,
    /// `confkey`: attribute numbers of the referenced columns.
    #[serde(default)]
    pub column_numbers: Vec<i16>,
    /// The referenced columns' names: sent only for a table the tables query leaves out (an
    /// extension's); otherwise named by the client from `column_numbers`.
    #[serde(default)]
    pub columns: Option<Vec<String>>,
    pub on_update: String,
    pub on_delete: String,
    pub match_type: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ConstraintRow {
    /// The object's oid (0 in hand-made rows), its address in dependency edges.
    #[serde(default)]
    pub oid: u32,
    pub schema: String,
    pub table: String,
    pub name: String,
    pub kind: String,
    /// `pg_get_constraintdef`, sent for the kinds the client does not write (see
    /// [`constraint_definition`]).
    ///
    /// [`constraint_definition`]: super::build::constraint_definition
    pub definition: Option<String>,
    /// A check's expression.
    #[serde(default)]
    pub expression: Option<String>,
    /// `conkey`: attribute numbers of the constrained columns.
    pub column_numbers: Option<Vec<i16>>,
    /// Boxed: most constraints are not foreign keys.
    pub foreign_key: Option<Box<ForeignKeyRow>>,
    pub deferrable: bool,
    pub initially_deferred: bool,
    pub validated: bool,
    pub no_inherit: bool,
    pub inherited: bool,
    /// The index of a primary key, unique or exclusion constraint.
    #[serde(default)]
    pub index_oid: Option<u32>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct IndexRow {
    /// The object's oid (0 in hand-made rows), its address in dependency edges.
    #[serde(default)]
    pub oid: u32,
    pub schema: String,
    pub name: String,
    pub table_schema: String,
    pub table: String,
    /// `pg_get_indexdef`; none for a plain index (see [`plain_index_definition`]).
    ///
    /// [`plain_index_definition`]: super::build::plain_index_definition
    pub definition: Option<String>,
    /// A partitioned index (its definition says `ON ONLY`).
    #[serde(default)]
    pub partitioned: bool,
    pub method: String,
    pub unique: bool,
    pub primary: bool,
    /// Quoted as pg_get_indexdef quotes them. Sent for an index on expressions; otherwise named
    /// by the client from `column_numbers`.
    pub key_columns: Option<Vec<String>>,
    /// Quoted as `key_columns`; named by the client.
    #[serde(default)]
    pub include_columns: Option<Vec<String>>,
    /// The table's (or materialized view's) oid.
    #[serde(default)]
    pub table_oid: u32,
    /// `indkey`: attribute numbers of the key columns (0 for an expression), then of the INCLUDE
    /// columns.
    #[serde(default)]
    pub column_numbers: Vec<i16>,
    /// How many of `column_numbers` are keys.
    #[serde(default)]
    pub key_count: i16,
    /// `indoption` of the key columns (bit 1: DESC, bit 2: NULLS FIRST); none when all are 0.
    #[serde(default)]
    pub key_options: Option<Vec<i16>>,
    pub predicate: Option<String>,
    /// The constraint the index enforces; named by the client from the constraints query.
    #[serde(default)]
    pub constraint: Option<String>,
    pub parent: Option<Box<NameRef>>,
    pub nulls_not_distinct: bool,
    pub valid: bool,
    /// Key columns (1-based) that take a user-defined default operator class, with its schema
    /// and name: the definition names them (see [`with_default_classes`]).
    ///
    /// [`with_default_classes`]: super::build::with_default_classes
    #[serde(default)]
    pub default_classes: Option<Vec<(usize, String, String)>>,
    pub comment: Option<String>,
    /// `indisclustered`.
    #[serde(default)]
    pub clustered: bool,
    /// Statistics targets set on the index's columns, by column number.
    #[serde(default)]
    pub statistics: Option<std::collections::BTreeMap<u16, i32>>,
    /// Storage parameters (`reloptions`, `name=value`): a key constraint's definition carries
    /// them, as pg_dump writes it.
    #[serde(default)]
    pub options: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ViewColumnRow {
    pub name: String,
    pub data_type: TypeRef,
    #[serde(default)]
    pub default: Option<String>,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
    /// A materialized view's column settings, as for table columns (ColumnRow).
    #[serde(default)]
    pub statistics: Option<i32>,
    #[serde(default)]
    pub storage: Option<String>,
    #[serde(default)]
    pub type_storage: Option<String>,
    #[serde(default)]
    pub compression: Option<String>,
    #[serde(default)]
    pub options: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ViewRow {
    /// The object's oid (0 in hand-made rows), its address in dependency edges.
    #[serde(default)]
    pub oid: u32,
    pub materialized: bool,
    pub schema: String,
    pub name: String,
    pub definition: String,
    /// `pg_get_viewdef` without pretty-printing, which shows every nested boolean operator.
    #[serde(default)]
    pub plain_definition: Option<String>,
    pub options: Vec<String>,
    pub owner: String,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
    pub columns: Option<Vec<ViewColumnRow>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct FunctionRow {
    /// The object's oid (0 in hand-made rows), its address in dependency edges.
    #[serde(default)]
    pub oid: u32,
    pub schema: String,
    pub name: String,
    pub identity_args: String,
    pub kind: String,
    pub definition: String,
    pub arguments: String,
    pub returns: Option<String>,
    pub language: String,
    pub volatility: String,
    pub security_definer: bool,
    pub strict: bool,
    pub leakproof: bool,
    pub parallel: String,
    pub config: Vec<String>,
    pub owner: String,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AggregateRow {
    /// The object's oid (0 in hand-made rows), its address in dependency edges.
    #[serde(default)]
    pub oid: u32,
    pub schema: String,
    pub name: String,
    pub identity_args: String,
    pub arguments: String,
    pub kind: String,
    pub state_function: FunctionRef,
    pub state_type: String,
    /// `aggtransspace`: the state's average size in bytes as `SSPACE` gave it (0 when not given).
    #[serde(default)]
    pub state_space: i32,
    pub final_function: Option<FunctionRef>,
    pub combine_function: Option<FunctionRef>,
    #[serde(default)]
    pub final_extra: bool,
    #[serde(default)]
    pub final_modify: Option<String>,
    #[serde(default)]
    pub serial_function: Option<FunctionRef>,
    #[serde(default)]
    pub deserial_function: Option<FunctionRef>,
    #[serde(default)]
    pub moving: Option<MovingAggregateRow>,
    pub initial_value: Option<String>,
    pub sort_operator: Option<String>,
    pub parallel: String,
    pub owner: String,
    pub comment: Option<String>,
    pub acl: Option<Vec<String>>,
}

/// The moving-aggregate mode of an aggregate (`MSFUNC` and the rest).
#[derive(Debug, Clone, Deserialize)]
pub struct MovingAggregateRow {
    pub state_function: FunctionRef,
    pub inverse_function: FunctionRef,
    pub state_type: String,
    #[serde(default)]
    pub state_space: i32,
    pub final_function: Option<FunctionRef>,
    pub final_extra: bool,
    pub final_modify: String,
    pub initial_value: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TriggerRow {
    pub schema: String,
    pub table: String,
    pub name: String,
    pub function: FunctionRef,
    pub definition: String,
    pub enabled: String,
    pub constraint_trigger: bool,
    pub comment: Option<String>,
    /// (schema, table, state) of clones on partitions whose state differs from their parent's.
    #[serde(default)]
    pub partition_states: Option<Vec<(String, String, String)>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EventTriggerRow {
    pub name: String,
    pub event: String,
    pub function: FunctionRef,
    pub tags: Vec<String>,
    pub enabled: String,
    pub owner: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PolicyRow {
    pub schema: String,
    pub table: String,
    pub name: String,
    pub permissive: bool,
    pub command: String,
    pub roles: Option<Vec<String>>,
    pub using: Option<String>,
    pub with_check: Option<String>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PublicationTableRow {
    pub schema: String,
    pub table: String,
    pub columns: Option<Vec<String>>,
    pub row_filter: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PublicationRow {
    pub name: String,
    pub all_tables: bool,
    pub insert: bool,
    pub update: bool,
    pub delete: bool,
    pub truncate: bool,
    pub via_root: bool,
    pub tables: Option<Vec<PublicationTableRow>>,
    pub schemas: Option<Vec<String>>,
    pub owner: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RoleRow {
    pub name: String,
    pub superuser: bool,
    pub bypass_rls: bool,
    #[serde(default)]
    pub reads: bool,
    pub member_of: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DefaultPrivilegeRow {
    pub role: String,
    pub schema: Option<String>,
    pub object_type: String,
    pub acl: Option<Vec<String>>,
}

/// One object of `model::object` (rules, statistics, operators, casts, text search and foreign
/// data objects): its pg_depend address, schema (none for global kinds), owner, privileges,
/// the sub-ids that stand for it too (a foreign table's columns), its typed definition and
/// comment.
#[derive(Debug, Clone, Deserialize)]
pub struct ObjectRow {
    pub class: u32,
    pub oid: u32,
    pub schema: Option<String>,
    pub owner: Option<String>,
    pub acl: Option<Vec<String>>,
    pub subs: Option<Vec<i32>>,
    /// Other pg_depend addresses (class, oid) that stand for the object.
    pub parts: Option<Vec<(u32, u32)>>,
    pub spec: crate::model::Spec,
    pub comment: Option<String>,
}

/// An object a dependency edge can name: its pg_depend address (class oid, object oid, sub-id)
/// and its kind, schema, name and sub-name.
#[derive(Debug, Clone, Deserialize)]
pub struct DependencyObjectRow(
    pub u32,
    pub u32,
    pub i32,
    pub String,
    pub Option<String>,
    pub String,
    pub Option<String>,
);

/// A pg_depend edge: the dependent object's address, then the referenced object's.
#[derive(Debug, Clone, Deserialize)]
pub struct DependencyRow(pub u32, pub u32, pub i32, pub u32, pub u32, pub i32);

/// An object the model does not hold (`unmodelled.sql`).
#[derive(Debug, Clone, Deserialize)]
pub struct UnmodelledRow {
    pub description: String,
    pub kind: String,
    pub schema: Option<String>,
}

/// Every row of one snapshot.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub server_version: u32,
    pub schemas: Vec<SchemaRow>,
    pub extensions: Vec<ExtensionRow>,
    pub collations: Vec<CollationRow>,
    pub types: Vec<TypeRow>,
    pub sequences: Vec<SequenceRow>,
    pub tables: Vec<TableRow>,
    pub identities: Vec<IdentityColumnRow>,
    pub constraints: Vec<ConstraintRow>,
    pub indexes: Vec<IndexRow>,
    pub views: Vec<ViewRow>,
    pub functions: Vec<FunctionRow>,
    pub aggregates: Vec<AggregateRow>,
    pub triggers: Vec<TriggerRow>,
    pub event_triggers: Vec<EventTriggerRow>,
    pub policies: Vec<PolicyRow>,
    pub publications: Vec<PublicationRow>,
    pub default_privileges: Vec<DefaultPrivilegeRow>,
    pub roles: Vec<RoleRow>,
    pub objects: Vec<ObjectRow>,
    pub dependency_objects: Vec<DependencyObjectRow>,
    pub dependencies: Vec<DependencyRow>,
    pub unmodelled: Vec<UnmodelledRow>,
    pub builtin_privileges: Vec<MemberPrivilegesRow>,
}

impl Rows {
    /// Moves `other`'s rows into these: each query decodes its rows into a `Rows` of its own.
    pub fn absorb(&mut self, other: Rows) {
        fn take<T>(into: &mut Vec<T>, mut from: Vec<T>) {
            if into.is_empty() {
                // Rows were pushed one by one: give back what doubling left unused.
                from.shrink_to_fit();
                *into = from;
            } else {
                into.extend(from);
            }
        }
        let Rows {
            server_version: _,
            schemas,
            extensions,
            collations,
            types,
            sequences,
            tables,
            identities,
            constraints,
            indexes,
            views,
            functions,
            aggregates,
            triggers,
            event_triggers,
            policies,
            publications,
            default_privileges,
            roles,
            objects,
            dependency_objects,
            dependencies,
            unmodelled,
            builtin_privileges,
        } = other;
        take(&mut self.schemas, schemas);
        take(&mut self.extensions, extensions);
        take(&mut self.collations, collations);
        take(&mut self.types, types);
        take(&mut self.sequences, sequences);
        take(&mut self.tables, tables);
        take(&mut self.identities, identities);
        take(&mut self.constraints, constraints);
        take(&mut self.indexes, indexes);
        take(&mut self.views, views);
        take(&mut self.functions, functions);
        take(&mut self.aggregates, aggregates);
        take(&mut self.triggers, triggers);
        take(&mut self.event_triggers, event_triggers);
        take(&mut self.policies, policies);
        take(&mut self.publications, publications);
        take(&mut self.default_privileges, default_privileges);
        take(&mut self.roles, roles);
        take(&mut self.objects, objects);
        take(&mut self.dependency_objects, dependency_objects);
        take(&mut self.dependencies, dependencies);
        take(&mut self.unmodelled, unmodelled);
        take(&mut self.builtin_privileges, builtin_privileges);
    }
}
