//! Revoking privileges makes every client that still uses them fail with "permission denied"
//! from the moment the migration commits. Fires on `REVOKE [GRANT OPTION FOR] ... ON ... FROM
//! ...` (tables, sequences, functions, schemas, databases, `ALL TABLES IN SCHEMA`) and on `ALTER
//! DEFAULT PRIVILEGES ... REVOKE`, which changes what future objects grant, on `DROP OWNED BY`
//! (which also revokes every privilege granted to the roles) and on `DROP ROLE` / `DROP USER` /
//! `DROP GROUP` (clients connecting as the role fail), on role membership taken away (`REVOKE
//! role FROM user`, `ALTER GROUP g DROP USER u`), and on ownership changes of objects not created
//! earlier in the file (`ALTER ... OWNER TO`, `REASSIGN OWNED BY`: the old owner loses the rights
//! it had as owner). An `info` note (on by default): tightening access is often the point. Not
//! caught: privileges lost through a changed `search_path` or security-definer function.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::AlterTableType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-revoke",
    hazards: &[Hazard::AuthzChange, Hazard::BreaksClients],
    severity: Severity::Info,
        summary: "REVOKE, lost role membership or a new owner makes clients that still use the privilege fail",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let message = match &s.node {
            Some(N::GrantStmt(g)) if !g.is_grant => {
                "revoking privileges makes clients that still use them fail with permission denied"
            }
            Some(N::AlterDefaultPrivilegesStmt(a))
                if a.action.as_ref().is_some_and(|g| !g.is_grant) =>
            {
                "revoking default privileges changes what objects created later grant to clients"
            }
            Some(N::DropOwnedStmt(_)) => {
                "DROP OWNED drops the roles' objects and revokes every privilege granted to them: clients using either fail"
            }
            Some(N::DropRoleStmt(_)) => {
                "dropping a role makes clients that connect as it, or rely on its membership, fail"
            }
            Some(N::GrantRoleStmt(g)) if !g.is_grant => {
                "revoking role membership makes clients that relied on the role's privileges fail"
            }
            // `ALTER GROUP g DROP USER u`: action -1 removes members.
            Some(N::AlterRoleStmt(a)) if a.action < 0 => {
                "removing members from a role makes clients that relied on its privileges fail"
            }
            Some(N::ReassignOwnedStmt(_)) => {
                "REASSIGN OWNED hands the roles' objects to another owner: clients connecting as the old owner lose the rights it had as owner"
            }
            Some(N::AlterOwnerStmt(o)) => {
                let name = o.object.as_deref().and_then(owned_name);
                if name.is_some_and(|n| {
                    objects::created_before(file, s, o.object_type(), &objects::name_key(&n))
                }) {
                    continue;
                }
                "changing the owner takes the old owner's rights as owner away: clients connecting as it may fail"
            }
            Some(node) => {
                let changes_owner = ast::alter_relation(
                    node,
                    &[
                        pg_query::protobuf::ObjectType::ObjectTable,
                        pg_query::protobuf::ObjectType::ObjectForeignTable,
                        pg_query::protobuf::ObjectType::ObjectView,
                        pg_query::protobuf::ObjectType::ObjectMatview,
                        pg_query::protobuf::ObjectType::ObjectSequence,
                    ],
                )
                .is_some_and(|(a, rel)| {
                    !s.table_created_in_file(&ast::table_key(rel))
                        && ast::alter_cmds(a).any(|c| c.subtype() == AlterTableType::AtChangeOwner)
                });
                if !changes_owner {
                    continue;
                }
                "changing the owner takes the old owner's rights as owner away: clients connecting as it may fail"
            }
            None => continue,
        };
        out.push(Violation::new(
            s,
            message,
            "make sure no deployed client relies on the privilege (check the roles they connect as) before revoking it",
        ));
    }
    out
}

/// The dotted name of the object an `ALTER ... OWNER TO` names.
fn owned_name(node: &pg_query::protobuf::Node) -> Option<String> {
    match ast::inner(node)? {
        N::List(l) => Some(ast::dotted(&l.items)),
        N::TypeName(t) => Some(ast::dotted(&t.names)),
        N::ObjectWithArgs(f) => Some(ast::dotted(&f.objname)),
        N::String(s) => Some(s.sval.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_revokes() {
        lint_count(
            "ban-revoke",
            "revoke select on t from app; alter default privileges revoke select on tables from app;",
            2,
        );
        lint_count("ban-revoke", "revoke grant option for all on all tables in schema s from app;", 1);
        lint_count("ban-revoke", "drop owned by app; drop role if exists app, app2;", 2);
    }

    #[test]
    fn allows_grants() {
        lint_ok("ban-revoke", "grant select on t to app;");
        lint_ok("ban-revoke", "alter default privileges grant select on tables to app;");
        lint_ok("ban-revoke", "create role app2; alter group writers add user app;");
        lint_ok(
            "ban-revoke",
            "create table t (id bigint); alter table t owner to app; create function f() returns int language sql as 'select 1'; alter function f() owner to app;",
        );
    }

    #[test]
    fn flags_lost_membership_and_ownership() {
        lint_count(
            "ban-revoke",
            "revoke reporting from alice; alter group writers drop user app, worker; reassign owned by app to admin;",
            3,
        );
        lint_count(
            "ban-revoke",
            "alter table orders owner to admin; alter foreign table ft owner to app; alter domain d owner to app; alter function f(int) owner to app;",
            4,
        );
    }
}
