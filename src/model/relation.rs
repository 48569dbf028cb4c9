//! Tables, columns, constraints, indexes, views, triggers, policies, publications.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{FunctionId, Grant, QualifiedName, SequenceOptions, SmallMap, TypeRef};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub name: QualifiedName,
    /// In attribute-number order.
    pub columns: Vec<Column>,
    pub constraints: SmallMap<String, Constraint>,
    pub policies: SmallMap<String, Policy>,
    pub unlogged: bool,
    /// `pg_get_partkeydef` for a partitioned table (`RANGE (created_at)`).
    pub partition_key: Option<String>,
    /// For a partition: its parent and bound (`FOR VALUES FROM (...) TO (...)`, `DEFAULT`).
    pub partition_of: Option<PartitionOf>,
    /// Parents by plain inheritance, in `inhseqno` order (partitions are not listed here).
    pub inherits: Vec<QualifiedName>,
    /// The composite type of a typed table (`CREATE TABLE ... OF type`): its columns follow it.
    #[serde(default)]
    pub of_type: Option<QualifiedName>,
    pub replica_identity: ReplicaIdentity,
    pub rls_enabled: bool,
    pub rls_forced: bool,
    /// Storage parameters (`fillfactor=70`), sorted.
    pub options: Vec<String>,
    /// The table access method (`USING am`) when it is not `heap`; partitioned tables have
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_method: Option<String>,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionOf {
    pub parent: QualifiedName,
    pub bound: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplicaIdentity {
    Default,
    Full,
    Nothing,
    /// `USING INDEX name`.
    Index(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    /// The type with its modifier (`format_type(atttypid, atttypmod)` in JSON).
    pub data_type: TypeRef,
    /// A collation other than the type's default.
    pub collation: Option<QualifiedName>,
    pub not_null: bool,
    /// The default expression (not for identity or generated columns).
    pub default: Option<String>,
    /// Boxed: most columns have none, and it is a third of a column's size.
    pub identity: Option<Box<Identity>>,
    /// Expression of a `GENERATED ALWAYS AS (...) STORED` column.
    pub generated: Option<String>,
    /// True when the column comes only from a parent (inheritance or partitioning).
    pub inherited: bool,
    pub comment: Option<String>,
    /// Column-level privileges.
    pub privileges: Vec<Grant>,
    /// Physical settings that differ from the defaults (statistics target, storage,
    /// compression).
    #[serde(default, skip_serializing_if = "ColumnSettings::is_default")]
    pub settings: ColumnSettings,
    /// Adding the column to a table that has rows rewrites the table: its default calls a
    /// volatile function, or its type is a domain with constraints (PostgreSQL docs, ALTER
    /// TABLE, "ADD COLUMN": only a non-volatile default is stored as the rows' missing value).
    /// Identity and stored generated columns always rewrite. Said by the catalog; it follows
    /// from the default and the type, so the diff does not compare it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rewrites_on_add: bool,
}

/// A column's physical settings; each is `None` when it is PostgreSQL's default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnSettings {
    /// `ALTER COLUMN SET STATISTICS n`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<i32>,
    /// `SET STORAGE` other than the type's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Boxed: rarely set, and every column holds its settings inline.
    pub storage: Option<Box<ColumnStorage>>,
    /// `SET COMPRESSION`: `pglz` or `lz4`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compression: Option<String>,
    /// `SET (n_distinct=-0.5, ...)`: attribute options (`attoptions`), `name=value` in the
    /// catalog's order (the order they were set in, which dumps show).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
}

impl ColumnSettings {
    pub fn is_default(&self) -> bool {
        self == &Self::default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnStorage {
    /// `plain`, `external`, `extended` or `main`.
    pub storage: String,
    /// The type's own storage, which going back to the default sets again.
    pub type_default: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// `ALWAYS` (true) or `BY DEFAULT`.
    pub always: bool,
    pub sequence: QualifiedName,
    pub options: SequenceOptions,
    /// The sequence is UNLOGGED. PostgreSQL 15+ gives it its table's persistence when it is
    /// made and switches it with the table, but `ALTER SEQUENCE ... SET LOGGED` can set it apart.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unlogged: bool,
    /// Grants on the sequence (`GRANT USAGE ON SEQUENCE t_id_seq ...`), the owner's own left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Grant>,
    /// `COMMENT ON SEQUENCE` of the identity's sequence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConstraintKind {
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
    Exclusion,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constraint {
    pub name: String,
    pub kind: ConstraintKind,
    /// `pg_get_constraintdef`: the whole definition, as PostgreSQL prints it.
    pub definition: String,
    pub columns: Vec<String>,
    /// Boxed: a table's constraints sit in a map whose nodes hold room for eleven, and most
    /// constraints are not foreign keys.
    pub foreign_key: Option<Box<ForeignKey>>,
    pub deferrable: bool,
    pub initially_deferred: bool,
    /// False for `NOT VALID` constraints not validated yet.
    pub validated: bool,
    pub no_inherit: bool,
    /// True when the constraint exists only because a parent has it.
    pub inherited: bool,
    /// The index that enforces a primary key, unique or exclusion constraint.
    pub index: Option<QualifiedName>,
    pub comment: Option<String>,
    /// A key of a partitioned table added to it alone (`ALTER TABLE ONLY ... ADD`): its index
    /// stays invalid until each partition's copy is attached to it, and none is made for the
    /// partitions meanwhile.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub only: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignKey {
    pub references: QualifiedName,
    pub referenced_columns: Vec<String>,
    /// `a` no action, `r` restrict, `c` cascade, `n` set null, `d` set default.
    pub on_update: String,
    pub on_delete: String,
    /// `s` simple, `f` full, `p` partial.
    pub match_type: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub name: QualifiedName,
    /// The table or materialized view it indexes.
    pub table: QualifiedName,
    /// What follows the index's name in its definition (`pg_get_indexdef`, schema-qualified):
    /// `ON [ONLY] table USING method (...) [INCLUDE (...)] [WITH (...)] [WHERE ...]`. The
    /// statement is `CREATE [UNIQUE] INDEX [CONCURRENTLY] name body` ([`Index::unique`]), written
    /// by `sql::indexes` alone.
    pub body: String,
    pub method: String,
    pub unique: bool,
    pub primary: bool,
    /// Key columns or expressions, as `pg_get_indexdef(oid, n, true)` prints each.
    pub key_columns: Vec<String>,
    /// `INCLUDE` columns.
    pub include_columns: Vec<String>,
    pub predicate: Option<String>,
    /// The constraint this index enforces, if any (it is then created by the constraint).
    pub constraint: Option<String>,
    /// The partitioned index this one is attached to.
    pub parent: Option<QualifiedName>,
    pub nulls_not_distinct: bool,
    /// False while a failed CREATE INDEX CONCURRENTLY left it invalid.
    pub valid: bool,
    pub comment: Option<String>,
    /// The index its table is clustered on (`ALTER TABLE ... CLUSTER ON`, `indisclustered`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub clustered: bool,
    /// Statistics targets of index columns (`ALTER INDEX ... ALTER COLUMN n SET STATISTICS`),
    /// by column number (from 1); only expression columns take one.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub statistics: BTreeMap<u16, i32>,
}

impl Index {
    /// An index of a partitioned table (its definition, as the catalog gives it, says
    /// `ON ONLY`): building it builds nothing; the partitions' indexes are attached to it.
    pub fn partitioned(&self) -> bool {
        self.body.starts_with("ON ONLY ")
    }

    /// The same index but for its name: unique or not alike, the same body.
    pub fn same_definition(&self, other: &Index) -> bool {
        self.unique == other.unique && self.body == other.body
    }

    /// Its definition with each cast of a column `(col)::type` to one of that column's
    /// `types` written as the bare column. PostgreSQL rebuilds an index inside `ALTER COLUMN
    /// ... TYPE` from its definition: a cast to the column's new type disappears
    /// (`lower((email)::text)` becomes `lower(email)` once `email` is `text`), and one to its
    /// old type appears (the other way). `casts` is (column, the types' spellings).
    pub fn body_without_casts(&self, casts: &[(String, Vec<String>)]) -> String {
        let mut body = self.body.clone();
        for (column, types) in casts {
            let col = crate::sql::writer::ident(column);
            for t in types {
                body = body.replace(&format!("({col})::{t}"), &col);
            }
        }
        body
    }
}

/// A view or materialized view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    pub name: QualifiedName,
    /// `pg_get_viewdef`, schema-qualified.
    pub definition: String,
    pub columns: Vec<ViewColumn>,
    /// `security_invoker=true`, `security_barrier=true`, `check_option=local`, sorted.
    pub options: Vec<String>,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewColumn {
    pub name: String,
    pub data_type: TypeRef,
    /// `ALTER VIEW ... ALTER COLUMN ... SET DEFAULT` (what an INSERT through the view gets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
    /// A materialized view column's physical settings (statistics target, storage,
    /// compression, attribute options); always the defaults on a plain view.
    #[serde(default, skip_serializing_if = "ColumnSettings::is_default")]
    pub settings: ColumnSettings,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    /// The table, view or foreign table it fires on.
    pub table: QualifiedName,
    pub name: String,
    pub function: FunctionId,
    /// `pg_get_triggerdef`, schema-qualified.
    pub definition: String,
    /// `O` origin (enabled), `D` disabled, `R` replica, `A` always.
    pub enabled: String,
    pub constraint_trigger: bool,
    pub comment: Option<String>,
    /// On a partitioned table: the enabled state of its clones on partitions (at any depth)
    /// whose state differs from their parent trigger's (`ALTER TABLE partition DISABLE TRIGGER`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub partition_states: BTreeMap<QualifiedName, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTrigger {
    pub name: String,
    pub event: String,
    pub function: FunctionId,
    pub tags: Vec<String>,
    pub enabled: String,
    pub owner: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub name: String,
    pub permissive: bool,
    /// `ALL`, `SELECT`, `INSERT`, `UPDATE` or `DELETE`.
    pub command: String,
    /// Sorted role names; `public` for everyone.
    pub roles: Vec<String>,
    pub using: Option<String>,
    pub with_check: Option<String>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publication {
    pub name: String,
    pub all_tables: bool,
    pub insert: bool,
    pub update: bool,
    pub delete: bool,
    pub truncate: bool,
    pub via_root: bool,
    pub tables: Vec<PublicationTable>,
    /// `FOR TABLES IN SCHEMA` (PostgreSQL 15+).
    pub schemas: Vec<String>,
    pub owner: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PublicationTable {
    pub table: QualifiedName,
    /// Column list (PostgreSQL 15+); `None` for all columns.
    pub columns: Option<Vec<String>>,
    /// Row filter (PostgreSQL 15+).
    pub row_filter: Option<String>,
}
