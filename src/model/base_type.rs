//! Base types (`CREATE TYPE name (INPUT = ..., OUTPUT = ...)`) and shell types (`CREATE TYPE
//! name`, a placeholder never defined). A base type's I/O functions take or return the type,
//! so PostgreSQL (and pg_dump) creates a shell first, then the functions, then the full type;
//! the model keeps the base type under [`ObjectId::Type`](super::ObjectId::Type) and names the
//! shell it starts from [`ObjectId::ShellType`](super::ObjectId::ShellType).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{CatalogObject, FunctionId, ObjectId, QualifiedName, Spec};

/// A base type. `LIKE` is not kept: it only copies length, passing, alignment and storage,
/// which are kept themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseType {
    pub name: QualifiedName,
    pub input: FunctionId,
    pub output: FunctionId,
    pub receive: Option<FunctionId>,
    pub send: Option<FunctionId>,
    pub typmod_in: Option<FunctionId>,
    pub typmod_out: Option<FunctionId>,
    pub analyze: Option<FunctionId>,
    pub subscript: Option<FunctionId>,
    /// Bytes; -1 for a variable length (`VARIABLE`), -2 for a null-terminated C string.
    pub internal_length: i16,
    pub passed_by_value: bool,
    /// `char`, `int2`, `int4` or `double`.
    pub alignment: String,
    /// `plain`, `external`, `extended` or `main`.
    pub storage: String,
    /// One letter (`U` user-defined, `N` numeric, ...).
    pub category: String,
    pub preferred: bool,
    /// The default value as text, as `DEFAULT` gives it.
    pub default: Option<String>,
    /// As `format_type` spells it.
    pub element: Option<String>,
    pub delimiter: String,
    pub collatable: bool,
}

impl BaseType {
    /// The support functions that `ALTER TYPE ... SET` can change, by their `CREATE TYPE`
    /// keyword.
    pub fn settable_functions(&self) -> [(&'static str, &Option<FunctionId>); 6] {
        [
            ("RECEIVE", &self.receive),
            ("SEND", &self.send),
            ("TYPMOD_IN", &self.typmod_in),
            ("TYPMOD_OUT", &self.typmod_out),
            ("ANALYZE", &self.analyze),
            ("SUBSCRIPT", &self.subscript),
        ]
    }

    /// Every support function the type names: input and output, then the others.
    pub fn functions(&self) -> Vec<&FunctionId> {
        let mut out = vec![&self.input, &self.output];
        out.extend(
            self.settable_functions()
                .into_iter()
                .filter_map(|(_, f)| f.as_ref()),
        );
        out
    }
}

/// A shell type: a name reserved by `CREATE TYPE name`, with no definition. One of the model
/// is a type ([`ObjectId::Type`]); the shell a base type's creation starts from
/// (`for_base_type`, made by the diff only) is [`ObjectId::ShellType`], a step of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShellType {
    pub name: QualifiedName,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub for_base_type: bool,
}

/// Routes the dependency of a base type's support functions on the type to its shell: they
/// are created between the shell and the full definition, and the type depends on them.
pub fn route_through_shells(
    objects: &BTreeMap<ObjectId, CatalogObject>,
    dependencies: &mut super::DependencyBuilder,
) {
    for o in objects.values() {
        let Spec::BaseType(t) = &o.spec else {
            continue;
        };
        let ty = ObjectId::Type {
            name: t.name.clone(),
        };
        for f in t.functions() {
            let function = ObjectId::Function { id: f.clone() };
            if dependencies.remove(&function, &ty) {
                dependencies.insert(
                    function,
                    ObjectId::ShellType {
                        name: t.name.clone(),
                    },
                );
            }
        }
    }
}
