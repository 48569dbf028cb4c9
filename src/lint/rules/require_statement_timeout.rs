//! Without `SET statement_timeout`, a schema change that turns out slower than expected (a scan
//! or rewrite of a table bigger than thought, a wait for a lock, an index build) runs for as long
//! as it takes, holding its locks all that time; with it, the migration fails after a known time
//! and can be retried or rethought. Reported once per file, at the first statement that changes
//! the schema or takes a lock on a relation (CREATE, ALTER, DROP, COMMENT, GRANT, LOCK, REINDEX,
//! VACUUM, CLUSTER, REFRESH, TRUNCATE, renames), when no `SET statement_timeout` (other than `0`)
//! ran before it in the file. Not caught: a timeout set by the role or database
//! (`ALTER ROLE ... SET statement_timeout`), through `set_config()`, or in the connection string,
//! which a file does not show; data statements (UPDATE, DELETE, INSERT) are not reported.

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};

pub const RULE: RuleDef = RuleDef {
    name: "require-statement-timeout",
    hazards: &[],
    severity: Severity::Warning,
    summary: "schema changes without SET statement_timeout first",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let first = file.stmts.iter().find(|s| {
        s.node.as_ref().is_some_and(ast::is_schema_statement) && !s.state.statement_timeout_set
    });
    match first {
        Some(s) => vec![Violation::new(
            s,
            "schema change with no statement_timeout set: if it scans, rewrites or waits longer than expected, it runs (and holds its locks) for as long as it takes",
            "put `SET statement_timeout = '5min';` (a bound that fits the file) at the top of the file",
        )],
        None => vec![],
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_the_first_schema_change_once() {
        lint_count(
            "require-statement-timeout",
            "select 1;\nalter table t add column c int;\ncreate index i on t (c);",
            1,
        );
        lint_count(
            "require-statement-timeout",
            "alter table t add column c int;\nset statement_timeout = '1min';",
            1,
        );
        lint_count(
            "require-statement-timeout",
            "set statement_timeout = 0;\ncomment on table t is 'x';",
            1,
        );
    }

    #[test]
    fn allows_a_timeout_set_first_and_data_only_files() {
        lint_ok(
            "require-statement-timeout",
            "set statement_timeout = '1min';\nalter table t add column c int;",
        );
        lint_ok(
            "require-statement-timeout",
            "begin;\nset local statement_timeout to '30s';\ndrop index i;\ncommit;",
        );
        lint_ok(
            "require-statement-timeout",
            "insert into t values (1);\nupdate t set a = 2 where a = 1;",
        );
    }
}
