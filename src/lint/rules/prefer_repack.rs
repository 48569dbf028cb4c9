//! `VACUUM FULL` and `CLUSTER` rewrite the whole table into a new file while holding an ACCESS
//! EXCLUSIVE lock: no query can read or write it until the copy (and every index rebuild) is
//! done. An online repack does the same work while the table stays in use: the `pg_repack`
//! extension, or `REPACK (CONCURRENTLY)` on PostgreSQL 19+. Fires on `VACUUM FULL` / `VACUUM
//! (FULL)` / `VACUUM (FULL true)` of existing tables or the whole database, and on every form of
//! `CLUSTER` (one table, `USING index`, the old `CLUSTER index ON table`, or all clustered tables
//! at once); tables created earlier in the file or migration set are fine, and so is `VACUUM
//! (FULL false)`. Not caught: `ALTER TABLE ... SET TABLESPACE`, `SET LOGGED`/`UNLOGGED` and
//! `SET ACCESS METHOD`, which rewrite the table the same way.
//!
//! A warning, like the other `prefer-` rules: before PostgreSQL 19 core PostgreSQL has no online
//! way to do this (pg_repack is an extension), so the finding is advice to weigh against the
//! table's size, where `require-concurrent-reindex` can always point at `CONCURRENTLY`.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::migrations::split::option_is_on;
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "prefer-repack",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::TableRewrite],
    severity: Severity::Warning,
    summary: "VACUUM FULL and CLUSTER rewrite the table while blocking reads and writes; repack it online",
    check,
};

const HINT: &str = "repack the table online instead: the pg_repack extension, or REPACK (CONCURRENTLY) on PostgreSQL 19+; if the table is small, mark the statement with `-- pgshift:allow prefer-repack reason`";

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let (what, tables) = match &s.node {
            Some(N::VacuumStmt(v)) if v.is_vacuumcmd && option_is_on(&v.options, "full") => {
                let tables: Vec<_> = v
                    .rels
                    .iter()
                    .filter_map(|r| match ast::inner(r) {
                        Some(N::VacuumRelation(vr)) => vr.relation.as_ref(),
                        _ => None,
                    })
                    .collect();
                ("VACUUM FULL", tables)
            }
            Some(N::ClusterStmt(c)) => ("CLUSTER", c.relation.iter().collect()),
            _ => continue,
        };
        let existing: Vec<String> = tables
            .iter()
            .filter(|rel| !s.table_is_new(&ast::table_key(rel)))
            .map(|rel| format!("`{}`", ast::table_display(rel)))
            .collect();
        if !tables.is_empty() && existing.is_empty() {
            continue;
        }
        let target = if existing.is_empty() {
            "every table it applies to in the database".to_string()
        } else {
            existing.join(", ")
        };
        out.push(Violation::new(
            s,
            format!(
                "{what} rewrites {target} while blocking every read and write until the copy and its index rebuilds finish"
            ),
            HINT,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_vacuum_full_and_cluster() {
        lint_count(
            "prefer-repack",
            "vacuum full events;\nvacuum (full, analyze) app.events;\nvacuum full;\ncluster events using events_at_idx;\ncluster events_at_idx on events;\ncluster;",
            6,
        );
    }

    #[test]
    fn allows_plain_vacuum_and_new_tables() {
        lint_ok(
            "prefer-repack",
            "vacuum events;\nvacuum (analyze) events;\nvacuum (full false) events;\nanalyze events;\nvacuum freeze events;",
        );
        lint_ok(
            "prefer-repack",
            "create table staging (id bigint);\nvacuum full staging;\ncluster staging;",
        );
    }
}
