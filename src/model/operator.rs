//! Operators, operator families and classes, casts, conversions and access methods.

use serde::{Deserialize, Serialize};

use super::{FunctionId, QualifiedName};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    pub name: QualifiedName,
    /// `None` for a prefix operator.
    pub left: Option<String>,
    pub right: String,
    pub function: FunctionId,
    pub commutator: Option<QualifiedName>,
    pub negator: Option<QualifiedName>,
    pub restrict: Option<FunctionId>,
    pub join: Option<FunctionId>,
    pub hashes: bool,
    pub merges: bool,
}

/// An operator family, with its members that belong to no class of it (added by
/// `ALTER OPERATOR FAMILY ... ADD`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorFamily {
    pub name: QualifiedName,
    pub method: String,
    pub operators: Vec<MemberOperator>,
    pub functions: Vec<MemberFunction>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorClass {
    pub name: QualifiedName,
    pub method: String,
    pub data_type: String,
    pub default: bool,
    pub family: QualifiedName,
    /// `STORAGE`, when it differs from the indexed type.
    pub storage: Option<String>,
    pub operators: Vec<MemberOperator>,
    pub functions: Vec<MemberFunction>,
}

/// `OPERATOR strategy name (left, right) [FOR ORDER BY family]`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MemberOperator {
    pub strategy: i16,
    pub operator: QualifiedName,
    pub left: String,
    pub right: String,
    pub order_family: Option<QualifiedName>,
}

/// `FUNCTION number (left, right) name(args)`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MemberFunction {
    pub number: i16,
    pub left: String,
    pub right: String,
    pub function: FunctionId,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cast {
    pub source: String,
    pub target: String,
    /// `function`, `inout` or `binary` (WITHOUT FUNCTION).
    pub method: String,
    pub function: Option<FunctionId>,
    /// `explicit`, `assignment` or `implicit`.
    pub context: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversion {
    pub name: QualifiedName,
    pub source_encoding: String,
    pub target_encoding: String,
    pub function: FunctionId,
    pub default: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessMethod {
    pub name: String,
    /// `table` or `index`.
    pub method_type: String,
    pub handler: FunctionId,
}
