//! Updating an extension can change or remove the functions and types clients use; removing an
//! object from an extension (`ALTER EXTENSION e DROP ...`) leaves it unmanaged by later
//! updates. Fires on `ALTER EXTENSION e UPDATE [TO v]` and `ALTER EXTENSION e DROP object`. An
//! `info` note (on by default). `ADD` and `SET SCHEMA` are not reported here.

use pg_query::protobuf::node::Node as N;

use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-extension",
    hazards: &[Hazard::ExtensionUpgrade],
    severity: Severity::Info,
        summary: "ALTER EXTENSION UPDATE / DROP changes objects clients use",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let message = match &s.node {
            Some(N::AlterExtensionStmt(e)) => format!(
                "updating extension `{}` can change or remove functions and types clients use",
                e.extname
            ),
            Some(N::AlterExtensionContentsStmt(e)) if e.action < 0 => format!(
                "removing an object from extension `{}` leaves it out of the extension's later updates",
                e.extname
            ),
            _ => continue,
        };
        out.push(Violation::new(
            s,
            message,
            "read the extension's release notes for what the update changes, and test clients against it",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_updates_and_drops() {
        lint_count(
            "ban-alter-extension",
            "alter extension postgis update to '3.4.0'; alter extension postgis drop function f();",
            2,
        );
    }

    #[test]
    fn allows_add_and_set_schema() {
        lint_ok(
            "ban-alter-extension",
            "alter extension postgis add function f(); alter extension postgis set schema gis;",
        );
    }
}
