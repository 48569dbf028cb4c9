//! `ALTER COLUMN ... DROP NOT NULL` is cheap, but deployed clients may rely on the column never
//! being null; once nulls get in, they fail where they read it.

use pg_query::protobuf::AlterTableType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-not-null",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "DROP NOT NULL lets nulls reach clients that assume none",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtDropNotNull) {
            if s.table_is_new(&ast::table_key(rel)) {
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "dropping NOT NULL from `{}` of `{}` lets nulls in where deployed clients may assume there are none",
                    cmd.name,
                    ast::table_display(rel)
                ),
                "make sure every client that reads the column handles null before relaxing it",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_drop_not_null() {
        lint_count(
            "ban-drop-not-null",
            "alter table users alter column email drop not null;",
            1,
        );
    }

    #[test]
    fn allows_set_not_null_and_new_tables() {
        lint_ok(
            "ban-drop-not-null",
            "alter table users alter column email set not null;",
        );
        lint_ok(
            "ban-drop-not-null",
            "create table t (a int not null); alter table t alter column a drop not null;",
        );
    }
}
