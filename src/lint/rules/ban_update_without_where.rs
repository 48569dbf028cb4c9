//! `UPDATE` without `WHERE` overwrites a column in every row and keeps every row locked until the
//! migration commits; the old values are gone afterwards. Fires on `UPDATE` (also `ONLY`,
//! `FROM`, inside a `WITH` clause or a DO block) without WHERE, on tables that existed before the
//! file (a backfill of a table created here is fine). A warning: a backfill is a data change a
//! migration often means, not data loss; with table sizes known (`lint --env`), one on a table of
//! at least `[safety] large_table` blocks (every row stays locked until the commit). Not caught:
//! updates inside functions and triggers, and a WHERE that is always true.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-update-without-where",
    hazards: &[Hazard::FullTableScan, Hazard::Irreversible],
    severity: Severity::Warning,
    summary: "UPDATE without WHERE overwrites every row",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for u in ast::with_ctes(node) {
        let N::UpdateStmt(u) = u else {
            continue;
        };
        let Some(rel) = &u.relation else { continue };
        if u.where_clause.is_some() || s.table_created_in_file(&ast::table_key(rel)) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!(
                "updating `{}` without WHERE overwrites every row and locks them all until the migration commits",
                ast::table_display(rel)
            ),
            "add a WHERE clause for the rows you mean, and backfill large tables in batches",
        ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_update_without_where() {
        lint_count("ban-update-without-where", "update users set active = true;", 1);
        lint_count(
            "ban-update-without-where",
            "with moved as (update users set active = false returning id) select count(*) from moved;",
            1,
        );
    }

    #[test]
    fn allows_where_and_new_tables() {
        lint_ok(
            "ban-update-without-where",
            "update users set active = true where active is null;",
        );
        lint_ok(
            "ban-update-without-where",
            "create table t (a int); update t set a = 0;",
        );
    }
}
