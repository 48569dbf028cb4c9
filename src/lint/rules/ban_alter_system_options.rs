//! `ALTER SYSTEM` rewrites the server's configuration for every database and session once it is
//! reloaded, which is rarely a migration's business. Fires on `ALTER SYSTEM SET ...` and `ALTER
//! SYSTEM RESET {name | ALL}`. An `info` note (on by default); PostgreSQL refuses ALTER SYSTEM
//! inside a transaction anyway. Not caught: configuration files edited outside SQL,
//! `pg_reload_conf()`.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-system-options",
    hazards: &[Hazard::Correctness],
    severity: Severity::Info,
        summary: "ALTER SYSTEM changes the server configuration for every database",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterSystemStmt(a)) = &s.node else {
            continue;
        };
        let name = a
            .setstmt
            .as_ref()
            .map(|v| v.name.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "all settings".into());
        out.push(Violation::new(
            s,
            format!("ALTER SYSTEM changes `{name}` for every database and session on the server"),
            "change server settings in the server's configuration management, not in a migration",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_alter_system() {
        lint_count(
            "ban-alter-system-options",
            "alter system set timezone = 'UTC'; alter system reset all;",
            2,
        );
    }

    #[test]
    fn allows_database_and_role_settings() {
        lint_ok(
            "ban-alter-system-options",
            "alter database d set timezone = 'UTC'; alter role r reset all;",
        );
    }
}
