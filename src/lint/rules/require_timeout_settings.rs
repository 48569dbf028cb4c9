//! A migration file that changes the schema should bound both how long a statement may wait for
//! a lock (`lock_timeout`: otherwise it queues every other query on the table behind it while it
//! waits) and how long it may run (`statement_timeout`). This rule asks for both at once: it is
//! reported once per file, at the first statement that changes the schema or takes a lock (the
//! statements `require-statement-timeout` looks at), naming the settings not set before it.
//! `require-lock-timeout` and `require-statement-timeout` report each setting on its own; keep
//! the ones that match how you want to be told. Not caught: timeouts set outside the file (role,
//! database, connection string) or through `set_config()`.

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: "require-timeout-settings",
    hazards: &[],
    severity: Severity::Warning,
    summary: "schema changes without both SET lock_timeout and SET statement_timeout first",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let first = file.stmts.iter().find(|s| {
        s.node.as_ref().is_some_and(ast::is_schema_statement)
            && !(s.state.lock_timeout_set && s.state.statement_timeout_set)
    });
    let Some(s) = first else { return vec![] };
    let missing: Vec<&str> = [
        ("lock_timeout", s.state.lock_timeout_set),
        ("statement_timeout", s.state.statement_timeout_set),
    ]
    .into_iter()
    .filter(|(_, set)| !set)
    .map(|(name, _)| name)
    .collect();
    vec![Violation::new(
        s,
        format!(
            "schema change with no {} set: it may queue other queries behind its lock wait, or run and hold its locks for as long as it takes",
            missing.join(" and ")
        ),
        "start the file with `SET lock_timeout = '3s';` and `SET statement_timeout = '5min';` (values that fit the file)",
    )]
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_either_missing_setting_once() {
        lint_count("require-timeout-settings", "alter table t add column c int;\ndrop table u;", 1);
        let only_lock = lint_errors(
            "require-timeout-settings",
            "set lock_timeout = '1s';\nalter table t add column c int;",
        );
        assert_eq!(only_lock.len(), 1);
        assert!(only_lock[0].contains("no statement_timeout set"), "{only_lock:?}");
        lint_count(
            "require-timeout-settings",
            "set foo.lock_timeout = '1s';\nset foo.statement_timeout = '1s';\ncreate type mood as enum ('a');",
            1,
        );
    }

    #[test]
    fn allows_both_settings_first() {
        lint_ok(
            "require-timeout-settings",
            "SET Lock_Timeout = '1s';\nSET STATEMENT_TIMEOUT = '5s';\nalter table t add column c int;",
        );
        lint_ok("require-timeout-settings", "select * from t;");
    }
}
