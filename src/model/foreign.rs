//! Foreign data wrappers, foreign servers, user mappings, foreign tables and subscriptions.
//!
//! Options that can hold secrets (a user mapping's `password`, a subscription's connection
//! string) hold a digest marker in place of the text (see [`super::secret`]).

use serde::{Deserialize, Serialize};

use super::{FunctionId, Options, QualifiedName};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignDataWrapper {
    pub name: String,
    pub handler: Option<FunctionId>,
    pub validator: Option<FunctionId>,
    pub options: Options,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignServer {
    pub name: String,
    pub wrapper: String,
    pub server_type: Option<String>,
    pub version: Option<String>,
    pub options: Options,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserMapping {
    /// A role name, or `PUBLIC`.
    pub user: String,
    pub server: String,
    pub options: Options,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignTable {
    pub name: QualifiedName,
    pub server: String,
    pub options: Options,
    pub columns: Vec<ForeignColumn>,
    /// Its CHECK constraints, by name. PostgreSQL does not verify them against the remote rows
    /// (docs, CREATE FOREIGN TABLE): the planner trusts them, so they are part of the schema.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<ForeignCheck>,
    /// The partitioned table it is a partition of, and its bound. Written as pg_dump does: the
    /// table with all its columns, then `ALTER TABLE parent ATTACH PARTITION` (which of its
    /// columns PostgreSQL marks as inherited does not show for partitions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_of: Option<super::PartitionOf>,
    /// The tables it inherits from (`INHERITS`), in `inhseqno` order; empty for a partition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inherits: Vec<QualifiedName>,
}

/// A CHECK constraint of a foreign table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignCheck {
    pub name: String,
    /// `pg_get_constraintdef`: `CHECK (...)` with `NO INHERIT` and `NOT VALID` as they apply.
    pub definition: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Only from a parent it `INHERITS` from (`conislocal` false): made by the parent's, never
    /// added on its own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inherited: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForeignColumn {
    /// Only from the parents it `INHERITS` from (`attislocal` false): not written in CREATE,
    /// its type and collation follow the parent's. Always false for a partition's columns.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inherited: bool,
    /// `SET STATISTICS`, `SET STORAGE` and attribute options (`SET (n_distinct = ...)`), as a
    /// table column's (compression does not apply: foreign tables store no rows).
    #[serde(default, skip_serializing_if = "super::ColumnSettings::is_default")]
    pub settings: super::ColumnSettings,
    pub name: String,
    pub data_type: super::TypeRef,
    pub not_null: bool,
    pub default: Option<String>,
    /// Expression of a `GENERATED ALWAYS AS (...) STORED` column (then `default` is `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    pub collation: Option<QualifiedName>,
    pub options: Options,
    pub comment: Option<String>,
    /// Column-level privileges, as a table column's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<super::Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub name: String,
    /// The connection string (it may hold a password).
    pub connection: String,
    pub publications: Vec<String>,
    /// `None`: `slot_name = NONE`.
    pub slot_name: Option<String>,
    pub binary: bool,
    pub streaming: bool,
    pub two_phase: bool,
    pub disable_on_error: bool,
    pub synchronous_commit: String,
}
