//! Row survival: what validation with rows checks after the plan and after the rollback. A
//! table keeps its row count unless the plan declares `deletes-data` on it; a table the plan
//! recreates (stash, create anew, copy) keeps its rows' values, compared as a checksum of the
//! rows by column name over the columns both schemas give the same type.
//!
//! Counts are taken `FROM ONLY` each table, so attaching or detaching a partition, or joining or
//! leaving an inheritance parent, moves no row between counts. A recreated table is counted
//! with its partitions (its rows move from the table into them when it becomes partitioned),
//! not with its inheritance children (each keeps its own rows),
//! and the tables under it are checked through it; a partition that leaves it in the plan (and
//! stays, standalone) keeps its rows, which are counted with it afterwards.

use std::collections::{BTreeMap, BTreeSet};

use crate::apply::ApplyError;
use crate::catalog::Filter;
use crate::db;
use crate::diff::Change;
use crate::model::{ObjectId, QualifiedName, Schema};
use crate::plan::hazard::Hazard;
use crate::plan::Plan;
use crate::sql::writer::{ident, literal, qualified};

/// Row counts of every table, and the checksums of the tables a plan recreates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rows {
    /// `count(*) FROM ONLY` each table.
    pub counts: BTreeMap<QualifiedName, i64>,
    /// The parents (partitioning or inheritance) of each table that has any.
    pub parents: BTreeMap<QualifiedName, Vec<QualifiedName>>,
    /// Of each recreated table: its rows with its partitions, and their checksum.
    pub recreated: BTreeMap<QualifiedName, (i64, String)>,
}

const TABLES: &str = "
SELECT n.nspname::text, c.relname::text,
       ARRAY(SELECT jsonb_build_array(pn.nspname::text, p.relname::text) #>> '{}' FROM pg_inherits i
             JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgshift')
   AND n.nspname NOT LIKE 'pg\\_%'
 ORDER BY 1, 2";

fn q(e: tokio_postgres::Error) -> ApplyError {
    ApplyError::Db(format!("counting rows: {}", db::error_text(&e)))
}

/// The columns whose values a recreated table must keep: those `from` and `to` both give it,
/// with the same type.
pub fn kept_columns(from: &Schema, to: &Schema, table: &QualifiedName) -> Vec<String> {
    let (Some(a), Some(b)) = (from.tables.get(table), to.tables.get(table)) else {
        return Vec::new();
    };
    a.columns
        .iter()
        .filter(|c| c.generated.is_none())
        .filter(|c| {
            b.columns
                .iter()
                .any(|d| d.name == c.name && d.data_type == c.data_type)
        })
        .map(|c| c.name.clone())
        .collect()
}

/// Tables `plan` recreates (stashes and creates anew).
pub fn recreated(plan: &Plan) -> BTreeSet<QualifiedName> {
    plan.steps
        .iter()
        .filter_map(|s| match &s.change {
            Change::StashTable { table, .. } => Some(table.name.clone()),
            _ => None,
        })
        .collect()
}

/// The partitions each table `plan` recreates detaches for good (they stay, standalone or under
/// another parent, with their rows): detached on their own, or recreated themselves (their
/// stash detaches them) and created again outside it.
pub fn leaving(plan: &Plan) -> BTreeMap<QualifiedName, Vec<QualifiedName>> {
    let recreated = recreated(plan);
    let mut out: BTreeMap<QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
    for s in &plan.steps {
        match &s.change {
            Change::DetachPartition { table, parent } if recreated.contains(parent) => {
                out.entry(parent.clone()).or_default().push(table.clone());
            }
            Change::StashTable { table, .. } => {
                let Some(old) = table.partition_of.as_ref().map(|p| &p.parent) else {
                    continue;
                };
                if recreated.contains(old) && new_parent(plan, &table.name) != Some(old) {
                    out.entry(old.clone()).or_default().push(table.name.clone());
                }
            }
            _ => {}
        }
    }
    out
}

/// The tables that join the tree of a table `plan` recreates, bringing rows from outside it:
/// attached to it while they were not its partitions, or recreated themselves under it from
/// elsewhere. Their rows count with it before the plan (and, for its rollback, after it).
pub fn joining(plan: &Plan) -> BTreeMap<QualifiedName, Vec<QualifiedName>> {
    let recreated = recreated(plan);
    // Partitions a recreated table's stash detaches and the plan attaches again: its own.
    let own: BTreeSet<(&QualifiedName, &QualifiedName)> = plan
        .steps
        .iter()
        .filter_map(|s| match &s.change {
            Change::StashTable { table, detach, .. } => {
                Some(detach.iter().map(move |d| (d, &table.name)))
            }
            _ => None,
        })
        .flatten()
        .collect();
    let created: BTreeSet<&QualifiedName> = plan
        .steps
        .iter()
        .filter_map(|s| match &s.change {
            Change::CreateTable(t) => Some(&t.name),
            _ => None,
        })
        .collect();
    let mut out: BTreeMap<QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
    for s in &plan.steps {
        match &s.change {
            Change::AttachPartition { table, parent, .. }
                if recreated.contains(parent)
                    && !own.contains(&(table, parent))
                    && !created.contains(table) =>
            {
                out.entry(parent.clone()).or_default().push(table.clone());
            }
            Change::StashTable { table, .. } => {
                let Some(new) = new_parent(plan, &table.name) else {
                    continue;
                };
                let old = table.partition_of.as_ref().map(|p| &p.parent);
                if recreated.contains(new) && old != Some(new) {
                    out.entry(new.clone()).or_default().push(table.name.clone());
                }
            }
            _ => {}
        }
    }
    out
}

/// The parent a table the plan creates is a partition of.
fn new_parent<'a>(plan: &'a Plan, table: &QualifiedName) -> Option<&'a QualifiedName> {
    plan.steps.iter().find_map(|s| match &s.change {
        Change::CreateTable(t) if &t.name == table => t.partition_of.as_ref().map(|p| &p.parent),
        _ => None,
    })
}

/// Tables a statement of `plan` declares `deletes-data` on.
pub fn losing(plan: &Plan) -> BTreeSet<QualifiedName> {
    plan.steps
        .iter()
        .filter(|s| s.has(Hazard::DeletesData))
        .filter_map(|s| table_of(&s.change.target()))
        .collect()
}

/// The table an object belongs to (itself, for a table).
pub fn table_of(id: &ObjectId) -> Option<QualifiedName> {
    match id {
        ObjectId::Table { name } => Some(name.clone()),
        ObjectId::Column { table, .. }
        | ObjectId::Constraint { table, .. }
        | ObjectId::Policy { table, .. }
        | ObjectId::Trigger { table, .. } => Some(table.clone()),
        _ => None,
    }
}

/// Counts the rows of every table of the schemas `filter` includes, and checksums the tables of
/// `checksums` over the columns given, with the rows of the partitions `left` them.
pub async fn snapshot(
    url: &str,
    filter: &Filter,
    checksums: &BTreeMap<QualifiedName, Vec<String>>,
    left: &BTreeMap<QualifiedName, Vec<QualifiedName>>,
) -> Result<Rows, ApplyError> {
    let client = db::connect(url).await?;
    let mut out = Rows::default();
    for r in client.query(TABLES, &[]).await.map_err(q)? {
        let name = QualifiedName::new(r.get::<_, String>(0), r.get::<_, String>(1));
        if !filter.includes(&name.schema) {
            continue;
        }
        let parents: Vec<String> = r.get(2);
        let parents: Vec<QualifiedName> = parents
            .iter()
            .filter_map(|p| serde_json::from_str::<(String, String)>(p).ok())
            .map(|(s, n)| QualifiedName::new(s, n))
            .collect();
        if !parents.is_empty() {
            out.parents.insert(name.clone(), parents);
        }
        out.counts.insert(name, 0);
    }
    if !out.counts.is_empty() {
        let sql = out
            .counts
            .keys()
            .map(|t| format!("(SELECT count(*) FROM ONLY {})", qualified(t)))
            .collect::<Vec<_>>()
            .join(", ");
        let row = client
            .query_one(&format!("SELECT ARRAY[{sql}]::int8[]"), &[])
            .await
            .map_err(q)?;
        let counts: Vec<i64> = row.get(0);
        for (slot, n) in out.counts.values_mut().zip(counts) {
            *slot = n;
        }
    }
    for (table, columns) in checksums {
        if !out.counts.contains_key(table) {
            continue;
        }
        // Each row as a JSON object of the kept columns (keys in jsonb's own order, so by
        // name), sorted, hashed.
        let list = if columns.is_empty() {
            "1 AS one".to_string()
        } else {
            columns
                .iter()
                .map(|c| ident(c))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // The table's own rows and its partitions', not its inheritance children's: they
        // keep their own rows, counted as theirs (a child that leaves or joins the table in
        // the plan moved none of its rows). Foreign partitions hold no local rows and are
        // not read (their wrapper may have no handler here).
        // (A table listed both under it and as leaving or joining it is read once.)
        let mut read: BTreeSet<QualifiedName> = BTreeSet::new();
        let mut from = Vec::new();
        for t in std::iter::once(table).chain(left.get(table).into_iter().flatten()) {
            if !out.counts.contains_key(t) {
                continue;
            }
            let oid = format!("{}::regclass", literal(&qualified(t)));
            let leaves = client
                .query(
                    &format!(
                        "SELECT n.nspname::text, c.relname::text \
                         FROM pg_catalog.pg_partition_tree({oid}) p \
                         JOIN pg_catalog.pg_class c ON c.oid = p.relid \
                         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                         WHERE c.relkind = 'r' AND p.level > 0 ORDER BY p.level, 1, 2"
                    ),
                    &[],
                )
                .await
                .map_err(q)?;
            // Its own rows (none when it is partitioned), then its local partitions'.
            let leaves = leaves
                .iter()
                .map(|r| QualifiedName::new(r.get::<_, String>(0), r.get::<_, String>(1)));
            for t in std::iter::once(t.clone()).chain(leaves) {
                if read.insert(t.clone()) {
                    from.push(format!("SELECT {list} FROM ONLY {}", qualified(&t)));
                }
            }
        }
        let from = from.join(" UNION ALL ");
        let sql = format!(
            "SELECT count(*), md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) \
             FROM (SELECT to_jsonb(s)::text AS r FROM ({from}) s) x"
        );
        let row = client.query_one(&sql, &[]).await.map_err(q)?;
        out.recreated.insert(
            table.clone(),
            (row.get::<_, i64>(0), row.get::<_, String>(1)),
        );
    }
    Ok(out)
}

/// What did not survive from `before` to `after`: one line per table. `exempt` tables (data the
/// plan says it deletes) are not compared; recreated tables (those `after` has a checksum of)
/// are compared with their partitions and by checksum, and the tables under them through them.
pub fn compare(before: &Rows, after: &Rows, exempt: &BTreeSet<QualifiedName>) -> Vec<String> {
    let under_recreated = |t: &QualifiedName, rows: &Rows| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![t.clone()];
        while let Some(x) = stack.pop() {
            if !seen.insert(x.clone()) {
                continue;
            }
            if x != *t && after.recreated.contains_key(&x) {
                return true;
            }
            stack.extend(rows.parents.get(&x).into_iter().flatten().cloned());
        }
        false
    };
    let mut out = Vec::new();
    for (table, n) in &before.counts {
        if exempt.contains(table) {
            continue;
        }
        if let (Some((bn, bsum)), Some((an, asum))) =
            (before.recreated.get(table), after.recreated.get(table))
        {
            if bn != an {
                out.push(format!("{table} (recreated) had {bn} row(s) and has {an}"));
            } else if bsum != asum {
                out.push(format!(
                    "{table} (recreated) kept its {bn} row(s) but not their values (the checksum of its rows by column name differs)"
                ));
            }
            continue;
        }
        if under_recreated(table, before) || under_recreated(table, after) {
            continue;
        }
        if let Some(m) = after.counts.get(table) {
            if m != n {
                out.push(format!("{table} had {n} row(s) and has {m}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qn(n: &str) -> QualifiedName {
        QualifiedName::new("public", n)
    }

    #[test]
    fn counts_must_match_unless_exempt() {
        let mut before = Rows::default();
        before.counts.insert(qn("a"), 3);
        before.counts.insert(qn("b"), 2);
        let mut after = before.clone();
        after.counts.insert(qn("a"), 0);
        let lost = compare(&before, &after, &BTreeSet::new());
        assert_eq!(lost, ["public.a had 3 row(s) and has 0"]);
        assert!(compare(&before, &after, &[qn("a")].into()).is_empty());
    }

    #[test]
    fn recreated_tables_compare_by_checksum_and_cover_their_partitions() {
        let mut before = Rows::default();
        before.counts.insert(qn("t"), 2);
        before.recreated.insert(qn("t"), (2, "x".into()));
        let mut after = Rows::default();
        after.counts.insert(qn("t"), 0);
        after.counts.insert(qn("t_1"), 2);
        after.parents.insert(qn("t_1"), vec![qn("t")]);
        after.recreated.insert(qn("t"), (2, "x".into()));
        assert!(compare(&before, &after, &BTreeSet::new()).is_empty());
        after.recreated.insert(qn("t"), (2, "y".into()));
        let lost = compare(&before, &after, &BTreeSet::new());
        assert!(lost[0].contains("not their values"), "{lost:?}");
    }
}
