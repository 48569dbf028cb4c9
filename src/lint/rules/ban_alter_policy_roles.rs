//! Changing the roles a row-level security policy applies to changes who sees and may write the
//! rows it governs. Fires on `ALTER POLICY p ON t TO role, ...`. An `info` note (on by default).
//! The condition (`USING`, `WITH CHECK`) is `ban-alter-policy-condition`'s. Not caught: a role's
//! membership changing who a policy applies to (`ban-revoke`'s).

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-policy-roles",
    hazards: &[Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "ALTER POLICY ... TO changes which roles a policy applies to",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterPolicyStmt(p)) = &s.node else {
            continue;
        };
        if p.roles.is_empty() {
            continue;
        }
        let table = p.table.as_ref().map(ast::table_display).unwrap_or_default();
        out.push(Violation::new(
            s,
            format!("changing the roles of policy `{}` on `{table}` changes who sees and may write its rows", p.policy_name),
            "check what each role sees and may write afterwards",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_role_changes() {
        lint_count("ban-alter-policy-roles", "alter policy p on t to admin;", 1);
        lint_count(
            "ban-alter-policy-roles",
            "alter policy p on app.t to admin, app using (true);",
            1,
        );
    }

    #[test]
    fn allows_condition_changes() {
        lint_ok("ban-alter-policy-roles", "alter policy p on t using (true);");
        lint_ok("ban-alter-policy-roles", "alter policy p on t rename to q;");
    }
}
