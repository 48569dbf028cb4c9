//! User-defined types, sequences and collations.

use serde::{Deserialize, Serialize};

use super::{Grant, QualifiedName, TypeRef};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enum {
    pub name: QualifiedName,
    /// In sort order (`enumsortorder`).
    pub values: Vec<String>,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domain {
    pub name: QualifiedName,
    /// The base type, with its modifier.
    pub base_type: TypeRef,
    pub collation: Option<QualifiedName>,
    pub default: Option<String>,
    pub not_null: bool,
    pub checks: Vec<DomainCheck>,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainCheck {
    pub name: String,
    /// `CHECK (...)` as `pg_get_constraintdef` prints it.
    pub definition: String,
    pub validated: bool,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompositeType {
    pub name: QualifiedName,
    pub attributes: Vec<Attribute>,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    pub name: String,
    pub data_type: TypeRef,
    pub collation: Option<QualifiedName>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RangeType {
    pub name: QualifiedName,
    pub subtype: TypeRef,
    pub subtype_opclass: Option<String>,
    pub collation: Option<QualifiedName>,
    pub canonical: Option<String>,
    pub subtype_diff: Option<String>,
    pub multirange_name: Option<QualifiedName>,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sequence {
    pub name: QualifiedName,
    pub options: SequenceOptions,
    /// `OWNED BY table.column`.
    pub owned_by: Option<(QualifiedName, String)>,
    pub unlogged: bool,
    pub owner: String,
    pub comment: Option<String>,
    pub privileges: Vec<Grant>,
}

/// Options shared by sequences and identity columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SequenceOptions {
    pub data_type: TypeRef,
    pub start: i64,
    pub increment: i64,
    pub min_value: i64,
    pub max_value: i64,
    pub cache: i64,
    pub cycle: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collation {
    pub name: QualifiedName,
    /// `c` (libc), `i` (icu) or `d` (default).
    pub provider: String,
    pub deterministic: bool,
    pub lc_collate: Option<String>,
    pub lc_ctype: Option<String>,
    /// ICU locale (`colliculocale` on 15-16, `colllocale` on 17).
    pub icu_locale: Option<String>,
    pub icu_rules: Option<String>,
    pub owner: String,
    pub comment: Option<String>,
}
