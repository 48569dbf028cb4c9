//! A statement PostgreSQL's parser rejects (or a psql meta-command pgshift cannot run) fails the
//! migration where it stands. The engine reports it for every such statement, always blocking:
//! it cannot be disabled or turned into a warning. The parse is PostgreSQL 18's grammar, so
//! syntax newer than the server a file is deployed to still parses here (the semantic tier,
//! which replays the file on a real server, catches that). Bodies the server parses when the
//! statement runs are checked too: a `DO` block's PL/pgSQL, and the body of a `LANGUAGE plpgsql`
//! or `LANGUAGE sql` function or procedure (given as a string) unless the file turned
//! `check_function_bodies` off before it (as pg_dump output does: the body is then only parsed
//! when first called). Only syntax errors count: the PL/pgSQL parser used here also stops at
//! valid code it cannot resolve without a database (a variable of a schema-qualified type,
//! `NEW` in a trigger function), and those are the server's to judge. Not caught: bodies in other
//! languages, and errors the parser cannot see (unknown tables, columns and types).

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::VariableSetKind;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: super::SYNTAX_ERROR,
    hazards: &[],
    severity: Severity::Blocking,
    summary: "a statement that does not parse (always blocks)",
    check,
};

/// Statements that do not parse are reported by the engine itself, from each statement's parse
/// error; this finds the bodies of statements that do parse which the server would reject.
fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut bodies_checked = true;
    for s in &file.stmts {
        if s.in_do_block {
            continue;
        }
        let Some(node) = &s.node else { continue };
        let error = match node {
            N::VariableSetStmt(v) if v.name.eq_ignore_ascii_case("check_function_bodies") => {
                bodies_checked = !(v.kind() == VariableSetKind::VarSetValue
                    && v.args.first().and_then(setting_word).is_some_and(|w| {
                        matches!(w.as_str(), "off" | "false" | "0" | "no" | "f" | "n")
                    }));
                None
            }
            N::DoStmt(d) => {
                let (language, body) = ast::language_and_body(&d.args);
                match (language.as_deref().unwrap_or("plpgsql"), body) {
                    ("plpgsql", Some(body)) => plpgsql_error(&body).map(|e| ("DO block", e)),
                    _ => None,
                }
            }
            N::CreateFunctionStmt(c) if bodies_checked && c.sql_body.is_none() => {
                let (language, body) = ast::language_and_body(&c.options);
                let kind = if c.is_procedure {
                    "procedure body"
                } else {
                    "function body"
                };
                match (language.as_deref(), body) {
                    (Some("plpgsql"), Some(_)) => {
                        plpgsql_error_of_statement(&s.text).map(|e| (kind, e))
                    }
                    (Some("sql"), Some(body)) => match pg_query::parse(&body, 0) {
                        Err(e) => Some((kind, e.to_string())),
                        Ok(_) => None,
                    },
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some((what, error)) = error {
            out.push(Violation::new(
                s,
                format!("the {what} does not parse: {error}"),
                "fix the body; PostgreSQL parses it when the statement runs, so the migration fails here",
            ));
        }
    }
    out
}

/// The syntax error of a PL/pgSQL `DO` body, if it has one.
fn plpgsql_error(body: &str) -> Option<String> {
    plpgsql_error_of_statement(&ast::do_body_as_function(body)?)
}

/// The syntax error of a `CREATE FUNCTION ... LANGUAGE plpgsql` statement's body, if it has
/// one. Other failures of the parser (names it cannot resolve without a database) are not.
fn plpgsql_error_of_statement(sql: &str) -> Option<String> {
    match pg_query::parse_plpgsql(sql) {
        Err(pg_query::Error::Parse(m)) if m.starts_with("syntax error") => Some(m),
        _ => None,
    }
}

/// The word a `SET name = value` gives (`off`, `false`, `0`), lower case.
fn setting_word(n: &pg_query::protobuf::Node) -> Option<String> {
    match ast::inner(n)? {
        N::AConst(c) => match c.val.as_ref()? {
            pg_query::protobuf::a_const::Val::Sval(s) => Some(s.sval.to_ascii_lowercase()),
            pg_query::protobuf::a_const::Val::Ival(i) => Some(i.ival.to_string()),
            pg_query::protobuf::a_const::Val::Boolval(b) => Some(b.boolval.to_string()),
            _ => None,
        },
        N::String(s) => Some(s.sval.to_ascii_lowercase()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_bodies_that_do_not_parse() {
        lint_count("syntax-error", "do $$ begin sel 1; end $$;", 1);
        lint_count(
            "syntax-error",
            "create function f() returns int language plpgsql as $$ begin retur 1; end $$;",
            1,
        );
        lint_count(
            "syntax-error",
            "create procedure p() language sql as $$ updat t set a = 1 $$;",
            1,
        );
        lint_count(
            "syntax-error",
            "create or replace function f() returns int language sql as 'select 1 from';",
            1,
        );
        lint_count(
            "syntax-error",
            "do language plpgsql $$ begin if true then perform 1; end; end $$;",
            1,
        );
    }

    #[test]
    fn leaves_valid_and_unchecked_bodies_alone() {
        lint_ok("syntax-error", "do $$ begin perform 1; end $$;");
        // A variable of a schema-qualified type stops the PL/pgSQL parser without a database.
        lint_ok(
            "syntax-error",
            "do $$ declare v app.account_role; begin perform 1; end $$;",
        );
        lint_ok(
            "syntax-error",
            "create function t() returns trigger language plpgsql as $$ begin new.at := now(); return new; end $$;",
        );
        // pg_dump output turns body checks off: the body is parsed when first called.
        lint_ok(
            "syntax-error",
            "set check_function_bodies = false;\ncreate function f() returns int language plpgsql as $$ begin retur 1; end $$;",
        );
        lint_ok(
            "syntax-error",
            "create function f(a int) returns int language sql immutable as $$ select a + 1 $$;",
        );
        lint_ok(
            "syntax-error",
            "create function f() returns int language sql begin atomic select 1; end;",
        );
        lint_ok("syntax-error", "do language plv8 $$ not sql at all $$;");
    }
}
