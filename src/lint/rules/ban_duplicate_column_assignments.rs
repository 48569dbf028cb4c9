//! A statement that names the same column twice where each name must be unique fails:
//! PostgreSQL rejects `UPDATE ... SET a = 1, a = 2` ("multiple assignments to same column") and
//! `INSERT INTO t (a, a)`, `CREATE TABLE t (a int, a text)`, `CREATE VIEW v AS SELECT 1 AS a,
//! 2 AS a` ("column specified more than once"), so the migration stops there. Checked: the SET
//! list of UPDATE (also `(a, b) = (...)` and in CTEs), `INSERT ... ON CONFLICT DO UPDATE SET` and
//! MERGE's `UPDATE SET`; the column lists of INSERT and MERGE's `INSERT`; the columns of CREATE
//! TABLE and CREATE FOREIGN TABLE; the column names a view, `CREATE TABLE ... AS` or
//! `SELECT ... INTO` gets (written aliases, or the names PostgreSQL derives from a column, a
//! function or a constant). Assigning different fields or elements of one column (`a.x`, `a.y`,
//! `a[1]`, `a[2]`) is fine, and so is the same field twice; a whole assignment next to a partial
//! one is not. Not caught: duplicates that come from `*`, from inherited or `LIKE` columns, and
//! names PostgreSQL derives from other kinds of expressions.

use std::collections::BTreeMap;

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{Node, ResTarget, SelectStmt};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Stmt, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-duplicate-column-assignments",
    hazards: &[Hazard::Correctness],
    severity: Severity::Blocking,
    summary: "a column assigned or named twice in one statement: PostgreSQL rejects it",
    check,
};

/// A column name with whether the assignment is partial (a field or an element of it).
type Named = (String, bool);

fn res_targets(nodes: &[Node]) -> impl Iterator<Item = &ResTarget> {
    nodes.iter().filter_map(|n| match ast::inner(n) {
        Some(N::ResTarget(rt)) => Some(&**rt),
        _ => None,
    })
}

fn assignments(nodes: &[Node]) -> Vec<Named> {
    res_targets(nodes)
        .filter(|rt| !rt.name.is_empty())
        .map(|rt| (rt.name.clone(), !rt.indirection.is_empty()))
        .collect()
}

/// The name PostgreSQL gives an output column written without an alias (`FigureColname`), when
/// it is one of the common cases; `None` when this cannot tell.
fn derived_name(expr: &Node) -> Option<(String, u8)> {
    match ast::inner(expr)? {
        N::ColumnRef(c) => match c.fields.last().and_then(ast::inner)? {
            N::String(s) => Some((s.sval.clone(), 2)),
            _ => None,
        },
        N::FuncCall(f) => Some((ast::string_value(f.funcname.last()?)?.to_string(), 2)),
        N::TypeCast(t) => match t.arg.as_deref().and_then(derived_name) {
            Some((name, strength)) if strength > 1 => Some((name, strength)),
            _ => t
                .type_name
                .as_ref()
                .and_then(|t| t.names.last())
                .and_then(ast::string_value)
                .map(|n| (n.to_string(), 1)),
        },
        N::AConst(_) => Some(("?column?".to_string(), 0)),
        N::CaseExpr(_) => Some(("case".to_string(), 1)),
        N::CoalesceExpr(_) => Some(("coalesce".to_string(), 2)),
        N::AArrayExpr(_) => Some(("array".to_string(), 2)),
        N::RowExpr(_) => Some(("row".to_string(), 2)),
        _ => None,
    }
}

/// The names of a query's output columns, the first ones replaced by `aliases`.
fn output_names(select: &SelectStmt, aliases: &[Node]) -> Vec<Named> {
    let aliases: Vec<&str> = aliases.iter().filter_map(ast::string_value).collect();
    let mut out = Vec::new();
    for (i, rt) in res_targets(&select.target_list).enumerate() {
        let name = if let Some(alias) = aliases.get(i) {
            Some(alias.to_string())
        } else if !rt.name.is_empty() {
            Some(rt.name.clone())
        } else {
            rt.val.as_deref().and_then(derived_name).map(|(n, _)| n)
        };
        out.extend(name.map(|n| (n, false)));
    }
    out
}

/// Each list of names in the statement that must not repeat, with what the list is.
fn name_lists(node: &N) -> Vec<(&'static str, Vec<Named>)> {
    let mut out = Vec::new();
    match node {
        N::UpdateStmt(u) => {
            out.push(("UPDATE ... SET", assignments(&u.target_list)));
            ctes(u.with_clause.as_ref(), &mut out);
        }
        N::InsertStmt(i) => {
            out.push(("the column list of INSERT", assignments(&i.cols)));
            if let Some(c) = &i.on_conflict_clause {
                out.push(("ON CONFLICT DO UPDATE SET", assignments(&c.target_list)));
            }
            ctes(i.with_clause.as_ref(), &mut out);
        }
        N::MergeStmt(m) => {
            for w in &m.merge_when_clauses {
                if let Some(N::MergeWhenClause(c)) = ast::inner(w) {
                    out.push(("a MERGE action", assignments(&c.target_list)));
                }
            }
        }
        N::DeleteStmt(d) => ctes(d.with_clause.as_ref(), &mut out),
        N::CreateStmt(c) => out.push(("CREATE TABLE", create_columns(c))),
        N::CreateForeignTableStmt(f) => {
            if let Some(c) = &f.base_stmt {
                out.push(("CREATE FOREIGN TABLE", create_columns(c)));
            }
        }
        N::ViewStmt(v) => {
            if let Some(N::SelectStmt(q)) = v.query.as_deref().and_then(ast::inner) {
                out.push(("the columns of the view", output_names(q, &v.aliases)));
            }
        }
        N::CreateTableAsStmt(c) => {
            let aliases = c.into.as_ref().map(|i| i.col_names.as_slice()).unwrap_or(&[]);
            if let Some(N::SelectStmt(q)) = c.query.as_deref().and_then(ast::inner) {
                out.push(("the columns of the new table", output_names(q, aliases)));
            }
        }
        N::SelectStmt(s) if s.into_clause.is_some() => {
            out.push(("the columns of SELECT ... INTO", output_names(s, &[])));
        }
        _ => {}
    }
    out
}

fn create_columns(c: &pg_query::protobuf::CreateStmt) -> Vec<Named> {
    ast::create_columns(c)
        .map(|col| (col.colname.clone(), false))
        .collect()
}

fn ctes(
    with: Option<&pg_query::protobuf::WithClause>,
    out: &mut Vec<(&'static str, Vec<Named>)>,
) {
    let Some(with) = with else { return };
    for cte in &with.ctes {
        if let Some(N::CommonTableExpr(c)) = ast::inner(cte) {
            if let Some(q) = c.ctequery.as_deref().and_then(ast::inner) {
                out.extend(name_lists(q));
            }
        }
    }
}

fn report(s: &Stmt, what: &str, names: &[Named], out: &mut Vec<Violation>) {
    let mut seen: BTreeMap<&str, Vec<bool>> = BTreeMap::new();
    for (name, partial) in names {
        seen.entry(name.as_str()).or_default().push(*partial);
    }
    for (name, partial) in seen {
        if partial.len() < 2 || partial.iter().all(|p| *p) {
            continue;
        }
        out.push(Violation::new(
            s,
            format!("column `{name}` appears more than once in {what}: PostgreSQL rejects the statement, so the migration fails here"),
            format!("keep one assignment (or name) for `{name}`"),
        ));
    }
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (what, names) in name_lists(node) {
            report(s, what, &names, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_repeated_columns() {
        lint_count(
            "ban-duplicate-column-assignments",
            "update t set a = 1, b = 2, a = 3 where id = 1;\nupdate t set (a, b) = (1, 2), b = 3;\nupdate t set c = row(1, 2), c.x = 1;\ninsert into t (a, a) values (1, 2);\ninsert into t (a) values (1) on conflict (id) do update set a = 1, A = 2;",
            5,
        );
        lint_count(
            "ban-duplicate-column-assignments",
            "create table t (a int, b int, a text);\ncreate view v as select 1 as x, 2 as x;\ncreate view w as select 1, 2;\ncreate table c as select id, id from u;\nselect now(), now() into z;",
            5,
        );
    }

    #[test]
    fn allows_distinct_and_partial_assignments() {
        lint_ok(
            "ban-duplicate-column-assignments",
            "update t set a = 1, b = 2 where id = 1;\nupdate t set c.x = 1, c.y = 2 where id = 1;\nupdate t set d[1] = 1, d[2] = 2 where id = 1;\nupdate t set \"A\" = 1, a = 2 where id = 1;\ninsert into t (c.x, c.y) values (1, 2);",
        );
        lint_ok(
            "ban-duplicate-column-assignments",
            "create view v (x, y) as select 1 as a, 2 as a;\ncreate view w as select a, b from t;\ncreate table c as select 1::int as one, 2 as two;\nselect *, * from t;",
        );
    }
}
