//! `DROP INDEX` without `CONCURRENTLY` takes an ACCESS EXCLUSIVE lock on the index's table:
//! reads and writes wait until it finishes, and everything queued behind it waits too. Fires on
//! every index of `DROP INDEX [IF EXISTS] a, s.b [CASCADE]` without `CONCURRENTLY`; indexes
//! created earlier in the file or migration set are fine. Not caught: indexes dropped with their
//! constraint (`DROP CONSTRAINT`), their table, or by dynamic SQL, and unnamed indexes created
//! earlier (their generated name is not known here).

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "require-concurrent-index-deletion",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::IndexDropped],
    severity: Severity::Blocking,
    opt_in: false,
    summary: "DROP INDEX without CONCURRENTLY blocks reads and writes of the table",
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
                        format!("dropping index `{name}` without CONCURRENTLY blocks reads and writes of its table until it finishes"),
                        "use DROP INDEX CONCURRENTLY, one index per statement (pgshift runs it outside a transaction)",
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
