//! Changing a table's replica identity, or what a publication publishes, changes what logical
//! replication and change-data-capture consumers receive (FULL sends whole old rows, NOTHING makes
//! updates and deletes fail on published tables; a dropped publication or a table taken out of one
//! stops its changes reaching subscribers). Fires on `ALTER TABLE ... REPLICA IDENTITY {DEFAULT |
//! FULL | NOTHING | USING INDEX i}` on tables that existed before the file, and on `DROP
//! PUBLICATION`, `ALTER PUBLICATION ... DROP | SET {TABLE | TABLES IN SCHEMA | ...}` and `ALTER
//! PUBLICATION ... SET (options)` of publications the file did not create. An `info` note (on by
//! default): only databases that replicate are affected. Fine: `ALTER PUBLICATION ... ADD`,
//! `CREATE PUBLICATION`, renames and owners. Not caught: subscriptions (`ALTER | DROP
//! SUBSCRIPTION`), publications dropped by `DROP OWNED`, column lists and row filters changed by
//! dropping the table's columns.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterPublicationAction, AlterTableType, ObjectType};

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-replica-identity",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
    summary: "REPLICA IDENTITY or a publication change alters what logical replication consumers receive",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out: Vec<Violation> = objects::existing_table_cmds(file)
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
        .collect();
    out.extend(objects::drop_violations(
        file,
        &[ObjectType::ObjectPublication],
        |s, _, obj| {
            Violation::new(
                s,
                format!(
                    "dropping publication `{}` stops replication to every subscriber of it",
                    obj.name
                ),
                "drop or repoint the subscriptions first, and make sure no consumer still reads it",
            )
        },
    ));
    for s in &file.stmts {
        let Some(N::AlterPublicationStmt(a)) = &s.node else {
            continue;
        };
        if objects::created_before(
            file,
            s,
            ObjectType::ObjectPublication,
            &objects::name_key(&a.pubname),
        ) {
            continue;
        }
        let what = match a.action() {
            AlterPublicationAction::ApDropObjects => "taking objects out of",
            AlterPublicationAction::ApSetObjects => "replacing the objects of",
            _ if !a.options.is_empty() => "changing the options of",
            _ => continue,
        };
        out.push(Violation::new(
            s,
            format!(
                "{what} publication `{}` changes which changes its subscribers receive",
                a.pubname
            ),
            "check the subscribers of the publication (and refresh their subscriptions) before changing what it publishes",
        ));
    }
    out
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
    fn flags_publication_changes() {
        lint_count("ban-replica-identity", "drop publication if exists p, q;", 2);
        lint_count(
            "ban-replica-identity",
            "alter publication p drop table t; alter publication p set table t, u;",
            2,
        );
        lint_count(
            "ban-replica-identity",
            "alter publication p set (publish = 'insert'); alter publication p set tables in schema app;",
            2,
        );
    }

    #[test]
    fn allows_other_commands_and_new_objects() {
        lint_ok("ban-replica-identity", "alter table t enable row level security;");
        lint_ok(
            "ban-replica-identity",
            "create table t (id int); alter table t replica identity full;",
        );
        lint_ok(
            "ban-replica-identity",
            "alter publication p add table t; alter publication p owner to app; alter publication p rename to q;",
        );
        lint_ok(
            "ban-replica-identity",
            "create publication p for table t; alter publication p drop table t; drop publication p;",
        );
    }
}
