//! `DROP SCHEMA` removes a namespace clients use (and with `CASCADE`, every object in it). Fires
//! on every schema of `DROP SCHEMA [IF EXISTS] a, b [CASCADE]` that was not created earlier in
//! the file. Not caught: `DROP OWNED`, which drops a role's objects.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{DropBehavior, ObjectType};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-schema",
    hazards: &[
        Hazard::DeletesData,
        Hazard::BreaksClients,
        Hazard::Irreversible,
    ],
    severity: Severity::Blocking,
    summary: "DROP SCHEMA deletes a schema (and with CASCADE everything in it)",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut created: Vec<&str> = Vec::new();
    for s in &file.stmts {
        match &s.node {
            Some(N::CreateSchemaStmt(c)) => created.push(&c.schemaname),
            Some(N::DropStmt(d)) if d.remove_type() == ObjectType::ObjectSchema => {
                let cascade = d.behavior() == DropBehavior::DropCascade;
                for name in ast::drop_names(d) {
                    if created.contains(&name.as_str()) {
                        continue;
                    }
                    out.push(Violation::new(
                        s,
                        if cascade {
                            format!("dropping schema `{name}` with CASCADE deletes every object in it and breaks clients that use them")
                        } else {
                            format!("dropping schema `{name}` breaks clients that use it")
                        },
                        "drop the schema's objects in reviewed migrations first, once no deployed client uses them",
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
    fn flags_drop_schema() {
        lint_count("ban-drop-schema", "drop schema legacy cascade;", 1);
        lint_count("ban-drop-schema", "drop schema if exists a, b;", 2);
    }

    #[test]
    fn allows_schemas_created_here_and_other_drops() {
        lint_ok(
            "ban-drop-schema",
            "create schema scratch; drop schema scratch;",
        );
        lint_ok("ban-drop-schema", "drop table legacy.t;");
    }
}
