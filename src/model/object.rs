//! Catalog objects beyond relations, types and routines: rules, extended statistics, operators
//! and their families and classes, casts, conversions, access methods, text search objects,
//! foreign data (wrappers, servers, user mappings, foreign tables) and subscriptions.
//!
//! Each kind is a typed struct (in its family's file) wrapped in [`Spec`]; [`CatalogObject`]
//! adds what every object may carry (owner, comment, privileges). The diff treats them alike:
//! an object whose spec differs is altered in place where PostgreSQL can
//! ([`crate::diff::objects`]), recreated otherwise. Types are spelled as `format_type` writes
//! them (schema-qualified where needed); names are raw.

use serde::{Deserialize, Serialize};

use super::{Grant, ObjectId};

pub use super::base_type::*;
pub use super::foreign::*;
pub use super::language::*;
pub use super::operator::*;
pub use super::rule::*;
pub use super::text_search::*;

/// One catalog object of the kinds this module covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogObject {
    pub spec: Spec,
    /// Empty for kinds without an owner (rules, casts, access methods, user mappings, text
    /// search parsers and templates).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Grant>,
}

/// The kinds, each with its own typed definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Spec {
    Rule(Rule),
    Statistics(Statistics),
    Operator(Operator),
    OperatorFamily(OperatorFamily),
    OperatorClass(OperatorClass),
    Cast(Cast),
    Conversion(Conversion),
    Language(Language),
    BaseType(Box<BaseType>),
    ShellType(ShellType),
    Transform(Transform),
    AccessMethod(AccessMethod),
    TextSearchParser(TextSearchParser),
    TextSearchTemplate(TextSearchTemplate),
    TextSearchDictionary(TextSearchDictionary),
    TextSearchConfiguration(TextSearchConfiguration),
    ForeignDataWrapper(ForeignDataWrapper),
    ForeignServer(ForeignServer),
    UserMapping(UserMapping),
    ForeignTable(ForeignTable),
    Subscription(Subscription),
}

impl Spec {
    /// The object's identity.
    pub fn id(&self) -> ObjectId {
        match self {
            Spec::Rule(r) => ObjectId::Rule {
                table: r.table.clone(),
                name: r.name.clone(),
            },
            Spec::Statistics(s) => ObjectId::Statistics {
                name: s.name.clone(),
            },
            Spec::Operator(o) => ObjectId::operator(&o.name, o.left.as_deref(), &o.right),
            Spec::OperatorFamily(f) => ObjectId::OperatorFamily {
                name: f.name.clone(),
                method: f.method.clone(),
            },
            Spec::OperatorClass(c) => ObjectId::OperatorClass {
                name: c.name.clone(),
                method: c.method.clone(),
            },
            Spec::Cast(c) => ObjectId::Cast {
                source: Box::new(c.source.clone()),
                target: Box::new(c.target.clone()),
            },
            Spec::Conversion(c) => ObjectId::Conversion {
                name: c.name.clone(),
            },
            Spec::Language(l) => ObjectId::Language {
                name: l.name.clone(),
            },
            Spec::BaseType(t) => ObjectId::Type {
                name: t.name.clone(),
            },
            Spec::ShellType(t) if t.for_base_type => ObjectId::ShellType {
                name: t.name.clone(),
            },
            Spec::ShellType(t) => ObjectId::Type {
                name: t.name.clone(),
            },
            Spec::Transform(t) => ObjectId::Transform {
                data_type: Box::new(t.data_type.clone()),
                language: t.language.clone(),
            },
            Spec::AccessMethod(a) => ObjectId::AccessMethod {
                name: a.name.clone(),
            },
            Spec::TextSearchParser(p) => ObjectId::TextSearchParser {
                name: p.name.clone(),
            },
            Spec::TextSearchTemplate(t) => ObjectId::TextSearchTemplate {
                name: t.name.clone(),
            },
            Spec::TextSearchDictionary(d) => ObjectId::TextSearchDictionary {
                name: d.name.clone(),
            },
            Spec::TextSearchConfiguration(c) => ObjectId::TextSearchConfiguration {
                name: c.name.clone(),
            },
            Spec::ForeignDataWrapper(w) => ObjectId::ForeignDataWrapper {
                name: w.name.clone(),
            },
            Spec::ForeignServer(s) => ObjectId::ForeignServer {
                name: s.name.clone(),
            },
            Spec::UserMapping(m) => ObjectId::UserMapping {
                user: m.user.clone(),
                server: m.server.clone(),
            },
            Spec::ForeignTable(t) => ObjectId::ForeignTable {
                name: t.name.clone(),
            },
            Spec::Subscription(s) => ObjectId::Subscription {
                name: s.name.clone(),
            },
        }
    }
}

impl super::Keyed for CatalogObject {
    type Key = ObjectId;
    fn key(&self) -> ObjectId {
        self.spec.id()
    }
}

/// A generic `OPTIONS (name 'value', ...)` list as the catalogs keep it: `name=value` texts, in
/// catalog order.
pub type Options = Vec<String>;

/// Splits a catalog option (`name=value`) into its name and value.
pub fn option_parts(option: &str) -> (&str, &str) {
    option.split_once('=').unwrap_or((option, ""))
}
