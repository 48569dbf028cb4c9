//! `ALTER TABLE ... DROP COLUMN` deletes the column's values and breaks clients that select it.
//! Fires on `DROP [COLUMN] [IF EXISTS] col [CASCADE]` of tables that existed before the file (any
//! ALTER TABLE form, several columns at once), on `ALTER FOREIGN TABLE ... DROP COLUMN` and on
//! `ALTER TYPE ... DROP ATTRIBUTE` (clients reading the composite type break); those two only warn:
//! a foreign table's data stays on its server, and whether an attribute's values are lost depends
//! on which tables store the type, which one file does not show. Not caught: columns dropped by
//! CASCADE from a dropped type or by dynamic SQL.

use pg_query::protobuf::{AlterTableType, ObjectType};

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
        let kinds = [
            ObjectType::ObjectTable,
            ObjectType::ObjectForeignTable,
            ObjectType::ObjectType,
        ];
        let Some((a, rel)) = ast::alter_relation(node, &kinds) else {
            continue;
        };
        for cmd in ast::alter_cmds(a).filter(|c| c.subtype() == AlterTableType::AtDropColumn) {
            if s.table_created_in_file(&ast::table_key(rel)) {
                continue;
            }
            let name = (&cmd.name, ast::table_display(rel));
            const HINT: &str = "stop reading and writing the column in every deployed client first, then drop it in a later migration";
            out.push(match a.objtype() {
                // Whether values are lost depends on which tables store the type: a warning.
                ObjectType::ObjectType => Violation::new(
                    s,
                    format!(
                        "dropping attribute `{}` of type `{}` breaks clients that read it, and deletes its values in every column of that type",
                        name.0, name.1
                    ),
                    HINT,
                )
                .with_severity(Severity::Warning)
                .with_hazards(&[Hazard::BreaksClients, Hazard::DeletesData]),
                // The data stays on the remote server.
                ObjectType::ObjectForeignTable => Violation::new(
                    s,
                    format!(
                        "dropping column `{}` of foreign table `{}` breaks clients that read it",
                        name.0, name.1
                    ),
                    HINT,
                )
                .with_severity(Severity::Warning)
                .with_hazards(&[Hazard::BreaksClients]),
                _ => Violation::new(
                    s,
                    format!(
                        "dropping column `{}` of `{}` deletes its values and breaks clients that read it",
                        name.0, name.1
                    ),
                    HINT,
                ),
            });
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
    fn flags_foreign_tables_and_composite_types() {
        lint_count(
            "ban-drop-column",
            "alter type address drop attribute zip;
alter foreign table remote_users drop column email;",
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
