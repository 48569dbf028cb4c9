//! `ADD CONSTRAINT ... CHECK` checks every existing row while holding an ACCESS EXCLUSIVE lock.
//! Added `NOT VALID`, the check holds for new rows at once and `VALIDATE CONSTRAINT` later checks
//! the old rows under a SHARE UPDATE EXCLUSIVE lock, which lets reads and writes through. That
//! only helps if the validation runs in another transaction: in the same one, the lock the ADD
//! took is still held while every row is read.

use pg_query::protobuf::{AlterTableType, ConstrType};

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "constraint-missing-not-valid",
    hazards: &[Hazard::AcquiresAccessExclusiveLock, Hazard::FullTableScan],
    severity: Severity::Blocking,
    summary: "adding a CHECK constraint without NOT VALID (or validating it in the same transaction) checks every row under an exclusive lock",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    // (table, constraint) added NOT VALID earlier, with the index of the statement that did it.
    let mut not_valid: Vec<((String, String), usize)> = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for (rel, cmd) in ast::alter_cmds_of(node, AlterTableType::AtValidateConstraint) {
            let key = (ast::table_key(rel), cmd.name.clone());
            let Some(&(_, added)) = not_valid.iter().find(|(k, _)| *k == key) else {
                continue;
            };
            let same_transaction = file.transactional
                || file.stmts[added..=s.index]
                    .iter()
                    .all(|t| t.state.in_transaction_block);
            if same_transaction {
                out.push(Violation::new(
                    s,
                    format!(
                        "validating `{}` of `{}` in the same transaction that added it NOT VALID keeps the lock the ADD took while every row is checked",
                        cmd.name,
                        ast::table_display(rel)
                    ),
                    "validate the constraint in a later migration (or a no-transaction file), so the ADD commits and releases its lock first",
                ));
            }
        }
        for added in ast::added_constraints(node) {
            let c = added.constraint;
            let key = ast::table_key(added.table);
            if s.table_is_new(&key) {
                continue;
            }
            if c.skip_validation {
                if !c.conname.is_empty() {
                    not_valid.push(((key, c.conname.clone()), s.index));
                }
                continue;
            }
            if c.contype() != ConstrType::ConstrCheck || added.column.is_some() {
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "adding check constraint{} to `{}` checks every existing row while blocking reads and writes",
                    if c.conname.is_empty() {
                        String::new()
                    } else {
                        format!(" `{}`", c.conname)
                    },
                    ast::table_display(added.table)
                ),
                "add it NOT VALID, then VALIDATE CONSTRAINT in a later migration: existing rows are then checked without blocking reads and writes",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_validated_check() {
        lint_count(
            "constraint-missing-not-valid",
            "alter table orders add constraint positive check (amount > 0);",
            1,
        );
    }

    #[test]
    fn flags_validation_in_the_same_transaction() {
        lint_count(
            "constraint-missing-not-valid",
            "alter table orders add constraint positive check (amount > 0) not valid;\nalter table orders validate constraint positive;",
            1,
        );
        lint_count(
            "constraint-missing-not-valid",
            "alter table orders add constraint orders_user_fk foreign key (user_id) references users not valid;\nalter table orders validate constraint orders_user_fk;",
            1,
        );
        // An explicit transaction block around both.
        lint_count(
            "constraint-missing-not-valid",
            "begin;\nalter table orders add constraint positive check (amount > 0) not valid;\nalter table orders validate constraint positive;\ncommit;",
            1,
        );
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
            "alter table orders add column amount int check (amount > 0);",
        );
    }
}
