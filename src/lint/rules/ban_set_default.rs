//! Setting a column default silently changes what inserts that leave the column out write, from the
//! moment the migration commits, while older clients may expect NULL. Fires on `ALTER TABLE ...
//! ALTER [COLUMN] c SET DEFAULT expr` (multi-command, `IF EXISTS`, `ONLY`, foreign tables, DO
//! blocks) on tables that existed before the file. An `info` note (on by default): on PostgreSQL
//! 11+ it changes only the catalog, and it is often exactly the intent. Not caught: `ALTER DOMAIN
//! ... SET DEFAULT`.

use pg_query::protobuf::AlterTableType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-set-default",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
        summary: "SET DEFAULT silently changes what inserts that leave the column out write",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::existing_table_cmds(file)
        .into_iter()
        .filter(|(_, _, c)| c.subtype() == AlterTableType::AtColumnDefault && c.def.is_some())
        .map(|(s, rel, c)| {
            Violation::new(
                s,
                format!(
                    "setting the default of `{}.{}` changes what inserts that leave the column out write",
                    ast::table_display(rel),
                    c.name
                ),
                "make sure deployed clients that leave the column out expect the new default",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_set_default() {
        lint_count("ban-set-default", "alter table t alter column c set default 1;", 1);
        lint_count(
            "ban-set-default",
            "alter table only app.t alter c set default now(), alter d set default 'x';",
            2,
        );
    }

    #[test]
    fn allows_drop_default_and_new_tables() {
        lint_ok("ban-set-default", "alter table t alter column c drop default;");
        lint_ok(
            "ban-set-default",
            "create table t (c int); alter table t alter column c set default 1;",
        );
    }
}
