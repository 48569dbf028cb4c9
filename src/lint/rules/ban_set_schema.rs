//! Moving an object to another schema breaks every client that names it with its old schema or
//! finds it through a `search_path` that does not include the new one. Fires on `ALTER {SEQUENCE
//! | FUNCTION | PROCEDURE | ROUTINE | TYPE | DOMAIN | EXTENSION | VIEW | MATERIALIZED VIEW | ...}
//! ... SET SCHEMA s` of objects not created earlier in the file.
//! Tables and foreign tables moved with SET SCHEMA are `renaming-table`'s (which blocks), so they
//! are not reported twice. A warning: clients that reach the object through a search path
//! holding both schemas keep working, and none of these objects holds data.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType as O;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-set-schema",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "SET SCHEMA moves an object away from the name clients use",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(N::AlterObjectSchemaStmt(a)) = &s.node else {
            continue;
        };
        if matches!(a.object_type(), O::ObjectTable | O::ObjectForeignTable) {
            continue;
        }
        let (name, new_here) = match (&a.relation, a.object.as_deref().and_then(ast::inner)) {
            (Some(rel), _) => {
                let key = ast::table_key(rel);
                let new_here = s.table_created_in_file(&key)
                    || objects::created_before(file, s, a.object_type(), &key);
                (ast::table_display(rel), new_here)
            }
            (None, Some(N::List(l))) => {
                let name = ast::dotted(&l.items);
                let key = objects::name_key(&name);
                (name, objects::created_before(file, s, a.object_type(), &key))
            }
            (None, Some(N::ObjectWithArgs(f))) => {
                let name = ast::dotted(&f.objname);
                let key = objects::name_key(&name);
                (name, objects::created_before(file, s, O::ObjectFunction, &key))
            }
            (None, Some(N::TypeName(t))) => {
                let name = ast::dotted(&t.names);
                let key = objects::name_key(&name);
                (name, objects::created_before(file, s, O::ObjectType, &key))
            }
            (None, Some(N::String(v))) => (v.sval.clone(), false),
            _ => continue,
        };
        if new_here {
            continue;
        }
        out.push(Violation::new(
            s,
            format!("moving `{name}` to schema `{}` breaks clients that name it with its old schema", a.newschema),
            "make sure every deployed client finds the object in its new schema (search_path, qualified names) first",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_set_schema() {
        lint_count(
            "ban-set-schema",
            "alter function f() set schema s; alter type typ set schema s; alter sequence seq set schema s; alter domain d set schema s; alter extension hstore set schema s;",
            5,
        );
        lint_count(
            "ban-set-schema",
            "alter view v set schema s; alter materialized view if exists app.mv set schema s;",
            2,
        );
    }

    #[test]
    fn allows_new_objects_and_other_alters() {
        lint_ok(
            "ban-set-schema",
            "alter table t owner to app; alter table t set schema s;",
        );
        lint_ok(
            "ban-set-schema",
            "create sequence q; alter sequence q set schema s;",
        );
        lint_ok(
            "ban-set-schema",
            "create view v as select 1; alter view v set schema s;",
        );
        lint_ok(
            "ban-set-schema",
            "create type mood as enum ('a'); alter type mood set schema s;",
        );
    }
}
