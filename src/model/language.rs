//! Procedural languages (`CREATE [TRUSTED] LANGUAGE ... HANDLER ...`, not those of extensions)
//! and transforms (`CREATE TRANSFORM FOR type LANGUAGE lang (...)`).

use serde::{Deserialize, Serialize};

use super::FunctionId;

/// A procedural language created without an extension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    pub name: String,
    pub trusted: bool,
    /// The call handler (`None` only for a language PostgreSQL made itself, which is never
    /// read).
    pub handler: Option<FunctionId>,
    pub inline: Option<FunctionId>,
    pub validator: Option<FunctionId>,
}

/// A transform between a type and a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transform {
    pub data_type: super::TypeRef,
    pub language: String,
    /// `FROM SQL WITH FUNCTION f(internal)`.
    pub from_sql: Option<FunctionId>,
    /// `TO SQL WITH FUNCTION g(internal)`.
    pub to_sql: Option<FunctionId>,
}
