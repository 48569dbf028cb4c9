//! Rows for partitioned tables: a row inserted into a partitioned table must fall in one of its
//! partitions, which generic values rarely do for range and list partitions. For each leaf
//! partition this reads the bound of every level between it and the table, and gives the key
//! columns the values that put a row there: a range's lower bound (inclusive), a list's first
//! value. Hash partitions and the default partition take any value, so they fix nothing;
//! neither does an expression key, nor a `MINVALUE` lower bound (the generic values are tried).

use std::collections::BTreeMap;

use crate::apply::ApplyError;

/// Each leaf partition of a partitioned table (in name order): its bound and the parent's key
/// columns (NULL for an expression), one row per level between the leaf and the table.
const LEVELS: &str = "
WITH RECURSIVE up(leaf, child) AS (
    SELECT t.relid::oid, t.relid::oid FROM pg_partition_tree($1::oid::regclass) t WHERE t.isleaf
  UNION ALL
    SELECT up.leaf, i.inhparent FROM up JOIN pg_inherits i ON i.inhrelid = up.child
     WHERE up.child <> $1::oid
)
SELECT up.leaf, pg_get_expr(c.relpartbound, c.oid),
       ARRAY(SELECT a.attname::text
               FROM unnest(pt.partattrs::int2[]) WITH ORDINALITY k(n, i)
               LEFT JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = k.n
              ORDER BY k.i)
  FROM up
  JOIN pg_class c ON c.oid = up.child
  JOIN pg_inherits i ON i.inhrelid = up.child
  JOIN pg_partitioned_table pt ON pt.partrelid = i.inhparent
  JOIN pg_class l ON l.oid = up.leaf
 WHERE up.child <> $1::oid
 ORDER BY l.relname, up.leaf, c.relname";

/// For each leaf partition of the partitioned table `oid`, the values (SQL constants) its key
/// columns take so a row lands in it. Empty when the table has no partitions.
pub async fn leaf_keys(
    client: &tokio_postgres::Client,
    oid: u32,
) -> Result<Vec<BTreeMap<String, String>>, ApplyError> {
    let rows = client
        .query(LEVELS, &[&oid])
        .await
        .map_err(|e| ApplyError::Db(format!("reading partition bounds: {e}")))?;
    let mut leaves: Vec<(u32, BTreeMap<String, String>)> = Vec::new();
    for r in rows {
        let leaf: u32 = r.get(0);
        let bound: Option<String> = r.get(1);
        let keys: Vec<Option<String>> = r.get(2);
        if leaves.last().map(|(l, _)| *l) != Some(leaf) {
            leaves.push((leaf, BTreeMap::new()));
        }
        let fixed = &mut leaves.last_mut().expect("pushed above").1;
        let values = bound.as_deref().map(bound_values).unwrap_or_default();
        for (key, value) in keys.into_iter().zip(values) {
            if let (Some(key), Some(value)) = (key, value) {
                fixed.entry(key).or_insert(value);
            }
        }
    }
    Ok(leaves.into_iter().map(|(_, f)| f).collect())
}

/// The key values a partition bound (as `pg_get_expr` writes it) admits, one per key column:
/// `FOR VALUES FROM (a, b) TO (...)` gives `a, b` (none from `MINVALUE` on), `FOR VALUES IN
/// (a, ...)` gives `a`; hash and `DEFAULT` bounds give nothing.
pub fn bound_values(bound: &str) -> Vec<Option<String>> {
    let b = bound.trim();
    let items = if let Some(rest) = b.strip_prefix("FOR VALUES FROM ") {
        parenthesized(rest)
    } else if let Some(rest) = b.strip_prefix("FOR VALUES IN ") {
        // A list bound is over one column: its first non-NULL value.
        return vec![parenthesized(rest)
            .into_iter()
            .find(|v| !v.eq_ignore_ascii_case("NULL"))];
    } else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut open = false;
    for item in items {
        open = open || item == "MINVALUE" || item == "MAXVALUE";
        out.push((!open).then_some(item));
    }
    out
}

/// The comma-separated items of the parenthesized list `text` starts with (quotes, nested
/// parentheses and doubled quotes respected), each trimmed.
fn parenthesized(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            current.push(c);
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    current.push(chars.next().expect("peeked"));
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        match c {
            '\'' => {
                quoted = true;
                current.push(c);
            }
            '(' => {
                if depth > 0 {
                    current.push(c);
                }
                depth += 1;
            }
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    items.push(current.trim().to_string());
                    return items;
                }
                current.push(c);
            }
            ',' if depth == 1 => items.push(std::mem::take(&mut current).trim().to_string()),
            _ if depth > 0 => current.push(c),
            _ => {}
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(v: &[&str]) -> Vec<Option<String>> {
        v.iter().map(|s| Some(s.to_string())).collect()
    }

    #[test]
    fn bounds_give_the_values_that_land_a_row_in_them() {
        assert_eq!(
            bound_values("FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')"),
            some(&["'2024-01-01'"])
        );
        assert_eq!(
            bound_values("FOR VALUES FROM (1, 'a,b''c') TO (1, 'z')"),
            some(&["1", "'a,b''c'"])
        );
        assert_eq!(
            bound_values("FOR VALUES FROM (5, MINVALUE) TO (6, MAXVALUE)"),
            vec![Some("5".to_string()), None]
        );
        assert_eq!(
            bound_values("FOR VALUES FROM (MINVALUE) TO (0)"),
            vec![None]
        );
        assert_eq!(
            bound_values("FOR VALUES IN (NULL, 'eu', 'us')"),
            some(&["'eu'"])
        );
        assert_eq!(bound_values("FOR VALUES IN ('(1,2)')"), some(&["'(1,2)'"]));
        assert!(bound_values("FOR VALUES WITH (modulus 4, remainder 1)").is_empty());
        assert!(bound_values("DEFAULT").is_empty());
    }
}
