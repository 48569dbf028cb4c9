//! `ALTER TYPE ... ADD VALUE` without `BEFORE` or `AFTER` appends the value after the enum's
//! current last value, and an enum sorts (`ORDER BY`, `<`, `min`) in that order, not
//! alphabetically. So where a new value lands is usually an accident of history rather than a
//! decision.
//!
//! How this reads a file: when the enum was created earlier in the file or migration set, its
//! values are known (with every value added since). If they are in alphabetical order and the
//! new value sorts after all of them, appending keeps that order and is not a finding; if it
//! sorts earlier, the hint names the value to put it `BEFORE`. Any other `ADD VALUE` without a
//! position (an enum defined elsewhere, or known values in no evident order) is a finding that
//! asks for the position to be stated. Not caught: values added by functions or dynamic SQL.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "require-enum-value-ordering",
    hazards: &[Hazard::Correctness],
    severity: Severity::Warning,
    summary: "ADD VALUE without BEFORE/AFTER appends to the enum's sort order by accident",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterEnumStmt(e)) = &s.node else {
            continue;
        };
        if e.new_val.is_empty() || !e.old_val.is_empty() || !e.new_val_neighbor.is_empty() {
            continue;
        }
        let name = ast::dotted(&e.type_name);
        let known = s.state.enum_values.get(&ast::name_key(&name));
        let sorted = known.filter(|v| v.len() >= 2 && v.windows(2).all(|w| w[0] <= w[1]));
        let hint = match (known, sorted) {
            (_, Some(values)) => match values.iter().find(|v| v.as_str() > e.new_val.as_str()) {
                None => continue,
                Some(next) => format!(
                    "the values of `{name}` are in alphabetical order: add it BEFORE '{next}' to keep it"
                ),
            },
            (Some(values), None) if !values.is_empty() => format!(
                "say where it belongs with BEFORE or AFTER (it would land after '{}')",
                values[values.len() - 1]
            ),
            _ => "say where it belongs with BEFORE 'value' or AFTER 'value'".to_string(),
        };
        out.push(Violation::new(
            s,
            format!(
                "adding '{}' to enum `{name}` without BEFORE or AFTER puts it last in the enum's sort order",
                e.new_val
            ),
            hint,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_values_added_without_a_position() {
        lint_count(
            "require-enum-value-ordering",
            "alter type mood add value 'meh';\nalter type app.mood add value if not exists 'meh';",
            2,
        );
        // Known alphabetical values: the new one belongs in the middle.
        let errors = lint_errors(
            "require-enum-value-ordering",
            "create type size as enum ('large', 'medium', 'small');\nalter type size add value 'extra';",
        );
        assert_eq!(errors.len(), 1);
        // Known values in no alphabetical order.
        lint_count(
            "require-enum-value-ordering",
            "create type size as enum ('small', 'medium', 'large');\nalter type size add value 'huge';",
            1,
        );
    }

    #[test]
    fn allows_positions_and_appends_that_keep_the_order() {
        lint_ok(
            "require-enum-value-ordering",
            "alter type mood add value 'meh' before 'ok';\nalter type mood add value 'great' after 'ok';\nalter type mood rename value 'ok' to 'fine';",
        );
        lint_ok(
            "require-enum-value-ordering",
            "create type status as enum ('active', 'banned');\nalter type status add value 'deleted';",
        );
    }
}
