//! `CREATE OR REPLACE` of a view, function, procedure, aggregate, trigger or rule that already
//! exists changes what every client using it gets back (or what its writes do), at once and without
//! an error. Fires on `CREATE OR REPLACE [MATERIALIZED] VIEW`, `FUNCTION`, `PROCEDURE`,
//! `AGGREGATE`, `TRIGGER` and `RULE` of objects not created earlier in the file (the statement may
//! also create a new one; the file cannot tell). An `info` note (on by default): changing behaviour
//! is usually the point, so this asks for a look at the callers. Not caught: aggregates created
//! earlier in the file are reported anyway.

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-replace-view-function",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Info,
        summary: "CREATE OR REPLACE of a view or function changes what its callers get back",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let (kind, name, family) = match &s.node {
            Some(N::ViewStmt(v)) if v.replace => match &v.view {
                Some(rel) => ("view", ast::table_display(rel), ObjectType::ObjectView),
                None => continue,
            },
            Some(N::CreateFunctionStmt(f)) if f.replace => (
                if f.is_procedure { "procedure" } else { "function" },
                ast::dotted(&f.funcname),
                ObjectType::ObjectFunction,
            ),
            Some(N::CreateTrigStmt(t)) if t.replace => match &t.relation {
                Some(rel) => ("trigger", objects::on_table(&t.trigname, rel), ObjectType::ObjectTrigger),
                None => continue,
            },
            Some(N::RuleStmt(r)) if r.replace => match &r.relation {
                Some(rel) => ("rule", objects::on_table(&r.rulename, rel), ObjectType::ObjectRule),
                None => continue,
            },
            Some(N::DefineStmt(d)) if d.replace && d.kind() == ObjectType::ObjectAggregate => {
                ("aggregate", ast::dotted(&d.defnames), ObjectType::ObjectAggregate)
            }
            _ => continue,
        };
        let key = match family {
            ObjectType::ObjectTrigger | ObjectType::ObjectRule => name.clone(),
            _ => objects::name_key(&name),
        };
        if objects::created_before(file, s, family, &key) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!("replacing {kind} `{name}` changes what every client using it gets back"),
            "check the callers, and keep the result columns and argument types compatible",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_replacements() {
        lint_count(
            "ban-replace-view-function",
            "create or replace view v as select 1 as id; create or replace function f() returns int language sql as $$ select 1 $$; create or replace procedure p() language sql as $$ select 1 $$;",
            3,
        );
        lint_count(
            "ban-replace-view-function",
            "create or replace rule r as on insert to t do instead nothing; create or replace aggregate a (int) (sfunc = int4pl, stype = int); create or replace trigger tr before insert on t for each row execute function f();",
            3,
        );
    }

    #[test]
    fn allows_plain_creates_and_objects_created_here() {
        lint_ok("ban-replace-view-function", "create view v as select 1;");
        lint_ok(
            "ban-replace-view-function",
            "create rule r as on insert to t do instead nothing; create or replace rule r as on insert to t do also nothing; create trigger tr before insert on t for each row execute function f(); create or replace trigger tr after insert on t for each row execute function f();",
        );
        lint_ok(
            "ban-replace-view-function",
            "create view v as select 1 as a; create or replace view v as select 1 as a, 2 as b;",
        );
    }
}
