//! Identifiers, literals and lists, quoted exactly as PostgreSQL's own `quote_ident` and
//! `quote_literal` would: an identifier stays bare only when it is lower-case letters, digits
//! and `_` (not starting with a digit) and is not a keyword other than an unreserved one. Keyword categories come from PostgreSQL's own scanner (pg_query), so the rule follows
//! the grammar instead of a hand-kept list.

use crate::model::{FunctionId, QualifiedName};
use pg_query::protobuf::KeywordKind;

/// `users`, `"Users"`, `"user"`, `"with""quote"`, `"café"`.
pub fn ident(name: &str) -> String {
    if is_bare(name) {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

fn is_bare(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !(first.is_ascii_lowercase() || first == '_') {
        return false;
    }
    if !chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        return false;
    }
    // No keyword has a digit in it.
    if name.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    // Asking the scanner costs more than the rest of quoting: each word is asked once.
    thread_local! {
        static BARE_WORDS: std::cell::RefCell<std::collections::HashMap<String, bool>> =
            Default::default();
    }
    BARE_WORDS.with(|known| {
        if let Some(&bare) = known.borrow().get(name) {
            return bare;
        }
        let bare = keyword_kind(name).is_none_or(|k| k == KeywordKind::UnreservedKeyword);
        known.borrow_mut().insert(name.to_string(), bare);
        bare
    })
}

/// The keyword category of a bare word, `None` when it is not a keyword.
fn keyword_kind(word: &str) -> Option<KeywordKind> {
    let scanned = pg_query::scan(word).ok()?;
    match scanned.tokens.as_slice() {
        [t] if t.start == 0 && t.end as usize == word.len() => {
            match KeywordKind::try_from(t.keyword_kind) {
                Ok(KeywordKind::NoKeyword) | Err(_) => None,
                Ok(k) => Some(k),
            }
        }
        _ => None,
    }
}

/// `schema.name`, each part quoted as needed.
pub fn qualified(q: &QualifiedName) -> String {
    format!("{}.{}", ident(&q.schema), ident(&q.name))
}

/// `schema.name(argument types)` for DROP FUNCTION, COMMENT ON FUNCTION, GRANT ... ON FUNCTION.
pub fn function(id: &FunctionId) -> String {
    format!("{}({})", qualified(&id.name), id.args)
}

/// A string literal: `'it''s'`. With standard_conforming_strings (on by default since 9.1)
/// backslashes need no escaping; a literal holding one is written as an E'' string so it means
/// the same under either setting.
pub fn literal(s: &str) -> String {
    if s.contains('\\') {
        format!("E'{}'", s.replace('\\', "\\\\").replace('\'', "''"))
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

/// `a, b, c` from already rendered items.
pub fn list<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    items
        .into_iter()
        .map(|s| s.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Identifiers as a comma-separated list.
pub fn idents<I: IntoIterator<Item = S>, S: AsRef<str>>(names: I) -> String {
    list(names.into_iter().map(|n| ident(n.as_ref())))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_quoted_like_quote_ident() {
        for (raw, want) in [
            ("users", "users"),
            ("user_2", "user_2"),
            ("_x$", "\"_x$\""),
            ("Users", "\"Users\""),
            ("Mixed Case", "\"Mixed Case\""),
            ("with\"quote", "\"with\"\"quote\""),
            ("café", "\"café\""),
            ("日本", "\"日本\""),
            ("2fa", "\"2fa\""),
            ("", "\"\""),
            // reserved, type/function-name and column-name keywords are quoted ...
            ("user", "\"user\""),
            ("select", "\"select\""),
            ("order", "\"order\""),
            ("left", "\"left\""),
            ("int", "\"int\""),
            ("timestamp", "\"timestamp\""),
            // ... unreserved keywords are not
            ("name", "name"),
            ("comment", "comment"),
            ("data", "data"),
            ("key", "key"),
        ] {
            assert_eq!(ident(raw), want, "{raw}");
        }
    }

    #[test]
    fn literals_and_qualified_names() {
        assert_eq!(literal("it's"), "'it''s'");
        assert_eq!(literal("a\\b'"), "E'a\\\\b'''");
        assert_eq!(
            qualified(&QualifiedName::new("Mixed Case", "order")),
            "\"Mixed Case\".\"order\""
        );
        assert_eq!(
            function(&FunctionId::new("public", "add", "a integer, b integer")),
            "public.add(a integer, b integer)"
        );
        assert_eq!(idents(["a", "B"]), "a, \"B\"");
    }
}
