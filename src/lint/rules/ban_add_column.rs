//! A new column changes the shape of the rows clients receive: `SELECT *` returns one more field,
//! and `INSERT ... VALUES` without a column list stops matching. Fires on `ADD [COLUMN] [IF NOT
//! EXISTS]` of tables (and foreign tables) not created earlier in the file by a plain `CREATE
//! TABLE` or `CREATE TABLE ... AS` (`IF NOT EXISTS` may have found the table already there). An
//! `info` note (on by default): most clients name their columns. Not caught: columns added by
//! dynamic SQL, or to a view's output by `CREATE OR REPLACE VIEW`.

use pg_query::protobuf::{AlterTableType, ObjectType};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-add-column",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Info,
        summary: "ADD COLUMN changes the shape of rows clients receive (SELECT *, positional INSERT)",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        let Some((a, rel)) = ast::alter_relation(
            node,
            &[ObjectType::ObjectTable, ObjectType::ObjectForeignTable],
        ) else {
            continue;
        };
        if s.table_created_in_file(&ast::table_key(rel)) {
            continue;
        }
        for c in ast::alter_cmds(a).filter(|c| c.subtype() == AlterTableType::AtAddColumn) {
            let name = ast::column_def(c).map(|d| d.colname.clone()).unwrap_or_default();
            out.push(Violation::new(
                s,
                format!("adding column `{name}` to `{}` changes the rows clients receive (SELECT *, INSERT without a column list)", ast::table_display(rel)),
                "make sure clients name their columns in SELECT and INSERT",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_new_columns() {
        lint_count(
            "ban-add-column",
            "alter table t add column c int; alter foreign table ft add column c int;",
            2,
        );
        lint_count(
            "ban-add-column",
            "create table if not exists t (id int); alter table t add column c int;",
            1,
        );
    }

    #[test]
    fn allows_new_tables() {
        lint_ok(
            "ban-add-column",
            "create table t (id int); alter table t add column c int;",
        );
        lint_ok("ban-add-column", "alter table t drop column c;");
    }
}
