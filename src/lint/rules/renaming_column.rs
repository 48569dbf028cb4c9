//! Renaming a column is instant, but every deployed client that still uses the old name fails
//! from that moment. Fires on `ALTER TABLE [IF EXISTS] [ONLY] ... RENAME [COLUMN] a TO b` (also
//! of foreign tables, and of views renamed with `ALTER TABLE`) and on `ALTER TYPE ... RENAME
//! ATTRIBUTE`, for relations and composite types that existed before the file, and on `ALTER
//! [MATERIALIZED] VIEW ... RENAME COLUMN`. A warning: the statement neither blocks the table (its
//! lock is brief) nor loses data; the clients it breaks are the deploy's to sequence (`[lint]
//! block` makes it blocking). Not caught: renamed columns of functions' result types and renames
//! by dynamic SQL.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "renaming-column",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "renaming a column breaks clients that still use the old name",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::RenameStmt(r)) = &s.node else {
            continue;
        };
        if !matches!(
            r.rename_type(),
            ObjectType::ObjectColumn | ObjectType::ObjectAttribute
        ) {
            continue;
        }
        let Some(rel) = &r.relation else { continue };
        let key = ast::table_key(rel);
        if s.table_created_in_file(&key)
            || (r.rename_type() == ObjectType::ObjectAttribute
                && objects::created_before(file, s, ObjectType::ObjectType, &key))
        {
            continue;
        }
        let view = matches!(
            r.relation_type(),
            ObjectType::ObjectView | ObjectType::ObjectMatview
        );
        let v = Violation::new(
            s,
            format!(
                "renaming column `{}` of `{}` to `{}` breaks clients that still use `{}`",
                r.subname,
                ast::table_display(rel),
                r.newname,
                r.subname
            ),
            if view {
                "select the column under both names while clients move (a second view), then drop the old name in a later migration"
            } else {
                "add the new column, write both and backfill, move every client to it, then drop the old one in a later migration"
            },
        );
        out.push(v);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_rename_column() {
        lint_count(
            "renaming-column",
            "alter table users rename column email to email_address;",
            1,
        );
        lint_count("renaming-column", "alter table users rename name to full_name;", 1);
        lint_count(
            "renaming-column",
            "alter table only app.users rename column a to b;
alter type address rename attribute zip to postcode;",
            2,
        );
    }

    #[test]
    fn allows_new_tables_and_other_renames() {
        lint_ok(
            "renaming-column",
            "create table t (a int); alter table t rename column a to b;",
        );
        lint_ok("renaming-column", "alter index users_email_idx rename to users_email_key;");
        assert_eq!(
            severities(
                "renaming-column",
                "alter view v rename column a to b; alter materialized view mv rename column c to d;"
            ),
            [
                crate::lint::engine::Severity::Warning,
                crate::lint::engine::Severity::Warning
            ]
        );
        lint_ok(
            "renaming-column",
            "create type pair as (a int); alter type pair rename attribute a to b;",
        );
    }
}
