//! What changes between two exposures: every entry that opens up (a role reaches data it could
//! not reach without row level security in the way before) is a widening, the `exposes-data`
//! hazard; access gained within what policies allow, and access lost, are information. Each
//! change names what caused it (a grant, RLS, a policy, a definition, a membership, default
//! privileges), which is how it finds the statement to attach to. Pure.

use serde::Serialize;

use super::access::{Entry, Exposure, Object, Rows};
use crate::model::id::display_ident;
use crate::model::{ObjectId, QualifiedName, Schema};

/// Which way access moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Opened up: the `exposes-data` hazard.
    Widened,
    /// Gained, but within what row level security allows (or on a sequence): information.
    Guarded,
    /// Lost or narrowed: information.
    Narrowed,
}

/// What made access change, pointing at the statement (or plan step) that did it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cause {
    /// The object is new (its CREATE, or the GRANT right after it).
    Created,
    /// Its privileges changed (GRANT, REVOKE).
    Privileges,
    /// Row level security of this table was turned on or off, or forced.
    RowLevelSecurity { table: QualifiedName },
    /// This policy was created, changed or dropped.
    Policy { table: QualifiedName, name: String },
    /// Its definition changed (SECURITY DEFINER, a view's options or query).
    Definition,
    /// The role's memberships changed (GRANT role TO ...).
    Membership,
    /// `ALTER DEFAULT PRIVILEGES`.
    DefaultPrivileges,
}

/// One change of one role's access to one object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub direction: Direction,
    pub role: String,
    pub object: Object,
    pub privilege: String,
    /// What it means, naming role, operation and object: `anon can now SELECT every row of
    /// public.invoices: RLS is disabled`.
    pub message: String,
    /// How to close it again, for widenings.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hint: String,
    pub cause: Cause,
}

/// The changes from `before` (read from `from`) to `after` (read from `to`): widenings first,
/// then in report order.
pub fn changes(before: &Exposure, after: &Exposure, from: &Schema, to: &Schema) -> Vec<Change> {
    let mut out = Vec::new();
    for (key, new) in &after.entries {
        let old = before.entries.get(key);
        let was = old.map(|o| o.openness() as i8).unwrap_or(-1);
        let is = new.openness() as i8;
        let direction = if is == 2 && was < 2 {
            Direction::Widened
        } else if is > was && is > 0 {
            Direction::Guarded
        } else if is < was {
            Direction::Narrowed
        } else {
            continue;
        };
        out.push(Change {
            direction,
            role: new.role.clone(),
            object: new.object.clone(),
            privilege: new.privilege.clone(),
            message: gained(new, old, direction),
            hint: if direction == Direction::Widened {
                hint(new)
            } else {
                String::new()
            },
            cause: cause(new, old, from, to),
        });
    }
    for (key, old) in &before.entries {
        if after.entries.contains_key(key) || old.openness() == 0 {
            continue;
        }
        out.push(Change {
            direction: Direction::Narrowed,
            role: old.role.clone(),
            object: old.object.clone(),
            privilege: old.privilege.clone(),
            message: format!(
                "{} can no longer {} {}",
                display_ident(&old.role),
                old.privilege,
                target(old)
            ),
            hint: String::new(),
            cause: cause(old, None, to, from),
        });
    }
    out.sort_by_key(|c| c.direction);
    out
}

/// The object as a sentence names it: `public.invoices`, `column email of public.users`.
fn target(e: &Entry) -> String {
    match &e.object {
        Object::Column { table, column } => {
            format!("column {} of {table}", display_ident(column))
        }
        Object::Function { id } => format!("function {id}"),
        Object::Sequence { name } => format!("sequence {name}"),
        Object::DefaultPrivileges { .. } => e.object.name(),
        Object::Table { name } | Object::View { name } | Object::MaterializedView { name } => {
            name.to_string()
        }
    }
}

/// The message of an entry gained or widened.
fn gained(new: &Entry, old: Option<&Entry>, direction: Direction) -> String {
    let role = display_ident(&new.role);
    let p = &new.privilege;
    let verb = if direction == Direction::Narrowed {
        "can now only"
    } else {
        "can now"
    };
    match (&new.object, &new.rows) {
        (Object::Function { id }, _) => format!(
            "{role} can now EXECUTE {id}, which runs as its owner {} (SECURITY DEFINER)",
            display_ident(new.runs_as.as_deref().unwrap_or("?"))
        ),
        (Object::DefaultPrivileges { .. }, _) => format!(
            "{role} will be granted {p} on the {} from now on",
            new.object.name()
        ),
        (Object::Sequence { name }, _) => format!("{role} can now {p} sequence {name}"),
        (_, Some(rows)) => {
            let of = match &new.object {
                Object::Column { table, column } => {
                    format!("{table} (column {})", display_ident(column))
                }
                other => other.name(),
            };
            let rows_text = match rows {
                Rows::None { reason } if direction == Direction::Narrowed => {
                    return format!("{role} can no longer {p} any row of {of}: {reason}")
                }
                Rows::Every { reason } if p == "INSERT" => format!("INSERT any row into {of}: {reason}"),
                Rows::Every { reason } if p == "TRUNCATE" => format!("TRUNCATE {of}: {reason}"),
                Rows::Every { reason } => format!("{p} every row of {of}: {reason}"),
                Rows::Policies {
                    permissive,
                    restrictive,
                } => {
                    let mut s = format!(
                        "{p} the rows of {of} that {} {} allow{}",
                        if permissive.len() == 1 { "policy" } else { "policies" },
                        names(permissive),
                        if permissive.len() == 1 { "s" } else { "" }
                    );
                    if !restrictive.is_empty() {
                        s.push_str(&format!(" (restricted by {})", names(restrictive)));
                    }
                    s
                }
                Rows::AsInvoker => format!(
                    "{p} {of}, with its own rights and policies on the tables it reads (security_invoker)"
                ),
                Rows::AsOwner { owner } => format!(
                    "{p} {of}, with the rows the policies of the tables it reads allow its owner {}",
                    display_ident(owner)
                ),
                Rows::None { reason } => format!("{p} {of}, but no row: {reason}"),
            };
            let was = match old.and_then(|o| o.rows.as_ref()) {
                Some(Rows::None { .. }) if direction == Direction::Widened => {
                    " (no row before)".to_string()
                }
                _ => String::new(),
            };
            format!("{role} {verb} {rows_text}{was}")
        }
        (_, None) => format!("{role} {verb} {p} {}", target(new)),
    }
}

fn names(list: &[String]) -> String {
    list.iter()
        .map(|n| display_ident(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How to close a widening.
fn hint(e: &Entry) -> String {
    let role = display_ident(&e.role);
    match (&e.object, &e.rows) {
        (Object::Function { id }, _) => format!(
            "revoke it (REVOKE EXECUTE ON FUNCTION {id} FROM PUBLIC, {role}), make the function SECURITY INVOKER, or move it to a schema {role} cannot use"
        ),
        (Object::DefaultPrivileges { .. }, _) => {
            "grant on each new object where its row level security is in place instead".into()
        }
        (Object::View { name }, Some(Rows::Every { .. })) => format!(
            "create {name} WITH (security_invoker = true), or revoke {} on it from {role}",
            e.privilege
        ),
        (Object::MaterializedView { name }, _) => {
            format!("revoke {} on {name} from {role}", e.privilege)
        }
        (_, Some(Rows::Every { reason })) if reason.starts_with("policy ") => {
            "give the policy a condition, or name only the roles that may see every row in its TO clause"
                .into()
        }
        (object, _) => match object.relation() {
            Some(t) => format!(
                "enable row level security on {t} (ALTER TABLE {t} ENABLE ROW LEVEL SECURITY) and add policies, or revoke {} from {role}",
                e.privilege
            ),
            None => format!("revoke {} from {role}", e.privilege),
        },
    }
}

/// What caused `new` (which was `old`) on the way from `from` to `to`.
fn cause(new: &Entry, old: Option<&Entry>, from: &Schema, to: &Schema) -> Cause {
    let Some(id) = new.object.id() else {
        return Cause::DefaultPrivileges;
    };
    let role_changed = from.roles.get(&new.role).map(|r| &r.member_of)
        != to.roles.get(&new.role).map(|r| &r.member_of);
    let relation = new.object.relation().cloned();
    let existed = match &new.object {
        Object::Column { table, .. } => {
            from.tables.contains_key(table) || from.views.contains_key(table)
        }
        _ => from.contains(&id),
    };
    if !existed {
        return Cause::Created;
    }
    let privileges = |s: &Schema| privileges_of(s, &id);
    let acl_changed = privileges(from) != privileges(to);
    // Rows widened with the privilege already there: row level security or a policy changed.
    let rows_changed = old.is_some() || (!acl_changed && !role_changed && relation.is_some());
    if rows_changed {
        if let Some(t) = relation.as_ref().and_then(|n| to.tables.get(n)) {
            let before = from.tables.get(&t.name);
            if before
                .is_some_and(|b| b.rls_enabled != t.rls_enabled || b.rls_forced != t.rls_forced)
            {
                return Cause::RowLevelSecurity {
                    table: t.name.clone(),
                };
            }
            let before_policies = before.map(|b| &b.policies);
            let changed = t
                .policies
                .values()
                .filter(|p| before_policies.and_then(|b| b.get(&p.name)) != Some(*p))
                .map(|p| p.name.clone())
                .chain(
                    before_policies
                        .into_iter()
                        .flat_map(|b| b.keys())
                        .filter(|n| !t.policies.contains_key(*n))
                        .cloned(),
                );
            // The policy the message names, else a changed one the entry goes through, else
            // any that changed.
            let changed: Vec<String> = changed.collect();
            let named = match &new.rows {
                Some(Rows::Every { reason }) => t
                    .policies
                    .keys()
                    .find(|n| reason.starts_with(&format!("policy {} ", display_ident(n))))
                    .cloned(),
                Some(Rows::Policies {
                    permissive,
                    restrictive,
                }) => changed
                    .iter()
                    .find(|n| permissive.contains(n) || restrictive.contains(n))
                    .cloned(),
                _ => None,
            };
            if let Some(name) = named.or_else(|| changed.into_iter().next()) {
                return Cause::Policy {
                    table: t.name.clone(),
                    name,
                };
            }
        }
        if matches!(new.object, Object::View { .. } | Object::Column { .. })
            && view_changed(from, to, relation.as_ref())
        {
            return Cause::Definition;
        }
    }
    if let Object::Function { id } = &new.object {
        if from.functions.get(id).map(|f| f.security_definer)
            != to.functions.get(id).map(|f| f.security_definer)
        {
            return Cause::Definition;
        }
    }
    if acl_changed {
        Cause::Privileges
    } else if role_changed {
        Cause::Membership
    } else if matches!(new.object, Object::View { .. }) {
        Cause::Definition
    } else {
        Cause::Privileges
    }
}

/// Whether the view `name` is defined differently in `to`.
fn view_changed(from: &Schema, to: &Schema, name: Option<&QualifiedName>) -> bool {
    let Some(name) = name else { return false };
    match (from.views.get(name), to.views.get(name)) {
        (Some(a), Some(b)) => a.options != b.options || a.definition != b.definition,
        _ => false,
    }
}

/// The privileges (and owner) of an object, for telling whether they changed.
fn privileges_of(s: &Schema, id: &ObjectId) -> Option<String> {
    let grants = match id {
        ObjectId::Column { table, column } => {
            let cols = s
                .tables
                .get(table)
                .map(|t| {
                    t.columns
                        .iter()
                        .find(|c| &c.name == column)
                        .map(|c| c.privileges.clone())
                })
                .or_else(|| {
                    s.views.get(table).map(|v| {
                        v.columns
                            .iter()
                            .find(|c| &c.name == column)
                            .map(|c| c.privileges.clone())
                    })
                })
                .flatten();
            return cols.map(|g| format!("{g:?}"));
        }
        ObjectId::Sequence { name } => match s.sequences.get(name) {
            Some(q) => Some((q.privileges.clone(), q.owner.clone())),
            None => s
                .identity_sequence(name)
                .map(|(t, i)| (i.privileges.clone(), t.owner.clone())),
        },
        other => s
            .default_privilege_target(other)
            .map(|(_, _, g, o)| (g.to_vec(), o.to_string())),
    };
    grants.map(|g| format!("{g:?}"))
}
