//! Changing a database's options or settings changes every session that connects to it: `SET
//! search_path`, `statement_timeout`, `CONNECTION LIMIT`, `ALLOW_CONNECTIONS`. Fires on `ALTER
//! DATABASE d [WITH] option ...` and `ALTER DATABASE d {SET | RESET} ...`. An `info` note (on by
//! default). Renames, owners and tablespaces are not reported.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-database-options",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
        summary: "ALTER DATABASE options or settings change every session that connects to it",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let name = match &s.node {
            Some(N::AlterDatabaseStmt(a)) if !a.options.is_empty() => &a.dbname,
            Some(N::AlterDatabaseSetStmt(a)) => &a.dbname,
            _ => continue,
        };
        out.push(Violation::new(
            s,
            format!("changing the options or settings of database `{name}` changes every session that connects to it"),
            "prefer settings on the roles or in the sessions that need them",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_database_changes() {
        lint_count(
            "ban-alter-database-options",
            "alter database d set search_path to public; alter database d with connection limit 5; alter database d reset search_path;",
            3,
        );
    }

    #[test]
    fn allows_renames_and_owners() {
        lint_ok(
            "ban-alter-database-options",
            "alter database d rename to e; alter database e owner to app;",
        );
    }
}
