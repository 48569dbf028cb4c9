//! Adding a foreign key checks every existing row against the referenced table while holding a
//! SHARE ROW EXCLUSIVE lock on both tables: writes to either wait for the whole scan. Added
//! `NOT VALID`, the key holds for new rows at once, and a later `VALIDATE CONSTRAINT` checks the
//! old rows under a lock that lets writes through (docs: ALTER TABLE, "Notes"). Fires on
//! `ADD [CONSTRAINT name] FOREIGN KEY ... REFERENCES` without `NOT VALID` and on `ADD COLUMN ...
//! REFERENCES` (which cannot be NOT VALID), in any ALTER TABLE form (multi-command, `ONLY`,
//! `IF EXISTS`, quoted or schema-qualified names, inside DO blocks); an `ADD COLUMN ...
//! REFERENCES` without a default only warns, since its column is null everywhere and PostgreSQL
//! checks no row (the lock on the referenced table remains). Fine: tables created earlier
//! in the file or migration set (nobody writes to them yet), foreign keys in CREATE TABLE.
//! Validating in the same transaction is `constraint-missing-not-valid`'s finding. Not caught:
//! foreign keys added by functions or dynamic SQL.

use pg_query::protobuf::ConstrType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-foreign-key-constraint",
    hazards: &[
        Hazard::AcquiresShareRowExclusiveLock,
        Hazard::FullTableScan,
    ],
    severity: Severity::Blocking,
    summary: "adding a foreign key without NOT VALID checks every row while blocking writes to both tables",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for added in ast::added_constraints(node) {
            let c = added.constraint;
            if c.contype() != ConstrType::ConstrForeign || c.skip_validation {
                continue;
            }
            if s.table_is_new(&ast::table_key(added.table)) {
                continue;
            }
            let referenced = c
                .pktable
                .as_ref()
                .map(ast::table_display)
                .unwrap_or_default();
            // A new column with no default is null in every row: PostgreSQL skips checking the
            // existing rows (measured: milliseconds on millions of rows), and what is left is
            // the SHARE ROW EXCLUSIVE lock on the referenced table, held until commit.
            if let Some(col) = added.column {
                if ast::column_default(col).is_none() && col.generated.is_empty() {
                    out.push(
                        Violation::new(
                            s,
                            format!(
                                "adding column `{}` to `{}` with a foreign key locks `{referenced}` against writes until the migration commits",
                                col.colname,
                                ast::table_display(added.table)
                            ),
                            "keep the rest of the migration short, or add the column first and the foreign key NOT VALID in a migration of its own",
                        )
                        .with_severity(Severity::Warning)
                        .with_hazards(&[Hazard::AcquiresShareRowExclusiveLock]),
                    );
                    continue;
                }
            }
            let (what, hint) = match added.column {
                Some(col) => (
                    format!("a foreign key on new column `{}`", col.colname),
                    "add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, and VALIDATE CONSTRAINT in a later migration",
                ),
                None => (
                    if c.conname.is_empty() {
                        "a foreign key".to_string()
                    } else {
                        format!("foreign key `{}`", c.conname)
                    },
                    "add the constraint NOT VALID, then VALIDATE CONSTRAINT in a later migration: existing rows are then checked without blocking writes",
                ),
            };
            out.push(Violation::new(
                s,
                format!(
                    "adding {what} to `{}` referencing `{referenced}` checks every existing row while blocking writes to both tables",
                    ast::table_display(added.table)
                ),
                hint,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_validated_foreign_keys() {
        lint_count(
            "adding-foreign-key-constraint",
            "alter table orders add constraint orders_user_fk foreign key (user_id) references users (id);",
            1,
        );
        lint_count(
            "adding-foreign-key-constraint",
            "alter table orders add column user_id bigint default 0 references users (id);",
            1,
        );
        // A new column with no default: nothing to check, the lock on users only warns.
        assert_eq!(
            severities(
                "adding-foreign-key-constraint",
                "alter table orders add column user_id bigint references users (id);"
            ),
            [crate::lint::Severity::Warning]
        );
        lint_count(
            "adding-foreign-key-constraint",
            "create table users (id bigint primary key); alter table orders add foreign key (user_id) references users;",
            1,
        );
    }

    #[test]
    fn allows_not_valid_and_new_tables() {
        lint_ok(
            "adding-foreign-key-constraint",
            "alter table orders add constraint orders_user_fk foreign key (user_id) references users (id) not valid;",
        );
        lint_ok(
            "adding-foreign-key-constraint",
            "alter table orders validate constraint orders_user_fk;",
        );
        lint_ok(
            "adding-foreign-key-constraint",
            "create table orders (id bigint, user_id bigint references users); alter table orders add foreign key (user_id) references users;",
        );
    }
}
