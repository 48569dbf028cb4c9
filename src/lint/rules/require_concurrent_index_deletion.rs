//! `DROP INDEX` without `CONCURRENTLY` takes an ACCESS EXCLUSIVE lock on the index's table. The
//! drop itself is quick (catalog rows, the files go at commit), so the danger is the lock's wait:
//! it queues behind every running query on the table and every later query queues behind it, and
//! in a transaction it is held until commit. Fires on every index of `DROP INDEX [IF EXISTS] a,
//! s.b [CASCADE]` without `CONCURRENTLY`; indexes created earlier in the file or migration set
//! are fine. A warning, as for the other statements that take a short ACCESS EXCLUSIVE lock
//! (`ADD COLUMN`, `DROP DEFAULT`): it neither scans nor rewrites the table and loses no data;
//! `require-lock-timeout` bounds the wait. Not caught: indexes dropped with their constraint
//! (`DROP CONSTRAINT`), their table, or by dynamic SQL, and unnamed indexes created earlier
//! (their generated name is not known here).

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "require-concurrent-index-deletion",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::IndexDropped],
    severity: Severity::Warning,
    summary: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock: reads and writes of the table queue behind it",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        match &s.node {
            Some(N::DropStmt(d)) if d.remove_type() == ObjectType::ObjectIndex && !d.concurrent => {
                for name in ast::drop_names(d) {
                    if s.state.created_indexes.contains(&ast::name_key(&name)) {
                        continue;
                    }
                    out.push(Violation::new(
                        s,
                        format!("dropping index `{name}` without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table: reads and writes queue behind it while it waits for running queries, and until commit in a transaction"),
                        "use DROP INDEX CONCURRENTLY, one index per statement (pgshift runs it outside a transaction), or set lock_timeout first",
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_plain_drop_index() {
        lint_count(
            "require-concurrent-index-deletion",
            "drop index users_email_idx;",
            1,
        );
        assert_eq!(
            severities("require-concurrent-index-deletion", "drop index users_email_idx;"),
            [crate::lint::engine::Severity::Warning]
        );
        lint_count(
            "require-concurrent-index-deletion",
            "drop index if exists a, app.b;",
            2,
        );
    }

    #[test]
    fn allows_concurrent_and_indexes_created_here() {
        lint_ok(
            "require-concurrent-index-deletion",
            "drop index concurrently if exists users_email_idx;",
        );
        lint_ok(
            "require-concurrent-index-deletion",
            "create index tmp_idx on app.users (email); drop index app.tmp_idx;",
        );
        lint_ok("require-concurrent-index-deletion", "drop table users;");
    }
}
