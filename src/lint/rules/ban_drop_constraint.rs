//! Dropping a constraint removes a guarantee clients and other code may assume: a unique or
//! primary key stops rejecting duplicates, a foreign key stops protecting references, a check
//! stops rejecting bad values. Fires on `ALTER TABLE [IF EXISTS] [ONLY] ... DROP CONSTRAINT [IF
//! EXISTS] c [CASCADE]` (any command of a multi-command ALTER TABLE, foreign tables too, inside DO
//! blocks) on tables that existed before the file. A warning: replacing a constraint (drop, then
//! add it back `NOT VALID`) is a common, safe pattern. Not caught: `ALTER DOMAIN ... DROP
//! CONSTRAINT` and constraints dropped with their column.

use pg_query::protobuf::AlterTableType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-constraint",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "DROP CONSTRAINT removes a guarantee (uniqueness, references, checks) clients may assume",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::existing_table_cmds(file)
        .into_iter()
        .filter(|(_, _, c)| c.subtype() == AlterTableType::AtDropConstraint)
        .map(|(s, rel, c)| {
            Violation::new(
                s,
                format!(
                    "dropping constraint `{}` of `{}` removes a guarantee clients may rely on",
                    c.name,
                    ast::table_display(rel)
                ),
                "make sure nothing relies on the constraint, or add its replacement (NOT VALID, then VALIDATE) in the same migration",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_constraints() {
        lint_count("ban-drop-constraint", "alter table t drop constraint if exists c;", 1);
        lint_count(
            "ban-drop-constraint",
            "alter table only app.t drop constraint a, drop constraint b cascade;",
            2,
        );
    }

    #[test]
    fn allows_new_tables_and_other_commands() {
        lint_ok(
            "ban-drop-constraint",
            "alter table t add constraint c check (id > 0) not valid;",
        );
        lint_ok(
            "ban-drop-constraint",
            "create table t (id int constraint c check (id > 0)); alter table t drop constraint c;",
        );
    }
}
