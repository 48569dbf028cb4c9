//! Privileges (ACL entries) and default privileges.

use serde::{Deserialize, Serialize};

use super::ObjectId;

/// One privilege granted to one role (`PUBLIC` for everyone).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Grant {
    pub grantee: String,
    /// `SELECT`, `INSERT`, `USAGE`, `EXECUTE`, ...
    pub privilege: String,
    pub grantable: bool,
    /// The role that granted it when that is not the object's owner: a role holding the
    /// privilege WITH GRANT OPTION passed it on. PostgreSQL keeps one entry per grantor, and
    /// only the grantor (or a CASCADE from above it) can revoke it (docs, REVOKE). `None` for
    /// the owner's grants and where the owner is not known (default privileges).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grantor: Option<String>,
}

impl Grant {
    /// The same privilege to the same role, with or without the grant option.
    pub fn same_privilege(&self, other: &Grant) -> bool {
        self.grantee == other.grantee && self.privilege == other.privilege
    }
}

/// `ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] GRANT ... ON object_type`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DefaultPrivilege {
    pub role: String,
    /// `None`: for objects created in any schema.
    pub schema: Option<String>,
    /// `tables`, `sequences`, `functions`, `types` or `schemas`.
    pub object_type: String,
    pub grants: Vec<Grant>,
}

/// The privileges on one object an extension owns (a function, table, type, language, foreign
/// data wrapper ...) where they differ from those its script left (`pg_init_privs`), as pg_dump
/// keeps them: `GRANT SELECT ON pg_stat_statements TO monitor` on an installed extension. The
/// same for the server's built-in objects (initdb's, in `pg_catalog`, and its languages) where
/// they differ from those initdb left: `GRANT EXECUTE ON FUNCTION pg_catalog.pg_sleep(double
/// precision) TO app`. The member itself is the extension's (or the server's) and is not
/// modelled; a member whose privileges are still the initial ones has no entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPrivileges {
    pub member: ObjectId,
    /// The extension that owns it; `None` for a built-in object, which every database has.
    pub extension: Option<String>,
    /// The grants its extension's script left (the owner's own left out, as everywhere).
    pub initial: Vec<Grant>,
    /// The grants it has now.
    pub current: Vec<Grant>,
}

/// A role of the server the schema was read from, with what decides the rows and privileges
/// it gets: a fact of the server, not of the schema (never compared).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub name: String,
    pub superuser: bool,
    /// `BYPASSRLS`: row level security never applies to it.
    pub bypass_rls: bool,
    /// The roles whose privileges it uses (memberships with INHERIT, through any chain), sorted;
    /// predefined roles such as `pg_read_all_data` included.
    pub member_of: Vec<String>,
}

/// Privilege names of ACL letters (see "Privileges" in the PostgreSQL documentation, Table 5.1).
pub fn privilege_name(letter: char) -> Option<&'static str> {
    Some(match letter {
        'r' => "SELECT",
        'w' => "UPDATE",
        'a' => "INSERT",
        'd' => "DELETE",
        'D' => "TRUNCATE",
        'x' => "REFERENCES",
        't' => "TRIGGER",
        'X' => "EXECUTE",
        'U' => "USAGE",
        'C' => "CREATE",
        'c' => "CONNECT",
        'T' => "TEMPORARY",
        's' => "SET",
        'A' => "ALTER SYSTEM",
        'm' => "MAINTAIN",
        _ => return None,
    })
}

/// Parses one `aclitem` text (`grantee=privs/grantor`, `=r/owner` for PUBLIC, `*` after a letter
/// for WITH GRANT OPTION) into grants, each with its grantor. Quoted role names
/// (`"Mixed Role"=r/x`) are unquoted.
pub fn parse_aclitem(item: &str) -> Vec<Grant> {
    let (grantee, rest) = split_role(item);
    let rest = rest.strip_prefix('=').unwrap_or(rest);
    let (privs, grantor) = match rest.find('/') {
        Some(i) => (&rest[..i], Some(split_role(&rest[i + 1..]).0)),
        None => (rest, None),
    };
    let grantee = if grantee.is_empty() {
        "PUBLIC".to_string()
    } else {
        grantee
    };
    let mut out = Vec::new();
    let mut chars = privs.chars().peekable();
    while let Some(c) = chars.next() {
        let grantable = chars.peek() == Some(&'*');
        if grantable {
            chars.next();
        }
        if let Some(p) = privilege_name(c) {
            out.push(Grant {
                grantee: grantee.clone(),
                privilege: p.to_string(),
                grantable,
                grantor: grantor.clone(),
            });
        }
    }
    out
}

/// Reads a possibly quoted role name at the start of `s`; returns it and the rest.
fn split_role(s: &str) -> (String, &str) {
    if let Some(rest) = s.strip_prefix('"') {
        let mut name = String::new();
        let mut iter = rest.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c == '"' {
                if iter.peek().map(|(_, n)| *n) == Some('"') {
                    iter.next();
                    name.push('"');
                } else {
                    return (name, &rest[i + 1..]);
                }
            } else {
                name.push(c);
            }
        }
        (name, "")
    } else {
        let end = s.find('=').unwrap_or(s.len());
        (s[..end].to_string(), &s[end..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_acl_items() {
        let g = parse_aclitem("app_reader=r*w/owner");
        assert_eq!(g.len(), 2);
        assert_eq!((g[0].privilege.as_str(), g[0].grantable), ("SELECT", true));
        assert_eq!((g[1].privilege.as_str(), g[1].grantable), ("UPDATE", false));
        let g = parse_aclitem("=X/postgres");
        assert_eq!(
            (g[0].grantee.as_str(), g[0].privilege.as_str()),
            ("PUBLIC", "EXECUTE")
        );
        let g = parse_aclitem("\"Mixed \"\"Role\"=U/postgres");
        assert_eq!(g[0].grantee, "Mixed \"Role");
        assert_eq!(g[0].grantor.as_deref(), Some("postgres"));
        let g = parse_aclitem("reader=r/\"Grant \"\"Or\"");
        assert_eq!(g[0].grantor.as_deref(), Some("Grant \"Or"));
    }
}
