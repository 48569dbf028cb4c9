//! `timestamp` (without time zone) stores a wall-clock reading with no offset: clients in other
//! time zones, or the server's `TimeZone` setting changing, make the same value mean different
//! instants. `timestamptz` stores the instant. Fires on `timestamp`, `timestamp(p)`, `timestamp
//! without time zone` and arrays of them in CREATE TABLE columns, ADD COLUMN and ALTER COLUMN ...
//! TYPE. Not caught: domains over timestamp, columns of CREATE TABLE AS, `time` without time
//! zone.

use super::RuleDef;
use crate::lint::ast::{self, ColumnSite};
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "prefer-timestamptz",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "timestamp without time zone stores no offset; use timestamptz",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    super::column_violations(file, true, |col| {
        if ast::type_base(col.type_name) != "timestamp" {
            return None;
        }
        let what = if col.site == ColumnSite::AlterType {
            "changes to"
        } else {
            "is"
        };
        Some((
            format!(
                "column `{}` of `{}` {what} timestamp without time zone: values carry no offset, so clients in other time zones read them as different instants",
                col.name,
                ast::table_display(col.table)
            ),
            "use timestamptz".into(),
        ))
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_timestamp_without_time_zone() {
        lint_count(
            "prefer-timestamptz",
            "create table events (a timestamp, b timestamp(3) without time zone, c timestamp[]);",
            3,
        );
        lint_count(
            "prefer-timestamptz",
            "alter table events add column at timestamp, alter column b type timestamp;",
            2,
        );
    }

    #[test]
    fn allows_timestamptz() {
        lint_ok(
            "prefer-timestamptz",
            "create table events (a timestamptz, b timestamp with time zone, c date);",
        );
        lint_ok(
            "prefer-timestamptz",
            "alter table events alter column b type timestamptz;",
        );
    }
}
