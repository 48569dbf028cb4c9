//! Dropping a row-level security policy (or a rewrite rule) silently changes which rows clients
//! see and may write: dropping a permissive policy hides rows, dropping a restrictive one exposes
//! them; a dropped rule stops rewriting queries. Fires on `DROP POLICY [IF EXISTS] p ON t` and
//! `DROP RULE [IF EXISTS] r ON t` of policies and rules not created earlier in the file. A
//! warning: replacing a policy is often the intent. Not caught: policies dropped with their
//! table, `ALTER POLICY`.

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-policy",
    hazards: &[Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "DROP POLICY / RULE silently changes which rows clients see or write",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(
        file,
        &[ObjectType::ObjectPolicy, ObjectType::ObjectRule],
        |s, d, obj| {
            let kind = if d.remove_type() == ObjectType::ObjectRule {
                "rule"
            } else {
                "policy"
            };
            Violation::new(
                s,
                format!("dropping {kind} `{}` silently changes which rows clients see or write", obj.name),
                "create the replacement in the same migration, and check what each role sees afterwards",
            )
        },
    )
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_policies_and_rules() {
        lint_count(
            "ban-drop-policy",
            "drop policy if exists p on t; drop rule if exists r on app.t; drop policy q on t;",
            3,
        );
    }

    #[test]
    fn allows_policies_created_here() {
        lint_ok(
            "ban-drop-policy",
            "create policy p on t using (true); drop policy p on t;",
        );
        lint_ok("ban-drop-policy", "create policy p on t using (true);");
    }
}
