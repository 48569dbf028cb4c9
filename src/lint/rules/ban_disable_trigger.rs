//! Disabling a trigger or rewrite rule silently stops what it did on every write; disabling row
//! level security shows every row to every client with table privileges, and forcing it applies
//! the policies to the table owner too, who may then see fewer rows (`NO FORCE` lets the owner
//! past them again). Fires on `ALTER TABLE ... DISABLE TRIGGER {name | ALL | USER}`, `DISABLE
//! RULE`, `ENABLE REPLICA` / `ENABLE ALWAYS TRIGGER` and `RULE` (a replica trigger stops firing on
//! ordinary writes; an always trigger also fires where replication writes), `DISABLE ROW LEVEL
//! SECURITY` and `[NO] FORCE ROW LEVEL SECURITY` on tables that existed before the file. An
//! `info` note (on by default): bulk loads disable triggers on purpose. Not caught:
//! `session_replication_role`.

use pg_query::protobuf::AlterTableType as T;

use super::objects;
use super::RuleDef;
use crate::lint::{ast, File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-disable-trigger",
    hazards: &[Hazard::Correctness, Hazard::AuthzChange],
    severity: Severity::Info,
        summary: "DISABLE TRIGGER / RULE / ROW LEVEL SECURITY silently changes what writes and reads do",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    let mut out = Vec::new();
    for (s, rel, c) in objects::existing_table_cmds(file) {
        let table = ast::table_display(rel);
        let message = match c.subtype() {
            T::AtDisableTrig => format!("disabling trigger `{}` on `{table}` silently stops what it does on every write", c.name),
            T::AtDisableTrigAll | T::AtDisableTrigUser => {
                format!("disabling the triggers of `{table}` silently stops what they do on every write (and, with ALL, foreign key checks)")
            }
            T::AtDisableRule => format!("disabling rule `{}` on `{table}` silently stops it rewriting queries", c.name),
            T::AtEnableReplicaTrig => format!("making trigger `{}` on `{table}` a replica trigger stops it firing on ordinary writes", c.name),
            T::AtEnableAlwaysTrig => format!("making trigger `{}` on `{table}` an always trigger makes it fire on replicated writes too", c.name),
            T::AtEnableReplicaRule => format!("making rule `{}` on `{table}` a replica rule stops it rewriting ordinary queries", c.name),
            T::AtEnableAlwaysRule => format!("making rule `{}` on `{table}` an always rule makes it rewrite replicated changes too", c.name),
            T::AtNoForceRowSecurity => {
                format!("no longer forcing row level security on `{table}` lets its owner past the policies again")
            }
            T::AtDisableRowSecurity => {
                format!("disabling row level security on `{table}` shows every row to every client with privileges on it")
            }
            T::AtForceRowSecurity => {
                format!("forcing row level security on `{table}` applies its policies to the owner too, who may then see fewer rows")
            }
            _ => continue,
        };
        out.push(Violation::new(
            s,
            message,
            "re-enable it in the same migration if it is only needed for a bulk change, and check what each role sees",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_disabling() {
        lint_count(
            "ban-disable-trigger",
            "alter table t disable trigger trg; alter table t disable rule r; alter table t disable row level security; alter table t force row level security;",
            4,
        );
        lint_count("ban-disable-trigger", "alter table t disable trigger all;", 1);
        lint_count(
            "ban-disable-trigger",
            "alter table t enable replica trigger tr; alter table t enable replica rule r; alter table t enable always trigger tr; alter table t enable always rule r; alter table t no force row level security;",
            5,
        );
    }

    #[test]
    fn allows_enabling_and_new_tables() {
        lint_ok(
            "ban-disable-trigger",
            "alter table t enable trigger trg; alter table t enable rule r; alter table t enable row level security;",
        );
        lint_ok(
            "ban-disable-trigger",
            "create table t (id int); alter table t disable trigger all;",
        );
    }
}
