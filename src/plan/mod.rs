//! Ordering changes into an executable plan. Pure.
//!
//! Steps are graph nodes (one per change); edges come from the model's dependency edges: a
//! create runs after what it depends on (in the target schema), a drop runs before what it
//! depends on goes (in the source schema), and every drop runs before every create. Objects that
//! do not change themselves but must be dropped and recreated because something they depend on
//! is dropped or retyped (a view over a column whose type changes, a policy calling a function
//! whose signature changes) are pulled into the plan first. A priority-aware topological sort
//! keeps the output deterministic and readable; a cycle is an error naming its objects.

mod body;
mod callers;
mod check_edges;
mod cycles;
mod drop_fixups;
mod grant_edges;
pub mod hazard;
mod held_back;
mod order;
mod rebuild;
mod retype;
mod roles;
pub mod safety;
mod script;
pub use script::is_held_back;
mod table_edges;
mod type_edges;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use petgraph::graph::{DiGraph, NodeIndex};

use crate::diff::{Change, ChangeSet, Phase};
use crate::model::*;
use crate::sql::render::render;
use drop_fixups::drop_fixups;
use rebuild::*;
use roles::*;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    pub sql: String,
    pub change: Change,
    /// What running it on a live database risks.
    pub hazards: Vec<hazard::StepHazard>,
    /// Whether it may run inside a transaction block.
    pub transactional: bool,
}

impl Step {
    pub fn has(&self, h: hazard::Hazard) -> bool {
        self.hazards.iter().any(|x| x.hazard == h)
    }
}

/// How a plan is written as a migration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptOptions {
    /// Hazards whose statements are written as is; statements with any other hazard in
    /// [`HELD_BACK`] are written commented out.
    pub allowed: BTreeSet<hazard::Hazard>,
    /// `lock_timeout` set for the file, so a statement waiting for a busy table fails fast
    /// instead of queueing every other query behind it.
    pub lock_timeout: String,
    /// `statement_timeout` of ordinary statements.
    pub statement_timeout: String,
    /// `statement_timeout` of statements that read or rewrite a whole table (index builds,
    /// validations, rewrites).
    pub long_statement_timeout: String,
    /// How to include held-back statements (shown next to each).
    pub include_hint: String,
    /// Hazards that no statement may carry (`[safety] deny`, `--deny-hazard`) unless
    /// [`ScriptOptions::allowed`] lists them.
    pub denied: BTreeSet<hazard::Hazard>,
    /// A rollback's statements that undo what its migration holds back (see
    /// [`Plan::kept_by_held_back`]): written commented out with them, since what they would
    /// restore was never removed.
    pub kept: BTreeSet<ObjectId>,
    /// Steps (by target) that need a held-back step before them, each with the held-back
    /// target it needs ([`Plan::needing_held_back`]): written commented out with it.
    pub needs: BTreeMap<ObjectId, ObjectId>,
}

impl Default for ScriptOptions {
    fn default() -> Self {
        ScriptOptions {
            allowed: BTreeSet::new(),
            lock_timeout: "3s".into(),
            statement_timeout: "1min".into(),
            long_statement_timeout: "1h".into(),
            include_hint: "--allow-destructive (or --allow-hazard deletes-data)".into(),
            denied: BTreeSet::new(),
            kept: BTreeSet::new(),
            needs: BTreeMap::new(),
        }
    }
}

impl ScriptOptions {
    /// These options with every held-back statement included (what validation runs).
    pub fn including_held_back(&self) -> Self {
        let mut all = self.clone();
        all.allowed.extend(HELD_BACK.iter().copied());
        all.needs.clear();
        all
    }
}

/// Hazards that keep a statement out of a generated file unless allowed.
pub const HELD_BACK: &[hazard::Hazard] = &[hazard::Hazard::DeletesData];

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Plan {
    pub steps: Vec<Step>,
    /// Objects the plan creates may get grants from `ALTER DEFAULT PRIVILEGES` (of `from` or
    /// `to`), which the plan settles explicitly: the header says so.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub default_privileges: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("pgshift cannot express these differences yet:\n{}", .0.iter().map(|s| format!("  - {s}")).collect::<Vec<_>>().join("\n"))]
    Unsupported(Vec<String>),
    #[error("the changes depend on each other in a cycle: {}", .0.join(" -> "))]
    Cycle(Vec<String>),
}

/// The whole schema as canonical, dependency-ordered DDL: the plan that builds it in a fresh
/// database (whose `public` schema already exists, so it is taken as given).
pub fn ddl(schema: &Schema) -> Result<String, PlanError> {
    let mut base = Schema {
        server_version: schema.server_version,
        ..Schema::default()
    };
    if let Some(public) = schema.schemas.get("public") {
        base.schemas.insert("public".into(), public.clone());
    }
    let p = plan(&base, schema, crate::diff::diff(&base, schema))?;
    Ok(p.sql())
}

/// Plans the changes that turn `from` into `to`.
pub fn plan(from: &Schema, to: &Schema, changes: ChangeSet) -> Result<Plan, PlanError> {
    let unsupported: Vec<String> = changes
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::Unsupported { target, what } => Some(format!("{what} ({target})")),
            _ => None,
        })
        .collect();
    if !unsupported.is_empty() {
        return Err(PlanError::Unsupported(unsupported));
    }
    let owners = changes.owners;
    let changes = pull_in_dependents(from, to, changes.changes);
    let mut changes = drop_fixups(from, to, changes);
    if owners {
        // Objects the plan rebuilds (pulled in above) need their owner set again too; the
        // diff already set the others'.
        let set: BTreeSet<ObjectId> = changes
            .iter()
            .filter(|c| matches!(c, Change::SetOwner { .. }))
            .map(|c| c.target())
            .collect();
        let more: Vec<Change> = crate::diff::owner_changes(from, to, &changes)
            .into_iter()
            .filter(|c| !set.contains(&c.target()))
            .collect();
        changes.extend(more);
    }
    let default_privileges = (!from.default_privileges.is_empty()
        || !to.default_privileges.is_empty())
        && changes
            .iter()
            .any(|c| c.creates() && to.default_privilege_target(&c.target()).is_some());
    let mut changes = crate::diff::with_default_privileges(from, to, changes);
    let order = cycles::ordered(from, to, &mut changes)?;
    // A recreated table is new to the steps after its stash: nobody else sees it before the
    // plan commits, so they take no online detours (which would split the recreate's
    // transaction). Their hazards still count its rows: building its keys takes time.
    let stashed: Vec<&QualifiedName> = changes
        .iter()
        .filter_map(|c| match c {
            Change::StashTable { table, .. } => Some(&table.name),
            _ => None,
        })
        .collect();
    let live_from;
    let live = if stashed.is_empty() {
        from
    } else {
        let mut s = from.clone();
        s.tables.retain(|name, _| !stashed.contains(&name));
        live_from = s;
        &live_from
    };
    // Objects both dropped and created by the plan are rebuilt, not gone.
    let created: BTreeSet<ObjectId> = changes
        .iter()
        .filter(|c| c.phase() != Phase::Drop)
        .map(|c| c.target())
        .collect();
    let steps: Vec<Step> = order
        .into_iter()
        .map(|i| {
            let c = &changes[i];
            let recreated = c.phase() == Phase::Drop && created.contains(&c.target());
            Step {
                sql: render(c),
                change: c.clone(),
                hazards: hazard::hazards(c, from, to, recreated),
                transactional: true,
            }
        })
        .collect();
    let steps = commit_new_enum_values(to, steps);
    let mut steps = safety::online(live, to, steps);
    // A file run statement by statement must survive a re-run after a failure part-way.
    if steps.iter().any(|s| !s.transactional) {
        for s in &mut steps {
            s.sql = crate::sql::render::render_rerunnable(&s.change);
        }
    }
    Ok(Plan {
        steps,
        default_privileges,
    })
}

/// A value added to an enum cannot be used before the transaction that added it commits
/// (PostgreSQL docs, ALTER TYPE: "the new value cannot be used until the transaction has been
/// committed"). When a later step touches an object that uses the enum in the target (a column
/// of it with a default naming the value, a check, a function), the value is added on its own,
/// outside the plan's transaction (it is re-runnable: `IF NOT EXISTS`).
fn commit_new_enum_values(to: &Schema, mut steps: Vec<Step>) -> Vec<Step> {
    for k in 0..steps.len() {
        let Change::AddEnumValue { name, .. } = &steps[k].change else {
            continue;
        };
        let ty = ObjectId::Type { name: name.clone() };
        let users: HashSet<&ObjectId> = to
            .dependencies
            .iter()
            .filter(|(_, referenced)| **referenced == ty)
            .map(|(dependent, _)| dependent)
            .collect();
        let user_tables: HashSet<&QualifiedName> =
            users.iter().filter_map(|u| owner_name(u, to)).collect();
        let used_later = steps[k + 1..].iter().any(|s| {
            let target = s.change.target();
            users.contains(&target)
                || owner_name(&target, to).is_some_and(|t| user_tables.contains(t))
                || matches!(&target, ObjectId::Table { name } if user_tables.contains(name))
        });
        if used_later {
            steps[k].transactional = false;
        }
    }
    steps
}
