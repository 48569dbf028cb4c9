//! Dropping a sequence breaks clients that call `nextval` on it, and with `CASCADE` removes the
//! column defaults that draw from it, so inserts that leave the column out then fail or write
//! nulls. Fires on `DROP SEQUENCE [IF EXISTS] a, s.b [CASCADE]` of sequences not created earlier
//! in the file. A warning: nothing is locked for long and no rows are lost. Not caught: sequences
//! dropped with their owning column or table.

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-sequence",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "DROP SEQUENCE breaks clients and defaults that draw from it",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(file, &[ObjectType::ObjectSequence], |s, d, obj| {
        let also = if objects::cascades(d) {
            " and, with CASCADE, removes the column defaults that use it"
        } else {
            ""
        };
        Violation::new(
            s,
            format!(
                "dropping sequence `{}` breaks clients that draw values from it{also}",
                obj.name
            ),
            "make sure no client and no column default uses the sequence before dropping it",
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_sequences() {
        lint_count(
            "ban-drop-sequence",
            "drop sequence s; drop sequence if exists app.s, t cascade;",
            3,
        );
    }

    #[test]
    fn allows_sequences_created_here_and_other_drops() {
        lint_ok("ban-drop-sequence", "create sequence s; drop sequence s;");
        lint_ok(
            "ban-drop-sequence",
            "create sequence if not exists app.s; drop sequence app.s;",
        );
        lint_ok("ban-drop-sequence", "drop table t;");
    }
}
