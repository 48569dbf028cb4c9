//! A new row-level security policy changes which rows clients see and may write on a table that has
//! row level security enabled: a permissive policy shows more rows, a restrictive one hides rows
//! and rejects writes. Fires on `CREATE POLICY` on tables not created earlier in the file. An
//! `info` note (on by default): adding a policy is usually the point. Not caught: policies created
//! by dynamic SQL.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-create-policy",
    hazards: &[Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "CREATE POLICY changes which rows existing clients see or may write",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::CreatePolicyStmt(p)) = &s.node else {
            continue;
        };
        let Some(rel) = &p.table else { continue };
        if s.table_created_in_file(&ast::table_key(rel)) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!(
                "policy `{}` changes which rows of `{}` existing clients see or may write",
                p.policy_name,
                ast::table_display(rel)
            ),
            "check what each role sees and may write with the new policy before deploying",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_new_policies() {
        lint_count("ban-create-policy", "create policy p on t using (true);", 1);
        lint_count(
            "ban-create-policy",
            "create policy p on app.t as restrictive for insert to app with check (false);",
            1,
        );
    }

    #[test]
    fn allows_new_tables_and_drops() {
        lint_ok("ban-create-policy", "drop policy p on t;");
        lint_ok(
            "ban-create-policy",
            "create table t (id int); create policy p on t using (true);",
        );
    }
}
