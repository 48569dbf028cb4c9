//! Integer columns narrower than 64 bits (`smallint`, `integer` and their serials) run out of
//! values, and widening them later rewrites the table under an exclusive lock. This is the union
//! of `prefer-bigint-over-int` and `prefer-bigint-over-smallint`, kept under the older name so
//! ignore lists that use it keep working; it is an `info` note because the two narrower rules
//! already warn. Fires on `smallint`, `int2`, `integer`, `int`, `int4`, `smallserial`, `serial2`,
//! `serial`, `serial4` (arrays and quoted names too) in CREATE TABLE columns, ADD COLUMN and
//! ALTER COLUMN ... TYPE. Not caught: domains over those types, CREATE TABLE AS columns.

use super::RuleDef;
use crate::lint::ast;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "prefer-big-int",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
        summary: "smallint and integer columns can run out of values; use bigint (both of the narrower rules)",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    super::column_violations(file, true, |col| {
        matches!(
            ast::type_base(col.type_name).as_str(),
            "int2"
                | "smallint"
                | "int4"
                | "integer"
                | "smallserial"
                | "serial2"
                | "serial"
                | "serial4"
        )
        .then(|| {
            (
                format!(
                    "column `{}` of `{}` is a `{}`: it can run out of values, and widening it later rewrites the table",
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
    fn flags_narrow_integers() {
        lint_count(
            "prefer-big-int",
            "create table t (a smallint, b int2, c integer, d int4, e serial, f serial2, g serial4, h smallserial);",
            8,
        );
        lint_count("prefer-big-int", "alter table t alter column c type \"integer\";", 1);
    }

    #[test]
    fn allows_64_bit_integers() {
        lint_ok(
            "prefer-big-int",
            "create table t (a bigint, b int8, c bigserial, d serial8, e numeric);",
        );
    }
}
