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
//!
//! A second shape: an `AND` whose first operand is itself an `AND` (or an `OR` in an `OR`),
//! as PostgreSQL stores `a BETWEEN x AND y AND b` (the `BETWEEN` becomes an `AND` of its own)
//! and prints `(((a >= x) AND (a <= y)) AND b)`. The grammar flattens a left operand that is
//! the same boolean operator into one list (`makeAndExpr` in gram.y), parentheses or not, so
//! the text reads back as `((a >= x) AND (a <= y) AND b)`. A cast of the inner group to
//! boolean, which the parser drops again (a cast to the type a value has is no cast), keeps it
//! a node of its own: `((((a >= x) AND (a <= y)))::boolean AND b)` is stored as printed.
//!
//! A third: a select-list entry with no name of its own. PostgreSQL names it when the
//! statement is first parsed (`FigureColname`: `?column?` for `'a'`, an operator or a literal)
//! and prints no `AS` where the name is not shown (the statements of a SQL-standard function
//! body, a sub-select in an expression, `RETURNING`), but prints the literal with its type:
//! `SELECT 'a'::text`. Read back, `'a'::text` is a cast and is named `text`, so the copy
//! prints `'a'::text AS text`: neither `pg_dump` nor a second diff sees the target's object.
//! Every such unnamed entry that is not a plain column reference (those keep their column's
//! name) is written with the name it had, `AS "?column?"`, which PostgreSQL does not print.

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

/// `sql`'s tokens with their byte ranges; `None` when it does not scan.
fn tokens(sql: &str) -> Option<Vec<(pg_query::protobuf::Token, usize, usize)>> {
    let scanned = pg_query::scan(sql).ok()?;
    Some(
        scanned
            .tokens
            .iter()
            .filter_map(|t| {
                let kind = pg_query::protobuf::Token::try_from(t.token).ok()?;
                Some((
                    kind,
                    usize::try_from(t.start).ok()?,
                    usize::try_from(t.end).ok()?,
                ))
            })
            .collect(),
    )
}

/// `sql` with every parenthesized `AND` group that is the first operand of another `AND`
/// (and `OR` in `OR`) cast to boolean, so PostgreSQL keeps the nesting it printed. Unchanged
/// when there is none, or when `sql` does not scan.
pub fn stable_bool_nesting(sql: &str) -> Cow<'_, str> {
    use pg_query::protobuf::Token;
    if !sql.contains(") AND ") && !sql.contains(") OR ") {
        return Cow::Borrowed(sql);
    }
    let Some(tokens) = tokens(sql) else {
        return Cow::Borrowed(sql);
    };
    let mut open: Vec<usize> = Vec::new();
    let mut inserts: Vec<usize> = Vec::new();
    for (k, &(kind, _, end)) in tokens.iter().enumerate() {
        match kind {
            Token::Ascii40 => open.push(k),
            Token::Ascii41 => {
                let Some(o) = open.pop() else {
                    return Cow::Borrowed(sql);
                };
                // The group opens its enclosing group's operand list (the first operand) ...
                if o == 0 || tokens[o - 1].0 != Token::Ascii40 {
                    continue;
                }
                // ... and that operator follows it ...
                let Some(&(next, _, _)) = tokens.get(k + 1) else {
                    continue;
                };
                if next != Token::And && next != Token::Or {
                    continue;
                }
                // ... and the group's own operator, at its top level, is the same.
                let mut depth = 0usize;
                let mut same = false;
                for &(inner, _, _) in &tokens[o + 1..k] {
                    match inner {
                        Token::Ascii40 | Token::Ascii91 => depth += 1,
                        Token::Ascii41 | Token::Ascii93 => depth = depth.saturating_sub(1),
                        Token::Case | Token::When | Token::Between if depth == 0 => {
                            same = false;
                            break;
                        }
                        t if depth == 0 && t == next => same = true,
                        t if depth == 0 && (t == Token::And || t == Token::Or) => {
                            same = false;
                            break;
                        }
                        _ => {}
                    }
                }
                if same {
                    inserts.push(end);
                }
            }
            _ => {}
        }
    }
    if inserts.is_empty() {
        return Cow::Borrowed(sql);
    }
    let mut out = sql.to_string();
    for at in inserts.into_iter().rev() {
        out.insert_str(at, "::boolean");
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

/// `sql` with every unnamed select-list and `RETURNING` entry that is not a plain column
/// reference written `AS "?column?"`, the name PostgreSQL gave it when it was first parsed.
/// Unchanged when there is none, or when `sql` does not parse.
pub fn stable_column_names(sql: &str) -> Cow<'_, str> {
    use pg_query::NodeEnum;
    if !sql.contains("SELECT") && !sql.contains("RETURNING") {
        return Cow::Borrowed(sql);
    }
    let Ok(parsed) = pg_query::parse(sql, 0) else {
        return Cow::Borrowed(sql);
    };
    // Only statements that keep their query (a data statement's own names are never stored,
    // and a body in a string is not parsed), each walked as JSON only when it is one.
    let mut starts = Vec::new();
    for raw in &parsed.protobuf.stmts {
        let Some(node) = raw.stmt.as_ref().and_then(|s| s.node.as_ref()) else {
            continue;
        };
        let keeps_query = match node {
            NodeEnum::ViewStmt(_)
            | NodeEnum::CreateTableAsStmt(_)
            | NodeEnum::CreatePolicyStmt(_)
            | NodeEnum::AlterPolicyStmt(_)
            | NodeEnum::RuleStmt(_) => true,
            NodeEnum::CreateFunctionStmt(f) => f.sql_body.is_some(),
            _ => false,
        };
        if keeps_query {
            if let Ok(tree) = serde_json::to_value(node) {
                unnamed_entries(&tree, &mut starts);
            }
        }
    }
    if starts.is_empty() {
        return Cow::Borrowed(sql);
    }
    let Some(tokens) = tokens(sql) else {
        return Cow::Borrowed(sql);
    };
    let mut inserts: Vec<usize> = starts
        .into_iter()
        .filter_map(|start| entry_end(&tokens, start))
        .collect();
    if inserts.is_empty() {
        return Cow::Borrowed(sql);
    }
    inserts.sort_unstable();
    inserts.dedup();
    let mut out = sql.to_string();
    for at in inserts.into_iter().rev() {
        out.insert_str(at, " AS \"?column?\"");
    }
    Cow::Owned(out)
}

/// The start offsets of select-list and `RETURNING` entries that have no name and are not a
/// column reference.
fn unnamed_entries(v: &Value, out: &mut Vec<usize>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                let list = match k.as_str() {
                    "SelectStmt" => v.get("target_list"),
                    "InsertStmt" | "UpdateStmt" | "DeleteStmt" | "MergeStmt" => {
                        v.pointer("/returning_clause/exprs")
                    }
                    _ => None,
                };
                for entry in list.and_then(Value::as_array).into_iter().flatten() {
                    let Some(target) = entry.pointer("/node/ResTarget") else {
                        continue;
                    };
                    let named = target
                        .get("name")
                        .and_then(Value::as_str)
                        .is_some_and(|n| !n.is_empty());
                    if named || target.pointer("/val/node").is_none_or(named_as_printed) {
                        continue;
                    }
                    let start = target.get("location").and_then(Value::as_i64);
                    if let Some(start) = start.and_then(|s| usize::try_from(s).ok()) {
                        out.push(start);
                    }
                }
                unnamed_entries(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| unnamed_entries(v, out)),
        _ => {}
    }
}

/// Whether an unnamed entry read back from `node` gets the name it had when printed without
/// `AS`: a column reference keeps its column's name, and a literal, an operator, a boolean
/// test or a parameter is named `?column?` (`FigureColname` in PostgreSQL's parser). Any other
/// expression (a cast, a call, `CASE`, a sub-select, ...) is named after itself.
fn named_as_printed(node: &Value) -> bool {
    const NULLIF: i64 = pg_query::protobuf::AExprKind::AexprNullif as i64;
    let Some((kind, body)) = node.as_object().and_then(|m| m.iter().next()) else {
        return true;
    };
    match kind.as_str() {
        "ColumnRef" | "AConst" | "ParamRef" | "BoolExpr" | "NullTest" | "BooleanTest" => true,
        "AExpr" => body.get("kind").and_then(Value::as_i64) != Some(NULLIF),
        _ => false,
    }
}

/// Where the select-list entry starting at byte `start` ends: the end of its last token before
/// the `,`, closing parenthesis, `;` or clause keyword that follows it at its own level.
fn entry_end(tokens: &[(pg_query::protobuf::Token, usize, usize)], start: usize) -> Option<usize> {
    use pg_query::protobuf::Token;
    let first = tokens.iter().position(|t| t.1 == start)?;
    let mut depth = 0usize;
    let mut cases = 0usize;
    let mut last_end = None;
    for (k, &(kind, _, end)) in tokens.iter().enumerate().skip(first) {
        let top = depth == 0 && cases == 0;
        match kind {
            Token::Ascii40 | Token::Ascii91 => depth += 1,
            Token::Ascii41 | Token::Ascii93 if depth == 0 => return last_end,
            Token::Ascii41 | Token::Ascii93 => depth -= 1,
            Token::Case => cases += 1,
            Token::EndP if depth == 0 && cases > 0 => cases -= 1,
            // `IS [NOT] DISTINCT FROM` is an operator, not the FROM clause.
            Token::From if top && k > 0 && tokens[k - 1].0 == Token::Distinct => {}
            Token::Ascii44
            | Token::Ascii59
            | Token::From
            | Token::Into
            | Token::Where
            | Token::GroupP
            | Token::Having
            | Token::Window
            | Token::Order
            | Token::Limit
            | Token::Offset
            | Token::Fetch
            | Token::Union
            | Token::Intersect
            | Token::Except
            | Token::For
            | Token::EndP
                if top =>
            {
                return last_end;
            }
            _ => {}
        }
        last_end = Some(end);
    }
    last_end
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
    fn a_left_operand_of_the_same_boolean_operator_keeps_its_node() {
        use super::stable_bool_nesting;
        assert_eq!(
            stable_bool_nesting("ALTER TABLE t ADD CONSTRAINT k CHECK (((((a >= 1) AND (a <= 5)) AND (c > 1)) OR (b < 0) OR (b > 10)))"),
            "ALTER TABLE t ADD CONSTRAINT k CHECK (((((a >= 1) AND (a <= 5))::boolean AND (c > 1)) OR (b < 0) OR (b > 10)))"
        );
        assert_eq!(
            stable_bool_nesting("SELECT 1 WHERE (((a < 1) OR (a > 5)) OR (\"X\" AND y))"),
            "SELECT 1 WHERE (((a < 1) OR (a > 5))::boolean OR (\"X\" AND y))"
        );
        for sql in [
            "SELECT 1 WHERE ((a AND b) OR c)",
            "SELECT 1 WHERE (a AND (b AND c))",
            "SELECT 1 WHERE (f(a AND b) AND c)",
            "SELECT 1 WHERE a AND b",
            "SELECT 'x) AND y' WHERE ((a OR b) AND c)",
            "CREATE VIEW v AS SELECT a FROM t WHERE a >= 1 AND a <= 5 AND c > 1",
        ] {
            assert_eq!(stable_bool_nesting(sql), sql);
        }
    }

    #[test]
    fn bodies_in_strings_are_left_alone() {
        let sql = "CREATE FUNCTION f() RETURNS boolean LANGUAGE sql AS $$ SELECT 'a' = ANY ((ARRAY['a'::character varying])::text[]) $$";
        assert_eq!(stable_array_casts(sql), sql);
    }
    #[test]
    fn unnamed_entries_keep_their_name() {
        use super::stable_column_names;
        let f = "CREATE OR REPLACE FUNCTION public.f1()\n RETURNS TABLE(a integer, b text)\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1,\n     'a'::text;\nEND";
        assert_eq!(
            stable_column_names(f),
            "CREATE OR REPLACE FUNCTION public.f1()\n RETURNS TABLE(a integer, b text)\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1,\n     'a'::text AS \"?column?\";\nEND"
        );
        let v = "CREATE VIEW public.v1 AS\n SELECT tt.x,\n    ( SELECT 'a'::text\n           FROM tt tt_1\n         LIMIT 1) AS s,\n    (EXISTS ( SELECT CASE WHEN (x IS DISTINCT FROM 1) THEN 'b'::text ELSE NULL::text END\n           FROM tt tt_1)) AS e\n   FROM tt";
        assert_eq!(
            stable_column_names(v),
            "CREATE VIEW public.v1 AS\n SELECT tt.x,\n    ( SELECT 'a'::text AS \"?column?\"\n           FROM tt tt_1\n         LIMIT 1) AS s,\n    (EXISTS ( SELECT CASE WHEN (x IS DISTINCT FROM 1) THEN 'b'::text ELSE NULL::text END AS \"?column?\"\n           FROM tt tt_1)) AS e\n   FROM tt"
        );
        let r = "CREATE FUNCTION f5() RETURNS SETOF tt LANGUAGE sql BEGIN ATOMIC INSERT INTO tt (x, y) VALUES (1, 'z'::text) RETURNING tt.x, 'k'::text; END";
        assert_eq!(
            stable_column_names(r),
            "CREATE FUNCTION f5() RETURNS SETOF tt LANGUAGE sql BEGIN ATOMIC INSERT INTO tt (x, y) VALUES (1, 'z'::text) RETURNING tt.x, 'k'::text AS \"?column?\"; END"
        );
        for sql in [
            "CREATE VIEW v AS SELECT t.a, t.b AS c, (t.a + 1) AS d FROM t",
            "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a'::text $$",
            "CREATE FUNCTION f() RETURNS text LANGUAGE sql RETURN 'x'::text",
            "SELECT * FROM t",
            "SELECT pg_catalog.setval('s', pg_catalog.max(id)) FROM t",
            "not sql SELECT 1",
        ] {
            assert_eq!(stable_column_names(sql), sql);
        }
    }
}
