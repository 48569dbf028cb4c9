//! `ADD CONSTRAINT ... UNIQUE` (or a new column declared `UNIQUE`) builds the constraint's index
//! while holding an ACCESS EXCLUSIVE lock on the table. `CREATE UNIQUE INDEX CONCURRENTLY`
//! followed by `ADD CONSTRAINT ... UNIQUE USING INDEX` only takes the lock for a moment. Fires on
//! `ADD [CONSTRAINT name] UNIQUE (cols)` (also `NULLS NOT DISTINCT`) and `ADD COLUMN ...
//! UNIQUE` in any ALTER TABLE form, on tables that existed before the file or migration set.
//! Fine: `UNIQUE USING INDEX`, CREATE UNIQUE INDEX CONCURRENTLY. Not caught: unique constraints
//! added by functions or dynamic SQL.

use pg_query::protobuf::ConstrType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "disallowed-unique-constraint",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::IndexBuild],
    severity: Severity::Blocking,
    summary: "adding a UNIQUE constraint builds its index while blocking reads and writes",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for added in ast::added_constraints(node) {
            let c = added.constraint;
            if c.contype() != ConstrType::ConstrUnique || !c.indexname.is_empty() {
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
                        "adding unique column `{}` to `{table}` builds its index while blocking reads and writes",
                        col.colname
                    ),
                    "add the column without UNIQUE, then CREATE UNIQUE INDEX CONCURRENTLY on it and ADD CONSTRAINT ... UNIQUE USING INDEX",
                ),
                None => Violation::new(
                    s,
                    format!(
                        "adding unique constraint{} to `{table}` builds its index while blocking reads and writes",
                        if c.conname.is_empty() {
                            String::new()
                        } else {
                            format!(" `{}`", c.conname)
                        }
                    ),
                    "CREATE UNIQUE INDEX CONCURRENTLY on the columns, then ADD CONSTRAINT ... UNIQUE USING INDEX",
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
    fn flags_unique_built_in_place() {
        lint_count(
            "disallowed-unique-constraint",
            "alter table users add constraint users_email_key unique (email);",
            1,
        );
        lint_count(
            "disallowed-unique-constraint",
            "alter table users add column handle text unique;",
            1,
        );
    }

    #[test]
    fn allows_using_index_and_new_tables() {
        lint_ok(
            "disallowed-unique-constraint",
            "alter table users add constraint users_email_key unique using index users_email_idx;",
        );
        lint_ok(
            "disallowed-unique-constraint",
            "create table users (email text); alter table users add constraint users_email_key unique (email);",
        );
        lint_ok(
            "disallowed-unique-constraint",
            "alter table users add constraint users_pkey primary key (id);",
        );
    }
}
