//! Identifiers, literals and lists, quoted exactly as PostgreSQL's own `quote_ident` and
//! `quote_literal` would: an identifier stays bare only when it is lower-case letters, digits
//! and `_` (not starting with a digit) and is not a keyword other than an unreserved one. Keyword categories come from PostgreSQL's own scanner (pg_query), so the rule follows
//! the grammar instead of a hand-kept list. This is the only module that quotes names or
//! escapes literals: display names in messages and JSON keys ([`display_ident`]) and text
//! spliced into quoted settings ([`literal_body`]) use its rules too.

use crate::model::{FunctionId, QualifiedName, TypeRef};
use pg_query::protobuf::KeywordKind;

/// `users`, `"Users"`, `"user"`, `"with""quote"`, `"café"`.
pub fn ident(name: &str) -> String {
    if is_bare(name) {
        name.to_string()
    } else {
        quoted(name)
    }
}

/// `"name"` with inner double quotes doubled, whatever the name.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A name for people and JSON keys: quoted when it is not a plain lower-case name, keywords
/// left bare (messages and stored keys have always spelled them so; SQL uses [`ident`]).
pub fn display_ident(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$');
    if plain {
        s.to_string()
    } else {
        quoted(s)
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

/// A type as PostgreSQL's `format_type` writes it: `public.mood[]`, `numeric(10,2)`,
/// `timestamp(3) with time zone` (whose modifier goes inside the name), `"Mixed Case".t`.
pub fn type_ref(t: &TypeRef) -> String {
    let modifiers = t.modifiers.as_deref().unwrap_or("");
    let mut out = match &t.schema {
        Some(schema) => format!("{}.{}{modifiers}", ident(schema), ident(&t.name)),
        None => match t.name.split_once(' ') {
            Some((head @ ("time" | "timestamp"), tail)) if !modifiers.is_empty() => {
                format!("{head}{modifiers} {tail}")
            }
            _ => format!("{}{modifiers}", t.name),
        },
    };
    for _ in 0..t.array_dims {
        out.push_str("[]");
    }
    out
}

/// `schema.name(argument types)` for DROP FUNCTION, COMMENT ON FUNCTION, GRANT ... ON FUNCTION.
pub fn function(id: &FunctionId) -> String {
    format!("{}({})", qualified(&id.name), id.args)
}

/// `schema.name(signature)` as the aggregate commands (DROP, ALTER, COMMENT ON AGGREGATE) name an
/// aggregate: its identity arguments, which PostgreSQL prints with `ORDER BY` for ordered-set and
/// hypothetical-set aggregates, and `*` for an aggregate over no argument (the grammar's
/// `aggr_args` has no empty list).
pub fn aggregate(id: &FunctionId) -> String {
    let args = if id.args.trim().is_empty() {
        "*"
    } else {
        id.args.as_str()
    };
    format!("{}({args})", qualified(&id.name))
}

/// `schema.name(argument types)` for an aggregate where a function is expected (GRANT and REVOKE
/// ... ON FUNCTION): the argument list of `pg_proc`, without `ORDER BY`. An ordered-set
/// aggregate's direct arguments come first, then its aggregated ones; a hypothetical-set
/// aggregate written `VARIADIC "any" ORDER BY VARIADIC "any"` has that one argument only
/// (PostgreSQL folds a variadic direct argument and the same variadic aggregated argument
/// into one, and prints it on both sides of `ORDER BY`).
pub fn aggregate_as_function(id: &FunctionId) -> String {
    let args = match split_order_by(&id.args) {
        None => id.args.clone(),
        Some((direct, ordered)) => {
            let last = split_top_level(direct, ',').last().map(|s| s.trim());
            if direct.trim().is_empty() {
                ordered.trim().to_string()
            } else if last == Some(ordered.trim()) && ordered.trim().starts_with("VARIADIC ") {
                direct.trim().to_string()
            } else {
                format!("{}, {}", direct.trim(), ordered.trim())
            }
        }
    };
    format!("{}({args})", qualified(&id.name))
}

/// `(direct, aggregated)` of an ordered-set signature (`n integer ORDER BY text`, `ORDER BY
/// text`), split at the `ORDER BY` outside quoted names; `None` for other signatures.
fn split_order_by(args: &str) -> Option<(&str, &str)> {
    if let Some(rest) = args.strip_prefix("ORDER BY ") {
        return Some(("", rest));
    }
    let mut quoted = false;
    for (i, ch) in args.char_indices() {
        match ch {
            '"' => quoted = !quoted,
            ' ' if !quoted && args[i..].starts_with(" ORDER BY ") => {
                return Some((&args[..i], &args[i + " ORDER BY ".len()..]));
            }
            _ => {}
        }
    }
    None
}

/// `text` split at `sep` outside double quotes and parentheses.
fn split_top_level(text: &str, sep: char) -> Vec<&str> {
    let (mut quoted, mut depth, mut start) = (false, 0usize, 0);
    let mut parts = Vec::new();
    for (i, ch) in text.char_indices() {
        match ch {
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth = depth.saturating_sub(1),
            c if c == sep && !quoted && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// A string literal: `'it''s'`. With standard_conforming_strings (on by default since 9.1)
/// backslashes need no escaping; a literal holding one is written as an E'' string so it means
/// the same under either setting.
pub fn literal(s: &str) -> String {
    if s.contains('\\') {
        format!("E'{}'", literal_body(&s.replace('\\', "\\\\")))
    } else {
        format!("'{}'", literal_body(s))
    }
}

/// The inside of a standard single-quoted string (`it''s`), for text placed between quotes
/// that are already written (a template's `'${VAR}'`, a `postgresql.conf` setting).
pub fn literal_body(s: &str) -> String {
    s.replace('\'', "''")
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

pub use crate::model::id::temporary_name;

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
        assert_eq!(literal_body("it's"), "it''s");
        assert_eq!(display_ident("user"), "user");
        assert_eq!(display_ident("_x$"), "_x$");
        assert_eq!(display_ident("with\"quote"), "\"with\"\"quote\"");
    }

    #[test]
    fn aggregate_signatures() {
        let agg = |args: &str| FunctionId::new("public", "a", args);
        let both = |args: &str| (aggregate(&agg(args)), aggregate_as_function(&agg(args)));
        assert_eq!(both(""), ("public.a(*)".into(), "public.a()".into()));
        assert_eq!(
            both("integer, text"),
            (
                "public.a(integer, text)".into(),
                "public.a(integer, text)".into()
            )
        );
        assert_eq!(
            both("n integer ORDER BY text"),
            (
                "public.a(n integer ORDER BY text)".into(),
                "public.a(n integer, text)".into()
            )
        );
        assert_eq!(both("ORDER BY text").1, "public.a(text)");
        assert_eq!(
            both("VARIADIC \"any\" ORDER BY VARIADIC \"any\"").1,
            "public.a(VARIADIC \"any\")"
        );
        assert_eq!(
            both("x integer, VARIADIC \"any\" ORDER BY VARIADIC \"any\"").1,
            "public.a(x integer, VARIADIC \"any\")"
        );
        assert_eq!(both("VARIADIC integer[]").1, "public.a(VARIADIC integer[])");
        // `ORDER BY` inside a quoted name is a name.
        assert_eq!(
            both("\"x ORDER BY y\" integer ORDER BY \"Mixed Case\".t").1,
            "public.a(\"x ORDER BY y\" integer, \"Mixed Case\".t)"
        );
    }
}
