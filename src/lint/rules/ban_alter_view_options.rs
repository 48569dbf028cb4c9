//! Changing a view's options changes what clients see through it: `security_barrier` and
//! `security_invoker` change whose privileges and row-level policies apply, `check_option` which
//! writes through the view are accepted. Fires on `ALTER [MATERIALIZED] VIEW v SET (...)` and
//! `RESET (...)` of views not created earlier in the file. An `info` note (on by default). Not
//! caught: options changed by `CREATE OR REPLACE VIEW ... WITH (...)`.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ObjectType};

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-view-options",
    hazards: &[Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "ALTER VIEW SET/RESET (security_barrier, security_invoker, check_option) changes what clients see",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node @ N::AlterTableStmt(_)) = &s.node else {
            continue;
        };
        let Some((a, rel)) =
            ast::alter_relation(node, &[ObjectType::ObjectView, ObjectType::ObjectMatview])
        else {
            continue;
        };
        if objects::created_before(file, s, ObjectType::ObjectView, &ast::table_key(rel)) {
            continue;
        }
        let changes = ast::alter_cmds(a).any(|c| {
            matches!(
                c.subtype(),
                AlterTableType::AtSetRelOptions | AlterTableType::AtResetRelOptions
            )
        });
        if changes {
            out.push(Violation::new(
                s,
                format!("changing the options of view `{}` changes whose privileges and policies apply to its readers", ast::table_display(rel)),
                "check what each role sees through the view afterwards",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_view_options() {
        lint_count(
            "ban-alter-view-options",
            "alter view v set (security_barrier = true); alter view v reset (security_invoker);",
            2,
        );
    }

    #[test]
    fn allows_renames_and_new_views() {
        lint_ok("ban-alter-view-options", "alter view v owner to app;");
        lint_ok(
            "ban-alter-view-options",
            "create view v as select 1; alter view v set (security_invoker = true);",
        );
    }
}
