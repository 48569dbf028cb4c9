//! What names an existing object by reference: COMMENT ON, GRANT and REVOKE, OWNER TO, and ALTER
//! DEFAULT PRIVILEGES.

use super::writer::{ident, idents, literal, qualified};
use crate::model::*;

/// Creates `name` as a role that cannot log in, unless the server already has a role of that
/// name. Roles belong to the server, not to a database, so a schema copied into another server
/// (a shadow) needs its owners and grantees made first: placeholders are enough there, since
/// only their names are written in the schema. A superuser of the source server is made one
/// here too: what only a superuser may own (an event trigger) loads only under such a role.
pub fn create_role_if_missing(name: &str, superuser: bool) -> String {
    format!(
        "DO $pgshift$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = {}) THEN CREATE ROLE {} NOLOGIN{}; END IF; END $pgshift$;",
        literal(name),
        ident(name),
        if superuser { " SUPERUSER" } else { "" }
    )
}

pub(super) fn grantee(g: &str) -> String {
    if g == "PUBLIC" {
        "PUBLIC".into()
    } else {
        ident(g)
    }
}

/// How COMMENT ON names an object.
fn object_reference(target: &ObjectId) -> String {
    match target {
        ObjectId::Schema { name } => format!("SCHEMA {}", ident(name)),
        ObjectId::Extension { name } => format!("EXTENSION {}", ident(name)),
        ObjectId::Collation { name } => format!("COLLATION {}", qualified(name)),
        ObjectId::Type { name } => format!("TYPE {}", qualified(name)),
        ObjectId::Sequence { name } => format!("SEQUENCE {}", qualified(name)),
        ObjectId::Table { name } => format!("TABLE {}", qualified(name)),
        ObjectId::Column { table, column } => {
            format!("COLUMN {}.{}", qualified(table), ident(column))
        }
        ObjectId::Constraint { table, name } => {
            format!("CONSTRAINT {} ON {}", ident(name), qualified(table))
        }
        ObjectId::Index { name } => format!("INDEX {}", qualified(name)),
        ObjectId::View { name } => format!("VIEW {}", qualified(name)),
        ObjectId::MaterializedView { name } => format!("MATERIALIZED VIEW {}", qualified(name)),
        // ROUTINE names functions and procedures alike (the id does not say which).
        ObjectId::Function { id } => format!("ROUTINE {}", super::writer::function(id)),
        ObjectId::Aggregate { id } => format!("AGGREGATE {}", super::writer::aggregate(id)),
        ObjectId::Trigger { table, name } => {
            format!("TRIGGER {} ON {}", ident(name), qualified(table))
        }
        ObjectId::EventTrigger { name } => format!("EVENT TRIGGER {}", ident(name)),
        ObjectId::Policy { table, name } => {
            format!("POLICY {} ON {}", ident(name), qualified(table))
        }
        ObjectId::Publication { name } => format!("PUBLICATION {}", ident(name)),
        ObjectId::DomainConstraint { domain, name } => {
            format!("CONSTRAINT {} ON DOMAIN {}", ident(name), qualified(domain))
        }
        ObjectId::Rule { .. }
        | ObjectId::Statistics { .. }
        | ObjectId::Operator { .. }
        | ObjectId::OperatorFamily { .. }
        | ObjectId::OperatorClass { .. }
        | ObjectId::Cast { .. }
        | ObjectId::Conversion { .. }
        | ObjectId::Language { .. }
        | ObjectId::ShellType { .. }
        | ObjectId::Transform { .. }
        | ObjectId::AccessMethod { .. }
        | ObjectId::TextSearchParser { .. }
        | ObjectId::TextSearchTemplate { .. }
        | ObjectId::TextSearchDictionary { .. }
        | ObjectId::TextSearchConfiguration { .. }
        | ObjectId::ForeignDataWrapper { .. }
        | ObjectId::ForeignServer { .. }
        | ObjectId::UserMapping { .. }
        | ObjectId::ForeignTable { .. }
        | ObjectId::Subscription { .. } => super::objects::reference(target),
    }
}

/// (privilege list, ON clause) for GRANT and REVOKE; column privileges name their column.
fn privilege_target(target: &ObjectId, privilege: &str) -> (String, String) {
    match target {
        ObjectId::Column { table, column } => (
            format!("{privilege} ({})", idents([column])),
            format!("TABLE {}", qualified(table)),
        ),
        ObjectId::Table { name }
        | ObjectId::View { name }
        | ObjectId::MaterializedView { name } => {
            (privilege.to_string(), format!("TABLE {}", qualified(name)))
        }
        ObjectId::Function { id } => (
            privilege.to_string(),
            format!("ROUTINE {}", super::writer::function(id)),
        ),
        ObjectId::Aggregate { id } => (
            privilege.to_string(),
            format!("FUNCTION {}", super::writer::aggregate_as_function(id)),
        ),
        ObjectId::Type { name } => (privilege.to_string(), format!("TYPE {}", qualified(name))),
        ObjectId::Sequence { name } => (
            privilege.to_string(),
            format!("SEQUENCE {}", qualified(name)),
        ),
        other => (
            privilege.to_string(),
            super::objects::privilege_on(other).unwrap_or_else(|| object_reference(other)),
        ),
    }
}

pub(super) fn comment(target: &ObjectId, comment: &Option<String>) -> String {
    format!(
        "COMMENT ON {} IS {}",
        object_reference(target),
        comment
            .as_deref()
            .map(literal)
            .unwrap_or_else(|| "NULL".into())
    )
}

pub(super) fn grant(target: &ObjectId, grant: &Grant) -> String {
    let (what, on) = privilege_target(target, &grant.privilege);
    as_grantor(
        grant,
        format!(
            "GRANT {what} ON {on} TO {}{}",
            grantee(&grant.grantee),
            if grant.grantable {
                " WITH GRANT OPTION"
            } else {
                ""
            }
        ),
    )
}

pub(super) fn revoke(target: &ObjectId, grant: &Grant) -> String {
    let (what, on) = privilege_target(target, &grant.privilege);
    as_grantor(
        grant,
        format!("REVOKE {what} ON {on} FROM {}", grantee(&grant.grantee)),
    )
}

/// `sql` run as the grant's grantor when that is not the object's owner: PostgreSQL records
/// the role that runs GRANT as the grantor and lets only it revoke what it granted (docs,
/// GRANT: "GRANTED BY" other than the current role is not accepted before version 16), as
/// pg_dump restores such grants under the grantor's authorization. One DO statement, so the
/// role cannot outlive it, even where the statement fails.
fn as_grantor(grant: &Grant, sql: String) -> String {
    match &grant.grantor {
        None => sql,
        Some(role) => format!(
            "DO $pgshift$ BEGIN SET ROLE {}; {sql}; RESET ROLE; END $pgshift$",
            ident(role)
        ),
    }
}

pub(super) fn set_owner(target: &ObjectId, owner: &str) -> String {
    format!(
        "ALTER {} OWNER TO {}",
        object_reference(target),
        grantee(owner)
    )
}

pub(super) fn default_privilege(
    role: &str,
    schema: &Option<String>,
    object_type: &str,
    grant: &Grant,
    revoke: &bool,
) -> String {
    let scope = match schema {
        Some(s) => format!(" IN SCHEMA {}", ident(s)),
        None => String::new(),
    };
    let head = format!("ALTER DEFAULT PRIVILEGES FOR ROLE {}{scope}", ident(role));
    let on = object_type.to_ascii_uppercase();
    if *revoke {
        format!(
            "{head} REVOKE {} ON {on} FROM {}",
            grant.privilege,
            grantee(&grant.grantee)
        )
    } else {
        format!(
            "{head} GRANT {} ON {on} TO {}{}",
            grant.privilege,
            grantee(&grant.grantee),
            if grant.grantable {
                " WITH GRANT OPTION"
            } else {
                ""
            }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_roles_keep_superuser_and_quote_names() {
        assert_eq!(
            create_role_if_missing("Mixed \"Role\"", true),
            "DO $pgshift$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'Mixed \"Role\"') THEN CREATE ROLE \"Mixed \"\"Role\"\"\" NOLOGIN SUPERUSER; END IF; END $pgshift$;"
        );
        assert!(create_role_if_missing("app", false).contains("CREATE ROLE app NOLOGIN;"));
    }

    #[test]
    fn grants_of_another_grantor_run_as_it() {
        let target = ObjectId::Table {
            name: QualifiedName::new("public", "t"),
        };
        let g = Grant {
            grantee: "Read er".into(),
            privilege: "SELECT".into(),
            grantable: false,
            grantor: Some("Pass \"On".into()),
        };
        assert_eq!(
            grant(&target, &g),
            "DO $pgshift$ BEGIN SET ROLE \"Pass \"\"On\"; GRANT SELECT ON TABLE public.t TO \"Read er\"; RESET ROLE; END $pgshift$"
        );
        let owner = Grant { grantor: None, ..g };
        assert_eq!(
            revoke(&target, &owner),
            "REVOKE SELECT ON TABLE public.t FROM \"Read er\""
        );
    }
}
