//! `DROP EXPRESSION` turns a generated column into an ordinary one: it keeps its current values
//! but stops following the columns it was computed from, so clients reading it get stale values
//! after the next update. Fires on `ALTER TABLE [ONLY] ... ALTER [COLUMN] c DROP EXPRESSION [IF
//! EXISTS]` on tables that existed before the file. A warning. Not caught: `SET EXPRESSION`
//! (`ban-alter-generated-expression`).

use pg_query::protobuf::AlterTableType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-generated-expression",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "DROP EXPRESSION makes a generated column stop following its inputs",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::existing_table_cmds(file)
        .into_iter()
        .filter(|(_, _, c)| c.subtype() == AlterTableType::AtDropExpression)
        .map(|(s, rel, c)| {
            Violation::new(
                s,
                format!(
                    "dropping the expression of `{}.{}` makes it an ordinary column that no longer follows its inputs",
                    ast::table_display(rel),
                    c.name
                ),
                "make sure the clients that write the inputs now write this column too",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_drop_expression() {
        lint_count(
            "ban-drop-generated-expression",
            "alter table t alter column c drop expression;",
            1,
        );
        lint_count(
            "ban-drop-generated-expression",
            "alter table only app.t alter c drop expression if exists;",
            1,
        );
    }

    #[test]
    fn allows_other_generated_changes() {
        lint_ok(
            "ban-drop-generated-expression",
            "alter table t alter column c set expression as (a + b);",
        );
        lint_ok(
            "ban-drop-generated-expression",
            "create table t (a int, c int generated always as (a * 2) stored); alter table t alter column c drop expression;",
        );
    }
}
