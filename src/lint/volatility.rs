//! Whether an expression is volatile, the way PostgreSQL decides if a new column's default can be
//! stored once in the catalog (PostgreSQL 11+, no table rewrite) or must be evaluated for every
//! existing row (a rewrite under an ACCESS EXCLUSIVE lock). Docs: ALTER TABLE, "Notes": "Adding a
//! column with a volatile DEFAULT ... will require the entire table and its indexes to be
//! rewritten."
//!
//! Constants, casts, operators and SQL value functions (`CURRENT_TIMESTAMP`) are not volatile; a
//! function call is not volatile only when it is a built-in whose every overload with that many
//! arguments is STABLE or IMMUTABLE (`non_volatile_functions.txt`, generated from `pg_proc`). A
//! user-defined, extension or unknown function is volatile unless declared otherwise, which one
//! statement cannot tell, so it counts as volatile. Pure.

use std::collections::HashMap;
use std::sync::OnceLock;

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::Node;

use super::ast::{inner, string_value};

/// How many arguments a built-in may take without any volatile overload.
#[derive(Debug, Clone, Default)]
struct Arities {
    exact: Vec<(usize, usize)>,
    at_least: Option<usize>,
}

impl Arities {
    fn allows(&self, n: usize) -> bool {
        self.exact.iter().any(|&(lo, hi)| lo <= n && n <= hi)
            || self.at_least.is_some_and(|lo| n >= lo)
    }
}

fn builtins() -> &'static HashMap<&'static str, Arities> {
    static TABLE: OnceLock<HashMap<&'static str, Arities>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut out = HashMap::new();
        for line in include_str!("non_volatile_functions.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut parts = line.split_whitespace();
            let Some(name) = parts.next() else { continue };
            let mut arities = Arities::default();
            for p in parts {
                if let Some(lo) = p.strip_suffix('+') {
                    arities.at_least = lo.parse().ok();
                } else if let Some((lo, hi)) = p.split_once('-') {
                    if let (Ok(lo), Ok(hi)) = (lo.parse(), hi.parse()) {
                        arities.exact.push((lo, hi));
                    }
                } else if let Ok(n) = p.parse() {
                    arities.exact.push((n, n));
                }
            }
            out.insert(name, arities);
        }
        out
    })
}

/// True when `name` (unqualified or in `pg_catalog`) called with `args` arguments is a built-in
/// with no volatile overload of that arity.
pub fn is_non_volatile_builtin(qualified: &[Node], args: usize) -> bool {
    let names: Vec<&str> = qualified.iter().filter_map(string_value).collect();
    let name = match names.as_slice() {
        [name] => *name,
        ["pg_catalog", name] => *name,
        _ => return false,
    };
    builtins().get(name).is_some_and(|a| a.allows(args))
}

/// True when evaluating `expr` may give a different value each time (for each row).
pub fn is_volatile(expr: &Node) -> bool {
    !is_non_volatile(expr)
}

fn all(nodes: &[Node]) -> bool {
    nodes.iter().all(is_non_volatile)
}

fn opt(node: &Option<Box<Node>>) -> bool {
    node.as_deref().is_none_or(is_non_volatile)
}

/// True when `expr` is known not to be volatile.
pub fn is_non_volatile(expr: &Node) -> bool {
    let Some(n) = inner(expr) else {
        return true;
    };
    match n {
        N::AConst(_) | N::SqlvalueFunction(_) | N::SetToDefault(_) => true,
        N::TypeCast(t) => opt(&t.arg),
        N::CollateClause(c) => opt(&c.arg),
        N::AExpr(e) => opt(&e.lexpr) && opt(&e.rexpr),
        N::BoolExpr(b) => all(&b.args),
        N::NullTest(t) => opt(&t.arg),
        N::BooleanTest(t) => opt(&t.arg),
        N::CoalesceExpr(c) => all(&c.args),
        N::MinMaxExpr(m) => all(&m.args),
        N::CaseExpr(c) => opt(&c.arg) && all(&c.args) && opt(&c.defresult),
        N::CaseWhen(w) => opt(&w.expr) && opt(&w.result),
        N::AArrayExpr(a) => all(&a.elements),
        N::RowExpr(r) => all(&r.args),
        N::List(l) => all(&l.items),
        N::AIndirection(i) => opt(&i.arg),
        N::NamedArgExpr(a) => opt(&a.arg),
        N::FuncCall(f) => {
            !f.agg_star
                && f.agg_filter.is_none()
                && f.over.is_none()
                && is_non_volatile_builtin(&f.funcname, f.args.len())
                && all(&f.args)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_of(sql: &str) -> Node {
        let n = crate::lint::ast::parse_one(&format!("select {sql}"));
        let N::SelectStmt(s) = n else { panic!() };
        let Some(N::ResTarget(rt)) = s.target_list[0].node.clone() else {
            panic!()
        };
        *rt.val.unwrap()
    }

    #[test]
    fn constants_stable_builtins_and_operators_are_not_volatile() {
        for sql in [
            "0",
            "'x'",
            "'{}'::jsonb",
            "true",
            "now()",
            "pg_catalog.now()",
            "current_timestamp",
            "CURRENT_DATE",
            "2 + 2",
            "timezone('utc', now())",
            "now() at time zone 'utc'",
            "coalesce(null, 1)",
            "array[]::text[]",
            "lower('X')",
            "date_trunc('day', now())",
            "case when true then 1 else 2 end",
            "make_interval(days => 1)",
            "concat('a', 'b', 'c')",
            "'a' collate \"C\"",
            "extract(epoch from now())",
        ] {
            assert!(!is_volatile(&default_of(sql)), "{sql}");
        }
    }

    #[test]
    fn volatile_unknown_and_user_functions_are_volatile() {
        for sql in [
            "random()",
            "gen_random_uuid()",
            "uuid_generate_v4()",
            "uuid()",
            "myjsonb()",
            "public.now()",
            "now(123)",
            "clock_timestamp()",
            "nextval('s')",
            "(random() * 100)::int",
            "md5(random()::text)",
            "coalesce(null, gen_random_uuid())",
            "\"NOW\"()",
            "count(*)",
            "(select 1)",
        ] {
            assert!(is_volatile(&default_of(sql)), "{sql}");
        }
    }
}
