//! `ALTER COLUMN ... SET NOT NULL` scans the whole table under an ACCESS EXCLUSIVE lock to prove
//! no row is null. Since PostgreSQL 12 the scan is skipped when a validated
//! `CHECK (col IS NOT NULL)` already proves it, so the safe order is: add that check NOT VALID,
//! validate it (a lock that lets reads and writes through), SET NOT NULL, drop the check. A file
//! that validates such a check before its SET NOT NULL is not a finding. PostgreSQL 18's
//! `ADD CONSTRAINT ... NOT NULL col` scans the same way unless added `NOT VALID`.

use std::collections::BTreeSet;

use pg_query::protobuf::node::Node as N;
use pg_query::protobuf::{AlterTableType, ConstrType, Constraint, NullTestType};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-not-nullable-field",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::FullTableScan],
    severity: Severity::Blocking,
    summary: "SET NOT NULL (or a NOT NULL constraint without NOT VALID) scans the whole table while blocking reads and writes",
    check,
};

/// The column a constraint proves not null once validated: `CHECK (col IS NOT NULL)`, or a
/// PostgreSQL 18 `NOT NULL col` table constraint.
fn not_null_column(c: &Constraint) -> Option<String> {
    match c.contype() {
        ConstrType::ConstrNotnull => c.keys.first().and_then(ast::string_value).map(String::from),
        ConstrType::ConstrCheck => {
            let Some(N::NullTest(t)) = c.raw_expr.as_deref().and_then(ast::inner) else {
                return None;
            };
            if t.nulltesttype() != NullTestType::IsNotNull {
                return None;
            }
            match t.arg.as_deref().and_then(ast::inner) {
                Some(N::ColumnRef(r)) => {
                    r.fields.last().and_then(ast::string_value).map(String::from)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    // (table, column) proven not null by a constraint validated earlier in the file.
    let mut proven: BTreeSet<(String, String)> = BTreeSet::new();
    // (table, constraint) -> column, for such constraints added NOT VALID.
    let mut pending: Vec<((String, String), String)> = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtSetNotNull) {
            let key = ast::table_key(rel);
            if s.table_is_new(&key) || proven.contains(&(key, cmd.name.clone())) {
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "setting `{}` of `{}` NOT NULL scans the whole table while blocking reads and writes",
                    cmd.name,
                    ast::table_display(rel)
                ),
                format!(
                    "add CHECK ({0} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later migration, then SET NOT NULL (PostgreSQL 12+ uses the validated check instead of scanning) and drop the check",
                    cmd.name
                ),
            ));
        }
        for added in ast::added_constraints(node) {
            if added.column.is_some() {
                continue;
            }
            let Some(column) = not_null_column(added.constraint) else {
                continue;
            };
            let key = ast::table_key(added.table);
            let c = added.constraint;
            if c.contype() == ConstrType::ConstrNotnull
                && !c.skip_validation
                && !s.table_is_new(&key)
            {
                out.push(Violation::new(
                    s,
                    format!(
                        "adding NOT NULL constraint{} on `{column}` of `{}` scans the whole table while blocking reads and writes",
                        if c.conname.is_empty() {
                            String::new()
                        } else {
                            format!(" `{}`", c.conname)
                        },
                        ast::table_display(added.table)
                    ),
                    "add it NOT VALID, then VALIDATE CONSTRAINT it in a later migration",
                ));
            }
            if c.skip_validation {
                pending.push(((key, c.conname.clone()), column));
            } else {
                proven.insert((key, column));
            }
        }
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtValidateConstraint) {
            let key = (ast::table_key(rel), cmd.name.clone());
            if let Some((_, column)) = pending.iter().find(|(k, _)| *k == key) {
                proven.insert((key.0, column.clone()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_set_not_null() {
        lint_count(
            "adding-not-nullable-field",
            "alter table users alter column email set not null;",
            1,
        );
        lint_count(
            "adding-not-nullable-field",
            "alter table users alter column a set not null, alter column b set not null;",
            2,
        );
        lint_count(
            "adding-not-nullable-field",
            "alter table users add constraint email_nn not null email;",
            1,
        );
        // A check added NOT VALID and never validated proves nothing.
        lint_count(
            "adding-not-nullable-field",
            "alter table users add constraint email_nn check (email is not null) not valid;\nalter table users alter column email set not null;",
            1,
        );
    }

    #[test]
    fn allows_new_tables_and_validated_checks() {
        lint_ok(
            "adding-not-nullable-field",
            "create table t (a int); alter table t alter column a set not null;",
        );
        lint_ok(
            "adding-not-nullable-field",
            "alter table users alter column email drop not null;",
        );
        lint_ok(
            "adding-not-nullable-field",
            "-- pgshift:no-transaction\nalter table users add constraint email_nn check (email is not null) not valid;\nalter table users validate constraint email_nn;\nalter table users alter column email set not null;\nalter table users drop constraint email_nn;",
        );
        lint_ok(
            "adding-not-nullable-field",
            "-- pgshift:no-transaction\nalter table users add constraint email_nn not null email not valid;\nalter table users validate constraint email_nn;\nalter table users alter column email set not null;",
        );
    }
}
