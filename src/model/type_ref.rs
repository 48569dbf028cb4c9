//! A typed reference to a data type: the type of a column, attribute, domain or foreign column.
//!
//! The catalog resolves each type into its parts (schema, name, modifier, array dimensions)
//! from what `format_type` prints under an empty `search_path`; the diff compares those parts,
//! never SQL text, and only `sql::writer::type_ref` turns one back into SQL. The JSON of a model
//! keeps the `format_type` spelling (`integer`, `character varying(20)`, `"Mixed Case".t[]`):
//! [`TypeRef::parse`] and the writer are inverses of each other, which a test over every stored
//! model checks.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::QualifiedName;

/// `schema.name(modifier)[]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct TypeRef {
    /// The type's schema; `None` for a type of `pg_catalog`, which PostgreSQL names without
    /// one.
    pub schema: Option<String>,
    /// The raw name of a type with a schema. A `pg_catalog` type is named as SQL spells it,
    /// which for some is not its catalog name (`character varying`, `double precision`,
    /// `timestamp with time zone`, `"char"` quoted as `format_type` quotes it).
    pub name: String,
    /// The type modifier as the type prints it (`(10,2)`, `(3)`, ` year to month`), `None`
    /// when the type has none.
    pub modifiers: Option<String>,
    /// Array dimensions written after the name. PostgreSQL does not enforce a declared number
    /// of dimensions and prints one `[]` for any array, so this is 0 or 1 for catalog types.
    pub array_dims: u8,
}

impl TypeRef {
    /// A user-defined type by its qualified name, no modifier, not an array.
    pub fn named(q: &QualifiedName) -> Self {
        Self {
            schema: Some(q.schema.clone()),
            name: q.name.clone(),
            modifiers: None,
            array_dims: 0,
        }
    }

    /// A `pg_catalog` type as SQL spells it (`integer`, `text`).
    pub fn builtin(name: &str) -> Self {
        Self {
            schema: None,
            name: name.to_string(),
            modifiers: None,
            array_dims: 0,
        }
    }

    /// The same type as an array.
    pub fn array_of(&self) -> Self {
        Self {
            array_dims: self.array_dims + 1,
            ..self.clone()
        }
    }

    /// The element type of an array (itself when it is not one).
    pub fn element(&self) -> Self {
        Self {
            array_dims: 0,
            ..self.clone()
        }
    }

    pub fn is_array(&self) -> bool {
        self.array_dims > 0
    }

    /// Whether this is the user-defined type `q` itself, without modifier (enums, composites,
    /// domains and ranges take none), not an array of it.
    pub fn is(&self, q: &QualifiedName) -> bool {
        self.array_dims == 0 && self.names(q)
    }

    /// Whether this is the user-defined type `q` or an array of it, without modifier.
    pub fn names(&self, q: &QualifiedName) -> bool {
        self.schema.as_deref() == Some(q.schema.as_str())
            && self.name == q.name
            && self.modifiers.is_none()
    }

    /// The qualified name of a type that has a schema.
    pub fn qualified_name(&self) -> Option<QualifiedName> {
        self.schema
            .as_ref()
            .map(|s| QualifiedName::new(s.clone(), self.name.clone()))
    }

    /// Reads a type as `format_type` prints it with an empty `search_path`. Total: text it does
    /// not recognise becomes a `pg_catalog` name spelled as given.
    pub fn parse(text: &str) -> Self {
        let mut rest = text;
        let mut array_dims = 0u8;
        while let Some(r) = rest.strip_suffix("[]") {
            rest = r;
            array_dims += 1;
        }
        if let Some((schema, name, modifiers)) = split_qualified(rest) {
            return Self {
                schema: Some(schema),
                name,
                modifiers: (!modifiers.is_empty()).then(|| modifiers.to_string()),
                array_dims,
            };
        }
        let (name, modifiers) = split_builtin(rest);
        Self {
            schema: None,
            name,
            modifiers,
            array_dims,
        }
    }
}

/// `schema.name` then the rest, for text that starts with a qualified name.
fn split_qualified(text: &str) -> Option<(String, String, &str)> {
    let (schema, rest) = identifier(text)?;
    let rest = rest.strip_prefix('.')?;
    let (name, rest) = identifier(rest)?;
    if !(rest.is_empty() || rest.starts_with('(')) {
        return None;
    }
    Some((schema, name, rest))
}

/// One identifier at the start of `text`, quoted (`"a""b"`) or bare (up to `.`, `(` or the
/// end), and what follows it.
fn identifier(text: &str) -> Option<(String, &str)> {
    if let Some(body) = text.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == '"' {
                if chars.peek().map(|&(_, n)| n) == Some('"') {
                    chars.next();
                    out.push('"');
                } else {
                    return Some((out, &body[i + 1..]));
                }
            } else {
                out.push(c);
            }
        }
        return None;
    }
    let end = text.find(['.', '(', '"', ' ']).unwrap_or(text.len());
    (end > 0).then(|| (text[..end].to_string(), &text[end..]))
}

/// A `pg_catalog` type's SQL spelling and its modifier: `character varying(20)`,
/// `timestamp(3) with time zone` (the modifier inside the name), `interval day to second(3)`
/// (the interval's fields are part of its modifier).
fn split_builtin(text: &str) -> (String, Option<String>) {
    if let Some(fields) = text.strip_prefix("interval") {
        if !fields.is_empty() && (fields.starts_with(' ') || fields.starts_with('(')) {
            return ("interval".into(), Some(fields.to_string()));
        }
    }
    if !text.starts_with('"') {
        if let (Some(open), Some(close)) = (text.find('('), text.find(')')) {
            if open < close {
                let name = format!("{}{}", &text[..open], &text[close + 1..]);
                return (name, Some(text[open..=close].to_string()));
            }
        }
    }
    (text.to_string(), None)
}

/// Ordered as their SQL text, so sets and maps of types (and of ids naming one) keep the
/// order the model's JSON has always had.
impl Ord for TypeRef {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if self == other {
            return std::cmp::Ordering::Equal;
        }
        self.to_string().cmp(&other.to_string())
    }
}

impl PartialOrd for TypeRef {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// For tests and hand-made models: `"integer".into()`.
impl From<&str> for TypeRef {
    fn from(text: &str) -> Self {
        Self::parse(text)
    }
}

/// SQL, as `sql::writer::type_ref` renders it (for messages and JSON).
impl fmt::Display for TypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::sql::writer::type_ref(self))
    }
}

impl Serialize for TypeRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TypeRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self::parse(&String::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_type_spellings_round_trip() {
        for text in [
            "integer",
            "integer[]",
            "character varying(20)",
            "character varying",
            "numeric(10,2)[]",
            "timestamp(3) with time zone",
            "timestamp without time zone[]",
            "time(0) without time zone",
            "interval",
            "interval(3)",
            "interval year to month",
            "interval day to second(3)",
            "bit varying(5)",
            "double precision",
            "\"char\"",
            "bpchar",
            "public.mood",
            "public.mood[]",
            "\"Mixed Case\".\"with\"\"quote\"[]",
            "\"a.b\".\"c(d)\"",
            "ext.vector(3)",
            "public.geometry(Point,4326)",
            "app.\"user\"",
        ] {
            let t = TypeRef::parse(text);
            assert_eq!(t.to_string(), text, "{t:?}");
        }
    }

    #[test]
    fn parts_are_typed() {
        let t = TypeRef::parse("\"Mixed Case\".\"with\"\"quote\"[]");
        assert_eq!(t.schema.as_deref(), Some("Mixed Case"));
        assert_eq!(t.name, "with\"quote");
        assert_eq!(t.array_dims, 1);
        assert!(t.names(&QualifiedName::new("Mixed Case", "with\"quote")));
        assert!(!t.is(&QualifiedName::new("Mixed Case", "with\"quote")));
        let t = TypeRef::parse("timestamp(3) with time zone");
        assert_eq!(
            (t.schema, t.name.as_str(), t.modifiers.as_deref()),
            (None, "timestamp with time zone", Some("(3)"))
        );
        let t = TypeRef::parse("interval day to second(3)");
        assert_eq!(
            (t.name.as_str(), t.modifiers.as_deref()),
            ("interval", Some(" day to second(3)"))
        );
        // A domain named like a built-in type is not that type.
        assert_ne!(
            TypeRef::parse("public.integer"),
            TypeRef::builtin("integer")
        );
        assert_eq!(
            TypeRef::named(&QualifiedName::new("public", "mood")).array_of(),
            TypeRef::parse("public.mood[]")
        );
    }
}
