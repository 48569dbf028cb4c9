//! A `varchar(n)` limit is part of the column type: raising it takes an ACCESS EXCLUSIVE lock and
//! lowering it rewrites the table. `text` with a `CHECK (char_length(col) <= n)` constraint keeps
//! the limit in a constraint that can be replaced `NOT VALID` and validated without blocking.
//! Fires on `varchar(n)` / `character varying(n)` (also `pg_catalog.varchar(n)` and arrays) in
//! CREATE TABLE columns, ADD COLUMN and ALTER COLUMN ... TYPE. Fine: `varchar` without a limit,
//! `text`. Not caught: domains over `varchar(n)`, columns of CREATE TABLE AS.

use super::RuleDef;
use crate::lint::ast;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "prefer-text-field",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "varchar(n) limits take an exclusive lock to change; use text with a CHECK",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    super::column_violations(file, true, |col| {
        if ast::type_base(col.type_name) != "varchar" || !ast::type_has_modifiers(col.type_name) {
            return None;
        }
        let ty = ast::type_display(col.type_name);
        let limit = ast::type_modifiers(col.type_name).join(",");
        Some((
            format!(
                "column `{}` of `{}` is `{ty}`: changing the limit later takes an ACCESS EXCLUSIVE lock (and rewrites the table to lower it)",
                col.name,
                ast::table_display(col.table)
            ),
            format!(
                "use text with CHECK (char_length({}) <= {limit}); a constraint can be replaced NOT VALID without blocking",
                col.name
            ),
        ))
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_varchar_with_limit() {
        lint_count(
            "prefer-text-field",
            "create table users (email varchar(255), name character varying(100));",
            2,
        );
        lint_count(
            "prefer-text-field",
            "alter table users add column handle varchar(40);",
            1,
        );
    }

    #[test]
    fn allows_text_and_unbounded_varchar() {
        lint_ok(
            "prefer-text-field",
            "create table users (email text check (char_length(email) <= 255), name varchar);",
        );
        lint_ok("prefer-text-field", "alter table users add column handle text;");
    }
}
