//! Changing what a generated column computes changes the values every client reads from it: `SET
//! EXPRESSION` (PostgreSQL 17+) recomputes every row under an exclusive lock, and adding a
//! `GENERATED ALWAYS AS (...) STORED` column to an existing table rewrites it
//! (`adding-field-with-default` reports that rewrite and blocks). Fires on those two forms on
//! tables that existed before the file. An `info` note (on by default). `DROP EXPRESSION`, which
//! freezes the column, is `ban-drop-generated-expression`'s, so one statement is not reported
//! twice. Not caught: a generated column's expression changed by dropping and adding the column
//! again.

use pg_query::protobuf::{AlterTableType as T, ConstrType};

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-generated-expression",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
        summary: "SET EXPRESSION or a new stored generated column changes what clients read",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for (s, rel, c) in objects::existing_table_cmds(file) {
        let table = ast::table_display(rel);
        let message = match c.subtype() {
            T::AtSetExpression => format!("changing the expression of `{table}.{}` recomputes every row under an exclusive lock and changes what clients read", c.name),
            T::AtAddColumn => match ast::column_def(c) {
                Some(col) if ast::column_has(col, ConstrType::ConstrGenerated) => format!(
                    "adding generated column `{table}.{}` computes it for every row while the table is rewritten",
                    col.colname
                ),
                _ => continue,
            },
            _ => continue,
        };
        out.push(Violation::new(
            s,
            message,
            "prefer a new ordinary column filled by a trigger and a batched backfill, and move clients to it",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_generated_changes() {
        lint_count(
            "ban-alter-generated-expression",
            "alter table t alter column c drop expression; alter table t add column c int generated always as (id + 1) stored;",
            1,
        );
        lint_count(
            "ban-alter-generated-expression",
            "alter table t alter column c set expression as (a + b);",
            1,
        );
    }

    #[test]
    fn allows_plain_columns_and_new_tables() {
        lint_ok("ban-alter-generated-expression", "alter table t add column c int;");
        // DROP EXPRESSION is ban-drop-generated-expression's.
        lint_ok(
            "ban-alter-generated-expression",
            "alter table t alter column c drop expression;",
        );
        lint_ok(
            "ban-alter-generated-expression",
            "create table t (id int); alter table t add column c int generated always as (id + 1) stored;",
        );
    }
}
