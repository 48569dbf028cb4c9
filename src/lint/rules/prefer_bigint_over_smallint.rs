//! 16-bit integer columns (`smallint`, `smallserial`) run out at 32,767, and widening the column
//! later rewrites the whole table under an exclusive lock. Fires on `smallint`, `int2`,
//! `smallserial`, `serial2` (and arrays, and `"smallint"` written quoted) in CREATE TABLE columns,
//! ADD COLUMN and ALTER COLUMN ... TYPE. Not caught: domains over smallint, columns of CREATE
//! TABLE AS.

use super::RuleDef;
use crate::lint::ast;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "prefer-bigint-over-smallint",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "smallint columns run out of values quickly; use bigint",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    super::column_violations(file, true, |col| {
        matches!(
            ast::type_base(col.type_name).as_str(),
            "int2" | "smallint" | "smallserial" | "serial2"
        )
        .then(|| {
            (
                format!(
                    "column `{}` of `{}` is a 16-bit `{}`: it runs out at 32767, and widening it later rewrites the table",
                    col.name,
                    ast::table_display(col.table),
                    ast::type_display(col.type_name)
                ),
                "use bigint (or integer when the range is truly bounded)".into(),
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_16_bit_integers() {
        lint_count(
            "prefer-bigint-over-smallint",
            "create table t (id smallserial, a smallint, b int2, c serial2);",
            4,
        );
        lint_count(
            "prefer-bigint-over-smallint",
            "alter table t add column n smallint;",
            1,
        );
    }

    #[test]
    fn allows_wider_integers() {
        lint_ok(
            "prefer-bigint-over-smallint",
            "create table t (a bigint, b integer, c bigserial);",
        );
        lint_ok(
            "prefer-bigint-over-smallint",
            "alter table t add column n bigint;",
        );
    }
}
