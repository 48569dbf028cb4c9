//! `ALTER TABLE ... DETACH PARTITION` without `CONCURRENTLY` takes an ACCESS EXCLUSIVE lock on
//! the partitioned table: every query on any partition waits, and waits behind whatever
//! transaction is using it. `DETACH PARTITION ... CONCURRENTLY` (PostgreSQL 14+) only takes a
//! SHARE UPDATE EXCLUSIVE lock on the parent (docs: ALTER TABLE, DETACH PARTITION). Fires on a
//! plain DETACH of an existing partitioned table, also as one command of a multi-command ALTER
//! TABLE; `DETACH ... FINALIZE` (which completes an interrupted concurrent detach) and parents
//! created earlier in the file or migration set are fine. Not caught: detaching through
//! `ALTER TABLE ... NO INHERIT` on old inheritance-based partitioning.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::AlterTableType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "require-concurrent-partition-detach",
    hazards: &[Hazard::AcquiresAccessExclusiveLock],
    severity: Severity::Blocking,
    summary: "DETACH PARTITION without CONCURRENTLY blocks reads and writes of the whole partitioned table",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtDetachPartition) {
            let Some(N::PartitionCmd(p)) = cmd.def.as_deref().and_then(ast::inner) else {
                continue;
            };
            if p.concurrent || s.table_is_new(&ast::table_key(rel)) {
                continue;
            }
            let partition = p.name.as_ref().map(ast::table_display).unwrap_or_default();
            out.push(Violation::new(
                s,
                format!(
                    "detaching partition `{partition}` from `{}` without CONCURRENTLY blocks reads and writes of every partition until it finishes",
                    ast::table_display(rel)
                ),
                "use DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+, not inside BEGIN ... COMMIT, and not with a default partition); pgshift runs it outside a transaction",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_plain_detach() {
        lint_count(
            "require-concurrent-partition-detach",
            "alter table events detach partition events_2020;\nalter table if exists app.events detach partition app.events_2021;\nalter table only \"Events\" detach partition \"Events_2022\";",
            3,
        );
    }

    #[test]
    fn allows_concurrent_finalize_and_new_parents() {
        lint_ok(
            "require-concurrent-partition-detach",
            "alter table events detach partition events_2020 concurrently;\nalter table events detach partition events_2020 finalize;",
        );
        lint_ok(
            "require-concurrent-partition-detach",
            "create table m (at date) partition by range (at);\ncreate table m_1 partition of m for values from ('2020-01-01') to ('2021-01-01');\nalter table m detach partition m_1;",
        );
    }
}
