//! The names PostgreSQL gives the indexes it makes itself (a partition's copies of its
//! parent's indexes and keys), and which indexes it takes as such copies. Pure.

use std::collections::BTreeSet;

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
        let base = unquoted(c).unwrap_or_else(|| "expr".to_string());
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
            "expr_Mixed_expr1"
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
