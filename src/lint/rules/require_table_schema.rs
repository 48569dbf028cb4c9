//! An `info` note (on by default). A table named without its schema is
//! resolved through `search_path`, which differs between roles, tools and connection poolers:
//! the same migration can create or change a table in another schema than intended. Fires on
//! unqualified table names in `CREATE TABLE` (not `TEMP` tables, which live in their own
//! schema), `CREATE TABLE ... AS` and `SELECT ... INTO`, `ALTER TABLE` (renames too), `DROP TABLE`,
//! `TRUNCATE` and the table of `CREATE INDEX`. Not caught: table names inside queries, views,
//! functions, foreign key targets and other statements.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{ObjectType, RangeVar};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: "require-table-schema",
    hazards: &[],
    severity: Severity::Info,
        summary: "table names without a schema depend on search_path",
    check,
};

/// The unqualified table names a statement creates or changes.
fn unqualified(node: &N) -> Vec<String> {
    let rel = |r: &RangeVar| (r.schemaname.is_empty() && !ast::is_temporary(r)).then(|| r.relname.clone());
    match node {
        N::CreateStmt(c) => c.relation.iter().filter_map(rel).collect(),
        N::CreateTableAsStmt(c) if c.objtype() == ObjectType::ObjectTable => c
            .into
            .as_ref()
            .and_then(|i| i.rel.as_ref())
            .and_then(rel)
            .into_iter()
            .collect(),
        N::SelectStmt(s) => s
            .into_clause
            .as_ref()
            .and_then(|i| i.rel.as_ref())
            .and_then(rel)
            .into_iter()
            .collect(),
        N::AlterTableStmt(a) if a.objtype() == ObjectType::ObjectTable => {
            a.relation.iter().filter_map(rel).collect()
        }
        // `ALTER TABLE ... RENAME [COLUMN | CONSTRAINT]` parses as a rename of the table.
        N::RenameStmt(r)
            if matches!(
                r.rename_type(),
                ObjectType::ObjectTable | ObjectType::ObjectColumn | ObjectType::ObjectTabconstraint
            ) && r.relation_type() == ObjectType::ObjectTable
                || r.rename_type() == ObjectType::ObjectTable =>
        {
            r.relation.iter().filter_map(rel).collect()
        }
        N::IndexStmt(i) => i.relation.iter().filter_map(rel).collect(),
        N::TruncateStmt(t) => t
            .relations
            .iter()
            .filter_map(|r| match ast::inner(r) {
                Some(N::RangeVar(r)) => rel(r),
                _ => None,
            })
            .collect(),
        N::DropStmt(d) if d.remove_type() == ObjectType::ObjectTable => ast::drop_names(d)
            .into_iter()
            .filter(|n| !n.contains('.'))
            .collect(),
        _ => vec![],
    }
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for name in unqualified(node) {
            out.push(Violation::new(
                s,
                format!("table `{name}` is not schema-qualified: which table it names depends on search_path"),
                format!("write the schema: `public.{name}` (or the schema it belongs in)"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_unqualified_tables() {
        lint_count(
            "require-table-schema",
            "create table users (id bigint);\nalter table users add column a int;\ndrop table users, app.old;\ncreate table c as select 1;\ntruncate t;\ncreate index on t (a);",
            6,
        );
        lint_count(
            "require-table-schema",
            "alter table users rename to members;\nalter table members rename column a to b;\nalter table app.members rename constraint c to d;\nalter view v rename column a to b;",
            2,
        );
    }

    #[test]
    fn allows_qualified_and_temporary_tables() {
        lint_ok(
            "require-table-schema",
            "create table public.users (id bigint);\nalter table app.users add column a int;\ndrop table public.users;\ncreate temp table scratch (id int);\ncreate temporary table s2 as select 1;\nselect * from users;",
        );
    }
}
