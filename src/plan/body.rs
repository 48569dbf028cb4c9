//! What a routine's body names: the relations it reads and the functions it calls, from parse
//! trees (PostgreSQL's own parser for SQL bodies, its PL/pgSQL parser for PL/pgSQL ones, whose
//! embedded queries and expressions are parsed in turn). PostgreSQL checks a string body at
//! creation without recording what it uses, so the planner orders a created function after the
//! functions and views its body needs from these. Bodies in other languages, or that no parser
//! reads, fall back to a whole-word search of the lower-cased text. Pure.

use std::collections::BTreeSet;

use crate::model::{Function, QualifiedName};

/// A routine's body as the planner asks about it.
pub(super) struct Body<'a> {
    pub(super) function: &'a Function,
    names: Names,
}

/// What a body names: read from its parse trees, or (no parser reads it) its lower-cased text
/// after the header, searched as a fallback.
enum Names {
    Parsed(Refs),
    Text(String),
}

/// Names as the parser resolved them (case-folded, unquoted): (schema when written, name).
#[derive(Debug, Default)]
struct Refs {
    relations: BTreeSet<(Option<String>, String)>,
    calls: BTreeSet<(Option<String>, String)>,
}

impl Refs {
    /// Whether `set` names `name`, qualified or (when `bare_ok`) bare.
    fn names(
        &self,
        set: &BTreeSet<(Option<String>, String)>,
        name: &QualifiedName,
        bare_ok: bool,
    ) -> bool {
        set.contains(&(Some(name.schema.clone()), name.name.clone()))
            || (bare_ok && set.contains(&(None, name.name.clone())))
    }
}

pub(super) fn body(f: &Function) -> Body<'_> {
    Body {
        function: f,
        names: match refs(f) {
            Some(r) => Names::Parsed(r),
            None => Names::Text(lowered(f)),
        },
    }
}

/// The body's names from its parse trees.
fn refs(f: &Function) -> Option<Refs> {
    let mut out = Refs::default();
    match f.language.as_str() {
        "sql" => {
            let parsed = pg_query::parse(&f.definition, 0).ok()?;
            let tree = serde_json::to_value(&parsed.protobuf).ok()?;
            // A string body (`AS $$ ... $$`) is parsed in turn; a `BEGIN ATOMIC` one is in the
            // tree already.
            let mut bodies = Vec::new();
            string_bodies(&tree, &mut bodies);
            collect(&tree, &mut out);
            for b in bodies {
                let parsed = pg_query::parse(&b, 0).ok()?;
                collect(&serde_json::to_value(&parsed.protobuf).ok()?, &mut out);
            }
        }
        "plpgsql" => {
            let tree = pg_query::parse_plpgsql(&f.definition).ok()?;
            let mut queries = Vec::new();
            plpgsql_queries(&tree, &mut queries);
            for q in queries {
                // Expressions (`x > 0`) come without their SELECT.
                let parsed = pg_query::parse(&q, 0)
                    .or_else(|_| pg_query::parse(&format!("SELECT {q}"), 0))
                    .ok()?;
                collect(&serde_json::to_value(&parsed.protobuf).ok()?, &mut out);
            }
        }
        _ => return None,
    }
    Some(out)
}

/// The `AS '...'` string of a CREATE FUNCTION statement.
fn string_bodies(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(e) = m.get("DefElem") {
                if e.get("defname").and_then(|d| d.as_str()) == Some("as") {
                    let mut strings = Vec::new();
                    sval(
                        e.get("arg").unwrap_or(&serde_json::Value::Null),
                        &mut strings,
                    );
                    out.extend(strings.into_iter().take(1));
                    return;
                }
            }
            m.values().for_each(|c| string_bodies(c, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|c| string_bodies(c, out)),
        _ => {}
    }
}

fn sval(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(s) = m
                .get("String")
                .and_then(|s| s.get("sval"))
                .and_then(|s| s.as_str())
            {
                out.push(s.to_string());
            }
            m.values().for_each(|c| sval(c, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|c| sval(c, out)),
        _ => {}
    }
}

/// Every query and expression of a PL/pgSQL function.
fn plpgsql_queries(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(q) = m
                .get("PLpgSQL_expr")
                .and_then(|e| e.get("query"))
                .and_then(|q| q.as_str())
            {
                out.push(q.to_string());
            }
            m.values().for_each(|c| plpgsql_queries(c, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|c| plpgsql_queries(c, out)),
        _ => {}
    }
}

/// The relations (`RangeVar`) and functions (`FuncCall`) a parse tree names.
fn collect(v: &serde_json::Value, out: &mut Refs) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(r) = m.get("RangeVar") {
                let field = |k: &str| r.get(k).and_then(|x| x.as_str()).unwrap_or("");
                let schema = Some(field("schemaname").to_string()).filter(|s| !s.is_empty());
                out.relations.insert((schema, field("relname").to_string()));
            }
            if let Some(f) = m.get("FuncCall") {
                let mut names = Vec::new();
                if let Some(list) = f.get("funcname") {
                    sval(list, &mut names);
                }
                match names.as_slice() {
                    [name] => {
                        out.calls.insert((None, name.clone()));
                    }
                    [schema, name] => {
                        out.calls.insert((Some(schema.clone()), name.clone()));
                    }
                    _ => {}
                }
            }
            m.values().for_each(|c| collect(c, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|c| collect(c, out)),
        _ => {}
    }
}

fn lowered(f: &crate::model::Function) -> String {
    // pg_get_functiondef puts the body after a line starting with `AS ` (or `BEGIN ATOMIC`).
    let def = &f.definition;
    let start = def
        .find("\nAS ")
        .or_else(|| def.find("\nBEGIN"))
        .unwrap_or(0);
    def[start..].to_lowercase()
}

/// Whether the body of `f` calls function `g`: schema-qualified, or bare when
/// both are in one schema (quoted or not; unquoted names compare case-insensitively).
pub(super) fn calls(f: &Body, g: &crate::model::Function) -> bool {
    let bare_ok = f.function.id.name.schema == g.id.name.schema;
    match &f.names {
        Names::Parsed(r) => r.names(&r.calls, &g.id.name, bare_ok),
        Names::Text(text) => mentions(text, &g.id.name, bare_ok, true),
    }
}

/// Whether the body of `f` names the relation `r` (a view it reads): schema-qualified, or bare
/// when `r` is in the function's schema or in public (where unqualified names usually resolve).
pub(super) fn reads(f: &Body, r: &QualifiedName) -> bool {
    let bare_ok = f.function.id.name.schema == r.schema || r.schema == "public";
    match &f.names {
        Names::Parsed(refs) => refs.names(&refs.relations, r, bare_ok),
        Names::Text(text) => mentions(text, r, bare_ok, false),
    }
}

/// Whether an expression as the catalog prints it (a default, or a `CHECK (...)` definition)
/// calls function `name`, written qualified (the catalog prints names qualified) or bare;
/// `None` when the parser cannot read it.
pub(super) fn expression_calls(expression: &str, name: &QualifiedName) -> Option<bool> {
    let expression = expression.trim();
    let expression = expression
        .strip_suffix("NOT VALID")
        .unwrap_or(expression)
        .trim();
    let expression = expression.strip_prefix("CHECK").unwrap_or(expression);
    let parsed = pg_query::parse(&format!("SELECT {expression}"), 0).ok()?;
    let mut refs = Refs::default();
    collect(&serde_json::to_value(&parsed.protobuf).ok()?, &mut refs);
    Some(refs.names(&refs.calls, name, true))
}

/// The fallback for bodies no parser reads: whether `name` appears in the lower-cased body
/// as a whole word (quoted or not; unquoted names compare
/// case-insensitively), qualified by its schema or, when `bare_ok`, bare; with `call`, only
/// when `(` follows.
fn mentions(body: &str, name: &QualifiedName, bare_ok: bool, call: bool) -> bool {
    let schema = name.schema.to_lowercase();
    let name = name.name.to_lowercase();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$');
    for form in [name.clone(), format!("\"{name}\"")] {
        let mut from = 0;
        while let Some(pos) = body[from..].find(&form).map(|p| p + from) {
            from = pos + form.len();
            let after = body[from..].trim_start().chars().next();
            let before_text = &body[..pos];
            if (call && after != Some('('))
                || (!form.starts_with('"') && word(body[from..].chars().next()))
            {
                continue;
            }
            let qualified = before_text
                .strip_suffix('.')
                .is_some_and(|b| b.ends_with(&schema) || b.ends_with(&format!("\"{schema}\"")));
            let bare = !before_text.ends_with('.') && !word(before_text.chars().last());
            if qualified || (bare && bare_ok) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FunctionId, RoutineKind};

    fn function(schema: &str, name: &str, body: &str) -> Function {
        Function {
            id: FunctionId::new(schema, name, "v numeric"),
            kind: RoutineKind::Function,
            definition: format!(
                "CREATE OR REPLACE FUNCTION {schema}.{name}(v numeric)\n RETURNS numeric\n LANGUAGE sql\nAS $function$ {body} $function$\n"
            ),
            arguments: "v numeric".into(),
            returns: Some("numeric".into()),
            language: "sql".into(),
            volatility: "i".into(),
            security_definer: false,
            strict: false,
            leakproof: false,
            parallel: "u".into(),
            config: vec![],
            owner: "postgres".into(),
            comment: None,
            privileges: vec![],
        }
    }

    #[test]
    fn function_bodies_are_searched_for_the_functions_they_call() {
        let clamp = function("util", "clamp", "SELECT v");
        let mixed = function("util", "Mixed Case", "SELECT v");
        let f = |schema: &str, body: &str| function(schema, "caller", body);
        assert!(calls(&body(&f("api", "SELECT util.clamp(v)")), &clamp));
        assert!(calls(&body(&f("api", "SELECT UTIL.Clamp (v)")), &clamp));
        assert!(calls(
            &body(&f("api", "SELECT \"util\".\"clamp\"(v)")),
            &clamp
        ));
        assert!(calls(&body(&f("util", "SELECT clamp(v)")), &clamp));
        assert!(calls(
            &body(&f("api", "SELECT util.\"Mixed Case\"(v)")),
            &mixed
        ));
        // Another schema's bare name, a longer name, a column, the function's own header.
        assert!(!calls(&body(&f("api", "SELECT clamp(v)")), &clamp));
        assert!(!calls(
            &body(&f("util", "SELECT clamped(v) + my_clamp(v)")),
            &clamp
        ));
        assert!(!calls(&body(&f("util", "SELECT clamp FROM t")), &clamp));
        assert!(!calls(
            &body(&function("util", "clamp", "SELECT 1")),
            &clamp
        ));
    }

    #[test]
    fn function_bodies_are_searched_for_the_views_they_read() {
        let report = QualifiedName::new("public", "daily_report");
        let private = QualifiedName::new("stats", "totals");
        let f = |schema: &str, body: &str| body_of(function(schema, "reader", body));
        // Bare names of public relations resolve through the usual search_path.
        assert!(reads(&f("api", "SELECT * FROM daily_report"), &report));
        assert!(reads(
            &f("api", "SELECT * FROM Public.Daily_Report r"),
            &report
        ));
        assert!(reads(&f("stats", "SELECT sum(n) FROM totals"), &private));
        // Another schema's bare name, a longer name.
        assert!(!reads(&f("api", "SELECT sum(n) FROM totals"), &private));
        assert!(!reads(&f("api", "SELECT * FROM daily_reports"), &report));
    }

    fn body_of(f: crate::model::Function) -> Body<'static> {
        let f: &'static crate::model::Function = Box::leak(Box::new(f));
        body(f)
    }

    #[test]
    fn parse_trees_see_calls_and_reads_but_not_strings_or_comments() {
        let clamp = function("util", "clamp", "SELECT v");
        let report = QualifiedName::new("public", "daily_report");
        let f = |body: &str| function("api", "caller", body);
        // Named only inside a string or a comment: no call.
        let quoted = f("SELECT 'util.clamp(' || v::text -- util.clamp(v)\n");
        assert!(!calls(&body(&quoted), &clamp));
        let mut pl = function("api", "pl", "");
        pl.language = "plpgsql".into();
        pl.definition = "CREATE OR REPLACE FUNCTION api.pl(v numeric)\n RETURNS numeric\n LANGUAGE plpgsql\n\
                         AS $function$\nDECLARE n int;\nBEGIN\n  SELECT count(*) INTO n FROM daily_report;\n\
                         IF n > 0 THEN RETURN util.clamp(v); END IF;\n  RETURN 0;\nEND\n$function$\n"
            .into();
        let b = body(&pl);
        assert!(
            matches!(b.names, Names::Parsed(_)),
            "the PL/pgSQL parser reads it"
        );
        assert!(calls(&b, &clamp));
        assert!(reads(&b, &report));
        // A BEGIN ATOMIC body is in the statement's own tree.
        let mut atomic = function("api", "atomic", "");
        atomic.definition =
            "CREATE OR REPLACE FUNCTION api.atomic(v numeric)\n RETURNS numeric\n LANGUAGE sql\n\
                             BEGIN ATOMIC\n SELECT util.clamp(v) FROM daily_report;\nEND\n"
                .into();
        let b = body(&atomic);
        assert!(calls(&b, &clamp) && reads(&b, &report));
    }

    #[test]
    fn expressions_name_the_functions_they_call() {
        let norm = QualifiedName::new("public", "norm");
        let odd = QualifiedName::new("Mixed Case", "with\"quote");
        assert_eq!(
            expression_calls("CHECK ((public.norm(VALUE) = VALUE))", &norm),
            Some(true)
        );
        assert_eq!(
            expression_calls("CHECK ((length(VALUE) > 0)) NOT VALID", &norm),
            Some(false)
        );
        assert_eq!(
            expression_calls("\"Mixed Case\".\"with\"\"quote\"(1)", &odd),
            Some(true)
        );
        // Another schema's function of the same name is not it.
        assert_eq!(expression_calls("util.norm('x'::text)", &norm), Some(false));
        assert_eq!(expression_calls("CHECK ((", &norm), None);
    }
}
