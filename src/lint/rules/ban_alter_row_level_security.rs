//! Turning row level security on, off, forced or not forced changes which rows every client sees:
//! enabling it with no policy hides every row from non-owners, disabling it shows them all. Fires
//! on `ALTER TABLE ... {ENABLE | DISABLE | FORCE | NO FORCE} ROW LEVEL SECURITY` on tables that
//! existed before the file. An `info` note (on by default). Not caught: `session_replication_role`
//! and `BYPASSRLS` roles, which skip row level security without changing the table.

use pg_query::protobuf::AlterTableType as T;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-alter-row-level-security",
    hazards: &[Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "ENABLE / DISABLE / FORCE ROW LEVEL SECURITY changes which rows clients see",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::existing_table_cmds(file)
        .into_iter()
        .filter(|(_, _, c)| {
            matches!(
                c.subtype(),
                T::AtEnableRowSecurity
                    | T::AtDisableRowSecurity
                    | T::AtForceRowSecurity
                    | T::AtNoForceRowSecurity
            )
        })
        .map(|(s, rel, _)| {
            Violation::new(
                s,
                format!("changing row level security on `{}` changes which rows every client sees", ast::table_display(rel)),
                "create the policies first, and check what each role sees afterwards",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_rls_changes() {
        lint_count(
            "ban-alter-row-level-security",
            "alter table t enable row level security; alter table t no force row level security;",
            2,
        );
    }

    #[test]
    fn allows_new_tables_and_other_commands() {
        lint_ok("ban-alter-row-level-security", "alter table t add column c int;");
        lint_ok(
            "ban-alter-row-level-security",
            "create table t (id int); alter table t enable row level security;",
        );
    }
}
