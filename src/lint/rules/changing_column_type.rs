//! `ALTER COLUMN ... TYPE` rewrites the table and rebuilds its indexes while holding an ACCESS
//! EXCLUSIVE lock, unless the old type is binary-coercible to the new one (varchar to text, a
//! longer or removed varchar limit, numeric losing its modifiers). One statement does not say
//! what the old type was, so only a change to `text` is assumed safe.

use super::RuleDef;
use crate::lint::ast::{self, ColumnSite};
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "changing-column-type",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::TableRewrite],
    severity: Severity::Blocking,
    summary: "changing a column's type rewrites the table while blocking reads and writes",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for col in ast::declared_columns(node) {
            if col.site != ColumnSite::AlterType || s.table_is_new(&ast::table_key(col.table)) {
                continue;
            }
            let t = col.type_name;
            if ast::type_base(t) == "text" && t.array_bounds.is_empty() {
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "changing the type of `{}` of `{}` to `{}` rewrites the table and its indexes while blocking reads and writes (only binary-compatible widenings such as varchar to text are safe)",
                    col.name,
                    ast::table_display(col.table),
                    ast::type_display(t)
                ),
                "add a column of the new type, backfill it in batches and switch clients to it; if this is a binary-compatible widening (a longer or removed varchar limit, numeric(p,s) to numeric), mark it with `-- pgshift:allow changing-column-type`",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_type_changes() {
        lint_count(
            "changing-column-type",
            "alter table users alter column id type bigint;",
            1,
        );
        lint_count(
            "changing-column-type",
            "alter table users alter column name type varchar(200), alter column tags type text[];",
            2,
        );
    }

    #[test]
    fn allows_text_and_new_tables() {
        lint_ok(
            "changing-column-type",
            "alter table users alter column name type text;",
        );
        lint_ok(
            "changing-column-type",
            "create table t (id int); alter table t alter column id type bigint;",
        );
    }
}
