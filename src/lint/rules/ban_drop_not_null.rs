//! `ALTER COLUMN ... DROP NOT NULL` is cheap, but deployed clients may rely on the column never
//! being null; once nulls get in, they fail where they read it. Fires on `ALTER COLUMN ... DROP
//! NOT NULL` of tables (and foreign tables) that existed before the file, and on
//! `ALTER DOMAIN ... DROP NOT NULL`. Not caught: a NOT NULL dropped together with a primary key
//! (`DROP CONSTRAINT ..._pkey`) or by dynamic SQL.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ObjectType};

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
        if let N::AlterDomainStmt(d) = node {
            // Subtype `N` is DROP NOT NULL.
            if d.subtype == "N" {
                out.push(Violation::new(
                    s,
                    format!(
                        "dropping NOT NULL from domain `{}` lets nulls into every column of the domain, where deployed clients may assume there are none",
                        ast::dotted(&d.type_name)
                    ),
                    "make sure every client that reads those columns handles null before relaxing it",
                ));
            }
            continue;
        }
        let Some((a, rel)) =
            ast::alter_relation(node, &[ObjectType::ObjectTable, ObjectType::ObjectForeignTable])
        else {
            continue;
        };
        for cmd in ast::alter_cmds(a).filter(|c| c.subtype() == AlterTableType::AtDropNotNull) {
            if s.table_created_in_file(&ast::table_key(rel)) {
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
    fn flags_domains_and_foreign_tables() {
        lint_count(
            "ban-drop-not-null",
            "alter domain email drop not null;
alter foreign table f alter column a drop not null;",
            2,
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
