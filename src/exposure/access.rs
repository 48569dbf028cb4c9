//! What each exposure role can do, object by object, read from one schema model. Pure.
//!
//! A role holds a privilege when it is granted to the role itself, to `PUBLIC`, or to a role it
//! is a member of with INHERIT (as the catalog shows: `Schema::roles`), or when one of those owns
//! the object; it reaches an object only through `USAGE` on its schema. Rows follow row level
//! security (PostgreSQL docs, "Row Security Policies"): with RLS off, or for the owner of a table
//! that does not FORCE it, or for a role with BYPASSRLS, every row; with RLS on, the rows the
//! permissive policies for the role and command let through, cut down by the restrictive ones,
//! and none when no permissive policy applies. `TRUNCATE` ignores policies. A view without
//! `security_invoker` reads its tables with its owner's rights, so a table's policies bind the
//! view's owner, not the role. Only SECURITY DEFINER functions are listed: any other runs with
//! the caller's own rights and exposes nothing by itself (nor do trigger functions, which cannot
//! be called directly).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::id::display_ident;
use crate::model::{FunctionId, Grant, ObjectId, Policy, QualifiedName, Schema, Table, View};

/// Commands on tables and views, in the order reports list them.
const TABLE_PRIVILEGES: [&str; 5] = ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"];
/// Privileges a column can be granted (PostgreSQL docs, GRANT).
const COLUMN_PRIVILEGES: [&str; 3] = ["SELECT", "INSERT", "UPDATE"];
/// Privileges on sequences.
const SEQUENCE_PRIVILEGES: [&str; 3] = ["USAGE", "SELECT", "UPDATE"];

/// An object an exposure entry is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Object {
    Table {
        name: QualifiedName,
    },
    View {
        name: QualifiedName,
    },
    MaterializedView {
        name: QualifiedName,
    },
    /// A column of a table or view the role holds a column privilege on (and not the same
    /// privilege on the whole relation).
    Column {
        table: QualifiedName,
        column: String,
    },
    Function {
        id: FunctionId,
    },
    Sequence {
        name: QualifiedName,
    },
    /// Objects of `object_type` that `creator` creates from now on (in `schema`, or anywhere).
    DefaultPrivileges {
        creator: String,
        schema: Option<String>,
        object_type: String,
    },
}

impl Object {
    /// The model's identity of the object (none for default privileges).
    pub fn id(&self) -> Option<ObjectId> {
        Some(match self {
            Object::Table { name } => ObjectId::Table { name: name.clone() },
            Object::View { name } => ObjectId::View { name: name.clone() },
            Object::MaterializedView { name } => ObjectId::MaterializedView { name: name.clone() },
            Object::Column { table, column } => ObjectId::Column {
                table: table.clone(),
                column: column.clone(),
            },
            Object::Function { id } => ObjectId::Function { id: id.clone() },
            Object::Sequence { name } => ObjectId::Sequence { name: name.clone() },
            Object::DefaultPrivileges { .. } => return None,
        })
    }

    /// The relation the object is or belongs to (a column's table or view).
    pub fn relation(&self) -> Option<&QualifiedName> {
        match self {
            Object::Table { name } | Object::View { name } | Object::MaterializedView { name } => {
                Some(name)
            }
            Object::Column { table, .. } => Some(table),
            _ => None,
        }
    }

    /// Its kind as reports name it.
    pub fn kind(&self) -> &'static str {
        match self {
            Object::Table { .. } => "table",
            Object::View { .. } => "view",
            Object::MaterializedView { .. } => "materialized view",
            Object::Column { .. } => "column",
            Object::Function { .. } => "function",
            Object::Sequence { .. } => "sequence",
            Object::DefaultPrivileges { .. } => "default privileges",
        }
    }

    /// Its name as reports write it (`public.invoices`, `public.users.email`,
    /// `public.f(integer)`, `tables postgres creates in schema public`).
    pub fn name(&self) -> String {
        match self {
            Object::Table { name }
            | Object::View { name }
            | Object::MaterializedView { name }
            | Object::Sequence { name } => name.to_string(),
            Object::Column { table, column } => format!("{table}.{}", display_ident(column)),
            Object::Function { id } => id.to_string(),
            Object::DefaultPrivileges {
                creator,
                schema,
                object_type,
            } => format!(
                "{object_type} {} creates {}",
                display_ident(creator),
                match schema {
                    Some(s) => format!("in schema {}", display_ident(s)),
                    None => "in any schema".to_string(),
                }
            ),
        }
    }
}

/// Which rows a privilege on a relation reaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "scope", rename_all = "snake_case")]
pub enum Rows {
    /// Every row: nothing stands between the role and the rows (`reason` says why).
    Every { reason: String },
    /// The rows these policies let through (permissive ones widen, restrictive ones narrow).
    Policies {
        permissive: Vec<String>,
        restrictive: Vec<String>,
    },
    /// A `security_invoker` view: the role's own rights and policies on the view's tables.
    AsInvoker,
    /// A view read with its owner's rights over tables whose policies bind that owner.
    AsOwner { owner: String },
    /// Row level security is on and no policy lets the role through.
    None { reason: String },
}

impl Rows {
    /// How open the rows are: 0 none, 1 some (policies decide), 2 every row.
    pub fn openness(&self) -> u8 {
        match self {
            Rows::None { .. } => 0,
            Rows::Policies { .. } | Rows::AsInvoker | Rows::AsOwner { .. } => 1,
            Rows::Every { .. } => 2,
        }
    }
}

/// One thing one role can do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub role: String,
    pub object: Object,
    /// `SELECT`, `INSERT`, `UPDATE`, `DELETE`, `TRUNCATE`, `EXECUTE`, `USAGE`.
    pub privilege: String,
    /// How the role holds it: `granted to anon`, `granted to PUBLIC`, `through membership in
    /// app_user`, `anon owns it`.
    pub via: String,
    /// For tables, views and columns: the rows it reaches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<Rows>,
    /// For SECURITY DEFINER functions: the role it runs as.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runs_as: Option<String>,
}

impl Entry {
    /// How exposed the entry is: 2 the role reaches data without row level security in the way
    /// (every row, a SECURITY DEFINER function, privileges on objects created from now on), 1
    /// within what policies allow (or a sequence), 0 a privilege that reaches no row.
    pub fn openness(&self) -> u8 {
        match (&self.object, &self.rows) {
            (_, Some(rows)) => rows.openness(),
            (Object::Sequence { .. }, None) => 1,
            _ => 2,
        }
    }
}

/// The sort key of an entry: the role's place in the configured list, the object, the
/// privilege's place in the report order.
pub type Key = (usize, Object, usize, String);

/// What every exposure role can do in one schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exposure {
    pub roles: Vec<String>,
    pub entries: BTreeMap<Key, Entry>,
}

/// A role as privilege checks see it.
struct Holder<'a> {
    role: &'a str,
    /// The role, `PUBLIC` and the roles it is a member of.
    names: BTreeSet<&'a str>,
    bypass_rls: bool,
    read_all: bool,
    write_all: bool,
}

impl<'a> Holder<'a> {
    fn new(schema: &'a Schema, role: &'a str) -> Self {
        let mut names: BTreeSet<&str> = BTreeSet::from(["PUBLIC"]);
        let mut bypass_rls = false;
        if role != "PUBLIC" {
            names.insert(role);
            if let Some(r) = schema.roles.get(role) {
                names.extend(r.member_of.iter().map(String::as_str));
                bypass_rls = r.bypass_rls || r.superuser;
            }
        }
        Holder {
            role,
            read_all: names.contains("pg_read_all_data"),
            write_all: names.contains("pg_write_all_data"),
            names,
            bypass_rls,
        }
    }

    /// How the role holds `privilege` on an object with these grants and owner, if it does.
    fn holds(&self, grants: &[Grant], owner: &str, privilege: &str) -> Option<String> {
        if self.role != "PUBLIC" && self.names.contains(owner) {
            return Some(if owner == self.role {
                format!("{} owns it", display_ident(self.role))
            } else {
                format!("through membership in its owner {}", display_ident(owner))
            });
        }
        let granted = |name: &str| {
            grants
                .iter()
                .any(|g| g.privilege == privilege && g.grantee == name)
        };
        if granted(self.role) {
            return Some(format!("granted to {}", display_ident(self.role)));
        }
        if let Some(m) = self
            .names
            .iter()
            .find(|n| **n != self.role && **n != "PUBLIC" && granted(n))
        {
            return Some(format!("through membership in {}", display_ident(m)));
        }
        if granted("PUBLIC") {
            return Some("granted to PUBLIC".to_string());
        }
        None
    }

    /// [`Holder::holds`] for tables, views and sequences, where the predefined roles
    /// `pg_read_all_data` and `pg_write_all_data` also give privileges.
    fn holds_relation(&self, grants: &[Grant], owner: &str, privilege: &str) -> Option<String> {
        self.holds(grants, owner, privilege).or_else(|| {
            let predefined = match privilege {
                "SELECT" | "USAGE" if self.read_all => "pg_read_all_data",
                "INSERT" | "UPDATE" | "DELETE" if self.write_all => "pg_write_all_data",
                _ => return None,
            };
            Some(format!("through membership in {predefined}"))
        })
    }

    /// Whether the role may use schema `name` (USAGE, ownership, or `pg_read_all_data`).
    fn reaches(&self, schema: &Schema, name: &str) -> bool {
        match schema.schemas.get(name) {
            None => true,
            Some(ns) => {
                self.read_all
                    || self.write_all
                    || self.holds(&ns.privileges, &ns.owner, "USAGE").is_some()
            }
        }
    }

    /// Whether a policy's role list names this role (`public` is everyone).
    fn named_in(&self, policy: &Policy) -> bool {
        policy
            .roles
            .iter()
            .any(|r| r == "public" || (self.role != "PUBLIC" && self.names.contains(r.as_str())))
    }
}

/// Whether a policy expression lets every row through (`true`, however parenthesised).
fn is_true(expr: &str) -> bool {
    let mut e = expr.trim();
    while let Some(inner) = e.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        e = inner.trim();
    }
    e.eq_ignore_ascii_case("true")
}

/// The expression a policy checks rows with for `command`: USING for the rows read, updated and
/// deleted; WITH CHECK (else USING) for the rows inserted. `None` when the policy does not
/// apply to the command.
fn policy_filter<'p>(policy: &'p Policy, command: &str) -> Option<Option<&'p str>> {
    if policy.command != "ALL" && policy.command != command {
        return None;
    }
    Some(match command {
        "INSERT" => policy.with_check.as_deref().or(policy.using.as_deref()),
        _ => policy.using.as_deref(),
    })
}

/// The rows of `table` that `privilege`, held `via`, reaches for the role.
fn table_rows(table: &Table, privilege: &str, holder: &Holder, owned: bool) -> Rows {
    let role = display_ident(holder.role);
    if privilege == "TRUNCATE" {
        return Rows::Every {
            reason: "TRUNCATE ignores row level security".into(),
        };
    }
    if !table.rls_enabled {
        return Rows::Every {
            reason: "RLS is disabled".into(),
        };
    }
    if owned && !table.rls_forced {
        return Rows::Every {
            reason: format!("{role} owns it and RLS is not forced"),
        };
    }
    if holder.bypass_rls {
        return Rows::Every {
            reason: format!("{role} bypasses RLS"),
        };
    }
    let mut permissive: Vec<(&str, Option<&str>)> = Vec::new();
    let mut restrictive: Vec<(&str, Option<&str>)> = Vec::new();
    for p in table.policies.values().filter(|p| holder.named_in(p)) {
        if let Some(filter) = policy_filter(p, privilege) {
            if p.permissive {
                permissive.push((&p.name, filter));
            } else {
                restrictive.push((&p.name, filter));
            }
        }
    }
    if permissive.is_empty() {
        return Rows::None {
            reason: format!("RLS is enabled and no policy lets {role} {privilege}"),
        };
    }
    let open = |f: &Option<&str>| f.is_some_and(is_true);
    if let Some((name, _)) = permissive.iter().find(|(_, f)| open(f)) {
        if restrictive.iter().all(|(_, f)| open(f)) {
            return Rows::Every {
                reason: format!(
                    "policy {} is {} (true)",
                    display_ident(name),
                    clause(privilege)
                ),
            };
        }
    }
    Rows::Policies {
        permissive: permissive.iter().map(|(n, _)| n.to_string()).collect(),
        restrictive: restrictive.iter().map(|(n, _)| n.to_string()).collect(),
    }
}

/// The policy clause that decides `privilege`'s rows.
fn clause(privilege: &str) -> &'static str {
    if privilege == "INSERT" {
        "WITH CHECK"
    } else {
        "USING"
    }
}

/// Whether a view reads its tables with the invoker's rights (`security_invoker`).
fn security_invoker(view: &View) -> bool {
    view.options.iter().any(|o| {
        let (k, v) = o.split_once('=').unwrap_or((o, "true"));
        k.trim().eq_ignore_ascii_case("security_invoker")
            && ["true", "on", "yes", "1"].contains(&v.trim().to_ascii_lowercase().as_str())
    })
}

/// The tables a view reads, through other views too (from the model's dependencies).
fn view_tables<'s>(schema: &'s Schema, view: &QualifiedName) -> Vec<&'s Table> {
    let mut out: BTreeMap<&QualifiedName, &Table> = BTreeMap::new();
    let mut seen: BTreeSet<QualifiedName> = BTreeSet::new();
    let mut todo = vec![view.clone()];
    while let Some(v) = todo.pop() {
        if !seen.insert(v.clone()) {
            continue;
        }
        let me = ObjectId::View { name: v };
        for (dependent, referenced) in &schema.dependencies {
            if dependent != &me {
                continue;
            }
            match referenced {
                ObjectId::Table { name } | ObjectId::Column { table: name, .. } => {
                    if let Some(t) = schema.tables.get(name) {
                        out.insert(&t.name, t);
                    } else if schema.views.contains_key(name) {
                        todo.push(name.clone());
                    }
                }
                ObjectId::View { name } => todo.push(name.clone()),
                _ => {}
            }
        }
    }
    out.into_values().collect()
}

/// The rows a view reaches.
fn view_rows(schema: &Schema, view: &View) -> Rows {
    if security_invoker(view) {
        return Rows::AsInvoker;
    }
    let owner = schema.roles.get(&view.owner);
    let owner_bypasses = owner.is_some_and(|r| r.bypass_rls || r.superuser);
    let tables = view_tables(schema, &view.name);
    let protected: Vec<&&Table> = tables.iter().filter(|t| t.rls_enabled).collect();
    let bypassed: Vec<String> = protected
        .iter()
        .filter(|t| owner_bypasses || (t.owner == view.owner && !t.rls_forced))
        .map(|t| t.name.to_string())
        .collect();
    if !bypassed.is_empty() {
        return Rows::Every {
            reason: format!(
                "the view runs as its owner {} (no security_invoker), so RLS on {} does not apply",
                display_ident(&view.owner),
                bypassed.join(", ")
            ),
        };
    }
    if !protected.is_empty() {
        return Rows::AsOwner {
            owner: view.owner.clone(),
        };
    }
    Rows::Every {
        reason: "none of the tables it reads has RLS".into(),
    }
}

fn privilege_rank(p: &str) -> usize {
    [
        "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "EXECUTE", "USAGE",
    ]
    .iter()
    .position(|x| *x == p)
    .unwrap_or(7)
}

/// What each of `roles` (`PUBLIC` for everyone) can do in `schema`.
pub fn exposure(schema: &Schema, roles: &[String]) -> Exposure {
    let mut out = Exposure {
        roles: roles.to_vec(),
        entries: BTreeMap::new(),
    };
    for (n, role) in roles.iter().enumerate() {
        let holder = Holder::new(schema, role);
        let mut add = |object: Object, privilege: &str, via: String, rows, runs_as| {
            let key = (
                n,
                object.clone(),
                privilege_rank(privilege),
                privilege.to_string(),
            );
            out.entries.insert(
                key,
                Entry {
                    role: role.clone(),
                    object,
                    privilege: privilege.to_string(),
                    via,
                    rows,
                    runs_as,
                },
            );
        };
        for t in schema.tables.values() {
            if !holder.reaches(schema, &t.name.schema) {
                continue;
            }
            let owned = holder.holds(&[], &t.owner, "SELECT").is_some();
            for p in TABLE_PRIVILEGES {
                if let Some(via) = holder.holds_relation(&t.privileges, &t.owner, p) {
                    let rows = table_rows(t, p, &holder, owned);
                    add(
                        Object::Table {
                            name: t.name.clone(),
                        },
                        p,
                        via,
                        Some(rows),
                        None,
                    );
                } else if COLUMN_PRIVILEGES.contains(&p) {
                    for c in &t.columns {
                        if let Some(via) = holder.holds(&c.privileges, "", p) {
                            let rows = table_rows(t, p, &holder, owned);
                            let object = Object::Column {
                                table: t.name.clone(),
                                column: c.name.clone(),
                            };
                            add(object, p, via, Some(rows), None);
                        }
                    }
                }
            }
            for c in &t.columns {
                let Some(identity) = &c.identity else {
                    continue;
                };
                for p in SEQUENCE_PRIVILEGES {
                    if let Some(via) = holder.holds_relation(&identity.privileges, &t.owner, p) {
                        let object = Object::Sequence {
                            name: identity.sequence.clone(),
                        };
                        add(object, p, via, None, None);
                    }
                }
            }
        }
        for v in schema.views.values() {
            if !holder.reaches(schema, &v.name.schema) {
                continue;
            }
            for p in &TABLE_PRIVILEGES[..4] {
                if let Some(via) = holder.holds_relation(&v.privileges, &v.owner, p) {
                    let rows = view_rows(schema, v);
                    add(
                        Object::View {
                            name: v.name.clone(),
                        },
                        p,
                        via,
                        Some(rows),
                        None,
                    );
                } else if COLUMN_PRIVILEGES.contains(p) {
                    for c in &v.columns {
                        if let Some(via) = holder.holds(&c.privileges, "", p) {
                            let object = Object::Column {
                                table: v.name.clone(),
                                column: c.name.clone(),
                            };
                            add(object, p, via, Some(view_rows(schema, v)), None);
                        }
                    }
                }
            }
        }
        for v in schema.materialized_views.values() {
            if !holder.reaches(schema, &v.name.schema) {
                continue;
            }
            if let Some(via) = holder.holds_relation(&v.privileges, &v.owner, "SELECT") {
                let rows = Rows::Every {
                    reason: "a materialized view has no RLS".into(),
                };
                let object = Object::MaterializedView {
                    name: v.name.clone(),
                };
                add(object, "SELECT", via, Some(rows), None);
            }
        }
        // Trigger functions cannot be called directly ("trigger functions can only be called
        // as triggers"), whoever may execute them.
        let callable = |f: &&crate::model::Function| {
            !matches!(f.returns.as_deref(), Some("trigger" | "event_trigger"))
        };
        for f in schema
            .functions
            .values()
            .filter(|f| f.security_definer)
            .filter(callable)
        {
            if !holder.reaches(schema, &f.id.name.schema) {
                continue;
            }
            if let Some(via) = holder.holds(&f.privileges, &f.owner, "EXECUTE") {
                let object = Object::Function { id: f.id.clone() };
                add(object, "EXECUTE", via, None, Some(f.owner.clone()));
            }
        }
        for s in schema.sequences.values() {
            if !holder.reaches(schema, &s.name.schema) {
                continue;
            }
            for p in SEQUENCE_PRIVILEGES {
                if let Some(via) = holder.holds_relation(&s.privileges, &s.owner, p) {
                    add(
                        Object::Sequence {
                            name: s.name.clone(),
                        },
                        p,
                        via,
                        None,
                        None,
                    );
                }
            }
        }
        for d in &schema.default_privileges {
            if !["tables", "sequences", "functions"].contains(&d.object_type.as_str()) {
                continue;
            }
            for g in d.grants.iter().filter(|g| g.grantee != d.role) {
                let Some(via) = holder.holds(std::slice::from_ref(g), "", &g.privilege) else {
                    continue;
                };
                let object = Object::DefaultPrivileges {
                    creator: d.role.clone(),
                    schema: d.schema.clone(),
                    object_type: d.object_type.clone(),
                };
                add(object, &g.privilege, via, None, None);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Namespace, Role};

    fn grant(grantee: &str, privilege: &str) -> Grant {
        Grant {
            grantee: grantee.into(),
            privilege: privilege.into(),
            grantable: false,
            grantor: None,
        }
    }

    /// A table `public.t` owned by `postgres` with these grants, RLS and policies (`name`,
    /// permissive, command, roles, USING).
    fn table(grants: Vec<Grant>, rls: bool, policies: &[(&str, bool, &str, &str, &str)]) -> Table {
        let policies: Vec<serde_json::Value> = policies
            .iter()
            .map(|(name, permissive, command, roles, using)| {
                serde_json::json!({
                    "name": name, "permissive": permissive, "command": command,
                    "roles": roles.split(',').collect::<Vec<_>>(), "using": using,
                    "with_check": null, "comment": null
                })
            })
            .collect();
        let mut t: Table = serde_json::from_value(serde_json::json!({
            "name": "public.t", "columns": [], "constraints": [], "policies": policies,
            "unlogged": false, "partition_key": null, "partition_of": null, "inherits": [],
            "replica_identity": "default", "rls_enabled": rls, "rls_forced": false,
            "options": [], "owner": "postgres", "comment": null, "privileges": []
        }))
        .unwrap();
        t.privileges = grants;
        t
    }

    fn schema(t: Table, roles: &[(&str, bool, &[&str])]) -> Schema {
        let mut s = Schema::default();
        s.schemas.insert(
            "public".into(),
            Namespace {
                name: "public".into(),
                owner: "postgres".into(),
                comment: None,
                privileges: vec![grant("PUBLIC", "USAGE")],
            },
        );
        s.tables.insert(t.name.clone(), t);
        for (name, bypass_rls, member_of) in roles {
            s.roles.insert(
                name.to_string(),
                Role {
                    name: name.to_string(),
                    superuser: false,
                    bypass_rls: *bypass_rls,
                    member_of: member_of.iter().map(|m| m.to_string()).collect(),
                },
            );
        }
        s
    }

    fn rows(s: &Schema, role: &str, privilege: &str) -> Option<(String, Rows)> {
        exposure(s, &[role.to_string()])
            .entries
            .into_values()
            .find(|e| e.privilege == privilege)
            .map(|e| (e.via, e.rows.unwrap()))
    }

    #[test]
    fn privileges_come_through_memberships_and_public() {
        let s = schema(
            table(vec![grant("reader", "SELECT")], false, &[]),
            &[("authenticated", false, &["reader"])],
        );
        let (via, r) = rows(&s, "authenticated", "SELECT").unwrap();
        assert_eq!(via, "through membership in reader");
        assert_eq!(r.openness(), 2);
        assert_eq!(rows(&s, "anon", "SELECT"), None);
        let s = schema(table(vec![grant("PUBLIC", "SELECT")], false, &[]), &[]);
        assert_eq!(rows(&s, "anon", "SELECT").unwrap().0, "granted to PUBLIC");
        // Without USAGE on the schema, nothing is reachable.
        let mut s = s;
        s.schemas.get_mut("public").unwrap().privileges.clear();
        assert_eq!(rows(&s, "anon", "SELECT"), None);
    }

    #[test]
    fn rows_follow_policies_bypass_and_restrictive_ones() {
        let g = || vec![grant("anon", "SELECT"), grant("anon", "TRUNCATE")];
        let open = table(g(), true, &[("all", true, "SELECT", "public", "true")]);
        assert_eq!(
            rows(&schema(open, &[]), "anon", "SELECT")
                .unwrap()
                .1
                .openness(),
            2
        );
        let cut = table(
            g(),
            true,
            &[
                ("all", true, "ALL", "anon", "true"),
                ("tenant", false, "SELECT", "public", "(tenant = 1)"),
            ],
        );
        assert_eq!(
            rows(&schema(cut.clone(), &[]), "anon", "SELECT").unwrap().1,
            Rows::Policies {
                permissive: vec!["all".into()],
                restrictive: vec!["tenant".into()]
            }
        );
        // TRUNCATE ignores policies; BYPASSRLS ignores them all.
        assert_eq!(
            rows(&schema(cut.clone(), &[]), "anon", "TRUNCATE")
                .unwrap()
                .1
                .openness(),
            2
        );
        let bypass = schema(cut, &[("anon", true, &[])]);
        assert_eq!(rows(&bypass, "anon", "SELECT").unwrap().1.openness(), 2);
        // A policy for another role lets nothing through.
        let other = table(g(), true, &[("staff", true, "SELECT", "staff", "true")]);
        assert_eq!(
            rows(&schema(other, &[]), "anon", "SELECT")
                .unwrap()
                .1
                .openness(),
            0
        );
    }

    #[test]
    fn true_policies_and_options() {
        assert!(is_true("true"));
        assert!(is_true(" ((TRUE)) "));
        assert!(!is_true("(auth.uid() = user_id)"));
        assert!(!is_true("(true AND false)"));
        let v = |o: &str| View {
            name: QualifiedName::new("public", "v"),
            definition: String::new(),
            columns: vec![],
            options: vec![o.to_string()],
            owner: "postgres".into(),
            comment: None,
            privileges: vec![],
        };
        assert!(security_invoker(&v("security_invoker=true")));
        assert!(security_invoker(&v("security_invoker=on")));
        assert!(!security_invoker(&v("security_invoker=false")));
        assert!(!security_invoker(&v("security_barrier=true")));
    }
}
