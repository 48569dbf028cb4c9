//! The names PostgreSQL gives the indexes it makes itself (a partition's copies of its
//! parent's indexes and keys), and which indexes it takes as such copies. Pure.

use std::collections::BTreeSet;

use super::Change;
use crate::model::*;

/// Names of relations and constraints in `schema` that exist when `table` joins its parent
/// (PostgreSQL picks an index name that is neither): `table`'s own indexes and keys only with
/// `own`.
pub(super) fn taken(
    s: &Schema,
    schema: &str,
    table: &QualifiedName,
    own: bool,
) -> BTreeSet<String> {
    let indexes = s
        .indexes
        .values()
        .filter(|i| own || &i.table != table)
        .map(|i| &i.name);
    let names = s
        .tables
        .keys()
        .chain(s.views.keys())
        .chain(s.materialized_views.keys())
        .chain(s.sequences.keys())
        .chain(indexes)
        .chain(s.composite_types.keys())
        .filter(|n| n.schema == schema)
        .map(|n| n.name.clone());
    let constraints = s
        .tables
        .values()
        .filter(|t| t.name.schema == schema && (own || &t.name != table))
        .flat_map(|t| t.constraints.keys().cloned());
    names.chain(constraints).collect()
}

/// Names of `schema` that `changes` free in the drop phase, which runs before any table joins a
/// parent: dropped tables, views and materialized views with their indexes and keys, dropped
/// indexes, and the indexes of dropped keys. (Sequences, dropped late, keep theirs.)
pub(super) fn freed(changes: &[Change], source: &Schema, schema: &str) -> BTreeSet<String> {
    let relations: Vec<&QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::DropTable(t) => Some(&t.name),
            Change::DropView(v) | Change::DropMaterializedView(v) => Some(&v.name),
            _ => None,
        })
        .filter(|name| name.schema == schema)
        .collect();
    let own = source
        .indexes
        .values()
        .filter(|i| relations.contains(&&i.table))
        .flat_map(|i| std::iter::once(&i.name.name).chain(i.constraint.iter()));
    let dropped = changes.iter().filter_map(|c| match c {
        Change::DropIndex(i) => Some(&i.name),
        Change::DropConstraint {
            constraint: Constraint {
                index: Some(ix), ..
            },
            ..
        } => Some(ix),
        _ => None,
    });
    relations
        .iter()
        .map(|name| &name.name)
        .chain(own)
        .chain(dropped.filter(|ix| ix.schema == schema).map(|ix| &ix.name))
        .cloned()
        .collect()
}

/// `i` could be taken as a copy of the partitioned index `parent`: the same method, keys,
/// classes, ordering, INCLUDE columns, predicate and uniqueness (what follows `USING` in the
/// definitions; columns match by name).
pub(super) fn same_shape(i: &Index, parent: &Index) -> bool {
    let shape = |d: &str| d.split_once(" USING ").map(|(_, rest)| rest.to_string());
    i.unique == parent.unique
        && i.nulls_not_distinct == parent.nulls_not_distinct
        && shape(&i.body).is_some()
        && shape(&i.body) == shape(&parent.body)
}

/// The name PostgreSQL gives `copy` (an index of `table` attached to a parent index) when it
/// makes it: `<table>_<columns>_idx`, `_key` for a unique or exclusion key (`_excl`), `_pkey`.
pub(super) fn copy_name(copy: &Index, table: &Table, taken: &dyn Fn(&str) -> bool) -> String {
    let label = match (&copy.constraint, copy.primary) {
        (_, true) => "pkey",
        (Some(k), _)
            if table
                .constraints
                .get(k)
                .is_some_and(|c| c.kind == ConstraintKind::Exclusion) =>
        {
            "excl"
        }
        (Some(_), _) => "key",
        (None, _) => "idx",
    };
    let columns = column_names(copy.key_columns.iter().chain(&copy.include_columns));
    let addition = (!copy.primary).then_some(columns);
    choose_relation_name(&table.name.name, addition.as_deref(), label, taken)
}

/// The column part of an index name as PostgreSQL makes it (`ChooseIndexColumnNames`): key
/// and INCLUDE columns by name (`expr` for an expression), a repeated name numbered, joined by
/// `_` and cut at the name length limit. `columns` are quoted as the catalog gives them.
fn column_names<'a>(columns: impl Iterator<Item = &'a String>) -> String {
    let mut names: Vec<String> = Vec::new();
    for c in columns {
        let base = unquoted(c)
            .or_else(|| expression_name(c))
            .unwrap_or_else(|| "expr".to_string());
        let mut name = base.clone();
        let mut n = 1;
        while names.contains(&name) {
            let suffix = n.to_string();
            name = format!("{}{suffix}", clip(&base, NAME_LIMIT - suffix.len()));
            n += 1;
        }
        names.push(name);
    }
    let mut out = String::new();
    for n in names {
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&n);
        if out.len() > NAME_LIMIT {
            break;
        }
    }
    out
}

/// The name PostgreSQL gives an index column that is an expression (`FigureIndexColname`,
/// applied to the expression as parsed): a function's name (`lower(email)` is `lower`), the
/// column under a cast or collation, `coalesce`, `greatest`, `case` and so on; none (`expr`)
/// for an operator. A partition's copy of an index takes these names from its parent's
/// columns (PostgreSQL docs, CREATE INDEX: the name is chosen from the table and columns).
fn expression_name(expression: &str) -> Option<String> {
    let parsed = pg_query::parse(&format!("SELECT {expression}"), 0).ok()?;
    let statement = parsed
        .protobuf
        .stmts
        .first()?
        .stmt
        .as_ref()?
        .node
        .as_ref()?;
    let pg_query::NodeEnum::SelectStmt(select) = statement else {
        return None;
    };
    let target = select.target_list.first()?.node.as_ref()?;
    let pg_query::NodeEnum::ResTarget(target) = target else {
        return None;
    };
    figure_name(target.val.as_deref()?).0
}

/// `FigureColnameInternal` (parse_target.c): a name for `node` and how strongly it holds (2 a
/// column or function name, 1 a type or `case`, 0 none).
fn figure_name(node: &pg_query::Node) -> (Option<String>, u8) {
    use pg_query::NodeEnum as N;
    let last_string = |nodes: &[pg_query::Node]| {
        nodes.iter().rev().find_map(|n| match &n.node {
            Some(N::String(s)) => Some(s.sval.clone()),
            _ => None,
        })
    };
    let named = |s: &str| (Some(s.to_string()), 2);
    match node.node.as_ref() {
        Some(N::ColumnRef(c)) => match last_string(&c.fields) {
            Some(name) => (Some(name), 2),
            None => (None, 0),
        },
        Some(N::AIndirection(i)) => match last_string(&i.indirection) {
            Some(name) => (Some(name), 2),
            None => i.arg.as_deref().map_or((None, 0), figure_name),
        },
        Some(N::FuncCall(f)) => match last_string(&f.funcname) {
            Some(name) => (Some(name), 2),
            None => (None, 0),
        },
        Some(N::AExpr(e)) if e.kind == pg_query::protobuf::AExprKind::AexprNullif as i32 => {
            named("nullif")
        }
        Some(N::TypeCast(c)) => {
            let inner = c.arg.as_deref().map_or((None, 0), figure_name);
            match (
                &inner,
                c.type_name.as_ref().and_then(|t| last_string(&t.names)),
            ) {
                ((_, strength), Some(name)) if *strength <= 1 => (Some(name), 1),
                _ => inner,
            }
        }
        Some(N::CollateClause(c)) => c.arg.as_deref().map_or((None, 0), figure_name),
        Some(N::CaseExpr(c)) => {
            let inner = c.defresult.as_deref().map_or((None, 0), figure_name);
            if inner.1 <= 1 {
                (Some("case".to_string()), 1)
            } else {
                inner
            }
        }
        Some(N::AArrayExpr(_)) => named("array"),
        Some(N::RowExpr(_)) => named("row"),
        Some(N::CoalesceExpr(_)) => named("coalesce"),
        Some(N::MinMaxExpr(m)) if m.op == pg_query::protobuf::MinMaxOp::IsGreatest as i32 => {
            named("greatest")
        }
        Some(N::MinMaxExpr(_)) => named("least"),
        Some(N::GroupingFunc(_)) => named("grouping"),
        _ => (None, 0),
    }
}

/// A column as written in an index definition, unquoted; none for an expression.
fn unquoted(c: &str) -> Option<String> {
    if let Some(inner) = c.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
        return (!inner.replace("\"\"", "").contains('"')).then(|| inner.replace("\"\"", "\""));
    }
    let mut chars = c.chars();
    let first = chars.next()?;
    ((first.is_ascii_lowercase() || first == '_')
        && chars.all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_' || ch == '$'))
    .then(|| c.to_string())
}

/// PostgreSQL's longest name, in bytes (NAMEDATALEN - 1).
const NAME_LIMIT: usize = 63;

/// `s` cut to at most `n` bytes on a character boundary.
fn clip(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `ChooseRelationName`: `name1[_name2]_label`, the longer part cut first to fit, and the label
/// numbered (`idx1`, `idx2`, ...) until the name is not `taken`.
fn choose_relation_name(
    name1: &str,
    name2: Option<&str>,
    label: &str,
    taken: &dyn Fn(&str) -> bool,
) -> String {
    let make = |label: &str| {
        let overhead = usize::from(name2.is_some()) + label.len() + 1;
        let avail = NAME_LIMIT.saturating_sub(overhead);
        let (mut n1, mut n2) = (name1.len(), name2.map_or(0, str::len));
        while n1 + n2 > avail {
            if n1 > n2 {
                n1 -= 1;
            } else {
                n2 -= 1;
            }
        }
        let mut name = clip(name1, n1).to_string();
        if let Some(n) = name2 {
            name.push('_');
            name.push_str(clip(n, n2));
        }
        name.push('_');
        name.push_str(label);
        name
    };
    let mut name = make(label);
    let mut pass = 0;
    while taken(&name) {
        pass += 1;
        name = make(&format!("{label}{pass}"));
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expression_columns_are_named_as_postgresql_names_them() {
        let name = |e: &str| expression_name(e);
        assert_eq!(name("lower(email)").as_deref(), Some("lower"));
        assert_eq!(name("lower((email)::text)").as_deref(), Some("lower"));
        assert_eq!(name("public.f(a, b)").as_deref(), Some("f"));
        assert_eq!(name("((\"Code\")::text)").as_deref(), Some("Code"));
        assert_eq!(name("(payload ->> 'type'::text)"), None);
        assert_eq!(name("((a || 'x'::text))"), None);
        assert_eq!(name("COALESCE(a, b)").as_deref(), Some("coalesce"));
        assert_eq!(name("GREATEST(a, b)").as_deref(), Some("greatest"));
        assert_eq!(name("LEAST(a, b)").as_deref(), Some("least"));
        assert_eq!(
            name("CASE WHEN a THEN 1 ELSE 2 END").as_deref(),
            Some("case")
        );
        assert_eq!(name("(('x'::text)::varchar)").as_deref(), Some("varchar"));
        assert_eq!(name("NULLIF(a, '')").as_deref(), Some("nullif"));
        assert_eq!(name("('a'::text)").as_deref(), Some("text"));
        assert_eq!(name("(r).field").as_deref(), Some("field"));
        let columns = [
            "lower(a)".to_string(),
            "lower(b)".to_string(),
            "(a + b)".to_string(),
        ];
        assert_eq!(column_names(columns.iter()), "lower_lower1_expr");
    }

    #[test]
    fn names_are_chosen_as_postgresql_chooses_them() {
        let cols = |c: &[&str]| {
            let v: Vec<String> = c.iter().map(|s| s.to_string()).collect();
            column_names(v.iter())
        };
        assert_eq!(
            choose_relation_name("orders_2024", Some(&cols(&["k", "id"])), "idx", &|_| false),
            "orders_2024_k_id_idx"
        );
        assert_eq!(
            choose_relation_name("orders_2024", None, "pkey", &|_| false),
            "orders_2024_pkey"
        );
        assert_eq!(
            cols(&["lower(x)", "\"Mixed\"", "lower(y)"]),
            "lower_Mixed_lower1"
        );
        let taken: BTreeSet<String> = ["t_a_idx".to_string(), "t_a_idx1".to_string()].into();
        assert_eq!(
            choose_relation_name("t", Some("a"), "idx", &|n| taken.contains(n)),
            "t_a_idx2"
        );
        // Too long: the longer part is cut first.
        let long = "a".repeat(70);
        let name = choose_relation_name(&long, Some("id"), "key", &|_| false);
        assert_eq!(name.len(), 63);
        assert!(name.ends_with("a_id_key"));
    }
}
