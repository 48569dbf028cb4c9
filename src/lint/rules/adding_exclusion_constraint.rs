//! `ADD CONSTRAINT ... EXCLUDE` builds its index and checks every row while holding an ACCESS
//! EXCLUSIVE lock, and unlike unique constraints there is no `USING INDEX` form to build the
//! index concurrently first. Fires on `ADD [CONSTRAINT name] EXCLUDE ...` in any ALTER TABLE
//! form, on tables that existed before the file or migration set. Fine: exclusion constraints in
//! CREATE TABLE. Not caught: constraints added by functions or dynamic SQL.

use pg_query::protobuf::ConstrType;

use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "adding-exclusion-constraint",
    hazards: &[
        Hazard::AcquiresAccessExclusiveLock,
        Hazard::IndexBuild,
        Hazard::FullTableScan,
    ],
    severity: Severity::Blocking,
    summary: "adding an exclusion constraint builds its index while blocking reads and writes",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in &file.stmts {
        let Some(node) = &s.node else { continue };
        for added in ast::added_constraints(node) {
            let c = added.constraint;
            if c.contype() != ConstrType::ConstrExclusion
                || s.table_is_new(&ast::table_key(added.table))
            {
                continue;
            }
            out.push(Violation::new(
                s,
                format!(
                    "adding exclusion constraint{} to `{}` builds its index and checks every row while blocking reads and writes; it cannot be built concurrently",
                    if c.conname.is_empty() {
                        String::new()
                    } else {
                        format!(" `{}`", c.conname)
                    },
                    ast::table_display(added.table)
                ),
                "add it while the table is small or in a maintenance window (with lock_timeout set), or enforce the rule another way",
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_exclusion_constraint() {
        lint_count(
            "adding-exclusion-constraint",
            "alter table bookings add constraint no_overlap exclude using gist (room with =, during with &&);",
            1,
        );
    }

    #[test]
    fn allows_new_tables_and_other_constraints() {
        lint_ok(
            "adding-exclusion-constraint",
            "create table bookings (room int, during tstzrange); alter table bookings add constraint no_overlap exclude using gist (room with =, during with &&);",
        );
        lint_ok(
            "adding-exclusion-constraint",
            "create table bookings (room int, during tstzrange, exclude using gist (room with =, during with &&));",
        );
        lint_ok(
            "adding-exclusion-constraint",
            "alter table bookings add constraint c check (room > 0) not valid;",
        );
    }
}
