//! A new enum value is a value clients reading the column may not know how to handle (a closed
//! `switch`, a generated client type). Fires on `ALTER TYPE e ADD VALUE [IF NOT EXISTS] 'v' [BEFORE
//! | AFTER 'w']` of enums not created earlier in the file. An `info` note (on by default). The
//! transaction problem is `adding-enum-value-in-transaction`'s, the order
//! `require-enum-value-ordering`'s. Not caught: values added by dynamic SQL, and new values of a
//! domain's `CHECK`.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-add-enum-value",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Info,
        summary: "ALTER TYPE ... ADD VALUE gives clients a value they may not handle",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterEnumStmt(e)) = &s.node else {
            continue;
        };
        if !e.old_val.is_empty() || e.new_val.is_empty() {
            continue;
        }
        let name = ast::dotted(&e.type_name);
        if objects::created_before(file, s, ObjectType::ObjectType, &objects::name_key(&name)) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!("adding value '{}' to enum `{name}` gives clients reading it a value they may not handle", e.new_val),
            "deploy clients that accept the new value before any row can hold it",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_new_values() {
        lint_count(
            "ban-add-enum-value",
            "alter type mood add value if not exists 'happy' before 'sad'; alter type app.s add value 'x';",
            2,
        );
    }

    #[test]
    fn allows_new_enums_and_renames() {
        lint_ok(
            "ban-add-enum-value",
            "create type mood as enum ('sad'); alter type mood add value 'happy';",
        );
        lint_ok("ban-add-enum-value", "alter type mood rename value 'a' to 'b';");
    }
}
