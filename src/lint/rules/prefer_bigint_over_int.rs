//! 32-bit integer columns (`integer`, `serial`) run out at 2,147,483,647; ids and counters get
//! there sooner than expected, and widening the column then rewrites the whole table under an
//! exclusive lock. `bigint` costs four more bytes a row. Fires on `integer`, `int`, `int4`,
//! `serial`, `serial4` (and arrays, and `"integer"` written quoted) in CREATE TABLE columns, ADD
//! COLUMN and ALTER COLUMN ... TYPE. Not caught: domains over integer, columns of CREATE TABLE
//! AS, function arguments.

use super::RuleDef;
use crate::lint::ast;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "prefer-bigint-over-int",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "integer columns can run out of values; use bigint",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    super::column_violations(file, true, |col| {
        matches!(
            ast::type_base(col.type_name).as_str(),
            "int4" | "integer" | "serial" | "serial4"
        )
        .then(|| {
            (
                format!(
                    "column `{}` of `{}` is a 32-bit `{}`: it runs out at 2147483647, and widening it later rewrites the table",
                    col.name,
                    ast::table_display(col.table),
                    ast::type_display(col.type_name)
                ),
                "use bigint (bigint GENERATED ALWAYS AS IDENTITY for ids)".into(),
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_32_bit_integers() {
        lint_count(
            "prefer-bigint-over-int",
            "create table t (id serial primary key, a int, b integer, c int4, d serial4);",
            5,
        );
        lint_count(
            "prefer-bigint-over-int",
            "alter table t add column n integer;",
            1,
        );
    }

    #[test]
    fn allows_bigint_and_other_types() {
        lint_ok(
            "prefer-bigint-over-int",
            "create table t (id bigserial, a bigint, b int8, c smallint, d numeric);",
        );
        lint_ok("prefer-bigint-over-int", "alter table t add column n bigint;");
    }
}
