//! Typed object identity. Names are raw; [`QualifiedName`]'s `Display` quotes only for people.

use std::fmt;

use serde::{Deserialize, Serialize};

/// `schema.name`, both raw.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QualifiedName {
    pub schema: String,
    pub name: String,
}

impl QualifiedName {
    pub fn new(schema: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            schema: schema.into(),
            name: name.into(),
        }
    }

    /// The same name after schema `old` is renamed to `new`.
    pub fn in_renamed_schema(&self, old: &str, new: &str) -> Self {
        if self.schema == old {
            Self::new(new, self.name.clone())
        } else {
            self.clone()
        }
    }
}

pub use crate::sql::writer::display_ident;

/// Splits `a.b` / `"a.b"."c"` back into raw parts (the inverse of `Display`).
fn parse_qualified(s: &str) -> Option<(String, String)> {
    let mut parts = Vec::new();
    let mut chars = s.chars().peekable();
    let mut cur = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => loop {
                match chars.next()? {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        cur.push('"');
                    }
                    '"' => break,
                    other => cur.push(other),
                }
            },
            '.' => parts.push(std::mem::take(&mut cur)),
            other => cur.push(other),
        }
    }
    parts.push(cur);
    match <[String; 2]>::try_from(parts) {
        Ok([a, b]) => Some((a, b)),
        Err(_) => None,
    }
}

impl fmt::Display for QualifiedName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{}",
            display_ident(&self.schema),
            display_ident(&self.name)
        )
    }
}

impl Serialize for QualifiedName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for QualifiedName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        parse_qualified(&s)
            .map(|(schema, name)| Self { schema, name })
            .ok_or_else(|| serde::de::Error::custom(format!("not a qualified name: {s}")))
    }
}

/// A deterministic name for a temporary object: `pgshift_<kind>_` and the first `bytes` bytes
/// of the SHA-256 of `key` in hex (short enough for PostgreSQL's 63-byte limit).
pub fn temporary_name(kind: &str, key: &str, bytes: usize) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest
        .iter()
        .take(bytes)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("pgshift_{kind}_{hex}")
}

/// A function, procedure or aggregate: name plus identity arguments (`integer, text`), which
/// tell overloads apart.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FunctionId {
    pub name: QualifiedName,
    /// `pg_get_function_identity_arguments`, types schema-qualified where needed.
    pub args: String,
}

impl FunctionId {
    pub fn new(schema: &str, name: &str, args: &str) -> Self {
        Self {
            name: QualifiedName::new(schema, name),
            args: args.to_string(),
        }
    }

    /// The same routine after schema `old` is renamed to `new`: its own schema, and every
    /// argument type qualified with `old` (a whole name at the start of a type, outside quoted
    /// names: `mypub.t` is not in schema `pub`).
    pub fn in_renamed_schema(&self, old: &str, new: &str) -> Self {
        let name = self.name.in_renamed_schema(old, new);
        let (old, new) = (
            format!("{}.", display_ident(old)),
            format!("{}.", display_ident(new)),
        );
        let mut args = String::with_capacity(self.args.len());
        let (mut quoted, mut boundary) = (false, true);
        let mut rest = self.args.as_str();
        while let Some(ch) = rest.chars().next() {
            if boundary && !quoted && rest.starts_with(&old) {
                args.push_str(&new);
                rest = &rest[old.len()..];
                boundary = false;
                continue;
            }
            if ch == '"' {
                quoted = !quoted;
            }
            boundary = !quoted && matches!(ch, ' ' | '(' | ',' | '[');
            args.push(ch);
            rest = &rest[ch.len_utf8()..];
        }
        Self { name, args }
    }
}

impl fmt::Display for FunctionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", self.name, self.args)
    }
}

impl Serialize for FunctionId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FunctionId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let open = s
            .find('(')
            .ok_or_else(|| serde::de::Error::custom(format!("not a function id: {s}")))?;
        let (schema, name) = parse_qualified(&s[..open])
            .ok_or_else(|| serde::de::Error::custom(format!("not a function id: {s}")))?;
        let args = s[open + 1..].strip_suffix(')').unwrap_or(&s[open + 1..]);
        Ok(Self::new(&schema, &name, args))
    }
}

/// Every kind of object the model holds, with what identifies it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ObjectId {
    Schema {
        name: String,
    },
    Extension {
        name: String,
    },
    Collation {
        name: QualifiedName,
    },
    /// Enums, domains, composite, range and base types.
    Type {
        name: QualifiedName,
    },
    Sequence {
        name: QualifiedName,
    },
    Table {
        name: QualifiedName,
    },
    Column {
        table: QualifiedName,
        column: String,
    },
    Constraint {
        table: QualifiedName,
        name: String,
    },
    Index {
        name: QualifiedName,
    },
    View {
        name: QualifiedName,
    },
    MaterializedView {
        name: QualifiedName,
    },
    Function {
        id: FunctionId,
    },
    Aggregate {
        id: FunctionId,
    },
    Trigger {
        table: QualifiedName,
        name: String,
    },
    EventTrigger {
        name: String,
    },
    Policy {
        table: QualifiedName,
        name: String,
    },
    Publication {
        name: String,
    },
    /// A named CHECK constraint of a domain.
    DomainConstraint {
        domain: QualifiedName,
        name: String,
    },
    Rule {
        table: QualifiedName,
        name: String,
    },
    Statistics {
        name: QualifiedName,
    },
    /// Argument types as `format_type` spells them; `left` is `None` for a prefix operator.
    Operator {
        name: QualifiedName,
        left: Option<Box<str>>,
        right: Box<str>,
    },
    OperatorFamily {
        name: QualifiedName,
        method: String,
    },
    OperatorClass {
        name: QualifiedName,
        method: String,
    },
    /// Boxed, like the other variants with more than a name and a string, so an id (and each
    /// end of every dependency edge) stays at 80 bytes instead of twice that.
    Cast {
        source: Box<super::TypeRef>,
        target: Box<super::TypeRef>,
    },
    Conversion {
        name: QualifiedName,
    },
    /// The shell a base type is created from (`CREATE TYPE name`), which its I/O functions
    /// take or return before the type is defined.
    ShellType {
        name: QualifiedName,
    },
    /// A procedural language (they belong to no schema).
    Language {
        name: String,
    },
    /// `data_type` as `format_type` spells it.
    Transform {
        data_type: Box<super::TypeRef>,
        language: String,
    },
    AccessMethod {
        name: String,
    },
    TextSearchParser {
        name: QualifiedName,
    },
    TextSearchTemplate {
        name: QualifiedName,
    },
    TextSearchDictionary {
        name: QualifiedName,
    },
    TextSearchConfiguration {
        name: QualifiedName,
    },
    ForeignDataWrapper {
        name: String,
    },
    ForeignServer {
        name: String,
    },
    /// `user` is a role name or `PUBLIC`.
    UserMapping {
        user: String,
        server: String,
    },
    ForeignTable {
        name: QualifiedName,
    },
    Subscription {
        name: String,
    },
}

impl ObjectId {
    /// An operator's id from its name and argument types (`left` is `None` for a prefix
    /// operator).
    pub fn operator(name: &QualifiedName, left: Option<&str>, right: &str) -> Self {
        Self::Operator {
            name: name.clone(),
            left: left.map(Into::into),
            right: right.into(),
        }
    }
}

impl fmt::Display for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Schema { name } => write!(f, "schema {}", display_ident(name)),
            Self::Extension { name } => write!(f, "extension {}", display_ident(name)),
            Self::Collation { name } => write!(f, "collation {name}"),
            Self::Type { name } => write!(f, "type {name}"),
            Self::Sequence { name } => write!(f, "sequence {name}"),
            Self::Table { name } => write!(f, "table {name}"),
            Self::Column { table, column } => write!(f, "column {table}.{}", display_ident(column)),
            Self::Constraint { table, name } => {
                write!(f, "constraint {} on {table}", display_ident(name))
            }
            Self::Index { name } => write!(f, "index {name}"),
            Self::View { name } => write!(f, "view {name}"),
            Self::MaterializedView { name } => write!(f, "materialized view {name}"),
            Self::Function { id } => write!(f, "function {id}"),
            Self::Aggregate { id } => write!(f, "aggregate {id}"),
            Self::Trigger { table, name } => {
                write!(f, "trigger {} on {table}", display_ident(name))
            }
            Self::EventTrigger { name } => write!(f, "event trigger {}", display_ident(name)),
            Self::Policy { table, name } => write!(f, "policy {} on {table}", display_ident(name)),
            Self::Publication { name } => write!(f, "publication {}", display_ident(name)),
            Self::DomainConstraint { domain, name } => {
                write!(f, "constraint {} of domain {domain}", display_ident(name))
            }
            Self::Rule { table, name } => write!(f, "rule {} on {table}", display_ident(name)),
            Self::Statistics { name } => write!(f, "statistics {name}"),
            Self::Operator { name, left, right } => write!(
                f,
                "operator {name}({}, {right})",
                left.as_deref().unwrap_or("NONE")
            ),
            Self::OperatorFamily { name, method } => {
                write!(f, "operator family {name} using {method}")
            }
            Self::OperatorClass { name, method } => {
                write!(f, "operator class {name} using {method}")
            }
            Self::Cast { source, target } => write!(f, "cast ({source} as {target})"),
            Self::Conversion { name } => write!(f, "conversion {name}"),
            Self::ShellType { name } => write!(f, "shell type {name}"),
            Self::Language { name } => write!(f, "language {}", display_ident(name)),
            Self::Transform {
                data_type,
                language,
            } => write!(
                f,
                "transform for {data_type} language {}",
                display_ident(language)
            ),
            Self::AccessMethod { name } => write!(f, "access method {}", display_ident(name)),
            Self::TextSearchParser { name } => write!(f, "text search parser {name}"),
            Self::TextSearchTemplate { name } => write!(f, "text search template {name}"),
            Self::TextSearchDictionary { name } => write!(f, "text search dictionary {name}"),
            Self::TextSearchConfiguration { name } => {
                write!(f, "text search configuration {name}")
            }
            Self::ForeignDataWrapper { name } => {
                write!(f, "foreign data wrapper {}", display_ident(name))
            }
            Self::ForeignServer { name } => write!(f, "server {}", display_ident(name)),
            Self::UserMapping { user, server } => write!(
                f,
                "user mapping for {} on server {}",
                display_ident(user),
                display_ident(server)
            ),
            Self::ForeignTable { name } => write!(f, "foreign table {name}"),
            Self::Subscription { name } => write!(f, "subscription {}", display_ident(name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renamed_schema_reaches_whole_type_names_only() {
        let f = FunctionId::new("pub", "f", "a pub.t, b mypub.t, c \"x pub.\".t, pub.u[]");
        let g = f.in_renamed_schema("pub", "next");
        assert_eq!(g.name, QualifiedName::new("next", "f"));
        assert_eq!(g.args, "a next.t, b mypub.t, c \"x pub.\".t, next.u[]");
        let q = FunctionId::new("s", "f", "\"My S\".t").in_renamed_schema("My S", "n");
        assert_eq!(q.args, "n.t");
    }

    #[test]
    fn qualified_names_round_trip_through_their_display() {
        for (schema, name) in [
            ("public", "users"),
            ("Mixed Case", "with\"quote"),
            ("app", "café"),
            ("a.b", "c.d"),
            ("public", "user"),
        ] {
            let q = QualifiedName::new(schema, name);
            let json = serde_json::to_string(&q).unwrap();
            let back: QualifiedName = serde_json::from_str(&json).unwrap();
            assert_eq!(back, q, "{json}");
        }
        assert_eq!(
            QualifiedName::new("Mixed Case", "t").to_string(),
            "\"Mixed Case\".t"
        );
    }

    #[test]
    fn function_ids_round_trip() {
        let f = FunctionId::new("public", "Add", "integer, integer");
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(json, "\"public.\\\"Add\\\"(integer, integer)\"");
        assert_eq!(serde_json::from_str::<FunctionId>(&json).unwrap(), f);
    }
}
