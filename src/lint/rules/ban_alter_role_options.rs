//! Changing a role's options or settings changes what every client connecting as it may do
//! (`NOLOGIN`, `NOBYPASSRLS`, `CONNECTION LIMIT`, a password expiry) and how its sessions behave
//! (`SET search_path`, `statement_timeout`). Fires on `ALTER {ROLE | USER} r option ...` and `ALTER
//! {ROLE | USER} r [IN DATABASE d] {SET | RESET} ...`. An `info` note (on by default). Renames are
//! not reported. Passwords in the statement are never echoed.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-role-options",
    hazards: &[Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "ALTER ROLE options or settings change what clients connecting as it may do",
    check,
};

fn role_name(r: Option<&pg_query::protobuf::RoleSpec>) -> String {
    r.map(|r| r.rolename.clone()).unwrap_or_default()
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let message = match &s.node {
            Some(N::AlterRoleStmt(a)) if !a.options.is_empty() => format!(
                "changing the options of role `{}` changes what clients connecting as it may do",
                role_name(a.role.as_ref())
            ),
            Some(N::AlterRoleSetStmt(a)) => format!(
                "changing the settings of role `{}` changes how its sessions behave",
                role_name(a.role.as_ref())
            ),
            _ => continue,
        };
        out.push(Violation::new(
            s,
            message,
            "check the clients that connect as the role before changing it",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_role_changes() {
        lint_count(
            "ban-alter-role-options",
            "alter user app nobypassrls; alter user app in database db set search_path to private; alter user app reset all; alter role r nologin;",
            4,
        );
    }

    #[test]
    fn allows_renames_and_other_statements() {
        lint_ok("ban-alter-role-options", "alter role r rename to s;");
        lint_ok("ban-alter-role-options", "grant r to s;");
    }
}
