//! `TRUNCATE` deletes every row of a table at once, under an ACCESS EXCLUSIVE lock, and cannot be
//! undone after the migration commits. Fires on every table of `TRUNCATE [TABLE] [ONLY] a, b`
//! that was not created earlier in the file. Not caught: truncation by
//! functions or dynamic SQL.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-truncate",
    hazards: &[
        Hazard::DeletesData,
        Hazard::Irreversible,
        Hazard::AcquiresAccessExclusiveLock,
    ],
    severity: Severity::Blocking,
    summary: "TRUNCATE deletes every row of a table",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::TruncateStmt(t)) = &s.node else {
            continue;
        };
        for rel in &t.relations {
            let Some(N::RangeVar(rel)) = ast::inner(rel) else {
                continue;
            };
            if s.table_created_in_file(&ast::table_key(rel)) {
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "truncating `{}` deletes all of its rows",
                    ast::table_display(rel)
                ),
                "back the table up first and mark the statement with `-- pgshift:allow ban-truncate reason`, or delete only the rows you mean with DELETE ... WHERE",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_truncate() {
        lint_count("ban-truncate", "truncate sessions;", 1);
        lint_count("ban-truncate", "truncate table a, app.b restart identity;", 2);
    }

    #[test]
    fn allows_tables_created_here() {
        lint_ok(
            "ban-truncate",
            "create table staging (id bigint); insert into staging values (1); truncate staging;",
        );
        lint_ok("ban-truncate", "delete from sessions where expires_at < now();");
    }
}
