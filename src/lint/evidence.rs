//! Evidence from the target for lint findings: the size of the table a flagged statement works
//! on (measured on `--env`/`--target`), added to the findings whose hazards grow with it; with
//! `[safety] large_table`, rewrites, full scans and exclusive locks block on a large table and
//! are warnings (notes) on a small one, unless `[lint] block`/`warn` name the rule. Pure.

use super::{ast, Finding, Options, Severity, Stmt};
use crate::model::QualifiedName;
use crate::plan::hazard::evidence::{Evidence, Sizes, SIZED};
use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::ObjectType;

/// The tables a statement works on (unqualified names are taken as `public`).
pub fn relations(node: &N) -> Vec<QualifiedName> {
    let name = |r: &pg_query::protobuf::RangeVar| {
        let schema = if r.schemaname.is_empty() {
            "public"
        } else {
            &r.schemaname
        };
        QualifiedName::new(schema, r.relname.clone())
    };
    let one = |r: &Option<pg_query::protobuf::RangeVar>| r.iter().map(name).collect::<Vec<_>>();
    match node {
        N::AlterTableStmt(a) => one(&a.relation),
        N::IndexStmt(i) => one(&i.relation),
        N::RenameStmt(r) => one(&r.relation),
        N::CreateTrigStmt(t) => one(&t.relation),
        N::ClusterStmt(c) => one(&c.relation),
        N::ReindexStmt(r) => one(&r.relation),
        N::RefreshMatViewStmt(r) => one(&r.relation),
        N::DeleteStmt(d) => one(&d.relation),
        N::UpdateStmt(u) => one(&u.relation),
        N::InsertStmt(i) => one(&i.relation),
        N::CreatePolicyStmt(p) => one(&p.table),
        N::TruncateStmt(t) => t
            .relations
            .iter()
            .filter_map(|r| match ast::inner(r) {
                Some(N::RangeVar(r)) => Some(name(r)),
                _ => None,
            })
            .collect(),
        N::DropStmt(d) if d.remove_type() == ObjectType::ObjectTable => ast::drop_names(d)
            .iter()
            .map(|n| {
                let key = ast::name_key(n);
                let (s, t) = key.split_once('.').unwrap_or(("public", &key));
                QualifiedName::new(s, t)
            })
            .collect(),
        _ => vec![],
    }
}

/// Every table the statements of some files work on: what to measure.
pub fn tables<'a>(stmts: impl IntoIterator<Item = &'a Stmt>) -> Vec<QualifiedName> {
    let mut out: Vec<QualifiedName> = stmts
        .into_iter()
        .filter_map(|s| s.node.as_ref())
        .flat_map(relations)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Rules whose findings are placed on a file rather than on the statement they are about.
fn file_level(rule: &str) -> bool {
    rule.starts_with("semantic-") || rule == crate::lint::semantic::REPLAY_ERROR
}

/// Adds to each finding whose hazards grow with its table the size of the biggest table its
/// statement works on, and lets `large_table` decide its severity (see the module doc).
/// `stmts_of` gives a path's parsed statements.
pub fn apply<'a>(
    findings: &mut [Finding],
    stmts_of: &dyn Fn(&str) -> Option<&'a [Stmt]>,
    sizes: &Sizes,
    large_table: Option<u64>,
    options: &Options,
) {
    for f in findings.iter_mut() {
        let Some(sized) = f.hazards.iter().copied().find(|h| SIZED.contains(h)) else {
            continue;
        };
        if file_level(f.rule) {
            continue;
        }
        let Some(stmts) = stmts_of(&f.path) else {
            continue;
        };
        let biggest = stmts
            .iter()
            .filter(|s| s.line == f.line)
            .filter_map(|s| s.node.as_ref())
            .flat_map(relations)
            .filter_map(|t| sizes.get(&t))
            .max_by_key(|s| s.bytes);
        let Some(size) = biggest else { continue };
        let e = Evidence::new(size, large_table);
        let decides = f
            .hazards
            .iter()
            .copied()
            .find(|h| crate::plan::hazard::evidence::BLOCKING_WHEN_LARGE.contains(h));
        f.message = format!(
            "{} ({})",
            f.message,
            e.describe(decides.unwrap_or(sized), large_table)
        );
        // Table sizes decide between blocking and warning; a note stays a note.
        let configured = options.block.contains(f.rule)
            || options.warn.contains(f.rule)
            || f.severity == Severity::Info;
        if let (Some(large), Some(_), false) = (e.large, decides, configured) {
            f.severity = if large {
                Severity::Blocking
            } else {
                Severity::Warning
            };
        }
    }
}
