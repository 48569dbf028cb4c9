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
/// and INCLUDE columns by name, an expression by the name `FigureIndexColname` gives it
/// ([`expression_name`], `expr` when it gives none), a repeated name numbered, joined by `_`
/// and cut at the name length limit. `columns` are quoted as the catalog gives them.
///
/// A partition's copy of an index is named from its parent index's column names (the clone
/// carries them: `generateClonedIndexStmt` copies each `attname`), which were chosen this way
/// when the parent was created.
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

/// The column name PostgreSQL figures for an index expression (`FigureIndexColname` in
/// parse_target.c): a function's name, the last field of a column reference, a cast's argument
/// (or its type's name when the argument has none), `coalesce`, `greatest`, `case`, `array`,
/// `row`, and so on; none for operators and other shapes. The catalog prints the stored
/// expression, which figures the same name as the text it was made from.
fn expression_name(expression: &str) -> Option<String> {
    use pg_query::NodeEnum;
    let parsed = pg_query::parse(&format!("SELECT {expression}"), 0).ok()?;
    let stmt = parsed
        .protobuf
        .stmts
        .first()?
        .stmt
        .as_ref()?
        .node
        .as_ref()?;
    let NodeEnum::SelectStmt(select) = stmt else {
        return None;
    };
    let NodeEnum::ResTarget(target) = select.target_list.first()?.node.as_ref()? else {
        return None;
    };
    figure(target.val.as_deref()?).map(|(name, _)| name)
}

/// `FigureColnameInternal`: a name and its strength (2 a real name, 1 a type's or `case`).
fn figure(node: &pg_query::Node) -> Option<(String, u8)> {
    use pg_query::protobuf::{AExprKind, MinMaxOp, SqlValueFunctionOp as Op, SubLinkType};
    use pg_query::NodeEnum as N;
    let last_string = |nodes: &[pg_query::Node]| {
        nodes.iter().rev().find_map(|n| match n.node.as_ref() {
            Some(N::String(s)) => Some(s.sval.clone()),
            _ => None,
        })
    };
    let named = |n: &str| Some((n.to_string(), 2));
    match node.node.as_ref()? {
        N::ColumnRef(c) => last_string(&c.fields).map(|n| (n, 2)),
        N::AIndirection(i) => match last_string(&i.indirection) {
            Some(n) => Some((n, 2)),
            None => figure(i.arg.as_deref()?),
        },
        N::FuncCall(f) => last_string(&f.funcname).map(|n| (n, 2)),
        N::AExpr(e) if e.kind() == AExprKind::AexprNullif => named("nullif"),
        N::TypeCast(t) => {
            let inner = t.arg.as_deref().and_then(figure);
            match inner {
                Some((n, 2)) => Some((n, 2)),
                _ => t
                    .type_name
                    .as_ref()
                    .and_then(|tn| last_string(&tn.names))
                    .map(|n| (n, 1))
                    .or(inner),
            }
        }
        N::CollateClause(c) => figure(c.arg.as_deref()?),
        N::GroupingFunc(_) => named("grouping"),
        N::SubLink(s) => match s.sub_link_type() {
            SubLinkType::ExistsSublink => named("exists"),
            SubLinkType::ArraySublink => named("array"),
            _ => None,
        },
        N::CaseExpr(c) => match c.defresult.as_deref().and_then(figure) {
            Some((n, 2)) => Some((n, 2)),
            _ => Some(("case".to_string(), 1)),
        },
        N::AArrayExpr(_) => named("array"),
        N::RowExpr(_) => named("row"),
        N::CoalesceExpr(_) => named("coalesce"),
        N::MinMaxExpr(m) => match m.op() {
            MinMaxOp::IsGreatest => named("greatest"),
            MinMaxOp::IsLeast => named("least"),
            _ => None,
        },
        N::SqlvalueFunction(f) => named(match f.op() {
            Op::SvfopCurrentDate => "current_date",
            Op::SvfopCurrentTime | Op::SvfopCurrentTimeN => "current_time",
            Op::SvfopCurrentTimestamp | Op::SvfopCurrentTimestampN => "current_timestamp",
            Op::SvfopLocaltime | Op::SvfopLocaltimeN => "localtime",
            Op::SvfopLocaltimestamp | Op::SvfopLocaltimestampN => "localtimestamp",
            Op::SvfopCurrentRole => "current_role",
            Op::SvfopCurrentUser => "current_user",
            Op::SvfopUser => "user",
            Op::SvfopSessionUser => "session_user",
            Op::SvfopCurrentCatalog => "current_catalog",
            Op::SvfopCurrentSchema => "current_schema",
            Op::SqlvalueFunctionOpUndefined => return None,
        }),
        _ => None,
    }
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
        assert_eq!(
            cols(&[
                "(a || b)",
                "COALESCE(a, b)",
                "(a::integer)",
                "a",
                "public.\"Norm\"(b)",
                "CASE WHEN a IS NULL THEN 0 ELSE 1 END",
                "(b::text)::\"char\"",
                "NULLIF(a, b)",
                "(a + 1)",
                "GREATEST(a, b)",
                "CURRENT_DATE",
            ]),
            "expr_coalesce_a_a1_Norm_case_b_nullif_expr1_greatest_current_date"
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
