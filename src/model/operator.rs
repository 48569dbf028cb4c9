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
    /// A built-in family (initdb's, `pg_catalog.integer_ops`) that users added members to: only
    /// those members are the model's, and the family is "created" and "dropped" by adding and
    /// dropping them (`ALTER OPERATOR FAMILY ... ADD / DROP`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub builtin: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorClass {
    pub name: QualifiedName,
    pub method: String,
    pub data_type: super::TypeRef,
    pub default: bool,
    pub family: QualifiedName,
    /// `STORAGE`, when it differs from the indexed type.
    pub storage: Option<super::TypeRef>,
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
    pub source: super::TypeRef,
    pub target: super::TypeRef,
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

/// An operator's one-way links: the operators `o` names as commutator or negator whose own
/// link does not name `o` back, by their id. PostgreSQL fills in the other side of a link when
/// an operator is created naming an operator that exists with no link of that kind, and leaves
/// it empty when that operator was only a shell then (created later, filling the shell): so an
/// operator linked one way must be created after `o`, and one that exists before `o` is
/// created must be created again after it.
pub fn one_way_links(
    o: &Operator,
    objects: &std::collections::BTreeMap<super::ObjectId, super::CatalogObject>,
) -> Vec<super::ObjectId> {
    let mut out = Vec::new();
    let links = [
        // A commutator takes the arguments the other way round; a negator the same ones.
        (o.commutator.as_ref(), true),
        (o.negator.as_ref(), false),
    ];
    for (name, commutes) in links {
        let Some(name) = name else { continue };
        let (left, right) = if commutes {
            match &o.left {
                Some(l) => (Some(o.right.as_str()), l.as_str()),
                None => continue,
            }
        } else {
            (o.left.as_deref(), o.right.as_str())
        };
        let id = super::ObjectId::operator(name, left, right);
        let same = name == &o.name && id == operator_id(o);
        let Some(super::CatalogObject {
            spec: super::Spec::Operator(other),
            ..
        }) = objects.get(&id)
        else {
            continue;
        };
        let back = if commutes {
            &other.commutator
        } else {
            &other.negator
        };
        if !same && back.as_ref() != Some(&o.name) {
            out.push(id);
        }
    }
    out
}

fn operator_id(o: &Operator) -> super::ObjectId {
    super::ObjectId::operator(&o.name, o.left.as_deref(), &o.right)
}

/// Orders operators linked one way (see [`one_way_links`]): the operator named by a link
/// depends on the operator naming it.
pub fn order_one_way_links(
    objects: &std::collections::BTreeMap<super::ObjectId, super::CatalogObject>,
    dependencies: &mut super::DependencyBuilder,
) {
    for o in objects.values() {
        let super::Spec::Operator(op) = &o.spec else {
            continue;
        };
        for other in one_way_links(op, objects) {
            dependencies.insert(other, operator_id(op));
        }
    }
}
