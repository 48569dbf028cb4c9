//! Renaming an object breaks the clients that still use its old name: queries of a view,
//! function and procedure calls, schema-qualified names, casts to a type, `nextval` of a
//! sequence, enum labels they write. Fires on `ALTER {VIEW | MATERIALIZED VIEW | FUNCTION |
//! PROCEDURE | ROUTINE | SCHEMA | TYPE | DOMAIN | SEQUENCE | INDEX} ... RENAME TO` and `ALTER TYPE
//! ... RENAME VALUE`, for objects not created earlier in the file, and on renamed constraints
//! (`ALTER TABLE ... RENAME CONSTRAINT`, `ALTER DOMAIN ... RENAME CONSTRAINT`: clients that name
//! them in `ON CONFLICT ON CONSTRAINT` or match errors on them), triggers, policies (on tables
//! not created earlier in the file), roles (`ALTER {ROLE | USER | GROUP} ... RENAME TO`: clients
//! log in with the name) and databases. A warning: none of these
//! holds data, so a rename breaks clients no more than dropping the object would
//! (`ban-drop-view`, `ban-drop-function`, ... warn too), and many are never named by clients
//! (indexes almost never are). Tables (also views renamed with `ALTER TABLE`, which the parser
//! cannot tell apart) are `renaming-table`'s, columns (of views too, as warnings)
//! `renaming-column`'s. Not caught: renamed rules, operators, collations, text search objects,
//! foreign servers and publications.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType as O;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "renaming-object",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "renaming a view, function, schema, type, sequence, index, constraint, trigger, policy, role or database breaks clients using the old name",
    check,
};

fn kind_name(t: O) -> &'static str {
    match t {
        O::ObjectFunction => "function",
        O::ObjectProcedure => "procedure",
        O::ObjectRoutine => "routine",
        O::ObjectSchema => "schema",
        O::ObjectType => "type",
        O::ObjectDomain => "domain",
        O::ObjectSequence => "sequence",
        O::ObjectView => "view",
        O::ObjectMatview => "materialized view",
        O::ObjectTabconstraint | O::ObjectDomconstraint => "constraint",
        O::ObjectTrigger => "trigger",
        O::ObjectPolicy => "policy",
        O::ObjectRole => "role",
        O::ObjectDatabase => "database",
        _ => "index",
    }
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        match &s.node {
            Some(N::RenameStmt(r)) => {
                let t = r.rename_type();
                let name = match t {
                    O::ObjectSequence | O::ObjectIndex | O::ObjectView | O::ObjectMatview => {
                        match &r.relation {
                            Some(rel) => ast::table_display(rel),
                            None => continue,
                        }
                    }
                    O::ObjectFunction | O::ObjectProcedure | O::ObjectRoutine => {
                        match r.object.as_deref().and_then(ast::inner) {
                            Some(N::ObjectWithArgs(f)) => ast::dotted(&f.objname),
                            _ => continue,
                        }
                    }
                    O::ObjectType | O::ObjectDomain => {
                        match r.object.as_deref().and_then(ast::inner) {
                            Some(N::List(l)) => ast::dotted(&l.items),
                            Some(N::TypeName(t)) => ast::dotted(&t.names),
                            _ => continue,
                        }
                    }
                    O::ObjectSchema => r.subname.clone(),
                    // Objects of a table: the table's name says which.
                    O::ObjectTabconstraint | O::ObjectTrigger | O::ObjectPolicy => {
                        let Some(rel) = &r.relation else { continue };
                        if s.table_created_in_file(&ast::table_key(rel)) {
                            continue;
                        }
                        format!("{}` on `{}", r.subname, ast::table_display(rel))
                    }
                    O::ObjectDomconstraint => {
                        let domain = match r.object.as_deref().and_then(ast::inner) {
                            Some(N::List(l)) => ast::dotted(&l.items),
                            Some(N::TypeName(t)) => ast::dotted(&t.names),
                            _ => continue,
                        };
                        if objects::created_before(
                            file,
                            s,
                            O::ObjectDomain,
                            &objects::name_key(&domain),
                        ) {
                            continue;
                        }
                        format!("{}` of domain `{domain}", r.subname)
                    }
                    O::ObjectRole => {
                        let created = file.stmts[..s.index].iter().any(|o| {
                            matches!(&o.node, Some(N::CreateRoleStmt(c)) if c.role == r.subname)
                        });
                        if created {
                            continue;
                        }
                        r.subname.clone()
                    }
                    O::ObjectDatabase => r.subname.clone(),
                    _ => continue,
                };
                let old = if matches!(
                    t,
                    O::ObjectTabconstraint
                        | O::ObjectTrigger
                        | O::ObjectPolicy
                        | O::ObjectDomconstraint
                ) {
                    r.subname.clone()
                } else {
                    name.clone()
                };
                let created = if matches!(
                    t,
                    O::ObjectTabconstraint
                        | O::ObjectTrigger
                        | O::ObjectPolicy
                        | O::ObjectDomconstraint
                        | O::ObjectRole
                        | O::ObjectDatabase
                ) {
                    false
                } else if t == O::ObjectSchema {
                    file.stmts[..s.index].iter().any(|o| {
                        matches!(&o.node, Some(N::CreateSchemaStmt(c)) if c.schemaname == name)
                    })
                } else {
                    objects::created_before(file, s, t, &objects::name_key(&name))
                };
                if created {
                    continue;
                }
                out.push(Violation::new(
                    s,
                    format!(
                        "renaming {} `{name}` to `{}` breaks clients that still use `{old}`",
                        kind_name(t),
                        r.newname
                    ),
                    "create the new name beside the old one (a wrapper function, a domain), move every client, then drop the old one in a later migration",
                ));
            }
            Some(N::AlterEnumStmt(e)) if !e.old_val.is_empty() => {
                let name = ast::dotted(&e.type_name);
                if objects::created_before(file, s, O::ObjectType, &objects::name_key(&name)) {
                    continue;
                }
                out.push(Violation::new(
                    s,
                    format!(
                        "renaming value '{}' of enum `{name}` to '{}' breaks clients that still write '{}'",
                        e.old_val, e.new_val, e.old_val
                    ),
                    "add the new value, move every client to it, then stop using the old one",
                ));
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::engine::Severity;
    use crate::lint::test_utils::*;

    #[test]
    fn flags_renamed_objects() {
        lint_count(
            "renaming-object",
            "alter function f() rename to f2; alter procedure p() rename to p2; alter type typ rename to typ2; alter sequence seq rename to seq2; alter schema s rename to s2; alter domain d rename to d2; alter index i rename to i2; alter type typ rename value 'a' to 'b';",
            8,
        );
        lint_count(
            "renaming-object",
            "alter view v rename to w; alter materialized view if exists app.mv rename to mv2;",
            2,
        );
        assert_eq!(
            severities("renaming-object", "alter view v rename to w;"),
            [Severity::Warning]
        );
        assert_eq!(
            severities("renaming-object", "alter function f() rename to g;"),
            [Severity::Warning]
        );
    }

    #[test]
    fn allows_tables_columns_and_new_objects() {
        lint_ok(
            "renaming-object",
            "alter table t rename to t2; alter table t rename column c to d;",
        );
        lint_ok(
            "renaming-object",
            "create view v as select 1 as a; alter view v rename to w; create materialized view mv as select 1 as a; alter materialized view mv rename to mv2; alter view v2 rename column a to b;",
        );
        lint_ok(
            "renaming-object",
            "create function f() returns int language sql as 'select 1'; alter function f() rename to g; create schema s; alter schema s rename to s2;",
        );
    }
}
