//! Dropping a column default changes what inserts that leave the column out write: NULL instead
//! of the default, or an error when the column is NOT NULL. Fires on `ALTER TABLE ... ALTER
//! [COLUMN] c DROP DEFAULT` (multi-command ALTER TABLE, `IF EXISTS`, `ONLY`, foreign tables, DO
//! blocks) on tables that existed before the file. A warning: it takes its lock only briefly and
//! is often the last step of adding a column. Not caught: `ALTER DOMAIN ... DROP DEFAULT`
//! (every column of the domain), defaults removed by dropping a sequence with CASCADE.

use pg_query::protobuf::AlterTableType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-default",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "DROP DEFAULT changes what inserts that leave the column out write (or makes them fail)",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::existing_table_cmds(file)
        .into_iter()
        .filter(|(_, _, c)| c.subtype() == AlterTableType::AtColumnDefault && c.def.is_none())
        .map(|(s, rel, c)| {
            Violation::new(
                s,
                format!(
                    "dropping the default of `{}.{}` makes inserts that leave the column out write NULL (or fail if it is NOT NULL)",
                    ast::table_display(rel),
                    c.name
                ),
                "make sure every deployed client sets the column itself before dropping its default",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_defaults() {
        lint_count("ban-drop-default", "alter table tbl alter column c drop default;", 1);
        lint_count(
            "ban-drop-default",
            "alter table if exists tbl alter c drop default, alter column d drop default;",
            2,
        );
    }

    #[test]
    fn allows_set_default_and_new_tables() {
        lint_ok("ban-drop-default", "alter table tbl alter column c set default 1;");
        lint_ok(
            "ban-drop-default",
            "create table tbl (c int default 1); alter table tbl alter column c drop default;",
        );
    }
}
