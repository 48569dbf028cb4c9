//! `ADD CONSTRAINT` of a CHECK, FOREIGN KEY or (PostgreSQL 18) NOT NULL constraint checks every
//! existing row while holding its lock (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE on both
//! tables for a foreign key). Added `NOT VALID`, the constraint holds for new rows at once and
//! `VALIDATE CONSTRAINT` later checks the old rows under a SHARE UPDATE EXCLUSIVE lock, which
//! lets reads and writes through (docs: ALTER TABLE, "Notes"). That only helps if the validation
//! runs in another transaction: in the same one, the lock the ADD took is still held while every
//! row is read. Transactions are counted the way pgshift runs the file: a file that validates a
//! constraint it added NOT VALID runs statement by statement (`migrations::script`), each
//! statement committing on its own as in psql, so the pair is fine there; a BEGIN ... COMMIT
//! block or a DO block holding both is one transaction, and files of a migration set are
//! separate ones.
//!
//! Fires on such ADD CONSTRAINT without NOT VALID (any ALTER TABLE form, inside DO blocks) of
//! tables that existed before the file or migration set, and on a VALIDATE CONSTRAINT in the
//! transaction that added the constraint, and on a CHECK written on a new column (`ADD COLUMN
//! ... CHECK (...)`), which cannot be NOT VALID and is checked against every existing row under
//! the ADD COLUMN's ACCESS EXCLUSIVE lock even when the column has no default (measured).
//! Fine: NOT VALID then VALIDATE in a later transaction, UNIQUE, PRIMARY KEY and EXCLUDE (other
//! rules), and REFERENCES on a new column (`adding-foreign-key-constraint`). Not caught:
//! constraints added by functions or dynamic SQL.

use pg_query::protobuf::{AlterTableType, ConstrType};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "constraint-missing-not-valid",
    hazards: &[
        Hazard::AcquiresAccessExclusiveLock,
        Hazard::AcquiresShareRowExclusiveLock,
        Hazard::FullTableScan,
    ],
    severity: Severity::Blocking,
    summary: "adding a CHECK, FOREIGN KEY or NOT NULL constraint without NOT VALID (or validating it in the same transaction) checks every row under its lock",
    check,
};

const EXCLUSIVE_SCAN: &[Hazard] = &[Hazard::AcquiresAccessExclusiveLock, Hazard::FullTableScan];

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtValidateConstraint) {
            let key = (ast::table_key(rel), cmd.name.clone());
            let Some(added) = s.state.not_valid.get(&key) else {
                continue;
            };
            if added.tx == s.tx {
                out.push(Violation::new(
                    s,
                    format!(
                        "validating `{}` of `{}` in the same transaction that added it NOT VALID keeps the lock the ADD took while every row is checked",
                        cmd.name,
                        ast::table_display(rel)
                    ),
                    "validate the constraint after the block's COMMIT (outside any BEGIN block or DO block pgshift runs the file statement by statement), or in a later migration, so the ADD commits and releases its lock first",
                ));
            }
        }
        for added in ast::added_constraints(node) {
            let c = added.constraint;
            let (kind, hazards): (&str, &'static [Hazard]) = match c.contype() {
                ConstrType::ConstrCheck => ("check", EXCLUSIVE_SCAN),
                ConstrType::ConstrForeign => (
                    "foreign key",
                    &[Hazard::AcquiresShareRowExclusiveLock, Hazard::FullTableScan],
                ),
                ConstrType::ConstrNotnull => ("NOT NULL", EXCLUSIVE_SCAN),
                _ => continue,
            };
            if c.skip_validation || s.table_is_new(&ast::table_key(added.table)) {
                continue;
            }
            if let Some(col) = added.column {
                if c.contype() == ConstrType::ConstrCheck {
                    out.push(
                        Violation::new(
                            s,
                            format!(
                                "adding column `{}` to `{}` with a CHECK checks every existing row while blocking reads and writes",
                                col.colname,
                                ast::table_display(added.table)
                            ),
                            "add the column without the CHECK, then ADD CONSTRAINT ... CHECK (...) NOT VALID and VALIDATE CONSTRAINT it in a later migration",
                        )
                        .with_hazards(EXCLUSIVE_SCAN),
                    );
                }
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "adding {kind} constraint{} to `{}` checks every existing row while holding its lock",
                    if c.conname.is_empty() {
                        String::new()
                    } else {
                        format!(" `{}`", c.conname)
                    },
                    ast::table_display(added.table)
                ),
                "add it NOT VALID, then VALIDATE CONSTRAINT in a later migration: existing rows are then checked without blocking reads and writes",
            ).with_hazards(hazards));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_validated_constraints() {
        lint_count(
            "constraint-missing-not-valid",
            "alter table orders add constraint positive check (amount > 0);\nalter table orders add foreign key (user_id) references users;\nalter table orders add constraint nn not null amount;",
            3,
        );
    }

    #[test]
    fn flags_validation_in_the_same_transaction() {
        // An explicit transaction block around both.
        lint_count(
            "constraint-missing-not-valid",
            "begin;\nalter table orders add constraint positive check (amount > 0) not valid;\nalter table orders validate constraint positive;\ncommit;",
            1,
        );
        lint_count(
            "constraint-missing-not-valid",
            "begin;\nalter table orders add column user_id int;\nalter table orders add constraint orders_user_fk foreign key (user_id) references users not valid;\nalter table orders validate constraint orders_user_fk;\ncommit;",
            1,
        );
        // A DO block is one statement, so one transaction.
        lint_count(
            "constraint-missing-not-valid",
            "do $$ begin\n  alter table orders add constraint positive check (amount > 0) not valid;\n  alter table orders validate constraint positive;\nend $$;",
            1,
        );
    }

    #[test]
    fn a_file_validating_what_it_added_not_valid_runs_statement_by_statement() {
        for sql in [
            "alter table orders add constraint positive check (amount > 0) not valid;\nalter table orders validate constraint positive;",
            "alter table orders add column user_id int;\nalter table orders add constraint orders_user_fk foreign key (user_id) references users not valid;\nalter table public.orders validate constraint orders_user_fk;",
        ] {
            lint_ok("constraint-missing-not-valid", sql);
            assert!(!crate::lint::File::parse("m.sql", sql).transactional, "{sql}");
        }
    }

    #[test]
    fn allows_not_valid_separate_validation_and_new_tables() {
        lint_ok(
            "constraint-missing-not-valid",
            "alter table orders add constraint positive check (amount > 0) not valid;",
        );
        lint_ok(
            "constraint-missing-not-valid",
            "alter table orders validate constraint positive;",
        );
        lint_ok(
            "constraint-missing-not-valid",
            "-- pgshift:no-transaction\nalter table orders add constraint positive check (amount > 0) not valid;\nalter table orders validate constraint positive;",
        );
        lint_ok(
            "constraint-missing-not-valid",
            "begin;\nalter table orders add constraint positive check (amount > 0) not valid;\ncommit;\nalter table orders validate constraint positive;",
        );
        lint_ok(
            "constraint-missing-not-valid",
            "create table orders (amount int); alter table orders add constraint positive check (amount > 0);",
        );
        lint_ok(
            "constraint-missing-not-valid",
            "alter table orders add column amount int;\nalter table orders add constraint u unique using index u_idx;",
        );
        lint_count(
            "constraint-missing-not-valid",
            "alter table orders add column amount int check (amount > 0);",
            1,
        );
    }
}
