//! Rows for plan validation when the project has no seed: a few rows per table, generated on the
//! server from the catalog, so a plan is proven on tables that hold data (a `NOT NULL` column
//! added without a default, a key over duplicates, a cast a value does not survive).
//!
//! Invariants: deterministic (the same schema gets the same rows: values are derived from the
//! row number and the column's type, never random); tables are filled in foreign-key order
//! (referenced tables first) and a foreign key takes the referenced table's rows; each row is
//! its own statement, so a row a CHECK, a trigger or a unique key rejects does not stop the
//! others; a table no row fits is skipped and said so. Defaults, identities and generated
//! columns are left to the server. A row first sets every foreign key it can; when no value set
//! fits, nullable foreign keys are left NULL all but one at a time, then all of them (a CHECK
//! may allow only one of several parents: `(post_id IS NULL) <> (comment_id IS NULL)`).

use std::collections::{BTreeMap, BTreeSet};

use super::values::{self, Types};
use crate::apply::ApplyError;
use crate::catalog::Filter;
use crate::db;
use crate::model::QualifiedName;
use crate::sql::writer::{ident, literal, qualified};

/// Rows generated per table.
const ROWS: usize = 3;
/// Value sets tried for a row before it is given up (see [`values::leaf`]).
const ATTEMPTS: usize = values::LAST + 1;

/// What [`generate`] put in the database.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Generated {
    /// Tables that got rows, with how many.
    pub filled: BTreeMap<QualifiedName, usize>,
    /// Tables left empty, each with the reason.
    pub skipped: Vec<(QualifiedName, String)>,
}

struct TableInfo {
    name: QualifiedName,
    columns: Vec<ColumnInfo>,
    /// A partitioned table (its rows must land in a partition).
    partitioned: bool,
}

struct ColumnInfo {
    name: String,
    /// `format_type` with an empty search_path: schema-qualified for non-catalog types.
    ty: String,
    not_null: bool,
    /// Left to the server: a default, an identity or a generated expression.
    server_fills: bool,
    /// The column's type and typmod, which decide the values tried (see [`values`]).
    type_oid: u32,
    typmod: i32,
}

struct ForeignKey {
    from: u32,
    to: u32,
    columns: Vec<String>,
    referenced: Vec<String>,
}

const TABLES: &str = "
SELECT c.oid, n.nspname::text, c.relname::text, c.relkind = 'p'
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgshift')
   AND n.nspname NOT LIKE 'pg\\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                   AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY 2, 3";

const COLUMNS: &str = "
SELECT a.attrelid, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '', a.atttypid, a.atttypmod
  FROM pg_attribute a
 WHERE a.attrelid = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attrelid, a.attnum";

const FOREIGN_KEYS: &str = "
SELECT c.conrelid, c.confrelid,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)
  FROM pg_constraint c
 WHERE c.contype = 'f' AND c.conrelid = ANY($1)
   -- A key referencing a partitioned table has a copy per referenced partition: the key
   -- itself (no parent constraint, or one on another table) is the one rows must meet.
   AND NOT EXISTS (SELECT 1 FROM pg_constraint p
                    WHERE p.oid = c.conparentid AND p.conrelid = c.conrelid)
 ORDER BY c.conname";

fn q(e: tokio_postgres::Error) -> ApplyError {
    ApplyError::Db(format!("generating rows: {}", db::error_text(&e)))
}

/// Fills the tables of the schemas `filter` includes in the database at `url` with a few rows
/// each (see the module comment).
pub async fn generate(url: &str, filter: &Filter) -> Result<Generated, ApplyError> {
    let client = db::connect(url).await?;
    // An empty search_path makes format_type qualify every type outside pg_catalog.
    client
        .batch_execute("SET search_path = ''; SET statement_timeout = '10s'")
        .await
        .map_err(q)?;
    let mut tables: BTreeMap<u32, TableInfo> = BTreeMap::new();
    for r in client.query(TABLES, &[]).await.map_err(q)? {
        let name = QualifiedName::new(r.get::<_, String>(1), r.get::<_, String>(2));
        if filter.includes(&name.schema) {
            tables.insert(
                r.get(0),
                TableInfo {
                    name,
                    columns: Vec::new(),
                    partitioned: r.get(3),
                },
            );
        }
    }
    let oids: Vec<u32> = tables.keys().copied().collect();
    for r in client.query(COLUMNS, &[&oids]).await.map_err(q)? {
        let Some(t) = tables.get_mut(&r.get::<_, u32>(0)) else {
            continue;
        };
        t.columns.push(ColumnInfo {
            name: r.get(1),
            ty: r.get(2),
            not_null: r.get(3),
            server_fills: r.get(4),
            type_oid: r.get(5),
            typmod: r.get(6),
        });
    }
    let type_oids: Vec<u32> = tables
        .values()
        .flat_map(|t| t.columns.iter().map(|c| c.type_oid))
        .collect::<BTreeSet<u32>>()
        .into_iter()
        .collect();
    let types = Types::from_rows(
        &client
            .query(values::TYPES, &[&type_oids])
            .await
            .map_err(q)?,
    );
    let mut keys: Vec<ForeignKey> = Vec::new();
    for r in client.query(FOREIGN_KEYS, &[&oids]).await.map_err(q)? {
        keys.push(ForeignKey {
            from: r.get(0),
            to: r.get(1),
            columns: r.get(2),
            referenced: r.get(3),
        });
    }
    // The rows go in as the schema's clients put theirs: under the database's own search_path.
    // Defaults, generated columns, checks and triggers run functions, and a function without a
    // `SET search_path` of its own resolves the names in its body through the caller's (docs,
    // "CREATE FUNCTION", Writing SECURITY DEFINER Functions Safely); under the empty path that
    // qualified the types above, a trigger naming its audit table unqualified would reject every
    // row. Every name the statements below write is qualified, so the path changes nothing else.
    client.batch_execute("RESET search_path").await.map_err(q)?;
    let mut out = Generated::default();
    for oid in fk_order(&oids, &keys) {
        let t = &tables[&oid];
        // The referenced rows each foreign key of the table can take (none: NULL, if allowed).
        let mut fk_values: BTreeMap<&str, Vec<Option<String>>> = BTreeMap::new();
        let mut blocked: Option<String> = None;
        // A NOT NULL self reference takes the row's own key: column -> referenced column.
        let mut own: BTreeMap<&str, &str> = BTreeMap::new();
        // The columns of each nullable foreign key given referenced rows.
        let mut optional: Vec<Vec<&str>> = Vec::new();
        for fk in keys.iter().filter(|k| k.from == oid) {
            if fk.to == oid && self_reference(t, fk) {
                for (c, r) in fk.columns.iter().zip(&fk.referenced) {
                    if c != r {
                        own.insert(c.as_str(), r.as_str());
                    }
                }
                continue;
            }
            let rows = if fk.to == oid || !tables.contains_key(&fk.to) {
                Vec::new()
            } else {
                referenced_rows(&client, &tables[&fk.to].name, &fk.referenced).await?
            };
            let nullable = fk
                .columns
                .iter()
                .all(|c| t.columns.iter().any(|x| &x.name == c && !x.not_null));
            if rows.is_empty() && !nullable {
                let to = tables
                    .get(&fk.to)
                    .map_or("a table outside the compared schemas".to_string(), |r| {
                        r.name.to_string()
                    });
                blocked = Some(format!(
                    "its foreign key ({}) references {to}, which has no rows",
                    fk.columns.join(", ")
                ));
                break;
            }
            if nullable && !rows.is_empty() {
                optional.push(fk.columns.iter().map(String::as_str).collect());
            }
            for (n, c) in fk.columns.iter().enumerate() {
                let values = (0..ROWS)
                    .map(|i| {
                        (!rows.is_empty())
                            .then(|| rows[i % rows.len()][n].clone())
                            .flatten()
                    })
                    .collect();
                fk_values.entry(c.as_str()).or_insert(values);
            }
        }
        // The key values that put each row in a partition (one set per leaf, taken in turn).
        let leaves = if t.partitioned {
            let leaves = super::partitions::leaf_keys(&client, oid).await?;
            if leaves.is_empty() {
                blocked = Some("a partitioned table without partitions takes no rows".into());
            }
            leaves
        } else {
            vec![BTreeMap::new()]
        };
        if let Some(reason) = blocked {
            out.skipped.push((t.name.clone(), reason));
            continue;
        }
        let unset = unset_choices(&optional);
        let mut inserted = 0;
        let mut last_error = String::new();
        'row: for row in 1..=ROWS {
            for unset in &unset {
                let given = Given {
                    foreign: &fk_values,
                    unset,
                    own: &own,
                    partition: &leaves[(row - 1) % leaves.len()],
                };
                for attempt in 0..ATTEMPTS {
                    let sql = match insert(t, &types, row, attempt, &given) {
                        Ok(sql) => sql,
                        Err(reason) => {
                            last_error = reason;
                            break;
                        }
                    };
                    match client.batch_execute(&sql).await {
                        Ok(()) => {
                            inserted += 1;
                            continue 'row;
                        }
                        Err(e) => last_error = db::error_text(&e),
                    }
                }
            }
        }
        if inserted > 0 {
            out.filled.insert(t.name.clone(), inserted);
        } else {
            let first = last_error.lines().next().unwrap_or("").to_string();
            out.skipped
                .push((t.name.clone(), format!("no row fits: {first}")));
        }
    }
    Ok(out)
}

/// Up to [`ROWS`] rows of `columns` of `table` (as text, NULLs left out), in a stable order.
async fn referenced_rows(
    client: &tokio_postgres::Client,
    table: &QualifiedName,
    columns: &[String],
) -> Result<Vec<Vec<Option<String>>>, ApplyError> {
    let cols: Vec<String> = columns.iter().map(|c| ident(c)).collect();
    let sql = format!(
        "SELECT ARRAY[{}] FROM {} WHERE ({}) IS NOT NULL ORDER BY 1 LIMIT {ROWS}",
        cols.iter()
            .map(|c| format!("{c}::text"))
            .collect::<Vec<_>>()
            .join(", "),
        qualified(table),
        cols.join(", "),
    );
    let rows = client.query(&sql, &[]).await.map_err(q)?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// Whether the self-referencing foreign key `fk` of `t` is filled with each row's own key: its
/// columns are NOT NULL (a nullable one is left NULL) and the referenced columns get generated
/// values (not a default or an identity, which the INSERT cannot name).
fn self_reference(t: &TableInfo, fk: &ForeignKey) -> bool {
    let column = |n: &String| t.columns.iter().find(|c| &c.name == n);
    fk.columns
        .iter()
        .any(|c| column(c).is_some_and(|c| c.not_null))
        && fk.columns.iter().zip(&fk.referenced).all(|(c, r)| {
            // A column referencing itself (`(parent, tree) REFERENCES (id, tree)`) holds.
            c == r || (column(r).is_some_and(|x| !x.server_fills) && !fk.columns.contains(r))
        })
}

/// The foreign key columns a row leaves NULL, in the order they are tried: none; for several
/// nullable foreign keys, every one but one (each in turn); then all of them.
fn unset_choices<'a>(optional: &[Vec<&'a str>]) -> Vec<BTreeSet<&'a str>> {
    let mut out = vec![BTreeSet::new()];
    if optional.len() > 1 {
        for keep in 0..optional.len() {
            out.push(
                optional
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != keep)
                    .flat_map(|(_, cols)| cols.iter().copied())
                    .collect(),
            );
        }
    }
    if !optional.is_empty() {
        out.push(optional.iter().flatten().copied().collect());
    }
    out
}

/// The values fixed for a row before generated ones: foreign keys' referenced rows (per row),
/// self references (the referenced column of the same row), partition keys.
struct Given<'a> {
    foreign: &'a BTreeMap<&'a str, Vec<Option<String>>>,
    /// Nullable foreign key columns this try leaves NULL (see [`unset_choices`]).
    unset: &'a BTreeSet<&'a str>,
    own: &'a BTreeMap<&'a str, &'a str>,
    partition: &'a BTreeMap<String, String>,
}

/// The INSERT of row `row` (1-based) of `t` with the value set `attempt`, or why there is none.
fn insert(
    t: &TableInfo,
    types: &Types,
    row: usize,
    attempt: usize,
    given: &Given<'_>,
) -> Result<String, String> {
    let mut names = Vec::new();
    let mut values = Vec::new();
    let value = |c: &ColumnInfo| -> Option<Option<String>> {
        if let Some(v) = given.partition.get(&c.name) {
            return Some(Some(v.clone()));
        }
        Some(match given.foreign.get(c.name.as_str()) {
            Some(_) if given.unset.contains(c.name.as_str()) => None,
            Some(vs) => vs[row - 1].as_deref().map(literal),
            None if c.server_fills => return None,
            // The last attempt leaves what may be NULL empty: a CHECK passes on NULL.
            None if attempt == ATTEMPTS - 1 && !c.not_null => None,
            None => types.value(c.type_oid, c.typmod, row, attempt),
        })
    };
    for c in &t.columns {
        let own = given
            .own
            .get(c.name.as_str())
            .and_then(|r| t.columns.iter().find(|x| &x.name == r));
        let v = match own {
            Some(referenced) => value(referenced).flatten(),
            None => match value(c) {
                Some(v) => v,
                None => continue,
            },
        };
        let v = match v {
            Some(v) => format!("({v})::{}", c.ty),
            None if c.not_null => {
                return Err(format!(
                    "no value of type {} for the NOT NULL column {}",
                    c.ty, c.name
                ))
            }
            None => continue,
        };
        names.push(ident(&c.name));
        values.push(v);
    }
    Ok(if names.is_empty() {
        format!("INSERT INTO {} DEFAULT VALUES", qualified(&t.name))
    } else {
        format!(
            "INSERT INTO {} ({}) VALUES ({})",
            qualified(&t.name),
            names.join(", "),
            values.join(", ")
        )
    })
}

/// Table oids with every table after the tables its foreign keys reference (self references
/// and cycles aside: a table in a cycle comes in oid order once nothing else can).
fn fk_order(oids: &[u32], keys: &[ForeignKey]) -> Vec<u32> {
    let mut needs: BTreeMap<u32, BTreeSet<u32>> =
        oids.iter().map(|o| (*o, BTreeSet::new())).collect();
    for k in keys {
        if k.from != k.to && needs.contains_key(&k.to) {
            if let Some(n) = needs.get_mut(&k.from) {
                n.insert(k.to);
            }
        }
    }
    let mut done: BTreeSet<u32> = BTreeSet::new();
    let mut out = Vec::new();
    while out.len() < oids.len() {
        let ready = needs
            .iter()
            .find(|(o, n)| !done.contains(*o) && n.iter().all(|x| done.contains(x)))
            .or_else(|| needs.iter().find(|(o, _)| !done.contains(*o)))
            .map(|(o, _)| *o)
            .expect("a table is left");
        done.insert(ready);
        out.push(ready);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn referenced_tables_come_first() {
        let fk = |from, to| ForeignKey {
            from,
            to,
            columns: vec![],
            referenced: vec![],
        };
        assert_eq!(
            fk_order(&[1, 2, 3], &[fk(1, 3), fk(3, 2), fk(2, 2)]),
            [2, 3, 1]
        );
        // A cycle still orders every table.
        assert_eq!(fk_order(&[1, 2], &[fk(1, 2), fk(2, 1)]).len(), 2);
    }

    #[test]
    fn nullable_parents_are_left_null_all_but_one_then_all() {
        let sets = |o: &[Vec<&'static str>]| -> Vec<Vec<&'static str>> {
            unset_choices(o)
                .into_iter()
                .map(|s| s.into_iter().collect())
                .collect()
        };
        assert_eq!(sets(&[]), [Vec::<&str>::new()]);
        assert_eq!(sets(&[vec!["a"]]), [vec![], vec!["a"]]);
        assert_eq!(
            sets(&[vec!["a"], vec!["b", "c"]]),
            [vec![], vec!["b", "c"], vec!["a"], vec!["a", "b", "c"]]
        );
    }
}
