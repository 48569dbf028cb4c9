//! PostgreSQL keeps at most 63 bytes of an identifier and silently drops the rest (with only a
//! NOTICE), so the object is not called what the migration says, two long names that share
//! their first 63 bytes collide, and a later reference by the full name works only because it is
//! cut the same way. Fires on every identifier longer than 63 bytes in a statement, quoted or
//! not (measured in bytes, so multibyte names count fully): names of new tables, columns,
//! constraints, indexes, sequences, views, functions, triggers, schemas, domains and types, new
//! names of renames, and references to existing objects. The parse tree holds the truncated
//! name; the statement's tokens tell it apart from a name written at the limit. Not caught:
//! identifiers built at run time, and long names inside string literals (function bodies).

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, Constraint};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "identifier-too-long",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "identifiers longer than 63 bytes are silently truncated",
    check,
};

fn constraint(c: &Constraint) -> (&'static str, &str) {
    ("constraint", c.conname.as_str())
}

/// The names a statement gives to new objects (or new names), with what they name.
fn defined_names(node: &N) -> Vec<(&'static str, &str)> {
    let mut out = Vec::new();
    match node {
        N::CreateStmt(c) => {
            if let Some(rel) = &c.relation {
                out.push(("table", rel.relname.as_str()));
            }
            for col in ast::create_columns(c) {
                out.push(("column", col.colname.as_str()));
                out.extend(ast::column_constraints(col).map(constraint));
            }
            out.extend(ast::create_constraints(c).map(constraint));
        }
        N::CreateTableAsStmt(c) => {
            if let Some(rel) = c.into.as_ref().and_then(|i| i.rel.as_ref()) {
                out.push(("table", rel.relname.as_str()));
            }
        }
        N::IndexStmt(i) => out.push(("index", i.idxname.as_str())),
        N::CreateSeqStmt(c) => {
            if let Some(rel) = &c.sequence {
                out.push(("sequence", rel.relname.as_str()));
            }
        }
        N::ViewStmt(v) => {
            if let Some(rel) = &v.view {
                out.push(("view", rel.relname.as_str()));
            }
        }
        N::CreateFunctionStmt(f) => {
            if let Some(name) = f.funcname.last().and_then(ast::string_value) {
                out.push(("function", name));
            }
        }
        N::CreateTrigStmt(t) => out.push(("trigger", t.trigname.as_str())),
        N::CreateSchemaStmt(c) => out.push(("schema", c.schemaname.as_str())),
        N::CreateDomainStmt(d) => {
            if let Some(name) = d.domainname.last().and_then(ast::string_value) {
                out.push(("domain", name));
            }
        }
        N::CreateEnumStmt(e) => {
            if let Some(name) = e.type_name.last().and_then(ast::string_value) {
                out.push(("type", name));
            }
        }
        N::RenameStmt(r) => out.push(("new name", r.newname.as_str())),
        _ => {
            for (_, cmd) in ast::alter_cmds_of(node, AlterTableType::AtAddColumn) {
                if let Some(col) = ast::column_def(cmd) {
                    out.push(("column", col.colname.as_str()));
                    out.extend(ast::column_constraints(col).map(constraint));
                }
            }
            for (_, cmd) in ast::alter_cmds_of(node, AlterTableType::AtAddConstraint) {
                if let Some(c) = ast::constraint_def(cmd) {
                    out.push(constraint(c));
                }
            }
        }
    }
    out
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        let names = defined_names(node);
        let mut reported = Vec::new();
        for long in ast::long_identifiers(&s.text) {
            if reported.contains(&long) {
                continue;
            }
            let cut = ast::truncate_identifier(&long);
            let message = match names.iter().find(|(_, n)| *n == cut) {
                Some((kind, _)) => format!(
                    "{kind} name `{long}` is {} bytes: PostgreSQL silently truncates it to `{cut}`",
                    long.len()
                ),
                None => format!(
                    "`{long}` is {} bytes: PostgreSQL silently truncates it to `{cut}`, so it names that object",
                    long.len()
                ),
            };
            out.push(Violation::new(
                s,
                message,
                format!("use a name of at most {} bytes", ast::MAX_IDENTIFIER_BYTES),
            ));
            reported.push(long);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    fn long(prefix: &str) -> String {
        format!("{prefix}_{}", "x".repeat(70))
    }

    #[test]
    fn flags_long_names_of_new_objects() {
        let sql = format!(
            "create table {} ({} int, b int constraint {} check (b > 0));",
            long("t"),
            long("c"),
            long("k")
        );
        lint_count("identifier-too-long", &sql, 3);
        let sql = format!("create index {} on t (a);", long("i"));
        lint_count("identifier-too-long", &sql, 1);
        let sql = format!(
            "alter table t add column {} int, add constraint {} unique (a);",
            long("c"),
            long("u")
        );
        lint_count("identifier-too-long", &sql, 2);
        let sql = format!("alter table t rename to \"{}\";", long("T"));
        lint_count("identifier-too-long", &sql, 1);
        let sql = format!(
            "create sequence {}; create view {} as select 1; create function {}() returns int language sql as 'select 1';",
            long("s"),
            long("v"),
            long("f")
        );
        lint_count("identifier-too-long", &sql, 3);
    }

    #[test]
    fn flags_long_references_too() {
        lint_count(
            "identifier-too-long",
            &format!("drop table {};", long("t")),
            1,
        );
        lint_count(
            "identifier-too-long",
            &format!("create table \"{}\" (id bigint);", "👪".repeat(17)),
            1,
        );
    }

    #[test]
    fn allows_names_up_to_63_bytes() {
        let at_limit = "a".repeat(63);
        lint_ok(
            "identifier-too-long",
            &format!(
                "create table {at_limit} (id bigint); create index {} on t (a);",
                "i".repeat(63)
            ),
        );
        lint_ok(
            "identifier-too-long",
            &format!("create table \"{}\" (id bigint);", "é".repeat(31)),
        );
    }
}
