//! `DROP TABLE` deletes the table's rows and breaks every client that still reads it. Fires on
//! every table of `DROP TABLE [IF EXISTS] a, s.b [CASCADE]` (quoted names too, inside DO blocks)
//! that was not created earlier in the file, and, as a warning, on `DROP FOREIGN TABLE` (clients
//! break, but the rows stay on the remote server). Not caught: tables dropped through
//! `DROP SCHEMA ... CASCADE` (`ban-drop-schema` reports that) or `DROP OWNED`, or by dynamic SQL
//! (the semantic tier does).

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-table",
    hazards: &[Hazard::DeletesData, Hazard::BreaksClients, Hazard::Irreversible],
    severity: Severity::Blocking,
    summary: "DROP TABLE deletes data and breaks clients that still use the table",
    check,
};
use super::RuleDef;

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::DropStmt(d)) = &s.node else {
            continue;
        };
        let foreign = d.remove_type() == ObjectType::ObjectForeignTable;
        if d.remove_type() != ObjectType::ObjectTable && !foreign {
            continue;
        }
        for obj in &d.objects {
            let name = match ast::inner(obj) {
                Some(N::List(l)) => ast::dotted(&l.items),
                _ => continue,
            };
            let key = if name.contains('.') {
                name.clone()
            } else {
                format!("public.{name}")
            };
            if s.table_created_in_file(&key) {
                continue;
            }
            if foreign {
                out.push(
                    Violation::new(
                        s,
                        format!("dropping foreign table `{name}` breaks clients that use it (its rows stay on the remote server)"),
                        "stop using the foreign table in every deployed client first",
                    )
                    .with_severity(Severity::Warning)
                    .with_hazards(&[Hazard::BreaksClients]),
                );
                continue;
            }
            out.push(Violation::new(
                s,
                format!("dropping table `{name}` deletes its rows and breaks clients that use it"),
                "stop using the table in every deployed client first, back it up, then drop it in a later migration (mark it with `-- pgshift:allow ban-drop-table reason`)",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_drop_table() {
        lint_count("ban-drop-table", "drop table users;", 1);
        lint_count("ban-drop-table", "drop table if exists a, app.b cascade;", 2);
        assert_eq!(
            severities("ban-drop-table", "drop foreign table if exists ft;"),
            [crate::lint::engine::Severity::Warning]
        );
    }

    #[test]
    fn allows_other_drops_and_tables_created_here() {
        lint_ok("ban-drop-table", "drop view v; drop index i;");
        lint_ok("ban-drop-table", "create table tmp (id int); drop table tmp;");
    }
}
