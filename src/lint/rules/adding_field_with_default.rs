//! Adding a column with a volatile default (`gen_random_uuid()`, `clock_timestamp()`) rewrites
//! the whole table under an ACCESS EXCLUSIVE lock. Since PostgreSQL 11 a constant or stable
//! default (`0`, `'x'`, `now()`) is stored in the catalog and needs no rewrite (docs: ALTER TABLE,
//! "Notes").

use pg_query::protobuf::AlterTableType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-field-with-default",
    hazards: &[Hazard::TableRewrite, Hazard::AcquiresAccessExclusiveLock],
    severity: Severity::Blocking,
    summary: "adding a column with a volatile default rewrites the table under an exclusive lock",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtAddColumn) {
            if s.table_is_new(&ast::table_key(rel)) {
                continue;
            }
            let Some(col) = ast::column_def(cmd) else { continue };
            let generated = !col.generated.is_empty()
                || ast::column_has(col, pg_query::protobuf::ConstrType::ConstrGenerated);
            let volatile = ast::column_default(col).is_some_and(ast::is_volatile_call);
            if volatile || generated {
                out.push(Violation::new(
                    s,
                    format!(
                        "adding column `{}` to `{}` with a volatile or generated default rewrites the table while blocking reads and writes",
                        col.colname,
                        ast::table_display(rel)
                    ),
                    "add the column without a default, set the default in a second statement, and backfill existing rows in batches",
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_volatile_default() {
        lint_count(
            "adding-field-with-default",
            "alter table users add column token uuid default gen_random_uuid();",
            1,
        );
        lint_count(
            "adding-field-with-default",
            "alter table users add column total int generated always as (a + b) stored;",
            1,
        );
    }

    #[test]
    fn allows_constant_and_stable_defaults() {
        lint_ok(
            "adding-field-with-default",
            "alter table users add column n int default 0; alter table users add column at timestamptz default now();",
        );
        lint_ok(
            "adding-field-with-default",
            "create table t (a int); alter table t add column id uuid default gen_random_uuid();",
        );
    }
}
