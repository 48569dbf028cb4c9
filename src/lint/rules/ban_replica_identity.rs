//! Changing a table's replica identity changes what logical replication and change-data-capture
//! consumers receive for updates and deletes (FULL sends whole old rows, NOTHING makes updates and
//! deletes fail on published tables). Fires on `ALTER TABLE ... REPLICA IDENTITY {DEFAULT | FULL |
//! NOTHING | USING INDEX i}` on tables that existed before the file. An `info` note (on by
//! default): only databases that replicate the table are affected. Not caught: `ALTER PUBLICATION`,
//! which changes what is published without touching the table.

use pg_query::protobuf::AlterTableType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-replica-identity",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
        summary: "REPLICA IDENTITY changes what logical replication consumers receive",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::existing_table_cmds(file)
        .into_iter()
        .filter(|(_, _, c)| c.subtype() == AlterTableType::AtReplicaIdentity)
        .map(|(s, rel, _)| {
            Violation::new(
                s,
                format!(
                    "changing the replica identity of `{}` changes what logical replication consumers receive for its updates and deletes",
                    ast::table_display(rel)
                ),
                "check the publications and consumers of the table before changing its replica identity",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_replica_identity() {
        lint_count("ban-replica-identity", "alter table t replica identity full;", 1);
        lint_count(
            "ban-replica-identity",
            "alter table app.t replica identity using index t_pkey;",
            1,
        );
    }

    #[test]
    fn allows_other_commands_and_new_tables() {
        lint_ok("ban-replica-identity", "alter table t enable row level security;");
        lint_ok(
            "ban-replica-identity",
            "create table t (id int); alter table t replica identity full;",
        );
    }
}
