//! `CREATE INDEX` without `CONCURRENTLY` holds a SHARE lock: writes to the table wait for the
//! whole build (PostgreSQL docs, "Building Indexes Concurrently"). Fires on every `CREATE
//! [UNIQUE] INDEX` (named or not, `IF NOT EXISTS`, any method, partial or on expressions, on
//! tables and materialized views) of a relation that existed before the file or migration set.
//! Fine: `CONCURRENTLY`, and `CREATE INDEX ... ON ONLY parent`, which only creates the (invalid)
//! index of a partitioned table without building anything; the per-partition indexes attached
//! to it are what must be built concurrently. Not caught: indexes built by `ADD CONSTRAINT ...
//! UNIQUE / PRIMARY KEY` (other rules) or by dynamic SQL.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "require-concurrent-index-creation",
    hazards: &[Hazard::AcquiresShareLock, Hazard::IndexBuild],
    severity: Severity::Blocking,
    summary: "CREATE INDEX without CONCURRENTLY blocks writes for the whole build",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::IndexStmt(i)) = &s.node else {
            continue;
        };
        let Some(rel) = &i.relation else { continue };
        // `ON ONLY` (inh false) creates a partitioned table's index without building it.
        if i.concurrent || !rel.inh || s.table_is_new(&ast::table_key(rel)) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!(
                "building index{} on `{}` without CONCURRENTLY blocks writes to the table until it finishes",
                if i.idxname.is_empty() { String::new() } else { format!(" `{}`", i.idxname) },
                ast::table_display(rel)
            ),
            "use CREATE INDEX CONCURRENTLY (pgshift runs it outside a transaction); on a partitioned table, CREATE INDEX ON ONLY the parent, build each partition's index CONCURRENTLY and ALTER INDEX ... ATTACH PARTITION it",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_plain_index() {
        lint_count("require-concurrent-index-creation", "create index i on users (email);", 1);
    }

    #[test]
    fn allows_concurrent_and_new_tables() {
        lint_ok(
            "require-concurrent-index-creation",
            "create index concurrently i on users (email);",
        );
        lint_ok(
            "require-concurrent-index-creation",
            "create table t (a int); create index on t (a);",
        );
        lint_ok(
            "require-concurrent-index-creation",
            "create index events_at on only events (at);",
        );
    }
}
