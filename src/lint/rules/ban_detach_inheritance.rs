//! Detaching a partition or removing inheritance changes which rows clients read and write through
//! the parent: the child's rows vanish from queries on the parent, and inserts routed to it fail or
//! land elsewhere. Fires on `ALTER TABLE parent DETACH PARTITION child [CONCURRENTLY]` and `ALTER
//! TABLE child NO INHERIT parent` on tables that existed before the file. An `info` note (on by
//! default); the lock is `require-concurrent-partition-detach`'s. Not caught: `ALTER TABLE ...
//! ATTACH PARTITION` or `INHERIT`, which add rows to the parent.

use pg_query::protobuf::AlterTableType as T;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-detach-inheritance",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Info,
        summary: "DETACH PARTITION / NO INHERIT changes which rows clients see through the parent",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::existing_table_cmds(file)
        .into_iter()
        .filter(|(_, _, c)| matches!(c.subtype(), T::AtDetachPartition | T::AtDropInherit))
        .map(|(s, rel, c)| {
            let message = if c.subtype() == T::AtDetachPartition {
                format!("detaching a partition from `{}` removes its rows from every query on the parent", ast::table_display(rel))
            } else {
                format!("NO INHERIT removes the rows of `{}` from every query on its parent", ast::table_display(rel))
            };
            Violation::new(s, message, "make sure no client reads or writes those rows through the parent any more")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_detaching() {
        lint_count(
            "ban-detach-inheritance",
            "alter table parent detach partition child concurrently; alter table child no inherit parent;",
            2,
        );
    }

    #[test]
    fn allows_new_tables_and_attaching() {
        lint_ok(
            "ban-detach-inheritance",
            "create table child (id int); alter table child no inherit parent;",
        );
        lint_ok("ban-detach-inheritance", "alter table parent attach partition child for values in (1);");
    }
}
