//! Revoking privileges makes every client that still uses them fail with "permission denied"
//! from the moment the migration commits. Fires on `REVOKE [GRANT OPTION FOR] ... ON ... FROM
//! ...` (tables, sequences, functions, schemas, databases, `ALL TABLES IN SCHEMA`) and on `ALTER
//! DEFAULT PRIVILEGES ... REVOKE`, which changes what future objects grant, on `DROP OWNED BY`
//! (which also revokes every privilege granted to the roles) and on `DROP ROLE` / `DROP USER` /
//! `DROP GROUP` (clients connecting as the role fail). An `info` note (on by default): tightening access
//! is often the point. Not caught: role membership (`REVOKE role FROM user`).

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-revoke",
    hazards: &[Hazard::AuthzChange, Hazard::BreaksClients],
    severity: Severity::Info,
        summary: "REVOKE makes clients that still use the privilege fail",
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
            _ => continue,
        };
        out.push(Violation::new(
            s,
            message,
            "make sure no deployed client relies on the privilege (check the roles they connect as) before revoking it",
        ));
    }
    out
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
        lint_ok("ban-revoke", "reassign owned by app to admin; create role app2;");
    }
}
