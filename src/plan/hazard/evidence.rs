//! Evidence from the target: how big a table is and how busy, attached to the hazards whose cost
//! grows with it, and the `[safety] large_table` threshold that makes rewrites, full scans and
//! exclusive locks on a large table blocking (and leaves them as notes on a small one). Pure: the
//! sizes are measured elsewhere (`catalog::sizes`).

use std::collections::BTreeMap;

use serde::Serialize;

use super::Hazard;
use crate::diff::Change;
use crate::model::{ObjectId, QualifiedName, Schema};

/// Hazards whose cost grows with the table: they carry its size when the target is known.
pub const SIZED: [Hazard; 6] = [
    Hazard::TableRewrite,
    Hazard::FullTableScan,
    Hazard::AcquiresAccessExclusiveLock,
    Hazard::IndexBuild,
    Hazard::AcquiresShareLock,
    Hazard::AcquiresShareRowExclusiveLock,
];

/// Hazards that block on a table over `[safety] large_table` (and are notes under it).
pub const BLOCKING_WHEN_LARGE: [Hazard; 3] = [
    Hazard::TableRewrite,
    Hazard::FullTableScan,
    Hazard::AcquiresAccessExclusiveLock,
];

/// Rows written to a table since its statistics were last gathered, and how long ago that was
/// (`pg_stat_user_tables`: `n_mod_since_analyze`, the last analyze or autoanalyze).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecentWrites {
    pub rows: i64,
    pub seconds: i64,
}

/// What the target says about one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableSize {
    pub table: QualifiedName,
    /// The planner's row estimate (`reltuples`, summed over partitions); `None` when the table
    /// was never analyzed.
    pub rows: Option<i64>,
    /// `pg_total_relation_size`: the table, its indexes and TOAST (summed over partitions).
    pub bytes: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recent_writes: Option<RecentWrites>,
}

/// The sizes measured on a target, by table.
pub type Sizes = BTreeMap<QualifiedName, TableSize>;

/// A hazard's evidence: the table's size, and whether it is over `[safety] large_table`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    #[serde(flatten)]
    pub size: TableSize,
    /// `Some(true)` over the threshold, `Some(false)` under it, `None` without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub large: Option<bool>,
}

impl Evidence {
    pub fn new(size: &TableSize, large_table: Option<u64>) -> Self {
        Evidence {
            size: size.clone(),
            large: large_table.map(|l| size.bytes >= 0 && size.bytes as u64 >= l),
        }
    }

    /// Whether it makes `hazard` blocking.
    pub fn blocks(&self, hazard: Hazard) -> bool {
        self.large == Some(true) && BLOCKING_WHEN_LARGE.contains(&hazard)
    }

    /// The words added to a hazard's message: `public.events: ~1,204,331 rows, 1.2 GB, ~35
    /// writes/s`, and the threshold's verdict for the hazards it decides.
    pub fn describe(&self, hazard: Hazard, large_table: Option<u64>) -> String {
        let mut s = describe_size(&self.size);
        if let (Some(large), Some(limit), true) = (
            self.large,
            large_table,
            BLOCKING_WHEN_LARGE.contains(&hazard),
        ) {
            s.push_str(&if large {
                format!(
                    "; at least [safety] large_table = {}: blocking",
                    pretty_bytes(limit as i64)
                )
            } else {
                format!(
                    "; under [safety] large_table = {}: a note",
                    pretty_bytes(limit as i64)
                )
            });
        }
        s
    }
}

/// `public.events: ~1,204,331 rows, 1.2 GB, ~35 writes/s`.
pub fn describe_size(t: &TableSize) -> String {
    let rows = match t.rows {
        Some(n) => format!("~{} rows", thousands(n)),
        None => "rows not counted yet (never analyzed)".to_string(),
    };
    let mut s = format!("{}: {rows}, {}", t.table, pretty_bytes(t.bytes));
    if let Some(w) = &t.recent_writes {
        s.push_str(&format!(", {}", rate(w)));
    }
    s
}

/// A write rate in the unit that reads best.
fn rate(w: &RecentWrites) -> String {
    if w.rows <= 0 {
        return "no writes since its last analyze".to_string();
    }
    if w.seconds <= 0 {
        return format!("{} rows written since its last analyze", thousands(w.rows));
    }
    let per_second = w.rows as f64 / w.seconds as f64;
    if per_second >= 1.0 {
        format!("~{} writes/s", thousands(per_second.round() as i64))
    } else if per_second * 60.0 >= 1.0 {
        format!("~{} writes/min", (per_second * 60.0).round() as i64)
    } else if per_second * 3600.0 >= 1.0 {
        format!("~{} writes/h", (per_second * 3600.0).round() as i64)
    } else {
        "under 1 write/h".to_string()
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Bytes as `pg_size_pretty` would round them, with one decimal (`1.2 GB`, `830 kB`).
pub fn pretty_bytes(b: i64) -> String {
    let units = ["bytes", "kB", "MB", "GB", "TB", "PB"];
    let mut v = b as f64;
    let mut u = 0;
    while v.abs() >= 1024.0 && u + 1 < units.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{b} bytes")
    } else if v.fract() == 0.0 {
        format!("{v:.0} {}", units[u])
    } else {
        format!("{v:.1} {}", units[u])
    }
}

/// The table a change works on, for its size (`from` tells which table an index belongs to).
pub fn change_table(change: &Change, from: &Schema) -> Option<QualifiedName> {
    match change {
        Change::CreateIndex(i) | Change::DropIndex(i) => return Some(i.table.clone()),
        Change::CreateIndexConcurrently { index, .. } => return Some(index.table.clone()),
        _ => {}
    }
    match change.target() {
        ObjectId::Table { name } | ObjectId::MaterializedView { name } => Some(name),
        ObjectId::Column { table, .. }
        | ObjectId::Constraint { table, .. }
        | ObjectId::Policy { table, .. }
        | ObjectId::Trigger { table, .. } => Some(table),
        ObjectId::Index { name } => from.indexes.get(&name).map(|i| i.table.clone()),
        _ => None,
    }
}

/// Adds the measured size of its table to every size-dependent hazard of `plan` (message and
/// evidence), judged against `large_table`.
pub fn attach(
    plan: &mut crate::plan::Plan,
    from: &Schema,
    sizes: &Sizes,
    large_table: Option<u64>,
) {
    for step in &mut plan.steps {
        let Some(size) = change_table(&step.change, from).and_then(|t| sizes.get(&t)) else {
            continue;
        };
        for h in step
            .hazards
            .iter_mut()
            .filter(|h| SIZED.contains(&h.hazard))
        {
            if h.evidence.is_some() {
                continue;
            }
            let e = Evidence::new(size, large_table);
            h.message = format!("{} ({})", h.message, e.describe(h.hazard, large_table));
            h.evidence = Some(e);
        }
    }
}

/// The tables of `plan`'s steps that carry a size-dependent hazard: what to measure.
pub fn tables_to_measure(plan: &crate::plan::Plan, from: &Schema) -> Vec<QualifiedName> {
    let mut out: Vec<QualifiedName> = plan
        .steps
        .iter()
        .filter(|s| s.hazards.iter().any(|h| SIZED.contains(&h.hazard)))
        .filter_map(|s| change_table(&s.change, from))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(bytes: i64, writes: Option<(i64, i64)>) -> TableSize {
        TableSize {
            table: QualifiedName::new("public", "events"),
            rows: Some(1_204_331),
            bytes,
            recent_writes: writes.map(|(rows, seconds)| RecentWrites { rows, seconds }),
        }
    }

    #[test]
    fn sizes_read_like_pg_size_pretty() {
        assert_eq!(pretty_bytes(512), "512 bytes");
        assert_eq!(pretty_bytes(8192), "8 kB");
        assert_eq!(pretty_bytes(1_288_490_189), "1.2 GB");
        assert_eq!(thousands(1_204_331), "1,204,331");
        assert_eq!(thousands(12), "12");
        assert_eq!(
            describe_size(&size(1_288_490_189, Some((3500, 100)))),
            "public.events: ~1,204,331 rows, 1.2 GB, ~35 writes/s"
        );
        assert_eq!(
            describe_size(&size(8192, Some((30, 3600)))),
            "public.events: ~1,204,331 rows, 8 kB, ~30 writes/h"
        );
    }

    #[test]
    fn the_threshold_decides_blocking_for_three_hazards() {
        let big = Evidence::new(&size(2 << 30, None), Some(1 << 30));
        assert!(big.blocks(Hazard::TableRewrite));
        assert!(big.blocks(Hazard::AcquiresAccessExclusiveLock));
        assert!(!big.blocks(Hazard::IndexBuild));
        assert!(big
            .describe(Hazard::FullTableScan, Some(1 << 30))
            .ends_with("; at least [safety] large_table = 1 GB: blocking"));
        let small = Evidence::new(&size(8192, None), Some(1 << 30));
        assert!(!small.blocks(Hazard::TableRewrite));
        assert!(small
            .describe(Hazard::TableRewrite, Some(1 << 30))
            .ends_with("under [safety] large_table = 1 GB: a note"));
        let unjudged = Evidence::new(&size(2 << 30, None), None);
        assert!(!unjudged.blocks(Hazard::TableRewrite));
        assert_eq!(unjudged.large, None);
    }
}
