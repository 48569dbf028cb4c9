//! Expressions PostgreSQL prints in a form that does not read back the same. The catalog's
//! texts (`pg_get_constraintdef`, `pg_get_viewdef`, `pg_get_expr`, `pg_get_indexdef`, ...) are
//! deparsed trees; fed back to the parser, most give the same tree, hence the same text. One
//! common shape does not: an array constructor whose whole value is cast, as PostgreSQL stores
//! `role IN ('a', 'b')` on a `varchar` column:
//!
//! ```text
//! ((role)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))
//! ```
//!
//! The parser folds a cast written directly on `ARRAY[...]` into its elements (see the
//! documentation of array constructors, "Array Constructors" in "Value Expressions"), so that
//! text is stored as `ARRAY[('a'::character varying)::text, ...]`: the object the plan creates
//! is not the target's (`pg_dump` shows the difference, and a second diff never settles).
//! Casting the constructor to its own element type first keeps the outer cast a cast of an
//! array value: `(ARRAY[...])::character varying[]::text[]` reads back as the original text.
//! The rewrite works on the parse tree's locations and leaves every other byte as it was.

use std::borrow::Cow;

use serde_json::Value;

/// `sql` with every array constructor cast as a whole (all its elements cast to one type)
/// written so PostgreSQL reads it back as printed. Unchanged when it holds none, or when it
/// does not parse (the statement is then sent as it was rendered).
pub fn stable_array_casts(sql: &str) -> Cow<'_, str> {
    if !sql.contains("ARRAY[") || !sql.contains("]::") && !sql.contains("])::") {
        return Cow::Borrowed(sql);
    }
    let Ok(parsed) = pg_query::parse(sql, 0) else {
        return Cow::Borrowed(sql);
    };
    let Ok(tree) = serde_json::to_value(&parsed.protobuf) else {
        return Cow::Borrowed(sql);
    };
    let mut casts = Vec::new();
    type_casts(&tree, &mut casts);
    let mut inserts: Vec<(usize, String)> = casts
        .into_iter()
        .filter_map(|cast| element_cast(sql, cast))
        .collect();
    if inserts.is_empty() {
        return Cow::Borrowed(sql);
    }
    inserts.sort_by_key(|i| std::cmp::Reverse(i.0));
    inserts.dedup_by_key(|i| i.0);
    let mut out = sql.to_string();
    for (at, text) in inserts {
        out.insert_str(at, &text);
    }
    Cow::Owned(out)
}

/// Every `TypeCast` node of a parse tree (as JSON: the protobuf's own walker does not enter
/// every field), at any depth.
fn type_casts<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                if k == "TypeCast" {
                    out.push(v);
                }
                type_casts(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| type_casts(v, out)),
        _ => {}
    }
}

/// A node with its source locations taken out, to compare two spellings of one type.
fn without_locations(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| *k != "location")
                .map(|(k, v)| (k.clone(), without_locations(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_locations).collect()),
        v => v.clone(),
    }
}

/// For `(ARRAY[x::T, y::T])::U[]`: where to insert `::T[]` (just before the outer `::`) and
/// that text. `None` for any other shape.
fn element_cast(sql: &str, cast: &Value) -> Option<(usize, String)> {
    let is_array = |t: &Value| {
        t.get("array_bounds")
            .and_then(Value::as_array)
            .is_some_and(|b| !b.is_empty())
    };
    if !is_array(cast.get("type_name")?) {
        return None;
    }
    let elements = cast.pointer("/arg/node/AArrayExpr/elements")?.as_array()?;
    let mut element_type: Option<Value> = None;
    let mut last = None;
    for e in elements {
        let inner = e.pointer("/node/TypeCast")?;
        let t = inner.get("type_name")?;
        if is_array(t) {
            return None;
        }
        let t = without_locations(t);
        match &element_type {
            None => element_type = Some(t),
            Some(first) if *first == t => {}
            Some(_) => return None,
        }
        last = Some(inner);
    }
    let last = last?;
    // The outer `::` sits right after `ARRAY[...]` and its closing parentheses.
    let at = usize::try_from(cast.get("location")?.as_i64()?).ok()?;
    let (head, tail) = (sql.get(..at)?, sql.get(at..)?);
    if !tail.starts_with("::") {
        return None;
    }
    let close = head.trim_end().trim_end_matches(')').trim_end();
    if !close.ends_with(']') {
        return None;
    }
    let from = usize::try_from(last.get("location")?.as_i64()?).ok()?;
    let spelled = sql.get(from..close.len() - 1)?.strip_prefix("::")?.trim();
    if spelled.is_empty() || spelled.contains(['[', ']']) {
        return None;
    }
    Some((at, format!("::{spelled}[]")))
}

#[cfg(test)]
mod tests {
    use super::stable_array_casts;

    #[test]
    fn an_array_cast_as_a_whole_gets_its_element_type_first() {
        let sql = "ALTER TABLE public.users ADD CONSTRAINT users_role_check CHECK (((role)::text = ANY ((ARRAY['owner'::character varying, 'member'::character varying])::text[])))";
        assert_eq!(
            stable_array_casts(sql),
            "ALTER TABLE public.users ADD CONSTRAINT users_role_check CHECK (((role)::text = ANY ((ARRAY['owner'::character varying, 'member'::character varying])::character varying[]::text[])))"
        );
    }

    #[test]
    fn modifiers_and_several_arrays() {
        let sql = "SELECT x = ANY ((ARRAY['a'::character varying(3), 'b'::character varying(3)])::text[]) AND y = ANY ((ARRAY[1::smallint])::integer[])";
        assert_eq!(
            stable_array_casts(sql),
            "SELECT x = ANY ((ARRAY['a'::character varying(3), 'b'::character varying(3)])::character varying(3)[]::text[]) AND y = ANY ((ARRAY[1::smallint])::smallint[]::integer[])"
        );
    }

    #[test]
    fn pretty_printed_views_too() {
        let sql = "CREATE VIEW public.v AS\n SELECT t.id\n   FROM public.t\n  WHERE t.code::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])";
        assert_eq!(
            stable_array_casts(sql),
            "CREATE VIEW public.v AS\n SELECT t.id\n   FROM public.t\n  WHERE t.code::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::character varying[]::text[])"
        );
    }

    #[test]
    fn other_shapes_stay_as_they_are() {
        for sql in [
            "SELECT (role)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])",
            "SELECT x = ANY ((ARRAY[a, b])::text[])",
            "SELECT x = ANY ((ARRAY['a'::character varying, 'b'::text])::text[])",
            "SELECT 'ARRAY[1])::int' AS s",
            "not sql ARRAY[1])::x",
        ] {
            assert_eq!(stable_array_casts(sql), sql);
        }
    }

    #[test]
    fn bodies_in_strings_are_left_alone() {
        let sql = "CREATE FUNCTION f() RETURNS boolean LANGUAGE sql AS $$ SELECT 'a' = ANY ((ARRAY['a'::character varying])::text[]) $$";
        assert_eq!(stable_array_casts(sql), sql);
    }
}
