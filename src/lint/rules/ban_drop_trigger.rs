//! Dropping a trigger silently changes what writes to its table do: an audit row, a denormalised
//! copy or a check the trigger kept stops happening, and no client sees an error. Fires on
//! `DROP TRIGGER [IF EXISTS] t ON [schema.]table [CASCADE]` (also in DO blocks) of triggers not
//! created earlier in the file. A warning: replacing a trigger is often the intent. Not caught:
//! triggers dropped with their table or function, or disabled (`ban-disable-trigger`).

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-trigger",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
        summary: "DROP TRIGGER silently stops what the trigger did on every write",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(file, &[ObjectType::ObjectTrigger], |s, _, obj| {
        Violation::new(
            s,
            format!(
                "dropping trigger `{}` silently stops what it did on every write to its table",
                obj.name
            ),
            "make sure nothing relies on the trigger's effect (or create its replacement in the same migration)",
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_triggers() {
        lint_count(
            "ban-drop-trigger",
            "drop trigger trg on tbl; drop trigger if exists trg on app.tbl cascade;",
            2,
        );
    }

    #[test]
    fn allows_triggers_created_here_and_other_drops() {
        lint_ok(
            "ban-drop-trigger",
            "create trigger trg before insert on tbl for each row execute function f(); drop trigger trg on tbl;",
        );
        lint_ok("ban-drop-trigger", "drop index i; drop function f();");
    }
}
