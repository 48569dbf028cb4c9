//! `ALTER TABLE ... DROP COLUMN` deletes the column's values and breaks clients that select it.

use pg_query::protobuf::AlterTableType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-column",
    hazards: &[
        Hazard::DeletesData,
        Hazard::BreaksClients,
        Hazard::Irreversible,
        Hazard::AcquiresAccessExclusiveLock,
    ],
    severity: Severity::Blocking,
    summary: "DROP COLUMN deletes data and breaks clients that still read the column",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtDropColumn) {
            if s.table_is_new(&ast::table_key(rel)) {
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "dropping column `{}` of `{}` deletes its values and breaks clients that read it",
                    cmd.name,
                    ast::table_display(rel)
                ),
                "stop reading and writing the column in every deployed client first, then drop it in a later migration",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_drop_column() {
        lint_count("ban-drop-column", "alter table users drop column email;", 1);
        lint_count(
            "ban-drop-column",
            "alter table users drop column a, drop column if exists b;",
            2,
        );
    }

    #[test]
    fn allows_other_changes() {
        lint_ok("ban-drop-column", "alter table users add column email text;");
        lint_ok(
            "ban-drop-column",
            "create table t (a int, b int); alter table t drop column b;",
        );
    }
}
