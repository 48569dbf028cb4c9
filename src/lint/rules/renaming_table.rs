//! Renaming a table is instant, but every deployed client that still uses the old name fails
//! from that moment. Fires on `ALTER TABLE [IF EXISTS] ... RENAME TO` (also of foreign tables,
//! and of views renamed with `ALTER TABLE`, which the parser cannot tell from tables) and on
//! `ALTER TABLE ... SET SCHEMA`, for relations that existed before the file. A warning: the
//! statement neither blocks the table (its lock is brief) nor loses data; the clients it breaks
//! are the deploy's to sequence (`[lint] block` makes it blocking). Views and materialized views
//! renamed or moved with `ALTER [MATERIALIZED] VIEW` are `renaming-object`'s and
//! `ban-set-schema`'s. Not caught: renames of sequences, types and functions clients use.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "renaming-table",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "renaming a table breaks clients that still use the old name",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        const RELATIONS: [ObjectType; 2] = [ObjectType::ObjectTable, ObjectType::ObjectForeignTable];
        let (rel, new_name) = match &s.node {
            Some(N::RenameStmt(r)) if RELATIONS.contains(&r.rename_type()) => {
                let Some(rel) = &r.relation else { continue };
                (rel, r.newname.clone())
            }
            Some(N::AlterObjectSchemaStmt(a)) if RELATIONS.contains(&a.object_type()) => {
                let Some(rel) = &a.relation else { continue };
                (rel, format!("{}.{}", a.newschema, rel.relname))
            }
            _ => continue,
        };
        if s.table_created_in_file(&ast::table_key(rel)) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!(
                "renaming `{}` to `{new_name}` breaks clients that still use `{}`",
                ast::table_display(rel),
                ast::table_display(rel)
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
        lint_count(
            "renaming-table",
            "alter table users set schema archive; alter foreign table remote_users rename to remote_accounts;",
            2,
        );
    }

    #[test]
    fn allows_new_tables_and_column_renames() {
        lint_ok(
            "renaming-table",
            "create table tmp_users (id bigint); alter table tmp_users rename to users;",
        );
        lint_ok("renaming-table", "alter table users rename column a to b;");
        lint_ok(
            "renaming-table",
            "alter view totals rename to sums; alter materialized view mv set schema archive;",
        );
    }
}
