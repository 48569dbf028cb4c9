//! Dropping a domain breaks clients that cast to it; with `CASCADE`, PostgreSQL also drops every
//! column of that domain, deleting their data. Fires on `DROP DOMAIN [IF EXISTS] a, s.b
//! [CASCADE]` of domains not created earlier in the file. A warning: without CASCADE PostgreSQL
//! refuses while columns use the domain, and with it the semantic tier, which replays the file,
//! blocks when columns really are dropped (`semantic-deletes-data`). Not caught: domains dropped
//! with their schema.

use pg_query::protobuf::ObjectType;

use super::objects;
use super::RuleDef;
use crate::lint::{File, Severity, Violation};
use crate::plan::hazard::Hazard;

pub const RULE: RuleDef = RuleDef {
    name: "ban-drop-domain",
    hazards: &[Hazard::BreaksClients],
    severity: Severity::Warning,
    summary: "DROP DOMAIN breaks clients that use it (with CASCADE it drops columns of that domain)",
    check,
};

fn check(file: &File) -> Vec<Violation> {
    objects::drop_violations(file, &[ObjectType::ObjectDomain], |s, d, obj| {
        if objects::cascades(d) {
            Violation::new(
                s,
                format!("dropping domain `{}` with CASCADE also drops every column of that domain (deleting its data)", obj.name),
                "convert the columns that use the domain to its base type first, then drop it without CASCADE",
            )
            .with_hazards(&[Hazard::DeletesData, Hazard::BreaksClients, Hazard::Irreversible])
        } else {
            Violation::new(
                s,
                format!("dropping domain `{}` breaks clients that still cast to it", obj.name),
                "move every deployed client off the domain first",
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::lint::engine::Severity;
    use crate::lint::test_utils::*;

    #[test]
    fn flags_dropped_domains() {
        lint_count("ban-drop-domain", "drop domain d; drop domain if exists app.d, e;", 3);
        assert_eq!(
            severities("ban-drop-domain", "drop domain if exists d cascade;"),
            [Severity::Warning]
        );
        assert_eq!(severities("ban-drop-domain", "drop domain d;"), [Severity::Warning]);
    }

    #[test]
    fn allows_domains_created_here_and_other_drops() {
        lint_ok("ban-drop-domain", "create domain d as integer; drop domain d;");
        lint_ok("ban-drop-domain", "create domain app.d as text; drop domain app.d cascade;");
        lint_ok("ban-drop-domain", "drop type t;");
    }
}
