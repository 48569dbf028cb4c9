//! Adding a primary key to an existing table builds its unique index while holding an ACCESS
//! EXCLUSIVE lock (and a new serial or defaulted column is filled for every row first). Building
//! the index with `CREATE UNIQUE INDEX CONCURRENTLY` and then attaching it with
//! `ADD CONSTRAINT ... PRIMARY KEY USING INDEX` only takes the lock for a moment. Fires on
//! `ADD [CONSTRAINT name] PRIMARY KEY (cols)` and `ADD COLUMN ... PRIMARY KEY` (any ALTER TABLE
//! form) of existing tables. Fine: `PRIMARY KEY USING INDEX`, tables created earlier in the file
//! or migration set. Not caught: a primary key added by functions or dynamic SQL.

use pg_query::protobuf::ConstrType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-serial-primary-key-field",
    hazards: &[
        Hazard::AcquiresAccessExclusiveLock,
        Hazard::TableRewrite,
        Hazard::IndexBuild,
    ],
    severity: Severity::Blocking,
    summary: "adding a primary key builds its index while blocking reads and writes",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for added in ast::added_constraints(node) {
            let c = added.constraint;
            if c.contype() != ConstrType::ConstrPrimary || !c.indexname.is_empty() {
                continue;
            }
            if s.table_is_new(&ast::table_key(added.table)) {
                continue;
            }
            let table = ast::table_display(added.table);
            let v = match added.column {
                Some(col) => Violation::new(
                    s,
                    format!(
                        "adding primary key column `{}` to `{table}` fills it for every row and builds its index while blocking reads and writes",
                        col.colname
                    ),
                    "add the column and fill it first, then CREATE UNIQUE INDEX CONCURRENTLY on it and ADD CONSTRAINT ... PRIMARY KEY USING INDEX",
                ),
                None => Violation::new(
                    s,
                    format!(
                        "adding primary key{} to `{table}` builds its index while blocking reads and writes",
                        if c.conname.is_empty() {
                            String::new()
                        } else {
                            format!(" `{}`", c.conname)
                        }
                    ),
                    "CREATE UNIQUE INDEX CONCURRENTLY on the key columns (made NOT NULL first), then ADD CONSTRAINT ... PRIMARY KEY USING INDEX",
                ),
            };
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_primary_keys_built_in_place() {
        lint_count(
            "adding-serial-primary-key-field",
            "alter table events add column id bigserial primary key;",
            1,
        );
        lint_count(
            "adding-serial-primary-key-field",
            "alter table events add constraint events_pkey primary key (id);",
            1,
        );
    }

    #[test]
    fn allows_using_index_other_constraints_and_new_tables() {
        lint_ok(
            "adding-serial-primary-key-field",
            "alter table events add constraint events_pkey primary key using index events_id_idx;",
        );
        lint_ok(
            "adding-serial-primary-key-field",
            "alter table events add column id bigint;",
        );
        lint_ok(
            "adding-serial-primary-key-field",
            "create table events (at timestamptz); alter table events add column id bigserial primary key;",
        );
    }
}
