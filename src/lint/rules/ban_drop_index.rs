//! Dropping an index can remove a guarantee clients rely on (a unique index stops rejecting
//! duplicates) or make their queries slow (plans that used it fall back to scans). Fires on every
//! index of `DROP INDEX [CONCURRENTLY] [IF EXISTS] a, s.b [CASCADE]` (also inside DO blocks) that
//! was not created earlier in the file. A warning: the index may well be unused; whether it is,
//! `pg_stat_user_indexes` tells. The lock a plain `DROP INDEX` takes is
//! `require-concurrent-index-deletion`'s finding. Not caught: indexes dropped with their table or
//! constraint, or by dynamic SQL.

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-index",
    hazards: &[Hazard::IndexDropped],
    severity: Severity::Info,
        summary: "DROP INDEX may remove a uniqueness guarantee or slow down the queries that used it",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(file, &[ObjectType::ObjectIndex], |s, _, obj| {
        Violation::new(
            s,
            format!(
                "dropping index `{}` may let duplicates in (if it is unique) and slows down the queries that used it",
                obj.name
            ),
            "check `pg_stat_user_indexes.idx_scan` and the constraints that rely on the index before dropping it",
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_indexes() {
        lint_count(
            "ban-drop-index",
            "drop index concurrently if exists i; drop index app.j, k;",
            3,
        );
    }

    #[test]
    fn allows_indexes_created_here_and_other_drops() {
        lint_ok("ban-drop-index", "create index i on t (a); drop index i;");
        lint_ok("ban-drop-index", "create index i on app.t (a); drop index app.i;");
        lint_ok("ban-drop-index", "drop table t; drop view v;");
    }
}
