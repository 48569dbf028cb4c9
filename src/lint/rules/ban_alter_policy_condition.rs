//! Changing a row-level security policy's condition changes which rows clients see (`USING`) or may
//! write (`WITH CHECK`). Fires on `ALTER POLICY p ON t [TO ...] USING (...)` and `... WITH CHECK
//! (...)`. An `info` note (on by default). The roles are `ban-alter-policy-roles`'s. Not caught: a
//! policy dropped and created again with another condition.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-policy-condition",
    hazards: &[Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "ALTER POLICY ... USING / WITH CHECK changes which rows clients see or may write",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterPolicyStmt(p)) = &s.node else {
            continue;
        };
        if p.qual.is_none() && p.with_check.is_none() {
            continue;
        }
        let table = p.table.as_ref().map(ast::table_display).unwrap_or_default();
        out.push(Violation::new(
            s,
            format!("changing the condition of policy `{}` on `{table}` changes which rows clients see or may write", p.policy_name),
            "check what each role sees and may write afterwards",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_condition_changes() {
        lint_count(
            "ban-alter-policy-condition",
            "alter policy p on t using (true) with check (false); alter policy q on t with check (true);",
            2,
        );
    }

    #[test]
    fn allows_role_changes() {
        lint_ok("ban-alter-policy-condition", "alter policy p on t to admin;");
        lint_ok("ban-alter-policy-condition", "alter policy p on t rename to q;");
    }
}
