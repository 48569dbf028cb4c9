//! Dropping a function or procedure breaks every client (and every trigger, default or view body
//! written as text) that still calls it. Fires on `DROP FUNCTION`, `DROP PROCEDURE` and
//! `DROP ROUTINE` (`IF EXISTS`, argument lists, several names, `CASCADE`, inside DO blocks) of
//! routines not created earlier in the file; a routine is matched by name, whatever its
//! arguments, and on `DROP AGGREGATE`. A warning: a routine holds no data and can be created
//! again. Not caught: routines dropped with their extension or schema (operators are
//! `ban-drop-type`'s).

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-function",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "DROP FUNCTION / PROCEDURE / AGGREGATE breaks clients that still call it",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(
        file,
        &[
            ObjectType::ObjectFunction,
            ObjectType::ObjectProcedure,
            ObjectType::ObjectRoutine,
            ObjectType::ObjectAggregate,
        ],
        |s, d, obj| {
            let kind = match d.remove_type() {
                ObjectType::ObjectProcedure => "procedure",
                ObjectType::ObjectRoutine => "routine",
                ObjectType::ObjectAggregate => "aggregate",
                _ => "function",
            };
            Violation::new(
                s,
                format!("dropping {kind} `{}` breaks clients that still call it", obj.name),
                "move every deployed client (and every trigger or view using it) off the routine first, then drop it in a later migration",
            )
        },
    )
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_routines() {
        lint_count(
            "ban-drop-function",
            "drop function f(int); drop function if exists app.f(int), g() cascade; drop procedure p(int); drop routine r;",
            5,
        );
    }

    #[test]
    fn allows_routines_created_here_and_other_drops() {
        lint_ok(
            "ban-drop-function",
            "create function f() returns int language sql as 'select 1'; drop function f();",
        );
        lint_ok(
            "ban-drop-function",
            "create procedure app.p() language sql as 'select 1'; drop procedure app.p;",
        );
        lint_ok("ban-drop-function", "drop index i; create view v as select 1;");
    }
}
