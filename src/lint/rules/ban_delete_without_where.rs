//! `DELETE` without `WHERE` removes every row of the table; in a migration that is almost always
//! a mistake, and it cannot be undone once committed. Fires on `DELETE FROM` (also `ONLY`,
//! `USING`, inside a `WITH` clause or a DO block) without WHERE, on tables that existed before the
//! file. Not caught: deletes inside functions and triggers, and a WHERE that is
//! always true.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-delete-without-where",
    hazards: &[Hazard::DeletesData, Hazard::Irreversible],
    severity: Severity::Blocking,
    summary: "DELETE without WHERE removes every row",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for d in ast::with_ctes(node) {
        let N::DeleteStmt(d) = d else {
            continue;
        };
        let Some(rel) = &d.relation else { continue };
        if d.where_clause.is_some() || s.table_created_in_file(&ast::table_key(rel)) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!(
                "deleting from `{}` without WHERE removes every row",
                ast::table_display(rel)
            ),
            "add a WHERE clause for the rows you mean; if the table really must be emptied, back it up and mark the statement with `-- pgshift:allow ban-delete-without-where reason`",
        ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_delete_without_where() {
        lint_count("ban-delete-without-where", "delete from sessions;", 1);
        lint_count(
            "ban-delete-without-where",
            "delete from sessions using users;",
            1,
        );
        lint_count(
            "ban-delete-without-where",
            "with gone as (delete from sessions returning id) select count(*) from gone;",
            1,
        );
    }

    #[test]
    fn allows_where_and_new_tables() {
        lint_ok(
            "ban-delete-without-where",
            "delete from sessions where expires_at < now();",
        );
        lint_ok(
            "ban-delete-without-where",
            "create table staging (id bigint); delete from staging;",
        );
    }
}
