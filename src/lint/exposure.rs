//! The `exposes-data` findings of the semantic tier: each widening the replay of a file made
//! (`exposure::changes` between the schema before and after it) is placed on the statement that
//! caused it, found in the parse trees: the one its cause names (the GRANT on the object, the
//! ALTER TABLE that switched RLS, the CREATE POLICY, the CREATE FUNCTION or VIEW, GRANT role,
//! ALTER DEFAULT PRIVILEGES), else the last statement about the object, else the first. A
//! `-- pgshift:allow exposes-data` comment above that statement silences it. Pure.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType as At, GrantTargetType, ObjectType, RangeVar};

use super::ast::{self, inner};
use super::{first_line, rules, Finding, Options, Severity, Stmt};
use crate::exposure::{Cause, Change, Direction, Object};
use crate::plan::hazard::Hazard;

/// The rule name of widenings.
pub const RULE: &str = "exposes-data";

/// What a statement does that can change access.
#[derive(Debug, Clone, PartialEq, Eq)]
enum What {
    Create,
    Grant,
    /// `GRANT ... ON ALL ... IN SCHEMA`: every object of the schema `name` names.
    GrantAllInSchema,
    Rls,
    Policy(String),
    Definition,
    Membership,
    DefaultPrivileges,
    Other,
}

/// One object a statement touches: what it does to it, and its name as written (`schema`
/// empty when unqualified).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Touch {
    what: What,
    schema: String,
    name: String,
}

fn rel(what: What, r: &RangeVar) -> Touch {
    Touch {
        what,
        schema: r.schemaname.clone(),
        name: r.relname.clone(),
    }
}

/// A dotted name (`{public, f}`) as a touch.
fn dotted(what: What, parts: &[pg_query::protobuf::Node]) -> Option<Touch> {
    let names: Vec<&str> = parts.iter().filter_map(ast::string_value).collect();
    let (name, schema) = match names.as_slice() {
        [] => return None,
        [n] => (*n, ""),
        [.., s, n] => (*n, *s),
    };
    Some(Touch {
        what,
        schema: schema.to_string(),
        name: name.to_string(),
    })
}

/// The objects a statement touches in ways that can change access.
fn touches(node: &N) -> Vec<Touch> {
    let mut out = Vec::new();
    match node {
        N::CreateStmt(c) => out.extend(c.relation.as_ref().map(|r| rel(What::Create, r))),
        N::CreateTableAsStmt(c) => out.extend(
            c.into
                .as_ref()
                .and_then(|i| i.rel.as_ref())
                .map(|r| rel(What::Create, r)),
        ),
        N::CreateSeqStmt(c) => out.extend(c.sequence.as_ref().map(|r| rel(What::Create, r))),
        N::ViewStmt(v) => {
            if let Some(r) = &v.view {
                out.push(rel(What::Create, r));
                out.push(rel(What::Definition, r));
            }
        }
        N::CreateFunctionStmt(f) => {
            out.extend(dotted(What::Create, &f.funcname));
            out.extend(dotted(What::Definition, &f.funcname));
        }
        N::AlterFunctionStmt(f) => {
            out.extend(
                f.func
                    .as_ref()
                    .and_then(|o| dotted(What::Definition, &o.objname)),
            );
        }
        N::AlterTableStmt(a) => {
            if let Some(r) = &a.relation {
                for c in ast::alter_cmds(a) {
                    out.push(rel(
                        match c.subtype() {
                            At::AtEnableRowSecurity
                            | At::AtDisableRowSecurity
                            | At::AtForceRowSecurity
                            | At::AtNoForceRowSecurity => What::Rls,
                            At::AtSetRelOptions | At::AtResetRelOptions => What::Definition,
                            At::AtChangeOwner => What::Grant,
                            _ => What::Other,
                        },
                        r,
                    ));
                }
            }
        }
        N::GrantStmt(g) => {
            let all = g.targtype() == GrantTargetType::AclTargetAllInSchema;
            for o in &g.objects {
                match inner(o) {
                    Some(N::RangeVar(r)) => out.push(rel(What::Grant, r)),
                    Some(N::ObjectWithArgs(f)) => out.extend(dotted(What::Grant, &f.objname)),
                    Some(N::String(s)) if all => out.push(Touch {
                        what: What::GrantAllInSchema,
                        schema: s.sval.clone(),
                        name: String::new(),
                    }),
                    _ => {}
                }
            }
        }
        N::GrantRoleStmt(_) => out.push(Touch {
            what: What::Membership,
            schema: String::new(),
            name: String::new(),
        }),
        N::AlterDefaultPrivilegesStmt(_) => out.push(Touch {
            what: What::DefaultPrivileges,
            schema: String::new(),
            name: String::new(),
        }),
        N::CreatePolicyStmt(p) => out.extend(
            p.table
                .as_ref()
                .map(|r| rel(What::Policy(p.policy_name.clone()), r)),
        ),
        N::AlterPolicyStmt(p) => out.extend(
            p.table
                .as_ref()
                .map(|r| rel(What::Policy(p.policy_name.clone()), r)),
        ),
        N::DropStmt(d) if d.remove_type() == ObjectType::ObjectPolicy => {
            for o in &d.objects {
                if let Some(N::List(l)) = inner(o) {
                    let parts: Vec<&str> = l.items.iter().filter_map(ast::string_value).collect();
                    if let [.., table, policy] = parts.as_slice() {
                        let schema = if parts.len() == 3 { parts[0] } else { "" };
                        out.push(Touch {
                            what: What::Policy(policy.to_string()),
                            schema: schema.to_string(),
                            name: table.to_string(),
                        });
                    }
                }
            }
        }
        N::AlterOwnerStmt(o) => out.extend(o.relation.as_ref().map(|r| rel(What::Grant, r))),
        N::IndexStmt(i) => out.extend(i.relation.as_ref().map(|r| rel(What::Other, r))),
        _ => {}
    }
    out
}

/// The object's schema and name, as statements name it (a column's relation, a function's
/// name); none for default privileges.
fn object_name(object: &Object) -> Option<(&str, &str)> {
    match object {
        Object::Function { id } => Some((&id.name.schema, &id.name.name)),
        Object::Sequence { name } => Some((&name.schema, &name.name)),
        other => other
            .relation()
            .map(|n| (n.schema.as_str(), n.name.as_str())),
    }
}

/// Whether a touch names this object (an unqualified name matches any schema).
fn names(t: &Touch, object: &Object) -> bool {
    match object_name(object) {
        Some((schema, name)) => {
            if t.what == What::GrantAllInSchema {
                return t.schema == schema;
            }
            t.name == name && (t.schema.is_empty() || t.schema == schema)
        }
        None => false,
    }
}

/// Whether a touch is what `cause` says changed the object.
fn is_cause(t: &Touch, cause: &Cause, object: &Object) -> bool {
    match cause {
        Cause::Created => {
            matches!(t.what, What::Create | What::Grant | What::GrantAllInSchema)
                && names(t, object)
        }
        Cause::Privileges => {
            matches!(t.what, What::Grant | What::GrantAllInSchema) && names(t, object)
        }
        Cause::RowLevelSecurity { table } => {
            t.what == What::Rls
                && t.name == table.name
                && (t.schema.is_empty() || t.schema == table.schema)
        }
        Cause::Policy { table, name } => {
            t.what == What::Policy(name.clone())
                && t.name == table.name
                && (t.schema.is_empty() || t.schema == table.schema)
        }
        Cause::Definition => matches!(t.what, What::Definition | What::Create) && names(t, object),
        Cause::Membership => t.what == What::Membership,
        Cause::DefaultPrivileges => t.what == What::DefaultPrivileges,
    }
}

/// The index in `stmts` of the statement that made `change`.
pub fn statement_for(stmts: &[Stmt], change: &Change) -> Option<usize> {
    let touched: Vec<Vec<Touch>> = stmts
        .iter()
        .map(|s| s.node.as_ref().map(touches).unwrap_or_default())
        .collect();
    let find = |f: &dyn Fn(&Touch) -> bool| touched.iter().rposition(|ts| ts.iter().any(f));
    find(&|t| is_cause(t, &change.cause, &change.object))
        .or_else(|| find(&|t| names(t, &change.object)))
        .or(if stmts.is_empty() { None } else { Some(0) })
}

/// The `exposes-data` findings of one file: a finding per widening, on its statement.
pub fn findings(path: &str, stmts: &[Stmt], changes: &[Change], options: &Options) -> Vec<Finding> {
    if options.disable.contains(RULE) {
        return vec![];
    }
    let def = rules::find(RULE).expect("the exposes-data rule is registered");
    let severity = if options.warn.contains(RULE) {
        Severity::Warning
    } else if options.block.contains(RULE) {
        Severity::Blocking
    } else {
        def.severity
    };
    let mut out: Vec<Finding> = Vec::new();
    for c in changes.iter().filter(|c| c.direction == Direction::Widened) {
        let Some(i) = statement_for(stmts, c) else {
            continue;
        };
        let s = &stmts[i];
        if s.allowed.contains(RULE) {
            continue;
        }
        out.push(Finding {
            path: path.to_string(),
            line: s.line,
            column: s.column,
            rule: def.name,
            severity,
            hazards: vec![Hazard::ExposesData],
            message: c.message.clone(),
            hint: format!(
                "{}; if it is meant, say so with `-- pgshift:allow exposes-data <reason>` above the statement (or pass --allow-hazard exposes-data)",
                c.hint
            ),
            statement: first_line(&s.text),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::File;
    use crate::model::QualifiedName;

    fn change(cause: Cause, object: Object) -> Change {
        Change {
            direction: Direction::Widened,
            role: "anon".into(),
            object,
            privilege: "SELECT".into(),
            message: "anon can now SELECT every row of public.invoices: RLS is disabled".into(),
            hint: "enable RLS".into(),
            cause,
        }
    }

    #[test]
    fn a_widening_lands_on_the_statement_that_caused_it() {
        let sql = "create table invoices (id int);\n\
                   alter table invoices enable row level security;\n\
                   grant select on invoices to anon;\n\
                   create policy p on public.invoices for select using (true);\n\
                   -- pgshift:allow exposes-data the view is public on purpose\n\
                   create view v as select 1;\n\
                   alter table public.invoices disable row level security;\n\
                   select 1;\n";
        let file = File::parse("m.sql", sql);
        let invoices = || Object::Table {
            name: QualifiedName::new("public", "invoices"),
        };
        let t = QualifiedName::new("public", "invoices");
        let at = |c: Change| file.stmts[statement_for(&file.stmts, &c).unwrap()].line;
        assert_eq!(at(change(Cause::Created, invoices())), 3);
        assert_eq!(at(change(Cause::Privileges, invoices())), 3);
        assert_eq!(
            at(change(
                Cause::RowLevelSecurity { table: t.clone() },
                invoices()
            )),
            7
        );
        assert_eq!(
            at(change(
                Cause::Policy {
                    table: t,
                    name: "p".into()
                },
                invoices()
            )),
            4
        );
        // Nothing names it as the cause says: the last statement about the object.
        assert_eq!(at(change(Cause::Membership, invoices())), 7);
        let view = Object::View {
            name: QualifiedName::new("public", "v"),
        };
        assert_eq!(at(change(Cause::Definition, view.clone())), 6);
        let found = findings(
            "m.sql",
            &file.stmts,
            &[change(Cause::Definition, view)],
            &Options::default(),
        );
        assert!(found.is_empty(), "silenced by its allow comment: {found:?}");
        let found = findings(
            "m.sql",
            &file.stmts,
            &[change(Cause::Privileges, invoices())],
            &Options::default(),
        );
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].line, found[0].severity), (3, Severity::Blocking));
        assert_eq!(found[0].hazards, [Hazard::ExposesData]);
    }
}
