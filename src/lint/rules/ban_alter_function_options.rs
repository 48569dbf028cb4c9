//! Changing a function's options changes how every call behaves: `SECURITY DEFINER` runs it with
//! its owner's privileges, `SET search_path` changes what names inside it resolve to, volatility,
//! strictness, parallel safety and cost change results and plans. Fires on `ALTER {FUNCTION |
//! PROCEDURE | ROUTINE} f(...) option ...` (also `SET`/`RESET` of settings) of routines not created
//! earlier in the file. An `info` note (on by default). Renames, owners and schemas are other
//! rules'. Not caught: a routine replaced with new options (`CREATE OR REPLACE`,
//! `ban-replace-view-function`'s).

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-function-options",
    hazards: &[Hazard::Correctness, Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "ALTER FUNCTION options (SECURITY DEFINER, search_path, volatility) change every call",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterFunctionStmt(a)) = &s.node else {
            continue;
        };
        let name = a.func.as_ref().map(|f| ast::dotted(&f.objname)).unwrap_or_default();
        if objects::created_before(file, s, ObjectType::ObjectFunction, &objects::name_key(&name)) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!("changing the options of `{name}` changes how every call to it behaves"),
            "check the callers (and, for SECURITY DEFINER, pin search_path) before changing its options",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_option_changes() {
        lint_count(
            "ban-alter-function-options",
            "alter function f() security definer; alter procedure p() set search_path to private; alter routine r() reset all;",
            3,
        );
    }

    #[test]
    fn allows_renames_owners_and_new_functions() {
        lint_ok(
            "ban-alter-function-options",
            "alter function f() rename to g; alter procedure p() owner to app; alter routine r() set schema s;",
        );
        lint_ok(
            "ban-alter-function-options",
            "create function f() returns int language sql as 'select 1'; alter function f() stable;",
        );
    }
}
