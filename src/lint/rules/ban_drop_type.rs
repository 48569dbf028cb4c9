//! Dropping a type (or a cast) breaks clients that name it in casts and function signatures; with
//! `CASCADE`, PostgreSQL also drops every column of that type, deleting their data. Fires on `DROP
//! TYPE [IF EXISTS] a, s.b [CASCADE]` of types not created earlier in the file (enums, composites,
//! ranges, base types), on `DROP CAST`, and on `DROP OPERATOR`, `DROP OPERATOR CLASS` and `DROP
//! OPERATOR FAMILY` (queries and indexes that use them). A warning: without CASCADE PostgreSQL
//! refuses to drop a type columns still use, and with CASCADE whether columns go depends on the
//! database (a base type needs CASCADE for its own I/O functions); the semantic tier, which replays
//! the file, blocks when columns really are dropped (`semantic-deletes-data`). Domains are
//! `ban-drop-domain`'s. Not caught: types dropped with their schema or extension.

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-type",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "DROP TYPE / CAST / OPERATOR breaks clients that use it (with CASCADE it drops columns of that type)",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(
        file,
        &[
            ObjectType::ObjectType,
            ObjectType::ObjectCast,
            ObjectType::ObjectOperator,
            ObjectType::ObjectOpclass,
            ObjectType::ObjectOpfamily,
        ],
        |s, d, obj| {
            let operator = match d.remove_type() {
                ObjectType::ObjectOperator => Some("operator"),
                ObjectType::ObjectOpclass => Some("operator class"),
                ObjectType::ObjectOpfamily => Some("operator family"),
                _ => None,
            };
            if let Some(kind) = operator {
                return Violation::new(
                    s,
                    format!(
                        "dropping {kind} `{}` breaks the queries that use it{}",
                        obj.name,
                        if objects::cascades(d) {
                            ", and with CASCADE the indexes and constraints built on it"
                        } else {
                            ""
                        }
                    ),
                    "move every query, index and constraint off it first",
                );
            }
            if d.remove_type() == ObjectType::ObjectCast {
                return Violation::new(
                    s,
                    format!("dropping cast `{}` breaks clients and functions that rely on it", obj.name),
                    "make sure no query or function body relies on the cast (explicitly or implicitly) before dropping it",
                );
            }
            if objects::cascades(d) {
                Violation::new(
                    s,
                    format!("dropping type `{}` with CASCADE also drops every column of that type (deleting its data) and what else uses it", obj.name),
                    "drop or convert the columns that use the type in reviewed migrations first, then drop the type without CASCADE",
                )
                .with_hazards(&[Hazard::DeletesData, Hazard::BreaksClients, Hazard::Irreversible])
            } else {
                Violation::new(
                    s,
                    format!("dropping type `{}` breaks clients that still name it", obj.name),
                    "move every deployed client off the type first",
                )
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use crate::lint::engine::Severity;
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_types() {
        lint_count(
            "ban-drop-type",
            "drop type t; drop type if exists app.t, u; drop cast (text as int);",
            4,
        );
        assert_eq!(severities("ban-drop-type", "drop type t;"), [Severity::Warning]);
        assert_eq!(
            severities("ban-drop-type", "drop type if exists t cascade;"),
            [Severity::Warning]
        );
    }

    #[test]
    fn allows_types_created_here_and_other_drops() {
        lint_ok("ban-drop-type", "create type t as enum ('a'); drop type t;");
        lint_ok("ban-drop-type", "create type app.c as (a int); drop type app.c cascade;");
        lint_ok("ban-drop-type", "drop domain d; drop index i;");
    }
}
