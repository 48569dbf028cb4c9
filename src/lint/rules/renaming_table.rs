//! Renaming a table is instant, but every deployed client that still uses the old name fails
//! from that moment.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "renaming-table",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Blocking,
    summary: "renaming a table breaks clients that still use the old name",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::RenameStmt(r)) = &s.node else {
            continue;
        };
        if r.rename_type() != ObjectType::ObjectTable {
            continue;
        }
        let Some(rel) = &r.relation else { continue };
        if s.table_is_new(&ast::table_key(rel)) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!(
                "renaming table `{}` to `{}` breaks clients that still use `{}`",
                ast::table_display(rel),
                r.newname,
                rel.relname
            ),
            "keep the old name working while clients move (for example a view with the old name over the renamed table, dropped in a later migration)",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_rename_table() {
        lint_count("renaming-table", "alter table users rename to accounts;", 1);
        lint_count(
            "renaming-table",
            "alter table if exists app.users rename to accounts;",
            1,
        );
    }

    #[test]
    fn allows_new_tables_and_column_renames() {
        lint_ok(
            "renaming-table",
            "create table tmp_users (id bigint); alter table tmp_users rename to users;",
        );
        lint_ok("renaming-table", "alter table users rename column a to b;");
    }
}
