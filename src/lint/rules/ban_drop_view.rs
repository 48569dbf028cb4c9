//! Dropping a view or materialized view breaks every client that still queries it, the moment
//! the migration commits. Fires on every view of `DROP VIEW` and `DROP MATERIALIZED VIEW`
//! (`IF EXISTS`, several names, `CASCADE`, inside DO blocks) that was not created earlier in the
//! file. A warning: a view holds no rows (a materialized view's can be refreshed again) and the
//! migration that created it can create it again, unlike `ban-drop-table`'s data loss. Not
//! caught: views dropped by `DROP ... CASCADE` of what they depend on, or by dynamic SQL.

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-view",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "DROP VIEW / MATERIALIZED VIEW breaks clients that still query the view",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(
        file,
        &[ObjectType::ObjectView, ObjectType::ObjectMatview],
        |s, d, obj| {
            let kind = if d.remove_type() == ObjectType::ObjectMatview {
                "materialized view"
            } else {
                "view"
            };
            Violation::new(
                s,
                format!("dropping {kind} `{}` breaks clients that still query it", obj.name),
                "move every deployed client off the view first, then drop it in a later migration",
            )
        },
    )
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_views() {
        lint_count(
            "ban-drop-view",
            "drop view v; drop view if exists a, app.b cascade; drop materialized view mv;",
            4,
        );
    }

    #[test]
    fn allows_views_created_here_and_other_drops() {
        lint_ok("ban-drop-view", "create view v as select 1; drop view v;");
        lint_ok(
            "ban-drop-view",
            "create materialized view app.mv as select 1; drop materialized view app.mv;",
        );
        lint_ok("ban-drop-view", "drop index i; create view v as select 1;");
    }
}
