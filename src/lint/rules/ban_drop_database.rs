//! `DROP DATABASE` deletes a whole database; that is never part of a schema migration. Fires on
//! every `DROP DATABASE` (also `IF EXISTS` and `WITH (FORCE)`). Not caught: databases dropped by
//! tools outside the file.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-database",
    hazards: &[Hazard::DeletesData, Hazard::Irreversible],
    severity: Severity::Blocking,
    summary: "DROP DATABASE deletes a whole database",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::DropdbStmt(d)) = &s.node else {
            continue;
        };
        out.push(Violation::new(
            s,
            format!("dropping database `{}` deletes all of its data", d.dbname),
            "drop databases by hand after a backup, not in a migration",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_drop_database() {
        lint_count("ban-drop-database", "drop database if exists legacy;", 1);
    }

    #[test]
    fn allows_other_drops() {
        lint_ok("ban-drop-database", "drop table t; drop schema s;");
    }
}
