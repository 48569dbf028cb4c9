//! `REINDEX` without `CONCURRENTLY` rebuilds each index while holding an ACCESS EXCLUSIVE lock on
//! it (queries that would use it wait) and a SHARE lock on its table (writes wait), for as long
//! as the build takes. `REINDEX ... CONCURRENTLY` (PostgreSQL 12+) builds a replacement beside
//! the old index and swaps them, blocking neither (docs: REINDEX, "Rebuilding Indexes
//! Concurrently"). Fires on `REINDEX INDEX | TABLE | SCHEMA | DATABASE` without `CONCURRENTLY`
//! (also `(CONCURRENTLY false)`), and not on an index or table created earlier in the file or
//! migration set. Not caught: `REINDEX SYSTEM` (system catalogs cannot be reindexed
//! concurrently, and are small), and reindexing done inside functions.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ReindexObjectType as R;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::migrations::split::option_is_on;
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "require-concurrent-reindex",
    hazards: &[
        Hazard::AcquiresAccessExclusiveLock,
        Hazard::AcquiresShareLock,
        Hazard::IndexBuild,
    ],
    severity: Severity::Blocking,
    summary: "REINDEX without CONCURRENTLY blocks writes to the table and reads through the index",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::ReindexStmt(r)) = &s.node else {
            continue;
        };
        if option_is_on(&r.params, "concurrently") {
            continue;
        }
        let target = match (R::try_from(r.kind), &r.relation) {
            (Ok(R::ReindexObjectSystem), _) => continue,
            (Ok(R::ReindexObjectIndex), Some(rel)) => {
                if s.state.created_indexes.contains(&ast::table_key(rel)) {
                    continue;
                }
                format!("index `{}`", ast::table_display(rel))
            }
            (Ok(R::ReindexObjectTable), Some(rel)) => {
                if s.table_is_new(&ast::table_key(rel)) {
                    continue;
                }
                format!("the indexes of `{}`", ast::table_display(rel))
            }
            (Ok(R::ReindexObjectSchema), _) => format!("every index in schema `{}`", r.name),
            (Ok(R::ReindexObjectDatabase), _) => "every index of the database".to_string(),
            _ => continue,
        };
        out.push(Violation::new(
            s,
            format!(
                "reindexing {target} without CONCURRENTLY blocks writes to the table and every query that uses the index until the rebuild finishes"
            ),
            "use REINDEX ... CONCURRENTLY (PostgreSQL 12+; pgshift runs it outside a transaction)",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_plain_reindex() {
        lint_count(
            "require-concurrent-reindex",
            "reindex index users_email_idx;\nreindex table app.\"Users\";\nreindex (verbose) schema app;\nreindex (concurrently false) index i;",
            4,
        );
    }

    #[test]
    fn allows_concurrent_system_and_new_objects() {
        lint_ok(
            "require-concurrent-reindex",
            "reindex index concurrently i;\nreindex (concurrently) table t;\nreindex (concurrently true, verbose) index i;\nreindex system;",
        );
        lint_ok(
            "require-concurrent-reindex",
            "create table t (a int);\ncreate index t_a on t (a);\nreindex table t;\nreindex index t_a;",
        );
    }
}
