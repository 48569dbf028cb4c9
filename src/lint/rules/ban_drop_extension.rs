//! Dropping an extension removes its functions, types and operators, breaking clients that use
//! them; with `CASCADE`, PostgreSQL also drops the columns, indexes and views that depend on it,
//! deleting data. Fires on `DROP EXTENSION [IF EXISTS] a, b [CASCADE]` of extensions not created
//! earlier in the file. A warning: without CASCADE PostgreSQL refuses while objects depend on it,
//! and with it the semantic tier, which replays the file, blocks when columns really are dropped
//! (`semantic-deletes-data`). Not caught: extensions dropped with their schema
//! (`ban-drop-schema`'s).

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-extension",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "DROP EXTENSION removes its functions and types (with CASCADE also the columns using them)",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(file, &[ObjectType::ObjectExtension], |s, d, obj| {
        if objects::cascades(d) {
            Violation::new(
                s,
                format!("dropping extension `{}` with CASCADE also drops the columns, indexes and views that use it, deleting their data", obj.name),
                "remove what depends on the extension in reviewed migrations first, then drop it without CASCADE",
            )
            .with_hazards(&[Hazard::DeletesData, Hazard::BreaksClients, Hazard::Irreversible])
        } else {
            Violation::new(
                s,
                format!("dropping extension `{}` removes its functions and types, breaking clients that use them", obj.name),
                "make sure no client uses the extension's functions or types before dropping it",
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::engine::Severity;
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_extensions() {
        lint_count(
            "ban-drop-extension",
            "drop extension hstore; drop extension if exists pg_trgm, citext;",
            3,
        );
        assert_eq!(
            severities("ban-drop-extension", "drop extension hstore cascade;"),
            [Severity::Warning]
        );
    }

    #[test]
    fn allows_extensions_created_here_and_other_statements() {
        lint_ok("ban-drop-extension", "create extension hstore; drop extension hstore;");
        lint_ok("ban-drop-extension", "create extension if not exists hstore;");
    }
}
